/**
 * Signing with @sigstore/sign against the sandbox Fulcio/Rekor, and
 * verifying with @sigstore/verify against the sandbox's trusted root: the
 * attestation a publish produces, and each way one must be refused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { startOidcIssuer, type OidcIssuer } from '../../sandbox/oidc/index.js';
import { startSigstore, type SigstoreSandbox } from '../../sandbox/sigstore/index.js';
import { attestDistribution } from '../../packages/index/attest.js';
import {
  attestationVerifier,
  type AttestationVerifier,
} from '../../packages/index/attestation-verify.js';
import { publishStatement, type Attestation } from '../../packages/index/attestation.js';
import { findDistributions, type Distribution } from '../../packages/index/distribution.js';
import { buildSample, tempDir } from '../../sandbox/samples/distributions.js';

const PUBLISHER = { repository: 'Molecule-AI/molecule-core', workflow: 'release-runtime.yml' };

let tmp: ReturnType<typeof tempDir>;
let dists: Distribution[];
let issuer: OidcIssuer;
let sigstore: SigstoreSandbox;
let verifier: AttestationVerifier;

beforeAll(async () => {
  tmp = tempDir('attest-');
  dists = await findDistributions(buildSample(tmp.dir));
  issuer = await startOidcIssuer();
  sigstore = await startSigstore({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl });
  verifier = attestationVerifier(sigstore.trustedRoot, issuer.issuer);
});
afterAll(async () => {
  await sigstore.close();
  await issuer.close();
  tmp.cleanup();
});

async function sign(dist: Distribution, claims = {}): Promise<Attestation> {
  const token = await issuer.sign({ ...claims, aud: 'sigstore' });
  const signed = await attestDistribution(dist, {
    fulcioUrl: sigstore.fulcioUrl,
    rekorUrl: sigstore.rekorUrl,
    identityToken: token,
    redact: (s) => s.split(token).join('***'),
  });
  return signed.attestation;
}

const wheel = () => dists.find((d) => d.filename.endsWith('.whl')) as Distribution;
const sdist = () => dists.find((d) => d.filename.endsWith('.tar.gz')) as Distribution;
const subject = (d: Distribution) => ({ filename: d.filename, sha256: d.sha256 });

test('a signed publish attestation verifies, is written next to its file, and names the workflow', async () => {
  const a = await sign(wheel());
  expect(a.version).toBe(1);
  const written = `${wheel().path}.publish.attestation`;
  expect(existsSync(written)).toBe(true);
  expect(JSON.parse(readFileSync(written, 'utf8'))).toEqual(a);
  const statement = JSON.parse(Buffer.from(a.envelope.statement, 'base64').toString('utf8'));
  expect(statement).toEqual({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: wheel().filename, digest: { sha256: wheel().sha256 } }],
    predicateType: 'https://docs.pypi.org/attestations/publish/v1',
    predicate: null,
  });
  const ok = verifier.verify(a, subject(wheel()), PUBLISHER);
  expect(ok.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
  expect(ok.identity.subjectAlternativeName).toMatch(
    /^https:\/\/github\.com\/Molecule-AI\/molecule-core\/\.github\/workflows\/release-runtime\.yml@/,
  );
  // The log is append-only: a second entry gets the next index, proven against the larger tree.
  const b = await sign(sdist());
  const entryA = a.verification_material.transparency_entries[0] as { logIndex?: string };
  const entryB = b.verification_material.transparency_entries[0] as {
    logIndex?: string;
    inclusionProof: { treeSize: string; hashes: string[] };
  };
  // Protobuf JSON leaves out an int64 0 (the log's first entry).
  const index = (e: { logIndex?: string }) => Number(e.logIndex ?? 0);
  expect(index(entryB)).toBe(index(entryA) + 1);
  expect(Number(entryB.inclusionProof.treeSize)).toBe(index(entryB) + 1);
  expect(verifier.verify(b, subject(sdist()), PUBLISHER).logIndex).toBe(String(index(entryB)));
});

test('refuses a tampered file: the digest differs', async () => {
  const a = await sign(wheel());
  const tampered = createHash('sha256')
    .update(Buffer.concat([wheel().bytes, Buffer.from('x')]))
    .digest('hex');
  expect(() =>
    verifier.verify(a, { filename: wheel().filename, sha256: tampered }, PUBLISHER),
  ).toThrow('Verification failed: subject does not match distribution digest');
});

test('refuses a statement for another file', async () => {
  const a = await sign(sdist());
  expect(() => verifier.verify(a, subject(wheel()), PUBLISHER)).toThrow(
    `Verification failed: subject does not match distribution name: ${sdist().filename} != ${wheel().filename}`,
  );
});

test('refuses a certificate from another workflow', async () => {
  const a = await sign(wheel(), {
    workflow_ref: 'Molecule-AI/molecule-core/.github/workflows/other.yml@refs/heads/main',
    job_workflow_ref: 'Molecule-AI/molecule-core/.github/workflows/other.yml@refs/heads/main',
  });
  expect(() => verifier.verify(a, subject(wheel()), PUBLISHER)).toThrow(
    /Verification failed: Certificate's Build Config URI \(https:\/\/github\.com\/Molecule-AI\/molecule-core\/\.github\/workflows\/other\.yml@refs\/heads\/main\) does not match expected Trusted Publisher \(release-runtime\.yml @ Molecule-AI\/molecule-core\)/,
  );
});

test('refuses an expired certificate: the log entry came after it expired', async () => {
  sigstore.setRekorDelay(11 * 60 * 1000);
  try {
    const a = await sign(wheel());
    expect(() => verifier.verify(a, subject(wheel()), PUBLISHER)).toThrow(
      'Verification failed: CERTIFICATE_ERROR: Failed to verify certificate chain (certificate is not valid or expired at the specified date)',
    );
  } finally {
    sigstore.setRekorDelay(0);
  }
});

test('refuses a missing or altered log entry', async () => {
  const a = await sign(wheel());
  const none = {
    ...a,
    verification_material: { ...a.verification_material, transparency_entries: [] },
  };
  expect(() => verifier.verify(none, subject(wheel()), PUBLISHER)).toThrow(
    'Verification failed: the attestation carries no transparency log entry',
  );
  // An entry from another signing: its body does not hold this signature.
  const other = await sign(wheel());
  const swapped = {
    ...a,
    verification_material: {
      ...a.verification_material,
      transparency_entries: other.verification_material.transparency_entries,
    },
  };
  expect(() => verifier.verify(swapped, subject(wheel()), PUBLISHER)).toThrow(
    /Verification failed: TLOG_BODY_ERROR/,
  );
});

test('refuses a statement signed by nobody the log knows: a re-signed envelope', async () => {
  const a = await sign(wheel());
  const forged = {
    ...a,
    envelope: {
      statement: publishStatement(wheel().filename, 'f'.repeat(64)).toString('base64'),
      signature: a.envelope.signature,
    },
  };
  expect(() =>
    verifier.verify(forged, { filename: wheel().filename, sha256: 'f'.repeat(64) }, PUBLISHER),
  ).toThrow(/Verification failed: TLOG_BODY_ERROR|Verification failed: SIGNATURE_ERROR/);
});

test('Fulcio refuses a token for another audience, and signing stops with a message free of the token', async () => {
  const token = await issuer.sign({ aud: 'pypi' });
  const run = attestDistribution(wheel(), {
    fulcioUrl: sigstore.fulcioUrl,
    rekorUrl: sigstore.rekorUrl,
    identityToken: token,
    redact: (s) => s.split(token).join('***'),
  });
  await expect(run).rejects.toThrow(/Signing the attestation for .*\.whl failed/);
  const message = await run.then(
    () => '',
    (e: Error) => e.message,
  );
  expect(message.includes(token)).toBe(false);
  expect(sigstore.refusals.at(-1)).toMatchObject({ service: 'fulcio', status: 401 });
});
