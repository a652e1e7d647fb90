/**
 * The compression worker path: the hand-laid zip must be byte for byte what
 * fflate's zipSync writes, and the pool must give the same bytes whether the
 * work runs inline (tests, source runs) or on the real bundle's worker.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'fflate';
import { repoRoot } from '../sandbox/runner.js';
import { writeZip, writeZipParallel, writeTarGz, type ArchiveFile } from '../../packages/dist/archive.js';
import { DeflatePool, serveDeflateWorker } from '../../packages/dist/deflate-pool.js';
import { buildWheel, buildWheelParallel } from '../../packages/dist/wheel.js';
import { buildSdist } from '../../packages/dist/sdist.js';
import { sample } from './fixture.js';

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

const bundle = path.join(repoRoot, 'dist', 'build', 'index.js');

describe('parallel compression', () => {
  it('lays out the zip exactly as fflate zipSync does (inline pool)', async () => {
    const files = archiveFiles();
    const pool = new DeflatePool();
    expect(pool.parallel).toBe(false);
    for (const epoch of [0, 1700000000, 4102444799]) {
      expect(Buffer.from(await writeZipParallel(files, epoch, pool)).equals(Buffer.from(writeZip(files, epoch)))).toBe(
        true,
      );
    }
    expect(() => writeZip(files, 4102444800)).toThrow('date not in range 1980-2099');
    await expect(writeZipParallel(files, 4102444800, pool)).rejects.toThrow('date not in range 1980-2099');
    await expect(writeZipParallel([...files, files[0] as ArchiveFile], 0, pool)).rejects.toThrow(
      'duplicate archive path pkg/empty.py',
    );
  });

  it('is not a worker in the test process', () => {
    expect(serveDeflateWorker()).toBe(false);
  });

  // The bundle the runner starts (node scripts/bundle.mjs build first): a missing bundle fails here.
  it('gives the same bytes on the bundle as a worker', async () => {
    const pool = new DeflatePool(pathToFileURL(bundle));
    try {
      expect(pool.parallel).toBe(true);
      const files = archiveFiles();
      const [zip, wheel, sdist, inline] = await Promise.all([
        writeZipParallel(files, 1700000000, pool),
        buildWheelParallel(sample(), pool),
        buildSdist(sample(), pool),
        buildSdist(sample()),
      ]);
      expect(Buffer.from(zip).equals(Buffer.from(writeZip(files, 1700000000)))).toBe(true);
      expect(wheel.sha256).toBe(buildWheel(sample()).sha256);
      expect(sdist.sha256).toBe(inline.sha256);
      const raw = await pool.deflateEach([enc('a'.repeat(1000))], 6);
      expect(Buffer.from(raw[0] as Uint8Array).equals(Buffer.from(deflateSync(enc('a'.repeat(1000)), { level: 6 })))).toBe(
        true,
      );
      const tar = await writeTarGz([{ path: 'x', type: 'file', data: enc('x'), mode: 0o644 }], 0, pool);
      expect(tar[9]).toBe(255);
    } finally {
      await pool.close();
    }
  });
});
