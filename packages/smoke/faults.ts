/**
 * Turns static findings and runtime probe failures into faults a user acts
 * on: one per cause, with the likely reason named, the file and line, and
 * what to do. The same fault seen statically and at import time, on several
 * interpreters, or through several modules that import the broken one, is
 * reported once, listing everything it broke.
 */
import type { ExternalImport, StaticFinding } from './static.js';
import type { ProbeFrame, ProbeResult } from './runtime.js';

export type FaultKind =
  | 'unrewritten-import'
  | 'excluded-module'
  | 'missing-module'
  | 'missing-symbol'
  | 'missing-entry-point'
  | 'syntax-error'
  | 'floor-syntax'
  | 'python-floor'
  | 'dependency-bound'
  | 'missing-dependency'
  | 'install-failed'
  | 'timeout'
  | 'import-error'
  | 'not-importable'
  | 'not-normalised'
  | 'unresolved-import';

export interface Fault {
  kind: FaultKind;
  severity: 'error' | 'warning';
  title: string;
  /** What failed and where, one sentence or two; the likely cause is named in it. */
  message: string;
  hint?: string;
  /** The likely cause in a few words ("an unrewritten bare import"). */
  cause?: string;
  /** The exception it raises (or would raise once installed). */
  exception?: string;
  /** Installed path inside the wheel, and line. */
  file?: string;
  line?: number;
  /** Modules (or rows) it breaks, and where it was seen: 'static' and/or interpreter versions. */
  modules: string[];
  seenBy: string[];
  details: string[];
  /** Identity for merging. */
  key: string;
  /** Alternative identities (a runtime failure at file:line matches a static finding there). */
  place?: string;
}

export interface FaultContext {
  /** The wheel's top-level import names. */
  tops: string[];
  /** Every module the wheel ships, dotted → installed path. */
  modules: Map<string, string>;
  /** Top-level names of the monorepo source folder. */
  sourceModules: Set<string>;
  /** Python used for the static parse, and whether Requires-Python allows it. */
  staticPython: string;
  staticPythonAllowed: boolean;
  requiresPython?: string;
}

const code = (s: string): string => `\`${s}\``;

function where(file: string | null | undefined, line: number | null | undefined): string {
  return file ? `${file}${line ? `:${line}` : ''}` : 'the wheel';
}

function lazyNote(scope: string | null | undefined, guard: string | null | undefined): string {
  const notes: string[] = [];
  if (scope) {
    notes.push(
      `inside ${scope}(), so importing the module does not reveal it: it fails when ${scope}() runs`,
    );
  }
  if (guard) notes.push(`guarded by ${guard}, so it fails quietly`);
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** The package module a bare top-level name means, if the package has one. */
function ourModuleFor(name: string, ctx: FaultContext): string | undefined {
  for (const top of ctx.tops) if (ctx.modules.has(`${top}.${name}`)) return `${top}.${name}`;
  return undefined;
}

export function staticFault(f: StaticFinding, ctx: FaultContext): Fault {
  const at = where(f.file, f.line);
  const stmt = f.statement ? ` ${code(f.statement)}` : '';
  const lazy = lazyNote(f.scope, f.guard);
  const base = {
    severity: f.severity,
    file: f.file ?? undefined,
    line: f.line ?? undefined,
    modules: f.module ? [f.module] : [],
    seenBy: ['static'],
    details: [] as string[],
    key: `static:${f.file}:${f.line}:${f.name ?? f.target ?? ''}:${f.kind}`,
    place: f.file && f.line ? `${f.file}:${f.line}` : undefined,
  };
  switch (f.kind) {
    case 'unrewritten-import':
      return {
        ...base,
        kind: 'unrewritten-import',
        title: 'Unrewritten bare import',
        cause: 'an unrewritten bare import',
        exception: 'ModuleNotFoundError',
        message:
          `${at}:${stmt} imports '${f.name}', which exists only as ${f.ours} inside the package: ` +
          `installed, it raises ModuleNotFoundError: No module named '${f.name}'${lazy}. ` +
          `Likely cause: an unrewritten bare import.`,
        hint: `Import it as ${f.ours} (or relatively), or add '${f.name}' to the build's list of runtime modules.`,
      };
    case 'excluded-module':
      return {
        ...base,
        kind: 'excluded-module',
        title: 'Import of a module the package does not ship',
        cause: 'a monorepo module excluded from the package',
        exception: 'ModuleNotFoundError',
        message:
          `${at}:${stmt} imports '${f.name}', a module of the monorepo source that the wheel does not ship ` +
          `(the build excluded it): installed, it raises ModuleNotFoundError: No module named '${f.name}'${lazy}.`,
        hint: `Ship '${f.name}' in the package, or stop importing it from runtime code.`,
      };
    case 'missing-module':
      return {
        ...base,
        kind: 'missing-module',
        title: 'Import of a missing module',
        cause: 'a module the wheel does not ship',
        exception: 'ModuleNotFoundError',
        message:
          `${at}:${stmt} imports ${f.target}, which the wheel does not ship` +
          `${f.message ? ` (${f.message})` : ''}${lazy}.`,
        hint: 'Add the module to the package, or fix the import.',
      };
    case 'missing-name':
      return {
        ...base,
        kind: 'missing-symbol',
        title: 'Missing symbol',
        cause: 'a missing symbol',
        exception: 'ImportError',
        message:
          `${at}:${stmt} imports '${f.name}' from ${f.target}, which ${f.target_file ?? f.target} does not define ` +
          `or re-export: installed, it raises ImportError: cannot import name '${f.name}'${lazy}. Likely cause: a missing symbol.`,
        hint: `Define '${f.name}' in ${f.target_file ?? f.target} (or re-export it), or import it from where it lives.`,
      };
    case 'syntax-error':
    case 'floor-syntax': {
      const floorNote =
        f.kind === 'floor-syntax'
          ? ` It is not valid on Python ${f.floor}, the lowest version Requires-Python allows.`
          : ctx.staticPythonAllowed
            ? ''
            : ` (Parsed with Python ${ctx.staticPython}, below Requires-Python ${ctx.requiresPython}: newer syntax may be fine.)`;
      return {
        ...base,
        severity: f.kind === 'syntax-error' && !ctx.staticPythonAllowed ? 'warning' : 'error',
        kind: f.kind,
        title: f.kind === 'syntax-error' ? 'Syntax error' : 'Syntax newer than Requires-Python',
        cause: f.kind === 'syntax-error' ? 'a syntax error' : 'syntax newer than the Python floor',
        exception: 'SyntaxError',
        message: `${at}: ${f.message}${stmt ? ` in${stmt}` : ''}: importing ${f.module} (and every module that imports it) fails.${floorNote}`,
        hint:
          f.kind === 'syntax-error'
            ? 'Fix the syntax; python -m py_compile <file> shows it locally.'
            : `Raise requires-python in pyproject.toml to the version that has this syntax, or write it for Python ${f.floor}.`,
        key: `syntax:${f.file}`,
      };
    }
    case 'missing-target':
    case 'missing-target-module': {
      const entry = f.target_kind === 'entry-point';
      const missing =
        f.kind === 'missing-target'
          ? `${f.target}${f.file ? ` (${f.file})` : ''} has no '${f.name}'`
          : `module ${f.target} is not in the wheel`;
      return {
        ...base,
        kind: entry ? 'missing-entry-point' : 'missing-symbol',
        title: entry ? 'Missing entry-point target' : 'Missing symbol',
        cause: entry ? 'a missing entry-point target' : 'a missing symbol',
        exception: f.kind === 'missing-target' ? 'AttributeError' : 'ModuleNotFoundError',
        modules: [f.label ?? `${f.target}:${f.name}`],
        message: entry
          ? `Console script '${f.label}': ${missing}. pip installs it without complaint, then every run of the command fails.`
          : `symbols entry ${f.target}:${f.name}: ${missing}.`,
        hint: entry
          ? `Define ${f.name} in ${f.target}, or point the script in pyproject.toml ([project.scripts]) at one that exists.`
          : `Define ${f.name} in ${f.target}, or fix the 'symbols' input.`,
        key: `target:${f.target}:${f.name}`,
      };
    }
    case 'not-normalised':
      return {
        ...base,
        kind: 'not-normalised',
        title: 'Module name not in NFKC form',
        cause: 'a file name stored in another Unicode form than Python reads',
        exception: 'ModuleNotFoundError',
        message: `${at}: ${f.message}: installed where file names are compared byte for byte (Linux), \`import\` does not find it.`,
        hint: 'Rename the file to its NFKC form (in Python: unicodedata.normalize("NFKC", name)) and rebuild.',
        key: `static:not-normalised:${f.file}`,
      };
    case 'not-importable':
      return {
        ...base,
        kind: 'not-importable',
        title: 'Files that cannot be imported',
        message: `${at}: ${f.message}; the wheel ships them anyway.`,
        hint: 'Rename the folder to a Python identifier (google_adk), or leave it out of the package.',
        key: `static:not-importable:${f.file}`,
      };
  }
}

/**
 * An import whose top-level name importlib.util.find_spec did not find in the
 * fresh venv on Python `python`: it raises ModuleNotFoundError when it runs.
 */
export function unresolvedImportFault(
  e: ExternalImport,
  python: string,
  requiresDist: string[],
): Fault {
  const lazy = e.scope
    ? ` inside ${e.scope}(), so importing the module does not reveal it: it raises ModuleNotFoundError when ${e.scope}() runs`
    : ': importing the module raises ModuleNotFoundError';
  const declared = requiresDist.length
    ? `Requires-Dist: ${requiresDist.map((d) => code(d)).join(', ')}`
    : 'Requires-Dist: none';
  return {
    kind: 'unresolved-import',
    severity: 'error',
    title: 'Import that cannot resolve',
    cause: 'an import no installed distribution provides',
    exception: 'ModuleNotFoundError',
    message:
      `${where(e.file, e.line)}: ${code(e.statement)} imports '${e.name}', which importlib.util.find_spec ` +
      `does not find after pip installed the wheel into a fresh venv on Python ${python}${lazy}. ${declared}.`,
    hint: `Declare the distribution that provides '${e.name}' in [project] dependencies (with install: offline, also put it in 'find-links'), or remove the import.`,
    file: e.file,
    line: e.line,
    modules: [e.module],
    seenBy: [python],
    details: [],
    key: `resolve:${e.file}:${e.line}:${e.name}`,
    place: `${e.file}:${e.line}`,
  };
}

/** The innermost frame inside the package: where the failing line is. */
function innermostOurs(frames: ProbeFrame[] | undefined): ProbeFrame | undefined {
  return [...(frames ?? [])].reverse().find((f) => f.ours);
}

function moduleFileOf(module: string | undefined, ctx: FaultContext): string | undefined {
  return module ? ctx.modules.get(module) : undefined;
}

function importEnvHint(exception: string): string | undefined {
  if (['KeyError', 'RuntimeError', 'ValueError', 'OSError', 'SystemExit'].includes(exception)) {
    return "If the module reads configuration at import time, give placeholders in the 'env' input (WORKSPACE_ID=…).";
  }
  return undefined;
}

/** One failed probe → a fault. `python` is the interpreter's version. */
export function runtimeFault(r: ProbeResult, python: string, ctx: FaultContext): Fault {
  const job = r.job;
  const frame = innermostOurs(r.frames);
  const file = frame?.file;
  const line = frame?.line ?? undefined;
  const at = frame ? `${where(file, line)}${frame.text ? `: ${code(frame.text)}` : ''}` : job.label;
  const exception = r.exception ?? 'Error';
  const raised = `${exception}: ${r.message ?? ''}`.trim();
  const details = r.traceback
    ? r.traceback.trimEnd().split('\n').slice(-20)
    : r.crashed
      ? [r.crashed]
      : [];
  const base = {
    severity: 'error' as const,
    file,
    line,
    exception,
    modules: [job.label],
    seenBy: [python],
    details,
    key: frame && line ? `runtime:${file}:${line}:${exception}` : `runtime:${job.label}:${raised}`,
    place: frame && line ? `${file}:${line}` : undefined,
  };
  const missing = r.name ?? undefined;
  const top = missing?.split('.')[0];

  if (r.timedOut) {
    return {
      ...base,
      kind: 'timeout',
      title: 'Import timed out',
      message: `Importing ${job.label} ${r.message} on Python ${python}: it blocks at import time (a network call, a wait, a loop).`,
      hint: "Move the blocking work out of module level, or raise 'timeout'.",
      cause: 'blocking work at import time',
    };
  }
  if (
    (job.kind === 'entry-point' || job.kind === 'symbol') &&
    !frame &&
    /AttributeError|LookupError/.test(exception)
  ) {
    const target = job.kind === 'entry-point' ? `${job.module}:${job.attr}` : job.label;
    return {
      ...base,
      kind: job.kind === 'entry-point' ? 'missing-entry-point' : 'missing-symbol',
      title: job.kind === 'entry-point' ? 'Missing entry-point target' : 'Missing symbol',
      cause: job.kind === 'entry-point' ? 'a missing entry-point target' : 'a missing symbol',
      file: moduleFileOf(job.module, ctx),
      message:
        job.kind === 'entry-point'
          ? `Console script '${job.name}' (${target}) cannot be loaded on Python ${python}: ${raised}.`
          : `symbols entry ${target} does not resolve on Python ${python}: ${raised}.`,
      hint: `Define ${job.attr} in ${job.module}, or fix the reference.`,
      key: `target:${job.module}:${job.attr}`,
    };
  }
  if (exception === 'SyntaxError' || exception === 'IndentationError' || exception === 'TabError') {
    return {
      ...base,
      kind: 'syntax-error',
      title: 'Syntax error',
      cause: 'a syntax error',
      message: `${at}: ${raised}: importing ${job.label} fails on Python ${python}.`,
      hint: 'Fix the syntax; python -m py_compile <file> shows it locally.',
      key: file ? `syntax:${file}` : base.key,
    };
  }
  if (exception === 'ModuleNotFoundError' && top) {
    const ours = ourModuleFor(top, ctx);
    if (!ctx.tops.includes(top) && ours) {
      return {
        ...base,
        kind: 'unrewritten-import',
        title: 'Unrewritten bare import',
        cause: 'an unrewritten bare import',
        message: `${at}: ${raised} on Python ${python}: '${top}' exists only as ${ours} inside the package. Likely cause: an unrewritten bare import.`,
        hint: `Import it as ${ours} (or relatively), or add '${top}' to the build's list of runtime modules.`,
      };
    }
    if (!ctx.tops.includes(top) && ctx.sourceModules.has(top)) {
      return {
        ...base,
        kind: 'excluded-module',
        title: 'Import of a module the package does not ship',
        cause: 'a monorepo module excluded from the package',
        message: `${at}: ${raised} on Python ${python}: '${top}' is a module of the monorepo source that the wheel does not ship.`,
        hint: `Ship '${top}' in the package, or stop importing it from runtime code.`,
      };
    }
    if (ctx.tops.includes(top)) {
      return {
        ...base,
        kind: 'missing-module',
        title: 'Import of a missing module',
        cause: 'a module the wheel does not ship',
        message: `${at}: ${raised} on Python ${python}: the wheel does not ship ${missing}.`,
        hint: 'Add the module to the package, or fix the import.',
      };
    }
    return {
      ...base,
      kind: 'missing-dependency',
      title: 'Missing dependency',
      cause: 'a dependency missing from Requires-Dist',
      message: `${at}: ${raised} on Python ${python}: no installed distribution provides '${top}'. Likely cause: a dependency missing from Requires-Dist.`,
      hint: "Declare it in [project] dependencies (pyproject.toml), or with install: offline add it to 'find-links'.",
    };
  }
  if (exception === 'ImportError' && r.dependency && r.dependency.length && missing) {
    const dists = r.dependency
      .map((d) => `${d.name} ${d.version ?? '(unknown version)'}`)
      .join(', ');
    return {
      ...base,
      kind: 'dependency-bound',
      title: 'Dependency bound too loose',
      cause: 'a dependency bound in Requires-Dist allows a version the code cannot use',
      message:
        `${at}: ${raised} on Python ${python}: ${missing} comes from ${dists}, which pip resolved within Requires-Dist. ` +
        `Likely cause: a dependency bound in Requires-Dist allows a version the code cannot use.`,
      hint: `Tighten the bound on ${r.dependency[0]?.name} in [project] dependencies to the versions the code was written for, or update the code.`,
    };
  }
  if (exception === 'ImportError' && missing && ctx.tops.includes(top ?? '')) {
    return {
      ...base,
      kind: 'missing-symbol',
      title: 'Missing symbol',
      cause: 'a missing symbol',
      message: `${at}: ${raised} on Python ${python}. Likely cause: a missing symbol in ${missing}.`,
      hint: `Define the name in ${missing} (or re-export it), or import it from where it lives.`,
    };
  }
  const envHint = importEnvHint(exception);
  return {
    ...base,
    kind: 'import-error',
    title: 'Import failed',
    message: `${at}: importing ${job.label} raised ${raised} on Python ${python}.`,
    ...(envHint ? { hint: envHint } : {}),
  };
}

/**
 * Merges faults: same key, or a runtime failure at the file:line of a static
 * finding (the static message, which says more, is kept).
 */
export function mergeFaults(faults: Fault[]): Fault[] {
  const byKey = new Map<string, Fault>();
  const byPlace = new Map<string, Fault>();
  for (const f of faults) {
    const existing = byKey.get(f.key) ?? (f.place ? byPlace.get(f.place) : undefined);
    if (existing) {
      for (const m of f.modules) if (!existing.modules.includes(m)) existing.modules.push(m);
      for (const s of f.seenBy) if (!existing.seenBy.includes(s)) existing.seenBy.push(s);
      if (!existing.details.length) existing.details = f.details;
      if (existing.severity === 'warning' && f.severity === 'error') existing.severity = 'error';
      continue;
    }
    const copy = { ...f, modules: [...f.modules], seenBy: [...f.seenBy], details: [...f.details] };
    byKey.set(f.key, copy);
    if (f.place && !byPlace.has(f.place)) byPlace.set(f.place, copy);
  }
  return [...byKey.values()];
}

/** The sentence that closes a fault's message: where else it was seen. */
export function seenNote(f: Fault): string {
  const pythons = f.seenBy.filter((s) => s !== 'static');
  const parts: string[] = [];
  if (f.seenBy.includes('static') && pythons.length)
    parts.push(`Confirmed by importing on Python ${pythons.join(', ')}.`);
  if (f.modules.length > 1) {
    const shown = f.modules.slice(0, 5).join(', ');
    parts.push(`Breaks ${f.modules.length}: ${shown}${f.modules.length > 5 ? ', …' : ''}.`);
  }
  return parts.join(' ');
}
