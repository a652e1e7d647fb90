/**
 * Checks a workflow (and the reusable workflows it calls) before anything
 * runs, for the defects GitHub only finds at run time, or never (an
 * undefined output is an empty string there, silently):
 * - `needs.<job>.outputs.<name>`: the job is in `needs` and declares that output;
 * - `steps.<id>.outputs.<name>`: the step comes earlier in the job, and when it
 *   is one of this repository's actions (or a stand-in), declares that output;
 * - `jobs.<job>.outputs.<name>` in on.workflow_call.outputs;
 * - `inputs.<name>`, `matrix.<key>` (not `secrets.<name>`: a workflow called
 *   with `secrets: inherit` may read secrets it does not declare);
 * - `with:` of this repository's actions and of reusable workflows, and the
 *   `secrets:` passed to the latter; every `uses:` resolves.
 * Each finding names file:line.
 */
import { expressionsIn, referencedPaths } from './expressions.js';
import { needsOf } from './graph.js';
import { actionMetadata } from './step.js';
import {
  loadWorkflow,
  resolveUses,
  type WorkflowFile,
  type WorkflowRoots,
} from './workflow-file.js';

type Path = Array<string | number>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- workflow YAML
type Yaml = Record<string, any>;

function strings(value: unknown, at: Path, visit: (s: string, at: Path) => void): void {
  if (typeof value === 'string') visit(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, [...at, i], visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, [...at, k], visit);
  }
}

/** The outputs a job offers to `needs`: its `outputs:`, or the called workflow's. */
function jobOutputs(job: Yaml, roots: WorkflowRoots): string[] | undefined {
  if (typeof job.uses === 'string') {
    const t = resolveUses(job.uses, roots);
    if (t.kind !== 'reusable') return undefined;
    return Object.keys(loadWorkflow(t.file).data.on?.workflow_call?.outputs ?? {});
  }
  return Object.keys(job.outputs ?? {});
}

/** The outputs a step declares, when it can be known before it runs. */
function stepOutputs(step: Yaml): string[] | undefined {
  if (typeof step.uses !== 'string') return undefined;
  const t = resolveUses(step.uses);
  if (t.kind === 'action') return Object.keys(actionMetadata(t.name).outputs ?? {});
  if (t.kind === 'stand-in') return t.standIn.outputs;
  return undefined;
}

function matrixKeys(job: Yaml): string[] | undefined {
  const m = job.strategy?.matrix;
  if (!m || typeof m !== 'object' || Array.isArray(m)) return undefined;
  const keys = new Set(Object.keys(m).filter((k) => k !== 'include' && k !== 'exclude'));
  for (const inc of Array.isArray(m.include) ? m.include : []) {
    if (inc && typeof inc === 'object') for (const k of Object.keys(inc)) keys.add(k);
  }
  return [...keys];
}

export function checkReferences(
  wf: WorkflowFile,
  roots: WorkflowRoots = {},
  checked = new Set<string>(),
): string[] {
  if (checked.has(wf.file)) return [];
  checked.add(wf.file);
  const defects: string[] = [];
  const where = (p: Path) => `${wf.rel}:${wf.lineOf(p) ?? '?'}`;
  const jobs = (wf.data.jobs ?? {}) as Record<string, Yaml>;
  const on =
    wf.data.on && typeof wf.data.on === 'object' && !Array.isArray(wf.data.on)
      ? (wf.data.on as Yaml)
      : {};
  const call = on.workflow_call as Yaml | undefined;
  const inputNames = new Set([
    ...Object.keys(call?.inputs ?? {}),
    ...Object.keys(on.workflow_dispatch?.inputs ?? {}),
  ]);

  const checkExpression = (source: string, p: Path): void => {
    let paths: string[][];
    try {
      paths = referencedPaths(source);
    } catch (e) {
      defects.push(`${where(p)}: ${(e as Error).message}`);
      return;
    }
    const jobId = p[0] === 'jobs' ? String(p[1]) : undefined;
    const job = jobId !== undefined ? jobs[jobId] : undefined;
    const stepIndex = p[0] === 'jobs' && p[2] === 'steps' ? Number(p[3]) : undefined;
    for (const ref of paths) {
      const [ctx, a, b, c] = ref;
      const text = ref.join('.');
      if (ctx === 'needs' && job && a !== undefined) {
        if (!needsOf(job).includes(a)) {
          defects.push(
            `${where(p)}: ${text}: job '${jobId}' does not need '${a}' (needs: ${needsOf(job).join(', ') || 'none'})`,
          );
        } else if (b === 'outputs' && c !== undefined) {
          const outs = jobOutputs(jobs[a] ?? {}, roots);
          if (outs && !outs.includes(c))
            defects.push(
              `${where(p)}: ${text}: job '${a}' has no output '${c}' (outputs: ${outs.join(', ') || 'none'})`,
            );
        }
      } else if (ctx === 'steps' && job && a !== undefined) {
        const stepList = (job.steps ?? []) as Yaml[];
        const limit = stepIndex ?? stepList.length;
        const index = stepList.findIndex((s) => s.id === a);
        if (index < 0)
          defects.push(`${where(p)}: ${text}: no step with id '${a}' in job '${jobId}'`);
        else if (index >= limit)
          defects.push(`${where(p)}: ${text}: step '${a}' runs after this one`);
        else if (b === 'outputs' && c !== undefined) {
          const outs = stepOutputs(stepList[index]!);
          if (outs && !outs.includes(c))
            defects.push(
              `${where(p)}: ${text}: ${String(stepList[index]!.uses)} has no output '${c}' (outputs: ${outs.join(', ') || 'none'})`,
            );
        }
      } else if (ctx === 'jobs' && a !== undefined) {
        if (!(a in jobs)) defects.push(`${where(p)}: ${text}: no job '${a}'`);
        else if (b === 'outputs' && c !== undefined) {
          const outs = jobOutputs(jobs[a]!, roots);
          if (outs && !outs.includes(c))
            defects.push(
              `${where(p)}: ${text}: job '${a}' has no output '${c}' (outputs: ${outs.join(', ') || 'none'})`,
            );
        }
      } else if (ctx === 'inputs' && a !== undefined && !inputNames.has(a)) {
        defects.push(
          `${where(p)}: ${text}: no input '${a}' is declared (inputs: ${[...inputNames].join(', ') || 'none'})`,
        );
      } else if (ctx === 'matrix' && job && a !== undefined) {
        const keys = matrixKeys(job);
        if (keys && !keys.includes(a))
          defects.push(`${where(p)}: ${text}: the matrix has no '${a}' (keys: ${keys.join(', ')})`);
      }
    }
  };

  strings(wf.data, [], (s, p) => {
    for (const expr of expressionsIn(s)) checkExpression(expr, p);
  });
  // if: conditions may omit ${{ }}.
  for (const [jobId, job] of Object.entries(jobs)) {
    if (typeof job.if === 'string' && !job.if.includes('${{'))
      checkExpression(job.if, ['jobs', jobId, 'if']);
    ((job.steps ?? []) as Yaml[]).forEach((step, i) => {
      if (typeof step.if === 'string' && !step.if.includes('${{'))
        checkExpression(step.if, ['jobs', jobId, 'steps', i, 'if']);
    });
  }

  for (const [jobId, job] of Object.entries(jobs)) {
    if (typeof job.uses === 'string') {
      const t = resolveUses(job.uses, roots);
      if (t.kind !== 'reusable') {
        defects.push(
          `${where(['jobs', jobId, 'uses'])}: ${t.kind === 'unknown' ? t.reason : `${job.uses} is not a workflow`}`,
        );
        continue;
      }
      const called = loadWorkflow(t.file);
      const wc = (called.data.on?.workflow_call ?? undefined) as Yaml | undefined;
      if (!wc && called.data.on?.workflow_call === undefined) {
        defects.push(`${where(['jobs', jobId, 'uses'])}: ${called.rel} has no on.workflow_call`);
        continue;
      }
      const declared = (wc?.inputs ?? {}) as Yaml;
      for (const k of Object.keys(job.with ?? {})) {
        if (!(k in declared))
          defects.push(
            `${where(['jobs', jobId, 'with', k])}: ${called.rel} has no input '${k}' (inputs: ${Object.keys(declared).join(', ')})`,
          );
      }
      for (const [k, spec] of Object.entries(declared)) {
        if ((spec as Yaml)?.required && !(k in (job.with ?? {})))
          defects.push(
            `${where(['jobs', jobId])}: required input '${k}' of ${called.rel} is not given`,
          );
      }
      if (job.secrets && job.secrets !== 'inherit') {
        const declaredSecrets = Object.keys(wc?.secrets ?? {});
        for (const k of Object.keys(job.secrets)) {
          if (!declaredSecrets.includes(k))
            defects.push(
              `${where(['jobs', jobId, 'secrets', k])}: ${called.rel} declares no secret '${k}' (secrets: ${declaredSecrets.join(', ') || 'none'})`,
            );
        }
      }
      defects.push(...checkReferences(called, roots, checked));
      continue;
    }
    ((job.steps ?? []) as Yaml[]).forEach((step, i) => {
      if (typeof step.uses !== 'string') return;
      const t = resolveUses(step.uses);
      if (t.kind === 'unknown')
        defects.push(`${where(['jobs', jobId, 'steps', i, 'uses'])}: ${t.reason}`);
      else if (t.kind === 'reusable')
        defects.push(`${where(['jobs', jobId, 'steps', i, 'uses'])}: a workflow cannot be a step`);
      else if (t.kind === 'action') {
        const declared = Object.keys(actionMetadata(t.name).inputs ?? {});
        for (const k of Object.keys(step.with ?? {})) {
          if (!declared.includes(k))
            defects.push(
              `${where(['jobs', jobId, 'steps', i, 'with', k])}: ${t.name} has no input '${k}' (inputs: ${declared.join(', ')})`,
            );
        }
      }
    });
  }
  return defects;
}
