export const id = 209;
export const ids = [209];
export const modules = {

/***/ 7209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyProvenance: () => (/* binding */ verifyProvenance)
});

// EXTERNAL MODULE: ./packages/toolkit/summary.ts
var summary = __webpack_require__(5143);
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
    const json = bundleToJSON(bundle);
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
    return (0,dist/* bundleFromJSON */.vw)({
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

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./packages/index/attestation-verify.ts
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



/** A verifier for one Sigstore instance, from its trusted root (protobuf JSON). */
function attestationVerifier(trustedRootJson, issuer) {
    return verifierForRoot(TrustedRoot.fromJSON(trustedRootJson), issuer);
}
/** The same, from a parsed trusted root (what @sigstore/tuf's getTrustedRoot gives). */
function verifierForRoot(root, issuer) {
    const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(root), {
        tlogThreshold: 1,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    });
    return {
        verify(attestation, dist, publisher) {
            const fail = (msg) => {
                throw new AttestationError(`Verification failed: ${msg}`);
            };
            let bundle;
            try {
                bundle = bundleFromAttestation(attestation);
            }
            catch (e) {
                throw new AttestationError(e instanceof AttestationError
                    ? `Verification failed: ${e.message}`
                    : `invalid attestation: ${e.message}`);
            }
            try {
                verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
            }
            catch (e) {
                // The chain error's cause says what was wrong with the chain (an expired certificate).
                const err = e;
                const cause = err.cause?.message ? ` (${err.cause.message})` : '';
                fail(`${err.code ? `${err.code}: ` : ''}${err.message}${cause}`);
            }
            const identity = signerIdentity(parseCertificate(attestation.verification_material.certificate));
            const mismatch = trustedPublisherMismatch(identity, publisher, issuer);
            if (mismatch)
                fail(mismatch);
            const payload = Buffer.from(attestation.envelope.statement, 'base64');
            const problem = statementMismatch(payload, dist);
            if (problem)
                fail(problem);
            const statement = JSON.parse(payload.toString('utf8'));
            const entry = attestation.verification_material.transparency_entries[0];
            return {
                predicateType: statement.predicateType,
                identity,
                logIndex: String(entry.logIndex ?? '0'),
                integratedTime: entry.integratedTime === undefined
                    ? undefined
                    : new Date(Number(entry.integratedTime) * 1000),
            };
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __webpack_require__(9996);
// EXTERNAL MODULE: ./packages/toolkit/http.ts
var toolkit_http = __webpack_require__(8115);
// EXTERNAL MODULE: ./packages/index/http.ts
var index_http = __webpack_require__(5885);
// EXTERNAL MODULE: ./packages/toolkit/slashes.ts
var slashes = __webpack_require__(5062);
;// CONCATENATED MODULE: ./packages/index/provenance.ts
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








function provenanceUrlOf(o, f) {
    if (f.provenance)
        return f.provenance;
    // warehouse's `integrity.provenance` route, when the index page gives no link.
    const project = o.project.toLowerCase().replace(/[-_.]+/g, '-');
    return `${(0,slashes/* trimSlash */.Y)(o.indexUrl)}/integrity/${project}/${encodeURIComponent(o.version)}/${encodeURIComponent(f.filename)}/provenance`;
}
function refusal(filename, message, url, hint, details = []) {
    return new errors/* ActionError */.lZ(`${filename}: ${message}`, {
        title: 'Provenance not verified',
        url,
        input: 'verify-provenance',
        hint,
        details,
    });
}
/** Downloads, fetches provenance for, and verifies one file. */
async function verifyFile(o, f) {
    const http = o.http ?? new index_http/* IndexHttpClient */.kF();
    const res = await http.request({ url: f.url, purpose: `the download of ${f.filename}` });
    if (res.status !== 200) {
        throw refusal(f.filename, `the download answered HTTP ${res.status}.`, f.url, 'Re-run once the index serves the file.');
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (f.sha256 && f.sha256 !== sha256) {
        throw refusal(f.filename, `the downloaded file's sha256 is ${sha256}, but the index lists ${f.sha256}.`, f.url, 'The bytes changed between the listing and the download (a proxy or mirror serving another file). Nothing was built.');
    }
    const url = provenanceUrlOf(o, f);
    const pres = await http.request({
        url,
        headers: { Accept: 'application/vnd.pypi.integrity.v1+json' },
        purpose: `the provenance of ${f.filename}`,
    });
    const text = await pres.text();
    if (pres.status === 404) {
        throw refusal(f.filename, `the index serves no provenance for this file (HTTP 404${(0,toolkit_http/* summariseBody */.n8)(text)}): it was uploaded without attestations.`, url, `Publish from ${o.expected.repository}'s ${o.expected.workflow} with pypi-publish (attestations: true, the default), or set verify-provenance: false to build from unsigned files.`);
    }
    if (pres.status !== 200) {
        throw refusal(f.filename, `the provenance request answered HTTP ${pres.status}${(0,toolkit_http/* summariseBody */.n8)(text)}.`, url, 'Re-run; if it persists, the index cannot serve provenance.');
    }
    let provenance;
    try {
        provenance = JSON.parse(text);
    }
    catch {
        throw refusal(f.filename, 'the provenance is not JSON.', url, 'The index answered something other than a PEP 740 provenance object.');
    }
    const bundles = Array.isArray(provenance.attestation_bundles)
        ? provenance.attestation_bundles
        : [];
    const publishers = bundles.map((b) => `${b.publisher?.repository ?? '?'} (${b.publisher?.workflow ?? '?'})`);
    const bundle = bundles.find((b) => b.publisher?.kind === 'GitHub' &&
        (b.publisher.repository ?? '').toLowerCase() === o.expected.repository.toLowerCase() &&
        b.publisher.workflow === o.expected.workflow);
    if (!bundle) {
        throw refusal(f.filename, `signed by ${publishers.join(', ') || 'no publisher'}, not by ${o.expected.repository} (${o.expected.workflow}).`, url, 'Another workflow published this file. If the release workflow moved, set expected-repository and expected-workflow to it.', [
            `expected: ${o.expected.repository} (${o.expected.workflow})`,
            `provenance names: ${publishers.join(', ') || 'none'}`,
        ]);
    }
    if (bundle.attestations.length === 0) {
        throw refusal(f.filename, 'the provenance holds no attestation.', url, 'The index served an empty attestation bundle.');
    }
    let verified;
    try {
        // Every attestation must verify; the publish attestation's signer is reported.
        for (const a of bundle.attestations) {
            const result = o.verifier.verify(a, { filename: f.filename, sha256 }, o.expected);
            if (!verified || result.predicateType === PUBLISH_PREDICATE_TYPE)
                verified = result;
        }
    }
    catch (e) {
        throw refusal(f.filename, e.message, url, 'The file, its attestation or its signer is not what the release workflow published. Nothing was built.', [
            `downloaded sha256: ${sha256}`,
            `expected signer: ${o.expected.repository} (${o.expected.workflow})`,
        ]);
    }
    if (!verified)
        throw refusal(f.filename, 'no attestation verified.', url, 'Nothing was built.');
    await (0,promises_.mkdir)(o.downloadDir, { recursive: true });
    const target = external_node_path_default().join(o.downloadDir, f.filename);
    await (0,promises_.writeFile)(target, bytes);
    o.log?.(`${f.filename}: sha256 ${sha256} verified, signed by ${verified.identity.subjectAlternativeName ?? '?'} (log index ${verified.logIndex}); saved to ${target}`);
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
async function verifyRelease(o) {
    const out = [];
    for (const f of o.files)
        out.push(await verifyFile(o, f));
    return out;
}

;// CONCATENATED MODULE: ./packages/index/trusted-root.ts
/**
 * The Sigstore trusted root a verifier trusts: a file or URL holding a
 * `trusted_root.json` (protobuf JSON, as Sigstore's TUF repository
 * distributes it and as a private instance publishes it), or, when none is
 * given, the public instance's, fetched and checked through Sigstore's TUF
 * repository by @sigstore/tuf (the way sigstore-js and npm get it).
 */




async function loadTrustedRoot(source, options) {
    const { TrustedRoot: Root } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23));
    const parse = (text, where) => {
        try {
            return Root.fromJSON(JSON.parse(text));
        }
        catch (e) {
            throw new errors/* ActionError */.lZ(`The trusted root at ${where} is not a Sigstore trusted root: ${e.message}`, {
                title: 'Bad trusted root',
                input: options.input,
            });
        }
    };
    if (!source) {
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
        try {
            return await getTrustedRoot({ cachePath: external_node_path_default().join(options.cacheDir, 'sigstore-tuf') });
        }
        catch (e) {
            throw new errors/* ActionError */.lZ(`Could not get the public Sigstore trusted root through its TUF repository: ${e.message}`, {
                title: 'No trusted root',
                input: options.input,
                hint: 'Re-run; or pass a trusted_root.json (path or URL) as this input.',
            });
        }
    }
    if (/^https?:\/\//i.test(source)) {
        const http = options.http ?? new index_http/* IndexHttpClient */.kF();
        const res = await http.request({ url: source, purpose: 'the Sigstore trusted root' });
        const text = await res.text();
        if (res.status !== 200) {
            throw new errors/* ActionError */.lZ(`The trusted root at ${source} answered HTTP ${res.status}.`, {
                title: 'No trusted root',
                input: options.input,
                url: source,
            });
        }
        return parse(text, source);
    }
    let text;
    try {
        text = await (0,promises_.readFile)(source, 'utf8');
    }
    catch (e) {
        throw new errors/* ActionError */.lZ(`Cannot read the trusted root ${source}: ${e.message}`, {
            title: 'No trusted root',
            input: options.input,
        });
    }
    return parse(text, source);
}

;// CONCATENATED MODULE: ./packages/index/wait-for-pypi-provenance.ts





/** Verifies every file, sets the verified-* outputs, writes its summary chunk and returns it. */
async function verifyProvenance(o, inputs, io, out) {
    const { expected } = inputs;
    const issuer = inputs.issuer || GITHUB_ISSUER;
    const root = await loadTrustedRoot(inputs.trustedRoot, {
        cacheDir: inputs.cacheDir,
        input: 'trusted-root',
    });
    io.info(`Verifying the provenance of ${o.files.length} file(s): expected signer ${expected.repository} (${expected.workflow}), issuer ${issuer}`);
    const verified = await verifyRelease({
        ...o,
        expected,
        verifier: verifierForRoot(root, issuer),
        downloadDir: inputs.downloadDir,
        log: (m) => io.info(m),
    });
    // The file an image installs: the wheel when there is one.
    const chosen = verified.find((f) => f.filename.endsWith('.whl')) ?? verified[0];
    out.set('verified-files', verified.map((f) => ({
        filename: f.filename,
        path: f.path,
        sha256: f.sha256,
        identity: f.identity,
    })));
    out.set('verified-file', chosen?.path ?? '');
    out.set('verified-filename', chosen?.filename ?? '');
    out.set('verified-sha256', chosen?.sha256 ?? '');
    const text = (0,summary/* heading */.R_)('🔏 Provenance verified (PEP 740)', 4) +
        (0,summary/* markdownTable */.Qj)(['File', 'sha256', 'Signed by', 'Log index'], verified.map((f) => [f.filename, (0,summary/* code */.aY)(f.sha256), f.identity, f.logIndex])) +
        `\nInstall by hash: ${(0,summary/* code */.aY)(`${o.project}==${o.version} --hash=sha256:${chosen?.sha256 ?? ''}`)}\n`;
    await io.summary(text);
    return text;
}


/***/ })

};
