/**
 * The security and hygiene policy every workflow of this repository (and
 * every example a user copies) must meet, beyond what actionlint,
 * workflow-parser and shellcheck check:
 *
 * - `workflow-permissions`: a top-level `permissions:` (`{}` or read-only) so
 *   a job added later starts from nothing, not from the repository default.
 * - `job-permissions`: EVERY job declares its own `permissions:`, even when
 *   the top-level block would be enough: the issue asks that each job state
 *   its least privilege, and a reviewer then sees a job's scopes beside it.
 * - `broad-permissions`: never `write-all` / `read-all`.
 * - `reusable-id-token`: no `id-token: write` inside a reusable workflow
 *   (`on: workflow_call`): PyPI refuses OIDC tokens minted there
 *   (pypi/warehouse#11096), so the scope could only be misused.
 * - `timeout`: every job that runs steps has `timeout-minutes` (a job that
 *   calls a reusable workflow cannot have one; the called jobs carry theirs).
 * - `unpinned` / `pin-comment`: every `uses:` of a step or a job is pinned to a
 *   full 40-hex commit SHA with a `# vX.Y.Z` comment, except local ones
 *   (`./…`), this suite's own (`molecule-ai/runtime-actions/…`, what users
 *   pin by major tag) and `docker://` images.
 * - `run-expression`: no `${{ }}` inside `run:` reads an untrusted context.
 *   The runner pastes the value into the script text before bash parses it,
 *   so anything a pusher, a PR author, a dispatcher or a caller controls is
 *   code. Decided as an ALLOW-list (see `isTrustedContext`): only values the
 *   workflow's own author and GitHub fix (`github.sha`, `github.run_id`,
 *   `runner.temp`, `strategy.job-index`, …) may be expanded; the event
 *   payload, `github.head_ref`/`ref`/`ref_name`/`base_ref`/`actor`,
 *   `inputs`, `steps`/`needs` outputs (often derived from the above),
 *   `matrix` (can come from `fromJSON` of an output), `env`, `vars` and
 *   `secrets` go through `env:` and are used as "$VAR".
 * - `undocumented`: every input, secret and output of a reusable workflow has
 *   a description (they are its public interface).
 * - `interface`: a `uses:` of this suite's own action or reusable workflow
 *   only passes inputs (and secrets) that the target declares, passes every
 *   required one, and `needs.<job>.outputs.<x>` of a reusable call and
 *   `steps.<id>.outputs.<x>` of a step using one of our actions name a
 *   declared output. actionlint cannot check these: it does not fetch remote
 *   actions or workflows, and ours are referenced by their published name.
 */
import { suiteFileAt } from '../../sandbox/workflows/workflow-file.js';
import { Lexer, Parser } from '@actions/expressions';
import { ContextAccess, IndexAccess, Literal, Star, type Expr } from '@actions/expressions/ast';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parse as parseYaml,
  parseDocument,
  type Node,
  type YAMLMap,
} from 'yaml';

export type PolicyRule =
  | 'workflow-permissions'
  | 'job-permissions'
  | 'broad-permissions'
  | 'reusable-id-token'
  | 'timeout'
  | 'unpinned'
  | 'pin-comment'
  | 'run-expression'
  | 'undocumented'
  | 'interface';

export interface PolicyViolation {
  rule: PolicyRule;
  file: string;
  line: number;
  /** jobs.<id> › step, or the key at fault. */
  where: string;
  message: string;
}

export interface PolicyOptions {
  /**
   * Checkout that `molecule-ai/runtime-actions/…` references resolve to, for
   * the `interface` rule. Without it that rule is not applied.
   */
  suiteRoot?: string;
}

/** This suite's own references, which users pin by major tag (`@v1`). */
const SUITE = /^molecule-ai\/runtime-actions(\/|@)/i;
const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;

// ---------------------------------------------------------------- expressions

/** Every context name a workflow expression may start with. */
const CONTEXTS = [
  'github',
  'env',
  'vars',
  'job',
  'jobs',
  'steps',
  'runner',
  'secrets',
  'strategy',
  'matrix',
  'needs',
  'inputs',
];

/**
 * `github.*` keys fixed by GitHub or by the workflow's author, which no
 * pusher, PR author or dispatcher can shape. Everything else under `github`
 * (event, head_ref, base_ref, ref, ref_name, actor, triggering_actor,
 * event_path contents, token) is untrusted or secret; git ref names may
 * contain `$(…)` and `;`.
 */
const TRUSTED_GITHUB = new Set([
  'action_path',
  'action_repository',
  'api_url',
  'event_name',
  'graphql_url',
  'job',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'retention_days',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'workspace',
]);

/** Whether a context path (['github', 'sha']) may be expanded inside `run:`. */
export function isTrustedContext(pathParts: string[]): boolean {
  const [context, key] = pathParts.map((p) => p.toLowerCase());
  if (context === 'runner' || context === 'strategy' || context === 'job') return true;
  if (context === 'github') return key !== undefined && TRUSTED_GITHUB.has(key);
  return false;
}

/** The `${{ … }}` bodies of a string, with their offsets. */
export function expressionsIn(text: string): { body: string; offset: number }[] {
  // A `}}` inside a string literal of an expression would end it early; no
  // expression in a run: script should be that complex, and a truncated one
  // fails to parse and is reported rather than passed.
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => ({
    body: m[1] ?? '',
    offset: m.index,
  }));
}

/**
 * Every context access in one expression body, as paths: `github.event.pull_request.title`
 * → ['github', 'event', 'pull_request', 'title']; a computed or `*` index is '*'.
 * Parsed with GitHub's own expression parser; throws on a syntax error.
 */
export function contextPaths(body: string): string[][] {
  const tokens = new Lexer(body).lex().tokens;
  const expr = new Parser(tokens, CONTEXTS, []).parse();
  const paths: string[][] = [];
  const chain = (e: Expr): string[] | undefined => {
    if (e instanceof ContextAccess) return [e.name.lexeme];
    if (e instanceof IndexAccess) {
      const base = chain(e.expr);
      if (!base) return undefined;
      const index = e.index instanceof Literal ? e.index.literal.coerceString() : '*';
      return [...base, index];
    }
    return undefined;
  };
  const visit = (e: Expr | undefined): void => {
    if (!e || e instanceof Literal || e instanceof Star) return;
    const p = chain(e);
    if (p) {
      paths.push(p);
      // A computed index (`github.event[inputs.key]`) reads contexts too.
      for (let x: Expr = e; x instanceof IndexAccess; x = x.expr) {
        if (!(x.index instanceof Literal)) visit(x.index);
      }
      return;
    }
    // Unary, Binary, Logical, Grouping, FunctionCall and IndexAccess on a
    // function result: visit whatever sub-expressions they hold.
    const node = e as unknown as Record<string, unknown>;
    for (const key of ['expr', 'left', 'right', 'group', 'index']) {
      if (node[key] !== undefined) visit(node[key] as Expr);
    }
    for (const key of ['args']) {
      if (Array.isArray(node[key])) (node[key] as Expr[]).forEach(visit);
    }
  };
  visit(expr);
  return paths;
}

// ---------------------------------------------------------------- yaml access

interface Ctx {
  file: string;
  lines: LineCounter;
  source: string[];
  out: PolicyViolation[];
}

function get(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isScalar(item.key) && String(item.key.value) === key)
      return (item.value ?? undefined) as Node | undefined;
  }
  return undefined;
}

function has(map: unknown, key: string): boolean {
  return isMap(map) && map.items.some((i) => isScalar(i.key) && String(i.key.value) === key);
}

function keyNode(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = map.items.find((i) => isScalar(i.key) && String(i.key.value) === key);
  return pair?.key as Node | undefined;
}

function lineOf(ctx: Ctx, node: Node | undefined | null): number {
  const start = node?.range?.[0];
  return start === undefined ? 1 : ctx.lines.linePos(start).line;
}

function str(node: Node | undefined): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined
    ? String(node.value)
    : undefined;
}

function entries(map: Node | undefined): [string, Node | undefined, Node][] {
  if (!isMap(map)) return [];
  return map.items
    .filter(isPair)
    .map((p) => [
      String((p.key as { value?: unknown }).value),
      p.value as Node | undefined,
      p.key as Node,
    ]);
}

/** `at` is the node at fault, or a line number when the fault is inside a scalar. */
function report(
  ctx: Ctx,
  rule: PolicyRule,
  at: Node | number | undefined | null,
  where: string,
  message: string,
): void {
  const line = typeof at === 'number' ? at : lineOf(ctx, at);
  ctx.out.push({ rule, file: ctx.file, line, where, message });
}

// ---------------------------------------------------------------- the rules

function checkPermissions(
  ctx: Ctx,
  value: Node | undefined,
  where: string,
  reusable: boolean,
): void {
  const text = str(value);
  if (text === 'write-all' || text === 'read-all') {
    report(
      ctx,
      'broad-permissions',
      value,
      where,
      `permissions: ${text} grants every scope: list the scopes the job needs (or {}).`,
    );
  }
  if (reusable && str(get(value, 'id-token')) === 'write') {
    report(
      ctx,
      'reusable-id-token',
      get(value, 'id-token'),
      where,
      "id-token: write inside a reusable workflow: PyPI refuses OIDC tokens minted in another repository's reusable workflow (pypi/warehouse#11096). Request it only in the caller's own publish job.",
    );
  }
}

function checkUses(ctx: Ctx, node: Node | undefined, where: string): void {
  const uses = str(node);
  if (
    uses === undefined ||
    uses.startsWith('./') ||
    uses.startsWith('docker://') ||
    SUITE.test(uses)
  )
    return;
  if (!PINNED.test(uses)) {
    report(
      ctx,
      'unpinned',
      node,
      where,
      `'${uses}' is not pinned to a full commit SHA: a tag can be moved to other code. Use ${uses.split('@')[0]}@<40-hex sha> # <version>.`,
    );
    return;
  }
  const line = ctx.source[lineOf(ctx, node) - 1] ?? '';
  if (!/#\s*\S/.test(line.slice(line.indexOf(uses) + uses.length))) {
    report(
      ctx,
      'pin-comment',
      node,
      where,
      `'${uses}' has no version comment: add '# vX.Y.Z' so readers and update bots know what the SHA is.`,
    );
  }
}

function checkRun(ctx: Ctx, run: Node | undefined, where: string): void {
  const script = str(run);
  if (script === undefined || !isScalar(run)) return;
  // Block scalars start on the line after `run: |`.
  const block = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
  const first = lineOf(ctx, run) + (block ? 1 : 0);
  for (const { body, offset } of expressionsIn(script)) {
    const line = first + (block ? script.slice(0, offset).split('\n').length - 1 : 0);
    let paths: string[][];
    try {
      paths = contextPaths(body);
    } catch (e) {
      report(
        ctx,
        'run-expression',
        line,
        where,
        `\${{${body}}} inside run: does not parse (${(e as Error).message}), so it cannot be shown safe.`,
      );
      continue;
    }
    for (const p of paths) {
      if (isTrustedContext(p)) continue;
      const name = p.join('.');
      const variable = (p[p.length - 1] ?? 'VALUE').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
      report(
        ctx,
        'run-expression',
        line,
        where,
        `\${{ ${name} }} is expanded into the script text of run:, where whoever controls it controls the shell. Pass it through env: (env: ${variable}: \${{ ${name} }}) and use "$${variable}".`,
      );
    }
  }
}

interface Interface {
  inputs: Record<string, { required: boolean; hasDefault: boolean }>;
  secrets?: Record<string, { required: boolean }>;
  outputs: Set<string>;
}

function readInterface(file: string, kind: 'action' | 'workflow'): Interface | undefined {
  if (!existsSync(file)) return undefined;
  const doc = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  type Spec = Record<string, { required?: boolean; default?: unknown } | null>;
  const call = (
    kind === 'workflow'
      ? ((doc?.on as Record<string, unknown> | undefined)?.workflow_call ?? {})
      : doc
  ) as {
    inputs?: Spec;
    secrets?: Spec;
    outputs?: Spec;
  } | null;
  const inputs: Interface['inputs'] = {};
  for (const [k, v] of Object.entries(call?.inputs ?? {})) {
    inputs[k] = { required: v?.required === true, hasDefault: v?.default !== undefined };
  }
  const result: Interface = { inputs, outputs: new Set(Object.keys(call?.outputs ?? {})) };
  if (kind === 'workflow') {
    result.secrets = {};
    for (const [k, v] of Object.entries(call?.secrets ?? {}))
      result.secrets[k] = { required: v?.required === true };
  }
  return result;
}

/** The local file a suite reference names, or undefined for other references. */
function suiteTarget(
  uses: string,
  root: string,
): { file: string; kind: 'action' | 'workflow' } | undefined {
  const m = /^molecule-ai\/runtime-actions(?:\/([^@]+))?@(\S+)/i.exec(uses);
  if (!m) return undefined;
  const sub = m[1] ?? '';
  if (sub.startsWith('.github/workflows/'))
    return {
      // A caller pinned by SHA is checked against the workflow at that commit.
      file: suiteFileAt(root, sub, m[2] ?? '') ?? path.join(root, sub, '(not at that commit)'),
      kind: 'workflow',
    };
  return { file: path.join(root, sub, 'action.yml'), kind: 'action' };
}

function checkInterface(
  ctx: Ctx,
  holder: Node,
  usesNode: Node | undefined,
  where: string,
  root: string,
): Interface | undefined {
  const uses = str(usesNode);
  const target = uses ? suiteTarget(uses, root) : undefined;
  if (!uses || !target) return undefined;
  const spec = readInterface(target.file, target.kind);
  if (!spec) {
    report(
      ctx,
      'interface',
      usesNode,
      where,
      `'${uses}' names ${path.relative(root, target.file)}, which does not exist in this suite.`,
    );
    return undefined;
  }
  const given = entries(get(holder, 'with'));
  for (const [name, , key] of given) {
    if (!(name in spec.inputs)) {
      report(
        ctx,
        'interface',
        key,
        where,
        `'${uses}' has no input '${name}' (it has: ${Object.keys(spec.inputs).join(', ')}).`,
      );
    }
  }
  for (const [name, def] of Object.entries(spec.inputs)) {
    if (def.required && !def.hasDefault && !given.some(([n]) => n === name)) {
      report(
        ctx,
        'interface',
        usesNode,
        where,
        `'${uses}' requires input '${name}', which is not passed.`,
      );
    }
  }
  if (spec.secrets) {
    const secrets = get(holder, 'secrets');
    if (str(secrets) !== 'inherit') {
      const passed = entries(secrets);
      for (const [name, , key] of passed) {
        if (!(name in spec.secrets))
          report(ctx, 'interface', key, where, `'${uses}' declares no secret '${name}'.`);
      }
      for (const [name, def] of Object.entries(spec.secrets)) {
        if (def.required && !passed.some(([n]) => n === name)) {
          report(
            ctx,
            'interface',
            usesNode,
            where,
            `'${uses}' requires secret '${name}', which is not passed.`,
          );
        }
      }
    }
  }
  return spec;
}

function checkSteps(
  ctx: Ctx,
  steps: Node | undefined,
  prefix: string,
  options: PolicyOptions,
): Map<string, Interface> {
  const suiteSteps = new Map<string, Interface>();
  if (!isSeq(steps)) return suiteSteps;
  steps.items.forEach((step, i) => {
    const name =
      str(get(step, 'name')) ?? str(get(step, 'id')) ?? str(get(step, 'uses')) ?? `step ${i + 1}`;
    const where = `${prefix} › ${name}`;
    checkUses(ctx, get(step, 'uses'), where);
    checkRun(ctx, get(step, 'run'), where);
    if (options.suiteRoot && isMap(step)) {
      const spec = checkInterface(ctx, step, get(step, 'uses'), where, options.suiteRoot);
      const id = str(get(step, 'id'));
      if (spec && id) suiteSteps.set(id, spec);
    }
  });
  return suiteSteps;
}

/**
 * `<context>.<id>.outputs.<x>` in `content[start, end)`, where `<id>` is a job
 * calling one of our reusable workflows (`needs`) or a step using one of our
 * actions (`steps`), must name an output the target declares: GitHub reads
 * an undeclared one as ''.
 */
function checkOutputsRead(
  ctx: Ctx,
  content: string,
  [start, end]: [number, number],
  context: 'needs' | 'steps',
  targets: Map<string, Interface>,
  where: (id: string) => string,
): void {
  if (targets.size === 0) return;
  const read = new RegExp(`${context}\\.([A-Za-z0-9_-]+)\\.outputs\\.([A-Za-z0-9_-]+)`, 'g');
  for (const m of content.slice(start, end).matchAll(read)) {
    const [, id = '', output = ''] = m;
    const spec = targets.get(id);
    if (spec && !spec.outputs.has(output)) {
      const holder =
        context === 'needs' ? `Job '${id}' calls a workflow` : `Step '${id}' uses an action`;
      const message = `${holder} with no output '${output}' (it has: ${[...spec.outputs].join(', ')}).`;
      report(ctx, 'interface', ctx.lines.linePos(start + m.index).line, where(id), message);
    }
  }
}

/** The offsets a YAML node spans, for checkOutputsRead. */
function spanOf(node: Node | undefined): [number, number] {
  return node?.range ? [node.range[0], node.range[2]] : [0, 0];
}

function checkDocumented(ctx: Ctx, call: Node | undefined): void {
  for (const section of ['inputs', 'secrets', 'outputs']) {
    for (const [name, def, key] of entries(get(call, section))) {
      if (!str(get(def, 'description'))?.trim()) {
        report(
          ctx,
          'undocumented',
          key,
          `on.workflow_call.${section}.${name}`,
          `${section.slice(0, -1)} '${name}' of a reusable workflow has no description.`,
        );
      }
    }
  }
}

function newCtx(content: string, file: string): { ctx: Ctx; root: YAMLMap | undefined } {
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines });
  if (doc.errors.length > 0)
    throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  const ctx: Ctx = { file, lines, source: content.split('\n'), out: [] };
  return { ctx, root: isMap(doc.contents) ? doc.contents : undefined };
}

/** Checks one workflow file against every rule above. */
export function checkWorkflowPolicy(
  content: string,
  file: string,
  options: PolicyOptions = {},
): PolicyViolation[] {
  const { ctx, root } = newCtx(content, file);
  const on = get(root, 'on');
  const reusable =
    has(on, 'workflow_call') ||
    (isSeq(on) && on.items.some((i) => str(i as Node) === 'workflow_call')) ||
    str(on) === 'workflow_call';

  if (!has(root, 'permissions')) {
    report(
      ctx,
      'workflow-permissions',
      keyNode(root, 'jobs') ?? root,
      'permissions',
      'The workflow has no top-level permissions: add `permissions: {}` (or `contents: read`) so no job inherits the repository default.',
    );
  } else {
    checkPermissions(ctx, get(root, 'permissions'), 'permissions', reusable);
  }
  if (reusable) checkDocumented(ctx, get(on, 'workflow_call'));

  const reusableCalls = new Map<string, Interface>();
  for (const [id, job, key] of entries(get(root, 'jobs'))) {
    const where = `jobs.${id}`;
    if (!has(job, 'permissions')) {
      report(
        ctx,
        'job-permissions',
        key,
        where,
        `Job '${id}' declares no permissions: list the least it needs (e.g. contents: read), or {} for none.`,
      );
    } else {
      checkPermissions(ctx, get(job, 'permissions'), `${where}.permissions`, reusable);
    }
    const calls = get(job, 'uses');
    if (calls) {
      checkUses(ctx, calls, where);
      if (options.suiteRoot && job) {
        const spec = checkInterface(ctx, job, calls, where, options.suiteRoot);
        if (spec) reusableCalls.set(id, spec);
      }
    } else if (!has(job, 'timeout-minutes')) {
      report(
        ctx,
        'timeout',
        key,
        where,
        `Job '${id}' has no timeout-minutes: a hung step would hold a runner for 6 hours.`,
      );
    }
    const suiteSteps = checkSteps(ctx, get(job, 'steps'), where, options);
    checkOutputsRead(
      ctx,
      content,
      spanOf(job),
      'steps',
      suiteSteps,
      (step) => `${where} › steps.${step}`,
    );
  }

  checkOutputsRead(
    ctx,
    content,
    [0, content.length],
    'needs',
    reusableCalls,
    (job) => `needs.${job}`,
  );
  return ctx.out.sort((a, b) => a.line - b.line);
}

/** The rules that apply to an action's metadata: its composite steps' `run:` and `uses:`. */
export function checkActionPolicy(
  content: string,
  file: string,
  options: PolicyOptions = {},
): PolicyViolation[] {
  const { ctx, root } = newCtx(content, file);
  const suiteSteps = checkSteps(ctx, get(get(root, 'runs'), 'steps'), 'runs', options);
  checkOutputsRead(
    ctx,
    content,
    [0, content.length],
    'steps',
    suiteSteps,
    (step) => `runs › steps.${step}`,
  );
  return ctx.out;
}

export function formatViolation(v: PolicyViolation): string {
  return `${v.file}:${v.line} [${v.rule}] ${v.where}: ${v.message}`;
}
