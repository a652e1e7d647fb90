/**
 * Regenerates static-check-script.ts, probe-script.ts and resolve-imports-script.ts from the .py files beside
 * them: `npx tsx packages/smoke/embed-scripts.ts`.
 *
 * Why generated constants: ncc does not reliably inline a
 * `readFileSync(new URL('./x.py', import.meta.url))`, and a bundle must be a
 * single file the runner can start. The .py files stay the source of truth
 * (readable, linted as Python); test/smoke/scripts.test.ts fails when a
 * constant is stale. (Not named `x.py.ts`: ncc resolves `./x.py.js` to the
 * .py file itself and fails to parse it as JavaScript.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const embedded = [
  { py: 'static_check.py', ts: 'static-check-script.ts', constant: 'STATIC_CHECK_PY' },
  { py: 'probe.py', ts: 'probe-script.ts', constant: 'PROBE_PY' },
  { py: 'resolve_imports.py', ts: 'resolve-imports-script.ts', constant: 'RESOLVE_IMPORTS_PY' },
] as const;

export function render(pyFile: string, constant: string): string {
  const source = readFileSync(path.join(here, pyFile), 'utf8');
  return (
    `// Generated from ${pyFile} by embed-scripts.ts: edit the .py file, then run\n` +
    `// \`npx tsx packages/smoke/embed-scripts.ts\`.\n` +
    `export const ${constant} = ${JSON.stringify(source)};\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const e of embedded) {
    writeFileSync(path.join(here, e.ts), render(e.py, e.constant));
    console.log(`packages/smoke/${e.ts}`);
  }
}
