/**
 * The pypi-publish BUNDLE with `attestations: true` (the default), run as
 * the runner runs it, against the sandbox OIDC issuer, Sigstore (Fulcio,
 * Rekor) and index, which verifies every attestation as warehouse does.
 * Every run is checked for leaked JWTs and minted tokens.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunResult } from '../../sandbox/runner.js';
import { attestationVerifier } from '../../packages/index/attestation-verify.js';
import type { Attestation, Provenance } from '../../packages/index/attestation.js';
import {
  PROJECT,
  PUBLISHER,
  SDIST,
  WHEEL,
  errorsOf as errors,
  publishAttested,
  useAttestedIndex,
} from './attested-index.js';

const world = useAttestedIndex({
  prefix: 'pypi-publish-attest-',
  tokens: { 'pypi-static': {} },
  masked: true,
});

const publish = (
  inputs: Record<string, string> = {},
  env: Record<string, string> | null = {},
): Promise<RunResult> => publishAttested(world, inputs, env);

it('signs each file, uploads its attestation, and the index serves the provenance and links it', async () => {
  const r = await publish();
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  // Two JWTs: audience sigstore (the certificate), audience pypi (the upload token).
  expect(world.issuer.issued).toHaveLength(2);
  expect(world.sigstore.certificates).toHaveLength(2);
  expect(world.sigstore.entries).toHaveLength(2);
  expect(world.pypi.uploads.map((u) => [u.filename, u.status])).toEqual([
    [WHEEL, 200],
    [SDIST, 200],
  ]);

  for (const name of [WHEEL, SDIST]) {
    // Written beside the file, and identical to what was uploaded.
    const file = path.join(world.dist, `${name}.publish.attestation`);
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as Attestation;
    const sent = world.pypi.uploads.find((u) => u.filename === name)?.fields.attestations?.[0];
    expect(JSON.parse(sent ?? 'null')).toEqual([written]);

    // The Integrity API, as warehouse serves it.
    const url = `${world.pypi.url}/integrity/${PROJECT}/0.1.0/${name}/provenance`;
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
    const sha256 = world.pypi.files(PROJECT).find((f) => f.filename === name)?.sha256 as string;
    const verified = attestationVerifier(world.sigstore.trustedRoot, world.issuer.issuer).verify(
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
    await fetch(`${world.pypi.simpleUrl}${PROJECT}/`, {
      headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
    })
  ).json()) as { files: Array<{ filename: string; provenance: string | null }> };
  for (const f of json.files) {
    expect(f.provenance).toBe(
      `${world.pypi.url}/integrity/${PROJECT}/0.1.0/${f.filename}/provenance`,
    );
  }
  const html = await (
    await fetch(`${world.pypi.simpleUrl}${PROJECT}/`, { headers: { Accept: 'text/html' } })
  ).text();
  expect(html).toContain(
    `data-provenance="${world.pypi.url}/integrity/${PROJECT}/0.1.0/${WHEEL}/provenance"`,
  );
});

it('without id-token: write, says attestations need the OIDC token, and uploads nothing', async () => {
  const r = await publish({ password: '' }, null);
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toMatch(/attestations: true needs the job's OIDC token.*id-token: write/s);
  expect(world.pypi.uploads).toHaveLength(0);
});

it('a failure to sign stops the upload: no unattested release', async () => {
  await world.sigstore.close();
  const r = await publish({ 'sigstore-fulcio-url': 'http://127.0.0.1:9/' });
  expect(r.exitCode).toBe(1);
  expect(errors(r)).toMatch(
    new RegExp(`Signing the attestation for ${WHEEL.replace(/\./g, '\\.')} failed`),
  );
  expect(world.pypi.uploads).toHaveLength(0);
  expect(world.pypi.mintedTokens).toHaveLength(0);
  // beforeEach's sandbox is closed already; afterEach closes again harmlessly.
  world.sigstore = { ...world.sigstore, close: async () => {} };
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
  expect(world.pypi.uploads.every((u) => u.fields.attestations === undefined)).toBe(true);
});

it('attestations: false uploads without signing', async () => {
  const r = await publish({ attestations: 'false' });
  expect(r.exitCode).toBe(0);
  expect(world.sigstore.certificates).toHaveLength(0);
  expect(world.issuer.issued).toHaveLength(1);
  const res = await fetch(`${world.pypi.url}/integrity/${PROJECT}/0.1.0/${WHEEL}/provenance`);
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ message: `No provenance available for ${WHEEL}` });
});
