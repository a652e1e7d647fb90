/**
 * SelfWorker as a group of threads: each call goes to the least busy thread,
 * callEach reaches every one, and a thread that dies takes the group down
 * without losing work (shareWork finishes it here). Both ends are the real
 * code: each thread runs packages/toolkit/worker.ts's own serveWorker (Node
 * 24 loads the TypeScript as it is), with handlers that answer with the
 * thread's id, which the action bundles have no handler for. That the
 * bundles' worker.js serves real work is tested in test/runtime-build/parallel.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../sandbox/runner.js';
import {
  defaultWorkerThreads,
  MAX_WORKER_THREADS,
  SelfWorker,
  shareWork,
} from '../../packages/toolkit/worker.js';

const SCRIPT = `
import { threadId } from 'node:worker_threads';
let kept;
const { serveWorker, Moved } = await import(${JSON.stringify(
  pathToFileURL(path.join(repoRoot, 'packages', 'toolkit', 'worker.ts')).href,
)});
serveWorker({
  thread: (ms) => new Promise((resolve) => setTimeout(() => resolve(threadId), ms)),
  double: (ns) => ns.map((n) => [threadId, n * 2]),
  die: () => process.exit(3),
  // Answers with the bytes plus one, moved back; keptLength then tells
  // whether this thread still holds them (0 once they moved).
  move: (bytes) => {
    kept = bytes.map((b) => b + 1);
    return new Moved(kept, [kept.buffer]);
  },
  keptLength: () => kept.byteLength,
});
`;

let dir: string;
let script: URL;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'self-worker-'));
  const file = path.join(dir, 'worker.mjs');
  writeFileSync(file, SCRIPT);
  script = pathToFileURL(file);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SelfWorker', () => {
  it('starts one thread per core beyond the first, at most three', () => {
    expect(defaultWorkerThreads()).toBeGreaterThanOrEqual(0);
    expect(defaultWorkerThreads()).toBeLessThanOrEqual(MAX_WORKER_THREADS);
    const none = new SelfWorker(undefined, 3);
    expect(none.available).toBe(false);
    expect(none.size).toBe(0);
  });

  it('moves buffers both ways when asked: the transfer list out, a Moved result back', async () => {
    const group = new SelfWorker(script, 1);
    try {
      const bytes = new Uint8Array([1, 2, 3]);
      const back = await group.call<Uint8Array>('move', bytes, [bytes.buffer]);
      expect(bytes.byteLength).toBe(0);
      expect([...back]).toEqual([2, 3, 4]);
      expect(await group.call<number>('keptLength', null)).toBe(0);
    } finally {
      await group.close();
    }
  });

  it('sends each call to the least busy thread and callEach to all', async () => {
    const group = new SelfWorker(script, 3);
    try {
      expect(group.size).toBe(3);
      const all = await group.callEach<number>('thread', 0);
      expect(new Set(all).size).toBe(3);
      // Six slow calls at once: two on each thread.
      const ids = await Promise.all(
        Array.from({ length: 6 }, () => group.call<number>('thread', 50)),
      );
      const perThread = new Map<number, number>();
      for (const id of ids) perThread.set(id, (perThread.get(id) ?? 0) + 1);
      expect([...perThread.values()]).toEqual([2, 2, 2]);
      await expect(group.call('nothing', null)).rejects.toThrow(
        'worker thread: no handler for nothing',
      );
      expect(group.available).toBe(true);
    } finally {
      await group.close();
    }
  });

  it('shares work with every thread from the back of the queue', async () => {
    const group = new SelfWorker(script, 2);
    try {
      const items = Array.from({ length: 2000 }, (_, i) => i);
      const results = await shareWork<number, [number, number]>(
        group,
        'double',
        items,
        (n) => [0, n * 2],
        16,
      );
      expect(results.map((r) => r[1])).toEqual(items.map((n) => n * 2));
      // This thread (0) took from the front; both workers from the back.
      const who = new Set(results.map((r) => r[0]));
      expect(who.size).toBe(3);
      expect(results[0]?.[0]).toBe(0);
      expect(results[results.length - 1]?.[0]).not.toBe(0);
    } finally {
      await group.close();
    }
  });

  it('goes down as a group when one thread dies, and the work is finished here', async () => {
    const group = new SelfWorker(script, 2);
    try {
      const slow = group.call<number>('thread', 200);
      await expect(group.call('die', null)).rejects.toThrow('worker thread exited with code 3');
      // The other thread's call is rejected too: nobody waits on a half-dead group.
      await expect(slow).rejects.toThrow('worker thread exited with code 3');
      expect(group.available).toBe(false);
      expect(group.size).toBe(0);
      await expect(group.callEach('thread', 0)).rejects.toThrow('exited with code 3');
      const items = Array.from({ length: 100 }, (_, i) => i);
      const results = await shareWork<number, number>(group, 'double', items, (n) => n * 2);
      expect(results).toEqual(items.map((n) => n * 2));
    } finally {
      await group.close();
    }
  });
});
