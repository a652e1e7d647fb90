/**
 * PyPI's JSON API (`/pypi/<name>/json`, `/pypi/<name>/<version>/json`) in
 * warehouse's shape (`legacy/api/json.py`): `info` from the release's core
 * metadata, `urls` for the release's files, `releases` for every version
 * (project form only), `last_serial`, `vulnerabilities`.
 */
import { fileUrl, isoMicro } from './simple.js';
import type { Project, Registry, Release, StoredFile } from './storage.js';

function fileEntry(baseUrl: string, f: StoredFile) {
  const iso = isoMicro(f.uploadedAt);
  return {
    comment_text: '',
    digests: { blake2b_256: f.hashes.blake2_256, md5: f.hashes.md5, sha256: f.hashes.sha256 },
    downloads: -1,
    filename: f.filename,
    has_sig: false,
    md5_digest: f.hashes.md5,
    packagetype: f.packagetype,
    python_version: f.pythonVersion,
    requires_python: f.requiresPython ?? null,
    size: f.size,
    upload_time: iso.slice(0, 19),
    upload_time_iso_8601: iso,
    url: fileUrl(baseUrl, f),
    yanked: false,
    yanked_reason: null,
  };
}

function info(baseUrl: string, project: Project, release: Release) {
  const m = release.metadata;
  return {
    author: m.author ?? null,
    author_email: m.authorEmail ?? null,
    bugtrack_url: null,
    classifiers: m.classifiers,
    description: m.description ?? '',
    description_content_type: m.descriptionContentType ?? null,
    docs_url: null,
    download_url: m.downloadUrl ?? null,
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: null,
    home_page: m.homePage ?? null,
    keywords: m.keywords ?? null,
    license: m.license ?? null,
    license_expression: m.licenseExpression ?? null,
    license_files: null,
    maintainer: m.maintainer ?? null,
    maintainer_email: m.maintainerEmail ?? null,
    name: project.name,
    package_url: `${baseUrl}/project/${project.name}/`,
    platform: m.platform ?? null,
    project_url: `${baseUrl}/project/${project.name}/`,
    project_urls: Object.keys(m.projectUrls).length > 0 ? m.projectUrls : null,
    provides_extra: m.providesExtra.length > 0 ? m.providesExtra : null,
    release_url: `${baseUrl}/project/${project.name}/${release.version}/`,
    requires_dist: m.requiresDist.length > 0 ? m.requiresDist : null,
    requires_python: m.requiresPython ?? null,
    summary: m.summary ?? null,
    version: release.version,
    yanked: false,
    yanked_reason: null,
  };
}

/** The project document; undefined (404) while no release is visible. */
export function projectJson(registry: Registry, project: Project, baseUrl: string, at: number) {
  const releases = registry.visibleReleases(project, at);
  if (releases.length === 0) return undefined;
  // warehouse: the newest non-prerelease, else the newest prerelease.
  const stable = releases.filter((r) => !r.isPrerelease);
  const latest = (stable.length > 0 ? stable : releases)[
    (stable.length > 0 ? stable : releases).length - 1
  ] as Release;
  const all: Record<string, ReturnType<typeof fileEntry>[]> = {};
  for (const r of releases)
    all[r.version] = registry.visibleFiles(r, at).map((f) => fileEntry(baseUrl, f));
  return {
    info: info(baseUrl, project, latest),
    last_serial: project.lastSerial,
    releases: all,
    urls: registry.visibleFiles(latest, at).map((f) => fileEntry(baseUrl, f)),
    vulnerabilities: [],
  };
}

export function releaseJson(
  registry: Registry,
  project: Project,
  release: Release,
  baseUrl: string,
  at: number,
) {
  const files = registry.visibleFiles(release, at);
  if (files.length === 0) return undefined;
  return {
    info: info(baseUrl, project, release),
    last_serial: project.lastSerial,
    urls: files.map((f) => fileEntry(baseUrl, f)),
    vulnerabilities: [],
  };
}
