/**
 * The sdist's tar (packages/distribution/tar-writer.ts writeTar) must be
 * byte for byte what tar-stream's pack wrote before issue #19, for every
 * shape of entry: short and long names (ustar prefix split), names only pax
 * can hold (too long to split, non-ASCII), folders, empty and odd-sized
 * files, both modes, epochs before 1970 and far ahead.
 */
import { pack as tarPack } from 'tar-stream';
import type { TarEntry } from '../../packages/distribution/archive.js';
import { writeTar, writeTarGz } from '../../packages/distribution/tar-writer.js';
import { gunzipSync } from 'node:zlib';

async function tarStream(entries: TarEntry[], epoch: number): Promise<Buffer> {
  const pack = tarPack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pack.on('data', (c: unknown) => chunks.push(c as Buffer));
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  const mtime = new Date(Math.max(0, Math.floor(epoch)) * 1000);
  for (const e of entries) {
    const header = {
      name: e.path,
      type: e.type,
      mode: e.mode,
      mtime,
      uid: 0,
      gid: 0,
      uname: '',
      gname: '',
    };
    if (e.type === 'file') pack.entry({ ...header, size: e.data.byteLength }, Buffer.from(e.data));
    else pack.entry({ ...header, size: 0 });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

function ours(entries: TarEntry[], epoch: number): Buffer {
  const pieces: Buffer[] = [];
  writeTar(entries, epoch, (p) => pieces.push(Buffer.from(p))); // copied: the header buffer is reused
  return Buffer.concat(pieces);
}

const file = (path: string, size: number, mode = 0o644): TarEntry => ({
  path,
  type: 'file',
  mode,
  data: new Uint8Array(size).map((_, i) => 97 + (i % 26)),
});
const dir = (path: string): TarEntry => ({
  path,
  type: 'directory',
  data: new Uint8Array(),
  mode: 0o755,
});

/** Every entry shape: prefix splits, pax records (too long, non-ASCII), folders, empty and odd sizes. */
function everyShape(): TarEntry[] {
  const long = `pkg-1.0/${'a'.repeat(90)}/${'b'.repeat(90)}/${'c'.repeat(60)}.py`; // prefix split
  return [
    dir('pkg-1.0'),
    dir('pkg-1.0/sub'),
    file('pkg-1.0/PKG-INFO', 1234),
    file('pkg-1.0/empty.py', 0),
    file('pkg-1.0/exactly.txt', 512),
    file('pkg-1.0/run.sh', 17, 0o755),
    file(long, 700),
    file(`pkg-1.0/${'x'.repeat(120)}.py`, 10), // one part over 100: pax
    file(`pkg-1.0/${'d/'.repeat(90)}deep.py`, 5), // prefix over 155: pax
    file('pkg-1.0/données ✓.txt', 9), // not ASCII: pax
    dir(`pkg-1.0/${'é'.repeat(60)}`),
    file(`pkg-1.0/${'y'.repeat(99)}`, 1),
    file(`pkg-1.0/${'z'.repeat(100)}`, 1),
  ];
}

describe('writeTar', () => {
  it('writes what tar-stream wrote, entry shape by entry shape', async () => {
    const entries = everyShape();
    for (const epoch of [0, -5, 1700000000, 2 ** 33 + 0.5]) {
      const want = await tarStream(entries, epoch);
      expect(ours(entries, epoch).equals(want)).toBe(true);
    }
  });
});

describe('writeTarGz', () => {
  it("gzips exactly the tar writeTar writes, with the OS byte of Python's gzip (255)", () => {
    const entries = everyShape();
    const gz = writeTarGz(entries, 1700000000);
    expect(gz[9]).toBe(255);
    expect(gunzipSync(gz).equals(ours(entries, 1700000000))).toBe(true);
  });
});
