/**
 * `npm run demo`: the whole release chain on loopback, through the step
 * runner on this repository's real workflows (see sandbox/workflows/chain.ts):
 * merge → tag → build → smoke → publish (OIDC) → mirror (as the mirror's
 * GitHub App) → cascade, the mirror's guard on that push, then for
 * each sample template wait-for-pypi → template-check → rebuild. One line
 * per stage as it completes, a summary table, and the folder holding the
 * artifacts (kept under .tmp/demo/). Exit 0 on success; otherwise 1 with the
 * failing stage named.
 *
 *   npm run demo            # or: npx tsx scripts/demo.ts [--verbose] [--out DIR]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MONOREPO, runChain, type ChainRun, type Stage } from '../sandbox/workflows/chain.js';
import { repoRoot } from '../sandbox/runner.js';

/** The bundles the workflows run (dist/ is built by `npm run bundle`). */
const ACTIONS = [
  'auto-tag',
  'build',
  'smoke-import',
  'pypi-publish',
  'mirror-sync',
  'mirror-guard',
  'cascade-dispatch',
  'github-release',
  'wait-for-pypi',
  'template-check',
];

const MARK: Record<Stage['status'], string> = {
  ok: '✓',
  failed: '✗',
  skipped: '–',
  'not run': '◌',
};

export function stageLine(s: Stage): string {
  return `${MARK[s.status]} ${s.name.padEnd(28)} ${`${(s.ms / 1000).toFixed(1)} s`.padStart(7)}  ${s.detail}`;
}

export function summaryTable(stages: Stage[]): string {
  const rows = stages.map((s) => [s.name, s.status, `${(s.ms / 1000).toFixed(1)} s`, s.detail]);
  const headers = ['stage', 'result', 'time', 'detail'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export interface DemoOptions {
  /** The artifacts folder (default .tmp/demo/<time>). */
  out?: string;
  print?: (line: string) => void;
  /** Print the step runner's log too. */
  verbose?: boolean;
}

export interface DemoResult {
  exitCode: number;
  chain?: ChainRun;
  out: string;
}

/** Runs the chain; the caller closes `chain` (tests read the sandboxes first). */
export async function demo(options: DemoOptions = {}): Promise<DemoResult> {
  const print = options.print ?? ((l: string) => console.log(l));
  const started = Date.now();
  const out =
    options.out ??
    path.join(repoRoot, '.tmp', 'demo', new Date().toISOString().replace(/[:.]/g, '-'));
  const missing = ACTIONS.filter((a) => !existsSync(path.join(repoRoot, 'dist', a, 'index.js')));
  if (missing.length) {
    print(
      `✗ bundles missing: ${missing.map((m) => `dist/${m}/index.js`).join(', ')}. Run: npm run bundle`,
    );
    return { exitCode: 1, out };
  }
  // Never empties a folder the demo did not make (`--out .` must not wipe a checkout).
  const marker = path.join(out, '.runtime-actions-demo');
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(marker)) {
    print(`✗ ${out} is not empty and was not made by the demo: choose another --out folder`);
    return { exitCode: 1, out };
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(marker, 'Made by npm run demo; the next run with this --out replaces it.\n');
  print(
    `Release chain on loopback (sandbox GitHub, PyPI and OIDC issuer on 127.0.0.1); artifacts in ${path.relative(process.cwd(), out) || out}`,
  );
  let chain: ChainRun | undefined;
  try {
    chain = await runChain({
      workDir: out,
      onStage: (s) => print(stageLine(s)),
      log: options.verbose ? (l) => print(`    ${l}`) : undefined,
    });
  } catch (e) {
    print(`✗ the chain could not run: ${e instanceof Error ? e.message : String(e)}`);
    return { exitCode: 1, out };
  }
  const total = Date.now() - started;
  print('');
  print(summaryTable(chain.stages));
  print('');
  if (chain.ok) {
    print(`Released ${chain.version} through the whole chain in ${(total / 1000).toFixed(1)} s.`);
  } else {
    print(
      `✗ The chain failed at stage '${chain.failedStage}' (after ${(total / 1000).toFixed(1)} s).`,
    );
  }
  // The GitHub Release the run left in the sandbox: what a reader of the repository sees.
  for (const rel of chain.gh.state.releasesOf(MONOREPO)) {
    print(`GitHub Release ${rel.tagName} (${rel.draft ? 'draft' : 'published'}):`);
    for (const line of (rel.body ?? '').split('\n')) print(`  │ ${line}`);
    print('');
  }
  print(`Artifacts: ${out}`);
  print(`  the wheel and sdist: ${path.join(out, 'release-run', 'artifacts', 'runtime-dists')}`);
  print(
    `  release run (log.txt, result.json, each job's workspace): ${path.join(out, 'release-run')}`,
  );
  print(`  template runs and venvs: ${path.join(out, 'template-*')}`);
  return { exitCode: chain.ok ? 0 : 1, chain, out };
}

const invokedDirectly =
  process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const result = await demo({
    verbose: args.includes('--verbose'),
    out: outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '') : undefined,
  });
  await result.chain?.close();
  process.exitCode = result.exitCode;
}
