/**
 * Reproducible archives: zip (wheels) with fflate, tar.gz (sdists) with
 * tar-stream, compressed by fflate too. Same entries and epoch → same bytes,
 * on any machine, in any time zone, under any Node version.
 *
 * Why not node:zlib for the gzip: Node bundles its own zlib (Chromium's
 * fork), whose version changes between Node releases and whose deflate
 * output is not promised stable across versions, so the CLI on Node 20 and
 * the action on Node 24 could write different sdists from the same tree.
 * fflate is plain JavaScript pinned by the lock file: one output everywhere.
 */
import { gunzipSync } from 'node:zlib';
import { gzipSync, unzipSync, zipSync, type Zippable } from 'fflate';
import { extract as tarExtract, pack as tarPack } from 'tar-stream';

export interface ArchiveFile {
  /** POSIX path inside the archive. */
  path: string;
  data: Uint8Array;
  /** Unix permission bits: 0o644 or 0o755. */
  mode: number;
}

/** 1980-01-01T00:00:00Z: a zip (DOS) time cannot be earlier. */
export const ZIP_MIN_EPOCH = 315532800;
/** 2107-12-31T23:59:58Z: nor later. */
const ZIP_MAX_EPOCH = 4354819198;

export function clampZipEpoch(epoch: number): number {
  return Math.min(Math.max(Math.floor(epoch), ZIP_MIN_EPOCH), ZIP_MAX_EPOCH);
}

/**
 * fflate writes DOS times from a Date's *local* fields, so build a Date whose
 * local fields are the epoch's UTC fields: the archive then holds UTC, as
 * Python's wheel builders write it, whatever TZ the runner has.
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
  const mtime = zipDate(epoch);
  const tree: Zippable = {};
  for (const f of files) {
    if (f.path in tree) throw new Error(`duplicate archive path ${f.path}`);
    // os 3 (Unix) makes unzip and pip honour the permission bits in attrs.
    tree[f.path] = [f.data, { mtime, os: 3, attrs: ((S_IFREG | f.mode) << 16) >>> 0, level: 6 }];
  }
  return zipSync(tree);
}

/**
 * The files of a zip (directory entries left out). `keep`, when given, sees
 * every entry's path and decides which are inflated: readers that need one
 * file of a large archive skip inflating the rest.
 */
export function readZip(data: Uint8Array, keep?: (path: string) => boolean): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const files = keep ? unzipSync(data, { filter: (f) => keep(f.name) }) : unzipSync(data);
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('/')) out.set(name, content);
  }
  return out;
}

export interface TarEntry {
  path: string;
  type: 'file' | 'directory';
  data: Uint8Array;
  mode: number;
}

/**
 * A POSIX ustar archive (pax headers only for names ustar cannot hold), every
 * entry owned by uid/gid 0 with empty user and group names, stamped with
 * `epoch`, then gzip with header mtime 0 and the OS byte fixed to 255
 * ("unknown", what Python's gzip writes) so no build machine shows through.
 * Directory entries need no data: tar-stream takes them without a buffer.
 */
export async function writeTarGz(entries: TarEntry[], epoch: number): Promise<Uint8Array> {
  const pack = tarPack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => chunks.push(c as Buffer));
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  const mtime = new Date(Math.max(0, Math.floor(epoch)) * 1000);
  // Entries are queued without waiting on each one: tar-stream writes them in order.
  const written = entries.map(
    (e) =>
      new Promise<void>((resolve, reject) => {
        const header = {
          name: e.path,
          type: e.type,
          mode: e.mode,
          mtime,
          uid: 0,
          gid: 0,
          uname: '',
          gname: '',
          size: e.type === 'file' ? e.data.byteLength : 0,
        };
        const cb = (err?: Error | null): void => (err ? reject(err) : resolve());
        if (e.type === 'file') pack.entry(header, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength), cb);
        else pack.entry(header, cb);
      }),
  );
  pack.finalize();
  await Promise.all([...written, done]);
  // Header mtime 0 (fflate leaves it zero) and OS byte 255 ("unknown", what Python's gzip writes).
  const gz = gzipSync(Buffer.concat(chunks), { level: 9, mtime: 0 });
  gz[9] = 255;
  return gz;
}

export async function readTarGz(data: Uint8Array, keep?: (path: string) => boolean): Promise<TarEntry[]> {
  return readTar(gunzipSync(data), keep);
}

/**
 * The files and folders of an uncompressed tar. `keep`, when given, sees
 * every entry's path (links included) and decides which are returned; the
 * others are skipped without buffering their data.
 */
export async function readTar(tar: Uint8Array, keep?: (path: string) => boolean): Promise<TarEntry[]> {
  const extract = tarExtract();
  const entries: TarEntry[] = [];
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const path = header.name.replace(/\/$/, '');
      const kept = keep?.(path) ?? true; // asked for every entry, so callers can note every path
      const wanted = kept && (header.type === 'file' || header.type === 'directory');
      if (!wanted) {
        stream.on('end', () => next());
        stream.resume();
        return;
      }
      const parts: Buffer[] = [];
      stream.on('data', (c: unknown) => parts.push(c as Buffer));
      stream.on('end', () => {
        entries.push({
          path,
          type: header.type as 'file' | 'directory',
          data: new Uint8Array(Buffer.concat(parts)),
          mode: (header.mode ?? 0) & 0o7777,
        });
        next();
      });
      stream.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  extract.end(Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength));
  await done;
  return entries;
}
