/**
 * BLAKE2b with a chosen digest length (RFC 7693), written by hand because
 * PyPI keys files by BLAKE2b-256 and Node's OpenSSL binding only offers the
 * fixed 512-bit variant (`createHash('blake2b512', { outputLength: 32 })` is
 * refused: BLAKE2b-256 is not a truncation of BLAKE2b-512, the length is a
 * parameter of the initial state). No package for it is installed.
 *
 * 64-bit words are kept as pairs of 32-bit halves in a Uint32Array (low word
 * first), the way the reference implementations for JavaScript do it, which
 * is about 20 times faster than BigInt arithmetic.
 */

const IV32 = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

// Message word schedule, pre-multiplied by 2 (each word is two uint32 slots).
const SIGMA = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11,
  7, 5, 3, 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4, 7, 9, 3, 1, 13, 12, 11, 14, 2, 6,
  5, 10, 4, 0, 15, 8, 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13, 2, 12, 6, 10, 0, 11, 8,
  3, 4, 13, 7, 5, 15, 14, 1, 9, 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11, 13, 11, 7, 14,
  12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10, 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5, 10,
  2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
  14, 15, 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
].map((x) => x * 2);

class Blake2b {
  private readonly h = new Uint32Array(16);
  private readonly v = new Uint32Array(32);
  private readonly m = new Uint32Array(32);
  private readonly block = new Uint8Array(128);
  private filled = 0;
  // Byte counter, 128 bits in the spec; 2^53 bytes is plenty for a sandbox.
  private counter = 0;

  constructor(private readonly outLength: number) {
    if (!(outLength >= 1 && outLength <= 64)) throw new RangeError('BLAKE2b length is 1..64');
    this.h.set(IV32);
    // Parameter block: digest length, no key, fanout 1, depth 1.
    this.h[0] = (this.h[0] as number) ^ (0x01010000 ^ outLength);
  }

  update(data: Uint8Array): this {
    for (let i = 0; i < data.length; i++) {
      if (this.filled === 128) {
        this.counter += 128;
        this.compress(false);
        this.filled = 0;
      }
      this.block[this.filled++] = data[i] as number;
    }
    return this;
  }

  digest(): Uint8Array {
    this.counter += this.filled;
    this.block.fill(0, this.filled);
    this.compress(true);
    const out = new Uint8Array(this.outLength);
    for (let i = 0; i < this.outLength; i++) {
      out[i] = ((this.h[i >> 2] as number) >>> (8 * (i & 3))) & 0xff;
    }
    return out;
  }

  private compress(last: boolean): void {
    const { v, m, h, block } = this;
    v.set(h);
    v.set(IV32, 16);
    v[24] = (v[24] as number) ^ (this.counter >>> 0);
    v[25] = (v[25] as number) ^ Math.floor(this.counter / 0x100000000);
    if (last) {
      v[28] = ~(v[28] as number);
      v[29] = ~(v[29] as number);
    }
    for (let i = 0; i < 32; i++) {
      const o = i * 4;
      m[i] =
        ((block[o] as number) |
          ((block[o + 1] as number) << 8) |
          ((block[o + 2] as number) << 16) |
          ((block[o + 3] as number) << 24)) >>>
        0;
    }
    for (let round = 0; round < 12; round++) {
      const s = round * 16;
      this.mix(0, 8, 16, 24, SIGMA[s]!, SIGMA[s + 1]!);
      this.mix(2, 10, 18, 26, SIGMA[s + 2]!, SIGMA[s + 3]!);
      this.mix(4, 12, 20, 28, SIGMA[s + 4]!, SIGMA[s + 5]!);
      this.mix(6, 14, 22, 30, SIGMA[s + 6]!, SIGMA[s + 7]!);
      this.mix(0, 10, 20, 30, SIGMA[s + 8]!, SIGMA[s + 9]!);
      this.mix(2, 12, 22, 24, SIGMA[s + 10]!, SIGMA[s + 11]!);
      this.mix(4, 14, 16, 26, SIGMA[s + 12]!, SIGMA[s + 13]!);
      this.mix(6, 8, 18, 28, SIGMA[s + 14]!, SIGMA[s + 15]!);
    }
    for (let i = 0; i < 16; i++) h[i] = (h[i] as number) ^ (v[i] as number) ^ (v[i + 16] as number);
  }

  /** v[a] += v[b] (+ a 64-bit value held at v[a], v[a+1]). */
  private add64(a: number, b: number): void {
    const v = this.v;
    const lo = (v[a] as number) + (v[b] as number);
    let hi = (v[a + 1] as number) + (v[b + 1] as number);
    if (lo >= 0x100000000) hi++;
    v[a] = lo;
    v[a + 1] = hi;
  }

  private addWord(a: number, lo0: number, hi0: number): void {
    const v = this.v;
    const lo = (v[a] as number) + lo0;
    let hi = (v[a + 1] as number) + hi0;
    if (lo >= 0x100000000) hi++;
    v[a] = lo;
    v[a + 1] = hi;
  }

  private mix(a: number, b: number, c: number, d: number, ix: number, iy: number): void {
    const { v, m } = this;
    let xl: number, xh: number;
    this.add64(a, b);
    this.addWord(a, m[ix] as number, m[ix + 1] as number);
    // d = (d ^ a) >>> 32
    xl = (v[d] as number) ^ (v[a] as number);
    xh = (v[d + 1] as number) ^ (v[a + 1] as number);
    v[d] = xh;
    v[d + 1] = xl;
    this.add64(c, d);
    // b = (b ^ c) >>> 24
    xl = (v[b] as number) ^ (v[c] as number);
    xh = (v[b + 1] as number) ^ (v[c + 1] as number);
    v[b] = (xl >>> 24) ^ (xh << 8);
    v[b + 1] = (xh >>> 24) ^ (xl << 8);
    this.add64(a, b);
    this.addWord(a, m[iy] as number, m[iy + 1] as number);
    // d = (d ^ a) >>> 16
    xl = (v[d] as number) ^ (v[a] as number);
    xh = (v[d + 1] as number) ^ (v[a + 1] as number);
    v[d] = (xl >>> 16) ^ (xh << 16);
    v[d + 1] = (xh >>> 16) ^ (xl << 16);
    this.add64(c, d);
    // b = (b ^ c) >>> 63, i.e. rotate left by one
    xl = (v[b] as number) ^ (v[c] as number);
    xh = (v[b + 1] as number) ^ (v[c + 1] as number);
    v[b] = (xh >>> 31) ^ (xl << 1);
    v[b + 1] = (xl >>> 31) ^ (xh << 1);
  }
}

/** Hex BLAKE2b digest of `data` with `outLength` bytes (32 for PyPI's blake2_256). */
export function blake2bHex(data: Uint8Array, outLength = 32): string {
  return Buffer.from(new Blake2b(outLength).update(data).digest()).toString('hex');
}
