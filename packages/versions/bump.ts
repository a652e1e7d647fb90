/**
 * The next version: a stable bump starts from the highest STABLE version
 * (tags and, when asked, what the index already has); a pre-release bump
 * continues the sequence of its target release (`0.2.0rc1`, then `rc2`).
 * Pure: the caller lists the tags and the index, this decides.
 */
import { ActionError } from '../toolkit/errors.js';
import { canonicalPublicVersion } from './canonical.js';
import {
  bumpRelease,
  compareVersions,
  formatRelease,
  parseVersion,
  sameRelease,
  withPre,
  type PreKind,
  type StableBump,
  type Version,
} from './pep440.js';

export interface KnownVersion {
  version: Version;
  /** Where it was seen: a tag name, or `index` for a release on the package index only. */
  source: string;
}

export interface NextVersionRequest {
  known: readonly KnownVersion[];
  bump: StableBump;
  prerelease?: PreKind | undefined;
  /** Canonical and public (no +local): the version policy's canonicalPublicVersion. */
  initialVersion: string;
}

export interface NextVersion {
  version: string;
  /** The version the bump started from; '' for the first release. */
  previous: string;
  bump: StableBump | 'prerelease';
  /** One sentence for the summary: how this version was reached. */
  why: string;
}

export function nextVersion(req: NextVersionRequest): NextVersion {
  // The version policy's check (auto-tag's entry has already made it, as it read the input).
  const initial = parseVersion(
    canonicalPublicVersion(req.initialVersion, 'initial-version'),
  ) as Version;
  const sorted = [...req.known].sort((a, b) => compareVersions(a.version, b.version));
  const stable = sorted.filter((k) => !k.version.isPrerelease);
  const highestStable = stable[stable.length - 1];
  const highest = sorted[sorted.length - 1];
  const kind = req.prerelease;
  const from = (k: KnownVersion) => (k.source === 'index' ? ' (on the index)' : ` (${k.source})`);

  if (!highest) {
    // The first release ever.
    if (kind && !initial.isPrerelease) {
      const version = withPre(initial.canonical, kind, 1);
      return { version, previous: '', bump: 'prerelease', why: `first release: ${version}` };
    }
    return {
      version: initial.canonical,
      previous: '',
      bump: kind ? 'prerelease' : req.bump,
      why: `first release: initial-version ${initial.canonical}`,
    };
  }

  // The release the new version belongs to. With no stable release yet, the
  // first final release (or pre-release series) is initial-version, or the
  // release that existing pre-releases were leading up to, if that is later.
  let target: string;
  let previous: KnownVersion | undefined;
  let why: string;
  if (highestStable) {
    target = bumpRelease(highestStable.version, req.bump);
    previous = highestStable;
    why = `${req.bump} bump from ${highestStable.version.canonical}${from(highestStable)}`;
  } else {
    const pending = formatRelease(highest.version.epoch, highest.version.release);
    target =
      compareVersions(pending, formatRelease(initial.epoch, initial.release)) > 0
        ? pending
        : formatRelease(initial.epoch, initial.release);
    previous = highest;
    why = `no final release yet; ${target} follows the pre-releases up to ${highest.version.canonical}${from(highest)}`;
  }
  const targetVersion = parseVersion(target) as Version;

  // Everything already published for the target release (its pre-releases).
  const ofTarget = sorted.filter((k) => sameRelease(k.version, targetVersion));

  if (!kind) {
    const clash = ofTarget.find((k) => !k.version.isPrerelease);
    if (clash) {
      // Only possible when the index has it and tags do not: caught above by
      // counting index releases as stable, so this is a guard, not a path.
      throw new ActionError(`Version ${target} already exists${from(clash)}.`);
    }
    return { version: target, previous: previous.version.canonical, bump: req.bump, why };
  }

  const isSeries = (v: Version) =>
    kind === 'dev'
      ? v.dev !== null && v.pre === null && v.post === null
      : v.pre !== null && v.pre[0] === kind && v.post === null && v.dev === null;
  const series = ofTarget.filter((k) => isSeries(k.version));
  const last = series[series.length - 1];
  const n = last
    ? (kind === 'dev' ? (last.version.dev ?? 0) : (last.version.pre?.[1] ?? 0)) + 1
    : 1;
  const version = withPre(target, kind, n);
  const newest = ofTarget[ofTarget.length - 1];
  if (newest && compareVersions(version, newest.version) <= 0) {
    throw new ActionError(
      `A ${kind} pre-release of ${target} would be ${version}, which sorts at or below ${newest.version.canonical}${from(newest)}: installers would never pick it.`,
      {
        input: 'prerelease',
        hint: `Continue with the later kind (${newest.version.pre?.[0] ?? 'dev'}) or release ${target}.`,
      },
    );
  }
  return {
    version,
    previous: last ? last.version.canonical : previous.version.canonical,
    bump: 'prerelease',
    why: last
      ? `next ${kind} of ${target} after ${last.version.canonical}${from(last)}`
      : `${why}, first ${kind} of ${target}`,
  };
}
