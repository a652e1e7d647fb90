/**
 * The exclude input: gitignore-like globs over paths relative to source.
 *
 * Written by hand because the semantics are gitignore's, which no glob
 * matcher installed here offers as such (node's path.matchesGlob is
 * experimental and has no "a bare name matches at any depth" rule):
 * - `name` (no slash) matches a file or folder with that name at any depth;
 * - `a/b` or `/a` (a slash inside or leading) is anchored at source;
 * - a trailing `/` matches folders only;
 * - `*` and `?` stay within one path segment, `**` spans segments, `[...]` is a class;
 * - `!pattern` ships what an earlier pattern excluded (the last matching line
 *   wins, as in gitignore): the defaults exclude dot-files with `.*`, and
 *   `!.well-known/` names one to ship.
 */
import { ActionError } from '../toolkit/errors.js';
import { trimSlash } from '../toolkit/slashes.js';

export type ExcludeMatcher = (relPath: string, isDirectory: boolean) => boolean;

function segmentRegex(glob: string, input: string, pattern: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` = zero or more folders; a trailing `**` = everything below.
        if (glob[i + 2] === '/') {
          out += '(?:[^/]+/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        throw new ActionError(`Input '${input}': unclosed '[' in '${pattern}'.`, { input });
      }
      let cls = glob.slice(i + 1, end);
      if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
      out += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

export function compileExcludes(patterns: string[], input = 'exclude'): ExcludeMatcher {
  const rules = patterns.map((raw) => {
    let p = raw.trim();
    const negate = p.startsWith('!');
    if (negate) p = p.slice(1);
    const dirOnly = p.endsWith('/');
    if (dirOnly) p = trimSlash(p);
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    if (p === '' || p.split('/').includes('..')) {
      throw new ActionError(`Input '${input}': '${raw}' is not a usable pattern.`, {
        input,
        hint: 'Write globs relative to source, such as tests/, *.sh or adapters/experimental/.',
      });
    }
    const body = segmentRegex(p, input, raw);
    const re = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`, 'u');
    return { re, dirOnly, negate };
  });
  return (relPath, isDirectory) => {
    let excluded = false;
    for (const r of rules)
      if ((!r.dirOnly || isDirectory) && r.re.test(relPath)) excluded = !r.negate;
    return excluded;
  };
}
