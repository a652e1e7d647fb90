/**
 * The wheel's deflate (one stream per file) on a worker thread. With writing
 * the package tree it is the build's largest cost after the import check:
 * the worker compresses while this thread gzips the sdist and writes the
 * tree, and its small heap also spares this thread's large one fflate's
 * per-call scratch buffers (about 170 kB per file) and the garbage
 * collections they bring. Without a worker (tests, source runs) everything
 * runs inline: same functions, same bytes.
 *
 * Why not fflate's own async API: its `zip()` compresses files under 160 kB
 * synchronously on the calling thread, and its `deflate()`/`gzip()` start a
 * new Worker per call (tens of ms each): neither helps 5,000 small files.
 */
import { deflateSync } from 'fflate';
import type { SelfWorker } from '../toolkit/worker.js';

type Level = 6 | 9;

/** Files per message handed to the worker: big enough to make posting cheap, small enough to stream replies back. */
const HANDOFF_CHUNK = 512;

function deflateOne(data: Uint8Array, level: Level): Uint8Array {
  return deflateSync(data, { level });
}

/** What the worker serves for `DeflatePool` (the bundle passes these to `serveWorker`). */
export const compressionHandlers = {
  deflate: (p: { data: Uint8Array[]; level: Level }): Uint8Array[] => p.data.map((d) => deflateOne(d, p.level)),
};

export class DeflatePool {
  constructor(private readonly worker?: SelfWorker) {}

  /** True when work can go to another thread. */
  get parallel(): boolean {
    return this.worker?.available ?? false;
  }

  /**
   * Raw deflate of every buffer (one stream each), in order. With a worker,
   * all of it is handed over at once (posted before this returns) and this
   * thread stays free: the build writes the package tree meanwhile, which
   * costs as much again in file creation. A chunk the worker fails on (the
   * thread died) is compressed here instead.
   */
  async deflateEach(data: Uint8Array[], level: Level): Promise<Uint8Array[]> {
    const worker = this.worker;
    if (worker === undefined || !worker.available) return data.map((d) => deflateOne(d, level));
    const chunks: Array<Promise<Uint8Array[]>> = [];
    for (let start = 0; start < data.length; start += HANDOFF_CHUNK) {
      const chunk = data.slice(start, start + HANDOFF_CHUNK);
      chunks.push(
        worker.call<Uint8Array[]>('deflate', { data: chunk, level }).catch(() => chunk.map((d) => deflateOne(d, level))),
      );
    }
    return (await Promise.all(chunks)).flat();
  }

}
