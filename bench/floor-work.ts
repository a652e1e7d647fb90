/**
 * The floor for bench/build: only the work no build of this package can
 * skip, on one thread, with the components the build itself uses. List the
 * source folder; read every file (open, fstat, read, close, as the build
 * does); decode and tokenize each .py (python/tokenize.ts, the first pass of
 * the import analysis); deflate each file (the pinned zlib, as the wheel's
 * members); write the tar and gzip it (tar-writer.ts, as the sdist); write
 * every file into a new tree (as package-dir). No statement scan, import
 * check, rewrite, metadata, zip container or summary.
 *
 * bench/build bundles this with ncc and runs it cold like the action, so
 * that "the old way / this" bounds the speed-up a build reaches on one
 * thread on this machine; two threads can at best share this work, and a
 * worker thread takes about 0.1 s to start here.
 *
 * Run: node floor.js SOURCE_FOLDER NEW_TREE_FOLDER (prints its parts as JSON).
 */
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { deflateRaw } from '../packages/distribution/zlib.js';
import { writeTarGz } from '../packages/distribution/tar-writer.js';
import { tokenize } from '../packages/python/tokenize.js';

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;
const [source, tree] = process.argv.slice(2);
if (source === undefined || tree === undefined)
  throw new Error('usage: floor.js SOURCE_FOLDER NEW_TREE_FOLDER');

const started = nowMs();
const parts: Record<string, number> = {};
let lapStart = started;
const lap = (part: string): void => {
  const now = nowMs();
  parts[part] = Math.round(now - lapStart);
  lapStart = now;
};

const files: Array<{ rel: string; absolute: string }> = [];
const walk = (dir: string, rel: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const absolute = `${dir}/${e.name}`;
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) walk(absolute, r);
    else files.push({ rel: r, absolute });
  }
};
walk(source, '');
lap('list');

const data = files.map(({ absolute }) => {
  const fd = openSync(absolute, 'r');
  try {
    const { size } = fstatSync(fd);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
});
lap('read');

const decoder = new TextDecoder('utf-8', { fatal: true });
let tokens = 0;
files.forEach((f, i) => {
  if (f.rel.endsWith('.py')) tokens += tokenize(decoder.decode(data[i]))?.count ?? 0;
});
lap('tokenize');

let deflated = 0;
for (const d of data) deflated += deflateRaw(d, 6).length;
lap('deflate');

const gz = writeTarGz(
  files.map((f, i) => ({
    path: `pkg/${f.rel}`,
    type: 'file' as const,
    data: data[i] as Uint8Array,
    mode: 0o644,
  })),
  1700000000,
);
lap('tar.gz');

const folders = new Set(files.map((f) => path.dirname(`${tree}/${f.rel}`)));
for (const folder of [...folders].sort()) mkdirSync(folder, { recursive: true });
files.forEach((f, i) => writeFileSync(`${tree}/${f.rel}`, data[i] as Uint8Array, { mode: 0o644 }));
lap('write tree');

process.stdout.write(
  `${JSON.stringify({ files: files.length, tokens, deflated, gz: gz.length, parts, ms: Math.round(nowMs() - started) })}\n`,
);
