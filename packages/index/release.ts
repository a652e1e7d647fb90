/**
 * One release on an index, from its JSON API
 * (`GET {index}/pypi/{name}/{version}/json`), and the download of one of its
 * files checked against the sha256 the index lists. mirror-guard (the
 * published sdist) and template-check (the published wheel) read releases
 * through these, over the one HttpClient and its retries.
 */
import { sha256Hex } from '../distribution/files.js';
import { ActionError } from '../toolkit/errors.js';
import type { HttpClient } from '../toolkit/http.js';
import { jsonReleaseUrl } from './urls.js';

/** A file of a release, as the JSON API's `urls` list describes it (fields the index left out stay undefined). */
export interface ReleaseFile {
  filename?: string;
  /** Absolute (resolved against the release URL). */
  url?: string;
  /** `sdist` or `bdist_wheel`. */
  packagetype?: string;
  /** Lower-case hex, as listed. */
  sha256?: string;
  requires_python?: string;
  size?: number;
  yanked: boolean;
}

export interface Release {
  /** The JSON API URL asked. */
  url: string;
  /** The index's final answer (404: the index has no such release). */
  status: number;
  /** The release's files; undefined unless the index answered 200 with a release document (a `urls` list). */
  files: ReleaseFile[] | undefined;
}

interface JsonFile {
  filename?: string;
  packagetype?: string;
  url?: string;
  size?: number;
  yanked?: boolean;
  requires_python?: string | null;
  digests?: { sha256?: string };
}

function resolveUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return undefined;
  }
}

/** The JSON API's description of `project` `version`; any status is an answer, only retries running out throw. */
export async function fetchRelease(
  http: HttpClient,
  indexUrl: string,
  project: string,
  version: string,
  purpose = `the index's release page of ${project} ${version}`,
): Promise<Release> {
  const url = jsonReleaseUrl(indexUrl, project, version);
  const { res, body } = await http.getJson<{ urls?: JsonFile[] }>(url, {}, purpose);
  if (res.status !== 200 || !body || !Array.isArray(body.urls)) {
    return { url, status: res.status, files: undefined };
  }
  const files = body.urls.map((f): ReleaseFile => {
    const file: ReleaseFile = { yanked: f.yanked === true };
    if (f.filename !== undefined) file.filename = f.filename;
    const resolved = resolveUrl(f.url, url);
    if (resolved !== undefined) file.url = resolved;
    if (f.packagetype !== undefined) file.packagetype = f.packagetype;
    if (f.digests?.sha256) file.sha256 = f.digests.sha256.toLowerCase();
    if (typeof f.requires_python === 'string') file.requires_python = f.requires_python;
    if (typeof f.size === 'number') file.size = f.size;
    return file;
  });
  return { url, status: res.status, files };
}

export interface DownloadOptions {
  url: string;
  filename: string;
  /** The sha256 the index lists; the download must match it when given. */
  expectedSha256?: string;
  /** What the file is, for error titles ("Sdist", "Wheel"). */
  kind: string;
  timeoutMs?: number;
}

/** Downloads one file of a release; a status other than 200, or bytes that do not hash to the listed sha256, are errors. */
export async function downloadFile(
  http: HttpClient,
  options: DownloadOptions,
): Promise<{ data: Uint8Array; sha256: string }> {
  const { url, filename, kind } = options;
  const req: Parameters<HttpClient['request']>[0] = { url, purpose: `the download of ${filename}` };
  if (options.timeoutMs !== undefined) req.timeoutMs = options.timeoutMs;
  const res = await http.request(req);
  if (res.status !== 200) {
    throw new ActionError(`The index answered HTTP ${res.status} for ${url}.`, {
      status: res.status,
      url,
      title: `${kind} download failed`,
      hint: 'The release document names a file the index does not serve; re-run later.',
    });
  }
  const data = new Uint8Array(await res.arrayBuffer());
  const sha256 = sha256Hex(data);
  const listed = options.expectedSha256?.toLowerCase();
  if (listed && listed !== sha256) {
    throw new ActionError(
      `${filename} from ${url} hashes to sha256 ${sha256}, but the index lists ${listed}.`,
      {
        url,
        title: `${kind} download corrupted`,
        hint: 'The download was altered on the way (a proxy or mirror) or the index is inconsistent; re-run the job, and check index-url.',
      },
    );
  }
  return { data, sha256 };
}
