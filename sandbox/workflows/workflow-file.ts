/**
 * A workflow file loaded with `yaml` (keeping each node's line, so errors
 * name file:line), and what a `uses:` points at: one of this repository's
 * actions, one of its reusable workflows, a declared stand-in, or nothing
 * this runner knows (an error naming it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { repoRoot } from '../runner.js';
import { standInFor, type StandIn } from './stand-ins.js';

/** This repository on GitHub: `uses:` of it resolve to the working tree under test. */
export const SUITE_REPOSITORY = 'molecule-ai/runtime-actions';

/**
 * A file of this suite as a `uses:` with `@ref` sees it: at a full commit
 * SHA, the file as that commit of this repository holds it (read with git,
 * so a caller pinned by SHA runs, and is checked against, exactly the
 * workflow it pinned); at a tag such as `v1`, the working tree under test.
 * undefined when that commit does not hold the file (or is no commit here).
 */
export function suiteFileAt(root: string, sub: string, ref: string): string | undefined {
  if (!/^[0-9a-f]{40}$/.test(ref)) {
    const file = path.join(root, sub);
    return existsSync(file) ? file : undefined;
  }
  const cached = path.join(repoRoot, '.tmp', 'pinned', ref, sub);
  if (existsSync(cached)) return cached;
  let text: string;
  try {
    text = execFileSync('git', ['-C', root, 'show', `${ref}:${sub}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
  } catch {
    return undefined;
  }
  mkdirSync(path.dirname(cached), { recursive: true });
  writeFileSync(cached, text);
  return cached;
}

export interface WorkflowFile {
  /** Absolute path. */
  file: string;
  /** Relative to the repository root, for messages. */
  rel: string;
  text: string;
  // The parsed file: plain data, as `yaml` gives it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- workflow YAML is untyped data, checked where used
  data: Record<string, any>;
  /** The line (1-based) of the node at a path, e.g. ['jobs', 'build', 'steps', 2, 'with', 'version']. */
  lineOf(pathTo: Array<string | number>): number | undefined;
}

export function loadWorkflow(file: string): WorkflowFile {
  const abs = path.isAbsolute(file) ? file : path.join(repoRoot, file);
  const text = readFileSync(abs, 'utf8');
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const rel = path.relative(repoRoot, abs);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new Error(`${rel}:${e.linePos?.[0]?.line ?? '?'}: ${e.message}`);
  }
  const data = doc.toJS() as WorkflowFile['data'];
  if (!data || typeof data !== 'object' || !data.jobs) throw new Error(`${rel}: no jobs`);
  return {
    file: abs,
    rel,
    text,
    data,
    lineOf(pathTo) {
      // Walk up until a node exists (a missing key's line is its parent's).
      for (let n = pathTo.length; n >= 0; n--) {
        const node = doc.getIn(pathTo.slice(0, n), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

export type UsesTarget =
  | { kind: 'action'; name: string }
  | { kind: 'reusable'; file: string; ref: string; local: boolean }
  | { kind: 'stand-in'; key: string; standIn: StandIn }
  | { kind: 'unknown'; reason: string };

/**
 * `molecule-ai/runtime-actions/<name>@ref` and `./<name>` are this
 * repository's actions (run from the working tree whatever the ref: the
 * commit under test is what v1 will point at); `…/.github/workflows/x.yml@ref`
 * and `./.github/workflows/x.yml` a reusable workflow of the caller's
 * repository (`localRoot`: this one unless a test plants its own).
 */
/** Where `uses:` of workflows resolve: the caller's repository, and this one's reusable workflows. */
export interface WorkflowRoots {
  /** `./.github/workflows/x.yml` (default: this repository). */
  local?: string;
  /** `molecule-ai/runtime-actions/.github/workflows/x.yml@ref` (default: this repository). */
  suite?: string;
}

export function resolveUses(uses: string, roots: WorkflowRoots = {}): UsesTarget {
  const localRoot = roots.local ?? repoRoot;
  const suiteRoot = roots.suite ?? repoRoot;
  const u = uses.trim();
  if (u.startsWith('./')) {
    const rel = u.slice(2).replace(/\/+$/, '');
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(rel)) {
      const file = path.join(localRoot, rel);
      return existsSync(file)
        ? { kind: 'reusable', file, ref: '', local: true }
        : { kind: 'unknown', reason: `no workflow ${rel} in this repository` };
    }
    return existsSync(path.join(repoRoot, rel, 'action.yml'))
      ? { kind: 'action', name: rel }
      : { kind: 'unknown', reason: `no action.yml in ./${rel}` };
  }
  const at = u.lastIndexOf('@');
  const spec = at > 0 ? u.slice(0, at) : u;
  const ref = at > 0 ? u.slice(at + 1) : '';
  const parts = spec.split('/');
  const repo = parts.slice(0, 2).join('/').toLowerCase();
  const sub = parts.slice(2).join('/');
  if (repo === SUITE_REPOSITORY) {
    if (!ref) return { kind: 'unknown', reason: `${u}: a remote uses: needs an @ref` };
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(sub)) {
      const file = suiteFileAt(suiteRoot, sub, ref);
      return file
        ? { kind: 'reusable', file, ref, local: false }
        : {
            kind: 'unknown',
            reason: /^[0-9a-f]{40}$/.test(ref)
              ? `${SUITE_REPOSITORY}@${ref} is not a commit of this repository holding ${sub}`
              : `${SUITE_REPOSITORY} has no ${sub}`,
          };
    }
    return sub && existsSync(path.join(repoRoot, sub, 'action.yml'))
      ? { kind: 'action', name: sub }
      : { kind: 'unknown', reason: `${SUITE_REPOSITORY} has no action '${sub}'` };
  }
  const standIn = standInFor(u);
  if (standIn) return { kind: 'stand-in', ...standIn };
  return {
    kind: 'unknown',
    reason: `third-party action '${spec}' has no declared stand-in (sandbox/workflows/stand-ins.ts); nothing is downloaded here`,
  };
}

/**
 * The `@ref` part of a job_workflow_ref: a full SHA stays as written, any
 * other ref of a `uses:` is read as a tag (`v1` → refs/tags/v1), the
 * convention for versioned workflows.
 */
export function qualifiedRef(ref: string): string {
  if (/^[0-9a-f]{40}$/.test(ref) || ref.startsWith('refs/')) return ref;
  return `refs/tags/${ref}`;
}
