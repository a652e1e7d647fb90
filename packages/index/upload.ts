/**
 * The legacy upload API (`POST https://upload.pypi.org/legacy/`), sending the
 * same form twine 4/5 sends, with retries and idempotent re-runs.
 *
 * Re-runs: before sending a file, the JSON API says whether the release
 * already holds it. Same sha256 → `already-published` (nothing sent);
 * different content → an error (a version can never be re-uploaded). The
 * same check runs when the index answers "File already exists", which is what
 * a retried upload sees when the first attempt got through but its answer was
 * lost (a reset or a timeout): that is why retrying a POST is safe here.
 */
import { randomBytes } from 'node:crypto';
import { ActionError } from '../toolkit/errors.js';
import type { Attestation } from './attestation.js';
import type { Distribution } from './distribution.js';
import { summariseBody, type HttpClient } from '../toolkit/http.js';
import { IndexHttpClient } from './http.js';
import { metadataFormFields, safeName } from './metadata.js';
import { fetchRelease } from './release.js';
import { listFiles } from './simple.js';
import { projectPageUrl } from './urls.js';

export type UploadStatus = 'uploaded' | 'already-published' | 'skipped';

export interface UploadOutcome {
  filename: string;
  size: number;
  sha256: string;
  status: UploadStatus;
  /** Where the file is (or will be) on the index. */
  url: string;
  /** Milliseconds the upload took (0 when nothing was sent). */
  durationMs: number;
  attempts: number;
}

export interface UploadOptions {
  uploadUrl: string;
  indexUrl: string;
  /** API token; sent as Basic `__token__:<token>`. */
  token: string;
  skipExisting?: boolean;
  http?: HttpClient;
  /** Told when a file is found on the index already. */
  log?: (message: string) => void;
  /** How long to wait for the index to list a file it says exists (ms). */
  lookupPatienceMs?: number;
  /** The file's PEP 740 attestation, sent in the `attestations` form field as a JSON list (as twine does). */
  attestations?: Attestation;
}

/**
 * The form fields for one file, in the order they are sent, `content`
 * excluded. Names and values follow twine 4 (test/actions/pypi-publish.test.ts
 * uploads the same files both ways and compares what the index received):
 * the name is twine's `safe_name`, multi-use metadata fields repeat. Where
 * this deliberately differs from twine 4.0.2:
 * - no `md5_digest`: MD5 is broken and warehouse needs one digest; we send
 *   sha256 and blake2b-256;
 * - `provides_extra`, not twine's `provides_extras`: the plural is not a name
 *   warehouse's form maps to metadata, so twine's value is silently dropped;
 * - `pyversion=source` for sdists, where twine sends none: the value warehouse
 *   fills in, and what the field notes document;
 * - fields without a value are left out, where twine sends them as empty
 *   parts (author, comment, home_page …), which warehouse reads as absent.
 */
export function uploadFields(dist: Distribution): [string, string][] {
  const fields: [string, string][] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', dist.metadataVersion ?? ''],
    ['name', safeName(dist.name ?? dist.parts.name)],
    ['version', dist.version ?? dist.parts.version],
    ['filetype', dist.filetype],
    ['pyversion', dist.pyversion],
    ...metadataFormFields(dist.metadata),
    ['sha256_digest', dist.sha256],
    ['blake2_256_digest', dist.blake2_256],
  ];
  return fields;
}

function escapeQuoted(s: string): string {
  // As browsers and requests-toolbelt do: quotes and newlines percent-encoded.
  return s.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * multipart/form-data by hand, not FormData: fetch's FormData serialiser
 * rewrites every newline in a string field to CRLF (the WHATWG rule for HTML
 * forms), which would alter the description. twine sends values byte for
 * byte, and so does this.
 */
export function encodeMultipart(
  fields: [string, string][],
  file: { field: string; filename: string; bytes: Uint8Array },
  boundary = `----runtime-actions-${randomBytes(16).toString('hex')}`,
): { body: Uint8Array; contentType: string } {
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"\r\n\r\n`,
        'utf8',
      ),
      Buffer.from(value, 'utf8'),
      Buffer.from('\r\n', 'utf8'),
    );
  }
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(file.field)}"; filename="${escapeQuoted(file.filename)}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
      'utf8',
    ),
    Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  );
  return {
    body: new Uint8Array(Buffer.concat(chunks)),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

interface ReleaseFile {
  filename: string;
  sha256?: string;
  url?: string;
}

/**
 * The files the index holds for `name` `version`: the JSON API first, the
 * simple index when the JSON API does not know the release (it is cached
 * separately and can lag). Empty when neither lists it.
 */
export async function releaseFiles(
  indexUrl: string,
  name: string,
  version: string,
  http: HttpClient,
): Promise<ReleaseFile[]> {
  const release = await fetchRelease(
    http,
    indexUrl,
    name,
    version,
    `the release lookup for ${name} ${version}`,
  );
  if (release.files) {
    return release.files.map((f) => ({
      filename: String(f.filename),
      sha256: f.sha256,
      url: f.url,
    }));
  }
  if (release.status !== 404 && release.status !== 200) {
    throw new ActionError(
      `The index's JSON API answered HTTP ${release.status} for ${name} ${version}.`,
      {
        title: 'Release lookup failed',
        status: release.status,
        url: release.url,
      },
    );
  }
  const listing = await listFiles(indexUrl, name, http);
  return listing.files
    .filter((f) => f.version === version)
    .map((f) => ({ filename: f.filename, sha256: f.sha256, url: f.url }));
}

function existingOutcome(
  dist: Distribution,
  found: ReleaseFile,
  skipExisting: boolean,
  indexUrl: string,
): UploadOutcome {
  const url =
    found.url ??
    projectPageUrl(indexUrl, dist.name ?? dist.parts.name, dist.version ?? dist.parts.version);
  const base = {
    filename: dist.filename,
    size: dist.size,
    sha256: dist.sha256,
    url,
    durationMs: 0,
    attempts: 0,
  };
  if (skipExisting) return { ...base, status: 'skipped' };
  if (found.sha256 === undefined) {
    throw new ActionError(
      `${dist.filename} already exists on the index, which gives no sha256 to compare it with.`,
      {
        title: 'File already exists',
        url,
        hint: 'Set `skip-existing: true` if you know it is the same file; otherwise publish a new version.',
      },
    );
  }
  if (found.sha256 !== dist.sha256) {
    throw new ActionError(
      `${dist.filename} already exists on the index with different content (index sha256 ${found.sha256}, local ${dist.sha256}). A version, once uploaded, can never be replaced.`,
      {
        title: 'Version already published',
        url,
        hint: 'Bump the version and publish again (or, for a re-run that rebuilt the same version, download the original files instead of rebuilding).',
      },
    );
  }
  return { ...base, status: 'already-published' };
}

/** Standard reason phrases, which say nothing beyond the status. */
const GENERIC_REASONS = new Set([
  'bad request',
  'forbidden',
  'unauthorized',
  'not found',
  'conflict',
  'gone',
  'payload too large',
  '',
]);

/**
 * What the index said: warehouse puts its message in the HTTP reason phrase
 * (`400 File already exists…`, what twine prints) and a generic HTML page in
 * the body; other indexes put it in the body.
 */
export function indexMessage(statusText: string, body: string): string {
  const reason = statusText.trim();
  if (!GENERIC_REASONS.has(reason.toLowerCase())) return reason;
  return summariseBody(body).slice(2);
}

function refusal(dist: Distribution, status: number, said: string, url: string): ActionError {
  if (status === 403 || status === 401) {
    return new ActionError(
      `The index refused the credentials for ${dist.filename} (HTTP ${status}${said ? `: ${said}` : ''}).`,
      {
        title: 'Upload refused',
        status,
        url,
        hint:
          'A Trusted Publishing token is scoped to the project its publisher is registered for; an API token needs upload rights ' +
          `on '${dist.name}'. Check the project name and the publisher or token on the index.`,
      },
    );
  }
  if (/only one sdist/i.test(said)) {
    return new ActionError(
      `The release already has another sdist; the index allows one per release (HTTP ${status}: ${said}).`,
      {
        title: 'Upload refused',
        status,
        url,
        hint: 'Bump the version; an sdist under another file name was uploaded for this version before.',
      },
    );
  }
  return new ActionError(
    `The index refused ${dist.filename} (HTTP ${status}${said ? `: ${said}` : ''}).`,
    {
      title: 'Upload refused',
      status,
      url,
      hint: 'Run with verify-metadata enabled and fix what the index names; a refused file was not stored.',
    },
  );
}

/**
 * Looks for `filename` in the release, polling for up to `lookupPatienceMs`
 * (default 60 s; 1 s doubling to 8 s) while the index's read side catches up.
 */
async function findWithPatience(
  options: UploadOptions,
  name: string,
  version: string,
  filename: string,
  http: HttpClient,
): Promise<ReleaseFile | undefined> {
  const patience = options.lookupPatienceMs ?? 60_000;
  const deadline = Date.now() + patience;
  for (let delay = 1000; ; delay = Math.min(8000, delay * 2)) {
    const found = (await releaseFiles(options.indexUrl, name, version, http)).find(
      (f) => f.filename === filename,
    );
    if (found || Date.now() + delay > deadline) return found;
    options.log?.(
      `The index says ${filename} exists but does not list it yet; looking again in ${delay / 1000} s.`,
    );
    await http.options.sleep(delay);
  }
}

/**
 * Uploads one distribution, or recognises it on the index. Throws an
 * ActionError for refusals and for content that conflicts with the index.
 */
export async function uploadDistribution(
  dist: Distribution,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const http = options.http ?? new IndexHttpClient();
  const name = dist.name ?? dist.parts.name;
  const version = dist.version ?? dist.parts.version;

  const before = (await releaseFiles(options.indexUrl, name, version, http)).find(
    (f) => f.filename === dist.filename,
  );
  if (before) {
    options.log?.(
      `${dist.filename} is already on the index; comparing sha256 instead of uploading.`,
    );
    return existingOutcome(dist, before, options.skipExisting ?? false, options.indexUrl);
  }

  const fields = uploadFields(dist);
  if (options.attestations) fields.push(['attestations', JSON.stringify([options.attestations])]);
  const { body, contentType } = encodeMultipart(fields, {
    field: 'content',
    filename: dist.filename,
    bytes: dist.bytes,
  });
  const started = Date.now();
  const stats = { attempts: 0 };
  const res = await http.request({
    url: options.uploadUrl,
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      Authorization: `Basic ${Buffer.from(`__token__:${options.token}`).toString('base64')}`,
    },
    body,
    // At least the client default, plus time to send the file at a slow 256 KiB/s.
    timeoutMs: Math.max(
      http.options.timeoutMs,
      http.options.timeoutMs + (dist.size / (256 * 1024)) * 1000,
    ),
    purpose: `the upload of ${dist.filename}`,
    stats,
  });
  const attempts = stats.attempts;
  const text = await res.text();
  const durationMs = Date.now() - started;
  const page = projectPageUrl(options.indexUrl, name, version);
  if (res.status === 200) {
    return {
      filename: dist.filename,
      size: dist.size,
      sha256: dist.sha256,
      status: 'uploaded',
      url: page,
      durationMs,
      attempts,
    };
  }
  if (res.status >= 300 && res.status < 400) {
    throw new ActionError(
      `The upload of ${dist.filename} was redirected (HTTP ${res.status} to ${res.headers.get('location') ?? '?'}).`,
      {
        title: 'Upload refused',
        status: res.status,
        url: options.uploadUrl,
        input: 'repository-url',
        hint: 'Use the exact legacy upload URL, e.g. https://upload.pypi.org/legacy/ (with the trailing slash).',
      },
    );
  }
  const said = indexMessage(res.statusText, text);
  if (res.status === 400 && /already exists/i.test(said)) {
    // Most often our own earlier attempt, whose answer was lost. The index's
    // read APIs may not list it yet (they lag behind uploads): poll a while.
    const found = await findWithPatience(options, name, version, dist.filename, http);
    if (found) {
      const outcome = existingOutcome(dist, found, options.skipExisting ?? false, options.indexUrl);
      return { ...outcome, durationMs, attempts };
    }
    if (options.skipExisting) {
      return {
        filename: dist.filename,
        size: dist.size,
        sha256: dist.sha256,
        status: 'skipped',
        url: page,
        durationMs,
        attempts,
      };
    }
    throw new ActionError(
      `The index says ${dist.filename} already exists but does not list it, so its content cannot be compared.`,
      {
        title: 'File already exists',
        status: 400,
        url: options.uploadUrl,
        hint: 'A file of this name was uploaded before (perhaps deleted since: names can never be reused). Publish a new version.',
      },
    );
  }
  throw refusal(dist, res.status, said, options.uploadUrl);
}
