/**
 * smoke-import's static phase on a generated 1,000-module wheel (target: under
 * a second, start-up included), against what a user would run instead:
 *   - the old smoke: a fresh venv, pip install, `import package` (misses lazy imports);
 *   - `python -m compileall` on the extracted sources (syntax only);
 *   - the full runtime phase: every module imported in its own fresh process.
 * Run: npx tsx bench/smoke-static.ts [modules=1000] [--static-only]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { smokeWheel } from '../packages/smoke/smoke.js';
import { runStaticCheck } from '../packages/smoke/static.js';
import { readWheel } from '../packages/smoke/wheel.js';
import { queryInterpreter } from '../packages/smoke/interpreters.js';
import { writeWheel } from '../sandbox/samples/wheels.js';

const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
const staticOnly = process.argv.includes('--static-only');
const work = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));

/** A package of `count` modules in 20 subpackages; each imports siblings at module level and lazily. */
function generate(n: number): Record<string, string> {
  const files: Record<string, string> = { 'bigpkg/__init__.py': '"""Generated."""\n' };
  const perPackage = Math.ceil(n / 20);
  let made = 1;
  for (let p = 0; p < 20 && made < n; p++) {
    files[`bigpkg/sub${p}/__init__.py`] = `from .m0 import value as first\n__all__ = ["first"]\n`;
    made++;
    for (let m = 0; m < perPackage && made < n; m++, made++) {
      const prev =
        m > 0 ? `from bigpkg.sub${p}.m${m - 1} import value as previous\n` : 'previous = 0\n';
      const lazyTarget = `bigpkg.sub${(p + 1) % 20}`;
      files[`bigpkg/sub${p}/m${m}.py`] = [
        '"""A generated module."""',
        'import json',
        'import os',
        prev,
        `value = ${m} + previous`,
        '',
        '',
        'class Thing:',
        '    def __init__(self, x):',
        '        self.x = x',
        '',
        '    def dump(self):',
        '        return json.dumps({"x": self.x, "cwd": os.getcwd()})',
        '',
        '',
        'def later():',
        `    from ${lazyTarget} import first`,
        '',
        '    return first + value',
        '',
        ...Array.from(
          { length: 10 },
          (_, i) => `def helper_${i}(a, b=${i}):\n    return [a * b for _ in range(${i})]\n`,
        ),
      ].join('\n');
    }
  }
  return files;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const files = generate(count);
const wheelPath = writeWheel(path.join(work, 'dist'), { name: 'bigpkg', files });
const python = (await queryInterpreter('python3'))?.executable ?? 'python3';
console.log(
  `wheel: ${Object.keys(files).length} modules, ${(readFileSync(wheelPath).length / 1024).toFixed(0)} KiB; python ${python}`,
);

// 1. The static phase: read the wheel + one CPython process parsing and checking every module.
const staticRuns: number[] = [];
let findings = -1;
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  const w = readWheel(readFileSync(wheelPath), path.basename(wheelPath));
  const r = await runStaticCheck({ python, pyFiles: w.pyFiles, targets: [] });
  staticRuns.push(performance.now() - t);
  findings = r.findings.length;
}
const staticMs = median(staticRuns);
console.log(
  `static phase (read + ast check, median of 7): ${staticMs.toFixed(0)} ms, ${findings} findings  ${staticMs < 1000 ? 'OK (< 1 s)' : 'OVER the 1 s target'}`,
);

if (staticOnly) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// 2. compileall over the extracted sources: syntax only, no import resolution.
const extracted = path.join(work, 'src');
for (const [p, bytes] of Object.entries(unzipSync(readFileSync(wheelPath)))) {
  if (!p.endsWith('.py')) continue;
  mkdirSync(path.dirname(path.join(extracted, p)), { recursive: true });
  writeFileSync(path.join(extracted, p), bytes);
}
const compileMs = median(
  Array.from({ length: 3 }, () =>
    timeMs(() =>
      spawnSync(python, ['-m', 'compileall', '-q', '-f', '-b', extracted], { stdio: 'ignore' }),
    ),
  ),
);

// 3. The old smoke: fresh venv, pip install, import the top-level package.
const venv = path.join(work, 'venv');
const oldSmokeMs = timeMs(() => {
  spawnSync(python, ['-m', 'venv', venv], { stdio: 'ignore' });
  spawnSync(
    path.join(venv, 'bin', 'python'),
    ['-m', 'pip', 'install', '-q', '--no-index', '--disable-pip-version-check', wheelPath],
    {
      stdio: 'ignore',
    },
  );
  spawnSync(path.join(venv, 'bin', 'python'), ['-c', 'import bigpkg'], { stdio: 'ignore' });
});

// 4. The full runtime phase of smoke-import: every module in its own process.
const full = performance.now();
const report = await smokeWheel({
  wheelPath,
  pythons: [python],
  install: 'offline',
  timeoutMs: 60_000,
  source: 'workspace',
  workspace: work,
  tempDir: path.join(work, 'tmp'),
});
const fullMs = performance.now() - full;
rmSync(work, { recursive: true, force: true });

const ratio = (ms: number): string => `${(ms / staticMs).toFixed(1)}x the static phase`;
console.log(
  `compileall (syntax only, median of 3):        ${compileMs.toFixed(0)} ms  (${ratio(compileMs)})`,
);
console.log(
  `old smoke (venv + pip + import package):       ${oldSmokeMs.toFixed(0)} ms  (${ratio(oldSmokeMs)})`,
);
console.log(
  `full runtime phase (${report.rows.length} imports, ${availableParallelism()} CPUs): ${fullMs.toFixed(0)} ms  (${ratio(fullMs)}); ` +
    `${report.imported.length} modules imported, ${report.faults.length} faults`,
);
