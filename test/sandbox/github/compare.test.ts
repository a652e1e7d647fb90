/**
 * `GET /repos/{o}/{r}/compare/{base}...{head}` and the web-flow committer, as
 * GitHub documents them; every answer is checked against the REST
 * description's response schema by assertNoViolations().
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { startGitHub, type GitHubSandbox } from '../../../sandbox/github/index.js';

const Client = Octokit.plugin(restEndpointMethods, paginateRest);
const BOT = 'ghs_compare_bot';
const REPO = 'Molecule-AI/mirror';
const [owner, repo] = REPO.split('/') as [string, string];

let gh: GitHubSandbox;
let client: InstanceType<typeof Client>;

beforeEach(async () => {
  gh = await startGitHub({ tokens: { [BOT]: { login: 'github-actions[bot]', type: 'Bot' } } });
  gh.state.addRepo(REPO);
  client = new Client({ auth: BOT, baseUrl: gh.url, request: { retries: 0 } });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

const add = (message: string, extra: Record<string, unknown> = {}) =>
  gh.state.addCommit(REPO, { message, changes: { [`${message}.txt`]: `${message}\n` }, ...extra });

test('ahead: the new commits oldest first, the files changed since the base', async () => {
  const a = add('a');
  const b = add('b');
  const c = add('c');
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${a}...${c}`,
  });
  expect(data.status).toBe('ahead');
  expect([data.ahead_by, data.behind_by, data.total_commits]).toEqual([2, 0, 2]);
  expect(data.commits.map((x) => x.sha)).toEqual([b, c]);
  expect(data.merge_base_commit.sha).toBe(a);
  expect(data.base_commit.sha).toBe(a);
  expect(data.files?.map((f) => [f.filename, f.status])).toEqual([
    ['b.txt', 'added'],
    ['c.txt', 'added'],
  ]);
});

test('diverged after a force push; identical; behind', async () => {
  const a = add('a');
  const b = add('b');
  // Someone rewrites history: c on top of a, the branch moved there.
  const c = gh.state.addCommit(REPO, {
    message: 'c',
    parents: [a],
    changes: { 'c.txt': 'c\n' },
    branch: 'main',
  });
  const diverged = await client.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${b}...${c}`,
  });
  expect(diverged.data.status).toBe('diverged');
  expect([diverged.data.ahead_by, diverged.data.behind_by]).toEqual([1, 1]);
  expect(diverged.data.merge_base_commit.sha).toBe(a);
  expect(diverged.data.commits.map((x) => x.sha)).toEqual([c]);

  const same = await client.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${c}...main`,
  });
  expect(same.data.status).toBe('identical');
  expect(same.data.commits).toEqual([]);

  const behind = await client.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${c}...${a}`,
  });
  expect(behind.data.status).toBe('behind');
  expect(behind.data.behind_by).toBe(1);
});

test('pages of commits with per_page; 404 for unknown commits and unrelated histories', async () => {
  const base = add('base');
  const made = Array.from({ length: 5 }, (_, i) => add(`c${i}`));
  const page2 = await client.rest.repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead: `${base}...main`,
    per_page: 2,
    page: 2,
  });
  expect(page2.data.commits.map((x) => x.sha)).toEqual(made.slice(2, 4));
  expect(page2.data.total_commits).toBe(5);
  expect(page2.data.files).toEqual([]);
  expect(page2.headers.link).toMatch(/rel="next"/);

  const status = async (basehead: string) =>
    client.rest.repos
      .compareCommitsWithBasehead({ owner, repo, basehead })
      .then(() => 200)
      .catch((e: { status: number; response?: { data?: { message?: string } } }) => [
        e.status,
        e.response?.data?.message,
      ]);
  expect(await status(`${'0'.repeat(40)}...main`)).toEqual([404, 'Not Found']);
  const orphan = gh.state.addCommit(REPO, {
    message: 'orphan',
    parents: [],
    tree: { 'x.txt': 'x\n' },
  });
  expect(await status(`${orphan}...main`)).toEqual([
    404,
    `No common ancestor between ${orphan} and main.`,
  ]);
});

test('an API commit by a Bot is signed by web-flow: the committer account is web-flow', async () => {
  const parent = add('a');
  const { data: tree } = await client.rest.git.createTree({
    owner,
    repo,
    tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: 'x\n' }],
  });
  const { data: made } = await client.rest.git.createCommit({
    owner,
    repo,
    message: 'api commit',
    tree: tree.sha,
    parents: [parent],
  });
  expect(made.verification?.verified).toBe(true);
  const { data } = await client.rest.repos.getCommit({ owner, repo, ref: made.sha });
  expect(data.commit.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
  expect(data.committer).toMatchObject({ login: 'web-flow', id: 19864447, type: 'User' });
  expect(data.author).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
  const { data: human } = await client.rest.repos.getCommit({ owner, repo, ref: parent });
  expect(human.committer).toBeNull();
});

test('an empty repository: 409 "Git Repository is empty." for blobs, trees, commits and tree reads', async () => {
  gh.state.addRepo('Molecule-AI/empty');
  const where = { owner: 'Molecule-AI', repo: 'empty' };
  const answer = (p: Promise<unknown>) =>
    p.then(
      () => [200, ''],
      (e: { status: number; response?: { data?: { message?: string } } }) => [
        e.status,
        e.response?.data?.message,
      ],
    );
  const empty = [409, 'Git Repository is empty.'];
  expect(await answer(client.rest.git.createBlob({ ...where, content: 'x' }))).toEqual(empty);
  expect(
    await answer(
      client.rest.git.createTree({
        ...where,
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }],
      }),
    ),
  ).toEqual(empty);
  expect(
    await answer(
      client.rest.git.createCommit({
        ...where,
        message: 'm',
        tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      }),
    ),
  ).toEqual(empty);
  expect(await answer(client.rest.git.getRef({ ...where, ref: 'heads/main' }))).toEqual(empty);
});
