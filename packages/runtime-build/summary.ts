/** The build's step summary: pure markdown from a BuildResult, so tests read it as text. */
import { code, formatBytes, heading, markdownTable } from '../toolkit/summary.js';
import type { BuildResult } from './pipeline.js';
import type { WheelMetadataSummary } from './metadata-summary.js';

export const REWRITE_ROWS = 200;

export function renderBuildSummary(r: BuildResult, packageName: string): string {
  let md = heading(`📦 Built ${packageName} ${r.version}`);
  md += markdownTable(
    ['files', 'Python files', 'top-level modules', 'subpackages', 'imports rewritten', 'warnings'],
    [
      [
        r.fileCount,
        r.pythonFileCount,
        r.modules.top_level_modules.length,
        r.modules.subpackages.length,
        r.rewrites.length,
        r.warnings.length,
      ],
    ],
  );
  md += '\n';
  md += markdownTable(
    ['artifact', 'size', 'sha256'],
    [r.wheel, r.sdist].map((a) => [code(a.fileName), formatBytes(a.size), code(a.sha256)]),
  );
  const epochFrom = {
    SOURCE_DATE_EPOCH: 'SOURCE_DATE_EPOCH',
    git: `last commit touching ${r.source}`,
    default: 'no commit found: 1980-01-01',
  }[r.epoch.from];
  md += `\nTimestamps: ${new Date(r.epoch.value * 1000).toISOString()} (${epochFrom}). `;
  md += `Project metadata: ${r.projectFile ? code(r.projectFile) : 'built-in defaults (requires-python >=3.11, no dependencies)'}.\n\n`;
  md += metadataTable(r.metadata);
  md += `**Modules**: ${r.modules.top_level_modules.map(code).join(', ') || '—'}  \n`;
  md += `**Subpackages**: ${r.modules.subpackages.map(code).join(', ') || '—'}\n\n`;

  if (r.warnings.length > 0) {
    md += heading('⚠️ Warnings', 4);
    md += markdownTable(
      ['file', 'line', 'warning'],
      r.warnings.map((w) => [code(w.file), w.line, `**${w.title}**: ${w.message}`]),
    );
    md += '\n';
  }

  md += heading(`Rewritten imports (${r.rewrites.length})`, 4);
  if (r.rewrites.length === 0) md += 'None.\n\n';
  else {
    md += markdownTable(
      ['file', 'line', 'before → after'],
      r.rewrites
        .slice(0, REWRITE_ROWS)
        .map((w) => [code(w.file), w.line, `${code(w.before)} → ${code(w.after)}`]),
    );
    if (r.rewrites.length > REWRITE_ROWS)
      md += `\n…and ${r.rewrites.length - REWRITE_ROWS} more.\n`;
    md += '\n';
  }
  if (r.generated.length > 0) md += `Generated: ${r.generated.map(code).join(', ')}.\n\n`;
  if (r.outputsLeftOut.length > 0)
    md += `Left out: ${r.outputsLeftOut.map(code).join(', ')} (this build’s output, under source: never packaged).\n\n`;
  if (r.excluded.length > 0) {
    const shown = r.excluded.slice(0, 50);
    md += `Excluded (${r.excluded.length}): ${shown.map(code).join(', ')}${r.excluded.length > shown.length ? ', …' : ''}.\n`;
  }
  return md;
}

/** The wheel's metadata in one row, so a missing project table shows at a glance. */
export function metadataTable(m: WheelMetadataSummary): string {
  const from =
    m.from === 'none'
      ? 'none (`project: none`: bare on purpose)'
      : m.from === 'absent'
        ? '**no project table**'
        : code(m.from);
  return (
    markdownTable(
      ['name', 'version', 'requires-python', 'dependencies', 'scripts', 'table'],
      [
        [
          code(m.name),
          code(m.version),
          m.requiresPython ? code(m.requiresPython) : '—',
          m.dependencies,
          m.scripts.map(code).join('<br>') || '**none**',
          from,
        ],
      ],
    ) + '\n'
  );
}
