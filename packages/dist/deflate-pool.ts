/**
 * Compression off the main thread. The wheel's deflate (one stream per file)
 * and the sdist's gzip are the build's largest CPU cost after the import
 * check; on a 2-core runner half of that work can run on the second core.
 *
 * The worker is the action's own bundle started again with `workerData`
 * naming this role (the entry calls `serveDeflateWorker()` first and runs
 * nothing else when it returns true), so it works inside the single ncc file.
 * Without a worker script (jest, tsx, the CLI on source `.ts`) everything
 * runs on the calling thread: same functions, same bytes.
 *
 * Why not fflate's own async API: its `zip()` compresses files under 160 kB
 * synchronously on the calling thread, and its `deflate()`/`gzip()` start a
 * new Worker per call (tens of ms each): neither helps 5,000 small files.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { deflateSync, gzipSync } from 'fflate';

const ROLE = 'runtime-actions:deflate';

interface Job {
  id: number;
  kind: 'deflate' | 'gzip';
  level: 6 | 9;
  data: Uint8Array[];
}

interface Reply {
  id: number;
  out?: Uint8Array[];
  error?: string;
}

/** One deflate/gzip exactly as the worker runs it, so both paths give the same bytes. */
function run(kind: Job['kind'], level: Job['level'], data: Uint8Array): Uint8Array {
  return kind === 'gzip' ? gzipSync(data, { level, mtime: 0 }) : deflateSync(data, { level });
}

/**
 * In a worker started by `DeflatePool`: answer compression requests and
 * return true (the caller must then do nothing else). Elsewhere: false.
 */
export function serveDeflateWorker(): boolean {
  const port = parentPort;
  if (isMainThread || port === null || (workerData as { role?: unknown } | null)?.role !== ROLE) return false;
  port.on('message', (job: Job) => {
    try {
      const out = job.data.map((d) => run(job.kind, job.level, d));
      port.postMessage({ id: job.id, out } satisfies Reply);
    } catch (e) {
      port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies Reply);
    }
  });
  return true;
}

export class DeflatePool {
  private readonly worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (out: Uint8Array[]) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;

  /**
   * `workerScript`: the bundle that calls `serveDeflateWorker()` at its top;
   * undefined, or a machine with one core: no worker, all work inline.
   */
  constructor(workerScript?: string | URL) {
    if (workerScript === undefined || availableParallelism() < 2) return;
    const worker = new Worker(workerScript, { workerData: { role: ROLE } });
    worker.on('message', (r: Reply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      if (this.pending.size === 0) worker.unref();
      if (r.error !== undefined) p?.reject(new Error(`compression worker: ${r.error}`));
      else p?.resolve(r.out ?? []);
    });
    const fail = (e: Error): void => {
      this.failure = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`compression worker exited with code ${code}`)));
    // Idle, the worker must never keep the process alive; while a reply is
    // awaited it must (else a top-level await would find an empty event loop).
    worker.unref();
    this.worker = worker;
  }

  /** True when work can go to another thread. */
  get parallel(): boolean {
    return this.worker !== undefined && this.failure === undefined;
  }

  /**
   * Raw deflate of every buffer (one stream each), in order. About half go to
   * the worker; the rest are compressed here while it works.
   */
  async deflateEach(data: Uint8Array[], level: 6 | 9): Promise<Uint8Array[]> {
    if (!this.parallel) return data.map((d) => run('deflate', level, d));
    // Give the worker the second half by bytes, not count: sizes vary widely.
    const total = data.reduce((n, d) => n + d.byteLength + 64, 0);
    let split = 0;
    for (let acc = 0; split < data.length && acc < total / 2; split++) acc += (data[split]?.byteLength ?? 0) + 64;
    const remote = this.send('deflate', level, data.slice(split));
    const local = data.slice(0, split).map((d) => run('deflate', level, d));
    return [...local, ...(await remote)];
  }

  /** gzip (header mtime 0) of one buffer, on the worker when there is one. */
  async gzip(data: Uint8Array, level: 6 | 9): Promise<Uint8Array> {
    if (!this.parallel) return run('gzip', level, data);
    const [out] = await this.send('gzip', level, [data]);
    if (out === undefined) throw new Error('compression worker returned nothing');
    return out;
  }

  private send(kind: Job['kind'], level: Job['level'], data: Uint8Array[]): Promise<Uint8Array[]> {
    const worker = this.worker;
    if (worker === undefined || this.failure !== undefined) {
      return Promise.resolve(data.map((d) => run(kind, level, d)));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      // Copied, not transferred: callers keep their buffers (the sdist tree is written after).
      worker.postMessage({ id, kind, level, data } satisfies Job);
    });
  }

  async close(): Promise<void> {
    if (this.worker === undefined) return;
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
