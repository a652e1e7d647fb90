/**
 * Distribution names as the packaging specifications spell them: the name a
 * user types (PEP 508), its comparable form (PEP 503), and the escaped forms
 * used in wheel (PEP 427) and sdist (PEP 625) file names.
 */
import { ActionError } from '../toolkit/errors.js';
import { PYTHON_KEYWORDS } from '../python/keywords.js';

/** PEP 508 project names: ASCII letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isValidProjectName(name: string): boolean {
  return PROJECT_NAME.test(name);
}

/** PEP 503: runs of `-`, `_`, `.` become one `-`, lower case. Two names are the same project when these agree. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/**
 * The distribution component of wheel and sdist file names (PEP 427 as
 * amended by the binary distribution format spec, and PEP 625): the PEP 503
 * form with `-` replaced by `_`, so the file name splits unambiguously on `-`.
 */
export function escapedName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/** Versions in file names: a canonical PEP 440 version holds no `-`, but escape it anyway as the spec says. */
export function escapedVersion(version: string): string {
  return version.replace(/-/g, '_');
}

export const PURE_TAG = 'py3-none-any';

export function wheelFileName(name: string, version: string, tag = PURE_TAG): string {
  return `${escapedName(name)}-${escapedVersion(version)}-${tag}.whl`;
}

/** `{name}-{version}.dist-info`, the metadata folder inside a wheel. */
export function distInfoDir(name: string, version: string): string {
  return `${escapedName(name)}-${escapedVersion(version)}.dist-info`;
}

/** PEP 625: `{normalized}-{version}`, both the file's stem and its single top-level folder. */
export function sdistBaseName(name: string, version: string): string {
  return `${escapedName(name)}-${escapedVersion(version)}`;
}

export function sdistFileName(name: string, version: string): string {
  return `${sdistBaseName(name, version)}.tar.gz`;
}

/**
 * Extras as Metadata 2.1 consumers compare them: setuptools' `safe_extra`
 * (runs of other characters → `_`, lower case). PEP 685's `-` form applies
 * only from Metadata-Version 2.3, which old pip/twine do not read.
 */
export function safeExtra(extra: string): string {
  return extra.replace(/[^A-Za-z0-9.-]+/g, '_').toLowerCase();
}

const KEYWORDS: ReadonlySet<string> = new Set(PYTHON_KEYWORDS);

/** Whether `name` can be written after `import` (a Python identifier that is not a keyword). */
export function isPythonIdentifier(name: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name) && !KEYWORDS.has(name);
}

/** Checks a distribution name an input gave, with the fix in the message. */
export function checkProjectName(name: string, input: string): string {
  if (!isValidProjectName(name)) {
    throw new ActionError(
      `Input '${input}': '${name}' is not a valid distribution name (PEP 508: letters, digits, '.', '_', '-', starting and ending with a letter or digit).`,
      { input },
    );
  }
  return name;
}

/** What a distribution file is. */
export type DistKind = 'wheel' | 'sdist';

/** What a filename says, before looking inside. */
export interface FilenameParts {
  kind: DistKind;
  name: string;
  version: string;
  /** Wheel tags (PEP 427); undefined for sdists. */
  build?: string;
  python?: string;
  abi?: string;
  platform?: string;
  /** sdist archive extension. */
  extension?: '.tar.gz' | '.zip';
}

/** `name-version-[build-]python-abi-platform.whl`, the wheel spec's own regex. */
const WHEEL_RE =
  /^(?<name>[^-]+)-(?<version>[^-]+)(?:-(?<build>\d[^-]*))?-(?<python>[^-]+)-(?<abi>[^-]+)-(?<platform>[^-]+)\.whl$/;

export function parseFilename(filename: string): FilenameParts | undefined {
  const w = WHEEL_RE.exec(filename);
  if (w?.groups) {
    const g = w.groups as Record<string, string | undefined>;
    return {
      kind: 'wheel',
      name: g.name as string,
      version: g.version as string,
      build: g.build,
      python: g.python,
      abi: g.abi,
      platform: g.platform,
    };
  }
  const ext = filename.endsWith('.tar.gz')
    ? '.tar.gz'
    : filename.endsWith('.zip')
      ? '.zip'
      : undefined;
  if (!ext) return undefined;
  const stem = filename.slice(0, -ext.length);
  // The version starts after the last '-' that is followed by a digit (an sdist
  // name may itself contain '-' when it is not normalised).
  const m = /^(.+)-(\d[^-]*)$/.exec(stem);
  if (!m) return undefined;
  return { kind: 'sdist', name: m[1] as string, version: m[2] as string, extension: ext };
}

/** Files a directory holds that look like distributions (wheels, .tar.gz / .zip sdists). */
export function isDistributionFilename(filename: string): boolean {
  return filename.endsWith('.whl') || filename.endsWith('.tar.gz') || filename.endsWith('.zip');
}
