/**
 * The one check per GitHub/git name (packages/github/names.ts). Ref names are
 * checked against `git check-ref-format` itself: every name the module
 * refuses, git refuses too, and the plain names it accepts git accepts.
 */
import { execFileSync } from 'node:child_process';
import {
  isCommitSha,
  isCommitShaAnyCase,
  isRefName,
  isRefPrefix,
  repositoryProblem,
} from '../../packages/toolkit/github-names.js';

/** What git says of `refs/heads/<name>`. */
function gitAccepts(name: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/heads/${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('repositoryProblem', () => {
  it.each([
    ['Molecule-AI/molecule-ai-workspace-runtime', undefined],
    ['octo/repo.js', undefined],
    ['https://github.com/octo/repo', 'a URL: write owner/repo'],
    ['git@github.com:octo/repo', 'a URL: write owner/repo'],
    ['octo', 'not owner/repo'],
    ['octo/repo/extra', 'not owner/repo'],
    ['-octo/repo', "'-octo' is not a GitHub owner"],
    ['octo/..', 'a repository cannot be named ..'],
    ['octo/repo.git', 'drop the .git suffix'],
    ['octo/re po', "'re po' is not a repository name"],
    [`octo/${'r'.repeat(101)}`, `'${'r'.repeat(101)}' is not a repository name`],
  ])('%s → %s', (item, problem) => {
    expect(repositoryProblem(item)).toBe(problem);
  });
});

describe('commit SHAs', () => {
  const sha = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';
  it('takes 40 hex digits, lowercase unless any case is asked for', () => {
    expect(sha).toHaveLength(40);
    expect(isCommitSha(sha)).toBe(true);
    expect(isCommitSha(sha.toUpperCase())).toBe(false);
    expect(isCommitShaAnyCase(sha.toUpperCase())).toBe(true);
    for (const bad of [sha.slice(1), `${sha}0`, `${sha.slice(1)}g`, ` ${sha.slice(1)}`, ''])
      expect([bad, isCommitSha(bad), isCommitShaAnyCase(bad)]).toEqual([bad, false, false]);
  });
});

describe('ref names, against git check-ref-format', () => {
  const accepted = ['main', 'release/0.1', 'runtime-v0.2.0rc1', 'feature_x', 'a.b'];
  const refused = [
    'has space',
    'tilde~1',
    'caret^',
    'colon:x',
    'q?',
    'star*',
    'br[acket',
    'back\\slash',
    'a..b',
    'at@{1}',
    '/leading',
    'trailing/',
    'x.lock',
  ];
  it('accepts what git accepts', () => {
    expect(accepted.map((n) => [n, isRefName(n), gitAccepts(n)])).toEqual(
      accepted.map((n) => [n, true, true]),
    );
  });
  it('refuses only what git refuses', () => {
    expect(refused.map((n) => [n, isRefName(n), gitAccepts(n)])).toEqual(
      refused.map((n) => [n, false, false]),
    );
  });
  it('a prefix may end where a name may not, but not in a slash', () => {
    expect(isRefPrefix('runtime-v')).toBe(true);
    expect(isRefPrefix('releases/runtime-')).toBe(true);
    expect(isRefPrefix('runtime/')).toBe(false);
    expect(isRefPrefix('run time')).toBe(false);
    expect(isRefPrefix('a..')).toBe(false);
  });
});
