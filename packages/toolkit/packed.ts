/**
 * Many buffers as one, for messages between threads: one buffer and its end
 * offsets can be moved (transferred), where hundreds of small buffers would
 * each be cloned on their own, which costs the posting thread more than one
 * copy into a single buffer does.
 */

/** Buffers laid end to end in one buffer, and where each ends. */
export interface Packed {
  bytes: Uint8Array;
  ends: Uint32Array;
}

export function pack(parts: readonly Uint8Array[]): Packed {
  let total = 0;
  for (const p of parts) total += p.length;
  const bytes = new Uint8Array(total);
  const ends = new Uint32Array(parts.length);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    bytes.set(parts[i]!, at);
    at += parts[i]!.length;
    ends[i] = at;
  }
  return { bytes, ends };
}

/** The buffers of `pack()`, as views of its one buffer. */
export function unpack({ bytes, ends }: Packed): Uint8Array[] {
  const out = new Array<Uint8Array>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    out[i] = bytes.subarray(start, ends[i]);
    start = ends[i]!;
  }
  return out;
}

/** What to transfer to move a Packed to another thread. */
export const buffersOf = (p: Packed): ArrayBuffer[] => [
  p.bytes.buffer as ArrayBuffer,
  p.ends.buffer as ArrayBuffer,
];

/** Whether `data` spans its whole buffer, so that moving the buffer moves just `data`. */
export function fillsItsBuffer(data: Uint8Array): boolean {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
}

/**
 * An allocator that carves small buffers out of shared slabs of
 * `slabSize` bytes: one allocation (and one external-memory record for the
 * collector) per slab instead of per buffer. A buffer larger than half a
 * slab gets its own. Buffers from a slab are views of it: they must not be
 * transferred to another thread (pack() copies them).
 */
export function slabAllocator(slabSize = 1 << 18): (length: number) => Uint8Array {
  let slab = new Uint8Array(0);
  let used = 0;
  return (length) => {
    if (length > slabSize >> 1) return new Uint8Array(length);
    if (used + length > slab.length) {
      slab = new Uint8Array(slabSize);
      used = 0;
    }
    const view = slab.subarray(used, used + length);
    used += length;
    return view;
  };
}
