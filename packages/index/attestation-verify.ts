/**
 * Verifies a PEP 740 attestation against a distribution and a Trusted
 * Publisher, in pypi-attestations' order (`Attestation.verify`): the Sigstore
 * bundle (certificate chain to the trusted root's CA at the log's integrated
 * time, SCT, transparency log entry with its inclusion proof/SET, DSSE
 * signature) with @sigstore/verify, then the publisher policy, then the
 * statement (one subject, name and sha256 of the file, known predicate
 * type). Every failure is an AttestationError whose message is the one
 * pypi-attestations raises (`Verification failed: …`), which warehouse
 * wraps in its own.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import {
  AttestationError,
  bundleFromAttestation,
  parseCertificate,
  signerIdentity,
  statementMismatch,
  trustedPublisherMismatch,
  type Attestation,
  type SignerIdentity,
} from './attestation.js';

export interface AttestationVerifier {
  verify(
    attestation: Attestation,
    dist: { filename: string; sha256: string },
    publisher: { repository: string; workflow: string },
  ): VerifiedAttestation;
}

export interface VerifiedAttestation {
  predicateType: string;
  identity: SignerIdentity;
  /** The first transparency log entry's index. */
  logIndex: string;
  integratedTime: Date | undefined;
}

/** A verifier for one Sigstore instance, from its trusted root (protobuf JSON). */
export function attestationVerifier(trustedRootJson: unknown, issuer: string): AttestationVerifier {
  return verifierForRoot(TrustedRoot.fromJSON(trustedRootJson), issuer);
}

/** The same, from a parsed trusted root (what @sigstore/tuf's getTrustedRoot gives). */
export function verifierForRoot(root: TrustedRoot, issuer: string): AttestationVerifier {
  const verifier = new Verifier(toTrustMaterial(root), {
    tlogThreshold: 1,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
  return {
    verify(attestation, dist, publisher) {
      const fail = (msg: string): never => {
        throw new AttestationError(`Verification failed: ${msg}`);
      };
      let bundle;
      try {
        bundle = bundleFromAttestation(attestation);
      } catch (e) {
        throw new AttestationError(
          e instanceof AttestationError
            ? `Verification failed: ${e.message}`
            : `invalid attestation: ${(e as Error).message}`,
        );
      }
      try {
        verifier.verify(toSignedEntity(bundle));
      } catch (e) {
        // The chain error's cause says what was wrong with the chain (an expired certificate).
        const err = e as Error & { code?: string; cause?: Error };
        const cause = err.cause?.message ? ` (${err.cause.message})` : '';
        fail(`${err.code ? `${err.code}: ` : ''}${err.message}${cause}`);
      }
      const identity = signerIdentity(
        parseCertificate(attestation.verification_material.certificate),
      );
      const mismatch = trustedPublisherMismatch(identity, publisher, issuer);
      if (mismatch) fail(mismatch);
      const payload = Buffer.from(attestation.envelope.statement, 'base64');
      const problem = statementMismatch(payload, dist);
      if (problem) fail(problem);
      const statement = JSON.parse(payload.toString('utf8')) as { predicateType: string };
      const entry = attestation.verification_material.transparency_entries[0] as {
        logIndex?: string | number;
        integratedTime?: string | number;
      };
      return {
        predicateType: statement.predicateType,
        identity,
        logIndex: String(entry.logIndex ?? '0'),
        integratedTime:
          entry.integratedTime === undefined
            ? undefined
            : new Date(Number(entry.integratedTime) * 1000),
      };
    },
  };
}
