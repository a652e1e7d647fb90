/**
 * The world the attestation tests run the bundles in: the sample's wheel and
 * sdist (a fresh copy per test, since signing writes
 * `<file>.publish.attestation` beside each file), the sandbox OIDC issuer,
 * Sigstore (Fulcio, Rekor) and an index that verifies attestations as
 * warehouse does, for the Trusted Publisher below. After each test, no run's
 * output holds a JWT the issuer signed or a token the index minted.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { startOidcIssuer, type OidcIssuer } from '../../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { startSigstore, type SigstoreSandbox } from '../../sandbox/sigstore/index.js';
import { allText, runAction, type RunResult } from '../../sandbox/runner.js';
import { buildSample, tempDir } from '../../sandbox/samples/distributions.js';

export const PROJECT = 'molecule-ai-workspace-runtime';
export const PUBLISHER = {
  project: PROJECT,
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};
export const WHEEL = 'molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl';
export const SDIST = 'molecule_ai_workspace_runtime-0.1.0.tar.gz';

export interface AttestedIndex {
  /** The scratch folder of this file's tests. */
  tmp: ReturnType<typeof tempDir>;
  /** 1 for the first test, 2 for the next…: names per-test files. */
  n: number;
  /** The sample's dists as built once for the file (never signed in place). */
  built: string;
  /** This test's copy of the sample's dists. */
  dist: string;
  issuer: OidcIssuer;
  sigstore: SigstoreSandbox;
  pypi: PyPISandbox;
  /** Every run of this test, checked for leaked secrets afterwards. */
  results: RunResult[];
}

/**
 * Registers the hooks and returns the world, filled in before each test.
 * `masked: true` also requires every secret to have been masked by some run.
 */
export function useAttestedIndex(options: {
  prefix: string;
  tokens?: Record<string, object>;
  masked?: boolean;
}): AttestedIndex {
  const world = { n: 0, results: [] } as unknown as AttestedIndex;
  beforeAll(() => {
    world.tmp = tempDir(options.prefix);
    world.built = buildSample(world.tmp.dir);
  });
  afterAll(() => world.tmp.cleanup());
  beforeEach(async () => {
    world.results = [];
    world.dist = path.join(world.tmp.dir, `dist-${++world.n}`);
    cpSync(world.built, world.dist, { recursive: true });
    world.issuer = await startOidcIssuer();
    world.sigstore = await startSigstore({
      issuer: world.issuer.issuer,
      jwksUrl: world.issuer.jwksUrl,
    });
    world.pypi = await startPyPI({
      trustedPublishing: { issuer: world.issuer.issuer, jwksUrl: world.issuer.jwksUrl },
      publishers: [PUBLISHER],
      ...(options.tokens ? { tokens: options.tokens } : {}),
      sigstore: { trustedRoot: world.sigstore.trustedRoot },
    });
  });
  afterEach(async () => {
    try {
      const secrets = [...world.issuer.issued, ...world.pypi.mintedTokens];
      for (const r of world.results) {
        const text = allText(r);
        for (const s of secrets) expect(text.includes(s)).toBe(false);
      }
      if (options.masked) {
        const masked = new Set(world.results.flatMap((r) => r.masked));
        for (const s of secrets) expect(masked.has(s)).toBe(true);
      }
    } finally {
      await world.pypi.close();
      await world.sigstore.close();
      await world.issuer.close();
    }
  });
  return world;
}

/**
 * The pypi-publish bundle on this test's dists, signing with the sandbox's
 * Sigstore. `env: null` runs it with no ID-token endpoint (no `id-token: write`).
 */
export async function publishAttested(
  world: AttestedIndex,
  inputs: Record<string, string> = {},
  env: Record<string, string> | null = {},
): Promise<RunResult> {
  const r = await runAction('pypi-publish', {
    inputs: {
      'packages-dir': world.dist,
      'repository-url': world.pypi.uploadUrl,
      'wait-timeout': '30s',
      'sigstore-fulcio-url': world.sigstore.fulcioUrl,
      'sigstore-rekor-url': world.sigstore.rekorUrl,
      ...inputs,
    },
    env:
      env === null
        ? {}
        : {
            ACTIONS_ID_TOKEN_REQUEST_URL: world.issuer.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.issuer.requestToken,
            ...env,
          },
    timeoutMs: 90_000,
  });
  world.results.push(r);
  return r;
}

/** The run's error annotations, one per line. */
export const errorsOf = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
