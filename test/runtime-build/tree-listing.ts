/**
 * Every file under a folder as `path mode sha256`, sorted: how the equivalence
 * tests compare two package trees (names, permission bits and bytes).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`: relative path, permission bits and a digest of the bytes. */
export function treeListing(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => {
      const p = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) return treeListing(dir, p);
      const full = path.join(dir, p);
      const mode = (statSync(full).mode & 0o777).toString(8);
      return [`${p} ${mode} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`];
    })
    .sort();
}
