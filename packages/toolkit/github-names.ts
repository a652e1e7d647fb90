/**
 * The names GitHub and git give things, each checked by one rule (issue #16):
 * repositories (`owner/name`), full commit SHAs and ref names. The checks
 * say whether (or why not); callers word the error and name their input.
 * In the toolkit, beside the input validators that use them, so that no
 * arrow runs from the toolkit up to a domain package.
 */

// GitHub's rules: an owner is letters, digits and hyphens, not starting with
// a hyphen (at most 39; old accounts may have doubled ones); a repository name is letters, digits, '.', '_' and '-' (at most
// 100), but not '.' or '..', which a URL path would resolve away
// (`/repos/Molecule-AI/../dispatches` is `/repos/dispatches`).
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Why `item` is not an owner/repo GitHub would accept, or undefined when it is one. */
export function repositoryProblem(item: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(item) || item.startsWith('git@')) {
    return 'a URL: write owner/repo';
  }
  const parts = item.split('/');
  if (parts.length !== 2) return 'not owner/repo';
  const [owner, name] = parts as [string, string];
  if (!OWNER.test(owner)) return `'${owner}' is not a GitHub owner`;
  if (name === '.' || name === '..') return `a repository cannot be named ${name}`;
  if (name.endsWith('.git')) return 'drop the .git suffix';
  if (!NAME.test(name)) return `'${name}' is not a repository name`;
  return undefined;
}

/** A full commit SHA as git and GitHub print it: 40 lowercase hex digits. */
export function isCommitSha(text: string): boolean {
  return /^[0-9a-f]{40}$/.test(text);
}

/** A full commit SHA in either case: for one a person typed into an input. */
export function isCommitShaAnyCase(text: string): boolean {
  return /^[0-9a-f]{40}$/i.test(text);
}

// The parts of `git check-ref-format` this suite relies on: no whitespace,
// `~ ^ : ? * [ \`, `..` or `@{` anywhere. Git refuses more (control
// characters, components starting with '.'); these are the mistakes people
// make in an input.
const REF_FORBIDDEN = /[\s~^:?*[\\]|\.\.|@\{/;

/** A branch or tag name git accepts, as far as REF_FORBIDDEN goes; nor a leading or trailing '/', nor `.lock` at the end. */
export function isRefName(name: string): boolean {
  return !REF_FORBIDDEN.test(name) && !/^\/|\/$|\.lock$/.test(name);
}

/** The start of a ref name (a tag prefix such as `runtime-v`): the same characters, and no trailing '/'. */
export function isRefPrefix(prefix: string): boolean {
  return !REF_FORBIDDEN.test(prefix) && !prefix.endsWith('/');
}
