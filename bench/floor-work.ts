/**
 * The floor for bench/build: only the work no build of this package can
 * skip, with the components the build itself uses. List the source
 * folder; read every file (tree.ts's readSourceFile, as the build does);
 * decode and tokenize each .py (python/tokenize.ts, the first pass of the
 * import analysis); deflate each file (the pinned zlib, as the wheel's
 * members); write the tar and gzip it (tar-writer.ts, as the sdist); write
 * every file into a new tree (as package-dir). No statement scan, import
 * check, rewrite, metadata, zip container or summary.
 *
 * bench/build bundles this with ncc and runs it cold like the action, so
 * that "the old way / this" bounds the speed-up a build reaches on this
 * machine. With `--two-threads` the same work is shared the way a build
 * with a worker thread could share it at best: the worker is started
 * first, before anything is listed; this thread lists, reads and tokenizes
 * and moves the files to it in batches as they are read; the worker
 * deflates each, writes it into the tree and feeds the tar into one gzip
 * stream as they come.
 *
 * Run: node floor.js SOURCE_FOLDER NEW_TREE_FOLDER [--two-threads]
 * (prints its parts as JSON).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { deflateRaw } from '../packages/distribution/zlib.js';
import { writeTar, writeTarGz } from '../packages/distribution/tar-writer.js';
import { archiveCompressor } from '../packages/distribution/compressor.js';
import { pack, unpack, type Packed } from '../packages/toolkit/packed.js';
import { tokenize } from '../packages/python/tokenize.js';
import { readSourceFile } from '../packages/runtime-build/tree.js';

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

interface Batch {
  rels: string[];
  files: Packed;
}

/** The worker of --two-threads: deflate, write into the tree, tar + gzip, batch by batch. */
function serveFloorWorker(tree: string): void {
  const port = parentPort!;
  const gz = archiveCompressor().gzip(6);
  const folders = new Set<string>();
  let deflated = 0;
  let count = 0;
  port.on('message', (batch: Batch | 'end') => {
    if (batch === 'end') {
      gz.push(new Uint8Array(1024));
      const out = gz.end();
      port.postMessage({ deflated, gz: out.length, files: count });
      return;
    }
    const data = unpack(batch.files);
    batch.rels.forEach((rel, i) => {
      const d = data[i] as Uint8Array;
      deflated += deflateRaw(d, 6).length;
      const folder = path.dirname(`${tree}/${rel}`);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(`${tree}/${rel}`, d, { mode: 0o644 });
    });
    // writeTar ends every call with the end-of-archive blocks: hold each piece
    // back one step and drop the last; the end goes on once, at 'end'.
    let held: Uint8Array | undefined;
    writeTar(
      batch.rels.map((rel, i) => ({
        path: `pkg/${rel}`,
        type: 'file' as const,
        data: data[i] as Uint8Array,
        mode: 0o644,
      })),
      1700000000,
      (piece) => {
        if (held !== undefined) gz.push(held);
        held = piece;
      },
    );
    count += batch.rels.length;
  });
}

if (!isMainThread && (workerData as { floor?: string } | null)?.floor !== undefined) {
  serveFloorWorker((workerData as { floor: string }).floor);
} else {
  await main();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const twoThreads = args.includes('--two-threads');
  const [source, tree] = args.filter((a) => !a.startsWith('--'));
  if (source === undefined || tree === undefined)
    throw new Error('usage: floor.js SOURCE_FOLDER NEW_TREE_FOLDER [--two-threads]');
  const started = nowMs();
  const worker = twoThreads
    ? new Worker(fileURLToPath(import.meta.url), { workerData: { floor: tree } })
    : undefined;
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

  const readOne = (absolute: string): Uint8Array => readSourceFile(absolute).bytes;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let tokens = 0;
  const tokenizeOne = (rel: string, d: Uint8Array): void => {
    if (rel.endsWith('.py')) tokens += tokenize(decoder.decode(d))?.count ?? 0;
  };

  if (worker !== undefined) {
    // Read and tokenize here, 256 files a batch moved to the worker as read.
    const done = new Promise<{ deflated: number; gz: number; files: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    for (let from = 0; from < files.length; from += 256) {
      const batch = files.slice(from, from + 256);
      const data = batch.map((f) => readOne(f.absolute));
      batch.forEach((f, i) => tokenizeOne(f.rel, data[i] as Uint8Array));
      const packed = pack(data);
      worker.postMessage({ rels: batch.map((f) => f.rel), files: packed } satisfies Batch, [
        packed.bytes.buffer as ArrayBuffer,
        packed.ends.buffer as ArrayBuffer,
      ]);
    }
    worker.postMessage('end');
    lap('read+tokenize here');
    const result = await done;
    lap('wait for the worker');
    await worker.terminate();
    process.stdout.write(
      `${JSON.stringify({ ...result, tokens, parts, ms: Math.round(nowMs() - started) })}\n`,
    );
    return;
  }

  const data = files.map(({ absolute }) => readOne(absolute));
  lap('read');
  files.forEach((f, i) => tokenizeOne(f.rel, data[i] as Uint8Array));
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
  files.forEach((f, i) =>
    writeFileSync(`${tree}/${f.rel}`, data[i] as Uint8Array, { mode: 0o644 }),
  );
  lap('write tree');
  process.stdout.write(
    `${JSON.stringify({ files: files.length, tokens, deflated, gz: gz.length, parts, ms: Math.round(nowMs() - started) })}\n`,
  );
}
