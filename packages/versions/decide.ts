/**
 * Whether a commit is released, and with which bump: skip markers in the
 * commit message and skip labels first, then release labels by precedence
 * (major > minor > patch), then the default. Labels compare case-insensitively,
 * as GitHub treats label names.
 */
import type { StableBump } from './pep440.js';

export type DefaultBump = StableBump | 'none';

export interface ReleasePolicy {
  defaultBump: DefaultBump;
  majorLabels: readonly string[];
  minorLabels: readonly string[];
  patchLabels: readonly string[];
  skipLabels: readonly string[];
  skipMarkers: readonly string[];
}

export interface ReleaseSubject {
  /** The commit message of the commit to tag. */
  message: string;
  /** Labels of its merged pull request; undefined for a direct push. */
  labels?: readonly string[] | undefined;
  prNumber?: number | undefined;
}

export type ReleaseDecision =
  | { release: false; reason: string; warnings: string[] }
  | { release: true; bump: StableBump; reason: string; warnings: string[] };

const lower = (s: string) => s.trim().toLowerCase();

export function decideRelease(subject: ReleaseSubject, policy: ReleasePolicy): ReleaseDecision {
  const warnings: string[] = [];
  const pr = subject.prNumber !== undefined ? `PR #${subject.prNumber}` : 'the pull request';
  const labels = subject.labels ?? [];
  const has = (wanted: readonly string[]) => {
    const set = new Set(wanted.map(lower));
    return labels.filter((l) => set.has(lower(l)));
  };

  const message = subject.message.toLowerCase();
  const marker = policy.skipMarkers.find((m) => m.trim() && message.includes(lower(m)));
  const skipLabel = has(policy.skipLabels)[0];
  const major = has(policy.majorLabels);
  const minor = has(policy.minorLabels);
  const patch = has(policy.patchLabels);
  const releaseLabels = [...major, ...minor, ...patch];

  if (marker !== undefined || skipLabel !== undefined) {
    const reason =
      marker !== undefined
        ? `commit message contains ${marker.trim()}`
        : `${pr} has the label ${skipLabel}`;
    if (releaseLabels.length > 0) {
      warnings.push(`${reason}, which wins over ${releaseLabels.join(', ')}: no release.`);
    }
    return { release: false, reason, warnings };
  }

  const chosen: [StableBump, string[]] | undefined =
    major.length > 0
      ? ['major', major]
      : minor.length > 0
        ? ['minor', minor]
        : patch.length > 0
          ? ['patch', patch]
          : undefined;
  if (chosen) {
    const [bump, matched] = chosen;
    const others = releaseLabels.filter((l) => !matched.includes(l));
    if (others.length > 0) {
      warnings.push(
        `${pr} has conflicting release labels ${releaseLabels.join(', ')}: ${matched[0]} wins (major > minor > patch).`,
      );
    }
    return { release: true, bump, reason: `${pr} has the label ${matched[0]}`, warnings };
  }

  const source =
    subject.labels === undefined
      ? 'no merged pull request (direct push)'
      : `${pr} has no release label`;
  if (policy.defaultBump === 'none') {
    return { release: false, reason: `${source} and default-bump is none`, warnings };
  }
  return {
    release: true,
    bump: policy.defaultBump,
    reason: `${source}: default-bump ${policy.defaultBump}`,
    warnings,
  };
}
