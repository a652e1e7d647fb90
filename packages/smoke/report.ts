/**
 * What the entry shows: the modules × interpreters table for the step
 * summary, the `failed` output, and the parsing of the `symbols` input.
 * Fault messages themselves appear once, as annotations (the toolkit's error
 * boundary also lists them in the summary): the table only says pass/fail.
 */
import { ActionError } from '../toolkit/errors.js';
import { code, formatSeconds, heading, markdownTable } from '../toolkit/summary.js';
import type { CellStatus, Row, SmokeReport } from './smoke.js';

const IDENT = /^[\p{XID_Start}_]\p{XID_Continue}*(\.[\p{XID_Start}_]\p{XID_Continue}*)*$/u;

/** `module:attr` lines; the attribute may be dotted (`pkg.adapters:Registry.get`). */
export function parseSymbols(lines: string[], input: string): { module: string; attr: string }[] {
  return lines.map((line) => {
    const [module = '', attr = '', extra] = line.split(':').map((s) => s.trim());
    if (extra !== undefined || !IDENT.test(module) || !IDENT.test(attr)) {
      throw new ActionError(
        `Input '${input}': expected module:attr (such as molecule_runtime.main:main_sync), got '${line}'.`,
        {
          input,
        },
      );
    }
    return { module, attr };
  });
}

export interface FailedEntry {
  kind: string;
  title: string;
  cause: string | null;
  /** The module (or console script / symbol) the fault belongs to, and every one it broke. */
  module: string | null;
  modules: string[];
  /** 'static' when only the static check saw it, else the first Python version that failed. */
  interpreter: string;
  interpreters: string[];
  exception: string | null;
  message: string;
  /** Where it is annotated (the monorepo source when it exists) and the path inside the wheel. */
  file: string | null;
  line: number | null;
  wheelFile: string | null;
  wheelLine: number | null;
}

export function failedOutput(report: SmokeReport): FailedEntry[] {
  return report.faults
    .filter((f) => f.severity === 'error')
    .map((f) => ({
      kind: f.kind,
      title: f.title,
      cause: f.cause ?? null,
      module: f.modules[0] ?? null,
      modules: f.modules,
      interpreter: f.seenBy.find((s) => s !== 'static') ?? 'static',
      interpreters: f.seenBy,
      exception: f.exception ?? null,
      message: f.message,
      file: f.annotation?.file ?? null,
      line: f.annotation?.line ?? null,
      wheelFile: f.file ?? null,
      wheelLine: f.line ?? null,
    }));
}

const ICON: Record<CellStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '—' };

function rowLabel(r: Row): string {
  if (r.kind === 'entry-point') return `script ${code(r.label)}`;
  if (r.kind === 'symbol') return `symbol ${code(r.label)}`;
  return code(r.label);
}

function cellText(c: Row['cells'][number]): string {
  const time =
    c.seconds === undefined ? '' : c.seconds < 0.001 ? ' <1 ms' : ` ${formatSeconds(c.seconds)}`;
  if (c.status === 'fail') return `❌ ${c.exception ?? ''}${time}`.trim();
  return `${ICON[c.status]}${c.status === 'pass' ? time : ''}`;
}

/** How many rows a table shows before the passing ones fold away. */
const ROWS_SHOWN = 150;

export function renderSummary(report: SmokeReport): string {
  const w = report.wheel;
  const errors = report.faults.filter((f) => f.severity === 'error');
  const warnings = report.faults.filter((f) => f.severity === 'warning');
  // With install: none nothing is imported: interpreter columns would only hold dashes.
  const runs = report.runs.some((r) => r.install) ? report.runs : [];
  const headers = [
    'module / target',
    `static (${report.static.python})`,
    ...runs.map((r) => {
      const note = !r.allowed
        ? ' — below Requires-Python'
        : r.install && !r.install.ok
          ? ' — install failed'
          : '';
      return `${r.requested} · ${r.interpreter.version}${note}`;
    }),
  ];
  const toRow = (r: Row): string[] => [
    rowLabel(r),
    ICON[r.static],
    ...r.cells.slice(0, runs.length).map(cellText),
  ];
  const bad = report.rows.filter(
    (r) => r.static !== 'pass' || r.cells.some((c) => c.status === 'fail'),
  );
  const good = report.rows.filter((r) => !bad.includes(r));

  let md = heading(`Smoke import: ${code(w.filename)}`);
  md +=
    `${w.name} ${w.version} · Requires-Python ${code(w.requiresPython ?? 'any')} · ` +
    `${report.static.modules.length} modules, static check in ${formatSeconds(report.static.wallMs / 1000)}` +
    report.runs
      .filter((r) => r.install)
      .map(
        (r) =>
          ` · Python ${r.interpreter.version}: venv and pip install ${formatSeconds((r.install?.ms ?? 0) / 1000)}`,
      )
      .join('') +
    '\n\n';
  md += errors.length
    ? `❌ **${errors.length} fault${errors.length > 1 ? 's' : ''}**: not fit to publish (each is annotated on its line).\n\n`
    : `✅ Every module, console script and symbol passed${report.runs.some((r) => r.results.length) ? '' : ' the static check (install: none, nothing imported)'}.\n\n`;
  md += resolutionLine(report);
  if (bad.length + good.length <= ROWS_SHOWN) {
    md += markdownTable(headers, [...bad, ...good].map(toRow));
  } else {
    if (bad.length) md += markdownTable(headers, bad.map(toRow));
    md += `\n<details><summary>${good.length} passing</summary>\n\n${markdownTable(headers, good.map(toRow))}\n</details>\n`;
  }
  if (warnings.length) {
    md += `\n${heading('Warnings', 4)}${warnings.map((f) => `- **${f.title}**: ${f.message}`).join('\n')}\n`;
  }
  return md;
}

/** What the venv lookup of imported names found, or why it did not run. */
function resolutionLine(report: SmokeReport): string {
  if (report.resolutionSkipped)
    return `Import resolution: **not run**: ${report.resolutionSkipped}.\n\n`;
  const done = report.runs.filter((r) => r.resolution);
  if (!done.length) return '';
  const parts = done.map((r) => {
    const res = r.resolution as NonNullable<typeof r.resolution>;
    return (
      `Python ${r.interpreter.version}: ${res.names} names from ${res.statements} statements, ` +
      (res.unresolved.length
        ? `not found: ${res.unresolved.map((n) => code(n)).join(', ')}`
        : 'all found')
    );
  });
  return `Import resolution (importlib.util.find_spec in the venv, TYPE_CHECKING and try/except ImportError left out): ${parts.join('; ')}.\n\n`;
}
