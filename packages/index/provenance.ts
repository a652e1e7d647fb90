/**
 * The consumer side of PEP 740: before an image is built from a release,
 * download each of its files from the index, fetch the file's provenance
 * (the link the simple index gives, else the Integrity API's
 * `/integrity/<project>/<version>/<filename>/provenance`), and verify it:
 * the attestation bundle's publisher is the expected Trusted Publisher, and
 * every attestation verifies with Sigstore against that identity and the
 * bytes just downloaded. The verified files are kept, so the image installs
 * exactly those bytes (by hash), never a file resolved later.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError } from '../toolkit/errors.js';
import type { AttestationVerifier } from './attestation-verify.js';
import { PUBLISH_PREDICATE_TYPE, type Provenance } from './attestation.js';
import { summariseBody, type HttpClient } from '../toolkit/http.js';
import { IndexHttpClient } from './http.js';
import type { IndexFile } from './simple.js';
import { trimSlash } from '../toolkit/slashes.js';

export interface ExpectedPublisher {
  /** owner/repo of the workflow that must have signed. */
  repository: string;
  /** Its workflow file name, e.g. release-runtime.yml. */
  workflow: string;
}

export interface VerifiedFile {
  filename: string;
  /** Where the verified bytes were written. */
  path: string;
  sha256: string;
  size: number;
  /** SAN of the signing certificate: https://github.com/<job_workflow_ref>. */
  identity: string;
  logIndex: string;
  provenanceUrl: string;
}

export interface VerifyReleaseOptions {
  indexUrl: string;
  project: string;
  version: string;
  files: IndexFile[];
  expected: ExpectedPublisher;
  verifier: AttestationVerifier;
  downloadDir: string;
  http?: HttpClient;
  log?: (message: string) => void;
}

function provenanceUrlOf(o: VerifyReleaseOptions, f: IndexFile): string {
  if (f.provenance) return f.provenance;
  // warehouse's `integrity.provenance` route, when the index page gives no link.
  const project = o.project.toLowerCase().replace(/[-_.]+/g, '-');
  return `${trimSlash(o.indexUrl)}/integrity/${project}/${encodeURIComponent(o.version)}/${encodeURIComponent(f.filename)}/provenance`;
}

function refusal(
  filename: string,
  message: string,
  url: string,
  hint: string,
  details: string[] = [],
): ActionError {
  return new ActionError(`${filename}: ${message}`, {
    title: 'Provenance not verified',
    url,
    input: 'verify-provenance',
    hint,
    details,
  });
}

/** Downloads, fetches provenance for, and verifies one file. */
export async function verifyFile(o: VerifyReleaseOptions, f: IndexFile): Promise<VerifiedFile> {
  const http = o.http ?? new IndexHttpClient();
  const res = await http.request({ url: f.url, purpose: `the download of ${f.filename}` });
  if (res.status !== 200) {
    throw refusal(
      f.filename,
      `the download answered HTTP ${res.status}.`,
      f.url,
      'Re-run once the index serves the file.',
    );
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (f.sha256 && f.sha256 !== sha256) {
    throw refusal(
      f.filename,
      `the downloaded file's sha256 is ${sha256}, but the index lists ${f.sha256}.`,
      f.url,
      'The bytes changed between the listing and the download (a proxy or mirror serving another file). Nothing was built.',
    );
  }

  const url = provenanceUrlOf(o, f);
  const pres = await http.request({
    url,
    headers: { Accept: 'application/vnd.pypi.integrity.v1+json' },
    purpose: `the provenance of ${f.filename}`,
  });
  const text = await pres.text();
  if (pres.status === 404) {
    throw refusal(
      f.filename,
      `the index serves no provenance for this file (HTTP 404${summariseBody(text)}): it was uploaded without attestations.`,
      url,
      `Publish from ${o.expected.repository}'s ${o.expected.workflow} with pypi-publish (attestations: true, the default), or set verify-provenance: false to build from unsigned files.`,
    );
  }
  if (pres.status !== 200) {
    throw refusal(
      f.filename,
      `the provenance request answered HTTP ${pres.status}${summariseBody(text)}.`,
      url,
      'Re-run; if it persists, the index cannot serve provenance.',
    );
  }
  let provenance: Provenance;
  try {
    provenance = JSON.parse(text) as Provenance;
  } catch {
    throw refusal(
      f.filename,
      'the provenance is not JSON.',
      url,
      'The index answered something other than a PEP 740 provenance object.',
    );
  }
  const bundles = Array.isArray(provenance.attestation_bundles)
    ? provenance.attestation_bundles
    : [];
  const publishers = bundles.map(
    (b) => `${b.publisher?.repository ?? '?'} (${b.publisher?.workflow ?? '?'})`,
  );
  const bundle = bundles.find(
    (b) =>
      b.publisher?.kind === 'GitHub' &&
      (b.publisher.repository ?? '').toLowerCase() === o.expected.repository.toLowerCase() &&
      b.publisher.workflow === o.expected.workflow,
  );
  if (!bundle) {
    throw refusal(
      f.filename,
      `signed by ${publishers.join(', ') || 'no publisher'}, not by ${o.expected.repository} (${o.expected.workflow}).`,
      url,
      'Another workflow published this file. If the release workflow moved, set expected-repository and expected-workflow to it.',
      [
        `expected: ${o.expected.repository} (${o.expected.workflow})`,
        `provenance names: ${publishers.join(', ') || 'none'}`,
      ],
    );
  }
  if (bundle.attestations.length === 0) {
    throw refusal(
      f.filename,
      'the provenance holds no attestation.',
      url,
      'The index served an empty attestation bundle.',
    );
  }
  let verified;
  try {
    // Every attestation must verify; the publish attestation's signer is reported.
    for (const a of bundle.attestations) {
      const result = o.verifier.verify(a, { filename: f.filename, sha256 }, o.expected);
      if (!verified || result.predicateType === PUBLISH_PREDICATE_TYPE) verified = result;
    }
  } catch (e) {
    throw refusal(
      f.filename,
      (e as Error).message,
      url,
      'The file, its attestation or its signer is not what the release workflow published. Nothing was built.',
      [
        `downloaded sha256: ${sha256}`,
        `expected signer: ${o.expected.repository} (${o.expected.workflow})`,
      ],
    );
  }
  if (!verified) throw refusal(f.filename, 'no attestation verified.', url, 'Nothing was built.');
  await mkdir(o.downloadDir, { recursive: true });
  const target = path.join(o.downloadDir, f.filename);
  await writeFile(target, bytes);
  o.log?.(
    `${f.filename}: sha256 ${sha256} verified, signed by ${verified.identity.subjectAlternativeName ?? '?'} (log index ${verified.logIndex}); saved to ${target}`,
  );
  return {
    filename: f.filename,
    path: target,
    sha256,
    size: bytes.length,
    identity: verified.identity.subjectAlternativeName ?? '?',
    logIndex: verified.logIndex,
    provenanceUrl: url,
  };
}

/** Every file of the release, verified; the first refusal stops it. */
export async function verifyRelease(o: VerifyReleaseOptions): Promise<VerifiedFile[]> {
  const out: VerifiedFile[] = [];
  for (const f of o.files) out.push(await verifyFile(o, f));
  return out;
}
