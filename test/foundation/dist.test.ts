/**
 * Users run dist/, not the sources: the committed bundles must be exactly
 * what `npm run bundle` makes from the committed sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

describe('dist/', () => {
  let fresh: string;
  beforeAll(() => {
    fresh = mkdtempSync(path.join(tmpdir(), 'dist-check-'));
    const r = spawnSync(process.execPath, ['scripts/bundle.mjs', '--out', fresh], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`npm run bundle failed:\n${r.stdout}\n${r.stderr}`);
  }, 600_000);
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('holds the same files as a fresh bundle', () => {
    expect(listFiles(path.join(repoRoot, 'dist')).sort()).toEqual(listFiles(fresh).sort());
  });

  it('is byte-identical to a fresh bundle (run npm run bundle and commit dist/)', () => {
    const differing = listFiles(fresh).filter((f) => {
      const committed = path.join(repoRoot, 'dist', f);
      try {
        return !readFileSync(committed).equals(readFileSync(path.join(fresh, f)));
      } catch {
        return true;
      }
    });
    expect(differing).toEqual([]);
  });
});
