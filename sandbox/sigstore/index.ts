/**
 * A loopback Sigstore instance: the counterparts of Fulcio (a CA) and Rekor
 * (a transparency log), and the trusted root that describes them, so
 * @sigstore/sign signs against it and @sigstore/verify verifies its bundles
 * exactly as it verifies the public instance's.
 *
 * Fulcio (`POST /api/v2/signingCert`, sigstore/fulcio's v2 API): verifies
 * the OIDC token with the issuer's JWKS (signature, issuer, audience
 * `sigstore`, expiry), checks the proof of possession (the token's `sub`
 * signed with the submitted key), then issues a 10-minute certificate whose
 * SAN is `https://github.com/<job_workflow_ref>` and whose extensions carry
 * the GitHub claims under Fulcio's OIDs (sigstore/fulcio docs/oid-info.md),
 * logged in a CT log (SCT embedded). The X.509 and CT work is
 * @sigstore/mock's CA (`initializeCA`, `initializeCTLog`): only the CA's
 * arithmetic, never its request handling, which trusts any token.
 *
 * Rekor (`POST /api/v1/log/entries`, `GET /api/v1/log/entries/<uuid>`): takes
 * `dsse` v0.0.1 proposals only, verifies the envelope's signature with the
 * certificate's key as Rekor's `verifyEnvelope` does, stores the canonical
 * body Rekor stores (envelopeHash, payloadHash, signatures), appends it to an
 * RFC 6962 tree and answers with the signed entry timestamp and an inclusion
 * proof against a signed checkpoint of the tree as it now is.
 */
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  sign as cryptoSign,
  verify as cryptoVerify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { initializeCA, initializeCTLog } from '@sigstore/mock';
import { listenLoopback, readBody, sendJson } from '../pypi/http.js';
import { inclusionPath, leafHash, rootHash } from './merkle.js';

/** Fulcio's OIDs for the GitHub claims (sigstore/fulcio docs/oid-info.md; the same table as @sigstore/mock). */
export const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  workflowTrigger: '1.3.6.1.4.1.57264.1.2',
  workflowSha: '1.3.6.1.4.1.57264.1.3',
  workflowName: '1.3.6.1.4.1.57264.1.4',
  workflowRepository: '1.3.6.1.4.1.57264.1.5',
  workflowRef: '1.3.6.1.4.1.57264.1.6',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
} as const;

export interface SigstoreSandbox {
  fulcioUrl: string;
  rekorUrl: string;
  /** The trusted root (protobuf JSON, `application/vnd.dev.sigstore.trustedroot+json;version=0.1`). */
  trustedRoot: Record<string, unknown>;
  /** Every certificate issued (DER). */
  certificates: Buffer[];
  /** Every log entry's canonical body, by log index. */
  entries: Buffer[];
  /** Every refused request, with Fulcio's or Rekor's message. */
  refusals: Array<{ service: 'fulcio' | 'rekor'; status: number; message: string }>;
  /** Log entries get this much added to their integrated time (a log reached late). */
  setRekorDelay(ms: number): void;
  close(): Promise<void>;
}

/** RFC 8785 (JCS) for what Rekor canonicalises: objects, arrays, strings, integers. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function pem(der: Buffer, label = 'CERTIFICATE'): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.trim()}\n-----END ${label}-----\n`;
}

/** DSSE's pre-authentication encoding (secure-systems-lab/dsse protocol.md). */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    payload,
  ]);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function githubExtensions(
  claims: JWTPayload,
): Array<{ oid: string; value: string; legacy?: boolean }> {
  const c = (k: string): string | undefined =>
    typeof claims[k] === 'string' ? (claims[k] as string) : undefined;
  const gh = (v: string | undefined) => (v === undefined ? undefined : `https://github.com/${v}`);
  const ext: Array<{ oid: string; value: string | undefined; legacy?: boolean }> = [
    { oid: FULCIO_OID.issuerV1, value: c('iss'), legacy: true },
    { oid: FULCIO_OID.workflowTrigger, value: c('event_name'), legacy: true },
    { oid: FULCIO_OID.workflowSha, value: c('sha'), legacy: true },
    { oid: FULCIO_OID.workflowName, value: c('workflow'), legacy: true },
    { oid: FULCIO_OID.workflowRepository, value: c('repository'), legacy: true },
    { oid: FULCIO_OID.workflowRef, value: c('ref'), legacy: true },
    { oid: FULCIO_OID.issuer, value: c('iss') },
    { oid: FULCIO_OID.buildSignerUri, value: gh(c('job_workflow_ref')) },
    { oid: FULCIO_OID.buildSignerDigest, value: c('job_workflow_sha') },
    { oid: FULCIO_OID.runnerEnvironment, value: c('runner_environment') },
    { oid: FULCIO_OID.sourceRepositoryUri, value: gh(c('repository')) },
    { oid: FULCIO_OID.sourceRepositoryDigest, value: c('sha') },
    { oid: FULCIO_OID.sourceRepositoryRef, value: c('ref') },
    { oid: FULCIO_OID.sourceRepositoryIdentifier, value: c('repository_id') },
    { oid: FULCIO_OID.sourceRepositoryOwnerUri, value: gh(c('repository_owner')) },
    { oid: FULCIO_OID.sourceRepositoryOwnerIdentifier, value: c('repository_owner_id') },
    { oid: FULCIO_OID.buildConfigUri, value: gh(c('workflow_ref')) },
    { oid: FULCIO_OID.buildConfigDigest, value: c('workflow_sha') },
    { oid: FULCIO_OID.buildTrigger, value: c('event_name') },
    {
      oid: FULCIO_OID.runInvocationUri,
      value:
        c('repository') && claims.run_id !== undefined && claims.run_attempt !== undefined
          ? `https://github.com/${c('repository')}/actions/runs/${String(claims.run_id)}/attempts/${String(claims.run_attempt)}`
          : undefined,
    },
    { oid: FULCIO_OID.sourceRepositoryVisibility, value: c('repository_visibility') },
  ];
  return ext.filter((e): e is { oid: string; value: string; legacy?: boolean } => !!e.value);
}

export async function startSigstore(options: {
  /** The OIDC issuer Fulcio trusts (the sandbox's GitHub issuer). */
  issuer: string;
  jwksUrl: string;
}): Promise<SigstoreSandbox> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
  const ecKeys = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctKeys = ecKeys();
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(ecKeys(), ctLog);
  const rekorKeys = ecKeys();
  const rekorSpki = rekorKeys.publicKey.export({ format: 'der', type: 'spki' });
  const rekorLogId = createHash('sha256').update(rekorSpki).digest();
  const treeId = 1_000_000 + Math.floor(Math.random() * 1_000_000);

  const certificates: Buffer[] = [];
  const entries: Buffer[] = [];
  const leaves: Buffer[] = [];
  const byUuid = new Map<string, Record<string, unknown>>();
  const refusals: SigstoreSandbox['refusals'] = [];
  let rekorDelayMs = 0;
  let fulcioUrl = '';
  let rekorUrl = '';

  const signingCert = async (body: string): Promise<unknown> => {
    let request: {
      credentials?: { oidcIdentityToken?: string };
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string };
    };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      throw new HttpError(400, 'error parsing request body');
    }
    const token = request.credentials?.oidcIdentityToken;
    const keyPem = request.publicKeyRequest?.publicKey?.content;
    const proof = request.publicKeyRequest?.proofOfPossession;
    if (!token || !keyPem || !proof)
      throw new HttpError(400, 'invalid signing certificate request');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: 'sigstore',
        algorithms: ['RS256'],
      }));
    } catch (e) {
      // Fulcio answers 401 for a token it cannot verify.
      throw new HttpError(
        401,
        `There was an error processing the identity token: ${(e as Error).message}`,
      );
    }
    let key: KeyObject;
    try {
      key = createPublicKey(keyPem);
    } catch {
      throw new HttpError(400, 'The public key supplied in the request could not be parsed');
    }
    if (
      !cryptoVerify(
        'sha256',
        Buffer.from(String(claims.sub ?? ''), 'utf8'),
        key,
        Buffer.from(proof, 'base64'),
      )
    ) {
      throw new HttpError(400, 'The signature supplied in the request could not be verified');
    }
    const jobWorkflowRef =
      typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : '';
    if (!jobWorkflowRef) throw new HttpError(400, 'The identity token carries no job_workflow_ref');
    const issued = await ca.issueCertificate({
      publicKey: new Uint8Array(key.export({ format: 'der', type: 'spki' })),
      subjectAltName: `https://github.com/${jobWorkflowRef}`,
      extensions: githubExtensions(claims),
    });
    const der = Buffer.from(issued as Uint8Array);
    certificates.push(der);
    return {
      signedCertificateEmbeddedSct: {
        chain: { certificates: [pem(der), pem(Buffer.from(ca.rootCertificate as Uint8Array))] },
      },
    };
  };

  const entryResponse = (uuid: string, stored: Record<string, unknown>) => ({ [uuid]: stored });

  const createEntry = (body: string): { uuid: string; stored: Record<string, unknown> } => {
    let proposed: {
      apiVersion?: string;
      kind?: string;
      spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
    };
    try {
      proposed = JSON.parse(body) as typeof proposed;
    } catch {
      throw new HttpError(400, 'error parsing request body');
    }
    if (proposed.kind !== 'dsse' || proposed.apiVersion !== '0.0.1') {
      throw new HttpError(
        400,
        `unsupported entry kind in this log: ${proposed.kind} ${proposed.apiVersion}`,
      );
    }
    const envelopeText = proposed.spec?.proposedContent?.envelope;
    const verifiers = proposed.spec?.proposedContent?.verifiers ?? [];
    if (!envelopeText || verifiers.length === 0) {
      throw new HttpError(
        400,
        'either proposedContent or envelopeHash, payloadHash, and signatures must be present',
      );
    }
    const envelope = JSON.parse(envelopeText) as {
      payload: string;
      payloadType: string;
      signatures: Array<{ sig: string }>;
    };
    const payload = Buffer.from(envelope.payload, 'base64');
    const signed = pae(envelope.payloadType, payload);
    const signatures: Array<{ signature: string; verifier: string }> = [];
    for (const s of envelope.signatures) {
      const verifier = verifiers.find((v) => {
        const certPem = Buffer.from(v, 'base64').toString('utf8');
        const publicKey = new X509Certificate(certPem).publicKey;
        return cryptoVerify('sha256', signed, publicKey, Buffer.from(s.sig, 'base64'));
      });
      if (!verifier)
        throw new HttpError(
          400,
          'could not verify envelope: all signatures must have a key that verifies it',
        );
      signatures.push({ signature: s.sig, verifier });
    }
    signatures.sort((a, b) => (a.signature < b.signature ? -1 : 1));
    const canonical = Buffer.from(
      canonicalJson({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: {
            algorithm: 'sha256',
            value: createHash('sha256').update(envelopeText).digest('hex'),
          },
          payloadHash: {
            algorithm: 'sha256',
            value: createHash('sha256').update(payload).digest('hex'),
          },
          signatures,
        },
      }),
      'utf8',
    );
    const logIndex = entries.length;
    entries.push(canonical);
    leaves.push(leafHash(canonical));
    const integratedTime = Math.floor((Date.now() + rekorDelayMs) / 1000);
    const bodyB64 = canonical.toString('base64');
    // Rekor's SET: the log key's signature over the canonical entry summary.
    const set = cryptoSign(
      'sha256',
      Buffer.from(
        canonicalJson({
          body: bodyB64,
          integratedTime,
          logID: rekorLogId.toString('hex'),
          logIndex,
        }),
        'utf8',
      ),
      rekorKeys.privateKey,
    );
    const treeSize = leaves.length;
    const root = rootHash(leaves);
    const host = new URL(rekorUrl).host;
    const note = `${host} - ${treeId}\n${treeSize}\n${root.toString('base64')}\n`;
    const noteSig = cryptoSign('sha256', Buffer.from(note, 'utf8'), rekorKeys.privateKey);
    const checkpoint = `${note}\n\u2014 ${host} ${Buffer.concat([rekorLogId.subarray(0, 4), noteSig]).toString('base64')}\n`;
    const uuid = leafHash(canonical).toString('hex');
    const stored = {
      body: bodyB64,
      integratedTime,
      logID: rekorLogId.toString('hex'),
      logIndex,
      verification: {
        inclusionProof: {
          logIndex,
          treeSize,
          rootHash: root.toString('hex'),
          hashes: inclusionPath(logIndex, leaves).map((h) => h.toString('hex')),
          checkpoint,
        },
        signedEntryTimestamp: set.toString('base64'),
      },
    };
    byUuid.set(uuid, stored);
    return { uuid, stored };
  };

  const fulcio = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', fulcioUrl);
    try {
      if (req.method === 'POST' && url.pathname === '/api/v2/signingCert') {
        return sendJson(res, 201, await signingCert(await readBody(req)));
      }
      if (req.method === 'GET' && url.pathname === '/api/v2/trustBundle') {
        return sendJson(res, 200, {
          chains: [{ certificates: [pem(Buffer.from(ca.rootCertificate as Uint8Array))] }],
        });
      }
      throw new HttpError(404, 'Not Found');
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      refusals.push({ service: 'fulcio', status, message: (e as Error).message });
      sendJson(res, status, { code: status, message: (e as Error).message });
    }
  });
  fulcioUrl = fulcio.url;

  const rekor = await listenLoopback(async (req, res) => {
    const url = new URL(req.url ?? '/', rekorUrl);
    try {
      if (req.method === 'POST' && url.pathname === '/api/v1/log/entries') {
        const { uuid, stored } = createEntry(await readBody(req));
        return sendJson(res, 201, entryResponse(uuid, stored));
      }
      const m = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const stored = byUuid.get(m[1] as string);
        if (!stored) throw new HttpError(404, 'Entry not found');
        return sendJson(res, 200, entryResponse(m[1] as string, stored));
      }
      throw new HttpError(404, 'Not Found');
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      refusals.push({ service: 'rekor', status, message: (e as Error).message });
      sendJson(res, status, { code: status, message: (e as Error).message });
    }
  });
  rekorUrl = rekor.url;

  const start = new Date(Date.now() - 60_000).toISOString();
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekorUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: rekorSpki.toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: rekorLogId.toString('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcioUrl,
        certChain: {
          certificates: [
            { rawBytes: Buffer.from(ca.rootCertificate as Uint8Array).toString('base64') },
          ],
        },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: `${fulcioUrl}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
          rawBytes: Buffer.from(ctLog.publicKey).toString('base64'),
          keyDetails: 'PKIX_ECDSA_P256_SHA_256',
          validFor: { start },
        },
        logId: { keyId: Buffer.from(ctLog.logID as Uint8Array).toString('base64') },
      },
    ],
    timestampAuthorities: [],
  };

  return {
    fulcioUrl,
    rekorUrl,
    trustedRoot,
    certificates,
    entries,
    refusals,
    setRekorDelay: (ms) => {
      rekorDelayMs = ms;
    },
    close: async () => {
      await fulcio.close();
      await rekor.close();
    },
  };
}
