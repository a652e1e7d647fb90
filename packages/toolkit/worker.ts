/**
 * Worker threads for CPU-bound work inside an action bundle.
 *
 * Each worker thread runs the action's worker bundle (worker.js beside
 * index.js) with `workerData` naming this role: it calls
 * `serveWorker(handlers)` first and runs nothing else when that returns
 * true. Without a worker script (jest, tsx, the CLI run from source `.ts`)
 * `SelfWorker.available` is false and callers do the work on their own
 * thread: same functions, same results.
 */
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROLE = 'runtime-actions:worker';

/**
 * node:worker_threads, loaded when first needed: a build below its worker
 * threshold starts no thread, and loading the module (about 6 ms) is a
 * noticeable part of a small build, whose time is mostly start-up.
 */
function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}

/** What a worker can be asked to do: a name → a pure function of a structured-clonable payload. */
export type WorkerHandlers = Record<string, (payload: never) => unknown>;

interface Request {
  id: number;
  kind: string;
  payload: unknown;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

/** A handler's result whose buffers move back to the caller's thread instead of being copied. */
export class Moved<T> {
  // Fields, not constructor parameter properties: the worker tests load this
  // file through Node's type stripping, which does not support those.
  readonly value: T;
  readonly transfer: ArrayBuffer[];
  constructor(value: T, transfer: ArrayBuffer[]) {
    this.value = value;
    this.transfer = transfer;
  }
}

/**
 * In a worker started by `SelfWorker`: answer requests with `handlers` and
 * return true (the caller must then do nothing else). Elsewhere: false.
 */
export function serveWorker(handlers: WorkerHandlers): boolean {
  const { isMainThread, parentPort: port, workerData } = workerThreads();
  if (isMainThread || port === null || (workerData as { role?: unknown } | null)?.role !== ROLE)
    return false;
  port.on('message', (req: Request) => {
    void (async () => {
      try {
        const handler = handlers[req.kind] as ((payload: unknown) => unknown) | undefined;
        if (handler === undefined) throw new Error(`no handler for ${req.kind}`);
        const result = await handler(req.payload);
        if (result instanceof Moved)
          port.postMessage({ id: req.id, result: result.value } satisfies Reply, result.transfer);
        else port.postMessage({ id: req.id, result } satisfies Reply);
      } catch (e) {
        port.postMessage({
          id: req.id,
          error: e instanceof Error ? e.message : String(e),
        } satisfies Reply);
      }
    })();
  });
  return true;
}

/**
 * The worker bundle beside the calling bundle (`worker.js` next to
 * `index.js`, built from the entry's `worker.ts` by scripts/bundle.mjs), or
 * undefined when the caller runs from source (.ts: everything stays on one
 * thread). A path, not `new URL('./worker.js', import.meta.url)`: ncc would
 * copy the source file that names as an asset and point the bundle at it.
 */
export function bundledWorkerScript(callerUrl: string): string | undefined {
  if (!callerUrl.endsWith('.js')) return undefined;
  return path.join(path.dirname(fileURLToPath(callerUrl)), 'worker.js');
}

/**
 * Worker threads for this machine: one per core beyond this thread's, at
 * most MAX_WORKER_THREADS. On 2 cores (GitHub's runners for private
 * repositories, and this project's test machines) that is one; on 4 (its
 * runners for public repositories) three. Each thread loads its own bundle
 * and grammar (about 85 ms and 50 MiB), so more than three would cost more
 * than they save on the sizes a workspace has.
 */
export const MAX_WORKER_THREADS = 3;

export function defaultWorkerThreads(): number {
  return Math.max(0, Math.min(MAX_WORKER_THREADS, availableParallelism() - 1));
}

interface Thread {
  worker: Worker;
  /** Calls sent to it and not yet answered. */
  pending: number;
}

/**
 * The worker threads of one run, used as one: each call goes to the thread
 * with the fewest calls outstanding. A thread that dies or fails to load
 * takes the group down (`available` turns false and every outstanding call
 * rejects), and callers do the rest of the work on their own thread.
 */
export class SelfWorker {
  private readonly threads: Thread[] = [];
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: unknown) => void; reject: (e: Error) => void }
  >();
  private failure: Error | undefined;

  /**
   * `script`: the bundle that calls `serveWorker()` at its top; undefined: no
   * threads. `count`: how many (default: defaultWorkerThreads(), none on one core).
   */
  constructor(script?: string | URL, count = defaultWorkerThreads()) {
    if (script === undefined) return;
    for (let i = 0; i < count; i++) this.start(script);
  }

  private start(script: string | URL): void {
    const worker = new (workerThreads().Worker)(script, { workerData: { role: ROLE } });
    const thread: Thread = { worker, pending: 0 };
    worker.on('message', (r: Reply) => {
      const p = this.pending.get(r.id);
      if (p === undefined) return;
      this.pending.delete(r.id);
      if (--thread.pending === 0) worker.unref();
      if (r.error !== undefined) p.reject(new Error(`worker thread: ${r.error}`));
      else p.resolve(r.result);
    });
    const fail = (e: Error): void => {
      this.failure ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      for (const t of this.threads) {
        t.pending = 0;
        t.worker.unref();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
    // Idle, a thread must never keep the process alive; while a reply is
    // awaited it must (else a top-level await would find an empty event loop).
    worker.unref();
    this.threads.push(thread);
  }

  /** True when work can go to other threads. */
  get available(): boolean {
    return this.threads.length > 0 && this.failure === undefined;
  }

  /** How many threads there are (0 when unavailable). */
  get size(): number {
    return this.available ? this.threads.length : 0;
  }

  /**
   * Runs `handlers[kind](payload)` on the least busy thread. The payload is
   * copied, except the buffers in `transfer`, which move to the worker and
   * are empty here afterwards.
   */
  call<T>(kind: string, payload: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    const unusable = this.unusable();
    if (unusable !== undefined) return Promise.reject(unusable);
    let thread = this.threads[0] as Thread;
    for (const t of this.threads) if (t.pending < thread.pending) thread = t;
    return this.send<T>(thread, kind, payload, transfer);
  }

  /** Runs `handlers[kind](payload)` on every thread (a warm-up, say). */
  callEach<T>(kind: string, payload: unknown): Promise<T[]> {
    const unusable = this.unusable();
    if (unusable !== undefined) return Promise.reject(unusable);
    return Promise.all(this.threads.map((t) => this.send<T>(t, kind, payload)));
  }

  /** Why no call can be sent, if none can. */
  private unusable(): Error | undefined {
    if (this.threads.length === 0) return new Error('no worker thread');
    return this.failure;
  }

  private send<T>(
    thread: Thread,
    kind: string,
    payload: unknown,
    transfer: ArrayBuffer[] = [],
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      thread.pending++;
      thread.worker.ref();
      thread.worker.postMessage({ id, kind, payload } satisfies Request, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(async (t) => {
        t.worker.removeAllListeners('exit');
        await t.worker.terminate();
      }),
    );
  }
}

/**
 * `items` mapped in order by `local` here and by the worker threads' `kind`
 * handler (which maps a chunk of items to their results the same way) there,
 * in chunks taken from both ends of one queue: this thread from the front,
 * the workers from the back, so no thread waits on another while work
 * remains, whatever each item costs. Without workers, all of it runs here.
 */
export async function shareWork<T, R>(
  worker: SelfWorker | undefined,
  kind: string,
  items: readonly T[],
  local: (item: T) => R | Promise<R>,
  chunkSize = 64,
  /** What the handler receives for a chunk (default: the chunk itself). */
  payload: (chunk: T[]) => unknown = (chunk) => chunk,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  if (worker === undefined || !worker.available) {
    for (let i = 0; i < items.length; i++) results[i] = await local(items[i] as T);
    return results;
  }
  let front = 0;
  let back = items.length;
  // The first failure stops the handing out; the work already under way
  // (here and on the worker) is waited for before it is thrown, so a caller
  // that cleans up after a failure does not race a chunk still running.
  let failure: { error: unknown } | undefined;
  const stop = (error: unknown): void => {
    failure ??= { error };
    back = front;
  };
  const runLocal = async (start: number, end: number): Promise<void> => {
    for (let i = start; i < end; i++) results[i] = await local(items[i] as T);
  };
  // The worker threads eat from the back, two chunks in flight per thread so
  // none idles on a round trip. A chunk that fails there (the thread died) is
  // done here instead.
  const feed = async (): Promise<void> => {
    try {
      while (front < back) {
        const start = Math.max(front, back - chunkSize);
        const end = back;
        back = start;
        let out: R[] | undefined;
        if (worker.available) {
          try {
            out = await worker.call<R[]>(kind, payload(items.slice(start, end)));
          } catch {
            out = undefined;
          }
        }
        if (out === undefined) await runLocal(start, end);
        else for (let i = start; i < end; i++) results[i] = out[i - start] as R;
      }
    } catch (e) {
      stop(e);
    }
  };
  const feeders = Array.from({ length: 2 * worker.size }, () => feed());
  try {
    while (front < back) {
      // Claim the chunk before working on it: the feeders move `back` meanwhile.
      const start = front;
      const end = Math.min(back, front + chunkSize);
      front = end;
      await runLocal(start, end);
      // Let the worker's replies in, so it is handed its next chunk at once.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    stop(e);
  }
  await Promise.all(feeders);
  if (failure !== undefined) throw failure.error;
  return results;
}
