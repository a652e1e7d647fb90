/**
 * PEP 740 attestations: the publish attestation of one distribution, its
 * conversion to and from a Sigstore bundle, and its verification against a
 * Trusted Publisher, as pypi-attestations (`Attestation.sign`, `.verify`,
 * `_GitHubTrustedPublisherPolicy`) and warehouse do it.
 *
 * The statement: an in-toto v1 Statement with one subject, the file's name
 * and sha256, predicate type https://docs.pypi.org/attestations/publish/v1
 * and no predicate. The attestation object: `version: 1`,
 * `verification_material` {certificate: base64(DER), transparency_entries:
 * [the bundle's TransparencyLogEntry as protobuf JSON]}, `envelope`
 * {statement: base64(payload), signature: base64(sig)}.
 */
import { bundleFromJSON, bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';

export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
export const SLSA_PROVENANCE_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
export const INTOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fulcio's certificate extensions this module reads (sigstore/fulcio docs/oid-info.md). */
export const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

export interface Statement {
  _type: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: unknown;
}

export interface Attestation {
  version: 1;
  verification_material: {
    certificate: string;
    transparency_entries: Array<Record<string, unknown>>;
  };
  envelope: { statement: string; signature: string };
}

/** The provenance object the Integrity API serves (PEP 740). */
export interface Provenance {
  version: 1;
  attestation_bundles: Array<{
    publisher: {
      kind: string;
      repository?: string;
      workflow?: string;
      environment?: string | null;
      [k: string]: unknown;
    };
    attestations: Attestation[];
  }>;
}

export class AttestationError extends Error {}

/** The publish statement for one file, serialised as it is signed. */
export function publishStatement(filename: string, sha256: string): Buffer {
  const statement: Statement = {
    _type: INTOTO_STATEMENT_TYPE,
    subject: [{ name: filename, digest: { sha256 } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: null,
  };
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/** A Sigstore DSSE bundle → the PEP 740 attestation object (pypi-attestations `from_bundle`). */
export function attestationFromBundle(bundle: Bundle): Attestation {
  const json = bundleToJSON(bundle) as SerializedBundle & {
    verificationMaterial: {
      certificate?: { rawBytes: string };
      x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
      tlogEntries: Array<Record<string, unknown>>;
    };
    dsseEnvelope?: { payload: string; payloadType: string; signatures: Array<{ sig: string }> };
  };
  const vm = json.verificationMaterial;
  const certificate =
    vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes;
  const envelope = json.dsseEnvelope;
  if (!certificate) throw new AttestationError('The bundle carries no signing certificate.');
  if (!envelope) throw new AttestationError('The bundle carries no DSSE envelope.');
  if (envelope.signatures.length !== 1) {
    throw new AttestationError(`expected exactly one signature, got ${envelope.signatures.length}`);
  }
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: vm.tlogEntries },
    envelope: {
      statement: envelope.payload,
      signature: (envelope.signatures[0] as { sig: string }).sig,
    },
  };
}

/** The PEP 740 attestation object → a Sigstore bundle (pypi-attestations `to_bundle`). */
export function bundleFromAttestation(a: Attestation): Bundle {
  const entries = a.verification_material?.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new AttestationError('the attestation carries no transparency log entry');
  }
  return bundleFromJSON({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      certificate: { rawBytes: a.verification_material.certificate },
      // pypi-attestations converts the first entry only.
      tlogEntries: [entries[0]],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: a.envelope.statement,
      payloadType: INTOTO_PAYLOAD_TYPE,
      signatures: [{ sig: a.envelope.signature, keyid: '' }],
    },
  });
}

/** Checks the shape of an uploaded `attestations` value (pydantic's model validation). */
export function parseAttestations(text: string): Attestation[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new AttestationError(`Malformed attestations: ${(e as Error).message}`);
  }
  if (!Array.isArray(value)) throw new AttestationError('Malformed attestations: expected a list');
  value.forEach((a, i) => {
    const o = a as Partial<Attestation> | null;
    const problem =
      !o || typeof o !== 'object'
        ? 'not an object'
        : o.version !== 1
          ? 'version: Input should be 1'
          : typeof o.verification_material?.certificate !== 'string'
            ? 'verification_material.certificate: Field required'
            : !Array.isArray(o.verification_material?.transparency_entries) ||
                o.verification_material.transparency_entries.length < 1
              ? 'verification_material.transparency_entries: List should have at least 1 item after validation, not 0'
              : typeof o.envelope?.statement !== 'string' ||
                  typeof o.envelope?.signature !== 'string'
                ? 'envelope: statement and signature are required'
                : undefined;
    if (problem) throw new AttestationError(`Malformed attestations: ${i}.${problem}`);
  });
  return value as Attestation[];
}

/** A DER UTF8String's text, or undefined when `der` is not one. */
function derUtf8String(der: Buffer): string | undefined {
  if (der[0] !== 0x0c || der.length < 2) return undefined;
  let length = der[1] as number;
  let start = 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + (der[2 + i] as number);
    start = 2 + octets;
  }
  return start + length === der.length ? der.subarray(start).toString('utf8') : undefined;
}

/**
 * An extension's string value: Fulcio's OIDs .8 onwards hold a DER
 * UTF8String (what pypi-attestations decodes), the deprecated .1-.6 the raw
 * text.
 */
export function certificateExtension(cert: X509Certificate, oid: string): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  return derUtf8String(ext.value) ?? ext.value.toString('utf8');
}

export function parseCertificate(base64Der: string): X509Certificate {
  return X509Certificate.parse(Buffer.from(base64Der, 'base64') as Buffer<ArrayBuffer>);
}

/** What the signing certificate says about the workflow that signed. */
export interface SignerIdentity {
  /** SAN: https://github.com/<job_workflow_ref> */
  subjectAlternativeName: string | undefined;
  issuer: string | undefined;
  sourceRepositoryUri: string | undefined;
  buildConfigUri: string | undefined;
  sourceRepositoryRef: string | undefined;
  sourceRepositoryDigest: string | undefined;
  notBefore: Date;
  notAfter: Date;
}

export function signerIdentity(cert: X509Certificate): SignerIdentity {
  return {
    subjectAlternativeName: cert.subjectAltName,
    issuer: certificateExtension(cert, OID.issuer),
    sourceRepositoryUri: certificateExtension(cert, OID.sourceRepositoryUri),
    buildConfigUri: certificateExtension(cert, OID.buildConfigUri),
    sourceRepositoryRef: certificateExtension(cert, OID.sourceRepositoryRef),
    sourceRepositoryDigest: certificateExtension(cert, OID.sourceRepositoryDigest),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}

/**
 * pypi-attestations' `_GitHubTrustedPublisherPolicy`: issuer, source
 * repository, and the Build Config URI equal to
 * https://github.com/<repo>/.github/workflows/<workflow>@<sha or ref>.
 * Returns the problem, or undefined when the identity matches.
 */
export function trustedPublisherMismatch(
  id: SignerIdentity,
  publisher: { repository: string; workflow: string },
  issuer: string,
): string | undefined {
  if (id.issuer !== issuer) {
    return `Certificate's OIDC issuer (${id.issuer ?? 'absent'}) does not match ${issuer}`;
  }
  const repoUri = `https://github.com/${publisher.repository}`;
  if (id.sourceRepositoryUri !== repoUri) {
    return `Certificate's source repository URI (${id.sourceRepositoryUri ?? 'absent'}) does not match expected ${repoUri}`;
  }
  for (const suffix of [id.sourceRepositoryDigest, id.sourceRepositoryRef]) {
    if (
      suffix &&
      id.buildConfigUri === `${repoUri}/.github/workflows/${publisher.workflow}@${suffix}`
    )
      return undefined;
  }
  return (
    `Certificate's Build Config URI (${id.buildConfigUri ?? 'absent'}) does not match expected ` +
    `Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`
  );
}

/** The statement inside an attestation, checked against a file as pypi-attestations' `verify` does after the signature. */
export function statementMismatch(
  payload: Buffer,
  dist: { filename: string; sha256: string },
): string | undefined {
  let statement: Partial<Statement>;
  try {
    statement = JSON.parse(payload.toString('utf8')) as Partial<Statement>;
  } catch (e) {
    return `invalid statement: ${(e as Error).message}`;
  }
  if (statement._type !== INTOTO_STATEMENT_TYPE)
    return `invalid statement: _type is not ${INTOTO_STATEMENT_TYPE}`;
  if (!Array.isArray(statement.subject) || statement.subject.length !== 1) {
    return 'too many subjects in statement (must be exactly one)';
  }
  const subject = statement.subject[0] as Statement['subject'][number];
  if (!subject.name) return 'invalid subject: missing name';
  if (subject.name !== dist.filename) {
    return `subject does not match distribution name: ${subject.name} != ${dist.filename}`;
  }
  if (subject.digest?.sha256 !== dist.sha256) return 'subject does not match distribution digest';
  if (
    statement.predicateType !== PUBLISH_PREDICATE_TYPE &&
    statement.predicateType !== SLSA_PROVENANCE_PREDICATE_TYPE
  ) {
    return `unknown attestation type: ${statement.predicateType}`;
  }
  return undefined;
}
