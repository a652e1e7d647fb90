/**
 * smoke-import from start to end: read the wheel, say plainly when an
 * interpreter is below Requires-Python, run the static check, then (unless
 * install is none) install into a fresh venv per interpreter and import every
 * module, console script and symbol in a fresh process each. Returns the
 * merged faults and a modules × interpreters grid; the entry renders them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { ActionError } from '../toolkit/errors.js';
import {
  mergeFaults,
  runtimeFault,
  seenNote,
  staticFault,
  unresolvedImportFault,
  type Fault,
  type FaultContext,
} from './faults.js';
import { findFloorInterpreter, requireInterpreter, type Interpreter } from './interpreters.js';
import { allowsPython, checkRequiresPython, floorMessage, floorMinor } from './python-floor.js';
import {
  createVenvAndInstall,
  type InstallMode,
  runProbes,
  unresolvedNames,
  type InstallResult,
  type ProbeJob,
  type ProbeResult,
} from './runtime.js';
import { mapToSource, type SourcePlace } from './source-map.js';
import { runStaticCheck, sourceModules, type StaticResult, type StaticTarget } from './static.js';
import { readWheel, type WheelInfo } from './wheel.js';

export type InstallChoice = 'deps' | 'offline' | 'none';

export interface SmokeOptions {
  wheelPath: string;
  /** `python` input lines: commands, paths, or `floor`. */
  pythons: string[];
  install: InstallChoice;
  indexUrl?: string;
  findLinks?: string[];
  /** Modules to import; empty means every module in the wheel. */
  modules?: string[];
  symbols?: { module: string; attr: string }[];
  env?: Record<string, string>;
  timeoutMs: number;
  /** Monorepo folder the package came from, relative to `workspace`. */
  source: string;
  workspace: string;
  /** Where venvs go (RUNNER_TEMP). */
  tempDir: string;
  log?: (line: string) => void;
}

export interface InterpreterRun {
  requested: string;
  interpreter: Interpreter;
  /** Requires-Python allows it. */
  allowed: boolean;
  install?: InstallResult;
  /** Top-level names imported anywhere in the package, looked up with find_spec in the venv. */
  resolution?: { names: number; statements: number; unresolved: string[] };
  results: ProbeResult[];
}

export type CellStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface Row {
  label: string;
  kind: ProbeJob['kind'];
  static: CellStatus;
  /** One per run, in the order of `runs`. */
  cells: { status: CellStatus; seconds?: number; exception?: string }[];
}

export interface ReportedFault extends Fault {
  /** Where the annotation goes: the monorepo source when it exists, else the wheel path. */
  annotation: SourcePlace | undefined;
}

export interface SmokeReport {
  wheel: Omit<WheelInfo, 'pyFiles'>;
  static: StaticResult;
  runs: InterpreterRun[];
  rows: Row[];
  faults: ReportedFault[];
  /** Modules that imported on every interpreter (none when install is none). */
  imported: string[];
  /** Why the venv lookup of imported names did not run (install: none), when it did not. */
  resolutionSkipped?: string;
}

export async function smokeWheel(o: SmokeOptions): Promise<SmokeReport> {
  const log = o.log ?? ((): void => undefined);
  const wheel = readWheel(readFileSync(o.wheelPath), path.basename(o.wheelPath));
  checkRequiresPython(wheel.requiresPython, wheel.filename);

  // 1. What each interpreter is, before anything is installed.
  const runs: InterpreterRun[] = [];
  const faults: Fault[] = [];
  for (const requested of o.pythons) {
    let interpreter: Interpreter;
    if (requested === 'floor') {
      try {
        interpreter = await findFloorInterpreter(wheel.requiresPython);
      } catch (e) {
        // "Test on the floor when one is available": with other interpreters
        // listed, a missing floor is a warning; alone, there is nothing to test.
        if (!(e instanceof ActionError) || o.pythons.length === 1) throw e;
        faults.push({
          kind: 'python-floor',
          severity: 'warning',
          title: 'No floor interpreter',
          message: `${e.message} Tested with the other interpreters only.`,
          ...(e.hint ? { hint: e.hint } : {}),
          modules: [],
          seenBy: [],
          details: [],
          key: 'floor:none',
        });
        continue;
      }
      const floor = floorMinor(wheel.requiresPython);
      const exact = !floor || interpreter.version.startsWith(`${floor[0]}.${floor[1]}.`);
      log(
        `python: floor picked ${interpreter.requested} (${interpreter.version})` +
          (exact ? '.' : `; Requires-Python allows ${floor?.join('.')}, which is not on PATH.`),
      );
    } else {
      interpreter = await requireInterpreter(requested);
    }
    if (runs.some((r) => r.interpreter.executable === interpreter.executable)) continue;
    runs.push({
      requested,
      interpreter,
      allowed: allowsPython(wheel.requiresPython, interpreter.version),
      results: [],
    });
  }
  for (const run of runs.filter((r) => !r.allowed)) {
    faults.push({
      kind: 'python-floor',
      severity: 'error',
      title: 'Python below Requires-Python',
      cause: 'the interpreter is older than Requires-Python allows',
      message: floorMessage({
        distribution: wheel.name,
        version: wheel.version,
        requiresPython: wheel.requiresPython ?? '',
        interpreter: run.interpreter.requested,
        interpreterVersion: run.interpreter.version,
      }),
      modules: [],
      seenBy: [run.interpreter.version],
      details: [],
      key: `floor:${run.interpreter.executable}`,
    });
  }

  // 2. The static check, with an interpreter the wheel allows when there is one.
  const staticRun = runs.find((r) => r.allowed) ?? runs[0];
  if (!staticRun)
    throw new ActionError('No Python interpreter to check with.', { input: 'python' });
  const entryPoints = wheel.entryPoints.filter(
    (e) => e.group === 'console_scripts' || e.group === 'gui_scripts',
  );
  const targets: StaticTarget[] = [
    ...entryPoints.map((e) => ({
      label: e.spec,
      kind: 'entry-point' as const,
      module: e.module,
      attr: e.attr,
    })),
    ...(o.symbols ?? []).map((s) => ({
      label: `${s.module}:${s.attr}`,
      kind: 'symbol' as const,
      module: s.module,
      attr: s.attr,
    })),
  ];
  const fromSource = sourceModules(path.resolve(o.workspace, o.source));
  const staticResult = await runStaticCheck({
    python: staticRun.interpreter.executable,
    pyFiles: wheel.pyFiles,
    targets,
    sourceModules: fromSource,
    floor: floorMinor(wheel.requiresPython),
  });
  const moduleFiles = new Map(staticResult.modules.map((m) => [m.name, m.file]));
  const ctx: FaultContext = {
    tops: wheel.topLevel,
    modules: moduleFiles,
    sourceModules: new Set(fromSource),
    staticPython: staticResult.python,
    staticPythonAllowed: staticRun.allowed,
    ...(wheel.requiresPython ? { requiresPython: wheel.requiresPython } : {}),
  };
  faults.push(...staticResult.findings.map((f) => staticFault(f, ctx)));
  const staticErrors = staticResult.findings.filter((f) => f.severity === 'error').length;
  log(
    `Static check: ${staticResult.modules.length} modules parsed with Python ${staticResult.python} in ` +
      `${Math.round(staticResult.wallMs)} ms: ${staticErrors ? `${staticErrors} problem(s)` : 'no problems'}.`,
  );

  // 3. The runtime phase. Every module CPython's parser listed (each part a
  // valid identifier per PEP 3131, non-ASCII included), but not __main__:
  // importing one runs the program.
  const moduleNames = o.modules?.length
    ? o.modules
    : staticResult.modules.map((m) => m.name).filter((n) => n.split('.').pop() !== '__main__');
  const externalNames = [...new Set(staticResult.external.map((e) => e.name))].sort();
  const jobs: ProbeJob[] = [
    ...moduleNames.map((m) => ({ kind: 'module' as const, label: m, module: m })),
    ...entryPoints.map((e) => ({
      kind: 'entry-point' as const,
      label: e.spec,
      dist: wheel.name,
      group: e.group,
      name: e.name,
      module: e.module,
      attr: e.attr,
    })),
    ...(o.symbols ?? []).map((s) => ({
      kind: 'symbol' as const,
      label: `${s.module}:${s.attr}`,
      module: s.module,
      attr: s.attr,
    })),
  ];
  const mode = o.install;
  if (mode !== 'none') {
    for (const run of runs) {
      if (!run.allowed) continue;
      const v = run.interpreter.version;
      mkdirSync(o.tempDir, { recursive: true });
      const workDir = mkdtempSync(path.join(o.tempDir, `smoke-import-${v}-`));
      try {
        await runtimeFor(run, workDir, mode);
      } finally {
        rmSync(workDir, { recursive: true, force: true });
      }
    }
  }
  async function runtimeFor(
    run: InterpreterRun,
    workDir: string,
    mode: InstallMode,
  ): Promise<void> {
    const v = run.interpreter.version;
    run.install = await createVenvAndInstall({
      interpreter: run.interpreter,
      wheelPath: o.wheelPath,
      mode,
      ...(o.indexUrl ? { indexUrl: o.indexUrl } : {}),
      findLinks: o.findLinks ?? [],
      workDir,
    });
    if (!run.install.ok) {
      faults.push(installFault(run, o, wheel));
      log(`Python ${v}: pip install failed after ${seconds(run.install.ms)}.`);
      return;
    }
    log(`Python ${v}: fresh venv and pip install in ${seconds(run.install.ms)}.`);
    const cwd = path.join(workDir, 'cwd');
    let unresolved: string[];
    try {
      unresolved = await unresolvedNames({
        venvPython: run.install.venvPython,
        names: externalNames,
        cwd,
      });
    } catch (e) {
      throw new ActionError(`Python ${v}: ${(e as Error).message}`, {
        title: 'Import resolution failed to run',
      });
    }
    run.resolution = {
      names: externalNames.length,
      statements: staticResult.external.length,
      unresolved,
    };
    // Before the import probes: a module-level import that fails both ways
    // merges into this fault (same file:line), which names Requires-Dist.
    for (const e of staticResult.external) {
      if (unresolved.includes(e.name)) faults.push(unresolvedImportFault(e, v, wheel.requiresDist));
    }
    log(
      `Python ${v}: ${externalNames.length} top-level names imported outside the package ` +
        `(${staticResult.external.length} statements) looked up with importlib.util.find_spec: ` +
        `${unresolved.length ? `not found: ${unresolved.join(', ')}` : 'all found'}.`,
    );
    const started = performance.now();
    run.results = await runProbes({
      venvPython: run.install.venvPython,
      jobs,
      tops: wheel.topLevel,
      env: o.env ?? {},
      timeoutMs: o.timeoutMs,
      cwd,
    });
    const failed = run.results.filter((r) => !r.ok).length;
    log(
      `Python ${v}: ${jobs.length} imports (${moduleNames.length} modules, ${entryPoints.length} scripts, ` +
        `${o.symbols?.length ?? 0} symbols) in ${seconds(performance.now() - started)}: ${failed ? `${failed} failed` : 'all passed'}.`,
    );
    for (const r of run.results) if (!r.ok) faults.push(runtimeFault(r, v, ctx));
  }

  // 4. One fault per cause, placed on the monorepo source when it exists.
  const wheelText = (p: string): string | undefined => {
    const bytes = wheel.pyFiles.get(p);
    return bytes ? strFromU8(bytes) : undefined;
  };
  const staticFaults = faults.filter((f) => f.seenBy.includes('static'));
  const merged = mergeFaults(faults).map((f): ReportedFault => {
    const note = seenNote(f);
    return {
      ...f,
      message: note ? `${f.message} ${note}` : f.message,
      annotation: mapToSource(f.file, f.line, {
        tops: wheel.topLevel,
        source: o.source,
        workspace: o.workspace,
        wheelText,
      }),
    };
  });
  merged.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );

  const rows = buildRows(jobs, runs, staticFaults);
  const ran = runs.filter((r) => r.results.length);
  const imported =
    ran.length === 0
      ? []
      : rows
          .filter((r) => r.kind === 'module' && r.cells.every((c) => c.status === 'pass'))
          .map((r) => r.label);
  const { pyFiles: _files, ...wheelFacts } = wheel;
  return {
    wheel: wheelFacts,
    static: staticResult,
    runs,
    rows,
    faults: merged,
    imported,
    ...(mode === 'none'
      ? {
          resolutionSkipped:
            'install: none installs nothing, so the imported names were not looked up in a venv (importlib.util.find_spec did not run)',
        }
      : {}),
  };
}

function order(f: Fault): number {
  return f.kind === 'python-floor' || f.kind === 'install-failed'
    ? 0
    : f.severity === 'error'
      ? 1
      : 2;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function installFault(run: InterpreterRun, o: SmokeOptions, wheel: WheelInfo): Fault {
  const errors = run.install?.errors ?? [];
  const text = errors.join(' ');
  let hint = 'Run the same pip install locally to see the whole resolution.';
  if (o.install === 'offline' && /No matching distribution|from versions: none/i.test(text)) {
    hint =
      "With install: offline every dependency must be in 'find-links' (pip download -d <dir> <requirements> makes such a folder).";
  } else if (o.install === 'deps' && /No matching distribution|from versions: none/i.test(text)) {
    hint = "A dependency is not on the index: check 'index-url' and the bounds in Requires-Dist.";
  }
  return {
    kind: 'install-failed',
    severity: 'error',
    title: 'pip install failed',
    cause: 'the wheel does not install',
    message: `pip could not install ${wheel.filename} into a fresh venv on Python ${run.interpreter.version} (install: ${o.install}): ${text}`,
    hint,
    modules: [],
    seenBy: [run.interpreter.version],
    details: (run.install?.log ?? '').trimEnd().split('\n').slice(-15),
    key: `install:${run.interpreter.executable}`,
  };
}

/** `staticFaults` before merging: a module's static cell speaks of its own source only. */
function buildRows(jobs: ProbeJob[], runs: InterpreterRun[], staticFaults: Fault[]): Row[] {
  const staticStatus = (label: string): CellStatus => {
    const mine = staticFaults.filter((f) => f.modules.includes(label));
    if (mine.some((f) => f.severity === 'error')) return 'fail';
    return mine.length ? 'warn' : 'pass';
  };
  return jobs.map((job, i) => ({
    label: job.label,
    kind: job.kind,
    static: staticStatus(job.label),
    cells: runs.map((run) => {
      const r = run.results[i];
      if (!r) return { status: 'skip' as const };
      return r.ok
        ? { status: 'pass' as const, seconds: r.seconds }
        : {
            status: 'fail' as const,
            seconds: r.seconds,
            ...(r.exception ? { exception: r.exception } : {}),
          };
    }),
  }));
}
