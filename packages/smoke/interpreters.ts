/**
 * Finding and asking Python interpreters what they are, before any venv is
 * made: the version decides the Requires-Python check, and the executable
 * behind a shim (pyenv, a symlink) is what the venv is built from.
 */
import { ActionError } from '../toolkit/errors.js';
import { allowsPython } from './python-floor.js';
import { runProcess } from './process.js';

export interface Interpreter {
  /** As the user wrote it (`python3`, `/usr/bin/python3.11`), or `python3.N` found for `floor`. */
  requested: string;
  /** sys.executable: the real binary. */
  executable: string;
  /** 3.11.7 */
  version: string;
  /** The interpreter's own pip version, when it has one. */
  pip: string | undefined;
}

// Runs on any Python 2.7+/3.x, so even a too-old interpreter can say what it is.
const QUERY = [
  'import json, sys',
  'd = {"executable": sys.executable, "version": "%d.%d.%d" % tuple(sys.version_info[:3])}',
  'try:',
  '    import pip',
  '    d["pip"] = pip.__version__',
  'except Exception:',
  '    pass',
  'print(json.dumps(d))',
].join('\n');

/** Asks one interpreter for its version; undefined when it is missing or does not run. */
export async function queryInterpreter(
  command: string,
  timeoutMs = 30_000,
): Promise<Interpreter | undefined> {
  const r = await runProcess(command, ['-I', '-c', QUERY], { timeoutMs });
  if (r.code !== 0) {
    // -I is unknown before 3.4: ask once more without it.
    if (r.spawnError || r.timedOut || !/-I|option/i.test(r.stderr)) return undefined;
    const again = await runProcess(command, ['-c', QUERY], { timeoutMs });
    if (again.code !== 0) return undefined;
    r.stdout = again.stdout;
  }
  try {
    const d = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as {
      executable: string;
      version: string;
      pip?: string;
    };
    return {
      requested: command,
      executable: d.executable || command,
      version: d.version,
      pip: d.pip,
    };
  } catch {
    return undefined;
  }
}

/** Resolves one `python` input line, failing plainly when it is not there. */
export async function requireInterpreter(command: string): Promise<Interpreter> {
  const found = await queryInterpreter(command);
  if (!found) {
    throw new ActionError(`Python interpreter '${command}' was not found or did not run.`, {
      input: 'python',
      title: 'No interpreter',
      hint: 'Install it first (actions/setup-python) or name one that is on PATH; use "floor" to pick the lowest one Requires-Python allows.',
    });
  }
  return found;
}

/**
 * Every `python3.N` the OS resolves on PATH, lowest version first, one per
 * real executable. The names are looked up by spawning them (the OS searches
 * PATH the way a shell would), so no environment variable is read here;
 * shims that exist but fail (pyenv's for versions not enabled) drop out.
 */
export async function listInterpreters(maxMinor = 30): Promise<Interpreter[]> {
  const names = Array.from({ length: maxMinor + 1 }, (_, minor) => `python3.${minor}`);
  const found = await Promise.all(names.map((n) => queryInterpreter(n, 15_000)));
  const byExecutable = new Map<string, Interpreter>();
  for (const i of found)
    if (i && !byExecutable.has(i.executable)) byExecutable.set(i.executable, i);
  return [...byExecutable.values()].sort((a, b) => compareVersions(a.version, b.version));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** `python: floor`: the lowest interpreter on PATH that Requires-Python allows. */
export function pickFloor(
  candidates: Interpreter[],
  requiresPython: string | undefined,
): Interpreter | undefined {
  return candidates.find((c) => allowsPython(requiresPython, c.version));
}

export async function findFloorInterpreter(
  requiresPython: string | undefined,
): Promise<Interpreter> {
  const candidates = await listInterpreters();
  const pick = pickFloor(candidates, requiresPython);
  if (!pick) {
    const seen = candidates.map((c) => `${c.requested} (${c.version})`).join(', ') || 'none';
    throw new ActionError(
      `python: floor found no interpreter on PATH that Requires-Python ${requiresPython ?? '(none)'} allows; found: ${seen}.`,
      {
        input: 'python',
        title: 'No floor interpreter',
        hint: 'Install the lowest Python the package supports (actions/setup-python) before this step.',
      },
    );
  }
  return pick;
}
