import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { blake2b256Hex, blake2bHex } from '../../packages/index/blake2b.js';

describe('blake2b', () => {
  it("equals Python's hashlib.blake2b(data, digest_size=32) across block boundaries", () => {
    const sizes = [0, 1, 3, 64, 127, 128, 129, 255, 256, 257, 1000, 65_537, 300_001];
    const inputs = sizes.map((n) => randomBytes(n));
    const py = spawnSync(
      'python3',
      [
        '-c',
        'import sys,hashlib,json\nfor h in json.load(sys.stdin): print(hashlib.blake2b(bytes.fromhex(h), digest_size=32).hexdigest())',
      ],
      { input: JSON.stringify(inputs.map((b) => b.toString('hex'))), encoding: 'utf8' },
    );
    expect(py.status).toBe(0);
    const expected = py.stdout.trim().split('\n');
    expect(expected).toHaveLength(sizes.length);
    expect(inputs.map((b) => blake2b256Hex(b))).toEqual(expected);
  });

  it('with a 64-byte digest equals node:crypto blake2b512', () => {
    for (const n of [0, 5, 128, 4096]) {
      const data = randomBytes(n);
      expect(blake2bHex(data, 64)).toBe(createHash('blake2b512').update(data).digest('hex'));
    }
  });

  it('is not a truncated blake2b512 (the digest length is part of the state)', () => {
    const data = Buffer.from('abc');
    expect(blake2b256Hex(data)).not.toBe(
      createHash('blake2b512').update(data).digest('hex').slice(0, 64),
    );
    expect(blake2b256Hex(data)).toBe(
      'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
    );
  });

  it('node:crypto cannot do it, which is why it is hand-written', () => {
    expect(() => createHash('blake2b512', { outputLength: 32 })).toThrow();
  });

  it('rejects impossible digest lengths', () => {
    expect(() => blake2bHex(new Uint8Array(1), 0)).toThrow(RangeError);
    expect(() => blake2bHex(new Uint8Array(1), 65)).toThrow(RangeError);
  });
});
