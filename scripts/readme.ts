/**
 * Keeps the README's per-action input/output tables equal to the action.yml
 * files: `npx tsx scripts/readme.ts` rewrites them, `--check` fails when they
 * differ (the foundation test calls the same function).
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ActionSpec {
  description?: string;
  inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
}

export function actionNames(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, '<br>')
    .trim();
}

function defaultCell(value: unknown): string {
  if (value === undefined || value === '') return '';
  const lines = String(value).trim().split('\n');
  return lines.map((l) => '`' + l.trim() + '`').join('<br>');
}

export function actionTables(name: string): string {
  const spec = parseYaml(readFileSync(path.join(root, name, 'action.yml'), 'utf8')) as ActionSpec;
  const inputs = Object.entries(spec.inputs ?? {}).map(
    ([k, v]) =>
      `| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${defaultCell(v.default)} | ${cell(v.description ?? '')} |`,
  );
  const outputs = Object.entries(spec.outputs ?? {}).map(
    ([k, v]) => `| \`${k}\` | ${cell(v.description ?? '')} |`,
  );
  return [
    `<!-- action-io:${name} -->`,
    '',
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
    '',
    `<!-- /action-io:${name} -->`,
  ].join('\n');
}

/** The README with every `<!-- action-io:NAME -->` block regenerated. */
export function renderReadme(readme: string): string {
  return readme.replace(
    /<!-- action-io:([a-z-]+) -->[\s\S]*?<!-- \/action-io:\1 -->/g,
    (_m, name: string) => actionTables(name),
  );
}

export function readmePath(): string {
  return path.join(root, 'README.md');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const current = readFileSync(readmePath(), 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md tables differ from action.yml: run npx tsx scripts/readme.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(readmePath(), next);
  }
}
