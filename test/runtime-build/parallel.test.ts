/**
 * The worker-thread paths: the hand-laid zip, given fflate's deflate, must be
 * byte for byte what fflate's zipSync wrote (the container did not change
 * with the compressor), and compression must give the same bytes whether the
 * work runs inline (tests, source runs) or on the real bundle started as a
 * worker.
 */
import path from 'node:path';
import { jest } from '@jest/globals';
import { pathToFileURL } from 'node:url';
import { deflateSync, zipSync, type Zippable } from 'fflate';
import { repoRoot } from '../../sandbox/runner.js';
import type { ArchiveFile } from '../../packages/distribution/archive.js';
import {
  layoutZip,
  writeZip,
  writeZipParallel,
} from '../../packages/distribution/archive-writer.js';
import { writeTarGz } from '../../packages/distribution/tar-writer.js';
import { tarGzElsewhere } from '../../packages/distribution/tar-gz-job.js';
import { deflateRaw } from '../../packages/distribution/zlib.js';
import { DeflatePool } from '../../packages/distribution/deflate-pool.js';
import { SelfWorker, serveWorker } from '../../packages/toolkit/worker.js';
import { buildWheel, buildWheelParallel } from '../../packages/distribution/wheel.js';
import { sample } from '../distribution/fixture.js';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import {
  buildRuntime,
  type BuildOptions,
  type BuildResult,
} from '../../packages/runtime-build/pipeline.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { stageFolder } from '../../packages/runtime-build/output.js';
import { treeListing } from './tree-listing.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function archiveFiles(): ArchiveFile[] {
  // Pseudo-random sizes and bytes (fixed seed), empty files, non-ASCII names, both modes.
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0);
  const files: ArchiveFile[] = [
    { path: 'pkg/empty.py', data: new Uint8Array(), mode: 0o644 },
    { path: 'pkg/données ✓.txt', data: enc('ünïcode\n'), mode: 0o644 },
    { path: 'pkg/bin/run.sh', data: enc('#!/bin/sh\necho hi\n'), mode: 0o755 },
  ];
  for (let i = 0; i < 200; i++) {
    const n = next() % 5000;
    const data = new Uint8Array(n);
    for (let j = 0; j < n; j++) data[j] = i % 2 ? next() & 255 : 97 + (next() % 6);
    files.push({ path: `pkg/m${i}.py`, data, mode: 0o644 });
  }
  return files;
}

// The worker thread's own bundle, as dist/build/index.js starts it.
const bundle = path.join(repoRoot, 'dist', 'build', 'worker.js');

/** What writeZip wrote until the compressor changed: fflate's zipSync, UTC fields as local ones. */
function fflateZip(files: ArchiveFile[], epoch: number): Uint8Array {
  const u = new Date(epoch * 1000);
  const mtime = new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
  );
  const tree: Zippable = {};
  for (const f of files) {
    tree[f.path] = [f.data, { mtime, os: 3, attrs: ((0o100000 | f.mode) << 16) >>> 0, level: 6 }];
  }
  return zipSync(tree);
}

describe('parallel compression', () => {
  it('lays out the zip container exactly as fflate zipSync did', () => {
    const files = archiveFiles();
    for (const epoch of [315532800, 1700000000, 4102444799]) {
      const bodies = files.map((f) => deflateSync(f.data, { level: 6 }));
      expect(
        Buffer.from(layoutZip(files, bodies, epoch)).equals(Buffer.from(fflateZip(files, epoch))),
      ).toBe(true);
    }
  });

  it('gives the same zip inline as through the pool (inline pool)', async () => {
    const files = archiveFiles();
    const pool = new DeflatePool(new SelfWorker());
    expect(pool.parallel).toBe(false);
    for (const epoch of [0, 1700000000, 4102444799]) {
      expect(
        Buffer.from(await writeZipParallel(files, epoch, pool)).equals(
          Buffer.from(writeZip(files, epoch)),
        ),
      ).toBe(true);
    }
    expect(() => writeZip(files, 4102444800)).toThrow('date not in range 1980-2099');
    await expect(writeZipParallel(files, 4102444800, pool)).rejects.toThrow(
      'date not in range 1980-2099',
    );
    await expect(writeZipParallel([...files, files[0] as ArchiveFile], 0, pool)).rejects.toThrow(
      'duplicate archive path pkg/empty.py',
    );
  });

  it('is not a worker in the test process', () => {
    expect(serveWorker({})).toBe(false);
  });

  // The bundle the runner starts (node scripts/bundle.mjs build first): a missing bundle fails here.
  it('gives the same bytes on the bundle as a worker', async () => {
    const worker = new SelfWorker(pathToFileURL(bundle), 1); // one thread: the message count below
    const pool = new DeflatePool(worker);
    try {
      expect(pool.parallel).toBe(true);
      const files = archiveFiles();
      const [zip, wheel] = await Promise.all([
        writeZipParallel(files, 1700000000, pool),
        buildWheelParallel(sample(), pool),
      ]);
      expect(Buffer.from(zip).equals(Buffer.from(writeZip(files, 1700000000)))).toBe(true);
      expect(wheel.sha256).toBe(buildWheel(sample()).sha256);
      const raw = await pool.deflateEach([enc('a'.repeat(1000))], 6);
      expect(
        Buffer.from(raw[0] as Uint8Array).equals(Buffer.from(deflateRaw(enc('a'.repeat(1000)), 6))),
      ).toBe(true);
      // Prefetched buffers are not sent again and come back as the same
      // bytes; a prefetch at another level is not reused.
      const data = archiveFiles().map((f) => f.data);
      const calls = jest.spyOn(worker, 'call');
      pool.prefetch(data, 9);
      const posted = calls.mock.calls.length;
      expect(posted).toBeGreaterThan(0);
      pool.prefetch(data.slice(0, 150), 6);
      const at6 = await pool.deflateEach(data, 6);
      // One message for the 150 prefetched at 6, one for the 53 missing there.
      expect(calls.mock.calls.length).toBe(posted + 2);
      const at9 = await pool.deflateEach(data, 9);
      // The other 53 are still held at 9; the 150 were prefetched again at 6 since: sent once more.
      expect(calls.mock.calls.length).toBe(posted + 3);
      data.forEach((d, i) => {
        expect(Buffer.from(at6[i] as Uint8Array).equals(Buffer.from(deflateRaw(d, 6)))).toBe(true);
        expect(Buffer.from(at9[i] as Uint8Array).equals(Buffer.from(deflateRaw(d, 9)))).toBe(true);
      });
      calls.mockRestore();
      // The sdist's .tar.gz, written there from one packed buffer of file data.
      const entries = archiveFiles().map((f, i) => ({
        path: f.path,
        type: 'file' as const,
        data: f.data,
        mode: f.mode,
        ...(i % 50 === 0 ? { type: 'directory' as const, data: new Uint8Array() } : {}),
      }));
      const lengths = entries.map((e) => e.data.byteLength);
      const tarCalls = jest.spyOn(worker, 'call');
      const there = await tarGzElsewhere(worker, entries, 1700000000);
      expect(tarCalls.mock.calls.map((c) => c[0])).toEqual(['tar-gz']);
      tarCalls.mockRestore();
      expect(Buffer.from(there).equals(Buffer.from(writeTarGz(entries, 1700000000)))).toBe(true);
      // The caller's buffers are its own still: only a packed copy moved.
      expect(entries.map((e) => e.data.byteLength)).toEqual(lengths);
      // A worker that fails the call (its thread died): written here instead, the same bytes.
      const failing = jest
        .spyOn(worker, 'call')
        .mockRejectedValue(new Error('worker thread exited with code 1'));
      const here = await tarGzElsewhere(worker, entries, 1700000000);
      expect(failing).toHaveBeenCalledTimes(1);
      failing.mockRestore();
      expect(Buffer.from(here).equals(Buffer.from(there))).toBe(true);
    } finally {
      await worker.close();
    }
  });

  it('writes a package tree with the worker, and after a failure on either thread leaves nothing behind', async () => {
    const worker = new SelfWorker(pathToFileURL(bundle));
    const dir = mkdtempSync(path.join(tmpdir(), 'stage-'));
    try {
      const files = Array.from({ length: 1500 }, (_, i) => ({
        path: `pkg${i % 9}/m${i}.py`,
        data: enc(`x = ${i}\n`),
        executable: i % 100 === 0,
      }));
      const staged = await stageFolder(
        path.join(dir, 'tree'),
        files,
        'package-dir',
        'tree',
        worker,
      );
      staged.commit();
      expect(treeListing(path.join(dir, 'tree')).length).toBe(1500);
      expect(statSync(path.join(dir, 'tree', 'pkg0', 'm0.py')).mode & 0o777).toBe(0o755);
      expect(readFileSync(path.join(dir, 'tree', 'pkg5', 'm1499.py'), 'utf8')).toBe('x = 1499\n');
      // A file where a folder must be: whichever thread meets it fails, the
      // other's chunks in flight are waited for, then the staging goes.
      for (const at of [3, 1497]) {
        const clash = [...files];
        clash.splice(at, 0, { path: 'pkg4', data: enc('not a folder'), executable: false });
        const err = await stageFolder(
          path.join(dir, 'again'),
          clash,
          'package-dir',
          'again',
          worker,
        ).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(ActionError);
        expect((err as ActionError).message).toMatch(/^Input 'package-dir': cannot write again: /);
        expect(readdirSync(dir)).toEqual(['tree']);
      }
    } finally {
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the same archives, rewrites and diagnostics with one or three worker threads as without', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'parallel-'));
    const write = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(ws, 'src', rel)), { recursive: true });
      writeFileSync(path.join(ws, 'src', rel), text);
    };
    // threads: 0 = all on this thread.
    const run = async (out: string, threads: number): Promise<BuildResult | string[]> => {
      const options: BuildOptions = {
        cwd: ws,
        source: 'src',
        version: '1.2.3',
        packageName: 'demo-runtime',
        importName: 'demo_rt',
        outDir: out,
        exclude: [],
        sourceDateEpoch: '1700000000',
        packageDir: `${out}-tree`,
        ...(threads > 0
          ? { workerScript: pathToFileURL(bundle), workerMinFiles: 0, workerThreads: threads }
          : {}),
      };
      try {
        return await buildRuntime(options);
      } catch (e) {
        const list = e instanceof ActionErrors ? e.errors : e instanceof ActionError ? [e] : [];
        if (list.length === 0) throw e;
        return list.map((x) => `${x.place.file}:${x.place.line}:${x.place.column} ${x.message}`);
      }
    };
    try {
      for (let i = 0; i < 300; i++) {
        const j = (i + 1) % 300;
        write(
          `pkg${i % 7}/m${i}.py`,
          `import os\nfrom pkg${j % 7} import m${j}\nimport pkg${i % 7}.m${i}\n\ndef f():\n    import json\n    return json\n`,
        );
      }
      write('top.py', 'import pkg0.m0\nfrom pkg1 import m1 as one\n');
      const inlineRun = await run('a', 0);
      expect(Array.isArray(inlineRun) ? inlineRun : 'built').toBe('built');
      const inline = inlineRun as BuildResult;
      expect(inline.packageDir).toBe(path.join(ws, 'a-tree'));
      expect(treeListing(path.join(ws, 'a-tree')).length).toBe(inline.fileCount + 2);
      for (const [out, threads] of [
        ['b', 1],
        ['e', 3],
      ] as const) {
        const threaded = (await run(out, threads)) as BuildResult;
        expect(threaded.wheel.sha256).toBe(inline.wheel.sha256);
        expect(threaded.sdist.sha256).toBe(inline.sdist.sha256);
        expect(threaded.rewrites).toEqual(inline.rewrites);
        expect(threaded.warnings).toEqual(inline.warnings);
        // The package tree (written partly by the workers there): same files, bytes and modes.
        expect(treeListing(path.join(ws, `${out}-tree`))).toEqual(
          treeListing(path.join(ws, 'a-tree')),
        );
      }
      rmSync(path.join(ws, 'e'), { recursive: true });
      rmSync(path.join(ws, 'e-tree'), { recursive: true });
      expect(readdirSync(ws).sort()).toEqual(['a', 'a-tree', 'b', 'b-tree', 'src']);
      // An unresolved name alone: the rewrite has run and the worker is
      // deflating when the check fails; that work is dropped, unreported.
      write('pkg4/gone.py', 'from pkg5.m5 import nothing_here\n');
      const inlineOne = await run('c', 0);
      expect(Array.isArray(inlineOne) && inlineOne.length).toBe(1);
      expect(await run('d', 1)).toEqual(inlineOne);
      expect(await run('d', 3)).toEqual(inlineOne);
      // With a syntax error too (the rewrite stops at it): both reported the same, file, line and column.
      write('pkg3/bad.py', 'def broken(:\n    pass\n');
      const inlineErrors = await run('c', 0);
      expect(Array.isArray(inlineErrors) && inlineErrors.length).toBe(2);
      expect(await run('d', 1)).toEqual(inlineErrors);
      expect(await run('d', 3)).toEqual(inlineErrors);
      // Nothing half-done after a failure: no out-dir, no tree, no staging folder.
      expect(readdirSync(ws).sort()).toEqual(['a', 'a-tree', 'b', 'b-tree', 'src']);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
