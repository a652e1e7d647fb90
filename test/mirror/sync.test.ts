/**
 * syncMirror in-process against the sandbox GitHub: a writer racing it, a
 * backport, binary files, a conflicting tag, and what is sent (inline text,
 * base64 blobs, the mirror's own folder by tree id).
 */
import { createGitHubClient } from '../../packages/github/client.js';
import type { GitHubApi } from '../../packages/github/client.js';
import { mirrorFile, type MirrorFile } from '../../packages/mirror/files.js';
import { treeId } from '../../packages/mirror/git-objects.js';
import { syncMirror, type SyncOptions } from '../../packages/mirror/sync.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';

const REPO = 'Molecule-AI/mirror';
const where = { owner: 'Molecule-AI', repo: 'mirror' };
const WORKFLOW = 'on: push\n';
let gh: GitHubSandbox;
let github: GitHubApi;
let initial: string;

const text = (s: string) => new TextEncoder().encode(s);

function pkg(version: string, extra: MirrorFile[] = []): MirrorFile[] {
  return [
    mirrorFile('PKG-INFO', text(`Metadata-Version: 2.1\nName: rt\nVersion: ${version}\n`), 0o644),
    mirrorFile('rt/__init__.py', text(`VERSION = "${version}"\n`), 0o644),
    mirrorFile('rt/tool.py', text('print("tool")\n'), 0o755),
    ...extra,
  ];
}

function options(version: string, files = pkg(version)): SyncOptions {
  return {
    github,
    ...where,
    branch: 'main',
    version,
    files,
    provenance: {
      sourceRepository: 'Molecule-AI/molecule-core',
      sourceCommit: 'a'.repeat(40),
      publishedBy: 'https://github.com/Molecule-AI/molecule-core/actions/runs/1',
    },
  };
}

beforeEach(async () => {
  gh = await startGitHub();
  gh.state.addRepo(REPO);
  initial = gh.state.addCommit(REPO, {
    message: 'guard',
    tree: { '.github/workflows/mirror-guard.yml': WORKFLOW },
  });
  github = createGitHubClient({ token: 'ghs_x', baseUrl: gh.url, writeIntervalMs: 0, retries: 0 });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

test("the commit holds the package plus the mirror's own folder, sent by tree id; the tree id was known beforehand", async () => {
  const files = pkg('1.0');
  const r = await syncMirror(options('1.0', files));
  const ownTree = gh.state
    .repo(REPO)
    ?.objects.writeTree({ 'workflows/mirror-guard.yml': WORKFLOW });
  expect(r.tree).toBe(treeId(files, [{ path: '.github', tree: ownTree as string }]));
  expect(gh.state.getCommit(REPO, r.commit)?.tree).toBe(r.tree);
  const sent = gh.requests.find((q) => q.method === 'POST' && q.path.endsWith('/git/trees'))
    ?.body as {
    tree: Array<Record<string, unknown>>;
  };
  expect(sent.tree).toContainEqual({ path: '.github', mode: '040000', type: 'tree', sha: ownTree });
  expect(sent.tree).toContainEqual({
    path: 'rt/tool.py',
    mode: '100755',
    type: 'blob',
    content: 'print("tool")\n',
  });
  expect(r).toMatchObject({
    outcome: 'committed',
    inlined: 3,
    blobsUploaded: 0,
    reused: 0,
    notes: [],
  });
});

test('binary and non-UTF-8 files go up as base64 blobs with their ids checked', async () => {
  const files = pkg('1.0', [
    mirrorFile('rt/data.bin', new Uint8Array([0, 1, 2, 255, 254]), 0o644),
    mirrorFile('rt/latin1.txt', Buffer.from('café\n', 'latin1'), 0o644),
    mirrorFile('rt/bom.txt', text('\ufeffhello\n'), 0o644),
  ]);
  const r = await syncMirror(options('1.0', files));
  expect(r).toMatchObject({ blobsUploaded: 3, inlined: 3 });
  const blobs = gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/git/blobs'));
  expect(blobs.map((q) => (q.body as { encoding: string }).encoding)).toEqual([
    'base64',
    'base64',
    'base64',
  ]);
  const stored = gh.state.readTree(REPO, r.commit);
  expect(stored['rt/bom.txt']).toBe('\ufeffhello\n');
});

test('a writer moving the branch mid-way: the commit is made again on the new head, never forced', async () => {
  let raced = false;
  github.hook.before('request', (o) => {
    if (!raced && o.method === 'PATCH' && String(o.url).includes('/git/refs/')) {
      raced = true;
      gh.state.addCommit(REPO, { message: 'someone else', changes: { 'other.txt': 'x\n' } });
    }
  });
  const r = await syncMirror(options('1.0'));
  expect(raced).toBe(true);
  expect(r.attempts).toBe(2);
  const c = gh.state.getCommit(REPO, r.commit);
  expect(c?.parents[0]).not.toBe(initial);
  expect(gh.state.getCommit(REPO, c?.parents[0] as string)?.message).toBe('someone else');
  const patches = gh.requests.filter((q) => q.method === 'PATCH');
  expect(patches.map((q) => [q.status, (q.body as { force: boolean }).force])).toEqual([
    [422, false],
    [200, false],
  ]);
  // The tree was sent once: the racing commit did not touch .github.
  expect(
    gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/git/trees')),
  ).toHaveLength(1);
});

test('a backport (older than the head) gets a commit and its tag; the branch stays', async () => {
  const v2 = await syncMirror(options('2.0'));
  const back = await syncMirror(options('1.0.1'));
  expect(back).toMatchObject({ outcome: 'committed', created: true, branchMoved: false });
  expect(back.notes[0]).toMatch(/main holds 2\.0, newer than 1\.0\.1: the branch stays there/);
  expect(gh.state.getRef(REPO, 'refs/heads/main')).toBe(v2.commit);
  expect(gh.state.tagsOf(REPO).find((t) => t.name === 'v1.0.1')?.commit).toBe(back.commit);
  expect(gh.state.getCommit(REPO, back.commit)?.parents).toEqual([v2.commit]);
});

test('a tag holding other content is refused; the head holding the content only gets the tag', async () => {
  const first = await syncMirror(options('1.0'));
  const e = await syncMirror(
    options('1.0', pkg('1.0', [mirrorFile('x.py', text(''), 0o644)])),
  ).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ActionError);
  expect((e as ActionError).title).toBe('Version already mirrored with other content');

  gh.state.deleteRef(REPO, 'refs/tags/v1.0');
  const again = await syncMirror(options('1.0'));
  expect(again).toMatchObject({
    outcome: 'head-has-tree',
    created: false,
    commit: first.commit,
    tagCreated: true,
  });
});

test('a mirror without .github gets its commit and a note that no guard runs there', async () => {
  gh.state.addCommit(REPO, { message: 'drop it', tree: { 'README.md': 'x\n' } });
  const r = await syncMirror(options('1.0'));
  expect(r.notes[0]).toMatch(/has no \.github\/ folder, so no mirror-guard workflow runs/);
  expect(Object.keys(gh.state.readTree(REPO, r.commit)).sort()).toEqual([
    'PKG-INFO',
    'rt/__init__.py',
    'rt/tool.py',
  ]);
});

test('a package holding .github itself is refused before any request', async () => {
  const before = gh.requests.length;
  const e = await syncMirror(
    options('1.0', pkg('1.0', [mirrorFile('.github/x.yml', text(''), 0o644)])),
  ).catch((x: unknown) => x);
  expect((e as ActionError).message).toMatch(
    /holds \.github\/x\.yml, but \.github\/ is the mirror's own folder/,
  );
  expect(gh.requests.length).toBe(before);
});
