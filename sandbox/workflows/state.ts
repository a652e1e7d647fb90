/**
 * What one run shares between its workflows and jobs: options, folders,
 * the artifact store, the masker and log, the endpoint map, and the slots
 * that bound how many jobs run steps at once.
 */
import type { ArtifactStore } from './artifacts.js';
import type { RunIdentity } from './contexts.js';
import { ExpressionFailure, type Plain } from './expressions.js';
import type { Masker, RunLog } from './log.js';
import type { Permissions, RunOptions, RunResult } from './types.js';
import type { WorkflowFile } from './workflow-file.js';

export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }
}

export interface RunState {
  options: RunOptions;
  identity: RunIdentity;
  runDir: string;
  artifacts: ArtifactStore;
  masker: Masker;
  log: RunLog;
  /** Bounds the jobs running steps at once (jobs that call a workflow take none). */
  slots: Semaphore;
  /** The sandbox issuer's claims are per issuer: jobs with id-token: write take turns. */
  oidcLock: Semaphore;
  endpointsUsed: RunResult['endpointsUsed'];
  /** Numbers the job folders. */
  nextJob(): number;
  /** Public URL → loopback URL, applied to a value a step receives. */
  mapEndpoints(value: string, where: string): string;
}

/** One workflow file being run: the top-level one, or a reusable one called by a job. */
export interface WorkflowCall {
  wf: WorkflowFile;
  inputs: Record<string, Plain>;
  secrets: Record<string, string>;
  /**
   * Each secret of this call → the name it has in the top workflow's scope,
   * when it was passed by name (`k: ${{ secrets.NAME }}`); '*' when the
   * caller passed `secrets: inherit` (every name is its own). A job that
   * sets `environment:` gets the environment's secret of that name: GitHub
   * resolves a secret passed by name at the job, so one that exists only in
   * the environment still reaches a reusable workflow's job.
   */
  secretNames: Record<string, string> | '*';
  /** job_workflow_ref of the jobs defined in this file. */
  jobWorkflowRef: string;
  /** The calling job's permissions (a reusable workflow's jobs get at most these). */
  permissionsCap?: Permissions;
  /** `prepare/` for the jobs of a workflow called by job `prepare`. */
  pathPrefix: string;
}

/** A defect of the workflow itself (bad expression, unknown input…), with its file and line. */
export class WorkflowDefect extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | undefined,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'WorkflowDefect';
  }
}

/** Runs fn, turning its errors into WorkflowDefects located at pathTo in the file. */
export function at<T>(wf: WorkflowFile, pathTo: Array<string | number>, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WorkflowDefect) throw e;
    const message = e instanceof ExpressionFailure || e instanceof Error ? e.message : String(e);
    throw new WorkflowDefect(`${pathTo.join('.')}: ${message}`, wf.rel, wf.lineOf(pathTo));
  }
}
