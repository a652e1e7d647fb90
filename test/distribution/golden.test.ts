/**
 * Golden digests: the sample monorepo's wheel and sdist, built with fixed
 * inputs, must keep these exact bytes. Their compressed parts come from the
 * zlib WebAssembly module that @zip.js/zip.js ships (packages/distribution/zlib.ts),
 * pinned by package.json and the lock file: an update of that package (or any
 * other change to what the archives hold) shows up here first, not as a
 * silent drift of published artifacts.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zlibWasmPath } from '../../packages/distribution/zlib.js';
import { buildRuntime } from '../../packages/runtime-build/pipeline.js';
import { repoRoot } from '../../sandbox/runner.js';

/** sha256 of @zip.js/zip.js 2.25.1's dist/zip-module.wasm (zlib 1.3.1 built by zlib-streams). */
const ZLIB_WASM_SHA256 = '1ebaf6e62f247a005189493097f460bc9050f248755c55ecba34fd54257a6bb2';

const GOLDEN = {
  wheel: 'b19cfda724b481b5c147d561717a0be759fc2e59342faa1f890bf32eef22e5b9',
  sdist: 'ba38227dd3ffbc83f35b133b85cf502080e3c233b2878ef6c0558172a25ff539',
};

const WHAT_TO_DO =
  'If @zip.js/zip.js was updated: its zlib may compress differently, so every wheel and sdist ' +
  'built from then on changes bytes (publishing the same version twice would then fail on PyPI). ' +
  'Either pin the previous version again in package.json, or accept the change on purpose: run ' +
  'test/runtime-build/compressor.test.ts (it proves that only the compressed bytes moved), then ' +
  'record the new digests here and say so in the release notes. If the archives changed for ' +
  'another reason (metadata, file list, headers), that change must be checked on its own first.';

function fail(what: string, got: string, want: string): never {
  throw new Error(`${what}: sha256 ${got}, recorded ${want}.\n${WHAT_TO_DO}`);
}

describe('golden archives', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'golden-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('compresses with the recorded zlib module', () => {
    const got = createHash('sha256').update(readFileSync(zlibWasmPath())).digest('hex');
    if (got !== ZLIB_WASM_SHA256)
      fail(`The zlib module (${zlibWasmPath()})`, got, ZLIB_WASM_SHA256);
    // The bundles carry the same module beside them.
    for (const bundle of ['build', 'cli']) {
      const copy = path.join(repoRoot, 'dist', bundle, 'zlib.wasm');
      const digest = createHash('sha256').update(readFileSync(copy)).digest('hex');
      if (digest !== ZLIB_WASM_SHA256) fail(`dist/${bundle}/zlib.wasm`, digest, ZLIB_WASM_SHA256);
    }
  });

  it('builds the sample monorepo into the recorded wheel and sdist', async () => {
    const ws = path.join(root, 'sample');
    cpSync(path.join(repoRoot, 'examples', 'monorepo', 'workspace'), path.join(ws, 'workspace'), {
      recursive: true,
    });
    const r = await buildRuntime({
      cwd: ws,
      source: 'workspace',
      version: '1.2.3',
      packageName: 'molecule-ai-workspace-runtime',
      importName: 'molecule_runtime',
      outDir: 'out',
      exclude: [
        'Dockerfile',
        '*.sh',
        'pytest.ini',
        'requirements.txt',
        '__pycache__/',
        'tests/',
        '.*',
      ],
      sourceDateEpoch: '1700000000',
    });
    if (r.wheel.sha256 !== GOLDEN.wheel)
      fail(`The sample wheel ${r.wheel.fileName}`, r.wheel.sha256, GOLDEN.wheel);
    if (r.sdist.sha256 !== GOLDEN.sdist)
      fail(`The sample sdist ${r.sdist.fileName}`, r.sdist.sha256, GOLDEN.sdist);
  }, 60_000);
});
