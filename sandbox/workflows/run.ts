/**
 * Runs a workflow file: its jobs in `needs` order (independent ones at the
 * same time), each job's `if:` and `strategy.matrix`, reusable workflows
 * called by a job (`with:` → inputs, `secrets:`, outputs back to
 * `needs.<job>.outputs`), and the run's log and result.
 *
 *   const result = await runWorkflow({ workflow: 'examples/workflows/release-runtime.yml',
 *     event: { name: 'push', payload }, repository, sha, sources, secrets, platform });
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArtifactStore } from './artifacts.js';
import { capPermissions, githubContext, permissionsOf, type RunIdentity } from './contexts.js';
import { evaluateCondition, evaluateString, evaluateValue, type Plain } from './expressions.js';
import { ancestorsOf, expandMatrix, jobWaves, legName, needsOf, type MatrixLeg } from './graph.js';
import { runStepsJob } from './job.js';
import { Masker, RunLog, seconds } from './log.js';
import { checkReferences } from './references.js';
import { at, Semaphore, WorkflowDefect, type RunState, type WorkflowCall } from './state.js';
import type { JobResult, JobStatus, RunOptions, RunResult, WorkflowResult } from './types.js';
import { loadWorkflow, qualifiedRef, resolveUses, type WorkflowFile } from './workflow-file.js';

export async function runWorkflow(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const wf = loadWorkflow(options.workflow);
  const eventName = options.event.name;
  const payload = options.event.payload ?? {};
  checkTrigger(wf, eventName, payload);
  if (options.strict !== false) {
    const defects = checkReferences(wf, { local: options.localRoot, suite: options.suiteRoot });
    if (defects.length) {
      throw new WorkflowDefect(
        `${defects.length} defect(s) found before running:\n${defects.map((d) => `  ${d}`).join('\n')}`,
        wf.rel,
        undefined,
      );
    }
  }

  const runDir = options.runDir ?? mkdtempSync(path.join(tmpdir(), 'steps-run-'));
  mkdirSync(runDir, { recursive: true });
  const eventPath = path.join(runDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const workflowPath =
    options.workflowPath ??
    (wf.rel.startsWith('.github/workflows/')
      ? wf.rel
      : `.github/workflows/${path.basename(wf.file)}`);
  const ref = options.ref ?? 'refs/heads/main';
  const runId = options.runId ?? 1000 + Math.floor(Math.random() * 9000);
  const identity: RunIdentity = {
    repository: options.repository,
    sha: options.sha,
    ref,
    actor: options.actor ?? 'octocat',
    runId,
    runNumber: 1,
    eventName,
    event: payload,
    eventPath,
    workflowName: typeof wf.data.name === 'string' ? wf.data.name : workflowPath,
    workflowRef: `${options.repository}/${workflowPath}@${ref}`,
    serverUrl: options.platform.githubServerUrl ?? 'https://github.com',
    apiUrl: options.platform.githubApiUrl,
  };

  const masker = new Masker();
  for (const v of Object.values(options.secrets ?? {})) masker.add(v);
  const log = new RunLog(masker, options.log);
  const endpoints = Object.entries(options.platform.endpoints ?? {})
    .map(([from, to]) => [from.replace(/\/+$/, ''), to.replace(/\/+$/, '')] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const endpointsUsed: RunResult['endpointsUsed'] = [];
  let jobCounter = 0;
  const state: RunState = {
    options,
    identity,
    runDir,
    artifacts: new ArtifactStore(path.join(runDir, 'artifacts')),
    masker,
    log,
    slots: new Semaphore(options.maxParallel ?? 2),
    oidcLock: new Semaphore(1),
    endpointsUsed,
    nextJob: () => ++jobCounter,
    mapEndpoints(value, where) {
      let out = value;
      for (const [from, to] of endpoints) {
        const re = new RegExp(
          `${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/\\s'"?#:]|$)`,
          'g',
        );
        if (re.test(out)) {
          out = out.replace(re, to);
          if (!endpointsUsed.some((e) => e.from === from && e.where === where)) {
            endpointsUsed.push({ from, to, where });
          }
        }
      }
      return out;
    },
  };

  const inputs = topLevelInputs(wf, eventName, payload);
  const base = { github: githubContext(identity), inputs, vars: options.vars ?? {} };
  const runName =
    wf.data['run-name'] !== undefined
      ? at(wf, ['run-name'], () => evaluateString(wf.data['run-name'], { contexts: base }))
      : undefined;
  log.write(
    `● ${wf.rel} on ${eventName} (${options.repository} ${ref} ${options.sha.slice(0, 7)})${runName ? `: ${runName}` : ''}`,
  );
  if (wf.data.concurrency !== undefined) {
    log.write(`  (concurrency group ignored: one run at a time here)`);
  }

  const result = await executeWorkflow(state, {
    wf,
    inputs,
    secrets: { GITHUB_TOKEN: '', ...(options.secrets ?? {}) },
    secretNames: '*',
    jobWorkflowRef: identity.workflowRef,
    pathPrefix: '',
  });
  log.write(`● ${wf.rel}: ${result.status} in ${seconds(Date.now() - started)}`);
  const run: RunResult = {
    ...result,
    runName,
    durationMs: Date.now() - started,
    runDir,
    artifactsDir: state.artifacts.dir,
    log: log.lines,
    masked: masker.list(),
    endpointsUsed,
  };
  // Kept with the run, masked like the log: what a reader of the run page would see.
  writeFileSync(path.join(runDir, 'log.txt'), `${log.lines.join('\n')}\n`);
  const { log: _log, masked: _masked, ...record } = run;
  writeFileSync(path.join(runDir, 'result.json'), masker.mask(JSON.stringify(record, null, 2)));
  return run;
}

/** The workflow must run on this event (and, for repository_dispatch, this type). */
function checkTrigger(wf: WorkflowFile, eventName: string, payload: Record<string, unknown>): void {
  const on = wf.data.on;
  const names =
    typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(on ?? {});
  if (!names.includes(eventName)) {
    throw new WorkflowDefect(
      `does not run on '${eventName}' (on: ${names.join(', ')})`,
      wf.rel,
      wf.lineOf(['on']),
    );
  }
  const types =
    on && typeof on === 'object' && !Array.isArray(on) ? on[eventName]?.types : undefined;
  if (
    Array.isArray(types) &&
    typeof payload.action === 'string' &&
    !types.includes(payload.action)
  ) {
    throw new WorkflowDefect(
      `does not run on ${eventName} of type '${payload.action}' (types: ${types.join(', ')})`,
      wf.rel,
      wf.lineOf(['on', eventName, 'types']),
    );
  }
}

function topLevelInputs(
  wf: WorkflowFile,
  eventName: string,
  payload: Record<string, unknown>,
): Record<string, Plain> {
  if (eventName !== 'workflow_dispatch') return {};
  const declared = (wf.data.on?.workflow_dispatch?.inputs ?? {}) as Record<string, InputSpec>;
  const given = (payload.inputs ?? {}) as Record<string, Plain>;
  const out: Record<string, Plain> = {};
  for (const [k, spec] of Object.entries(declared)) {
    out[k] = coerceInput(
      wf,
      ['on', 'workflow_dispatch', 'inputs', k],
      k,
      spec,
      k in given ? given[k]! : null,
    );
  }
  return out;
}

interface InputSpec {
  type?: string;
  required?: boolean;
  default?: Plain;
}

function coerceInput(
  wf: WorkflowFile,
  where: Array<string | number>,
  name: string,
  spec: InputSpec,
  value: Plain,
): Plain {
  const type = spec.type ?? 'string';
  const v = value === null || value === undefined ? (spec.default ?? null) : value;
  if (v === null) {
    if (spec.required)
      throw new WorkflowDefect(`input '${name}' is required`, wf.rel, wf.lineOf(where));
    return type === 'boolean' ? false : type === 'number' ? 0 : '';
  }
  if (type === 'boolean') {
    if (typeof v === 'boolean') return v;
    // Event payloads carry workflow_dispatch inputs as strings.
    if (v === 'true' || v === 'false') return v === 'true';
    throw new WorkflowDefect(
      `input '${name}' is a boolean, got ${JSON.stringify(v)}`,
      wf.rel,
      wf.lineOf(where),
    );
  }
  if (type === 'number') {
    const n = typeof v === 'number' ? v : Number(v);
    if (Number.isNaN(n))
      throw new WorkflowDefect(
        `input '${name}' is a number, got ${JSON.stringify(v)}`,
        wf.rel,
        wf.lineOf(where),
      );
    return n;
  }
  if (typeof v === 'object')
    throw new WorkflowDefect(
      `input '${name}' is a string, got ${JSON.stringify(v)}`,
      wf.rel,
      wf.lineOf(where),
    );
  return String(v);
}

function overall(statuses: JobStatus[]): WorkflowResult['status'] {
  if (statuses.includes('failure')) return 'failure';
  if (statuses.includes('stopped')) return 'stopped';
  return 'success';
}

async function executeWorkflow(state: RunState, call: WorkflowCall): Promise<WorkflowResult> {
  const started = Date.now();
  const { wf } = call;
  const jobs = wf.data.jobs as Record<string, Record<string, unknown>>;
  const waves = at(wf, ['jobs'], () => jobWaves(jobs));
  const github = githubContext(state.identity);
  const vars = state.options.vars ?? {};
  const workflowEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries((wf.data.env ?? {}) as Record<string, unknown>)) {
    workflowEnv[k] = at(wf, ['env', k], () =>
      evaluateString(v, { contexts: { github, inputs: call.inputs, vars, secrets: call.secrets } }),
    );
  }

  const results: Record<string, JobResult> = {};
  const promises: Record<string, Promise<void>> = {};
  for (const id of waves.flat()) {
    promises[id] = Promise.all(needsOf(jobs[id]!).map((n) => promises[n])).then(async () => {
      results[id] = await runJob(state, call, id, results, workflowEnv);
    });
  }
  await Promise.all(Object.values(promises));

  // on.workflow_call.outputs, from the jobs context.
  const outputs: Record<string, string> = {};
  const declared = (wf.data.on?.workflow_call?.outputs ?? {}) as Record<
    string,
    { value?: unknown }
  >;
  const jobsCtx: Record<string, Plain> = {};
  for (const [id, r] of Object.entries(results))
    jobsCtx[id] = { result: r.status, outputs: r.outputs };
  for (const [k, spec] of Object.entries(declared)) {
    outputs[k] = at(wf, ['on', 'workflow_call', 'outputs', k, 'value'], () =>
      evaluateString(spec.value ?? '', {
        contexts: { github, inputs: call.inputs, vars, jobs: jobsCtx },
      }),
    );
  }
  const ordered = Object.fromEntries(Object.keys(jobs).map((id) => [id, results[id]!]));
  return {
    file: wf.rel,
    name: typeof wf.data.name === 'string' ? wf.data.name : wf.rel,
    status: overall(Object.values(results).map((r) => r.status)),
    jobs: ordered,
    outputs,
    durationMs: Date.now() - started,
  };
}

async function runJob(
  state: RunState,
  call: WorkflowCall,
  id: string,
  results: Record<string, JobResult>,
  workflowEnv: Record<string, string>,
): Promise<JobResult> {
  const { wf } = call;
  const jobs = wf.data.jobs as Record<string, Record<string, unknown>>;
  const def = jobs[id]!;
  const jobPath = `${call.pathPrefix}${id}`;
  const started = Date.now();
  const skeleton = (status: JobStatus, note: string): JobResult => ({
    id,
    name: typeof def.name === 'string' ? def.name : id,
    path: jobPath,
    status,
    outputs: {},
    steps: [],
    durationMs: Date.now() - started,
    note,
  });
  try {
    const needs: Record<string, Plain> = {};
    for (const n of needsOf(def))
      needs[n] = { result: results[n]!.status, outputs: results[n]!.outputs };
    const ancestors = ancestorsOf(jobs, id);
    const github = githubContext(state.identity);
    const vars = state.options.vars ?? {};
    const jobLevel = { github, needs, vars, inputs: call.inputs };
    // A job's success() is that of every job it depends on, directly or not.
    const status = {
      success: () => ancestors.every((a) => results[a]!.status === 'success'),
      failure: () => ancestors.some((a) => results[a]!.status === 'failure'),
      cancelled: () => false,
    };
    if (
      !at(wf, ['jobs', id, 'if'], () => evaluateCondition(def.if, { contexts: jobLevel, status }))
    ) {
      const why =
        def.if !== undefined
          ? `if: ${String(def.if)}`
          : `a job it needs did not succeed (${ancestors.filter((a) => results[a]!.status !== 'success').join(', ')})`;
      state.log.write(`– ${jobPath} skipped (${why})`);
      return skeleton('skipped', why);
    }

    const strategy = (def.strategy ?? {}) as Record<string, unknown>;
    let legs: Array<MatrixLeg | undefined> = [undefined];
    if (strategy.matrix !== undefined) {
      legs = at(wf, ['jobs', id, 'strategy', 'matrix'], () =>
        expandMatrix(evaluateValue(strategy.matrix, { contexts: jobLevel })),
      );
    }
    const failFast =
      strategy['fail-fast'] === undefined
        ? true
        : Boolean(evaluateValue(strategy['fail-fast'], { contexts: jobLevel }));
    const maxParallel =
      strategy['max-parallel'] !== undefined
        ? Number(evaluateValue(strategy['max-parallel'], { contexts: jobLevel }))
        : legs.length;
    const legSlots = new Semaphore(Math.max(1, maxParallel));
    let legFailed = false;

    const runLeg = async (leg: MatrixLeg | undefined, index: number): Promise<JobResult> => {
      const release = await legSlots.acquire();
      try {
        const strategyCtx: Record<string, Plain> = {
          'fail-fast': failFast,
          'job-index': index,
          'job-total': legs.length,
          'max-parallel': maxParallel,
        };
        const name =
          def.name !== undefined
            ? at(wf, ['jobs', id, 'name'], () =>
                evaluateString(def.name, {
                  contexts: { ...jobLevel, strategy: strategyCtx, matrix: leg ?? {} },
                }),
              )
            : leg
              ? legName(id, leg)
              : id;
        const legPath = leg ? `${call.pathPrefix}${name}` : jobPath;
        if (legFailed && failFast) {
          state.log.write(`– ${legPath} cancelled (fail-fast: another leg failed)`);
          return {
            ...skeleton('skipped', 'cancelled by fail-fast'),
            name,
            path: legPath,
            matrix: leg,
          };
        }
        const r =
          typeof def.uses === 'string'
            ? await runCallJob(state, call, id, def, {
                name,
                path: legPath,
                needs,
                strategy: strategyCtx,
                leg,
              })
            : await runStepsJob(state, call, {
                id,
                def,
                name,
                path: legPath,
                leg,
                needs,
                strategy: strategyCtx,
                workflowEnv,
              });
        if (r.status === 'failure') legFailed = true;
        return r;
      } finally {
        release();
      }
    };
    const legResults = await Promise.all(legs.map((leg, i) => runLeg(leg, i)));
    if (legs.length === 1 && legs[0] === undefined) return legResults[0]!;
    // A matrix job: its outputs are the legs' (a later leg's non-empty value wins).
    const outputs: Record<string, string> = {};
    for (const r of legResults)
      for (const [k, v] of Object.entries(r.outputs))
        if (v !== '' || !(k in outputs)) outputs[k] = v;
    return {
      ...skeleton(
        overall(legResults.map((r) => r.status)) as JobStatus,
        `${legResults.length} legs`,
      ),
      outputs,
      legs: legResults,
    };
  } catch (e) {
    const note = e instanceof Error ? e.message : String(e);
    state.log.write(`✗ ${jobPath}: ${note}`);
    return skeleton('failure', note);
  }
}

async function runCallJob(
  state: RunState,
  call: WorkflowCall,
  id: string,
  def: Record<string, unknown>,
  job: {
    name: string;
    path: string;
    needs: Record<string, Plain>;
    strategy: Record<string, Plain>;
    leg?: MatrixLeg;
  },
): Promise<JobResult> {
  const { wf } = call;
  const base = ['jobs', id];
  const started = Date.now();
  const uses = String(def.uses);
  const target = resolveUses(uses, {
    local: state.options.localRoot,
    suite: state.options.suiteRoot,
  });
  if (target.kind !== 'reusable') {
    throw new WorkflowDefect(
      target.kind === 'unknown' ? target.reason : `${uses} is not a workflow file`,
      wf.rel,
      wf.lineOf([...base, 'uses']),
    );
  }
  const called = loadWorkflow(target.file);
  const wc =
    called.data.on && typeof called.data.on === 'object' ? called.data.on.workflow_call : undefined;
  if (wc === undefined) {
    throw new WorkflowDefect(
      `${called.rel} is not a reusable workflow (no on.workflow_call)`,
      wf.rel,
      wf.lineOf([...base, 'uses']),
    );
  }
  const contexts = {
    github: githubContext(state.identity),
    needs: job.needs,
    strategy: job.strategy,
    matrix: job.leg ?? {},
    vars: state.options.vars ?? {},
    inputs: call.inputs,
  };

  const declaredInputs = ((wc ?? {}).inputs ?? {}) as Record<string, InputSpec>;
  const given = (def.with ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(given)) {
    if (!(k in declaredInputs)) {
      throw new WorkflowDefect(
        `input '${k}' is not defined in ${called.rel} (inputs: ${Object.keys(declaredInputs).join(', ')})`,
        wf.rel,
        wf.lineOf([...base, 'with', k]),
      );
    }
  }
  const inputs: Record<string, Plain> = {};
  for (const [k, spec] of Object.entries(declaredInputs)) {
    const value =
      k in given ? at(wf, [...base, 'with', k], () => evaluateValue(given[k], { contexts })) : null;
    const dflt =
      spec.default !== undefined
        ? at(called, ['on', 'workflow_call', 'inputs', k, 'default'], () =>
            evaluateValue(spec.default, {
              contexts: { github: contexts.github, vars: contexts.vars },
            }),
          )
        : undefined;
    const wasGiven = k in given;
    if (!wasGiven && spec.required) {
      throw new WorkflowDefect(
        `input '${k}' of ${called.rel} is required but not given`,
        wf.rel,
        wf.lineOf([...base, 'with']),
      );
    }
    inputs[k] = at(wf, [...base, 'with', k], () =>
      coerceInput(
        called,
        ['on', 'workflow_call', 'inputs', k],
        k,
        { ...spec, default: dflt },
        value,
      ),
    );
  }

  const declaredSecrets = ((wc ?? {}).secrets ?? {}) as Record<string, { required?: boolean }>;
  const secrets: Record<string, string> = { GITHUB_TOKEN: '' };
  let secretNames = {} as Record<string, string> | '*';
  if (def.secrets === 'inherit') {
    Object.assign(secrets, call.secrets);
    secretNames = call.secretNames;
  } else {
    for (const [k, v] of Object.entries((def.secrets ?? {}) as Record<string, unknown>)) {
      if (!(k in declaredSecrets)) {
        throw new WorkflowDefect(
          `secret '${k}' is not defined in ${called.rel} (secrets: ${Object.keys(declaredSecrets).join(', ') || 'none'})`,
          wf.rel,
          wf.lineOf([...base, 'secrets', k]),
        );
      }
      secrets[k] = at(wf, [...base, 'secrets', k], () =>
        evaluateString(v, { contexts: { ...contexts, secrets: call.secrets } }),
      );
      state.masker.add(secrets[k]);
      const byName =
        typeof v === 'string'
          ? /^\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}$/.exec(v.trim())
          : null;
      if (byName) {
        const name = byName[1]!;
        const top = call.secretNames === '*' ? name : call.secretNames[name];
        if (top !== undefined && secretNames !== '*') secretNames[k] = top;
      }
    }
    for (const [k, spec] of Object.entries(declaredSecrets)) {
      if (spec?.required && !secrets[k] && !(typeof secretNames === 'object' && k in secretNames)) {
        throw new WorkflowDefect(
          `secret '${k}' of ${called.rel} is required but not passed`,
          wf.rel,
          wf.lineOf([...base, 'secrets']),
        );
      }
    }
  }

  const relFile = path.relative(path.dirname(path.dirname(path.dirname(target.file))), target.file);
  const owner = uses.split('/').slice(0, 2).join('/');
  const jobWorkflowRef = target.local
    ? `${state.identity.repository}/${relFile}@${state.identity.ref}`
    : `${owner}/${relFile}@${qualifiedRef(target.ref)}`;
  const permissionsCap = at(wf, [...base, 'permissions'], () =>
    capPermissions(permissionsOf(def.permissions ?? wf.data.permissions), call.permissionsCap),
  );
  state.log.write(`▶ ${job.path} → ${called.rel} (${jobWorkflowRef})`);
  const sub = await executeWorkflow(state, {
    wf: called,
    inputs,
    secrets,
    secretNames,
    jobWorkflowRef,
    permissionsCap,
    pathPrefix: `${job.path}/`,
  });
  state.log.write(`■ ${job.path} ${sub.status} ${seconds(Date.now() - started)}`);
  return {
    id,
    name: job.name,
    path: job.path,
    status: sub.status,
    outputs: sub.outputs,
    steps: [],
    durationMs: Date.now() - started,
    matrix: job.leg,
    workflow: sub,
  };
}
