/**
 * The compressor the archive writers use: zlib compiled to WebAssembly
 * (zlib.ts) in every build. Tests swap in the compressor of earlier
 * releases (fflate, a devDependency for that purpose only) to prove that
 * nothing but the compressed bytes changed with it.
 */
import { deflateRaw, DeflateStream } from './zlib.js';

export interface GzipSink {
  /** Takes `data` in before returning: the caller may reuse the buffer (the tar writer does). */
  push(data: Uint8Array): void;
  /** The whole .gz: header (mtime 0), deflate, CRC-32 and size. */
  end(): Uint8Array;
}

export interface ArchiveCompressor {
  /** One raw deflate stream (a zip member). */
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  /** A gzip stream fed piece by piece (the sdist's tar, never held whole). */
  gzip(level: number): GzipSink;
}

/** zlib 1.3.1 in WebAssembly, as @zip.js/zip.js ships it: the bytes every build writes. */
export const pinnedZlib: ArchiveCompressor = {
  deflateRaw,
  gzip: (level) => new DeflateStream('gzip', level),
};

let current: ArchiveCompressor = pinnedZlib;

export function archiveCompressor(): ArchiveCompressor {
  return current;
}

/** For tests only: builds in this thread compress with `c` until reset (undefined). */
export function useArchiveCompressor(c: ArchiveCompressor | undefined): void {
  current = c ?? pinnedZlib;
}
