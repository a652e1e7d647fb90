/**
 * The pypi-publish flow as one function: read the distributions, verify
 * them, get a token (API token or Trusted Publishing), upload wheel first,
 * then wait until the simple index lists every file.
 */
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import type { SignedAttestation } from './attest.js';
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from './sigstore-instance.js';
import { findDistributions, type Distribution } from './distribution.js';
import type { HttpOptions } from '../toolkit/http.js';
import { IndexHttpClient } from './http.js';
import {
  missingIdTokenPermission,
  requestIdToken,
  trustedPublishingToken,
  type GitHubClaims,
  type OidcRequest,
} from './oidc.js';
import { waitForFiles, type WaitProgress } from './simple.js';
import { uploadDistribution, type UploadOutcome } from './upload.js';
import { projectPageUrl } from './urls.js';
import { verifyDistributions } from './verify.js';

export interface PublishOptions {
  packagesDir: string;
  uploadUrl: string;
  indexUrl: string;
  /** API token; when empty, Trusted Publishing through `oidc`. Masked by the caller as it read it. */
  password: string;
  /** The job's ID-token endpoint; its request token is masked by the caller as it read it. */
  oidc: OidcRequest | undefined;
  skipExisting: boolean;
  verifyMetadata: boolean;
  waitVisible: boolean;
  waitTimeoutSeconds: number;
  /** Masks each token made here (ID tokens, the minted token) the moment it is received. */
  mask: (secret: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  onWaitProgress?: (p: WaitProgress) => void;
  /**
   * Sign a PEP 740 publish attestation for each file and upload it with the
   * file (Trusted Publishing only: PyPI accepts attestations from a Trusted
   * Publisher alone).
   */
  attestations?: boolean;
  /** The Sigstore instance that signs (default: the public one). */
  sigstore?: { fulcioUrl: string; rekorUrl: string };
  http?: HttpOptions;
  /** Poll interval of the visibility wait (tests shorten it). */
  waitInitialDelayMs?: number;
}

export interface PublishResult {
  name: string;
  version: string;
  files: UploadOutcome[];
  /** Seconds from the end of the uploads until every file was listed; undefined when not waited. */
  visibleAfterSeconds: number | undefined;
  uploadSeconds: number;
  auth: 'trusted-publishing' | 'api-token';
  claims?: GitHubClaims;
  releaseUrl: string;
  /** One per file when attestations were signed. */
  attestations: SignedAttestation[];
  warnings: string[];
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const warnings: string[] = [];
  const warn = (m: string): void => {
    warnings.push(m);
    options.warn(m);
  };
  const http = new IndexHttpClient({
    unreachableHint:
      'The index or the network is failing; re-run the job later (uploads are idempotent: files already on the index are recognised).',
    onRetry: (r) =>
      options.info(
        `Retrying ${r.method} ${r.url} in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt} of ${r.attempts} failed: ${r.reason})`,
      ),
    ...options.http,
  });

  const dists = await findDistributions(options.packagesDir);
  options.info(`Found ${dists.map((d) => d.filename).join(', ')}`);

  if (options.verifyMetadata) {
    const { errors, warnings: w } = verifyDistributions(dists);
    for (const m of w) warn(m);
    throwIfAny(errors, `${errors.length} problems in the distributions; nothing was uploaded.`);
  }
  const first = dists[0] as Distribution;
  const name = first.name ?? first.parts.name;
  const version = first.version ?? first.parts.version;

  // Signed before anything is uploaded: a failure to sign uploads nothing.
  const attestations: SignedAttestation[] = [];
  if (options.attestations && options.password) {
    warn(
      'attestations: skipped, because PyPI accepts attestations only from a Trusted Publisher ' +
        "(warehouse: 'Attestations are only supported when using Trusted Publishing') and this upload uses an API token.",
    );
  } else if (options.attestations) {
    if (!options.oidc) {
      const e = missingIdTokenPermission();
      throw new ActionError(
        `attestations: true needs the job's OIDC token for a Sigstore signing certificate. ${e.message}`,
        { title: e.title, hint: e.hint, input: 'attestations' },
      );
    }
    const identityToken = await requestIdToken(options.oidc, 'sigstore', http);
    options.mask(identityToken);
    // The Sigstore libraries (half the bundle) load only for signing.
    const { attestDistribution } = await import('./attest.js');
    const sigstore = options.sigstore ?? {
      fulcioUrl: DEFAULT_FULCIO_URL,
      rekorUrl: DEFAULT_REKOR_URL,
    };
    for (const dist of dists) {
      const signed = await attestDistribution(dist, {
        ...sigstore,
        identityToken,
        redact: (text) => text.split(identityToken).join('***'),
      });
      options.info(
        `${dist.filename}: attestation signed by ${signed.identity}, transparency log index ${signed.logIndex}, written to ${signed.path}`,
      );
      attestations.push(signed);
    }
  }

  let token = options.password;
  let auth: PublishResult['auth'] = 'api-token';
  let claims: GitHubClaims | undefined;
  if (!token) {
    const minted = await trustedPublishingToken({
      indexUrl: options.indexUrl,
      request: options.oidc,
      mask: options.mask,
      warn,
      http,
    });
    token = minted.token;
    claims = minted.claims;
    auth = 'trusted-publishing';
    options.info(
      `Trusted Publishing: token minted for ${minted.claims.repository ?? '?'} (${minted.claims.job_workflow_ref ?? minted.claims.workflow_ref ?? '?'}, environment ${minted.claims.environment ?? 'none'})`,
    );
  }

  const started = Date.now();
  const files: UploadOutcome[] = [];
  for (const dist of dists) {
    const outcome = await uploadDistribution(dist, {
      uploadUrl: options.uploadUrl,
      indexUrl: options.indexUrl,
      token,
      skipExisting: options.skipExisting,
      http,
      log: options.info,
      attestations: attestations.find((a) => a.filename === dist.filename)?.attestation,
    });
    options.info(
      `${dist.filename}: ${outcome.status}${outcome.status === 'uploaded' ? ` in ${(outcome.durationMs / 1000).toFixed(1)} s` : ''}`,
    );
    files.push(outcome);
  }
  const uploadSeconds = (Date.now() - started) / 1000;

  let visibleAfterSeconds: number | undefined;
  if (options.waitVisible) {
    const waited = await waitForFiles({
      indexUrl: options.indexUrl,
      project: name,
      filenames: dists.map((d) => d.filename),
      timeoutSeconds: options.waitTimeoutSeconds,
      onProgress: options.onWaitProgress,
      http,
      initialDelayMs: options.waitInitialDelayMs,
    });
    visibleAfterSeconds = waited.waitedSeconds;
    for (const f of files) {
      const listed = waited.files.find((l) => l.filename === f.filename);
      if (listed) f.url = listed.url;
    }
  }

  return {
    name,
    version,
    files,
    visibleAfterSeconds,
    uploadSeconds,
    auth,
    claims,
    releaseUrl: projectPageUrl(options.indexUrl, name, version),
    attestations,
    warnings,
  };
}
