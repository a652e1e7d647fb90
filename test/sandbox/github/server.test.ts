/**
 * The sandbox answers as GitHub does, to Octokit (GitHub's own client) and
 * to plain fetch. Every test ends with assertNoViolations(), which also
 * fails when a sandbox answer does not match the description's response
 * schema (validateResponses is on by default).
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { startGitHub, type GitHubSandbox } from '../../../sandbox/github/index.js';

const Client = Octokit.plugin(restEndpointMethods, paginateRest);
type Client = InstanceType<typeof Client>;

const BOT = 'ghs_job_token';
const PAT = 'github_pat_dispatch';
const CLASSIC = 'ghp_classic';
const FINE_READ = 'github_pat_readonly';
const REPO = 'Molecule-AI/monorepo';

let gh: GitHubSandbox;
let bot: Client;

function client(token?: string): Client {
  // No retries here: these tests look at single answers.
  return new Client({ auth: token, baseUrl: gh.url, request: { retries: 0 } });
}

async function status(
  p: Promise<unknown>,
): Promise<{ status: number; message: string; headers: Record<string, string> }> {
  try {
    await p;
    return { status: 200, message: '', headers: {} };
  } catch (e) {
    const err = e as {
      status: number;
      response?: { data?: { message?: string }; headers: Record<string, string> };
    };
    return {
      status: err.status,
      message: err.response?.data?.message ?? '',
      headers: err.response?.headers ?? {},
    };
  }
}

beforeEach(async () => {
  gh = await startGitHub({
    tokens: {
      [BOT]: { login: 'github-actions[bot]', type: 'Bot', repos: [REPO] },
      [PAT]: {
        login: 'release-bot',
        fineGrained: true,
        repos: ['Molecule-AI/template-a', 'Molecule-AI/template-archived'],
      },
      [CLASSIC]: { login: 'alice', repos: [REPO] },
      [FINE_READ]: {
        login: 'reader',
        fineGrained: true,
        permissions: { contents: 'read', metadata: 'read' },
      },
    },
  });
  bot = client(BOT);
  gh.state.addRepo(REPO, { topics: ['runtime'] });
});

afterEach(async () => {
  await gh.close();
});

describe('server basics', () => {
  test('starts on a free loopback port quickly and stamps rate-limit and request-id headers', async () => {
    const t0 = performance.now();
    const other = await startGitHub();
    const startMs = performance.now() - t0;
    expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(other.url).not.toBe(gh.url);
    // The description is parsed once per process; later servers start in milliseconds.
    expect(startMs).toBeLessThan(500);
    other.state.addRepo('o/r');
    const res = await fetch(`${other.url}/repos/o/r`, {
      headers: { authorization: 'token anything' },
    });
    expect(res.status).toBe(200);
    for (const h of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-used',
      'x-github-request-id',
    ]) {
      expect(res.headers.get(h)).toBeTruthy();
    }
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
    const second = await fetch(`${other.url}/repos/o/r`, {
      headers: { authorization: 'token anything' },
    });
    expect(Number(second.headers.get('x-ratelimit-used'))).toBe(2);
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(4998);
    const anon = await fetch(`${other.url}/repos/o/r`);
    expect(anon.headers.get('x-ratelimit-limit')).toBe('60');
    await other.close();
  });

  test('an unknown token is refused with 401 Bad credentials; `Bearer` works like `token`', async () => {
    const r = await status(
      client('nope').rest.repos.get({ owner: 'Molecule-AI', repo: 'monorepo' }),
    );
    expect(r).toMatchObject({ status: 401, message: 'Bad credentials' });
    const res = await fetch(`${gh.url}/repos/${REPO}`, {
      headers: { authorization: `Bearer ${BOT}` },
    });
    expect(res.status).toBe(200);
    expect(gh.requests.at(-1)).toMatchObject({
      authScheme: 'bearer',
      login: 'github-actions[bot]',
      operationId: 'repos/get',
    });
    gh.assertNoViolations();
  });

  test('invalid requests are refused as GitHub does AND recorded by name', async () => {
    const unknown = await fetch(`${gh.url}/repos/${REPO}/no-such-thing`, {
      headers: { authorization: `token ${BOT}` },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      message: 'Not Found',
      documentation_url: expect.any(String),
    });
    const wrongMethod = await fetch(`${gh.url}/repos/${REPO}/dispatches`, {
      method: 'PUT',
      headers: { authorization: `token ${BOT}` },
      body: '{}',
    });
    expect(wrongMethod.status).toBe(404);
    // A client that swallows the 422 still fails the test through the violations.
    const swallowed = await status(
      bot.request('POST /repos/{owner}/{repo}/dispatches', {
        owner: 'Molecule-AI',
        repo: 'monorepo',
        event_type: 7 as unknown as string,
      }),
    );
    expect(swallowed.status).toBe(422);
    expect(swallowed.message).toMatch(
      /^Invalid request\.\n\nFor 'properties\/event_type', 7 is not a string\.$/,
    );
    const badJson = await fetch(`${gh.url}/repos/${REPO}/dispatches`, {
      method: 'POST',
      headers: { authorization: `token ${BOT}` },
      body: '{not json',
    });
    expect(badJson.status).toBe(400);
    expect(gh.state.dispatches).toEqual([]);
    expect(gh.violations.map((v) => `${v.method} ${v.path}`)).toEqual([
      `GET /repos/${REPO}/no-such-thing`,
      `PUT /repos/${REPO}/dispatches`,
      `POST /repos/${REPO}/dispatches`,
      `POST /repos/${REPO}/dispatches`,
    ]);
    expect(() => gh.assertNoViolations()).toThrow(
      /PUT \/repos\/Molecule-AI\/monorepo\/dispatches \[openapi\]: PUT is not an operation/,
    );
    expect(() => gh.assertNoViolations()).toThrow(/7 is not a string/);
  });

  test('a real GitHub operation the sandbox lacks answers 501 and is recorded', async () => {
    const r = await status(
      bot.rest.issues.create({ owner: 'Molecule-AI', repo: 'monorepo', title: 'x' }),
    );
    expect(r.status).toBe(501);
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        reason: expect.stringContaining('issues/create'),
      }),
    ]);
  });

  test('latency delays every answer; close() ends keep-alive and hanging sockets', async () => {
    const slow = await startGitHub({ latencyMs: 150 });
    slow.state.addRepo('o/r');
    const t0 = Date.now();
    await fetch(`${slow.url}/repos/o/r`);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    slow.faults.add({ path: '/repos/{owner}/{repo}', kind: 'timeout' });
    const hanging = fetch(`${slow.url}/repos/o/r`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 50));
    const c0 = Date.now();
    await slow.close();
    expect(Date.now() - c0).toBeLessThan(1000);
    expect(await hanging).toBe('failed');
  });
});

describe('repositories', () => {
  test('GET /repos answers full-repository with archived, topics, visibility and sandbox URLs', async () => {
    const { data } = await bot.rest.repos.get({ owner: 'molecule-ai', repo: 'MONOREPO' });
    expect(data).toMatchObject({
      full_name: REPO,
      archived: false,
      topics: ['runtime'],
      default_branch: 'main',
      visibility: 'public',
      url: `${gh.url}/repos/${REPO}`,
      html_url: `${gh.url}/${REPO}`,
      permissions: expect.objectContaining({ push: true, pull: true }),
    });
    gh.assertNoViolations();
  });

  test('org and user listings paginate with Link headers (per_page up to 100)', async () => {
    for (let i = 0; i < 130; i++) {
      gh.state.addRepo(`Molecule-AI/molecule-ai-workspace-template-${String(i).padStart(3, '0')}`, {
        archived: i % 10 === 0,
        topics: i % 2 ? ['template'] : [],
      });
    }
    gh.state.addRepo('Molecule-AI/secret', { private: true });
    const first = await bot.rest.repos.listForOrg({ org: 'Molecule-AI', per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(
      /<http:\/\/127\.0\.0\.1:\d+\/orgs\/Molecule-AI\/repos\?per_page=100&page=2>; rel="next"/,
    );
    expect(first.headers.link).toContain('rel="last"');
    const all = await bot.paginate(bot.rest.repos.listForOrg, {
      org: 'Molecule-AI',
      per_page: 100,
    });
    // 131 public repositories; the private one is invisible to a token that does not list it.
    expect(all).toHaveLength(131);
    expect(new Set(all.map((r) => r.full_name)).size).toBe(131);
    expect(all.filter((r) => r.archived)).toHaveLength(13);
    expect(all.find((r) => r.full_name.endsWith('-001'))?.topics).toEqual(['template']);
    const over = await bot.rest.repos.listForOrg({ org: 'Molecule-AI', per_page: 500 });
    expect(over.data).toHaveLength(100);
    const users = await bot.paginate(bot.rest.repos.listForUser, {
      username: 'Molecule-AI',
      per_page: 50,
    });
    expect(users).toHaveLength(131);
    const sorted = users.map((r) => r.full_name.toLowerCase());
    expect(sorted).toEqual([...sorted].sort());
    const found = await bot.rest.search.repos({
      q: 'org:Molecule-AI topic:template archived:false',
    });
    // Odd numbers have the topic; archived ones are multiples of ten (so none of them).
    expect(found.data.total_count).toBe(65);
    const archived = await bot.rest.search.repos({ q: 'org:Molecule-AI archived:true' });
    expect(archived.data.total_count).toBe(13);
    gh.assertNoViolations();
  });

  test('a private repository is 404 to tokens that cannot see it', async () => {
    gh.state.addRepo('Molecule-AI/secret', { private: true });
    expect(
      (await status(client(PAT).rest.repos.get({ owner: 'Molecule-AI', repo: 'secret' }))).status,
    ).toBe(404);
    expect(
      (await status(client().rest.repos.get({ owner: 'Molecule-AI', repo: 'secret' }))).status,
    ).toBe(404);
    gh.assertNoViolations();
  });
});

describe('git data', () => {
  test('matching-refs returns ALL matching tags (more than 100); listTags paginates over them', async () => {
    const sha = gh.state.addCommit(REPO, {
      message: 'init',
      tree: { 'workspace/main.py': 'def main_sync(): pass\n' },
    });
    for (let i = 0; i < 250; i++)
      gh.state.addTag(
        REPO,
        `runtime-v0.${Math.floor(i / 10)}.${i % 10}`,
        sha,
        i % 3 === 0 ? { message: `release ${i}` } : {},
      );
    gh.state.addTag(REPO, 'other-v1', sha);
    const refs = await bot.rest.git.listMatchingRefs({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'tags/runtime-v',
    });
    expect(refs.data).toHaveLength(250);
    expect(refs.headers.link).toBeUndefined();
    const annotated = refs.data.filter((r) => r.object.type === 'tag');
    expect(annotated).toHaveLength(84);
    expect(refs.data.find((r) => r.ref === 'refs/tags/runtime-v0.0.1')?.object).toEqual({
      sha,
      type: 'commit',
      url: `${gh.url}/repos/${REPO}/git/commits/${sha}`,
    });
    const tags = await bot.paginate(bot.rest.repos.listTags, {
      owner: 'Molecule-AI',
      repo: 'monorepo',
      per_page: 100,
    });
    expect(tags).toHaveLength(251);
    expect(tags.every((t) => t.commit.sha === sha)).toBe(true);
    const none = await bot.rest.git.listMatchingRefs({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'tags/nothing-',
    });
    expect(none.data).toEqual([]);
    gh.assertNoViolations();
  });

  test('an empty repository answers 409 on git routes, as GitHub does', async () => {
    gh.state.addRepo('Molecule-AI/empty');
    const r = await status(
      bot.rest.git.listMatchingRefs({ owner: 'Molecule-AI', repo: 'empty', ref: 'tags/' }),
    );
    expect(r).toMatchObject({ status: 409, message: 'Git Repository is empty.' });
  });

  test('annotated tag + ref: created by the API, then a second create is 422 "Reference already exists"', async () => {
    const sha = gh.state.addCommit(REPO, { message: 'feat: one' });
    const tag = await bot.rest.git.createTag({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      tag: 'runtime-v1.0.0',
      message: 'runtime 1.0.0',
      object: sha,
      type: 'commit',
    });
    expect(tag.status).toBe(201);
    expect(tag.data).toMatchObject({
      tag: 'runtime-v1.0.0',
      object: { sha, type: 'commit' },
      tagger: {
        name: 'github-actions[bot]',
        email: '41898282+github-actions[bot]@users.noreply.github.com',
      },
    });
    const ref = await bot.rest.git.createRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'refs/tags/runtime-v1.0.0',
      sha: tag.data.sha,
    });
    expect(ref.data).toMatchObject({
      ref: 'refs/tags/runtime-v1.0.0',
      object: { sha: tag.data.sha, type: 'tag' },
    });
    const again = await status(
      bot.rest.git.createRef({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        ref: 'refs/tags/runtime-v1.0.0',
        sha,
      }),
    );
    expect(again).toMatchObject({ status: 422, message: 'Reference already exists' });
    expect(gh.state.tagsOf(REPO)).toEqual([
      {
        name: 'runtime-v1.0.0',
        sha: tag.data.sha,
        commit: sha,
        annotated: expect.objectContaining({ message: 'runtime 1.0.0' }),
      },
    ]);
    expect(gh.state.tags.map((t) => t.tag)).toEqual(['runtime-v1.0.0']);
    const got = await bot.rest.git.getTag({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      tag_sha: tag.data.sha,
    });
    expect(got.data.message).toBe('runtime 1.0.0');
    const byRef = await bot.rest.git.getRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'tags/runtime-v1.0.0',
    });
    expect(byRef.data.object.sha).toBe(tag.data.sha);
    expect(
      (
        await status(
          bot.rest.git.createRef({
            owner: 'Molecule-AI',
            repo: 'monorepo',
            ref: 'refs/tags/x',
            sha: 'f'.repeat(40),
          }),
        )
      ).message,
    ).toBe('Object does not exist');
    expect(
      (
        await status(
          bot.rest.git.createRef({ owner: 'Molecule-AI', repo: 'monorepo', ref: 'tags/x', sha }),
        )
      ).message,
    ).toBe('Reference name is invalid');
    expect(
      (
        await status(
          bot.rest.git.getRef({ owner: 'Molecule-AI', repo: 'monorepo', ref: 'tags/none' }),
        )
      ).status,
    ).toBe(404);
    gh.assertNoViolations();
  });

  test('blobs, trees (base_tree, deletions, recursive), commits and a fast-forward-only ref update', async () => {
    const base = gh.state.addCommit(REPO, {
      message: 'init',
      tree: { 'workspace/a.py': 'a\n', 'workspace/old.py': 'old\n', 'README.md': 'r\n' },
    });
    const baseTree = gh.state.getCommit(REPO, base)!.tree;
    const blob = await bot.rest.git.createBlob({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      content: Buffer.from('bin\0ary').toString('base64'),
      encoding: 'base64',
    });
    const tree = await bot.rest.git.createTree({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      base_tree: baseTree,
      tree: [
        { path: 'workspace/new.py', mode: '100644', type: 'blob', content: 'new\n' },
        { path: 'workspace/old.py', mode: '100644', type: 'blob', sha: null },
        { path: 'bin/data', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'run.sh', mode: '100755', type: 'blob', content: '#!/bin/sh\n' },
      ],
    });
    expect(tree.status).toBe(201);
    const commit = await bot.rest.git.createCommit({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      message: 'mirror: sync',
      tree: tree.data.sha,
      parents: [base],
    });
    // A Bot's API commit is signed by GitHub (committer GitHub) and verified.
    expect(commit.data.verification).toMatchObject({
      verified: true,
      reason: 'valid',
      signature: expect.stringContaining('BEGIN PGP SIGNATURE'),
    });
    expect(commit.data.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(commit.data.verification.payload).toContain(`tree ${tree.data.sha}\nparent ${base}\n`);
    const byUser = await client(CLASSIC).rest.git.createCommit({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      message: 'by hand',
      tree: tree.data.sha,
      parents: [base],
      author: { name: 'Alice', email: 'alice@example.com', date: '2026-01-01T00:00:00Z' },
    });
    expect(byUser.data.verification).toMatchObject({
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
    });
    expect(byUser.data.author).toEqual({
      name: 'Alice',
      email: 'alice@example.com',
      date: '2026-01-01T00:00:00Z',
    });

    await bot.rest.git.updateRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'heads/main',
      sha: commit.data.sha,
    });
    expect(gh.state.getRef(REPO, 'refs/heads/main')).toBe(commit.data.sha);
    const back = await status(
      bot.rest.git.updateRef({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        ref: 'heads/main',
        sha: base,
      }),
    );
    expect(back).toMatchObject({ status: 422, message: 'Update is not a fast forward' });
    await bot.rest.git.updateRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'heads/main',
      sha: base,
      force: true,
    });
    expect(gh.state.getRef(REPO, 'refs/heads/main')).toBe(base);

    const flat = await bot.rest.git.getTree({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      tree_sha: tree.data.sha,
      recursive: '1',
    });
    expect(flat.data.tree.map((e) => `${e.mode} ${e.type} ${e.path}`)).toEqual([
      '100644 blob README.md',
      '040000 tree bin',
      '100644 blob bin/data',
      '100755 blob run.sh',
      '040000 tree workspace',
      '100644 blob workspace/a.py',
      '100644 blob workspace/new.py',
    ]);
    const top = await bot.rest.git.getTree({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      tree_sha: tree.data.sha,
    });
    expect(top.data.tree.map((e) => e.path)).toEqual(['README.md', 'bin', 'run.sh', 'workspace']);
    expect(gh.state.readTree(REPO, commit.data.sha)['workspace/new.py']).toBe('new\n');
    const gotBlob = await bot.rest.git.getBlob({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      file_sha: blob.data.sha,
    });
    expect(Buffer.from(gotBlob.data.content, 'base64').toString()).toBe('bin\0ary');
    const gotCommit = await bot.rest.git.getCommit({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      commit_sha: commit.data.sha,
    });
    expect(gotCommit.data.tree.sha).toBe(tree.data.sha);
    expect(
      (
        await status(
          bot.rest.git.createCommit({
            owner: 'Molecule-AI',
            repo: 'monorepo',
            message: 'x',
            tree: 'e'.repeat(40),
          }),
        )
      ).status,
    ).toBe(422);
    gh.assertNoViolations();
  });

  test('commits/{ref} shows message, authors, verification and changed files; commits/{sha}/pulls the merged PR', async () => {
    const first = gh.state.addCommit(REPO, {
      message: 'init',
      tree: { 'workspace/a.py': 'a\n', 'docs/x.md': 'x\n' },
    });
    const merge = gh.state.addCommit(REPO, {
      message: 'feat: transcript auth (#42)\n\n[skip-release]',
      changes: { 'workspace/transcript_auth.py': 'x = 1\ny = 2\n', 'docs/x.md': null },
      author: { name: 'Dev', email: 'dev@example.com' },
      verified: true,
    });
    gh.state.addPull(REPO, {
      number: 42,
      title: 'Transcript auth',
      labels: ['release:minor', 'runtime'],
      mergeCommitSha: merge,
      headSha: 'a'.repeat(40),
    });
    gh.state.addPull(REPO, { number: 41, mergeCommitSha: first });
    for (const ref of [merge, merge.slice(0, 7), 'main', 'heads/main']) {
      const { data } = await bot.rest.repos.getCommit({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        ref,
      });
      expect(data.sha).toBe(merge);
    }
    const { data } = await bot.rest.repos.getCommit({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: merge,
    });
    expect(data.commit.message).toBe('feat: transcript auth (#42)\n\n[skip-release]');
    expect(data.commit.author).toMatchObject({ name: 'Dev', email: 'dev@example.com' });
    expect(data.commit.verification?.verified).toBe(true);
    expect(data.parents.map((p) => p.sha)).toEqual([first]);
    expect(data.files?.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['docs/x.md', 'removed', 0, 1],
      ['workspace/transcript_auth.py', 'added', 2, 0],
    ]);
    const pulls = await bot.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      commit_sha: merge,
    });
    expect(
      pulls.data.map((p) => ({
        number: p.number,
        labels: p.labels.map((l) => l.name),
        merged_at: p.merged_at,
        merge_commit_sha: p.merge_commit_sha,
      })),
    ).toEqual([
      {
        number: 42,
        labels: ['release:minor', 'runtime'],
        merged_at: expect.stringMatching(/Z$/),
        merge_commit_sha: merge,
      },
    ]);
    const missing = await status(
      bot.rest.repos.getCommit({ owner: 'Molecule-AI', repo: 'monorepo', ref: 'f'.repeat(40) }),
    );
    expect(missing).toMatchObject({
      status: 422,
      message: `No commit found for SHA: ${'f'.repeat(40)}`,
    });
    gh.assertNoViolations();
  });
});

describe('dispatches, workflows and runs', () => {
  beforeEach(() => {
    gh.state.addRepo('Molecule-AI/template-a');
    gh.state.addRepo('Molecule-AI/template-archived', { archived: true });
    gh.state.addRepo('Molecule-AI/template-private', { private: true });
  });

  test('repository_dispatch: 204, recorded, handler called before the answer', async () => {
    const seen: string[] = [];
    gh.state.onRepositoryDispatch((d) => {
      seen.push(`${d.repo}:${d.eventType}:${String(d.clientPayload.runtime_version)}`);
      gh.state.addRun(d.repo, {
        event: 'repository_dispatch',
        status: 'queued',
        name: `runtime ${String(d.clientPayload.runtime_version)}`,
      });
    });
    const pat = client(PAT);
    const res = await pat.rest.repos.createDispatchEvent({
      owner: 'Molecule-AI',
      repo: 'template-a',
      event_type: 'runtime-published',
      client_payload: { runtime_version: '1.2.3' },
    });
    expect(res.status).toBe(204);
    expect(seen).toEqual(['Molecule-AI/template-a:runtime-published:1.2.3']);
    expect(gh.state.dispatches).toEqual([
      {
        repo: 'Molecule-AI/template-a',
        eventType: 'runtime-published',
        clientPayload: { runtime_version: '1.2.3' },
        at: expect.any(Number),
        sender: 'release-bot',
      },
    ]);
    const runs = await pat.rest.actions.listWorkflowRunsForRepo({
      owner: 'Molecule-AI',
      repo: 'template-a',
      event: 'repository_dispatch',
    });
    expect(runs.data.workflow_runs.map((r) => r.display_title)).toEqual(['runtime 1.2.3']);
    gh.assertNoViolations();
  });

  test('repository_dispatch refusals: 422 limits, 404 missing/invisible, 403 archived, 401 bad or no token', async () => {
    const pat = client(PAT);
    const send = (repo: string, body: Record<string, unknown>, c = pat) =>
      status(
        c.request('POST /repos/{owner}/{repo}/dispatches', {
          owner: 'Molecule-AI',
          repo,
          ...body,
        } as never),
      );
    expect((await send('template-a', { event_type: 'x'.repeat(101) })).status).toBe(422);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    expect((await send('template-a', { event_type: 'x', client_payload: eleven })).status).toBe(
      422,
    );
    expect((await send('template-missing', { event_type: 'x' })).status).toBe(404);
    expect((await send('template-private', { event_type: 'x' })).status).toBe(404);
    expect(await send('template-archived', { event_type: 'x' })).toMatchObject({
      status: 403,
      message: 'Repository was archived so is read-only.',
    });
    // Visible but not writable: a fine-grained PAT gets 403 naming the permission; a classic one 404.
    const monorepo = await send('monorepo', { event_type: 'x' });
    expect(monorepo).toMatchObject({
      status: 403,
      message: 'Resource not accessible by personal access token',
    });
    expect(monorepo.headers['x-accepted-github-permissions']).toBe('contents=write');
    expect((await send('template-a', { event_type: 'x' }, client(CLASSIC))).status).toBe(404);
    expect(await send('template-a', { event_type: 'x' }, client('wrong'))).toMatchObject({
      status: 401,
      message: 'Bad credentials',
    });
    expect(await send('template-a', { event_type: 'x' }, client())).toMatchObject({
      status: 401,
      message: 'Requires authentication',
    });
    expect(gh.state.dispatches).toEqual([]);
    expect(gh.violations.map((v) => v.reason)).toEqual([
      expect.stringContaining('longer than 100 characters'),
      expect.stringContaining('no more than 10 properties'),
    ]);
  });

  test('a token with read-only permissions is refused writes with the permission named', async () => {
    const sha = gh.state.addCommit(REPO, { message: 'x' });
    const r = await status(
      client(FINE_READ).rest.git.createRef({
        owner: 'Molecule-AI',
        repo: 'monorepo',
        ref: 'refs/tags/t',
        sha,
      }),
    );
    expect(r).toMatchObject({
      status: 403,
      message: 'Resource not accessible by personal access token',
    });
    expect(r.headers['x-accepted-github-permissions']).toBe('contents=write');
    expect(
      (
        await status(
          client(FINE_READ).rest.actions.listWorkflowRunsForRepo({
            owner: 'Molecule-AI',
            repo: 'monorepo',
          }),
        )
      ).status,
    ).toBe(403);
    gh.assertNoViolations();
  });

  test('workflow dispatch starts a run; runs filter by event, status, head_sha and created; newest first', async () => {
    const sha = gh.state.addCommit('Molecule-AI/template-a', { message: 'init' });
    gh.state.addWorkflow('Molecule-AI/template-a', {
      id: 77,
      path: '.github/workflows/image.yml',
      name: 'Image',
    });
    gh.state.addRun('Molecule-AI/template-a', {
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      createdAt: '2026-01-01T10:00:00Z',
    });
    const old = gh.state.addRun('Molecule-AI/template-a', {
      event: 'repository_dispatch',
      status: 'completed',
      conclusion: 'failure',
      createdAt: '2026-01-02T10:00:00Z',
      name: 'runtime 1.0.0',
    });
    const recent = gh.state.addRun('Molecule-AI/template-a', {
      event: 'repository_dispatch',
      status: 'in_progress',
      createdAt: '2026-01-03T10:00:00Z',
      name: 'runtime 1.0.1',
    });
    const pat = client(PAT);
    const given = await pat.rest.actions.createWorkflowDispatch({
      owner: 'Molecule-AI',
      repo: 'template-a',
      workflow_id: 'image.yml',
      ref: 'main',
      inputs: { runtime_version: '1.0.1' },
    });
    expect(given.status).toBe(204);
    expect(gh.state.workflowDispatches).toEqual([
      expect.objectContaining({
        repo: 'Molecule-AI/template-a',
        workflow: 'image.yml',
        workflowId: 77,
        ref: 'main',
        inputs: { runtime_version: '1.0.1' },
      }),
    ]);
    const details = await pat.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: 'Molecule-AI',
        repo: 'template-a',
        workflow_id: 77,
        ref: 'main',
        return_run_details: true,
      },
    );
    expect(details.status).toBe(200);
    const runId = (details.data as { workflow_run_id: number }).workflow_run_id;
    const run = await pat.rest.actions.getWorkflowRun({
      owner: 'Molecule-AI',
      repo: 'template-a',
      run_id: runId,
    });
    expect(run.data).toMatchObject({
      event: 'workflow_dispatch',
      status: 'queued',
      head_sha: sha,
      workflow_id: 77,
      name: 'Image',
      html_url: `${gh.url}/Molecule-AI/template-a/actions/runs/${runId}`,
    });

    const list = (q: Record<string, string>) =>
      pat.rest.actions
        .listWorkflowRunsForRepo({ owner: 'Molecule-AI', repo: 'template-a', ...q })
        .then((r) => r.data);
    const dispatched = await list({ event: 'repository_dispatch' });
    expect(dispatched.total_count).toBe(2);
    expect(dispatched.workflow_runs.map((r) => r.id)).toEqual([recent, old]);
    expect((await list({ status: 'failure' })).workflow_runs.map((r) => r.id)).toEqual([old]);
    expect(
      (await list({ status: 'in_progress' })).workflow_runs.map((r) => r.display_title),
    ).toEqual(['runtime 1.0.1']);
    expect(
      (await list({ created: '>=2026-01-02T00:00:00Z', event: 'repository_dispatch' })).total_count,
    ).toBe(2);
    expect((await list({ created: '2026-01-02' })).workflow_runs.map((r) => r.id)).toEqual([old]);
    expect((await list({ created: '2026-01-01..2026-01-02' })).total_count).toBe(2);
    expect((await list({ head_sha: sha })).total_count).toBe(2 + 3);
    gh.state.updateRun('Molecule-AI/template-a', recent, {
      status: 'completed',
      conclusion: 'success',
    });
    expect((await list({ status: 'success' })).total_count).toBe(2);
    const workflows = await pat.rest.actions.listRepoWorkflows({
      owner: 'Molecule-AI',
      repo: 'template-a',
    });
    expect(workflows.data.workflows).toEqual([
      expect.objectContaining({
        id: 77,
        path: '.github/workflows/image.yml',
        name: 'Image',
        state: 'active',
      }),
    ]);
    const byWorkflow = await pat.rest.actions.listWorkflowRuns({
      owner: 'Molecule-AI',
      repo: 'template-a',
      workflow_id: 'image.yml',
    });
    expect(byWorkflow.data.total_count).toBe(2 + 3);
    expect(
      (
        await status(
          pat.rest.actions.getWorkflowRun({ owner: 'Molecule-AI', repo: 'template-a', run_id: 1 }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await status(
          pat.rest.actions.createWorkflowDispatch({
            owner: 'Molecule-AI',
            repo: 'template-a',
            workflow_id: 'nope.yml',
            ref: 'main',
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await status(
          pat.rest.actions.createWorkflowDispatch({
            owner: 'Molecule-AI',
            repo: 'template-a',
            workflow_id: 77,
            ref: 'no-branch',
          }),
        )
      ).status,
    ).toBe(422);
    gh.assertNoViolations();
  });

  test('commit statuses and check runs are stored', async () => {
    const sha = gh.state.addCommit(REPO, { message: 'x' });
    const st = await bot.rest.repos.createCommitStatus({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      sha,
      state: 'failure',
      context: 'mirror-guard',
      description: 'tree differs',
    });
    expect(st.status).toBe(201);
    expect(gh.state.statuses).toEqual([
      expect.objectContaining({
        sha,
        state: 'failure',
        context: 'mirror-guard',
        creator: 'github-actions[bot]',
      }),
    ]);
    const listed = await bot.rest.repos.listCommitStatusesForRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: 'main',
    });
    expect(listed.data.map((s) => s.state)).toEqual(['failure']);
    const check = await bot.rest.checks.create({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      name: 'mirror-guard',
      head_sha: sha,
      conclusion: 'success',
      output: { title: 'ok', summary: 'same tree' },
    });
    expect(check.data).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      name: 'mirror-guard',
    });
    expect(gh.state.checkRuns).toHaveLength(1);
    const forRef = await bot.rest.checks.listForRef({
      owner: 'Molecule-AI',
      repo: 'monorepo',
      ref: sha,
    });
    expect(forRef.data.total_count).toBe(1);
    // Only apps create check runs.
    expect(
      (
        await status(
          client(CLASSIC).rest.checks.create({
            owner: 'Molecule-AI',
            repo: 'monorepo',
            name: 'x',
            head_sha: sha,
          }),
        )
      ).status,
    ).toBe(403);
    gh.assertNoViolations();
  });
});
