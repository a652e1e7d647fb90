/**
 * smoke-import: the last gate before PyPI. Runs smokeWheel (static checks,
 * then a fresh venv per interpreter) and reports every fault once: one
 * annotation on the source line, the likely cause named.
 */
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import { parseDuration } from '../toolkit/inputs.js';
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { failedOutput, renderSummary } from './report.js';
import { smokeWheel, type ReportedFault, type SmokeOptions } from './smoke.js';

/** smoke-import's inputs, validated: what smokeWheel takes (its log is io.info). */
export type SmokeImportInputs = Omit<SmokeOptions, 'log'>;

/** `index-url`: an http(s) or file URL. */
export function parseIndexUrl(raw: string): string {
  if (raw && !/^(https?|file):\/\//.test(raw)) {
    throw new ActionError(`Input 'index-url' must be an http(s) or file URL, got '${raw}'.`, {
      input: 'index-url',
    });
  }
  return raw;
}

/**
 * The secrets a private index URL may carry (https://user:token@host/simple),
 * to be masked before anything logs it. A folder of find-links has none.
 */
export function urlSecrets(raw: string): string[] {
  if (!/^[a-z]+:\/\//i.test(raw)) return [];
  try {
    const u = new URL(raw);
    if (u.password) return [decodeURIComponent(u.password), u.password];
    // pip also accepts a bare token as the user name.
    return u.username ? [decodeURIComponent(u.username)] : [];
  } catch {
    return [];
  }
}

/** Under a millisecond every import "times out": refused rather than rounded up to 1 ms. */
export function importTimeoutMs(raw: string): number {
  const ms = Math.round(parseDuration(raw, 'timeout') * 1000);
  if (ms < 1) {
    throw new ActionError(
      `Input 'timeout' must be at least 1 ms, got '${raw}': every import would fail as timed out.`,
      { input: 'timeout', hint: 'Give the time one import may take, such as 60s.' },
    );
  }
  return ms;
}

function toActionError(f: ReportedFault): ActionError {
  return new ActionError(f.message, {
    title: f.title,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.annotation ? { file: f.annotation.file } : {}),
    ...(f.annotation?.line ? { line: f.annotation.line } : {}),
    details: f.details,
  });
}

export async function run(inputs: SmokeImportInputs, io: RunnerIo): Promise<ActionResult> {
  const report = await smokeWheel({ ...inputs, log: (line) => io.info(line) });

  if (report.resolutionSkipped) {
    io.notice(`Import resolution did not run: ${report.resolutionSkipped}.`, {
      title: 'Import resolution not run',
      input: 'install',
    });
  }
  const out = new OutputWriter(io);
  out.set('imported', report.imported);
  out.set('failed', failedOutput(report));
  const summary = renderSummary(report);
  await io.summary(summary);
  for (const f of report.faults.filter((x) => x.severity === 'warning')) {
    io.warning(f.message, {
      title: f.title,
      ...(f.annotation ? { file: f.annotation.file } : {}),
      ...(f.annotation?.line ? { line: f.annotation.line } : {}),
    });
  }
  const errors = report.faults.filter((f) => f.severity === 'error').map(toActionError);
  throwIfAny(
    errors,
    `${report.wheel.filename}: ${errors.length} faults; it must not be published.`,
  );
  io.info(
    `${report.wheel.filename}: ${report.rows.length} checks passed` +
      (report.imported.length
        ? `; imported on ${report.runs.map((r) => r.interpreter.version).join(', ')}.`
        : ' (static only).'),
  );
  return { outputs: out.outputs, summary };
}
