/**
 * The glob subset the artifact actions and hashFiles accept (`*`, `**`, `?`,
 * a leading `!` to exclude, a plain folder meaning everything under it).
 * Written by hand: node:fs globSync exists only from Node 22, and the demo
 * runs under whatever Node `npx tsx` finds.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under root, relative, with '/' separators, sorted (hidden ones unless hidden: false). */
export function listFiles(root: string, options: { hidden?: boolean } = {}): string[] {
  const out: string[] = [];
  const visit = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (options.hidden === false && entry.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(path.join(dir, entry.name), r);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(r);
    }
  };
  visit(root, '');
  return out.sort();
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` everything.
        if (pattern[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Files (relative to root) matched by the patterns, in order of the
 * patterns, `!pattern` removing what earlier patterns matched.
 */
export function globFiles(
  root: string,
  patterns: string[],
  options: { hidden?: boolean } = {},
): string[] {
  const all = listFiles(root, options);
  const chosen = new Set<string>();
  for (const raw of patterns.map((p) => p.trim()).filter(Boolean)) {
    const negate = raw.startsWith('!');
    let p = (negate ? raw.slice(1) : raw).replace(/^\.\//, '').replace(/\/+$/, '');
    if (path.isAbsolute(p)) p = path.relative(root, p);
    if (!/[*?]/.test(p) && isDirectory(path.join(root, p)))
      p = p === '' || p === '.' ? '**' : `${p}/**`;
    const re = globToRegExp(p);
    for (const f of all) {
      if (re.test(f)) {
        if (negate) chosen.delete(f);
        else chosen.add(f);
      }
    }
  }
  return [...chosen].sort();
}
