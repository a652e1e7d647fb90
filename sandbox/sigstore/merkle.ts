/**
 * An RFC 6962 Merkle tree, as Rekor (Trillian) keeps its log: leaf hash
 * SHA-256(0x00 ‖ entry), node hash SHA-256(0x01 ‖ left ‖ right), and audit
 * paths (inclusion proofs) for any leaf in any tree size, deepest sibling
 * first, which is the order @sigstore/verify folds them in.
 */
import { createHash } from 'node:crypto';

export function leafHash(data: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0x00]))
    .update(data)
    .digest();
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0x01]))
    .update(left)
    .update(right)
    .digest();
}

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[0:n]) over leaf hashes. */
export function rootHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0] as Buffer;
  const k = split(leaves.length);
  return nodeHash(rootHash(leaves.slice(0, k)), rootHash(leaves.slice(k)));
}

/** PATH(m, D[0:n]): the sibling hashes from leaf m up to the root. */
export function inclusionPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  if (m < k) return [...inclusionPath(m, leaves.slice(0, k)), rootHash(leaves.slice(k))];
  return [...inclusionPath(m - k, leaves.slice(k)), rootHash(leaves.slice(0, k))];
}
