/**
 * The wheel's deflate (one stream per file), on a worker thread when the
 * build has one: the worker compresses while this thread analyses and
 * checks the imports and writes the package tree. Without a worker
 * (tests, source runs, small trees) everything runs inline: same functions,
 * same bytes (the pinned zlib of zlib.ts, in either thread).
 */
import { archiveCompressor } from './compressor.js';
import { buffersOf, pack, unpack, type Packed } from '../toolkit/packed.js';
import { Moved, type SelfWorker } from '../toolkit/worker.js';

type Level = 6 | 9;

/** Files per message handed to the worker: big enough to make posting cheap, small enough to stream replies back. */
const HANDOFF_CHUNK = 512;
const MIN_HANDOFF_CHUNK = 64;

function deflateOne(data: Uint8Array, level: Level): Uint8Array {
  return archiveCompressor().deflateRaw(data, level);
}

/** What the worker serves for `DeflatePool` (the bundle passes these to `serveWorker`). */
export const compressionHandlers = {
  deflate: (p: { packed: Packed; level: Level }): Moved<Packed> => {
    const out = pack(unpack(p.packed).map((d) => deflateOne(d, p.level)));
    return new Moved(out, buffersOf(out));
  },
};

export class DeflatePool {
  /** Deflates posted early (`prefetch`), by buffer identity, with their level. */
  private readonly early = new WeakMap<
    Uint8Array,
    { level: Level; deflated: Promise<Uint8Array> }
  >();

  constructor(private readonly worker?: SelfWorker) {}

  /** True when work can go to another thread. */
  get parallel(): boolean {
    return this.worker?.available ?? false;
  }

  /**
   * Starts the worker on these buffers now, while this thread does other
   * work (the import check); deflateEach then finds them done or under way.
   * Without a worker it does nothing: deflateEach compresses inline.
   */
  prefetch(data: Uint8Array[], level: Level): void {
    if (!this.parallel) return;
    const todo = data.filter((d) => this.early.get(d)?.level !== level);
    this.handOff(todo, level).forEach((deflated, i) =>
      this.early.set(todo[i] as Uint8Array, { level, deflated }),
    );
  }

  /**
   * Raw deflate of every buffer (one stream each), in order. With a worker,
   * all of it is handed over at once (posted before this returns) and this
   * thread stays free: the build writes the package tree meanwhile, which
   * costs as much again in file creation.
   */
  async deflateEach(data: Uint8Array[], level: Level): Promise<Uint8Array[]> {
    if (!this.parallel) return data.map((d) => deflateOne(d, level));
    const out = new Array<Promise<Uint8Array>>(data.length);
    const missing: number[] = [];
    data.forEach((d, i) => {
      const early = this.early.get(d);
      if (early?.level === level) out[i] = early.deflated;
      else missing.push(i);
    });
    this.handOff(
      missing.map((i) => data[i] as Uint8Array),
      level,
    ).forEach((deflated, k) => (out[missing[k] as number] = deflated));
    return Promise.all(out);
  }

  /**
   * Posts `data` to the workers in a few large messages, all before this
   * returns; a promise per buffer. A chunk the worker fails on (the thread
   * died) is compressed here instead.
   */
  private handOff(data: Uint8Array[], level: Level): Array<Promise<Uint8Array>> {
    const worker = this.worker as SelfWorker;
    const out: Array<Promise<Uint8Array>> = [];
    // With several threads, at least two messages each, so every one gets a share.
    const chunkSize =
      worker.size > 1
        ? Math.min(
            HANDOFF_CHUNK,
            Math.max(MIN_HANDOFF_CHUNK, Math.ceil(data.length / (2 * worker.size))),
          )
        : HANDOFF_CHUNK;
    for (let start = 0; start < data.length; start += chunkSize) {
      const chunk = data.slice(start, start + chunkSize);
      const packed = pack(chunk);
      const done = worker
        .call<Packed>('deflate', { packed, level }, buffersOf(packed))
        .then(unpack)
        // Never rejects, so work nobody awaits (a failed check drops what was
        // prefetched) cannot surface as an unhandled rejection.
        .catch(() => chunk.map((d) => deflateOne(d, level)));
      chunk.forEach((_, k) => out.push(done.then((r) => r[k] as Uint8Array)));
    }
    return out;
  }
}
