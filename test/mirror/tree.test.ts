/**
 * Git object ids computed locally agree with the git binary (hash-object,
 * mktree, write-tree), and the sdist comparison agrees with real `tar`: a
 * real sdist of the sample monorepo, unpacked by tar, is the same file set
 * (and the same git tree) as the sdist read in memory; every kind of
 * difference is named by path.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSdist } from '../../packages/distribution/read.js';
import { compareTrees, describeDifference, isIdentical } from '../../packages/mirror/compare.js';
import { readFolderFiles, sdistFiles } from '../../packages/mirror/files.js';
import {
  EMPTY_TREE,
  blobId,
  buildTrees,
  treeId,
  type TreeFile,
} from '../../packages/mirror/git-objects.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { buildSample, EXECUTABLE, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';

let scratch: string;
let sample: SampleBuild;

const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

function git(cwd: string, args: string[], input?: string | Uint8Array): string {
  return execFileSync('git', args, { cwd, input, env: gitEnv }).toString('utf8').trim();
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'mirror-tree-'));
  sample = await buildSample('0.1.7');
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  sample.cleanup();
});

/** A fresh folder with `git init` (no commits). */
function repo(name: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q']);
  return dir;
}

/** What `git add -A && git write-tree` says about a folder (git's own walk, modes and order). */
function gitWriteTree(dir: string): string {
  git(dir, ['add', '-A']);
  return git(dir, ['write-tree']);
}

describe('git object ids', () => {
  test('blob ids equal `git hash-object`', () => {
    const dir = repo('blobs');
    const contents = ['', 'print("hi")\n', 'ünïcode ✓\n', '\0binary\xff', 'x'.repeat(70_000)];
    for (const c of contents) {
      const bytes = Buffer.from(c, c.startsWith('\0') ? 'latin1' : 'utf8');
      expect(blobId(bytes)).toBe(git(dir, ['hash-object', '--stdin'], bytes));
    }
  });

  test('the empty tree and a mktree-built nested tree (git order: a folder sorts as name/)', () => {
    const dir = repo('mktree');
    expect(treeId([])).toBe(EMPTY_TREE);
    expect(git(dir, ['mktree'], '')).toBe(EMPTY_TREE);
    const body = (s: string) => Buffer.from(s);
    const files: TreeFile[] = [
      { path: 'a.py', mode: '100644', blob: blobId(body('a\n')) },
      { path: 'a-b/x', mode: '100644', blob: blobId(body('x\n')) },
      { path: 'a/b.py', mode: '100755', blob: blobId(body('b\n')) },
      { path: 'a.b', mode: '100644', blob: blobId(body('.\n')) },
      { path: 'a0', mode: '100644', blob: blobId(body('0\n')) },
    ];
    for (const c of ['a\n', 'x\n', 'b\n', '.\n', '0\n'])
      git(dir, ['hash-object', '-w', '--stdin'], c);
    const sub = git(dir, ['mktree'], `100755 blob ${blobId(body('b\n'))}\tb.py\n`);
    const sub2 = git(dir, ['mktree'], `100644 blob ${blobId(body('x\n'))}\tx\n`);
    // mktree sorts its input itself, so the order given here does not matter.
    const root = git(
      dir,
      ['mktree'],
      [
        `100644 blob ${blobId(body('0\n'))}\ta0`,
        `040000 tree ${sub}\ta`,
        `100644 blob ${blobId(body('a\n'))}\ta.py`,
        `040000 tree ${sub2}\ta-b`,
        `100644 blob ${blobId(body('.\n'))}\ta.b`,
      ].join('\n') + '\n',
    );
    const trees = buildTrees(files);
    expect(trees.get('a')?.sha).toBe(sub);
    expect(trees.get('')?.sha).toBe(root);
    // git's order: "a-b/" < "a.b" < "a.py" < "a/" < "a0"
    expect(trees.get('')?.entries.map((e) => e.name)).toEqual(['a-b', 'a.b', 'a.py', 'a', 'a0']);
    // git reads the tree back as it was written.
    expect(git(dir, ['ls-tree', '-r', root]).split('\n')).toHaveLength(5);
  });

  test("a folder taken whole by its tree id (the mirror's own .github) hashes as git mktree does", () => {
    const dir = repo('subtree');
    const wf = git(dir, ['hash-object', '-w', '--stdin'], 'on: push\n');
    const workflows = git(dir, ['mktree'], `100644 blob ${wf}\tguard.yml\n`);
    const github = git(dir, ['mktree'], `040000 tree ${workflows}\tworkflows\n`);
    const a = git(dir, ['hash-object', '-w', '--stdin'], 'a\n');
    const root = git(dir, ['mktree'], `040000 tree ${github}\t.github\n100644 blob ${a}\ta.py\n`);
    expect(
      treeId([{ path: 'a.py', mode: '100644', blob: a }], [{ path: '.github', tree: github }]),
    ).toBe(root);
    expect(() =>
      treeId([{ path: '.github/x', mode: '100644', blob: a }], [{ path: '.github', tree: github }]),
    ).toThrow(/duplicate path \.github/);
  });

  test('paths git cannot store are refused', () => {
    const f = (p: string): TreeFile => ({ path: p, mode: '100644', blob: EMPTY_TREE });
    expect(() => treeId([f('a//b')])).toThrow(/cannot store/);
    expect(() => treeId([f('../x')])).toThrow(/cannot store/);
    expect(() => treeId([f('.git/config')])).toThrow(/cannot store/);
    expect(() => treeId([f('a'), f('a/b')])).toThrow(/both a file and a folder/);
    expect(() => treeId([f('a'), f('a')])).toThrow(/duplicate/);
  });
});

describe('a real sdist against its unpacked tree', () => {
  let unpacked: string;
  beforeAll(() => {
    unpacked = path.join(scratch, 'unpacked');
    mkdirSync(unpacked);
    // What the release-fanout workflow does: real tar, leading folder stripped.
    execFileSync('tar', ['-xzf', sample.sdistPath, '-C', unpacked, '--strip-components=1']);
  });

  test('same files, same modes, same git tree as git itself computes', async () => {
    const fromSdist = sdistFiles(await parseSdist(sample.sdist, sample.sdistFileName));
    const fromFolder = await readFolderFiles(unpacked);
    const fromPackageDir = await readFolderFiles(sample.packageDir);
    expect(fromSdist.length).toBeGreaterThan(10);
    expect(fromSdist.find((f) => f.path === EXECUTABLE)?.mode).toBe('100755');
    expect(fromSdist.find((f) => f.path === 'PKG-INFO')?.mode).toBe('100644');

    const d1 = compareTrees(fromSdist, fromFolder);
    expect(isIdentical(d1)).toBe(true);
    expect(d1.same).toBe(fromSdist.length);
    expect(isIdentical(compareTrees(fromSdist, fromPackageDir))).toBe(true);

    const dir = repo('write-tree');
    execFileSync('tar', ['-xzf', sample.sdistPath, '-C', dir, '--strip-components=1']);
    expect(treeId(fromSdist)).toBe(gitWriteTree(dir));
    expect(treeId(fromPackageDir)).toBe(treeId(fromSdist));
  });

  test('each difference is named by path: changed content, mode, added, removed', async () => {
    const fromSdist = sdistFiles(await parseSdist(sample.sdist));
    const dir = path.join(scratch, 'edited');
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', sample.sdistPath, '-C', dir, '--strip-components=1']);
    writeFileSync(path.join(dir, 'molecule_runtime/main.py'), 'print("tampered")\n');
    chmodSync(path.join(dir, 'molecule_runtime/config.py'), 0o755);
    unlinkSync(path.join(dir, 'PKG-INFO'));
    mkdirSync(path.join(dir, 'molecule_runtime/extra'));
    writeFileSync(path.join(dir, 'molecule_runtime/extra/backdoor.py'), 'import os\n');

    const d = compareTrees(fromSdist, await readFolderFiles(dir));
    expect(isIdentical(d)).toBe(false);
    expect(d.removed).toEqual(['PKG-INFO']);
    expect(d.added).toEqual(['molecule_runtime/extra/backdoor.py']);
    expect(d.changed.map((c) => [c.path, c.content, c.mode])).toEqual([
      ['molecule_runtime/config.py', false, true],
      ['molecule_runtime/main.py', true, false],
    ]);
    const lines = describeDifference(d);
    expect(lines).toEqual([
      'missing  PKG-INFO',
      'extra    molecule_runtime/extra/backdoor.py',
      'changed  molecule_runtime/config.py (mode 100644 → 100755)',
      expect.stringMatching(
        /^changed {2}molecule_runtime\/main\.py \(content sha256 [0-9a-f]{12}… → sha256 [0-9a-f]{12}…\)$/,
      ),
    ]);
    // And git agrees the trees differ.
    const g = repo('edited-git');
    execFileSync('cp', ['-a', `${dir}/.`, g]);
    expect(gitWriteTree(g)).toBe(treeId(await readFolderFiles(dir)));
    expect(gitWriteTree(g)).not.toBe(treeId(fromSdist));
  });

  test('a folder with a symbolic link or nothing in it is refused with the input named', async () => {
    const dir = path.join(scratch, 'links');
    mkdirSync(dir);
    await expect(readFolderFiles(dir)).rejects.toThrow(/holds no files/);
    writeFileSync(path.join(dir, 'a.py'), '');
    symlinkSync('a.py', path.join(dir, 'b.py'));
    const e = await readFolderFiles(dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).message).toMatch(/b\.py, which is a symbolic link/);
    expect((e as ActionError).place.input).toBe('package-dir');
    await expect(readFolderFiles(path.join(scratch, 'nope'))).rejects.toThrow(
      /is not a readable folder/,
    );
  });
});
