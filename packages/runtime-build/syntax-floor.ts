/**
 * The lowest Python whose grammar parses every module, asked of CPython the
 * way smoke-import's floor check does (static_check.py: `ast.parse` with
 * `feature_version`). That check fails a wheel whose sources do not parse at
 * its Requires-Python floor; `init` picks the lowest floor it passes.
 *
 * feature_version is best effort (CPython's words): it catches new syntax
 * (walrus 3.8, match 3.10, except* 3.11, type parameters 3.12), not new
 * library behaviour, so the floor is a lower bound. It goes down to 3.7, the
 * lowest version ast accepts; newer syntax than the interpreter's own cannot
 * be told apart from a syntax error.
 */
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import { runProcess } from '../smoke/process.js';

/** Reads {"files": [{"path", "text"}]} on stdin; prints {"version": [3, N], "floors": {path: minor}, "errors": [...]}. */
const FLOOR_SCRIPT = String.raw`
import ast, json, sys
request = json.load(sys.stdin)
top = sys.version_info[1]
floors, errors = {}, []
for f in request["files"]:
    try:
        ast.parse(f["text"], filename=f["path"])
    except SyntaxError as e:
        errors.append({"path": f["path"], "line": e.lineno or 1, "message": e.msg})
        continue
    for minor in range(7, top + 1):
        try:
            ast.parse(f["text"], filename=f["path"], feature_version=(3, minor))
        except SyntaxError:
            continue
        floors[f["path"]] = minor
        break
    else:
        floors[f["path"]] = top
json.dump({"version": list(sys.version_info[:2]), "floors": floors, "errors": errors}, sys.stdout)
`;

export interface SyntaxFloor {
  /** Lowest 3.N minor every module parses at. */
  minor: number;
  /** The module that needs it (the first with the highest floor); undefined when every module parses at 3.7. */
  neededBy?: string;
  /** The interpreter asked, as `3.11`. */
  interpreter: string;
}

/**
 * @param python interpreter command (`python3`, a path)
 * @param display how source is named in messages (relative to the workspace)
 */
export async function syntaxFloor(
  python: string,
  files: ReadonlyArray<{ path: string; text: string }>,
  display: string,
): Promise<SyntaxFloor> {
  const run = await runProcess(python, ['-c', FLOOR_SCRIPT], {
    input: JSON.stringify({ files }),
    timeoutMs: 120_000,
  });
  if (run.spawnError || run.code !== 0) {
    throw new ActionError(
      `Could not ask ${python} for the Python floor of the sources: ${run.spawnError?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${run.code}`}.`,
      { title: 'No Python interpreter', hint: 'Install CPython 3 or name one with --python.' },
    );
  }
  const out = JSON.parse(run.stdout) as {
    version: [number, number];
    floors: Record<string, number>;
    errors: Array<{ path: string; line: number; message: string }>;
  };
  const interpreter = out.version.join('.');
  if (out.errors.length > 0) {
    const errors = out.errors.map(
      (e) =>
        new ActionError(
          `${display}/${e.path} does not parse on ${python} (Python ${interpreter}): ${e.message}.`,
          {
            title: 'Syntax error',
            file: `${display}/${e.path}`,
            line: e.line,
            hint: 'Fix it, or run init with a newer interpreter (--python) if the code uses newer syntax.',
          },
        ),
    );
    throwIfAny(errors, `${errors.length} modules under ${display} do not parse.`);
  }
  let minor = 7;
  let neededBy: string | undefined;
  for (const [p, m] of Object.entries(out.floors)) {
    if (m > minor) {
      minor = m;
      neededBy = p;
    }
  }
  const floor: SyntaxFloor = { minor, interpreter };
  if (neededBy !== undefined) floor.neededBy = neededBy;
  return floor;
}
