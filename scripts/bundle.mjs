#!/usr/bin/env node
// Bundles every action entry (actions/<name>/main.ts) and the CLI into
// dist/<name>/index.js with @vercel/ncc, so the runner needs no node_modules.
// Usage: node scripts/bundle.mjs [--out DIR] [name ...]
// The output is deterministic: the check-dist test bundles into a temporary
// folder and compares it byte for byte with the committed dist/.
import ncc from '@vercel/ncc';
import { mkdirSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
let out = path.join(root, 'dist');
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]);
  else names.push(args[i]);
}

const entries = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'main.ts')))
  .map((d) => d.name)
  .sort();
const selected = names.length ? names : entries;
for (const n of selected) {
  if (!entries.includes(n)) {
    console.error(`No entry actions/${n}/main.ts (have: ${entries.join(', ')})`);
    process.exit(1);
  }
}

// web-tree-sitter cannot be inlined (see packages/python/parser.ts): bundles
// that parse Python get its CommonJS build and the two grammars beside them.
const treeSitterFiles = [
  require.resolve('web-tree-sitter/tree-sitter.wasm'),
  path.join(path.dirname(require.resolve('web-tree-sitter/tree-sitter.wasm')), 'tree-sitter.cjs'),
  require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
];

if (!names.length && out === path.join(root, 'dist')) {
  // A full rebuild drops bundles of actions that no longer exist.
  for (const d of existsSync(out) ? readdirSync(out) : []) {
    if (!entries.includes(d)) rmSync(path.join(out, d), { recursive: true, force: true });
  }
}

for (const name of selected) {
  const started = Date.now();
  const { code, assets } = await ncc(path.join(root, 'actions', name, 'main.ts'), {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2022',
    // Type-checking is tsc's job (npm test runs it once over the whole
    // project); ncc checking every entry again took minutes and ran out of heap.
    transpileOnly: true,
    quiet: true,
  });
  const dir = path.join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), asset.source);
  }
  // An action's worker thread, when it has one, is a bundle of its own beside
  // index.js. Its third-party code is a subset of index.js's, whose
  // licenses.txt covers it.
  const workerEntry = path.join(root, 'actions', name, 'worker.ts');
  let workerCode = '';
  if (existsSync(workerEntry)) {
    const worker = await ncc(workerEntry, {
      cache: false,
      minify: false,
      sourceMap: false,
      target: 'es2022',
      transpileOnly: true,
      quiet: true,
    });
    if (Object.keys(worker.assets).some((f) => f !== 'package.json')) {
      throw new Error(
        `actions/${name}/worker.ts brings assets of its own: ${Object.keys(worker.assets).join(', ')}`,
      );
    }
    workerCode = worker.code;
    writeFileSync(path.join(dir, 'worker.js'), workerCode);
  }
  if (code.includes('tree-sitter.cjs') || workerCode.includes('tree-sitter.cjs')) {
    for (const f of treeSitterFiles) copyFileSync(f, path.join(dir, path.basename(f)));
  }
  console.log(
    `dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`,
  );
}
