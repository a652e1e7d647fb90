/**
 * The pinned zlib (packages/distribution/zlib.ts): streams of any shape come
 * back whole through an independent inflate (Node's), and the raw deflate is
 * the one CPython's zlib writes at the same level (CPython as the oracle).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import { deflateRaw, DeflateStream } from '../../packages/distribution/zlib.js';
import { debianPython } from './python.js';

const text = (n: number): Uint8Array => {
  const line = 'def fn_%d(value: int = 0) -> int:\n    return value + %d\n';
  let s = '';
  for (let i = 0; s.length < n; i++) s += line.replaceAll('%d', String(i));
  return new TextEncoder().encode(s.slice(0, n));
};

describe('zlib in WebAssembly', () => {
  it('round-trips raw streams of every size, compressible or not', () => {
    for (const data of [
      new Uint8Array(0),
      text(1),
      text(700),
      text(65536),
      text(65537),
      text(400_000),
      new Uint8Array(randomBytes(200_000)), // output larger than the input
    ]) {
      const packed = deflateRaw(data, 6);
      expect(Buffer.from(inflateRawSync(packed)).equals(Buffer.from(data))).toBe(true);
    }
  });

  it('gzips what it is fed piece by piece, small and large pieces mixed', () => {
    const pieces = [
      text(512),
      text(3),
      new Uint8Array(randomBytes(70_000)),
      text(200_000),
      text(10),
    ];
    for (let i = 0; i < 2000; i++) pieces.push(text(1 + (i % 700)));
    const gz = new DeflateStream('gzip', 6);
    for (const p of pieces) gz.push(p);
    const out = gz.end();
    expect(Buffer.from(out.subarray(0, 4)).toString('hex')).toBe('1f8b0800');
    expect(Buffer.from(gunzipSync(out)).equals(Buffer.concat(pieces))).toBe(true);
    expect(() => gz.push(text(1))).toThrow('already ended');
  });

  it('writes the raw deflate CPython’s zlib writes at level 6', () => {
    const inputs = [text(700), text(70_000), readFileSync('/usr/lib/python3.11/argparse.py')];
    const ours = inputs.map((d) => Buffer.from(deflateRaw(new Uint8Array(d), 6)).toString('hex'));
    const script =
      'import sys, zlib\n' +
      'for h in sys.stdin.read().split():\n' +
      '    c = zlib.compressobj(6, zlib.DEFLATED, -15, 8)\n' +
      '    print((c.compress(bytes.fromhex(h)) + c.flush()).hex())\n';
    const theirs = execFileSync(debianPython, ['-c', script], {
      input: inputs.map((d) => Buffer.from(d).toString('hex')).join('\n'),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
      .trim()
      .split('\n');
    expect(ours).toEqual(theirs);
  });
});
