/**
 * Signs PEP 740 publish attestations with Sigstore, as pypa/gh-action-pypi-
 * publish does (its `attestations.py`: one OIDC token with audience
 * `sigstore`, `Attestation.sign` per distribution, written next to the file
 * as `<file>.publish.attestation`), with the Sigstore JavaScript libraries:
 * FulcioSigner (ephemeral key, short-lived certificate), RekorWitness (a
 * `dsse` entry in the transparency log) and DSSEBundleBuilder.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { ActionError } from '../toolkit/errors.js';
import {
  attestationFromBundle,
  INTOTO_PAYLOAD_TYPE,
  parseCertificate,
  publishStatement,
  signerIdentity,
  type Attestation,
} from './attestation.js';
import type { Distribution } from './distribution.js';

export interface SignedAttestation {
  filename: string;
  attestation: Attestation;
  /** Where it was written: `<file>.publish.attestation`. */
  path: string;
  sha256: string;
  /** SAN of the certificate: https://github.com/<job_workflow_ref>. */
  identity: string;
  logIndex: string;
}

export interface SignOptions {
  fulcioUrl: string;
  rekorUrl: string;
  /** The job's OIDC token with audience `sigstore`. */
  identityToken: string;
  /** Written into messages instead of the token, should a library quote it. */
  redact: (text: string) => string;
}

/** Signs one distribution's publish statement and writes the attestation next to it. */
export async function attestDistribution(
  dist: Distribution,
  options: SignOptions,
): Promise<SignedAttestation> {
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: options.fulcioUrl,
      identityProvider: { getToken: () => Promise.resolve(options.identityToken) },
    }),
    witnesses: [new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'dsse' })],
  });
  let attestation: Attestation;
  try {
    const bundle = await builder.create({
      data: publishStatement(dist.filename, dist.sha256),
      type: INTOTO_PAYLOAD_TYPE,
    });
    attestation = attestationFromBundle(bundle);
  } catch (e) {
    const err = e as Error & { code?: string; cause?: Error };
    const cause = err.cause?.message ? ` (${err.cause.message})` : '';
    throw new ActionError(
      options.redact(
        `Signing the attestation for ${dist.filename} failed: ${err.code ? `${err.code}: ` : ''}${err.message}${cause}`,
      ),
      {
        title: 'Attestation signing failed',
        input: 'attestations',
        hint:
          'Nothing was uploaded: a release without attestations was not wanted. Check the Fulcio and Rekor URLs ' +
          '(inputs sigstore-fulcio-url, sigstore-rekor-url) and re-run; or set `attestations: false` to publish unsigned.',
      },
    );
  }
  const file = path.join(path.dirname(dist.path), `${dist.filename}.publish.attestation`);
  await writeFile(file, JSON.stringify(attestation));
  const entry = attestation.verification_material.transparency_entries[0] as {
    logIndex?: string | number;
  };
  return {
    filename: dist.filename,
    attestation,
    path: file,
    sha256: dist.sha256,
    identity:
      signerIdentity(parseCertificate(attestation.verification_material.certificate))
        .subjectAlternativeName ?? '?',
    logIndex: String(entry.logIndex ?? '0'),
  };
}
