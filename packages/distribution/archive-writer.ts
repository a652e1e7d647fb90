/**
 * Reproducible archives: zip (wheels) laid out here, tar.gz (sdists) with
 * tar-stream's header encoding; both compressed by zlib compiled to WebAssembly and pinned in
 * the bundle (zlib.ts). Same entries and epoch → same bytes, on any machine,
 * in any time zone, under any Node version.
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
import { clampZipEpoch, type ArchiveFile, type TarEntry } from './archive.js';
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

/**
 * A POSIX ustar archive (pax headers only for names ustar cannot hold), every
 * entry owned by uid/gid 0 with empty user and group names, stamped with
 * `epoch`, then gzip with header mtime 0 and the OS byte fixed to 255
 * ("unknown", what Python's gzip writes) so no build machine shows through.
 *
 * Streamed, the tar is never held whole: each header and file goes straight
 * into the gzip stream (at 5,000 files the tar is ~9 MB, the .gz ~0.4 MB).
 * With `gzipWhole` it is built in one buffer of its exact size, to be moved
 * to the thread that compresses it.
 */
export async function writeTarGz(
  entries: TarEntry[],
  epoch: number,
  /**
   * Gzips the whole tar elsewhere (DeflatePool.gzip: on the worker thread,
   * while this one writes the package tree). Undefined: streamed here.
   * Either way the same bytes: a deflate stream does not depend on how its
   * input was split.
   */
  gzipWhole?: (tar: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  let out: Uint8Array;
  if (gzipWhole !== undefined) {
    // Each piece copied in as it comes (writeTar reuses its header buffer),
    // into one buffer of the tar's exact size (gzipWhole may transfer it).
    const tar = new Uint8Array(tarSize(entries));
    let length = 0;
    writeTar(entries, epoch, (piece) => {
      tar.set(piece, length);
      length += piece.length;
    });
    if (length !== tar.length) throw new Error(`tar size ${length}, expected ${tar.length}`);
    out = await gzipWhole(tar);
  } else {
    // Level 6, not Python tarfile's 9: about half the time for an archive a few % larger.
    const gz = archiveCompressor().gzip(SDIST_GZIP_LEVEL);
    writeTar(entries, epoch, (piece) => gz.push(piece));
    out = gz.end();
  }
  // OS byte 255 ("unknown", what Python's gzip writes); the header's mtime is already 0.
  out[9] = 255;
  return out;
}

/** The bytes writeTar writes for `entries`: a header each (two with a pax record), data padded to 512, and the end. */
function tarSize(entries: TarEntry[]): number {
  const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;
  let size = 2 * BLOCK;
  for (const e of entries) {
    size += BLOCK + (e.type === 'file' ? padded(e.data.byteLength) : 0);
    if (ustarName(e.path) === undefined)
      size += BLOCK + padded(Buffer.byteLength(paxRecord(` path=${e.path}\n`)));
  }
  return size;
}

/** The sdist's gzip level (see writeTarGz). */
export const SDIST_GZIP_LEVEL = 6;

const BLOCK = 512;
const ZEROS = new Uint8Array(2 * BLOCK);

/**
 * The tar bytes tar-stream 3's `pack` wrote for these entries (the writer
 * until issue #19, and still the reference in test/distribution/tar.test.ts),
 * without its stream machinery: its ustar header encoding field for field,
 * a pax header (named PaxHeader, as tar-stream names it) when the name is not
 * ASCII or cannot be split into ustar's 100-byte name and 155-byte prefix,
 * padding to 512 bytes, and 1,024 zero bytes at the end. `push` sees each
 * piece once and may not keep it (the header buffer is reused).
 */
export function writeTar(
  entries: TarEntry[],
  epoch: number,
  push: (piece: Uint8Array) => void,
): void {
  const mtime = Math.max(0, Math.floor(epoch)) | 0; // seconds, as tar-stream took them from a Date
  const header = Buffer.alloc(BLOCK);
  const pad = (size: number): void => {
    if (size % BLOCK !== 0) push(ZEROS.subarray(0, BLOCK - (size % BLOCK)));
  };
  for (const e of entries) {
    const size = e.type === 'file' ? e.data.byteLength : 0;
    const typeflag = e.type === 'file' ? 0 : 5;
    if (!ustarHeader(header, e.path, e.mode, size, mtime, typeflag)) {
      const pax = Buffer.from(paxRecord(` path=${e.path}\n`));
      ustarHeader(header, 'PaxHeader', e.mode, pax.byteLength, mtime, 72);
      push(header);
      push(pax);
      pad(pax.byteLength);
      ustarHeader(header, 'PaxHeader', e.mode, size, mtime, typeflag);
    }
    push(header);
    if (size > 0) {
      push(e.data);
      pad(size);
    }
  }
  push(ZEROS);
}

/** ustar's 100-byte name and 155-byte prefix for a path; undefined when they cannot hold it (a pax record then does). */
function ustarName(fullName: string): { name: string; prefix: string } | undefined {
  // tar-stream leaves directory names without a trailing slash (its check reads a field it never sets).
  if (Buffer.byteLength(fullName) !== fullName.length) return undefined; // not ASCII
  let name = fullName;
  let prefix = '';
  while (name.length > 100) {
    const i = name.indexOf('/');
    if (i === -1) return undefined;
    prefix += prefix ? `/${name.slice(0, i)}` : name.slice(0, i);
    name = name.slice(i + 1);
  }
  if (name.length > 100 || prefix.length > 155) return undefined;
  return { name, prefix };
}

/** tar-stream's headers.encode (uid, gid 0; empty uname, gname, linkname); false when ustar cannot hold the name. */
function ustarHeader(
  buf: Buffer,
  fullName: string,
  mode: number,
  size: number,
  mtime: number,
  typeflag: number,
): boolean {
  const split = ustarName(fullName);
  if (split === undefined) return false;
  const { name, prefix } = split;
  buf.fill(0);
  buf.write(name, 0, 'latin1');
  buf.write(octal(mode & 0o7777, 6), 100, 'latin1');
  buf.write(octal(0, 6), 108, 'latin1');
  buf.write(octal(0, 6), 116, 'latin1');
  if (size.toString(8).length > 11) {
    buf[124] = 0x80;
    let n = size;
    for (let i = 11; i > 0; i--) {
      buf[124 + i] = n & 0xff;
      n = Math.floor(n / 0x100);
    }
  } else buf.write(octal(size, 11), 124, 'latin1');
  buf.write(octal(mtime, 11), 136, 'latin1');
  buf[156] = 48 + typeflag;
  buf.write('ustar\u000000', 257, 'latin1');
  buf.write(octal(0, 6), 329, 'latin1');
  buf.write(octal(0, 6), 337, 'latin1');
  if (prefix) buf.write(prefix, 345, 'latin1');
  let sum = 8 * 32;
  for (let i = 0; i < 148; i++) sum += buf[i] as number;
  for (let i = 156; i < BLOCK; i++) sum += buf[i] as number;
  buf.write(octal(sum, 6), 148, 'latin1');
  return true;
}

function octal(value: number, digits: number): string {
  const s = value.toString(8);
  return s.length > digits ? `${'7'.repeat(digits)} ` : `${'0'.repeat(digits - s.length)}${s} `;
}

/** A pax record: its own decimal length, then the text (tar-stream's addLength). */
function paxRecord(text: string): string {
  const len = Buffer.byteLength(text);
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
  if (len + digits >= Math.pow(10, digits)) digits++;
  return `${len + digits}${text}`;
}
