/**
 * wait-for-pypi's `verify-provenance`, the BUNDLE as the runner runs it:
 * files published with attestations by the pypi-publish bundle (sandbox
 * OIDC issuer, Sigstore and index), then verified against the expected
 * Trusted Publisher before anything is built, and each refusal the issue
 * lists: a tampered file, a statement for another file, a certificate from
 * another workflow, an expired certificate, a missing log entry, an index
 * that serves no provenance. The index is "compromised" through the
 * sandbox's hooks, which is what a consumer has to survive.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, type RunResult } from '../../sandbox/runner.js';
import { attestDistribution } from '../../packages/index/attest.js';
import type { Attestation, Provenance } from '../../packages/index/attestation.js';
import { findDistributions } from '../../packages/index/distribution.js';
import {
  PROJECT,
  PUBLISHER,
  SDIST,
  WHEEL,
  errorsOf as errors,
  publishAttested,
  useAttestedIndex,
} from './attested-index.js';

const REPOSITORY = PUBLISHER.repository;
const world = useAttestedIndex({ prefix: 'wait-provenance-' });
let rootFile: string;

beforeEach(() => {
  rootFile = path.join(world.tmp.dir, `trusted_root-${world.n}.json`);
  writeFileSync(rootFile, JSON.stringify(world.sigstore.trustedRoot));
});

async function publish(attestations = 'true'): Promise<void> {
  const r = await publishAttested(world, { attestations });
  expect(r.exitCode).toBe(0);
}

async function verify(inputs: Record<string, string> = {}): Promise<RunResult> {
  const r = await runAction('wait-for-pypi', {
    inputs: {
      package: PROJECT,
      version: '0.1.0',
      'index-url': world.pypi.url,
      timeout: '30s',
      'verify-provenance': 'true',
      'trusted-root': rootFile,
      'expected-issuer': world.issuer.issuer,
      'download-dir': path.join(world.tmp.dir, `verified-${world.n}`),
      ...inputs,
    },
    timeoutMs: 60_000,
  });
  world.results.push(r);
  return r;
}

async function refused(r: RunResult, pattern: RegExp): Promise<void> {
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toMatch(pattern);
  expect(r.outputs['verified-file'] ?? '').toBe('');
  expect(r.stdout).not.toMatch(/\n\s+at /);
}

/** An attestation for `filename` signed now with `claims` over the sandbox's claims. */
async function signedBy(filename: string, claims = {}): Promise<Attestation> {
  const dists = await findDistributions(world.built);
  const d = dists.find((x) => x.filename === filename)!;
  const copy = path.join(world.tmp.dir, `resign-${++world.n}`);
  cpSync(world.built, copy, { recursive: true });
  const token = await world.issuer.sign({ ...claims, aud: 'sigstore' });
  return (
    await attestDistribution(
      { ...d, path: path.join(copy, filename) },
      {
        fulcioUrl: world.sigstore.fulcioUrl,
        rekorUrl: world.sigstore.rekorUrl,
        identityToken: token,
        redact: (s) => s,
      },
    )
  ).attestation;
}

function provenanceWith(a: Attestation): Provenance {
  return {
    version: 1,
    attestation_bundles: [
      {
        publisher: {
          kind: 'GitHub',
          repository: REPOSITORY,
          workflow: 'release-runtime.yml',
          environment: 'pypi-publish',
        },
        attestations: [a],
      },
    ],
  };
}

it('verifies both files, keeps the verified bytes, and names the wheel to install by hash', async () => {
  await publish();
  const r = await verify();
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  const wheelPath = r.outputs['verified-file'] as string;
  expect(path.basename(wheelPath)).toBe(WHEEL);
  expect(r.outputs['verified-filename']).toBe(WHEEL);
  const bytes = readFileSync(wheelPath);
  expect(r.outputs['verified-sha256']).toBe(createHash('sha256').update(bytes).digest('hex'));
  expect(r.outputs['verified-sha256']).toBe(
    world.pypi.files(PROJECT).find((f) => f.filename === WHEEL)?.sha256,
  );
  const files = JSON.parse(r.outputs['verified-files'] ?? '[]') as Array<{
    filename: string;
    identity: string;
  }>;
  expect(files.map((f) => f.filename).sort()).toEqual([WHEEL, SDIST].sort());
  for (const f of files) {
    expect(f.identity).toMatch(
      /^https:\/\/github\.com\/Molecule-AI\/molecule-core\/\.github\/workflows\/release-runtime\.yml@/,
    );
  }
  expect(existsSync(path.join(path.dirname(wheelPath), SDIST))).toBe(true);
  expect(r.summary).toContain('Provenance verified');
  expect(r.summary).toContain(`--hash=sha256:${r.outputs['verified-sha256']}`);
});

it('refuses an index that serves no provenance (uploaded without attestations)', async () => {
  await publish('false');
  await refused(
    await verify(),
    new RegExp(
      `${WHEEL.replace(/\./g, '\\.')}: the index serves no provenance for this file \\(HTTP 404`,
    ),
  );
});

it('refuses a tampered file: other bytes under the same name', async () => {
  await publish();
  const original = readFileSync(path.join(world.dist, WHEEL));
  world.pypi.compromise.replaceContent(WHEEL, Buffer.concat([original, Buffer.from('tampered')]));
  await refused(await verify(), /subject does not match distribution digest/);
});

it('refuses a statement for another file', async () => {
  await publish();
  const sdistAttestation = JSON.parse(
    readFileSync(path.join(world.dist, `${SDIST}.publish.attestation`), 'utf8'),
  ) as Attestation;
  world.pypi.compromise.setProvenance(WHEEL, provenanceWith(sdistAttestation));
  await refused(
    await verify(),
    new RegExp(
      `subject does not match distribution name: ${SDIST.replace(/\./g, '\\.')} != ${WHEEL.replace(/\./g, '\\.')}`,
    ),
  );
});

it('refuses a certificate from another workflow, and a provenance naming another publisher', async () => {
  await publish();
  const ref = `${REPOSITORY}/.github/workflows/nightly.yml@refs/heads/main`;
  world.pypi.compromise.setProvenance(
    WHEEL,
    provenanceWith(await signedBy(WHEEL, { workflow_ref: ref, job_workflow_ref: ref })),
  );
  await refused(
    await verify(),
    /Certificate's Build Config URI \(https:\/\/github\.com\/Molecule-AI\/molecule-core\/\.github\/workflows\/nightly\.yml@refs\/heads\/main\) does not match expected Trusted Publisher \(release-runtime\.yml @ Molecule-AI\/molecule-core\)/,
  );
  await refused(
    await verify({ 'expected-workflow': 'release.yml' }),
    /signed by Molecule-AI\/molecule-core \(release-runtime\.yml\), not by Molecule-AI\/molecule-core \(release\.yml\)/,
  );
});

it('refuses an expired certificate: logged after it expired', async () => {
  await publish();
  world.sigstore.setRekorDelay(11 * 60 * 1000);
  const late = await signedBy(WHEEL);
  world.sigstore.setRekorDelay(0);
  world.pypi.compromise.setProvenance(WHEEL, provenanceWith(late));
  await refused(await verify(), /certificate is not valid or expired at the specified date/);
});

it('refuses a missing log entry', async () => {
  await publish();
  const a = JSON.parse(
    readFileSync(path.join(world.dist, `${WHEEL}.publish.attestation`), 'utf8'),
  ) as Attestation;
  world.pypi.compromise.setProvenance(
    WHEEL,
    provenanceWith({
      ...a,
      verification_material: { ...a.verification_material, transparency_entries: [] },
    }),
  );
  await refused(await verify(), /the attestation carries no transparency log entry/);
});
