/**
 * Release tags ↔ versions. A tag is `<prefix><version>`; tags under the
 * prefix that do not hold a usable version are set aside with the reason,
 * never sorted in among the others (where `sort -V` would put
 * `runtime-v0.1.x` or `runtime-v1.0-final` anywhere).
 */
import { compareVersions, parseVersion, type Version } from './pep440.js';

export interface ReleaseTag {
  tag: string;
  version: Version;
}

export interface IgnoredTag {
  tag: string;
  reason: string;
}

export interface TagVersions {
  /** Usable release tags in ascending PEP 440 order. */
  releases: ReleaseTag[];
  ignored: IgnoredTag[];
  /** Valid but written in a non-canonical form (`runtime-v1.0.0-rc.1`): counted, worth a note. */
  nonCanonical: ReleaseTag[];
}

export function tagName(prefix: string, version: string): string {
  return `${prefix}${version}`;
}

/** The version a tag names, or undefined when the tag is not `<prefix><PEP 440 version>`. */
export function versionOfTag(tag: string, prefix: string): Version | undefined {
  const read = readTag(tag, prefix);
  return 'version' in read ? read.version : undefined;
}

function readTag(tag: string, prefix: string): { version: Version } | { reason: string } {
  const name = tag.startsWith('refs/tags/') ? tag.slice('refs/tags/'.length) : tag;
  if (!name.startsWith(prefix)) return { reason: `does not start with '${prefix}'` };
  const rest = name.slice(prefix.length);
  // PEP 440 tolerates a leading `v`, but a tag written `<prefix>v1.0` means
  // the prefix is wrong, and accepting it would let `runtime-vv1.0` count.
  if (/^v/i.test(rest)) {
    return { reason: `has a 'v' after the prefix '${prefix}' (is tag-prefix missing it?)` };
  }
  if (rest === '' || /\s/.test(rest)) return { reason: `'${rest}' is not a PEP 440 version` };
  const version = parseVersion(rest);
  return version ? { version } : { reason: `'${rest}' is not a PEP 440 version` };
}

/** Equal PEP 440 versions get equal keys: trailing zero release segments do not count. */
function identityKey(v: Version): string {
  const release = [...v.release];
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return JSON.stringify([v.epoch, release, v.pre, v.post, v.dev]);
}

export function readTagVersions(tags: readonly string[], prefix: string): TagVersions {
  const releases: ReleaseTag[] = [];
  const ignored: IgnoredTag[] = [];
  const nonCanonical: ReleaseTag[] = [];
  const byCanonical = new Map<string, ReleaseTag>();
  for (const raw of tags) {
    const tag = raw.startsWith('refs/tags/') ? raw.slice('refs/tags/'.length) : raw;
    if (!tag.startsWith(prefix)) continue;
    const read = readTag(tag, prefix);
    if (!('version' in read)) {
      ignored.push({ tag, reason: read.reason });
      continue;
    }
    const { version } = read;
    if (version.local !== null) {
      // An index refuses local versions (`1.0+abc`): such a tag is no release.
      ignored.push({ tag, reason: `local version '${version.canonical}' cannot be published` });
      continue;
    }
    const key = identityKey(version);
    const same = byCanonical.get(key);
    if (same) {
      // `runtime-v1.0` and `runtime-v1.0.0` are the same PEP 440 version.
      ignored.push({ tag, reason: `same version as ${same.tag} (${version.canonical})` });
      continue;
    }
    const entry = { tag, version };
    byCanonical.set(key, entry);
    releases.push(entry);
    if (tag.slice(prefix.length) !== version.canonical) nonCanonical.push(entry);
  }
  releases.sort((x, y) => compareVersions(x.version, y.version));
  return { releases, ignored, nonCanonical };
}
