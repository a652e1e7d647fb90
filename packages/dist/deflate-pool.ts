/**
 * Compression shared with a worker thread. The wheel's deflate (one stream
 * per file) and the sdist's gzip are the build's largest CPU cost after the
 * import check; on a 2-core runner half of it can run on the second core.
 * Without a worker (tests, source runs) everything runs inline: same
 * functions, same bytes.
 *
 * Why not fflate's own async API: its `zip()` compresses files under 160 kB
 * synchronously on the calling thread, and its `deflate()`/`gzip()` start a
 * new Worker per call (tens of ms each): neither helps 5,000 small files.
 */
import { deflateSync, gzipSync } from 'fflate';
import { shareWork, type SelfWorker } from '../toolkit/worker.js';

type Level = 6 | 9;

function deflateOne(data: Uint8Array, level: Level): Uint8Array {
  return deflateSync(data, { level });
}

function gzipOne(data: Uint8Array, level: Level): Uint8Array {
  return gzipSync(data, { level, mtime: 0 });
}

/** What the worker serves for `DeflatePool` (the bundle passes these to `serveWorker`). */
export const compressionHandlers = {
  deflate: (p: { data: Uint8Array[]; level: Level }): Uint8Array[] => p.data.map((d) => deflateOne(d, p.level)),
  gzip: (p: { data: Uint8Array; level: Level }): Uint8Array => gzipOne(p.data, p.level),
};

export class DeflatePool {
  constructor(private readonly worker?: SelfWorker) {}

  /** True when work can go to another thread. */
  get parallel(): boolean {
    return this.worker?.available ?? false;
  }

  /**
   * Raw deflate of every buffer (one stream each), in order, shared with the
   * worker chunk by chunk.
   */
  async deflateEach(data: Uint8Array[], level: Level): Promise<Uint8Array[]> {
    return shareWork(this.worker, 'deflate', data, (d) => deflateOne(d, level), 128, (chunk) => ({ data: chunk, level }));
  }

  /** gzip (header mtime 0) of one buffer, on the worker when there is one. */
  async gzip(data: Uint8Array, level: Level): Promise<Uint8Array> {
    const worker = this.worker;
    if (worker === undefined || !worker.available) return gzipOne(data, level);
    return worker.call<Uint8Array>('gzip', { data, level });
  }
}
