/**
 * The static phase: one Python process parses every module of the wheel with
 * CPython's own `ast` and checks every import against what the wheel ships
 * (static_check.py). Needs no venv and no dependency installed.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../toolkit/errors.js';
import { runProcess } from './process.js';
import { STATIC_CHECK_PY } from './static-check-script.js';
import { IDENTIFIER } from './wheel.js';

export type StaticKind =
  | 'syntax-error'
  | 'floor-syntax'
  | 'unrewritten-import'
  | 'excluded-module'
  | 'missing-module'
  | 'missing-name'
  | 'missing-target-module'
  | 'missing-target'
  | 'not-importable'
  | 'not-normalised';

/** One finding of static_check.py (snake_case fields as Python writes them). */
export interface StaticFinding {
  kind: StaticKind;
  severity: 'error' | 'warning';
  /** Installed path inside the wheel (`pkg/a.py`). */
  file: string | null;
  line: number | null;
  column?: number | null;
  module?: string;
  /** The module the import names (resolved when relative). */
  target?: string;
  /** The imported name (`from target import name`), or the bare top-level name. */
  name?: string;
  /** Function (dotted qualname) the import sits in: it runs only when that is called. */
  scope?: string | null;
  guard?: string | null;
  /** The source line, stripped. */
  statement?: string;
  message?: string;
  /** For unrewritten imports: the package module the bare name means. */
  ours?: string;
  form?: 'import' | 'from';
  target_file?: string | null;
  /** For entry points and symbols. */
  label?: string;
  target_kind?: 'entry-point' | 'symbol';
  floor?: string;
}

export interface StaticTarget {
  label: string;
  kind: 'entry-point' | 'symbol';
  module: string;
  attr: string;
}

/** An unguarded absolute import of a name outside the wheel: the venv must provide it. */
export interface ExternalImport {
  /** The top-level name (`a` for `import a.b`). */
  name: string;
  file: string;
  line: number;
  statement: string;
  /** Function (dotted qualname) the import sits in; null at module level. */
  scope: string | null;
  module: string;
}

export interface StaticResult {
  python: string;
  modules: { name: string; file: string; package: boolean }[];
  findings: StaticFinding[];
  external: ExternalImport[];
  /** Time inside Python (parse and check), and wall time including start-up. */
  seconds: number;
  wallMs: number;
}

export interface StaticOptions {
  python: string;
  pyFiles: Map<string, Uint8Array>;
  targets: StaticTarget[];
  /** Top-level names of the monorepo folder the package was built from (see sourceModules). */
  sourceModules?: string[];
  floor?: [number, number] | undefined;
  timeoutMs?: number;
}

export async function runStaticCheck(o: StaticOptions): Promise<StaticResult> {
  const files: Record<string, string> = {};
  for (const [p, bytes] of o.pyFiles) files[p] = Buffer.from(bytes).toString('base64');
  const request = JSON.stringify({
    files,
    sourceModules: o.sourceModules ?? [],
    targets: o.targets,
    floor: o.floor ?? null,
  });
  // -I: no user site, no PYTHON* variables, no current directory on sys.path.
  const r = await runProcess(o.python, ['-I', '-c', STATIC_CHECK_PY], {
    input: request,
    timeoutMs: o.timeoutMs ?? 120_000,
  });
  if (r.code !== 0) {
    const why = r.spawnError
      ? `could not be started (${r.spawnError.code ?? r.spawnError.message})`
      : r.timedOut
        ? 'timed out'
        : `exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`;
    throw new ActionError(`The static import check with '${o.python}' ${why}.`, {
      input: 'python',
      title: 'Static check failed to run',
      hint: 'It needs a Python 3.8+ interpreter on PATH.',
    });
  }
  const parsed = JSON.parse(r.stdout) as Omit<StaticResult, 'wallMs'>;
  return { ...parsed, wallMs: r.ms };
}

/**
 * Top-level module names of the monorepo folder a package was built from
 * (`workspace/lib/` → `lib`): a bare import of one that the wheel lacks was
 * excluded by the build, and fails once installed.
 */
export function sourceModules(sourceDir: string): string[] {
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) return [];
  const out: string[] = [];
  for (const entry of readdirSync(sourceDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.py')) out.push(entry.name.slice(0, -3));
    else if (entry.isDirectory() && IDENTIFIER.test(entry.name)) {
      const dir = path.join(sourceDir, entry.name);
      if (readdirSync(dir).some((f) => f.endsWith('.py'))) out.push(entry.name);
    }
  }
  return out.filter((n) => IDENTIFIER.test(n)).sort();
}
