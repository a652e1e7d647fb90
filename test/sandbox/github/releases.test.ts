/**
 * The sandbox's releases endpoints, through Octokit, every answer checked
 * against the REST description (violations stay empty), with the rules
 * GitHub applies that a release client must survive: drafts are invisible to
 * get-by-tag and to readers, several drafts may share a tag, one published
 * release per tag, and generated notes cover the range since the previous tag.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { startGitHub, type GitHubSandbox } from '../../../sandbox/github/index.js';

const Client = Octokit.plugin(paginateRest);
type Client = InstanceType<typeof Client>;

const BOT = 'ghs_job_token';
const READER = 'github_pat_reader';
const REPO = 'Molecule-AI/monorepo';

let gh: GitHubSandbox;
let bot: Client;
let reader: Client;
let first: string;
let second: string;

const client = (token: string): Client =>
  new Client({ auth: token, baseUrl: gh.url, request: { retries: 0 } });
const where = { owner: 'Molecule-AI', repo: 'monorepo' };

async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

beforeEach(async () => {
  gh = await startGitHub({
    tokens: {
      [BOT]: { login: 'github-actions[bot]', type: 'Bot', repos: [REPO] },
      [READER]: {
        login: 'reader',
        fineGrained: true,
        permissions: { contents: 'read', metadata: 'read' },
      },
    },
  });
  bot = client(BOT);
  reader = client(READER);
  gh.state.addRepo(REPO);
  first = gh.state.addCommit(REPO, { message: 'first', tree: { 'a.txt': 'a' } });
  gh.state.addTag(REPO, 'runtime-v0.1.0', first, { message: 'Release 0.1.0' });
  second = gh.state.addCommit(REPO, { message: 'Merge #7', changes: { 'a.txt': 'b' } });
  gh.state.addPull(REPO, { number: 7, title: 'Tune it', mergeCommitSha: second, user: 'octocat' });
  gh.state.addTag(REPO, 'runtime-v0.2.0', second, { message: 'Release 0.2.0' });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

describe('releases', () => {
  test('a draft is listed for writers only, not found by tag, and may be repeated', async () => {
    const { data: draft } = await bot.request('POST /repos/{owner}/{repo}/releases', {
      ...where,
      tag_name: 'runtime-v0.2.0',
      name: 'runtime 0.2.0',
      body: 'notes',
      draft: true,
    });
    expect(draft.draft).toBe(true);
    expect(draft.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]+$/);
    expect(
      await statusOf(
        bot.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
          ...where,
          tag: 'runtime-v0.2.0',
        }),
      ),
    ).toBe(404);
    const asWriter = await bot.request('GET /repos/{owner}/{repo}/releases', where);
    expect(asWriter.data.map((r) => r.id)).toEqual([draft.id]);
    const asReader = await reader.request('GET /repos/{owner}/{repo}/releases', where);
    expect(asReader.data).toEqual([]);
    // GitHub lets a second draft name the same tag: a client must find the first.
    const again = await bot.request('POST /repos/{owner}/{repo}/releases', {
      ...where,
      tag_name: 'runtime-v0.2.0',
      draft: true,
    });
    expect(again.status).toBe(201);
    expect(gh.state.releasesOf(REPO)).toHaveLength(2);
  });

  test('publishing: found by tag, a second published release of the tag is refused', async () => {
    const { data: draft } = await bot.request('POST /repos/{owner}/{repo}/releases', {
      ...where,
      tag_name: 'runtime-v0.2.0',
      draft: true,
    });
    const { data: published } = await bot.request(
      'PATCH /repos/{owner}/{repo}/releases/{release_id}',
      { ...where, release_id: draft.id, draft: false, body: 'final' },
    );
    expect(published.draft).toBe(false);
    expect(published.published_at).not.toBeNull();
    expect(published.html_url).toMatch(/\/releases\/tag\/runtime-v0\.2\.0$/);
    const byTag = await reader.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
      ...where,
      tag: 'runtime-v0.2.0',
    });
    expect(byTag.data.body).toBe('final');
    expect(
      await statusOf(
        bot.request('POST /repos/{owner}/{repo}/releases', {
          ...where,
          tag_name: 'runtime-v0.2.0',
        }),
      ),
    ).toBe(422);
  });

  test('a release publishing a new tag creates it at target_commitish', async () => {
    await bot.request('POST /repos/{owner}/{repo}/releases', {
      ...where,
      tag_name: 'v9.0.0',
      target_commitish: first,
    });
    expect(gh.state.getRef(REPO, 'refs/tags/v9.0.0')).toBe(first);
  });

  test('a body over 125,000 characters is refused; readers cannot write', async () => {
    expect(
      await statusOf(
        bot.request('POST /repos/{owner}/{repo}/releases', {
          ...where,
          tag_name: 'runtime-v0.2.0',
          body: 'x'.repeat(125_001),
        }),
      ),
    ).toBe(422);
    expect(
      await statusOf(
        reader.request('POST /repos/{owner}/{repo}/releases', {
          ...where,
          tag_name: 'runtime-v0.2.0',
        }),
      ),
    ).toBe(403);
  });

  test('generate-notes lists the pull requests since the previous tag', async () => {
    const { data } = await bot.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
      ...where,
      tag_name: 'runtime-v0.2.0',
      previous_tag_name: 'runtime-v0.1.0',
    });
    expect(data.name).toBe('runtime-v0.2.0');
    expect(data.body).toBe(
      [
        "## What's Changed",
        `* Tune it by @octocat in ${gh.url}/Molecule-AI/monorepo/pull/7`,
        '',
        '',
        `**Full Changelog**: ${gh.url}/Molecule-AI/monorepo/compare/runtime-v0.1.0...runtime-v0.2.0`,
      ].join('\n'),
    );
    // Nothing merged between a tag and itself.
    const empty = await bot.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
      ...where,
      tag_name: 'runtime-v0.2.0',
      previous_tag_name: 'runtime-v0.2.0',
    });
    expect(empty.data.body).not.toContain('What');
    expect(
      await statusOf(
        bot.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
          ...where,
          tag_name: 'runtime-v0.3.0',
        }),
      ),
    ).toBe(422);
  });
});
