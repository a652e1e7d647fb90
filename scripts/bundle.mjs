#!/usr/bin/env node
// Bundles every action entry (actions/<name>/main.ts) and the CLI (cli/main.ts) into
// dist/<name>/index.js with @vercel/ncc, so the runner needs no node_modules.
// Usage: node scripts/bundle.mjs [--out DIR] [name ...]
// The output is deterministic: the check-dist test bundles into a temporary
// folder and compares it byte for byte with the committed dist/.
import ncc from '@vercel/ncc';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  existsSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { NCC_OPTIONS } from './ncc-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
let out = path.join(root, 'dist');
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]);
  else names.push(args[i]);
}

// Every action entry, plus the CLI (cli/main.ts, bundled as dist/cli): the
// folder each bundle's sources live in, keyed by the bundle's name.
const sourceDirs = new Map(
  readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'main.ts')))
    .map((d) => [d.name, path.join('actions', d.name)]),
);
sourceDirs.set('cli', 'cli');
const entries = [...sourceDirs.keys()].sort();
const selected = names.length ? names : entries;
for (const n of selected) {
  if (!entries.includes(n)) {
    console.error(`No entry actions/${n}/main.ts or cli/main.ts (have: ${entries.join(', ')})`);
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

// The archives' compressor (packages/distribution/zlib.ts): zlib compiled to
// WebAssembly as @zip.js/zip.js ships it, copied beside each bundle that
// writes archives under the name zlib.ts looks for.
const zlibWasm = require.resolve('@zip.js/zip.js/dist/zip-module.wasm');

/**
 * The npm packages whose code a bundle holds, from ncc's webpack stats
 * (concatenated modules included). ncc's own licence file misses packages it
 * finds no licence file for from the module's folder (fflate's ESM build,
 * for one), so the list is made here and the licences read from each
 * package's root.
 */
function bundledPackages(stats) {
  const found = new Set();
  const visit = (m) => {
    for (const id of [m.name, m.identifier, m.nameForCondition]) {
      const file = String(id ?? '')
        .replaceAll('\\', '/')
        .split('!')
        .pop();
      // The innermost package: node_modules/a/node_modules/@s/b/x.js is @s/b under a.
      const at = file.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = file.slice(at + 'node_modules/'.length).split('/');
      const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
      const base = file.slice(0, at).replace(/^.*?(?=node_modules\/|$)/, '');
      found.add(`${base}node_modules/${name}`);
    }
    for (const child of m.modules ?? []) visit(child);
  };
  for (const m of stats.toJson({ modules: true, nestedModules: true }).modules ?? []) visit(m);
  return found;
}

/**
 * A package whose CommonJS entry is itself a prebuilt bundle (glob 13's
 * dist/commonjs/index.min.js) carries its dependencies' code inline, where
 * ncc's module list cannot see them: credit those dependencies too,
 * resolved from the package's own folder, recursively.
 */
function withInlinedDependencies(packageDirs) {
  const all = new Set(packageDirs);
  // [package folder, whether it sits inside a prebuilt bundle (then all its dependencies do too)]
  const queue = [...packageDirs].map((rel) => [rel, false]);
  while (queue.length) {
    const [rel, inlined] = queue.pop();
    const pkg = JSON.parse(readFileSync(path.join(root, rel, 'package.json'), 'utf8'));
    const dot = pkg.exports?.['.'];
    const entry = String(
      (typeof dot === 'object' ? (dot.require?.default ?? dot.require ?? dot.default) : dot) ??
        pkg.main ??
        '',
    );
    if (!inlined && !entry.endsWith('.min.js') && !entry.endsWith('.min.cjs')) continue;
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      let dir = path.join(root, rel);
      // Node's lookup: the nearest node_modules/<dep> at or above the package.
      for (;;) {
        const candidate = path.join(dir, 'node_modules', dep);
        if (existsSync(path.join(candidate, 'package.json'))) {
          const found = path.relative(root, candidate).replaceAll('\\', '/');
          if (!all.has(found)) {
            all.add(found);
            queue.push([found, true]);
          }
          break;
        }
        if (dir === root) break;
        dir = path.dirname(dir);
      }
    }
  }
  return all;
}

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

/** name, SPDX expression and licence text of the package in `rel` (node_modules/…), as the bundle ships it. */
function licenceEntry(rel) {
  const dir = path.join(root, rel);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => LICENCE_FILE.test(f));
  const text = file
    ? readFileSync(path.join(dir, file), 'utf8').trim()
    : `(no licence file in ${pkg.name}@${pkg.version}; its package.json says ${pkg.license})`;
  return { name: pkg.name, version: pkg.version, license: String(pkg.license ?? 'UNKNOWN'), text };
}

function writeLicences(dir, packageDirs) {
  const seen = new Set();
  const entries = [...packageDirs]
    .map(licenceEntry)
    .filter((e) => !seen.has(`${e.name}@${e.version}`) && seen.add(`${e.name}@${e.version}`))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  writeFileSync(
    path.join(dir, 'licenses.txt'),
    entries.map((e) => `${e.name}\n${e.license}\n${e.text}\n`).join('\n'),
  );
  // The same list, for tools and the allow-list test (test/foundation/licences.test.ts).
  writeFileSync(
    path.join(dir, 'licenses.json'),
    `${JSON.stringify(
      entries.map((e) => ({ name: e.name, version: e.version, license: e.license })),
      null,
      2,
    )}\n`,
  );
}

if (!names.length && out === path.join(root, 'dist')) {
  // A full rebuild drops bundles of actions that no longer exist.
  for (const d of existsSync(out) ? readdirSync(out) : []) {
    if (!entries.includes(d)) rmSync(path.join(out, d), { recursive: true, force: true });
  }
}

for (const name of selected) {
  const started = Date.now();
  const { code, assets, stats } = await ncc(
    path.join(root, sourceDirs.get(name), 'main.ts'),
    NCC_OPTIONS,
  );
  const dir = path.join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), asset.source);
  }
  // The inputs of <name>/action.yml as JSON: the bundle takes its defaults
  // from here (actions/runner.ts) instead of loading a YAML parser at every
  // start. Written from the same action.yml, so the dist check keeps them in step.
  const actionYml = path.join(root, name, 'action.yml');
  if (existsSync(actionYml)) {
    const inputs = parseYaml(readFileSync(actionYml, 'utf8'))?.inputs ?? {};
    writeFileSync(
      path.join(dir, 'action-inputs.json'),
      `${JSON.stringify({ [name]: inputs }, null, 2)}\n`,
    );
  }
  const packages = withInlinedDependencies(bundledPackages(stats));
  // An action's worker thread, when it has one, is a bundle of its own beside
  // index.js; licenses.txt covers both.
  const workerEntry = path.join(root, sourceDirs.get(name), 'worker.ts');
  let workerCode = '';
  if (existsSync(workerEntry)) {
    const worker = await ncc(workerEntry, NCC_OPTIONS);
    if (Object.keys(worker.assets).some((f) => f !== 'package.json')) {
      throw new Error(
        `${sourceDirs.get(name)}/worker.ts brings assets of its own: ${Object.keys(worker.assets).join(', ')}`,
      );
    }
    workerCode = worker.code;
    for (const p of bundledPackages(worker.stats)) packages.add(p);
    writeFileSync(path.join(dir, 'worker.js'), workerCode);
  }
  if (code.includes('tree-sitter.cjs') || workerCode.includes('tree-sitter.cjs')) {
    for (const f of treeSitterFiles) copyFileSync(f, path.join(dir, path.basename(f)));
    packages.add('node_modules/web-tree-sitter').add('node_modules/tree-sitter-python');
  }
  if (code.includes("'zlib.wasm'") || workerCode.includes("'zlib.wasm'")) {
    copyFileSync(zlibWasm, path.join(dir, 'zlib.wasm'));
    packages.add('node_modules/@zip.js/zip.js');
  }
  writeLicences(dir, packages);
  console.log(
    `dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`,
  );
}
