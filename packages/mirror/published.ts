/**
 * The published sdist of one version, from the index: the release's JSON
 * API (`{index}/pypi/{name}/{version}/json`) names the file and its sha256;
 * the file is downloaded, its hash checked, and its tree read.
 *
 * A version the index does not have, or a release without an sdist, is an
 * answer (`found: false`, with the reason); an index that cannot be reached
 * or serves a file that does not match its own hash is an error.
 */
import { IndexHttpClient } from '../index/http.js';
import type { HttpClient } from '../toolkit/http.js';
import { downloadFile, fetchRelease } from '../index/release.js';
import { normalizeName } from '../distribution/names.js';
import { parseSdist } from '../distribution/read.js';
import { canonicalForm } from '../versions/canonical.js';
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

export interface FetchSdistOptions {
  indexUrl: string;
  packageName: string;
  version: string;
  http?: HttpClient;
}

export async function fetchPublishedSdist(options: FetchSdistOptions): Promise<PublishedSdist> {
  const http = options.http ?? new IndexHttpClient();
  const { packageName, version } = options;
  const release = await fetchRelease(
    http,
    options.indexUrl,
    packageName,
    version,
    `the index's release page of ${packageName} ${version}`,
  );
  const { url, status, files } = release;
  if (status === 404) {
    return {
      found: false,
      version,
      reason: `${packageName} ${version} is not on the index (GET ${url} answered 404)`,
    };
  }
  if (status !== 200 || !files) {
    throw new ActionError(
      `The index answered HTTP ${status} for ${url}${status === 200 ? ' without a release document' : ''}.`,
      {
        status,
        url,
        input: 'index-url',
        title: 'Index error',
        hint: 'Check index-url (the index root, e.g. https://pypi.org) and package-name.',
      },
    );
  }
  const sdist = files.find((f) => f.packagetype === 'sdist' && f.url && f.filename);
  if (!sdist?.url || !sdist.filename) {
    const names = files.map((f) => f.filename).filter(Boolean);
    return {
      found: false,
      version,
      reason: `${packageName} ${version} has no sdist on the index (its files: ${names.length ? names.join(', ') : 'none'})`,
    };
  }
  const fileUrl = sdist.url;
  const { data, sha256 } = await downloadFile(http, {
    url: fileUrl,
    filename: sdist.filename,
    expectedSha256: sdist.sha256,
    kind: 'Sdist',
    timeoutMs: 120_000,
  });
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
    filename: sdist.filename,
    url: fileUrl,
    sha256,
    size: data.byteLength,
    yanked: sdist.yanked === true,
    files: sdistFiles(contents),
  };
}
