/** The files a distribution packs, with the path checks both writers share. */
import { createHash } from 'node:crypto';

export interface PackageFile {
  /** POSIX path as installed into site-packages, e.g. `molecule_runtime/main.py`. */
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

export interface BuiltArtifact {
  fileName: string;
  data: Uint8Array;
  sha256: string;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Code-unit order: the same on every machine (no locale collation). */
export function byPath<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Archive paths must stay inside the install root: relative, no `..`, no backslashes, no empty parts. */
export function checkArchivePath(p: string): void {
  if (
    p === '' ||
    p.startsWith('/') ||
    p.includes('\\') ||
    p.split('/').some((part) => part === '' || part === '.' || part === '..')
  ) {
    throw new Error(`unsafe archive path ${JSON.stringify(p)}`);
  }
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
