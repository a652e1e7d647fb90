/**
 * The ID token a job gets, checked by the party that matters: the sandbox
 * PyPI's Trusted Publishing (warehouse's publisher lookup by the workflow
 * FILE in job_workflow_ref, and by environment). Three jobs build and
 * publish the sample runtime with the real actions:
 * - in the caller's own file, with `id-token: write` and the environment the
 *   publisher names: accepted;
 * - inside a reusable workflow of ANOTHER repository (this suite's, at @v1):
 *   refused with invalid-publisher, exactly as PyPI refuses it
 *   (pypi/warehouse#11096);
 * - without `id-token: write`: no ID-token endpoint at all.
 */
import { decodeJwt } from 'jose';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';
import { startOidcIssuer, type OidcIssuer } from '../../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { runWorkflow } from '../../sandbox/workflows/run.js';
import type { JobResult, RunResult } from '../../sandbox/workflows/types.js';

const PACKAGE = 'molecule-ai-workspace-runtime';
let dir: string;
let oidc: OidcIssuer;
let pypi: PyPISandbox;
let result: RunResult;

const publishSteps = (version: string) => `
      - uses: actions/checkout@v4
      - uses: molecule-ai/runtime-actions/build@v1
        with:
          version: '${version}'
      - id: publish
        uses: molecule-ai/runtime-actions/pypi-publish@v1
        with:
          wait-visible: false
          # Signing is tested with the sandbox's Sigstore (test/actions, the demo); this file is
          # about which jobs PyPI accepts a token from.
          attestations: false`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'steps-oidc-'));
  const caller = path.join(dir, 'app', '.github', 'workflows');
  const suite = path.join(dir, 'suite', '.github', 'workflows');
  mkdirSync(caller, { recursive: true });
  mkdirSync(suite, { recursive: true });
  writeFileSync(
    path.join(suite, 'publish-inside.yml'),
    `on:
  workflow_call:
jobs:
  publish:
    runs-on: ubuntu-24.04
    environment: pypi-publish
    permissions:
      id-token: write
    steps:${publishSteps('0.3.1')}
`,
  );
  writeFileSync(
    path.join(caller, 'release.yml'),
    `name: release
on: push
permissions: {}
jobs:
  inside:
    permissions:
      id-token: write
    uses: molecule-ai/runtime-actions/.github/workflows/publish-inside.yml@v1
  no-id-token:
    needs: inside
    if: always()
    runs-on: ubuntu-24.04
    environment: pypi-publish
    permissions:
      contents: read
    steps:${publishSteps('0.3.2')}
  own-file:
    needs: no-id-token
    if: always()
    runs-on: ubuntu-24.04
    environment:
      name: pypi-publish
      url: https://pypi.org/p/${PACKAGE}
    permissions:
      id-token: write
    steps:${publishSteps('0.3.0')}
`,
  );
  oidc = await startOidcIssuer();
  pypi = await startPyPI({
    trustedPublishing: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
    publishers: [
      {
        project: PACKAGE,
        repository: 'Acme/app',
        workflow: 'release.yml',
        environment: 'pypi-publish',
      },
    ],
  });
  result = await runWorkflow({
    workflow: path.join(caller, 'release.yml'),
    localRoot: path.join(dir, 'app'),
    suiteRoot: path.join(dir, 'suite'),
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    repository: 'Acme/app',
    sha: 'b'.repeat(40),
    sources: { 'Acme/app': path.join(repoRoot, 'examples', 'monorepo') },
    platform: {
      githubApiUrl: 'http://127.0.0.1:9',
      jobToken: () => `ghs_${Math.random().toString(36).slice(2)}`,
      oidc: {
        requestUrl: oidc.requestUrl,
        requestToken: oidc.requestToken,
        setClaims: (c) => oidc.setClaims(c),
      },
      endpoints: {
        'https://pypi.org': pypi.url,
        'https://upload.pypi.org/legacy/': pypi.uploadUrl,
      },
    },
    runDir: path.join(dir, 'run'),
  });
}, 120_000);

afterAll(async () => {
  await Promise.all([pypi?.close(), oidc?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const publishStep = (job: JobResult) => job.steps.find((s) => s.id === 'publish')!;

describe('ID tokens per job, as Trusted Publishing sees them', () => {
  it('a job of another repository’s reusable workflow: invalid-publisher (its job_workflow_ref is not the caller’s file)', () => {
    const inside = result.jobs.inside!.workflow!.jobs.publish!;
    expect(inside.status).toBe('failure');
    expect(publishStep(inside).status).toBe('failure');
    const refused = pypi.mintAttempts.find((a) => a.code === 'invalid-publisher');
    expect(refused).toBeDefined();
    expect(decodeJwt(refused!.jwt)).toMatchObject({
      repository: 'Acme/app',
      workflow_ref: 'Acme/app/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref:
        'molecule-ai/runtime-actions/.github/workflows/publish-inside.yml@refs/tags/v1',
      environment: 'pypi-publish',
    });
    expect(
      publishStep(inside)
        .annotations.map((a) => a.message)
        .join('\n'),
    ).toMatch(/invalid-publisher/);
  });

  it('a job without id-token: write gets no ID-token endpoint', () => {
    const job = result.jobs['no-id-token']!;
    expect(publishStep(job).status).toBe('failure');
    expect(publishStep(job).annotations).toContainEqual(
      expect.objectContaining({
        title: 'Missing id-token permission',
        message: expect.stringMatching(
          /ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set/,
        ),
      }),
    );
  });

  it("the caller's own job with the publisher's environment: accepted, the files are on the index", () => {
    const own = result.jobs['own-file']!;
    expect(own.status).toBe('success');
    expect(own.environment).toBe('pypi-publish');
    const accepted = pypi.mintAttempts.filter((a) => a.status === 200);
    expect(accepted).toHaveLength(1);
    expect(decodeJwt(accepted[0]!.jwt)).toMatchObject({
      job_workflow_ref: 'Acme/app/.github/workflows/release.yml@refs/heads/main',
      environment: 'pypi-publish',
      sha: 'b'.repeat(40),
    });
    expect(pypi.files(PACKAGE).map((f) => f.version)).toEqual(['0.3.0', '0.3.0']);
    // Exactly two exchanges were attempted: the job without the permission never got a token.
    expect(pypi.mintAttempts).toHaveLength(2);
  });
});
