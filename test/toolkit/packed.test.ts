import { fillsItsBuffer, pack, unpack } from '../../packages/toolkit/packed.js';

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
