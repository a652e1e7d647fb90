/**
 * Reading archives back: the files of a zip, the entries of a tar or
 * tar.gz. Writing is archive-writer.ts (only bundles that build archives
 * carry its compressor). Inflating needs no pinned decoder: any correct
 * inflate gives the same bytes.
 */
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { extract as tarExtract } from 'tar-stream';

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
 * The files of a zip (directory entries left out). `keep`, when given, sees
 * every entry's path and decides which are inflated: readers that need one
 * file of a large archive skip inflating the rest.
 */
export function readZip(
  data: Uint8Array,
  keep?: (path: string) => boolean,
): Map<string, Uint8Array> {
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

export async function readTarGz(
  data: Uint8Array,
  keep?: (path: string) => boolean,
): Promise<TarEntry[]> {
  return readTar(gunzipSync(data), keep);
}

/**
 * The files and folders of an uncompressed tar. `keep`, when given, sees
 * every entry's path (links included) and decides which are returned; the
 * others are skipped without buffering their data.
 */
export async function readTar(
  tar: Uint8Array,
  keep?: (path: string) => boolean,
): Promise<TarEntry[]> {
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
