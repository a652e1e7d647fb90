/**
 * One step: this repository's action through the runner harness (the bundle
 * on Node 24, exactly as the Actions runner starts it), a `run:` script with
 * bash as the runner invokes it, or a declared stand-in. Each returns the
 * same StepResult; the files the step wrote (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY) are read back afterwards.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseAnnotations, repoRoot, runAction, type Annotation } from '../runner.js';
import { isRefusedVariable, readKeyValueFile, readPathFile } from './commands.js';
import type { StandIn, StandInContext } from './stand-ins.js';

/** What a step leaves for the ones after it. */
export interface StepEffects {
  outputs: Record<string, string>;
  /** GITHUB_ENV additions. */
  env: Record<string, string>;
  /** GITHUB_PATH additions, first one first on PATH. */
  path: string[];
  /** ::add-mask:: values. */
  masked: string[];
}

export interface StepRun {
  status: 'success' | 'failure' | 'not-run';
  note?: string;
  effects: StepEffects;
  annotations: Annotation[];
  summary: string;
  stdout: string;
  stderr: string;
  stopJob?: boolean;
}

/** The files of one step (fresh for each, as the runner makes them). */
export function stepFiles(runnerTemp: string): {
  output: string;
  env: string;
  path: string;
  summary: string;
} {
  const dir = path.join(runnerTemp, '_runner_file_commands', randomUUID());
  mkdirSync(dir, { recursive: true });
  const files = {
    output: path.join(dir, 'set_output'),
    env: path.join(dir, 'set_env'),
    path: path.join(dir, 'add_path'),
    summary: path.join(dir, 'step_summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

function readEffects(
  files: ReturnType<typeof stepFiles>,
  outputs: Record<string, string> | undefined,
  masked: string[],
): { effects: StepEffects; warnings: string[] } {
  const warnings: string[] = [];
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(readKeyValueFile(files.env, 'GITHUB_ENV'))) {
    if (isRefusedVariable(k)) warnings.push(`GITHUB_ENV: ${k} cannot be set this way (ignored)`);
    else env[k] = v;
  }
  return {
    effects: {
      outputs: outputs ?? readKeyValueFile(files.output, 'GITHUB_OUTPUT'),
      env,
      path: readPathFile(files.path),
      masked,
    },
    warnings,
  };
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown; required?: boolean; deprecationMessage?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const actionYmlCache = new Map<string, ActionYml>();

/** The action's metadata (inputs with defaults, outputs). */
export function actionMetadata(name: string): ActionYml {
  let meta = actionYmlCache.get(name);
  if (!meta) {
    meta = parseYaml(readFileSync(path.join(repoRoot, name, 'action.yml'), 'utf8')) as ActionYml;
    actionYmlCache.set(name, meta);
  }
  return meta;
}

export async function runOurAction(req: {
  name: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  event: unknown;
  cwd: string;
  runnerTemp: string;
  timeoutMs: number;
}): Promise<StepRun> {
  const bundle = path.join(repoRoot, 'dist', req.name, 'index.js');
  if (!existsSync(bundle)) {
    return failed(
      `no bundle at dist/${req.name}/index.js: run node scripts/bundle.mjs ${req.name}`,
    );
  }
  const files = stepFiles(req.runnerTemp);
  // The harness owns GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the event file;
  // GITHUB_ENV and GITHUB_PATH are the runner's, given here.
  const env: Record<string, string> = {
    ...req.env,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
  };
  delete env.GITHUB_OUTPUT;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.GITHUB_EVENT_PATH;
  const started = Date.now();
  const r = await runAction(req.name, {
    inputs: req.inputs,
    env,
    event: req.event,
    cwd: req.cwd,
    defaults: false,
    timeoutMs: req.timeoutMs,
  });
  const timedOut = r.exitCode === null && Date.now() - started >= req.timeoutMs - 50;
  const { effects, warnings } = readEffects(files, r.outputs, r.masked);
  const failedAnnotations = r.annotations.filter((a) => a.level === 'error');
  return {
    status: r.exitCode === 0 ? 'success' : 'failure',
    note:
      r.exitCode === 0
        ? warnings.join('; ') || undefined
        : timedOut
          ? `timed out after ${Math.round(req.timeoutMs / 1000)} s`
          : `exit code ${r.exitCode}${failedAnnotations[0] ? `: ${failedAnnotations[0].message.split('\n')[0]}` : ''}`,
    effects,
    annotations: r.annotations,
    summary: r.summary,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

/** How `shell:` values become a command line (the runner's templates, `{0}` being the script file). */
const SHELLS: Record<string, { args: string[]; ext: string }> = {
  bash: { args: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'], ext: '.sh' },
  sh: { args: ['sh', '-e', '{0}'], ext: '.sh' },
  python: { args: ['python', '{0}'], ext: '.py' },
};

export async function runScript(req: {
  script: string;
  shell: string;
  env: Record<string, string>;
  cwd: string;
  runnerTemp: string;
  timeoutMs: number;
}): Promise<StepRun> {
  const shell = SHELLS[req.shell];
  if (!shell) return failed(`shell '${req.shell}' is not supported here (bash, sh, python)`);
  if (!existsSync(req.cwd)) return failed(`working-directory ${req.cwd} does not exist`);
  const files = stepFiles(req.runnerTemp);
  const scriptFile = path.join(req.runnerTemp, `${randomUUID()}${shell.ext}`);
  writeFileSync(scriptFile, req.script);
  const [cmd, ...args] = shell.args.map((a) => a.replace('{0}', scriptFile));
  const env = {
    ...req.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
  };
  const child = spawn(cmd!, args, {
    cwd: req.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout ends the script's children too.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, req.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      stderr += String(e);
      resolve(127);
    });
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  const { annotations, masked } = parseAnnotations(stdout);
  let effects: StepEffects;
  let warnings: string[];
  try {
    ({ effects, warnings } = readEffects(files, undefined, masked));
  } catch (e) {
    return { ...failed((e as Error).message), annotations, stdout, stderr };
  }
  const firstError = annotations.find((a) => a.level === 'error');
  return {
    status: code === 0 ? 'success' : 'failure',
    note:
      code === 0
        ? warnings.join('; ') || undefined
        : timedOut
          ? `timed out after ${Math.round(req.timeoutMs / 1000)} s`
          : `exit code ${code}${firstError ? `: ${firstError.message.split('\n')[0]}` : ''}`,
    effects,
    annotations,
    summary: readFileSync(files.summary, 'utf8'),
    stdout,
    stderr,
  };
}

export function runStandIn(
  standIn: StandIn,
  ctx: StandInContext,
  inputs: Record<string, string>,
): StepRun {
  try {
    const o = standIn.run(ctx, inputs);
    return {
      status: o.status,
      note: o.note,
      stopJob: o.stopJob,
      effects: { outputs: o.outputs ?? {}, env: {}, path: [], masked: o.masked ?? [] },
      annotations: (o.warnings ?? []).map((message) => ({ level: 'warning' as const, message })),
      summary: '',
      stdout: '',
      stderr: '',
    };
  } catch (e) {
    return failed((e as Error).message);
  }
}

export function failed(note: string): StepRun {
  return {
    status: 'failure',
    note,
    effects: { outputs: {}, env: {}, path: [], masked: [] },
    annotations: [{ level: 'error', message: note }],
    summary: '',
    stdout: '',
    stderr: '',
  };
}
