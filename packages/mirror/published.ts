/**
 * The published sdist of one version, from the index: the release's JSON
 * API (`{index}/pypi/{name}/{version}/json`) names the file and its sha256;
 * the file is downloaded, its hash checked, and its tree read.
 *
 * A version the index does not have, or a release without an sdist, is an
 * answer (`found: false`, with the reason); an index that cannot be reached
 * or serves a file that does not match its own hash is an error.
 */
import { HttpClient } from '../index/http.js';
import { jsonReleaseUrl } from '../index/urls.js';
import { normalizeName } from '../dist/names.js';
import { parseSdist } from '../dist/read.js';
import { sha256Hex } from '../dist/files.js';
import { canonicalForm } from '../build/version.js';
import { ActionError } from '../toolkit/errors.js';
import { sdistFiles, type MirrorFile } from './files.js';

export type PublishedSdist =
  | {
      found: true;
      version: string;
      filename: string;
      url: string;
      sha256: string;
      size: number;
      /** Whether the index shows the release as yanked (still the published content). */
      yanked: boolean;
      files: MirrorFile[];
    }
  | { found: false; version: string; reason: string };

interface ReleaseFile {
  filename?: string;
  packagetype?: string;
  url?: string;
  size?: number;
  yanked?: boolean;
  digests?: { sha256?: string };
}

export interface FetchSdistOptions {
  indexUrl: string;
  packageName: string;
  version: string;
  http?: HttpClient;
}

export async function fetchPublishedSdist(options: FetchSdistOptions): Promise<PublishedSdist> {
  const http = options.http ?? new HttpClient();
  const { packageName, version } = options;
  const url = jsonReleaseUrl(options.indexUrl, packageName, version);
  const { res, body } = await http.getJson<{ urls?: ReleaseFile[] }>(
    url,
    {},
    `the index's release page of ${packageName} ${version}`,
  );
  if (res.status === 404) {
    return {
      found: false,
      version,
      reason: `${packageName} ${version} is not on the index (GET ${url} answered 404)`,
    };
  }
  if (res.status !== 200 || !body || !Array.isArray(body.urls)) {
    throw new ActionError(
      `The index answered HTTP ${res.status} for ${url}${res.status === 200 ? ' without a release document' : ''}.`,
      {
        status: res.status,
        url,
        input: 'index-url',
        title: 'Index error',
        hint: 'Check index-url (the index root, e.g. https://pypi.org) and package-name.',
      },
    );
  }
  const sdists = body.urls.filter((f) => f.packagetype === 'sdist' && f.url && f.filename);
  const sdist = sdists[0];
  if (!sdist) {
    const names = body.urls.map((f) => f.filename).filter(Boolean);
    return {
      found: false,
      version,
      reason: `${packageName} ${version} has no sdist on the index (its files: ${names.length ? names.join(', ') : 'none'})`,
    };
  }
  const fileUrl = new URL(sdist.url as string, url).toString();
  const download = await http.request({
    url: fileUrl,
    purpose: `the download of ${sdist.filename}`,
    timeoutMs: 120_000,
  });
  if (download.status !== 200) {
    throw new ActionError(`The index answered HTTP ${download.status} for ${fileUrl}.`, {
      status: download.status,
      url: fileUrl,
      title: 'Sdist download failed',
      hint: 'The release document names a file the index does not serve; re-run later.',
    });
  }
  const data = new Uint8Array(await download.arrayBuffer());
  const sha256 = sha256Hex(data);
  const listed = sdist.digests?.sha256?.toLowerCase();
  if (listed && listed !== sha256) {
    throw new ActionError(
      `${sdist.filename} from ${fileUrl} hashes to sha256 ${sha256}, but the index lists ${listed}.`,
      {
        url: fileUrl,
        title: 'Sdist download corrupted',
        hint: 'The download was altered on the way or the index is inconsistent; re-run the job.',
      },
    );
  }
  const contents = await parseSdist(data, sdist.filename);
  const metaName = contents.pkgInfo.get('Name') ?? '';
  const metaVersion = contents.pkgInfo.get('Version') ?? '';
  if (
    normalizeName(metaName) !== normalizeName(packageName) ||
    canonicalForm(metaVersion) !== canonicalForm(version)
  ) {
    return {
      found: false,
      version,
      reason: `the index's sdist for ${version} (${sdist.filename}) is ${metaName} ${metaVersion} by its PKG-INFO`,
    };
  }
  return {
    found: true,
    version,
    filename: sdist.filename as string,
    url: fileUrl,
    sha256,
    size: data.byteLength,
    yanked: sdist.yanked === true,
    files: sdistFiles(contents),
  };
}
