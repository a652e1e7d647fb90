/**
 * warehouse's PEP 740 checks on upload (`attestations/services.py`
 * `_extract_attestations_from_request` + `IntegrityService.parse_attestations`,
 * called from `forklift/legacy.py` after the file's own checks), with its
 * messages, and the provenance object it stores (`build_provenance`: one
 * attestation bundle whose publisher is the Trusted Publisher's
 * `attestation_identity`). Verification is packages/index's verifier, which
 * follows pypi-attestations' `Attestation.verify` against the sandbox
 * Sigstore's trusted root.
 */
import {
  attestationVerifier,
  type AttestationVerifier,
} from '../../packages/index/attestation-verify.js';
import {
  AttestationError,
  parseAttestations,
  PUBLISH_PREDICATE_TYPE,
  SLSA_PROVENANCE_PREDICATE_TYPE,
  type Provenance,
} from '../../packages/index/attestation.js';
import type { Identity } from './auth.js';

const SUPPORTED = new Set([PUBLISH_PREDICATE_TYPE, SLSA_PROVENANCE_PREDICATE_TYPE]);

export interface AttestationSettings {
  /** The trusted root of the Sigstore instance PyPI trusts (the sandbox's). */
  trustedRoot: unknown;
  /** The OIDC issuer a GitHub publisher's certificates must name. */
  issuer: string;
}

export class IntegrityService {
  private readonly verifier: AttestationVerifier | undefined;

  constructor(settings: AttestationSettings | undefined) {
    this.verifier = settings
      ? attestationVerifier(settings.trustedRoot, settings.issuer)
      : undefined;
  }

  /**
   * The provenance to store for the file, or warehouse's error message (the
   * caller prefixes `Invalid attestations supplied during upload: `).
   */
  parse(
    text: string,
    identity: Identity,
    dist: { filename: string; sha256: string },
  ): { provenance: Provenance } | { error: string } {
    if (identity.kind !== 'publisher' || !identity.publisher) {
      return { error: 'Attestations are only supported when using Trusted Publishing' };
    }
    let attestations;
    try {
      attestations = parseAttestations(text);
    } catch (e) {
      return { error: (e as Error).message };
    }
    if (attestations.length === 0) {
      return { error: 'Malformed attestations: an empty attestation set is not permitted' };
    }
    if (attestations.length > SUPPORTED.size) {
      return { error: `A maximum of ${SUPPORTED.size} attestations per file are supported` };
    }
    const publisher = identity.publisher;
    const seen = new Set<string>();
    for (const attestation of attestations) {
      let predicateType: string;
      try {
        if (!this.verifier)
          throw new AttestationError(
            'the sandbox index was started without a Sigstore trusted root',
          );
        predicateType = this.verifier.verify(attestation, dist, publisher).predicateType;
      } catch (e) {
        if (e instanceof AttestationError && e.message.startsWith('Verification failed')) {
          return {
            error: `Could not verify the uploaded artifact using the included attestation: ${e.message}`,
          };
        }
        return {
          error: `Unknown error while trying to verify included attestations: ${(e as Error).message}`,
        };
      }
      if (!SUPPORTED.has(predicateType)) {
        return { error: `Attestation with unsupported predicate type: ${predicateType}` };
      }
      if (seen.has(predicateType)) {
        return {
          error: `Multiple attestations for the same file with the same predicate type (${predicateType}) are not supported`,
        };
      }
      seen.add(predicateType);
    }
    return {
      provenance: {
        version: 1,
        attestation_bundles: [
          {
            publisher: {
              kind: 'GitHub',
              repository: publisher.repository,
              workflow: publisher.workflow,
              environment: publisher.environment ?? null,
            },
            attestations,
          },
        ],
      },
    };
  }
}
