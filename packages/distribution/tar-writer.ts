/**
 * The sdist's archive: a POSIX ustar tar, gzipped. A module of its own
 * (not archive-writer.ts, the wheel's zip) so that the worker thread, which
 * writes it (tar-gz-job.ts), loads only this and the compressor.
 */
import type { TarEntry } from './archive.js';
import { archiveCompressor } from './compressor.js';

/**
 * A POSIX ustar archive (pax headers only for names ustar cannot hold), every
 * entry owned by uid/gid 0 with empty user and group names, stamped with
 * `epoch`, then gzip with header mtime 0 and the OS byte fixed to 255
 * ("unknown", what Python's gzip writes) so no build machine shows through.
 *
 * Streamed: the tar is never held whole. Each header and file goes straight
 * into the gzip stream (at 5,000 files the tar is ~9 MB, the .gz ~0.4 MB).
 * In a build with a worker thread this runs there (tar-gz-job.ts).
 */
export function writeTarGz(entries: TarEntry[], epoch: number): Uint8Array {
  // Level 6, not Python tarfile's 9: about half the time for an archive a few % larger.
  const gz = archiveCompressor().gzip(SDIST_GZIP_LEVEL);
  writeTar(entries, epoch, (piece) => gz.push(piece));
  const out = gz.end();
  // OS byte 255 ("unknown", what Python's gzip writes); the header's mtime is already 0.
  out[9] = 255;
  return out;
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
