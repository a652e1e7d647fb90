/**
 * The pypi-publish BUNDLE with `attestations: true` (the default), run as
 * the runner runs it, against the sandbox OIDC issuer, Sigstore (Fulcio,
 * Rekor) and index, which verifies every attestation as warehouse does.
 * Every run is checked for leaked JWTs and minted tokens.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startOidcIssuer, type OidcIssuer } from '../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox } from '../sandbox/pypi/index.js';
import { startSigstore, type SigstoreSandbox } from '../sandbox/sigstore/index.js';
import { allText, runAction, type RunResult } from '../sandbox/runner.js';
import { attestationVerifier } from '../../packages/index/attestation-verify.js';
import type { Attestation, Provenance } from '../../packages/index/attestation.js';
import { buildSample, tempDir } from '../index/helpers.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const PUBLISHER = {
  project: PROJECT,
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};
const WHEEL = 'molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl';
const SDIST = 'molecule_ai_workspace_runtime-0.1.0.tar.gz';

let tmp: ReturnType<typeof tempDir>;
let built: string;
let dist: string;
let issuer: OidcIssuer;
let sigstore: SigstoreSandbox;
let pypi: PyPISandbox;
let results: RunResult[] = [];
let runNumber = 0;

beforeAll(() => {
  tmp = tempDir('pypi-publish-attest-');
  built = buildSample(tmp.dir);
});
afterAll(() => tmp.cleanup());

beforeEach(async () => {
  results = [];
  // A fresh copy per test: signing writes <file>.publish.attestation beside each file.
  dist = path.join(tmp.dir, `dist-${++runNumber}`);
  cpSync(built, dist, { recursive: true });
  issuer = await startOidcIssuer();
  sigstore = await startSigstore({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl });
  pypi = await startPyPI({
    trustedPublishing: { issuer: issuer.issuer, jwksUrl: issuer.jwksUrl },
    publishers: [PUBLISHER],
    tokens: { 'pypi-static': {} },
    sigstore: { trustedRoot: sigstore.trustedRoot },
  });
});

afterEach(async () => {
  try {
    const secrets = [...issuer.issued, ...pypi.mintedTokens];
    for (const r of results) {
      const text = allText(r);
      for (const s of secrets) expect(text.includes(s)).toBe(false);
    }
    const masked = new Set(results.flatMap((r) => r.masked));
    for (const s of secrets) expect(masked.has(s)).toBe(true);
  } finally {
    await pypi.close();
    await sigstore.close();
    await issuer.close();
  }
});

async function publish(
  inputs: Record<string, string> = {},
  env: Record<string, string> | null = {},
): Promise<RunResult> {
  const r = await runAction('pypi-publish', {
    inputs: {
      'packages-dir': dist,
      'repository-url': pypi.uploadUrl,
      'wait-timeout': '30s',
      'sigstore-fulcio-url': sigstore.fulcioUrl,
      'sigstore-rekor-url': sigstore.rekorUrl,
      ...inputs,
    },
    env:
      env === null
        ? {}
        : {
            ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
            ...env,
          },
    timeoutMs: 90_000,
  });
  results.push(r);
  return r;
}

const errors = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

it('signs each file, uploads its attestation, and the index serves the provenance and links it', async () => {
  const r = await publish();
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  // Two JWTs: audience sigstore (the certificate), audience pypi (the upload token).
  expect(issuer.issued).toHaveLength(2);
  expect(sigstore.certificates).toHaveLength(2);
  expect(sigstore.entries).toHaveLength(2);
  expect(pypi.uploads.map((u) => [u.filename, u.status])).toEqual([
    [WHEEL, 200],
    [SDIST, 200],
  ]);

  for (const name of [WHEEL, SDIST]) {
    // Written beside the file, and identical to what was uploaded.
    const file = path.join(dist, `${name}.publish.attestation`);
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Attestation;
    const sent = pypi.uploads.find((u) => u.filename === name)?.fields.attestations?.[0];
    expect(JSON.parse(sent ?? 'null')).toEqual([written]);

    // The Integrity API, as warehouse serves it.
    const url = `${pypi.url}/integrity/${PROJECT}/0.1.0/${name}/provenance`;
    const res = await fetch(url, { headers: { Accept: 'application/vnd.pypi.integrity.v1+json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.pypi.integrity.v1+json');
    const provenance = (await res.json()) as Provenance;
    expect(provenance.version).toBe(1);
    expect(provenance.attestation_bundles[0]?.publisher).toEqual({
      kind: 'GitHub',
      repository: 'Molecule-AI/molecule-core',
      workflow: 'release-runtime.yml',
      environment: 'pypi-publish',
    });
    expect(provenance.attestation_bundles[0]?.attestations).toEqual([written]);
    // Verifiable by anyone holding the trusted root.
    const sha256 = pypi.files(PROJECT).find((f) => f.filename === name)?.sha256 as string;
    const verified = attestationVerifier(sigstore.trustedRoot, issuer.issuer).verify(
      written,
      { filename: name, sha256 },
      PUBLISHER,
    );
    expect(r.summary).toContain(verified.identity.subjectAlternativeName as string);
    expect(r.summary).toContain(sha256);
  }
  expect(r.summary).toMatch(/\| File \| Subject sha256 \| Certificate identity \| Log index \|/);
  const outputs = JSON.parse(r.outputs.attestations ?? '[]') as Array<{
    filename: string;
    path: string;
  }>;
  expect(outputs.map((o) => o.filename)).toEqual([WHEEL, SDIST]);

  // PEP 740 in the simple index: the JSON `provenance` key and HTML data-provenance.
  const json = (await (
    await fetch(`${pypi.simpleUrl}${PROJECT}/`, {
      headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
    })
  ).json()) as { files: Array<{ filename: string; provenance: string | null }> };
  for (const f of json.files) {
    expect(f.provenance).toBe(`${pypi.url}/integrity/${PROJECT}/0.1.0/${f.filename}/provenance`);
  }
  const html = await (
    await fetch(`${pypi.simpleUrl}${PROJECT}/`, { headers: { Accept: 'text/html' } })
  ).text();
  expect(html).toContain(
    `data-provenance="${pypi.url}/integrity/${PROJECT}/0.1.0/${WHEEL}/provenance"`,
  );
});

it('without id-token: write, says attestations need the OIDC token, and uploads nothing', async () => {
  const r = await publish({ password: '' }, null);
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toMatch(/attestations: true needs the job's OIDC token.*id-token: write/s);
  expect(pypi.uploads).toHaveLength(0);
});

it('a failure to sign stops the upload: no unattested release', async () => {
  await sigstore.close();
  const r = await publish({ 'sigstore-fulcio-url': 'http://127.0.0.1:9/' });
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toMatch(
    new RegExp(`Signing the attestation for ${WHEEL.replace(/\./g, '\\.')} failed`),
  );
  expect(pypi.uploads).toHaveLength(0);
  expect(pypi.mintedTokens).toHaveLength(0);
  // beforeEach's sandbox is closed already; afterEach closes again harmlessly.
  sigstore = { ...sigstore, close: async () => {} };
});

it('with an API token, warns that PyPI takes attestations only from a Trusted Publisher, and uploads unsigned', async () => {
  const r = await publish({ password: 'pypi-static' }, null);
  expect(r.exitCode).toBe(0);
  expect(
    r.annotations
      .filter((a) => a.level === 'warning')
      .map((a) => a.message)
      .join('\n'),
  ).toMatch(/attestations: skipped.*only supported when using Trusted Publishing/s);
  expect(pypi.uploads.every((u) => u.fields.attestations === undefined)).toBe(true);
});

it('attestations: false uploads without signing', async () => {
  const r = await publish({ attestations: 'false' });
  expect(r.exitCode).toBe(0);
  expect(sigstore.certificates).toHaveLength(0);
  expect(issuer.issued).toHaveLength(1);
  const res = await fetch(`${pypi.url}/integrity/${PROJECT}/0.1.0/${WHEEL}/provenance`);
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ message: `No provenance available for ${WHEEL}` });
});
