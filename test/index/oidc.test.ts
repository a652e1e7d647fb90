/**
 * How refusals are explained. The full exchange runs against the sandbox
 * issuer and index in the pypi-publish tests; these pin the reasoning.
 */
import { UnsecuredJWT } from 'jose';
import {
  decodeClaims,
  explainRefusal,
  missingIdTokenPermission,
  parseWorkflowRef,
  publisherSettings,
  reusableWorkflowContext,
  trustedPublishingToken,
  type GitHubClaims,
} from '../../packages/index/oidc.js';
import { IndexHttpClient } from '../../packages/index/http.js';
import { replaceOnce } from '../text-edit.js';

const CALLER = 'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main';
const base: GitHubClaims = {
  repository: 'Molecule-AI/molecule-core',
  repository_owner: 'Molecule-AI',
  workflow_ref: CALLER,
  job_workflow_ref: CALLER,
  environment: 'pypi-publish',
  ref: 'refs/heads/main',
  sub: 'repo:Molecule-AI/molecule-core:environment:pypi-publish',
  aud: 'pypi',
  exp: 2_000_000_000,
};
const ctx = {
  audience: 'pypi',
  indexUrl: 'https://pypi.org',
  status: 422,
  url: 'https://pypi.org/_/oidc/mint-token',
  now: 1_900_000_000_000,
};
const invalidPublisher = [
  { code: 'invalid-publisher', description: 'valid token, but no corresponding publisher' },
];

describe('workflow refs', () => {
  it('parses owner/repo/path@ref', () => {
    expect(parseWorkflowRef(CALLER)).toEqual({
      repository: 'Molecule-AI/molecule-core',
      path: '.github/workflows/release-runtime.yml',
      file: 'release-runtime.yml',
      ref: 'refs/heads/main',
    });
    expect(parseWorkflowRef('garbage')).toBeUndefined();
  });

  it('detects a reusable workflow from another repository', () => {
    const r = reusableWorkflowContext({
      ...base,
      job_workflow_ref:
        'molecule-ai/runtime-actions/.github/workflows/release-prepare.yml@refs/tags/v1',
    });
    expect(r).toMatchObject({
      crossRepository: true,
      job: { file: 'release-prepare.yml' },
      caller: { file: 'release-runtime.yml' },
    });
    expect(reusableWorkflowContext(base)).toBeUndefined();
  });

  it('names the publisher a token would match', () => {
    expect(publisherSettings(base)).toEqual({
      owner: 'Molecule-AI',
      repository: 'molecule-core',
      workflow: 'release-runtime.yml',
      environment: 'pypi-publish',
    });
  });
});

describe('explainRefusal', () => {
  it('puts the reusable-workflow cause first and says where the step must live', () => {
    const claims = {
      ...base,
      job_workflow_ref:
        'molecule-ai/runtime-actions/.github/workflows/release-prepare.yml@refs/tags/v1',
    };
    const e = explainRefusal(invalidPublisher, claims, ctx);
    expect(e.message).toBe(
      'The index refused the Trusted Publishing token (invalid-publisher: valid token, but no corresponding publisher).',
    );
    expect(e.hint).toMatch(
      /reusable workflow molecule-ai\/runtime-actions\/\.github\/workflows\/release-prepare\.yml/,
    );
    expect(e.hint).toMatch(/pypi\/warehouse#11096/);
    expect(e.hint).toMatch(
      /Move the publish step into the caller's own workflow file \(\.github\/workflows\/release-runtime\.yml\)/,
    );
    const d = e.details.join('\n');
    expect(d).toMatch(/job_workflow_ref: molecule-ai\/runtime-actions/);
    expect(d).toMatch(/workflow: release-runtime\.yml/);
    expect(e.place).toMatchObject({ status: 422, url: ctx.url });
  });

  it('explains an environment mismatch with the environment in the token', () => {
    const e = explainRefusal(invalidPublisher, { ...base, environment: 'release' }, ctx);
    expect(e.hint).toMatch(/environment in the token is 'release'/);
    expect(e.details.join('\n')).toMatch(/environment: release/);
  });

  it('explains a job without an environment', () => {
    const { environment, ...noEnv } = base;
    void environment;
    expect(explainRefusal(invalidPublisher, noEnv, ctx).hint).toMatch(
      /The job has no `environment:`/,
    );
  });

  it('mentions a renamed workflow file', () => {
    const claims = {
      ...base,
      workflow_ref: replaceOnce(CALLER, 'release-runtime', 'publish'),
      job_workflow_ref: replaceOnce(CALLER, 'release-runtime', 'publish'),
    };
    const e = explainRefusal(invalidPublisher, claims, ctx);
    expect(e.details.join('\n')).toMatch(/workflow file in the token is 'publish\.yml'.*renamed/);
    expect(e.details.join('\n')).toMatch(/workflow: publish\.yml/);
  });

  it('explains an expired token first', () => {
    const e = explainRefusal(
      [{ code: 'invalid-token', description: 'Signature has expired' }],
      { ...base, exp: 1_800_000_000 },
      ctx,
    );
    expect(e.hint).toMatch(/^The token expired at 2027-01-15T08:00:00.000Z/);
  });

  it('explains a wrong audience first', () => {
    const e = explainRefusal(
      [{ code: 'invalid-token', description: 'Invalid audience' }],
      { ...base, aud: 'testpypi' },
      ctx,
    );
    expect(e.hint).toMatch(/^The token's audience is 'testpypi' but this index expects 'pypi'/);
  });

  it('explains a reused token', () => {
    const e = explainRefusal(
      [{ code: 'invalid-reuse-token', description: 'invalid token: already used' }],
      base,
      ctx,
    );
    expect(e.hint).toMatch(/exchanged once/);
  });
});

describe('trustedPublishingToken without the permission', () => {
  it('fails before any request, naming id-token: write and forks', async () => {
    const fetched: string[] = [];
    const err = await trustedPublishingToken({
      indexUrl: 'http://127.0.0.1:1',
      request: undefined,
      mask: () => undefined,
      http: new IndexHttpClient({
        fetch: async (url) => {
          fetched.push(String(url));
          return new Response('{}');
        },
      }),
    }).catch((e: unknown) => e);
    expect(err).toEqual(missingIdTokenPermission());
    expect((err as Error).message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL/);
    expect(missingIdTokenPermission().hint).toMatch(/permissions: id-token: write/);
    expect(missingIdTokenPermission().hint).toMatch(/forks/);
    expect(fetched).toEqual([]);
  });
});

describe('decodeClaims', () => {
  it('reads claims without verifying, and survives garbage', () => {
    const jwt = new UnsecuredJWT({ repository: 'a/b', environment: 'x' }).encode();
    expect(decodeClaims(jwt)).toMatchObject({ repository: 'a/b', environment: 'x' });
    expect(decodeClaims('not.a.jwt')).toEqual({});
  });
});
