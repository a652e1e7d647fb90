/**
 * The sandbox index's PEP 740 checks on upload, each refusal with
 * warehouse's message (forklift/legacy.py wraps attestations/services.py's,
 * which wraps pypi-attestations'), and nothing stored after a refusal.
 */
import { startOidcIssuer, type OidcIssuer } from '../../../sandbox/oidc/index.js';
import { startSigstore, type SigstoreSandbox } from '../../../sandbox/sigstore/index.js';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';
import { attestDistribution } from '../../../packages/index/attest.js';
import type { Attestation } from '../../../packages/index/attestation.js';
import { findDistributions, type Distribution } from '../../../packages/index/distribution.js';
import { trustedPublishingToken } from '../../../packages/index/oidc.js';
import { encodeMultipart, uploadFields } from '../../../packages/index/upload.js';
import { buildSample, tempDir } from '../../../sandbox/samples/distributions.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const PUBLISHER = {
  project: PROJECT,
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};
const PREFIX = 'Invalid attestations supplied during upload: ';

let tmp: ReturnType<typeof tempDir>;
let dists: Distribution[];
let issuer: OidcIssuer;
let sigstore: SigstoreSandbox;
let pypi: PyPISandbox;

beforeAll(async () => {
  tmp = tempDir('pypi-attest-');
  dists = await findDistributions(buildSample(tmp.dir));
  issuer = await startOidcIssuer();
  sigstore = await startSigstore({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl });
});
afterAll(async () => {
  await sigstore.close();
  await issuer.close();
  tmp.cleanup();
});
beforeEach(async () => {
  pypi = await startPyPI({
    trustedPublishing: { issuer: issuer.issuer, jwksUrl: issuer.jwksUrl },
    publishers: [PUBLISHER],
    tokens: { 'pypi-user-token': {} },
    sigstore: { trustedRoot: sigstore.trustedRoot },
  });
});
afterEach(() => pypi.close());

const wheel = () => dists.find((d) => d.filename.endsWith('.whl')) as Distribution;
const sdist = () => dists.find((d) => d.filename.endsWith('.tar.gz')) as Distribution;

async function attest(dist: Distribution, claims = {}): Promise<Attestation> {
  const identityToken = await issuer.sign({ ...claims, aud: 'sigstore' });
  return (
    await attestDistribution(dist, {
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
      identityToken,
      redact: (s) => s,
    })
  ).attestation;
}

async function publisherToken(): Promise<string> {
  return (
    await trustedPublishingToken({
      indexUrl: pypi.url,
      request: { url: issuer.requestUrl, token: issuer.requestToken },
      mask: () => {},
    })
  ).token;
}

/** One upload of `dist` with `attestations` as the raw form value. */
async function upload(
  dist: Distribution,
  attestations: string,
  token: string,
): Promise<{ status: number; message: string }> {
  const { body, contentType } = encodeMultipart(
    [...uploadFields(dist), ['attestations', attestations]],
    {
      field: 'content',
      filename: dist.filename,
      bytes: dist.bytes,
    },
  );
  const res = await fetch(pypi.uploadUrl, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      Authorization: `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`,
    },
    body,
  });
  await res.text();
  return { status: res.status, message: pypi.uploads.at(-1)?.message ?? '' };
}

test('accepts a valid attestation and stores provenance for the file', async () => {
  const r = await upload(wheel(), JSON.stringify([await attest(wheel())]), await publisherToken());
  expect(r).toEqual({ status: 200, message: '' });
});

test('refuses a statement for another file', async () => {
  const r = await upload(wheel(), JSON.stringify([await attest(sdist())]), await publisherToken());
  expect(r.status).toBe(400);
  expect(r.message).toBe(
    `${PREFIX}Could not verify the uploaded artifact using the included attestation: ` +
      `Verification failed: subject does not match distribution name: ${sdist().filename} != ${wheel().filename}`,
  );
  expect(pypi.files(PROJECT)).toHaveLength(0);
});

test('refuses a certificate from a workflow other than the Trusted Publisher', async () => {
  const ref = 'Molecule-AI/molecule-core/.github/workflows/nightly.yml@refs/heads/main';
  const a = await attest(wheel(), { workflow_ref: ref, job_workflow_ref: ref });
  const r = await upload(wheel(), JSON.stringify([a]), await publisherToken());
  expect(r.status).toBe(400);
  expect(r.message).toBe(
    `${PREFIX}Could not verify the uploaded artifact using the included attestation: ` +
      `Verification failed: Certificate's Build Config URI (https://github.com/${ref}) does not match expected ` +
      'Trusted Publisher (release-runtime.yml @ Molecule-AI/molecule-core)',
  );
  expect(pypi.files(PROJECT)).toHaveLength(0);
});

test('refuses attestations with an API token, an empty list, too many, and a malformed one', async () => {
  const a = await attest(wheel());
  expect((await upload(wheel(), JSON.stringify([a]), 'pypi-user-token')).message).toBe(
    `${PREFIX}Attestations are only supported when using Trusted Publishing`,
  );
  const token = await publisherToken();
  expect((await upload(wheel(), '[]', token)).message).toBe(
    `${PREFIX}Malformed attestations: an empty attestation set is not permitted`,
  );
  expect((await upload(wheel(), JSON.stringify([a, a, a]), token)).message).toBe(
    `${PREFIX}A maximum of 2 attestations per file are supported`,
  );
  expect((await upload(wheel(), JSON.stringify([a, a]), token)).message).toBe(
    `${PREFIX}Multiple attestations for the same file with the same predicate type (https://docs.pypi.org/attestations/publish/v1) are not supported`,
  );
  const noEntries = {
    ...a,
    verification_material: { ...a.verification_material, transparency_entries: [] },
  };
  expect((await upload(wheel(), JSON.stringify([noEntries]), token)).message).toMatch(
    new RegExp(`^${PREFIX}Malformed attestations: `),
  );
  expect(pypi.files(PROJECT)).toHaveLength(0);
});
