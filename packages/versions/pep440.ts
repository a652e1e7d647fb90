/**
 * PEP 440 versions as release tooling needs them: parsed once, compared by
 * the standard's ordering (never `sort -V`, which puts 1.0.0rc1 after 1.0.0
 * and cannot read `.dev1` or `.post1`), printed in canonical form.
 * Parsing and ordering come from @renovatebot/pep440, a port of
 * `packaging.version`; this module only adds the bumping rules. It and
 * specifiers.ts are the only importers of that library (issue #16): every
 * other package asks here, so one parser decides what a version is.
 */
import { compare, eq, explain, valid } from '@renovatebot/pep440';

export type PreKind = 'a' | 'b' | 'rc' | 'dev';
export const PRE_KINDS: readonly PreKind[] = ['a', 'b', 'rc', 'dev'];

export interface Version {
  /** Canonical public form (PEP 440 normalisation), e.g. `1.0.0rc1` for `1.0.0-RC.1`. */
  readonly canonical: string;
  readonly epoch: number;
  readonly release: readonly number[];
  /** `['rc', 1]`, or null. */
  readonly pre: readonly [string, number] | null;
  readonly post: number | null;
  readonly dev: number | null;
  readonly local: string | null;
  /** A pre-release or a dev release: never the base of a stable bump. */
  readonly isPrerelease: boolean;
}

/** Parses a PEP 440 version; undefined when it is not one. */
export function parseVersion(text: string): Version | undefined {
  const v = explain(text.trim());
  if (!v) return undefined;
  const pre = Array.isArray(v.pre) && v.pre.length === 2 ? v.pre : null;
  // @types say arrays, the runtime gives numbers or null: normalise both.
  const num = (x: unknown): number | null =>
    typeof x === 'number' ? x : Array.isArray(x) && typeof x[1] === 'number' ? x[1] : null;
  const canonical = v.local ? `${v.public}+${v.local}` : v.public;
  return {
    canonical,
    epoch: v.epoch,
    release: v.release,
    pre: pre ? [String(pre[0]), Number(pre[1])] : null,
    post: num(v.post),
    dev: num(v.dev),
    local: v.local,
    isPrerelease: v.is_prerelease,
  };
}

/**
 * True when `text` is a PEP 440 version exactly as written (no surrounding
 * whitespace allowed): what the index accepts in a file name or `Version:`.
 */
export function isVersion(text: string): boolean {
  return valid(text) !== null;
}

/**
 * The local segment (`abc.1` of `1.0+abc.1`) of a version as written, or
 * undefined when it has none or is not a version.
 */
export function localSegment(text: string): string | undefined {
  return explain(text)?.local ?? undefined;
}

/** PEP 440 equality (`1.0` equals `1.0.0`, `1.0-RC1` equals `1.0rc1`); both must be versions. */
export function versionsEqual(a: string, b: string): boolean {
  return eq(a, b);
}

/** PEP 440 ordering of two canonical versions: negative, zero or positive. */
export function compareVersions(a: Version | string, b: Version | string): number {
  return compare(typeof a === 'string' ? a : a.canonical, typeof b === 'string' ? b : b.canonical);
}

export function sortVersions<T extends { version: Version }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => compareVersions(x.version, y.version));
}

export type StableBump = 'major' | 'minor' | 'patch';

/**
 * The next final release after `base`: `0.1.9` + patch → `0.1.10`,
 * `1.0` + minor → `1.1.0`. Release segments are padded to three numbers so
 * every tag this suite writes has the same shape; a base's pre/post/dev parts
 * do not matter (`0.1.6.post1` + patch → `0.1.7`).
 */
export function bumpRelease(base: Version, bump: StableBump): string {
  const [major = 0, minor = 0, patch = 0] = base.release;
  const next =
    bump === 'major'
      ? [major + 1, 0, 0]
      : bump === 'minor'
        ? [major, minor + 1, 0]
        : [major, minor, patch + 1];
  return formatRelease(base.epoch, next);
}

export function formatRelease(epoch: number, release: readonly number[]): string {
  return `${epoch ? `${epoch}!` : ''}${release.join('.')}`;
}

/** `0.2.0` + rc + 1 → `0.2.0rc1`; dev releases are `0.2.0.dev1`. */
export function withPre(release: string, kind: PreKind, n: number): string {
  return kind === 'dev' ? `${release}.dev${n}` : `${release}${kind}${n}`;
}

/** Same epoch and release segment, trailing zeros aside (`1.0` is `1.0.0`). */
export function sameRelease(a: Version, b: Version): boolean {
  const trim = (r: readonly number[]) => {
    const out = [...r];
    while (out.length > 1 && out[out.length - 1] === 0) out.pop();
    return out.join('.');
  };
  return a.epoch === b.epoch && trim(a.release) === trim(b.release);
}
