/**
 * Reproducible archives: zip (wheels) laid out here, tar.gz (sdists) with
 * tar-stream's header encoding in tar-writer.ts; both compressed by zlib
 * compiled to WebAssembly and pinned in the bundle (zlib.ts). Same entries
 * and epoch → same bytes, on any machine, in any time zone, under any Node
 * version.
 *
 * The compressed bytes changed once (issue #19, the lead's decision): from
 * fflate's deflate to that zlib's, for speed. Everything else is as fflate
 * wrote it, field for field: member order, names, times, modes, the zip and
 * tar headers, the gzip header and trailer (test/runtime-build/compressor.test.ts
 * reads both generations with CPython's zipfile and tarfile and compares every
 * member; test/runtime-build/parallel.test.ts lays fflate's own deflate out
 * here and gets zipSync's bytes). Not node:zlib for writing: see zlib.ts.
 */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { clampZipEpoch, type ArchiveFile } from './archive.js';
import type { DeflatePool } from './deflate-pool.js';
import { archiveCompressor } from './compressor.js';

/**
 * The DOS time is read from a Date's *local* fields (as fflate's zipSync
 * read it), so build a Date whose local fields are the epoch's UTC fields:
 * the archive then holds UTC, as Python's wheel builders write it, whatever
 * TZ the runner has.
 */
function zipDate(epoch: number): Date {
  const u = new Date(clampZipEpoch(epoch) * 1000);
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
}

const S_IFREG = 0o100000;

/** Writes the files in the order given (callers sort) with Unix modes and one fixed time. */
export function writeZip(files: ArchiveFile[], epoch: number): Uint8Array {
  checkUniquePaths(files);
  const deflate = archiveCompressor();
  return layoutZip(
    files,
    files.map((f) => deflate.deflateRaw(f.data, WHEEL_DEFLATE_LEVEL)),
    epoch,
  );
}

function checkUniquePaths(files: ArchiveFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`duplicate archive path ${f.path}`);
    seen.add(f.path);
  }
}

/** Deflate level of every wheel entry: zlib's default, which Python's zipfile and bdist_wheel use. */
export const WHEEL_DEFLATE_LEVEL = 6;

/**
 * The same bytes as `writeZip`, with each file's deflate done by `pool`
 * (on a worker thread when it has one).
 */
export async function writeZipParallel(
  files: ArchiveFile[],
  epoch: number,
  pool: DeflatePool,
): Promise<Uint8Array> {
  checkUniquePaths(files);
  const deflated = await pool.deflateEach(
    files.map((f) => f.data),
    WHEEL_DEFLATE_LEVEL,
  );
  return layoutZip(files, deflated, epoch);
}

/**
 * CRC-32 (ISO-HDLC), as zip stores it: node:zlib's, native (a CRC is a
 * function of the bytes alone, so unlike its deflate it cannot differ
 * between Node builds), about 10× the slice-by-8 JavaScript loop it replaced.
 */
export function crc32(data: Uint8Array): number {
  return zlibCrc32(data);
}

/**
 * The zip container around members already deflated, field for field as
 * fflate's zipSync laid it out before (a test compares the two byte for
 * byte, with fflate's deflate as the bodies).
 */
export function layoutZip(files: ArchiveFile[], deflated: Uint8Array[], epoch: number): Uint8Array {
  const d = zipDate(epoch);
  // fflate's zipSync's limit (its DOS year field stops at 2099), kept.
  if (d.getFullYear() < 1980 || d.getFullYear() > 2099)
    throw new Error('date not in range 1980-2099');
  const dosTime =
    (((d.getFullYear() - 1980) << 25) |
      ((d.getMonth() + 1) << 21) |
      (d.getDate() << 16) |
      (d.getHours() << 11) |
      (d.getMinutes() << 5) |
      (d.getSeconds() >> 1)) >>>
    0;
  const enc = new TextEncoder();
  const names = files.map((f) => enc.encode(f.path));
  let localSize = 0;
  let centralSize = 0;
  names.forEach((n, i) => {
    if (n.length > 65535) throw new Error(`archive path too long: ${files[i]?.path}`);
    localSize += 30 + n.length + (deflated[i] as Uint8Array).length;
    centralSize += 46 + n.length;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  files.forEach((f, i) => {
    const name = names[i] as Uint8Array;
    const body = deflated[i] as Uint8Array;
    const crc = crc32(f.data);
    // General-purpose flag byte 1 bit 3 (0x0800, UTF-8 names) only when the name is not ASCII, as zipSync does.
    const utf8Flag = name.length !== f.path.length ? 8 : 0;
    const offset = at;
    for (const central_ of [false, true]) {
      let b = central_ ? central : at;
      view.setUint32(b, central_ ? 0x02014b50 : 0x04034b50, true);
      b += 4;
      if (central_) {
        out[b++] = 20; // version made by: 2.0
        out[b++] = 3; // ... on Unix, so the permission bits count
      }
      out[b] = 20; // version needed: 2.0
      out[b + 2] = 0;
      out[b + 3] = utf8Flag;
      view.setUint16(b + 4, 8, true); // deflate
      view.setUint32(b + 6, dosTime, true);
      view.setUint32(b + 10, crc, true);
      view.setUint32(b + 14, body.length, true);
      view.setUint32(b + 18, f.data.length, true);
      view.setUint16(b + 22, name.length, true);
      b += 26; // extra field length stays 0
      if (central_) {
        b += 2 + 2 + 2; // comment length, disk, internal attributes: 0
        view.setUint32(b, ((S_IFREG | f.mode) << 16) >>> 0, true);
        view.setUint32(b + 4, offset, true);
        b += 8;
      }
      out.set(name, b);
      b += name.length;
      if (central_) central = b;
      else {
        out.set(body, b);
        at = b + body.length;
      }
    }
  });
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, files.length, true);
  view.setUint16(central + 10, files.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
