export const id = 217;
export const ids = [217];
export const modules = {

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestDistribution: () => (/* binding */ attestDistribution)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __webpack_require__(9996);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(3917);
;// CONCATENATED MODULE: ./packages/index/attestation.ts
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


const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
const SLSA_PROVENANCE_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
const INTOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extensions this module reads (sigstore/fulcio docs/oid-info.md). */
const OID = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
class AttestationError extends Error {
}
/** The publish statement for one file, serialised as it is signed. */
function publishStatement(filename, sha256) {
    const statement = {
        _type: INTOTO_STATEMENT_TYPE,
        subject: [{ name: filename, digest: { sha256 } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: null,
    };
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/** A Sigstore DSSE bundle → the PEP 740 attestation object (pypi-attestations `from_bundle`). */
function attestationFromBundle(bundle) {
    const json = (0,dist.bundleToJSON)(bundle);
    const vm = json.verificationMaterial;
    const certificate = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes;
    const envelope = json.dsseEnvelope;
    if (!certificate)
        throw new AttestationError('The bundle carries no signing certificate.');
    if (!envelope)
        throw new AttestationError('The bundle carries no DSSE envelope.');
    if (envelope.signatures.length !== 1) {
        throw new AttestationError(`expected exactly one signature, got ${envelope.signatures.length}`);
    }
    return {
        version: 1,
        verification_material: { certificate, transparency_entries: vm.tlogEntries },
        envelope: {
            statement: envelope.payload,
            signature: envelope.signatures[0].sig,
        },
    };
}
/** The PEP 740 attestation object → a Sigstore bundle (pypi-attestations `to_bundle`). */
function bundleFromAttestation(a) {
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
function parseAttestations(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new AttestationError(`Malformed attestations: ${e.message}`);
    }
    if (!Array.isArray(value))
        throw new AttestationError('Malformed attestations: expected a list');
    value.forEach((a, i) => {
        const o = a;
        const problem = !o || typeof o !== 'object'
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
        if (problem)
            throw new AttestationError(`Malformed attestations: ${i}.${problem}`);
    });
    return value;
}
/** A DER UTF8String's text, or undefined when `der` is not one. */
function derUtf8String(der) {
    if (der[0] !== 0x0c || der.length < 2)
        return undefined;
    let length = der[1];
    let start = 2;
    if (length & 0x80) {
        const octets = length & 0x7f;
        length = 0;
        for (let i = 0; i < octets; i++)
            length = length * 256 + der[2 + i];
        start = 2 + octets;
    }
    return start + length === der.length ? der.subarray(start).toString('utf8') : undefined;
}
/**
 * An extension's string value: Fulcio's OIDs .8 onwards hold a DER
 * UTF8String (what pypi-attestations decodes), the deprecated .1-.6 the raw
 * text.
 */
function certificateExtension(cert, oid) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    return derUtf8String(ext.value) ?? ext.value.toString('utf8');
}
function parseCertificate(base64Der) {
    return core_dist.X509Certificate.parse(Buffer.from(base64Der, 'base64'));
}
function signerIdentity(cert) {
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
function trustedPublisherMismatch(id, publisher, issuer) {
    if (id.issuer !== issuer) {
        return `Certificate's OIDC issuer (${id.issuer ?? 'absent'}) does not match ${issuer}`;
    }
    const repoUri = `https://github.com/${publisher.repository}`;
    if (id.sourceRepositoryUri !== repoUri) {
        return `Certificate's source repository URI (${id.sourceRepositoryUri ?? 'absent'}) does not match expected ${repoUri}`;
    }
    for (const suffix of [id.sourceRepositoryDigest, id.sourceRepositoryRef]) {
        if (suffix &&
            id.buildConfigUri === `${repoUri}/.github/workflows/${publisher.workflow}@${suffix}`)
            return undefined;
    }
    return (`Certificate's Build Config URI (${id.buildConfigUri ?? 'absent'}) does not match expected ` +
        `Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`);
}
/** The statement inside an attestation, checked against a file as pypi-attestations' `verify` does after the signature. */
function statementMismatch(payload, dist) {
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch (e) {
        return `invalid statement: ${e.message}`;
    }
    if (statement._type !== INTOTO_STATEMENT_TYPE)
        return `invalid statement: _type is not ${INTOTO_STATEMENT_TYPE}`;
    if (!Array.isArray(statement.subject) || statement.subject.length !== 1) {
        return 'too many subjects in statement (must be exactly one)';
    }
    const subject = statement.subject[0];
    if (!subject.name)
        return 'invalid subject: missing name';
    if (subject.name !== dist.filename) {
        return `subject does not match distribution name: ${subject.name} != ${dist.filename}`;
    }
    if (subject.digest?.sha256 !== dist.sha256)
        return 'subject does not match distribution digest';
    if (statement.predicateType !== PUBLISH_PREDICATE_TYPE &&
        statement.predicateType !== SLSA_PROVENANCE_PREDICATE_TYPE) {
        return `unknown attestation type: ${statement.predicateType}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/index/attest.ts
/**
 * Signs PEP 740 publish attestations with Sigstore, as pypa/gh-action-pypi-
 * publish does (its `attestations.py`: one OIDC token with audience
 * `sigstore`, `Attestation.sign` per distribution, written next to the file
 * as `<file>.publish.attestation`), with the Sigstore JavaScript libraries:
 * FulcioSigner (ephemeral key, short-lived certificate), RekorWitness (a
 * `dsse` entry in the transparency log) and DSSEBundleBuilder.
 */





/** Signs one distribution's publish statement and writes the attestation next to it. */
async function attestDistribution(dist, options) {
    const builder = new sign_dist/* DSSEBundleBuilder */.VV({
        signer: new sign_dist/* FulcioSigner */.$o({
            fulcioBaseURL: options.fulcioUrl,
            identityProvider: { getToken: () => Promise.resolve(options.identityToken) },
        }),
        witnesses: [new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, entryType: 'dsse' })],
    });
    let attestation;
    try {
        const bundle = await builder.create({
            data: publishStatement(dist.filename, dist.sha256),
            type: INTOTO_PAYLOAD_TYPE,
        });
        attestation = attestationFromBundle(bundle);
    }
    catch (e) {
        const err = e;
        const cause = err.cause?.message ? ` (${err.cause.message})` : '';
        throw new errors/* ActionError */.lZ(options.redact(`Signing the attestation for ${dist.filename} failed: ${err.code ? `${err.code}: ` : ''}${err.message}${cause}`), {
            title: 'Attestation signing failed',
            input: 'attestations',
            hint: 'Nothing was uploaded: a release without attestations was not wanted. Check the Fulcio and Rekor URLs ' +
                '(inputs sigstore-fulcio-url, sigstore-rekor-url) and re-run; or set `attestations: false` to publish unsigned.',
        });
    }
    const file = external_node_path_default().join(external_node_path_default().dirname(dist.path), `${dist.filename}.publish.attestation`);
    await (0,promises_.writeFile)(file, JSON.stringify(attestation));
    const entry = attestation.verification_material.transparency_entries[0];
    return {
        filename: dist.filename,
        attestation,
        path: file,
        sha256: dist.sha256,
        identity: signerIdentity(parseCertificate(attestation.verification_material.certificate))
            .subjectAlternativeName ?? '?',
        logIndex: String(entry.logIndex ?? '0'),
    };
}


/***/ })

};
