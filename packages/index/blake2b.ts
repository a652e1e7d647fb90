/**
 * BLAKE2b with a 32-byte digest (RFC 7693), for the `blake2_256_digest` field
 * of the upload form and the index's file paths.
 *
 * Written by hand because nothing installed provides it: node:crypto offers
 * only `blake2b512`, and OpenSSL refuses `createHash('blake2b512',
 * {outputLength: 32})` (ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH: BLAKE2b is
 * not an XOF). A truncated BLAKE2b-512 is NOT BLAKE2b-256 either: the digest
 * length is mixed into the initial state. The test suite checks this
 * implementation against Python's `hashlib.blake2b(data, digest_size=32)`.
 *
 * 64-bit words are held as pairs of 32-bit halves (low, high) in a
 * Uint32Array: BigInt arithmetic would be ~50x slower on multi-megabyte wheels.
 */

// The SHA-512 initialisation vector, as (low, high) 32-bit halves.
const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

// The ten permutations of the message words (RFC 7693); the 12 rounds use
// them in turn, rounds 10 and 11 taking 0 and 1 again.
const SIGMA_10 = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const SIGMA = [...SIGMA_10, ...SIGMA_10.slice(0, 2)].map((row) => row.map((i) => i * 2));

const v = new Uint32Array(32);
const m = new Uint32Array(32);

/** v[a] += v[b] (64-bit, word indices already doubled). */
function add(a: number, b: number): void {
  const lo = (v[a] as number) + (v[b] as number);
  v[a] = lo;
  v[a + 1] = (v[a + 1] as number) + (v[b + 1] as number) + (lo >= 0x100000000 ? 1 : 0);
}

/** v[a] += m[i] (64-bit). */
function addMessage(a: number, i: number): void {
  const lo = (v[a] as number) + (m[i] as number);
  v[a] = lo;
  v[a + 1] = (v[a + 1] as number) + (m[i + 1] as number) + (lo >= 0x100000000 ? 1 : 0);
}

/** v[d] = rotr64(v[d] ^ v[a], n) for the four rotation amounts BLAKE2b uses. */
function xorRotate(d: number, a: number, n: 32 | 24 | 16 | 63): void {
  const lo = (v[d] as number) ^ (v[a] as number);
  const hi = (v[d + 1] as number) ^ (v[a + 1] as number);
  if (n === 32) {
    v[d] = hi;
    v[d + 1] = lo;
  } else if (n === 63) {
    v[d] = (lo << 1) | (hi >>> 31);
    v[d + 1] = (hi << 1) | (lo >>> 31);
  } else {
    v[d] = (lo >>> n) | (hi << (32 - n));
    v[d + 1] = (hi >>> n) | (lo << (32 - n));
  }
}

function mix(a: number, b: number, c: number, d: number, x: number, y: number): void {
  add(a, b);
  addMessage(a, x);
  xorRotate(d, a, 32);
  add(c, d);
  xorRotate(b, c, 24);
  add(a, b);
  addMessage(a, y);
  xorRotate(d, a, 16);
  add(c, d);
  xorRotate(b, c, 63);
}

function compress(
  h: Uint32Array,
  block: Uint8Array,
  offset: number,
  counter: number,
  last: boolean,
): void {
  for (let i = 0; i < 16; i++) {
    v[i] = h[i] as number;
    v[i + 16] = IV[i] as number;
  }
  // The byte counter is < 2^53 here, so its high 64-bit word stays zero.
  v[24] = (v[24] as number) ^ counter;
  v[25] = (v[25] as number) ^ Math.floor(counter / 0x100000000);
  if (last) {
    v[28] = ~(v[28] as number);
    v[29] = ~(v[29] as number);
  }
  for (let i = 0; i < 32; i++) {
    const o = offset + i * 4;
    m[i] =
      (block[o] as number) |
      ((block[o + 1] as number) << 8) |
      ((block[o + 2] as number) << 16) |
      ((block[o + 3] as number) << 24);
  }
  for (const s of SIGMA) {
    mix(0, 8, 16, 24, s[0] as number, s[1] as number);
    mix(2, 10, 18, 26, s[2] as number, s[3] as number);
    mix(4, 12, 20, 28, s[4] as number, s[5] as number);
    mix(6, 14, 22, 30, s[6] as number, s[7] as number);
    mix(0, 10, 20, 30, s[8] as number, s[9] as number);
    mix(2, 12, 22, 24, s[10] as number, s[11] as number);
    mix(4, 14, 16, 26, s[12] as number, s[13] as number);
    mix(6, 8, 18, 28, s[14] as number, s[15] as number);
  }
  for (let i = 0; i < 16; i++) h[i] = (h[i] as number) ^ (v[i] as number) ^ (v[i + 16] as number);
}

/** Unkeyed BLAKE2b of `data` with a `digestBytes`-byte digest (1..64), as lowercase hex. */
export function blake2bHex(data: Uint8Array, digestBytes = 32): string {
  if (!Number.isInteger(digestBytes) || digestBytes < 1 || digestBytes > 64) {
    throw new RangeError(`BLAKE2b digest length must be 1..64 bytes, got ${digestBytes}`);
  }
  const h = new Uint32Array(IV);
  // Parameter block: digest length, key length 0, fanout 1, depth 1.
  h[0] = (h[0] as number) ^ 0x01010000 ^ digestBytes;

  const full = data.length === 0 ? 0 : Math.floor((data.length - 1) / 128);
  for (let i = 0; i < full; i++) compress(h, data, i * 128, (i + 1) * 128, false);
  const tail = new Uint8Array(128);
  tail.set(data.subarray(full * 128));
  compress(h, tail, 0, data.length, true);

  const out = new Uint8Array(64);
  for (let i = 0; i < 16; i++) {
    const w = h[i] as number;
    out[i * 4] = w & 0xff;
    out[i * 4 + 1] = (w >>> 8) & 0xff;
    out[i * 4 + 2] = (w >>> 16) & 0xff;
    out[i * 4 + 3] = (w >>> 24) & 0xff;
  }
  return Buffer.from(out.subarray(0, digestBytes)).toString('hex');
}

/** BLAKE2b-256, the digest PyPI calls `blake2_256`. */
export function blake2b256Hex(data: Uint8Array): string {
  return blake2bHex(data, 32);
}
