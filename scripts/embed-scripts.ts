/**
 * Regenerates packages/smoke/{static-check,probe,resolve-imports}-script.ts
 * from the .py files beside them: `npx tsx scripts/embed-scripts.ts`;
 * `--check` fails when a generated file differs (test/smoke/static.test.ts
 * calls the same function).
 *
 * Why generated constants: ncc does not reliably inline a
 * `readFileSync(new URL('./x.py', import.meta.url))`, and a bundle must be a
 * single file the runner can start. The .py files stay the source of truth
 * (readable, linted as Python). (Not named `x.py.ts`: ncc resolves
 * `./x.py.js` to the .py file itself and fails to parse it as JavaScript.)
 * The output goes through prettier, so it is the file as committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const smokeDir = path.join(root, 'packages', 'smoke');

export const embedded = [
  { py: 'static_check.py', ts: 'static-check-script.ts', constant: 'STATIC_CHECK_PY' },
  { py: 'probe.py', ts: 'probe-script.ts', constant: 'PROBE_PY' },
  { py: 'resolve_imports.py', ts: 'resolve-imports-script.ts', constant: 'RESOLVE_IMPORTS_PY' },
] as const;

/** The generated module for one script, formatted as the repository formats it. */
export async function render(pyFile: string, constant: string, tsFile: string): Promise<string> {
  const source = readFileSync(path.join(smokeDir, pyFile), 'utf8');
  const text =
    `// Generated from ${pyFile} by embed-scripts.ts: edit the .py file, then run\n` +
    `// \`npx tsx scripts/embed-scripts.ts\`.\n` +
    `export const ${constant} = ${JSON.stringify(source)};\n`;
  const filepath = path.join(smokeDir, tsFile);
  const options = await prettier.resolveConfig(filepath);
  return prettier.format(text, { ...options, filepath });
}

/** The generated files that differ from what render() makes, by repository path. */
export async function staleFiles(): Promise<string[]> {
  const stale: string[] = [];
  for (const e of embedded) {
    const file = path.join(smokeDir, e.ts);
    if (readFileSync(file, 'utf8') !== (await render(e.py, e.constant, e.ts))) {
      stale.push(path.relative(root, file));
    }
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles();
    for (const f of stale) console.error(`${f} is stale: run npx tsx scripts/embed-scripts.ts`);
    process.exitCode = stale.length ? 1 : 0;
  } else {
    for (const e of embedded) {
      writeFileSync(path.join(smokeDir, e.ts), await render(e.py, e.constant, e.ts));
      console.log(`packages/smoke/${e.ts}`);
    }
  }
}
