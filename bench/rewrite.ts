/**
 * Import rewriting throughput on a generated workspace, against what a user
 * has today: the line regex of build_runtime_package.py (re.sub per line in a
 * python3 subprocess; stand-in at test/python/fixtures/legacy_rewrite.py).
 * Both read the files from disk and write the rewritten files back.
 *
 *   npx tsx bench/rewrite.ts [files=1000] [big=5000]
 *
 * Prints files/s and total ms for both, their ratio, tree-sitter parse time per
 * 1,000 files, and the full static check + rewrite of a `big`-file workspace.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseWith, pythonGrammar } from '../packages/python/analyse.js';
import { checkImports } from '../packages/python/check.js';
import { decodePythonSource, encodePythonSource } from '../packages/python/encoding.js';
import { rewriteImports } from '../packages/python/rewrite.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const legacyScript = path.join(here, '..', 'test', 'python', 'fixtures', 'legacy_rewrite.py');
const IMPORT_NAME = 'molecule_runtime';

/** A deterministic pseudo-random stream, so every run benchmarks the same files. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A workspace of `n` modules shaped like the runtime: imports up top, classes, lazy imports. */
function workspace(n: number): Map<string, string> {
  const random = rng(n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Like the real runtime: a few dozen top-level modules, most files in subpackages.
  const stems = Array.from({ length: n }, (_, i) =>
    i < 25 ? `mod_${i}` : `pkg${i % 20}/mod_${i}`,
  );
  const files = new Map<string, string>();
  for (let p = 0; p < 20; p++)
    files.set(`pkg${p}/__init__.py`, `"""Package ${p}."""\nVERSION = ${p}\n`);
  stems.forEach((stem, i) => {
    const others = () => pick(stems).replace(/\//g, '.');
    const lines = [
      `"""Module ${i}: generated for the rewrite benchmark.`,
      '',
      `import ${others()}`,
      '"""',
    ];
    lines.push(
      'import os, json',
      'import logging',
      `import ${others()}`,
      `from ${others()} import thing_${i % 7}`,
    );
    lines.push(
      `import ${others()} as alias_${i}`,
      `from ${others()} import (\n    a,\n    b as c,\n)`,
    );
    lines.push('', 'log = logging.getLogger(__name__)', '');
    for (let k = 0; k < 12; k++) {
      lines.push(
        `class Service${k}:`,
        `    """Does thing ${k}."""`,
        '',
        '    def __init__(self, config=None):',
        '        self.config = config or {}',
        '        self.items = [x * 2 for x in range(10) if x % 3]',
        '',
        `    def run(self, value: int) -> dict:`,
        k % 4 === 0 ? `        from ${others()} import helper_${k}` : '        helper = None',
        `        text = f"{value!r} in {self.__class__.__name__}"`,
        '        return {"value": value, "text": text, "path": os.path.join("a", "b")}',
        '',
      );
    }
    // Every name the others import from it, so the static check finds nothing to report.
    for (let k = 0; k < 7; k++)
      lines.push(`def thing_${k}():`, '    return json.dumps({"ok": True})', '');
    for (let k = 0; k < 12; k += 4) lines.push(`def helper_${k}():`, '    return None', '');
    lines.push('a = b = 1', '');
    files.set(`${stem}.py`, lines.join('\n'));
  });
  return files;
}

function modulesOf(files: Map<string, string>): { modules: Set<string>; shipped: Set<string> } {
  const modules = new Set<string>();
  const shipped = new Set<string>();
  for (const p of files.keys()) {
    const parts = p.replace(/\.py$/, '').split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    modules.add(parts[0]!);
    for (let i = 1; i <= parts.length; i++) shipped.add(parts.slice(0, i).join('.'));
  }
  return { modules, shipped };
}

async function writeAll(root: string, files: Map<string, string>): Promise<void> {
  for (const [rel, text] of files) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
}

async function ours(
  src: string,
  out: string,
  files: string[],
  modules: Set<string>,
): Promise<number> {
  const start = performance.now();
  for (const rel of files) {
    const decoded = decodePythonSource(new Uint8Array(await readFile(path.join(src, rel))), rel);
    const { source } = await rewriteImports(decoded.text, {
      modules,
      importName: IMPORT_NAME,
      file: rel,
    });
    const target = path.join(out, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, encodePythonSource({ ...decoded, text: source }));
  }
  return performance.now() - start;
}

function legacy(src: string, out: string, files: string[], modules: Set<string>): number {
  const start = performance.now();
  execFileSync('python3', [
    legacyScript,
    JSON.stringify({ src, out, import_name: IMPORT_NAME, modules: [...modules], files }),
  ]);
  return performance.now() - start;
}

const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const rate = (n: number, ms: number): string => `${((n / ms) * 1000).toFixed(0)} files/s`;

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 1000);
  const big = Number(process.argv[3] ?? 5000);
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-rewrite-'));
  try {
    const files = workspace(n);
    const { modules } = modulesOf(files);
    const src = path.join(dir, 'ws');
    await writeAll(src, files);
    const list = [...files.keys()];
    const bytes = [...files.values()].reduce((a, t) => a + t.length, 0);
    console.log(
      `workspace: ${list.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${modules.size} top-level modules`,
    );

    const t0 = performance.now();
    const grammar = await pythonGrammar();
    console.log(`parser start-up (WASM load, once per process): ${fmt(performance.now() - t0)}`);

    // Parse alone: the floor for anything that reads the syntax tree.
    const texts = [...files.values()];
    let t = performance.now();
    for (const text of texts) grammar.parser.parse(text)!.delete();
    const parseMs = performance.now() - t;
    t = performance.now();
    for (const [rel, text] of files) analyseWith(grammar, text, rel);
    const analyseMs = performance.now() - t;
    console.log(
      `parse: ${fmt((parseMs / list.length) * 1000)} per 1,000 files; parse + analysis: ${fmt((analyseMs / list.length) * 1000)} per 1,000 files`,
    );

    // Best of three for each, both cold on the analysis cache (fresh output dir each time).
    const oursRuns: number[] = [];
    const legacyRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      const copy = new Map([...files].map(([k, v]) => [k, `${v}\n# run ${run}\n`]));
      await writeAll(src, copy);
      oursRuns.push(await ours(src, path.join(dir, `ours${run}`), list, modules));
      legacyRuns.push(legacy(src, path.join(dir, `legacy${run}`), list, modules));
    }
    const o = Math.min(...oursRuns);
    const l = Math.min(...legacyRuns);
    console.log(
      `tree-sitter rewrite (read, decode, parse, rewrite, encode, write): ${fmt(o)}, ${rate(list.length, o)}`,
    );
    console.log(
      `line regex, python3 subprocess (start-up, read, re.sub per line, write): ${fmt(l)}, ${rate(list.length, l)}`,
    );
    console.log(
      `ratio: the exact rewrite takes ${(o / l).toFixed(2)}x the regex's time (${(l / o).toFixed(2)}x its speed)`,
    );

    // The whole static side of a big build: check every import, then rewrite every file.
    const large = workspace(big);
    const sets = modulesOf(large);
    const sources = [...large].map(([p, text]) => ({ path: p, text }));
    t = performance.now();
    const diagnostics = await checkImports(sources, {
      ...sets,
      excluded: new Set(['lib', 'tests']),
      allowUnresolved: new Set(),
    });
    const checkMs = performance.now() - t;
    t = performance.now();
    let rewrites = 0;
    for (const f of sources) {
      rewrites += (
        await rewriteImports(f.text, {
          modules: sets.modules,
          importName: IMPORT_NAME,
          file: f.path,
        })
      ).rewrites.length;
    }
    const rewriteMs = performance.now() - t;
    console.log(
      `${sources.length}-file workspace: checkImports ${fmt(checkMs)} (${diagnostics.length} diagnostics; parses every file), then rewriteImports ${fmt(rewriteMs)} (${rewrites} statements; reuses the parses): ${fmt(checkMs + rewriteMs)} in all`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
