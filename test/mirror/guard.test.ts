/**
 * The guard's rules one by one, the published-sdist download against the
 * sandbox index (and a corrupting one), the pushed-commit set against the
 * sandbox GitHub (pages past 250, force pushes, new branches), and the
 * texts users read.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient } from '../../packages/github/client.js';
import type { GitHubApi } from '../../packages/github/client.js';
import {
  checkIdentity,
  checkSignature,
  checkTrailers,
  pushedCommits,
  type CommitInfo,
  type GuardPolicy,
} from '../../packages/mirror/guard.js';
import { fetchPublishedSdist } from '../../packages/mirror/published.js';
import { refusal, renderGuardSummary } from '../../packages/mirror/summary.js';
import { renderProvenanceMessage } from '../../packages/mirror/trailers.js';
import { IndexHttpClient } from '../../packages/index/http.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { startGitHub } from '../../sandbox/github/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { buildSample, PACKAGE, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';
import { replaceOnce } from '../text-edit.js';

const SOURCE = 'Molecule-AI/molecule-core';
const BOT = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  login: 'github-actions[bot]',
};
const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' };
const MESSAGE = renderProvenanceMessage({
  runtimeVersion: '0.1.7',
  sourceRepository: SOURCE,
  sourceCommit: '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
  publishedBy: `https://github.com/${SOURCE}/actions/runs/77`,
});

function commit(extra: Partial<CommitInfo> = {}): CommitInfo {
  return {
    sha: 'c'.repeat(40),
    message: MESSAGE,
    tree: 't'.repeat(40),
    author: BOT,
    committer: WEB_FLOW,
    verification: { verified: true, reason: 'valid' },
    parents: ['p'.repeat(40)],
    ...extra,
  };
}
const policy = (extra: Partial<GuardPolicy> = {}): GuardPolicy => ({
  publishers: ['github-actions[bot]'],
  sourceRepository: SOURCE,
  pusher: 'github-actions[bot]',
  ...extra,
});

describe('rule 1: identity', () => {
  test('the pipeline commit: bot author, GitHub committer with a verified signature, bot pusher', () => {
    expect(checkIdentity(commit(), policy())).toMatchObject({
      ok: true,
      reason:
        'pushed by github-actions[bot], authored by github-actions[bot], committed by GitHub (web-flow)',
    });
  });

  test('publishers match case-insensitively; a git push by the publisher itself passes', () => {
    const c = commit({ committer: BOT, verification: { verified: false, reason: 'unsigned' } });
    expect(checkIdentity(c, policy({ publishers: ['GitHub-Actions[bot]'] })).ok).toBe(true);
  });

  test('GitHub as committer counts only with a verified signature', () => {
    const r = checkIdentity(
      commit({ verification: { verified: false, reason: 'unsigned' } }),
      policy(),
    );
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(
      /claims to be GitHub, but the commit carries no verified GitHub signature/,
    );
  });

  test('an e-mail linked to no account is never a publisher; a missing sender fails', () => {
    const stranger = { name: 'X', email: 'x@example.com', login: undefined };
    const r = checkIdentity(commit({ author: stranger }), policy({ pusher: undefined }));
    expect(r.reason).toMatch(
      /^the push event names no sender; author X <x@example\.com> \(no GitHub account\) is not a publisher \(publishers: github-actions\[bot\]\)$/,
    );
  });

  test('outside a push (workflow_dispatch) there is no pusher to check', () => {
    expect(checkIdentity(commit(), policy({ pusher: null })).ok).toBe(true);
  });
});

describe('rule 2: signature', () => {
  test('API commits must be verified; git pushes may be unsigned; a bad signature always fails', () => {
    expect(checkSignature(commit()).ok).toBe(true);
    expect(
      checkSignature(commit({ verification: { verified: false, reason: 'invalid' } })),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/not verified \(invalid\)/) });
    const byGit = commit({ committer: BOT, verification: { verified: false, reason: 'unsigned' } });
    expect(checkSignature(byGit)).toMatchObject({
      ok: true,
      reason: expect.stringMatching(/pushed with git/),
    });
    expect(
      checkSignature({ ...byGit, verification: { verified: false, reason: 'unknown_key' } }),
    ).toMatchObject({
      ok: false,
      reason: 'signed, but GitHub could not verify the signature (unknown_key)',
    });
  });
});

describe('rule 3: trailers', () => {
  test('the pipeline message passes and yields the version', () => {
    const r = checkTrailers(commit(), policy());
    expect(r.result.ok).toBe(true);
    expect(r.version).toBe('0.1.7');
  });

  test.each([
    [
      'another source repository',
      (m: string) => m.replace(`Source-Repository: ${SOURCE}`, 'Source-Repository: evil/fork'),
      /Source-Repository is evil\/fork, not Molecule-AI\/molecule-core/,
    ],
    [
      'a short Source-Commit',
      (m: string) => m.replace(/Source-Commit: \w+/, 'Source-Commit: 3f2c1a9'),
      /Source-Commit '3f2c1a9' is not a full commit SHA/,
    ],
    [
      'Published-By that is not a run',
      (m: string) => m.replace(/Published-By: .*/, 'Published-By: https://example.com/x'),
      /is not the URL of a workflow run/,
    ],
    [
      'Published-By, a run of another repository',
      (m: string) =>
        m.replace(/Published-By: .*/, 'Published-By: https://github.com/evil/fork/actions/runs/1'),
      /names a run of evil\/fork, not of Molecule-AI\/molecule-core/,
    ],
    [
      'a non-canonical version',
      (m: string) => replaceOnce(m, 'Runtime-Version: 0.1.7', 'Runtime-Version: 0.1.07'),
      /Runtime-Version '0\.1\.07' is not in canonical form \('0\.1\.7'\)/,
    ],
    [
      'not a version',
      (m: string) => replaceOnce(m, 'Runtime-Version: 0.1.7', 'Runtime-Version: latest'),
      /Runtime-Version 'latest' is not a PEP 440 version/,
    ],
  ])('%s fails', (_name, edit, reason) => {
    const r = checkTrailers(commit({ message: edit(MESSAGE) }), policy());
    expect(r.result.ok).toBe(false);
    expect(r.result.reason).toMatch(reason);
  });

  test('a usable version is still handed to rule 4 when another trailer is missing', () => {
    const r = checkTrailers(
      commit({ message: MESSAGE.replace(/Published-By: .*\n/, '') }),
      policy(),
    );
    expect(r.result).toMatchObject({ ok: false, reason: 'no Published-By trailer' });
    expect(r.version).toBe('0.1.7');
  });

  test('a run-attempt URL is accepted', () => {
    const m = MESSAGE.replace(
      /Published-By: .*/,
      `Published-By: https://github.com/${SOURCE}/actions/runs/77/attempts/2`,
    );
    expect(checkTrailers(commit({ message: m }), policy()).result.ok).toBe(true);
  });
});

describe('the published sdist', () => {
  let pypi: PyPISandbox;
  let sample: SampleBuild;
  const http0 = new IndexHttpClient({ attempts: 2, baseDelayMs: 1, sleep: async () => {} });
  beforeAll(async () => {
    sample = await buildSample('0.1.7');
    pypi = await startPyPI();
    pypi.seed(PACKAGE, [{ filename: sample.sdistFileName, content: sample.sdist }]);
    pypi.seed('wheel-only', [
      {
        filename: 'wheel_only-1.0-py3-none-any.whl',
        content: new Uint8Array(
          await import('fflate').then((f) =>
            f.zipSync({
              'wheel_only-1.0.dist-info/METADATA': new TextEncoder().encode(
                'Metadata-Version: 2.1\nName: wheel-only\nVersion: 1.0\n',
              ),
            }),
          ),
        ),
      },
    ]);
  });
  afterAll(async () => {
    await pypi.close();
    sample.cleanup();
  });

  test('found: downloaded, hash-checked, read', async () => {
    const r = await fetchPublishedSdist({
      indexUrl: pypi.url,
      packageName: 'Molecule_AI.Workspace-Runtime',
      version: '0.1.7',
      http: http0,
    });
    expect(r).toMatchObject({ found: true, filename: sample.sdistFileName, yanked: false });
    if (r.found) {
      expect(r.files.some((f) => f.path === 'PKG-INFO')).toBe(true);
      expect(r.url).toMatch(new RegExp(`^${pypi.url}/packages/.*${sample.sdistFileName}$`));
    }
  });

  test('a version the index lacks, and a release without an sdist, are answers', async () => {
    await expect(
      fetchPublishedSdist({
        indexUrl: pypi.url,
        packageName: PACKAGE,
        version: '9.9.9',
        http: http0,
      }),
    ).resolves.toMatchObject({
      found: false,
      reason: expect.stringMatching(
        /molecule-ai-workspace-runtime 9\.9\.9 is not on the index \(GET .* answered 404\)/,
      ),
    });
    await expect(
      fetchPublishedSdist({
        indexUrl: pypi.url,
        packageName: 'wheel-only',
        version: '1.0',
        http: http0,
      }),
    ).resolves.toMatchObject({
      found: false,
      reason:
        'wheel-only 1.0 has no sdist on the index (its files: wheel_only-1.0-py3-none-any.whl)',
    });
  });

  test('a download that does not match the listed sha256 is an error; so is an index error', async () => {
    const server = http.createServer((req, res) => {
      if (req.url?.startsWith('/nope')) {
        res.writeHead(403);
        res.end('forbidden');
      } else if (req.url?.endsWith('/json')) {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            urls: [
              {
                filename: 'x-1.0.tar.gz',
                packagetype: 'sdist',
                url: `${base}/f/x-1.0.tar.gz`,
                digests: { sha256: 'a'.repeat(64) },
              },
            ],
          }),
        );
      } else if (req.url?.startsWith('/f/')) {
        res.end(Buffer.from(sample.sdist));
      } else {
        res.writeHead(403);
        res.end('forbidden');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const e = await fetchPublishedSdist({
        indexUrl: base,
        packageName: 'x',
        version: '1.0',
        http: http0,
      }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ActionError);
      expect((e as ActionError).title).toBe('Sdist download corrupted');
      expect((e as ActionError).message).toMatch(/but the index lists a{64}/);
      const e2 = await fetchPublishedSdist({
        indexUrl: `${base}/nope`,
        packageName: 'x',
        version: '1.0',
        http: http0,
      }).catch((x: unknown) => x);
      expect((e2 as ActionError).title).toBe('Index error');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('which commits a push brings', () => {
  const REPO = 'Molecule-AI/mirror';
  const where = { owner: 'Molecule-AI', repo: 'mirror' };

  test('all of them past 250 (paged), oldest first; a force push from the merge base; a new branch from the event', async () => {
    const gh = await startGitHub();
    try {
      gh.state.addRepo(REPO);
      const base = gh.state.addCommit(REPO, { message: 'base', tree: { a: '0' } });
      const made: string[] = [];
      for (let i = 0; i < 260; i++)
        made.push(gh.state.addCommit(REPO, { message: `c${i}`, changes: { a: String(i) } }));
      const github: GitHubApi = createGitHubClient({
        token: 'x',
        baseUrl: gh.url,
        writeIntervalMs: 0,
        retries: 0,
      });
      const all = await pushedCommits(github, where, {
        before: base,
        after: made.at(-1) as string,
      });
      expect(all.commits.map((c) => c.sha)).toEqual(made);
      expect(all.how).toMatch(/\(ahead\): 260 new commits/);
      expect(
        gh.requests.filter((q) => q.template === '/repos/{owner}/{repo}/compare/{basehead}').length,
      ).toBe(4);

      // Someone rewrites history from c1: only the new commit is new, and the merge base is c1.
      const rewrite = gh.state.addCommit(REPO, {
        message: 'rewrite',
        parents: [made[1] as string],
        changes: { b: 'x' },
        branch: 'main',
      });
      const forced = await pushedCommits(github, where, {
        before: made.at(-1),
        after: rewrite,
        forced: true,
      });
      expect(forced.commits.map((c) => c.sha)).toEqual([rewrite]);
      expect(forced.how).toMatch(/\(diverged, forced\): 1 new commit$/);

      // A rewind to an old commit brings no new commit, but the new head is still checked.
      const rewind = await pushedCommits(github, where, { before: rewrite, after: base });
      expect(rewind.commits.map((c) => c.sha)).toEqual([base]);

      const created = await pushedCommits(github, where, {
        before: '0'.repeat(40),
        after: rewrite,
        created: true,
        commits: [{ id: rewrite }],
      });
      expect(created.commits.map((c) => c.sha)).toEqual([rewrite]);
      expect(created.how).toMatch(/new branch/);
      expect(
        await pushedCommits(github, where, {
          before: rewrite,
          after: '0'.repeat(40),
          deleted: true,
        }),
      ).toEqual({ commits: [], how: 'branch deleted' });
      gh.assertNoViolations();
    } finally {
      await gh.close();
    }
  });
});

describe('texts', () => {
  test('the refusal names the mirror, the source and its folder, and the docs', () => {
    const t = refusal({
      mirror: 'Molecule-AI/molecule-ai-workspace-runtime',
      packageName: PACKAGE,
      sourceRepository: SOURCE,
      sourcePath: '/workspace/',
      docsUrl: 'https://docs.example/mirror',
      serverUrl: 'https://github.example/',
      pull: { number: 3, title: 'Fix <b>', user: 'dev' },
    });
    expect(t.message).toBe(
      'Pull request #3 cannot be merged: Molecule-AI/molecule-ai-workspace-runtime is a generated mirror of the molecule-ai-workspace-runtime package, written only by the publish pipeline of Molecule-AI/molecule-core. Make the change in workspace/ of Molecule-AI/molecule-core (https://github.example/Molecule-AI/molecule-core/tree/HEAD/workspace) instead; it reaches this mirror with the next release. See https://docs.example/mirror.',
    );
    expect(t.summary).toContain(
      '[Molecule-AI/molecule-core/workspace](https://github.example/Molecule-AI/molecule-core/tree/HEAD/workspace)',
    );
  });

  test('the summary shows commit, identity, trailers and the comparison', () => {
    const c = commit();
    const md = renderGuardSummary({
      mirror: 'o/m',
      serverUrl: 'https://github.com',
      how: 'refs/heads/main: a...b',
      pusher: 'github-actions[bot]',
      verdicts: [
        {
          commit: c,
          trailers: [{ key: 'Runtime-Version', value: '0.1.7' }],
          provenance: undefined,
          rules: [
            { rule: 1, ok: true, reason: 'fine', details: [] },
            { rule: 2, ok: true, reason: 'fine', details: [] },
            { rule: 3, ok: false, reason: 'no Source-Commit trailer', details: [] },
            {
              rule: 4,
              ok: false,
              reason: '1 path differs',
              details: ['changed  a.py (content blob 1… → blob 2…)'],
            },
          ],
          content: {
            version: '0.1.7',
            identical: false,
            added: [],
            removed: [],
            changed: ['a.py'],
            sdist: { filename: 'x.tar.gz', url: 'u', sha256: 's', files: 3, yanked: false },
            expectedTree: 'e',
          },
          ok: false,
        },
      ],
    });
    expect(md).toContain('❌ Mirror guard: 1 of 1 commit refused');
    expect(md).toContain(`[\`ccccccc\`](https://github.com/o/m/commit/${c.sha})`);
    expect(md).toContain(
      '| github-actions[bot] / GitHub (web-flow) | verified | 0.1.7 | 1 paths differ | ✅ | ✅ | ❌ | ❌ |',
    );
    expect(md).toContain('| Source-Commit | (missing) |');
    expect(md).toContain('changed  a.py');
    expect(md).toContain('<details open>');
  });
});
