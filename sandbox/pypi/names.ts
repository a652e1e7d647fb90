/**
 * Names, versions and file names as warehouse (PyPI) and the `packaging`
 * library it uses see them. Error texts copy `packaging.utils` and warehouse's
 * `forklift/legacy.py` word for word, because clients (twine, our uploader)
 * show them to users and some match on them.
 */
import { explain, valid } from '@renovatebot/pep440';

/** PEP 503 normalisation: runs of `-`, `_`, `.` become one `-`, lower case. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** Project names PyPI accepts (warehouse PROJECT_NAME_RE). */
export const PROJECT_NAME_RE = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/**
 * Python's `repr()` of a str, which warehouse uses in nearly every message
 * (`File already exists ('x.whl', …)`): single quotes unless the text holds a
 * single quote and no double quote.
 */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

export interface ParsedVersion {
  /** `str(packaging.version.Version(v))`: the normalised form. */
  normalized: string;
  /** `packaging.utils.canonicalize_version(v)`: trailing `.0`s dropped; what releases are keyed by. */
  canonical: string;
  local: string | null;
  isPrerelease: boolean;
  isPostrelease: boolean;
}

/** Parses a PEP 440 version the way `packaging.version.Version` does; undefined when invalid. */
export function parseVersion(version: string): ParsedVersion | undefined {
  if (valid(version) === null) return undefined;
  const v = explain(version);
  if (!v) return undefined;
  // Built from the parts rather than with pep440's clean(), which writes a
  // dotted local segment with commas (`1.0+local,7`).
  const render = (release: string) => {
    let out = v.epoch !== 0 ? `${v.epoch}!` : '';
    out += release;
    if (v.pre) out += v.pre.join('');
    if (v.post !== null && v.post !== undefined) out += `.post${v.post}`;
    if (v.dev !== null && v.dev !== undefined) out += `.dev${v.dev}`;
    if (v.local) out += `+${v.local}`;
    return out;
  };
  const release = v.release.join('.');
  return {
    normalized: render(release),
    canonical: render(release.replace(/(\.0)+$/, '')),
    local: v.local ?? null,
    isPrerelease: v.is_prerelease,
    isPostrelease: v.is_postrelease,
  };
}

export class InvalidFilename extends Error {}

export interface WheelFilename {
  /** The name part exactly as written in the file name. */
  rawName: string;
  /** canonicalize_name() of it. */
  name: string;
  version: ParsedVersion;
  build?: string;
  /** Every platform tag of the compressed tag set (`manylinux1_x86_64.manylinux2014_x86_64`). */
  platforms: string[];
}

/** `packaging.utils.parse_wheel_filename`, with its messages. */
export function parseWheelFilename(filename: string): WheelFilename {
  if (!filename.endsWith('.whl')) {
    throw new InvalidFilename(
      `Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}`,
    );
  }
  const stem = filename.slice(0, -4);
  const dashes = (stem.match(/-/g) ?? []).length;
  if (dashes !== 4 && dashes !== 5) {
    throw new InvalidFilename(`Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}`);
  }
  const parts = stem.split('-');
  const rawName = parts[0] as string;
  if (rawName.includes('__') || !/^[\p{L}\p{N}_.]*$/u.test(rawName)) {
    throw new InvalidFilename(`Invalid project name: ${pyRepr(stem)}`);
  }
  const version = parseVersion(parts[1] as string);
  if (!version) {
    throw new InvalidFilename(`Invalid wheel filename (invalid version): ${pyRepr(stem)}`);
  }
  let build: string | undefined;
  if (dashes === 5) {
    build = parts[2] as string;
    if (!/^(\d+)(.*)$/.test(build)) {
      throw new InvalidFilename(`Invalid build number: ${build} in ${pyRepr(stem)}`);
    }
  }
  const platforms = (parts[parts.length - 1] as string).split('.');
  return { rawName, name: normalizeName(rawName), version, build, platforms };
}

export interface SdistFilename {
  name: string;
  version: ParsedVersion;
}

/** `packaging.utils.parse_sdist_filename`. */
export function parseSdistFilename(filename: string): SdistFilename {
  let stem: string;
  if (filename.endsWith('.tar.gz')) stem = filename.slice(0, -'.tar.gz'.length);
  else if (filename.endsWith('.zip')) stem = filename.slice(0, -'.zip'.length);
  else {
    throw new InvalidFilename(
      `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`,
    );
  }
  const dash = stem.lastIndexOf('-');
  if (dash < 0) throw new InvalidFilename(`Invalid sdist filename: ${pyRepr(filename)}`);
  const version = parseVersion(stem.slice(dash + 1));
  if (!version) {
    throw new InvalidFilename(`Invalid sdist filename (invalid version): ${pyRepr(filename)}`);
  }
  return { name: normalizeName(stem.slice(0, dash)), version };
}

// Platform tags warehouse accepts for wheels (legacy.py `_valid_platform_tag`).
const ALLOWED_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);
const MAC_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
]);
const LINUX_ARCHES = new Set([
  'x86_64',
  'i686',
  'aarch64',
  'armv7l',
  'ppc64le',
  's390x',
  'riscv64',
]);

export function isValidPlatformTag(tag: string): boolean {
  if (ALLOWED_PLATFORMS.has(tag)) return true;
  const mac = /^macosx_(\d+)_(\d+)_(.*)$/.exec(tag);
  if (mac) {
    const [, major, minor, arch] = mac as unknown as [string, string, string, string];
    if (!MAC_ARCHES.has(arch)) return false;
    return (
      major === '10' || (['11', '12', '13', '14', '15', '26'].includes(major) && minor === '0')
    );
  }
  const linux = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/.exec(tag);
  if (linux) {
    const [, libc, , , arch] = linux as unknown as [string, string, string, string, string];
    return LINUX_ARCHES.has(arch) || (libc === 'many' && arch === 'ppc64');
  }
  return false;
}
