/**
 * smoke-import: the last gate before PyPI. Reads the inputs, runs
 * smokeWheel (static checks, then a fresh venv per interpreter), and reports
 * every fault once: one annotation on the source line, the likely cause named.
 */
import {
  info,
  mask,
  input,
  notice,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import {
  parseChoice,
  parseDuration,
  parseKeyValues,
  parseList,
  parseMultiline,
} from '../../packages/toolkit/inputs.js';
import { findWheel } from '../../packages/smoke/find-wheel.js';
import { failedOutput, parseSymbols, renderSummary } from '../../packages/smoke/report.js';
import { smokeWheel, type ReportedFault } from '../../packages/smoke/smoke.js';
import { tmpdir } from 'node:os';
import path from 'node:path';

function toActionError(f: ReportedFault): ActionError {
  return new ActionError(f.message, {
    title: f.title,
    ...(f.hint ? { hint: f.hint } : {}),
    ...(f.annotation ? { file: f.annotation.file } : {}),
    ...(f.annotation?.line ? { line: f.annotation.line } : {}),
    details: f.details,
  });
}

function maskUrlPassword(raw: string): void {
  if (!/^[a-z]+:\/\//i.test(raw)) return;
  try {
    const u = new URL(raw);
    mask(u.password ? decodeURIComponent(u.password) : undefined);
    if (u.password) mask(u.password);
    // pip also accepts a bare token as the user name.
    if (u.username && !u.password) mask(decodeURIComponent(u.username));
  } catch {
    // Not a URL: a folder of find-links.
  }
}

/** Under a millisecond every import "times out": refused rather than rounded up to 1 ms. */
function importTimeoutMs(raw: string): number {
  const ms = Math.round(parseDuration(raw, 'timeout') * 1000);
  if (ms < 1) {
    throw new ActionError(
      `Input 'timeout' must be at least 1 ms, got '${raw}': every import would fail as timed out.`,
      { input: 'timeout', hint: 'Give the time one import may take, such as 60s.' },
    );
  }
  return ms;
}

await runAction('smoke-import', async () => {
  const ctx = runContext();
  const wheelPath = findWheel(requiredInput('wheel'), ctx.workspace);
  const pythons = parseMultiline(input('python'));
  const install = parseChoice(input('install'), 'install', ['deps', 'offline', 'none'] as const);
  const indexUrl = input('index-url');
  if (indexUrl && !/^(https?|file):\/\//.test(indexUrl)) {
    throw new ActionError(`Input 'index-url' must be an http(s) or file URL, got '${indexUrl}'.`, {
      input: 'index-url',
    });
  }
  const findLinks = parseMultiline(input('find-links'));
  // A private index's URL may carry credentials (https://user:token@host/simple).
  for (const u of [indexUrl, ...findLinks]) maskUrlPassword(u);
  const report = await smokeWheel({
    wheelPath,
    pythons: pythons.length ? pythons : ['python3'],
    install,
    indexUrl,
    findLinks,
    modules: parseList(input('modules')),
    symbols: parseSymbols(parseMultiline(input('symbols')), 'symbols'),
    env: parseKeyValues(input('env'), 'env'),
    timeoutMs: importTimeoutMs(input('timeout')),
    source: input('source'),
    workspace: ctx.workspace,
    tempDir: ctx.runnerTemp || path.join(tmpdir(), 'smoke-import'),
    log: info,
  });

  if (report.resolutionSkipped) {
    notice(`Import resolution did not run: ${report.resolutionSkipped}.`, {
      title: 'Import resolution not run',
      input: 'install',
    });
  }
  setOutput('imported', report.imported);
  setOutput('failed', failedOutput(report));
  await writeSummary(renderSummary(report));
  for (const f of report.faults.filter((x) => x.severity === 'warning')) {
    warning(f.message, {
      title: f.title,
      ...(f.annotation ? { file: f.annotation.file } : {}),
      ...(f.annotation?.line ? { line: f.annotation.line } : {}),
    });
  }
  const errors = report.faults.filter((f) => f.severity === 'error').map(toActionError);
  if (errors.length === 1) throw errors[0] as ActionError;
  if (errors.length > 1) {
    throw new ActionErrors(
      `${report.wheel.filename}: ${errors.length} faults; it must not be published.`,
      errors,
    );
  }
  info(
    `${report.wheel.filename}: ${report.rows.length} checks passed` +
      (report.imported.length
        ? `; imported on ${report.runs.map((r) => r.interpreter.version).join(', ')}.`
        : ' (static only).'),
  );
});
