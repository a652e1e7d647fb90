/**
 * A real build of the sample monorepo (examples/monorepo/workspace) with the
 * suite's build pipeline: the sdist the index would serve and the
 * package-dir mirror-sync is given. One file is made executable first, so
 * modes (100755) are exercised end to end.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_DEFAULTS } from '../../packages/runtime-build/defaults.js';
import { buildRuntime } from '../../packages/runtime-build/pipeline.js';
import { repoRoot } from '../runner.js';

export const PACKAGE = 'molecule-ai-workspace-runtime';
/** A file of the sample that the fixture marks executable. */
export const EXECUTABLE = 'molecule_runtime/heartbeat.py';

export interface SampleBuild {
  version: string;
  sdistPath: string;
  sdistFileName: string;
  sdist: Uint8Array;
  packageDir: string;
  /** The folder holding everything; remove it with cleanup(). */
  root: string;
  cleanup(): void;
}

export async function buildSample(
  version: string,
  tweak?: (workspace: string) => void,
): Promise<SampleBuild> {
  const root = mkdtempSync(path.join(tmpdir(), 'mirror-build-'));
  const workspace = path.join(root, 'workspace');
  cpSync(path.join(repoRoot, 'examples', 'monorepo', 'workspace'), workspace, { recursive: true });
  chmodSync(path.join(workspace, 'heartbeat.py'), 0o755);
  tweak?.(workspace);
  const r = await buildRuntime({
    cwd: root,
    source: 'workspace',
    version,
    packageName: PACKAGE,
    importName: BUILD_DEFAULTS['import-name'],
    outDir: 'dist',
    exclude: [...BUILD_DEFAULTS.exclude],
    // The sample's lazy `lib.pre_stop` import (lib/ is excluded), as the build tests allow it.
    allowUnresolved: ['lib.pre_stop'],
    sourceDateEpoch: '1767225600',
    packageDir: path.join(root, 'package-tree'),
  });
  return {
    version: r.version,
    sdistPath: r.sdist.path,
    sdistFileName: r.sdist.fileName,
    sdist: new Uint8Array(readFileSync(r.sdist.path)),
    packageDir: r.packageDir as string,
    root,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
