import { fillsItsBuffer, pack, slabAllocator, unpack } from '../../packages/toolkit/packed.js';

describe('pack / unpack', () => {
  it('gives back the same buffers, empty ones and views included, from one buffer', () => {
    const whole = new Uint8Array([9, 8, 7, 6, 5]);
    const parts = [
      new Uint8Array([1, 2]),
      new Uint8Array(0),
      whole.subarray(1, 4),
      new Uint8Array([3]),
    ];
    const packed = pack(parts);
    expect(packed.bytes.byteLength).toBe(6);
    expect(packed.bytes.buffer.byteLength).toBe(6);
    expect(unpack(packed).map((p) => [...p])).toEqual([[1, 2], [], [8, 7, 6], [3]]);
    expect(unpack(pack([]))).toEqual([]);
  });

  it('knows a view that fills its buffer (safe to move) from one that does not', () => {
    const whole = new Uint8Array(4);
    expect(fillsItsBuffer(whole)).toBe(true);
    expect(fillsItsBuffer(whole.subarray(1))).toBe(false);
    expect(fillsItsBuffer(whole.subarray(0, 3))).toBe(false);
  });
});

describe('slabAllocator', () => {
  it('carves zeroed, disjoint views from shared slabs, and gives a large request its own', () => {
    const allocate = slabAllocator(64);
    const a = allocate(10);
    const b = allocate(20);
    const c = allocate(30); // 60 of 64 used
    const d = allocate(8); // does not fit: a new slab
    const big = allocate(40); // over half a slab: its own buffer
    expect([a, b, c, d, big].map((v) => v.length)).toEqual([10, 20, 30, 8, 40]);
    expect(a.buffer).toBe(b.buffer);
    expect(c.buffer).toBe(a.buffer);
    expect(d.buffer).not.toBe(a.buffer);
    expect(fillsItsBuffer(big)).toBe(true);
    expect([...a, ...b, ...c, ...d, ...big].every((x) => x === 0)).toBe(true);
    a.fill(1);
    b.fill(2);
    c.fill(3);
    expect(new Set(a)).toEqual(new Set([1]));
    expect(new Set(b)).toEqual(new Set([2]));
    expect(new Set(c)).toEqual(new Set([3]));
    expect(allocate(0).length).toBe(0);
  });
});
