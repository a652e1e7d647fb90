/**
 * bench/template-check: finding bare runtime imports in template files,
 * ours (tree-sitter statements, packages/template/bare-imports.ts) against
 * the lint the old chain ran: one line-anchored regex over the module list
 * (`^\s*(from|import)\s+(m1|m2|…)\b`), the same shape as its rewriter.
 *
 * Each generated file plants bare imports in the forms templates use (module
 * level, inside functions, `import os, config`, `import json; import events`,
 * `if x: import heartbeat`, parenthesised and continued `from` imports) and
 * decoys (docstrings and strings that quote an import, qualified imports,
 * `import configparser`). The ground truth is known, so both are scored on
 * what they find and what they miss, and timed on the same files.
 *
 * Run: npx tsx bench/template-check.ts [files…]   (default 80 and 1000)
 */
import { performance } from 'node:perf_hooks';
import {
  findBareImports,
  type RuntimeModules,
  type TemplateFile,
} from '../packages/template/bare-imports.js';

const RUNTIME: RuntimeModules = {
  importName: 'molecule_runtime',
  topLevelModules: [
    'a2a_client',
    'a2a_tools',
    'config',
    'events',
    'heartbeat',
    'main',
    'plugins',
    'transcript_auth',
  ],
  subpackages: ['adapters', 'builtin_tools', 'plugins_registry', 'policies', 'skill_loader'],
  source: 'manifest',
};

/** [snippet, lines (relative to the snippet) holding a bare import] */
const SNIPPETS: [string, number[]][] = [
  ['from plugins import load_plugins\n', [0]],
  ['def setup():\n    import heartbeat\n    return heartbeat\n', [1]],
  ['import os, config\n', [0]],
  ['import json; import events\n', [0]],
  ['if DEBUG: import transcript_auth\n', [0]],
  ['from policies import (\n    limits,\n)\n', [0]],
  ['from \\\n    builtin_tools.memory import recall\n', [0]],
  ['"""Example:\n\nfrom plugins import load_plugins\n"""\n', []],
  ['HELP = """\nimport config\n"""\n', []],
  ['from molecule_runtime.adapters import BaseAdapter\n', []],
  ['import configparser\n', []],
  ['from a2a_client import discover_peer\n', [0]],
  ['class A:\n    def f(self):\n        from skill_loader import load\n        return load\n', [2]],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(count: number): { files: TemplateFile[]; truth: Set<string> } {
  const next = rng(count);
  const files: TemplateFile[] = [];
  const truth = new Set<string>();
  for (let i = 0; i < count; i++) {
    let text = '"""Template module."""\nimport os\nimport sys\n\n';
    for (let k = 0; k < 12; k++) {
      const [snippet, hits] = SNIPPETS[Math.floor(next() * SNIPPETS.length)] as [string, number[]];
      const base = text.split('\n').length;
      for (const h of hits) truth.add(`t${i}.py:${base + h}`);
      text += snippet + '\n\ndef helper_' + k + '(x):\n    return os.path.join(str(x), "y")\n\n';
    }
    files.push({ path: `t${i}.py`, source: text });
  }
  return { files, truth };
}

/** The old chain's lint: one regex per line. */
function regexLint(files: TemplateFile[]): Set<string> {
  const names = [...RUNTIME.topLevelModules, ...RUNTIME.subpackages].join('|');
  const re = new RegExp(`^\\s*(from|import)\\s+(${names})\\b`);
  const found = new Set<string>();
  for (const f of files) {
    f.source.split('\n').forEach((line, i) => {
      if (re.test(line)) found.add(`${f.path}:${i + 1}`);
    });
  }
  return found;
}

function score(found: Set<string>, truth: Set<string>) {
  const hits = [...found].filter((x) => truth.has(x)).length;
  return { found: found.size, missed: truth.size - hits, wrong: found.size - hits };
}

async function time<T>(
  fn: () => Promise<T> | T,
  repeat: number,
): Promise<{ value: T; ms: number }> {
  let value = await fn();
  const started = performance.now();
  for (let i = 0; i < repeat; i++) value = await fn();
  return { value, ms: (performance.now() - started) / repeat };
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
for (const n of sizes.length ? sizes : [80, 1000]) {
  const { files, truth } = generate(n);
  const repeat = n > 500 ? 3 : 10;
  // Each run gets fresh file names so the parse cache does not answer for it.
  let round = 0;
  const ours = await time(async () => {
    round++;
    const r = await findBareImports(
      files.map((f) => ({ path: f.path, source: `${f.source}# ${round}\n` })),
      RUNTIME,
    );
    return new Set(r.found.map((b) => `${b.file}:${b.line}`));
  }, repeat);
  const old = await time(() => regexLint(files), repeat);
  const a = score(ours.value, truth);
  const b = score(old.value, truth);
  const lines = files.reduce((s, f) => s + f.source.split('\n').length, 0);
  console.log(`\n${n} files, ${lines} lines, ${truth.size} planted bare imports`);
  console.log(
    `  ours (tree-sitter)   ${ours.ms.toFixed(1).padStart(8)} ms   found ${a.found}, missed ${a.missed}, wrong ${a.wrong}`,
  );
  console.log(
    `  old (line regex)     ${old.ms.toFixed(1).padStart(8)} ms   found ${b.found}, missed ${b.missed}, wrong ${b.wrong}`,
  );
  console.log(
    `  time ours/old ${(ours.ms / old.ms).toFixed(1)}x; the regex misses ${((100 * b.missed) / truth.size).toFixed(0)} % of the bare imports and flags ${b.wrong} lines that are none`,
  );
}
