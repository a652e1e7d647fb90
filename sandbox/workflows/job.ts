/**
 * A job that runs steps: its workspace and runner temp, its GITHUB_TOKEN
 * (minted for its `permissions:`), the ID-token endpoint when it has
 * `id-token: write`, `env` at each level, `defaults.run`, and the steps in
 * order with their `if:`, `continue-on-error` and `timeout-minutes`; then
 * its `outputs`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  capPermissions,
  defaultStepEnv,
  githubContext,
  permissionsOf,
  runnerContext,
  type JobPlace,
} from './contexts.js';
import {
  evaluateCondition,
  evaluateString,
  evaluateValue,
  truthy,
  type Plain,
  type Scope,
  type StatusFunctions,
} from './expressions.js';
import type { MatrixLeg } from './graph.js';
import { stepLine } from './log.js';
import { DOCKER_RUN, callsDocker } from './stand-ins.js';
import { at, WorkflowDefect, type RunState, type WorkflowCall } from './state.js';
import { actionMetadata, runOurAction, runScript, runStandIn, type StepRun } from './step.js';
import type { JobResult, StepResult } from './types.js';
import { resolveUses, type WorkflowFile } from './workflow-file.js';

/** What runs every step: the machine's PATH and a few variables; nothing else leaks in. */
const INHERITED = [
  'PATH',
  'HOME',
  'LANG',
  'LC_ALL',
  'TMPDIR',
  'USER',
  'SHELL',
  'PYENV_ROOT',
  'PYENV_VERSION',
  'TERM',
];

/**
 * Any request a step makes to a host other than 127.0.0.1 goes to a closed
 * loopback port: pip, curl and Node's fetch (NODE_USE_ENV_PROXY) honour these,
 * so a URL that escaped the endpoint map fails at once instead of reaching out.
 */
const LOOPBACK_ONLY: Record<string, string> = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '127.0.0.1,localhost',
  no_proxy: '127.0.0.1,localhost',
  NODE_USE_ENV_PROXY: '1',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
};

export interface StepsJob {
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- workflow YAML, checked field by field
  def: Record<string, any>;
  name: string;
  path: string;
  leg?: MatrixLeg;
  needs: Record<string, Plain>;
  strategy: Record<string, Plain>;
  /** The workflow's env, evaluated. */
  workflowEnv: Record<string, string>;
}

const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

function stepDisplayName(step: Record<string, unknown>): string {
  if (typeof step.uses === 'string') return `Run ${step.uses.split('@')[0]}`;
  const first =
    String(step.run ?? '')
      .split('\n')
      .find((l) => l.trim()) ?? '';
  return `Run ${first.trim()}`;
}

export async function runStepsJob(
  state: RunState,
  call: WorkflowCall,
  job: StepsJob,
): Promise<JobResult> {
  const { wf } = call;
  const base = ['jobs', job.id];
  const release = await state.slots.acquire();
  const started = Date.now();
  const n = state.nextJob();
  const slug = job.path.replace(/[^A-Za-z0-9._-]+/g, '_');
  const workspace = path.join(state.runDir, 'jobs', `${n}-${slug}`, 'workspace');
  const runnerTemp = path.join(state.runDir, 'jobs', `${n}-${slug}`, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const steps: StepResult[] = [];
  let releaseOidc: (() => void) | undefined;
  const result = (
    status: JobResult['status'],
    outputs: Record<string, string>,
    note?: string,
  ): JobResult => ({
    id: job.id,
    name: job.name,
    path: job.path,
    status,
    outputs,
    steps,
    durationMs: Date.now() - started,
    note,
    matrix: job.leg,
    environment,
    workspace,
  });
  let environment: string | undefined;
  state.log.write(
    `▶ ${job.path}${job.name !== job.id && !job.path.endsWith(job.name) ? ` (${job.name})` : ''}`,
  );
  try {
    const def = job.def;
    if (def.container || def.services) {
      throw new WorkflowDefect(
        'container and service jobs need a Docker engine, which this machine does not have',
        wf.rel,
        wf.lineOf(base),
      );
    }
    const permissions = at(wf, [...base, 'permissions'], () =>
      capPermissions(permissionsOf(def.permissions ?? wf.data.permissions), call.permissionsCap),
    );
    const token = state.options.platform.jobToken({
      repository: state.identity.repository,
      permissions,
      job: job.path,
    });
    state.masker.add(token);
    const place: JobPlace = {
      job: job.id,
      token,
      workspace,
      runnerTemp,
      jobWorkflowRef: call.jobWorkflowRef,
      jobWorkflowSha: state.identity.sha,
    };
    const github = githubContext(state.identity, place);
    // secrets.GITHUB_TOKEN is the job's token, like github.token.
    const secrets: Record<string, string> = { ...call.secrets, GITHUB_TOKEN: token };
    const runner = runnerContext(place);
    const matrix: Record<string, Plain> = job.leg ?? {};
    const common = {
      github,
      needs: job.needs,
      strategy: job.strategy,
      matrix,
      vars: state.options.vars ?? {},
      inputs: call.inputs,
    };

    if (def.environment !== undefined) {
      const env = def.environment;
      const name = typeof env === 'object' && env !== null ? env.name : env;
      environment = at(wf, [...base, 'environment'], () =>
        evaluateString(name, { contexts: common }),
      );
      // The environment's secrets win over repository secrets of the same
      // name, for every secret this workflow received by that name.
      const scope = environment ? state.options.environments?.[environment] : undefined;
      if (scope) {
        for (const v of Object.values(scope.secrets ?? {})) state.masker.add(v);
        if (call.secretNames === '*') Object.assign(secrets, scope.secrets ?? {});
        else
          for (const [k, top] of Object.entries(call.secretNames))
            if (scope.secrets?.[top] !== undefined) secrets[k] = scope.secrets[top];
        common.vars = { ...common.vars, ...(scope.vars ?? {}) };
      }
    }

    const jobEnv: Record<string, string> = { ...job.workflowEnv };
    for (const [k, v] of Object.entries((def.env ?? {}) as Record<string, unknown>)) {
      jobEnv[k] = at(wf, [...base, 'env', k], () =>
        evaluateString(v, { contexts: { ...common, secrets, env: { ...jobEnv } } }),
      );
    }

    // The ID-token endpoint, only with id-token: write, with this job's claims.
    const oidcEnv: Record<string, string> = {};
    const oidc = state.options.platform.oidc;
    if (permissions['id-token'] === 'write' && oidc) {
      releaseOidc = await state.oidcLock.acquire();
      oidc.setClaims({
        repository: state.identity.repository,
        repository_owner: state.identity.repository.split('/')[0],
        ref: state.identity.ref,
        sha: state.identity.sha,
        event_name: state.identity.eventName,
        workflow: state.identity.workflowName,
        workflow_ref: state.identity.workflowRef,
        workflow_sha: state.identity.sha,
        job_workflow_ref: call.jobWorkflowRef,
        job_workflow_sha: state.identity.sha,
        environment,
        run_id: String(state.identity.runId),
        run_number: String(state.identity.runNumber),
        actor: state.identity.actor,
      });
      oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL = oidc.requestUrl;
      oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN = oidc.requestToken;
      state.masker.add(oidc.requestToken);
    }

    const runDefaults = {
      ...((wf.data.defaults?.run ?? {}) as Record<string, unknown>),
      ...((def.defaults?.run ?? {}) as Record<string, unknown>),
    };
    const jobTimeoutMs =
      Number(
        at(wf, [...base, 'timeout-minutes'], () =>
          evaluateValue(def['timeout-minutes'] ?? DEFAULT_JOB_TIMEOUT_MINUTES, {
            contexts: common,
          }),
        ),
      ) * 60_000;
    const deadline = started + jobTimeoutMs;

    const fileEnv: Record<string, string> = {};
    const extraPath: string[] = [];
    const stepsCtx: Record<string, Plain> = {};
    let jobFailed = false;
    let stoppedAt: string | undefined;
    const status: StatusFunctions = {
      success: () => !jobFailed,
      failure: () => jobFailed,
      cancelled: () => false,
    };

    const stepDefs = (def.steps ?? []) as Array<Record<string, unknown>>;
    if (!Array.isArray(stepDefs) || stepDefs.length === 0) {
      throw new WorkflowDefect(
        'a job needs steps (or uses: a reusable workflow)',
        wf.rel,
        wf.lineOf(base),
      );
    }
    for (const [i, stepDef] of stepDefs.entries()) {
      const sp = [...base, 'steps', i];
      const id = typeof stepDef.id === 'string' ? stepDef.id : `__step${i + 1}`;
      const stepStarted = Date.now();
      const envCtx = { ...jobEnv, ...fileEnv };
      const scopeFor = (env: Record<string, string>): Scope => ({
        contexts: {
          ...common,
          secrets,
          env,
          steps: stepsCtx,
          job: { status: jobFailed ? 'failure' : 'success', container: {}, services: {} },
          runner,
        },
        status,
        workspace,
      });
      const name =
        stepDef.name !== undefined
          ? at(wf, [...sp, 'name'], () => evaluateString(stepDef.name, scopeFor(envCtx)))
          : stepDisplayName(stepDef);
      const record = (
        partial: Partial<StepResult> & Pick<StepResult, 'status' | 'outcome'>,
      ): StepResult => {
        const r: StepResult = {
          id,
          name,
          kind: typeof stepDef.uses === 'string' ? 'action' : 'run',
          uses: typeof stepDef.uses === 'string' ? stepDef.uses : undefined,
          outputs: {},
          annotations: [],
          summary: '',
          stdout: '',
          stderr: '',
          durationMs: Date.now() - stepStarted,
          ...partial,
        };
        steps.push(r);
        stepsCtx[id] = {
          outputs: r.outputs,
          outcome: r.outcome === 'not-run' ? 'skipped' : r.outcome,
          conclusion: r.status === 'not-run' ? 'skipped' : r.status,
        };
        state.log.write(stepLine(job.path, r));
        for (const a of r.annotations.filter((x) => x.level === 'error' || x.level === 'warning')) {
          state.log.write(
            `      ${a.level}: ${a.file ? `${a.file}${a.line ? `:${a.line}` : ''}: ` : ''}${a.message.split('\n')[0]}`,
          );
        }
        if (r.status === 'failure' && r.kind === 'run' && r.stderr.trim()) {
          for (const l of r.stderr.trim().split('\n').slice(-5)) state.log.write(`      | ${l}`);
        }
        state.options.onStep?.({ job: job.path, step: r });
        return r;
      };

      if (stoppedAt) {
        record({
          status: 'not-run',
          outcome: 'not-run',
          note: `not run: the job stopped at '${stoppedAt}'`,
        });
        continue;
      }

      const stepEnvCtx = { ...envCtx };
      for (const [k, v] of Object.entries((stepDef.env ?? {}) as Record<string, unknown>)) {
        stepEnvCtx[k] = at(wf, [...sp, 'env', k], () =>
          evaluateString(v, scopeFor({ ...stepEnvCtx })),
        );
      }
      const scope = scopeFor(stepEnvCtx);
      if (!at(wf, [...sp, 'if'], () => evaluateCondition(stepDef.if, scope))) {
        record({
          status: 'skipped',
          outcome: 'skipped',
          note: stepDef.if !== undefined ? `if: ${String(stepDef.if)}` : 'an earlier step failed',
        });
        continue;
      }
      const continueOnError = truthy(
        at(wf, [...sp, 'continue-on-error'], () =>
          evaluateValue(stepDef['continue-on-error'] ?? false, scope),
        ),
      );
      const stepTimeoutMinutes =
        stepDef['timeout-minutes'] !== undefined
          ? Number(
              at(wf, [...sp, 'timeout-minutes'], () =>
                evaluateValue(stepDef['timeout-minutes'], scope),
              ),
            )
          : undefined;
      const remaining = Math.max(1000, deadline - Date.now());
      const timeoutMs = Math.min(
        remaining,
        stepTimeoutMinutes !== undefined ? stepTimeoutMinutes * 60_000 : remaining,
      );

      const processEnv: Record<string, string> = {};
      for (const k of INHERITED) if (process.env[k] !== undefined) processEnv[k] = process.env[k]!;
      if (extraPath.length)
        processEnv.PATH = [...extraPath, processEnv.PATH ?? ''].join(path.delimiter);
      const mappedEnv: Record<string, string> = {};
      for (const [k, v] of Object.entries(stepEnvCtx))
        mappedEnv[k] = state.mapEndpoints(v, `${job.path} › ${name} env ${k}`);
      const env = {
        ...processEnv,
        ...LOOPBACK_ONLY,
        ...mappedEnv,
        ...defaultStepEnv(state.identity, place, typeof stepDef.uses === 'string' ? id : '__run'),
        ...oidcEnv,
      };

      const { run, kindFields } = await executeStep({
        state,
        wf,
        sp,
        stepDef,
        name,
        jobPath: job.path,
        scope,
        env,
        workspace,
        runnerTemp,
        timeoutMs,
        runDefaults,
      });

      for (const m of run.effects.masked) state.masker.add(m);
      Object.assign(fileEnv, run.effects.env);
      extraPath.unshift(...run.effects.path);
      const failedHere = run.status === 'failure';
      if (failedHere && !continueOnError) jobFailed = true;
      if (run.stopJob) stoppedAt = name;
      record({
        ...kindFields,
        status: failedHere && continueOnError ? 'success' : run.status,
        outcome: run.status,
        note: run.note,
        outputs: run.effects.outputs,
        annotations: run.annotations,
        summary: run.summary,
        stdout: run.stdout,
        stderr: run.stderr,
      });
    }

    // Job outputs, evaluated once the steps are done; a value holding a
    // secret is dropped, as the runner does ("may contain secret").
    const outputs: Record<string, string> = {};
    const outScope: Scope = {
      contexts: {
        ...common,
        secrets,
        env: { ...jobEnv, ...fileEnv },
        steps: stepsCtx,
        job: { status: jobFailed ? 'failure' : 'success' },
        runner,
      },
    };
    for (const [k, v] of Object.entries((def.outputs ?? {}) as Record<string, unknown>)) {
      const value = at(wf, [...base, 'outputs', k], () => evaluateString(v, outScope));
      if (state.masker.leaks(value)) {
        state.log.write(
          `      warning: ${job.path}: output '${k}' skipped since it may contain a secret`,
        );
        outputs[k] = '';
      } else outputs[k] = value;
    }
    // Job-level continue-on-error (e.g. an experimental matrix leg): the
    // job failed, but neither the run nor the jobs that need it see a failure.
    const tolerated =
      jobFailed &&
      truthy(
        at(wf, [...base, 'continue-on-error'], () =>
          evaluateValue(def['continue-on-error'] ?? false, { contexts: common }),
        ),
      );
    const jobStatus = jobFailed && !tolerated ? 'failure' : stoppedAt ? 'stopped' : 'success';
    const r = result(
      jobStatus,
      outputs,
      tolerated
        ? 'failed, tolerated by continue-on-error'
        : stoppedAt
          ? `stopped at '${stoppedAt}' (no Docker engine)`
          : undefined,
    );
    state.log.write(`■ ${job.path} ${jobStatus} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return r;
  } catch (e) {
    const note = e instanceof Error ? e.message : String(e);
    steps.push({
      id: '__runner',
      name: 'Set up job',
      kind: 'run',
      status: 'failure',
      outcome: 'failure',
      note,
      outputs: {},
      annotations: [{ level: 'error', message: note }],
      summary: '',
      stdout: '',
      stderr: '',
      durationMs: 0,
    });
    state.log.write(`✗ ${job.path}: ${note}`);
    return result('failure', {}, note);
  } finally {
    releaseOidc?.();
    release();
  }
}

/** What executing one step needs (its scope and environment already evaluated). */
interface StepCall {
  state: RunState;
  wf: WorkflowFile;
  /** The step's path in the file, for errors. */
  sp: Array<string | number>;
  stepDef: Record<string, unknown>;
  name: string;
  jobPath: string;
  scope: Scope;
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  timeoutMs: number;
  runDefaults: Record<string, unknown>;
}

/** Runs one step: this repository's action, a stand-in, or a `run:` script. */
async function executeStep(
  c: StepCall,
): Promise<{ run: StepRun; kindFields: Partial<StepResult> }> {
  const {
    state,
    wf,
    sp,
    stepDef,
    name,
    scope,
    env,
    workspace,
    runnerTemp,
    timeoutMs,
    runDefaults,
  } = c;
  let run: StepRun;
  let kindFields: Partial<StepResult> = {};
  const standInContext = {
    workspace,
    artifacts: state.artifacts,
    sources: state.options.sources,
    repository: state.identity.repository,
    sha: state.identity.sha,
    ref: state.identity.ref,
    platform: state.options.platform,
  };
  if (typeof stepDef.uses === 'string') {
    const target = resolveUses(stepDef.uses);
    if (target.kind === 'unknown' || target.kind === 'reusable') {
      throw new WorkflowDefect(
        target.kind === 'reusable'
          ? `${stepDef.uses} is a workflow: call it from a job, not a step`
          : target.reason,
        wf.rel,
        wf.lineOf([...sp, 'uses']),
      );
    }
    const withValues: Record<string, string> = {};
    for (const [k, v] of Object.entries((stepDef.with ?? {}) as Record<string, unknown>)) {
      withValues[k] = at(wf, [...sp, 'with', k], () => evaluateString(v, scope));
    }
    if (target.kind === 'action') {
      const meta = actionMetadata(target.name);
      const declared = meta.inputs ?? {};
      const unexpected = Object.keys(withValues).filter((k) => !(k in declared));
      if (unexpected.length && state.options.strict !== false) {
        throw new WorkflowDefect(
          `unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')} for ${target.name}; valid inputs are ${Object.keys(
            declared,
          )
            .map((d) => `'${d}'`)
            .join(', ')}`,
          wf.rel,
          wf.lineOf([...sp, 'with', unexpected[0]!]),
        );
      }
      const inputs: Record<string, string> = {};
      for (const [k, spec] of Object.entries(declared)) {
        const raw =
          k in withValues
            ? withValues[k]!
            : spec.default !== undefined
              ? at(wf, [...sp, 'uses'], () => evaluateString(spec.default, scope))
              : undefined;
        if (raw !== undefined)
          inputs[k] = state.mapEndpoints(raw, `${c.jobPath} › ${name} input ${k}`);
      }
      kindFields = { kind: 'action', action: target.name, inputs };
      run = await runOurAction({
        name: target.name,
        inputs,
        env,
        event: state.identity.event,
        cwd: workspace,
        runnerTemp,
        timeoutMs,
      });
    } else {
      const { standIn, key } = target;
      const inputs: Record<string, string> = {};
      for (const [k, d] of Object.entries(standIn.inputs)) if (d !== undefined) inputs[k] = d;
      for (const [k, v] of Object.entries(withValues))
        inputs[k] = state.mapEndpoints(v, `${c.jobPath} › ${name} input ${k}`);
      kindFields = {
        kind: 'stand-in',
        inputs,
        standIn: { key, replaces: standIn.replaces, here: standIn.here },
      };
      run = runStandIn(standIn, standInContext, inputs);
    }
  } else if (typeof stepDef.run === 'string') {
    const script = state.mapEndpoints(
      at(wf, [...sp, 'run'], () => evaluateString(stepDef.run, scope)),
      `${c.jobPath} › ${name} script`,
    );
    if (callsDocker(script)) {
      kindFields = {
        kind: 'stand-in',
        standIn: { key: 'docker (run:)', replaces: DOCKER_RUN.replaces, here: DOCKER_RUN.here },
      };
      run = runStandIn(DOCKER_RUN, standInContext, {});
    } else {
      const shell = String(
        at(wf, [...sp, 'shell'], () =>
          evaluateString(stepDef.shell ?? runDefaults.shell ?? 'bash', scope),
        ),
      );
      const wd = stepDef['working-directory'] ?? runDefaults['working-directory'];
      const cwd =
        wd !== undefined
          ? path.resolve(
              workspace,
              at(wf, [...sp, 'working-directory'], () => evaluateString(wd, scope)),
            )
          : workspace;
      run = await runScript({ script, shell, env, cwd, runnerTemp, timeoutMs });
    }
  } else {
    throw new WorkflowDefect('a step needs uses: or run:', wf.rel, wf.lineOf(sp));
  }
  return { run, kindFields };
}
