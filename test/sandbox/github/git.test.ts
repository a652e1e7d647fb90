/**
 * The sandbox's git objects hash as git's do: checked against the `git`
 * binary, which nobody here wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMPTY_TREE_SHA, ObjectStore } from '../../../sandbox/github/git.js';

let repo: string;

function git(args: string[], input?: string | Buffer): string {
  return execFileSync('git', args, {
    cwd: repo,
    input,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo },
  })
    .toString('utf8')
    .trim();
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'sandbox-git-'));
  git(['init', '-q']);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('git objects', () => {
  test('blobs hash like `git hash-object`', () => {
    const store = new ObjectStore();
    for (const content of ['', 'print("hi")\n', 'ünïcode ✓\n', Buffer.from([0, 1, 2, 255])]) {
      expect(store.putBlob(content)).toBe(git(['hash-object', '-w', '--stdin'], content));
    }
  });

  test('nested trees hash like `git mktree`, in git order (a subtree sorts as name/)', () => {
    const store = new ObjectStore();
    const files = {
      'workspace/a.py': 'a\n',
      'workspace/adapters/__init__.py': '',
      'workspace.txt': 'x\n',
      'workspace-b/z': 'z\n',
      'README.md': '# r\n',
    };
    const root = store.writeTree(files);
    // Build the same tree with git plumbing.
    for (const content of Object.values(files)) git(['hash-object', '-w', '--stdin'], content);
    const mktree = (entries: string[]) => git(['mktree'], entries.join('\n') + '\n');
    const blob = (c: string) => git(['hash-object', '--stdin'], c);
    const adapters = mktree([`100644 blob ${blob('')}\t__init__.py`]);
    const workspace = mktree([
      `100644 blob ${blob('a\n')}\ta.py`,
      `040000 tree ${adapters}\tadapters`,
    ]);
    const wsb = mktree([`100644 blob ${blob('z\n')}\tz`]);
    const expected = mktree([
      `100644 blob ${blob('# r\n')}\tREADME.md`,
      `040000 tree ${workspace}\tworkspace`,
      `040000 tree ${wsb}\tworkspace-b`,
      `100644 blob ${blob('x\n')}\tworkspace.txt`,
    ]);
    expect(root).toBe(expected);
    expect(store.putTree([])).toBe(EMPTY_TREE_SHA);
    expect(store.readFiles(root)).toEqual(files);
  });

  test('commits (plain and signed) and annotated tags hash like git', () => {
    const store = new ObjectStore();
    const tree = store.writeTree({ 'a.txt': 'a\n' });
    git(['hash-object', '-w', '--stdin'], 'a\n');
    expect(git(['mktree'], `100644 blob ${git(['hash-object', '--stdin'], 'a\n')}\ta.txt\n`)).toBe(
      tree,
    );
    const who = { name: 'Dev One', email: 'dev@example.com', date: '2026-01-05T10:00:00Z' };
    const env = {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_AUTHOR_DATE: '1767607200 +0000',
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_COMMITTER_DATE: '1767607200 +0000',
    };
    const commitTree = (args: string[], message: string) =>
      execFileSync('git', ['commit-tree', ...args], {
        cwd: repo,
        input: message,
        env: { ...process.env, ...env, HOME: repo },
      })
        .toString()
        .trim();
    const root = store.putCommit({
      tree,
      parents: [],
      author: who,
      committer: who,
      message: 'first\n',
    });
    expect(root).toBe(commitTree([tree], 'first\n'));
    const child = store.putCommit({
      tree,
      parents: [root],
      author: who,
      committer: who,
      message: 'second\n\nbody\n',
    });
    expect(child).toBe(commitTree([tree, '-p', root], 'second\n\nbody\n'));

    // A signed commit: the gpgsig header as git writes it (hash-object -t commit checks the format).
    const signature = '-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n';
    const signed = store.putCommit({
      tree,
      parents: [root],
      author: who,
      committer: who,
      message: 'signed\n',
      signature,
      verified: true,
    });
    const raw =
      `tree ${tree}\nparent ${root}\nauthor Dev One <dev@example.com> 1767607200 +0000\ncommitter Dev One <dev@example.com> 1767607200 +0000\n` +
      `gpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n -----END PGP SIGNATURE-----\n\nsigned\n`;
    expect(signed).toBe(git(['hash-object', '-t', 'commit', '--stdin'], raw));
    const obj = store.get(signed);
    expect(obj?.type === 'commit' && obj.payload).toBe(
      `tree ${tree}\nparent ${root}\nauthor Dev One <dev@example.com> 1767607200 +0000\ncommitter Dev One <dev@example.com> 1767607200 +0000\n\nsigned\n`,
    );

    const tag = store.putTag({
      tag: 'runtime-v1.0.0',
      message: 'Release 1.0.0\n',
      object: { sha: child, type: 'commit' },
      tagger: who,
    });
    const tagText = `object ${child}\ntype commit\ntag runtime-v1.0.0\ntagger Dev One <dev@example.com> 1767607200 +0000\n\nRelease 1.0.0\n`;
    expect(tag).toBe(git(['hash-object', '-t', 'tag', '--stdin'], tagText));
    expect(store.peel(tag)?.sha).toBe(child);
    expect(store.isAncestor(root, child)).toBe(true);
    expect(store.isAncestor(child, root)).toBe(false);
  });

  test('writeTree applies changes and deletions to a base tree', () => {
    const store = new ObjectStore();
    const base = store.writeTree({ 'a/b.txt': 'b', 'a/c.txt': 'c', 'd.txt': 'd' });
    const next = store.writeTree({ 'a/b.txt': null, 'e/f.txt': 'f', 'd.txt': 'D' }, base);
    expect(store.readFiles(next)).toEqual({ 'a/c.txt': 'c', 'd.txt': 'D', 'e/f.txt': 'f' });
    const gone = store.writeTree({ a: null }, next);
    expect(Object.keys(store.readFiles(gone))).toEqual(['d.txt', 'e/f.txt']);
  });
});
