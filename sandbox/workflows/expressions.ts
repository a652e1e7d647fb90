/**
 * `${{ }}` expressions, parsed and evaluated by GitHub's own implementation
 * (@actions/expressions: its Lexer, Parser and Evaluator), with the contexts
 * and the functions the runner adds: the status functions (`success()`,
 * `failure()`, `always()`, `cancelled()`), which the library leaves to the
 * runner, and a `hashFiles` stand-in.
 *
 * What is written here by hand is only what the library does not do: finding
 * `${{ … }}` inside a string (the runner's template scanner), converting
 * between plain JSON and the library's data types, and the implicit
 * `success() &&` GitHub puts in front of an `if:` without a status function.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Evaluator, Lexer, Parser, data, type Expr } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { ContextAccess, FunctionCall, IndexAccess, Literal } from '@actions/expressions/ast';
import { globFiles } from './glob.js';

/** JSON: what contexts are built from and what results are turned back into. */
export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** Every context name GitHub knows; each place offers a subset (see `Scope`). */
export const CONTEXT_NAMES = [
  'github',
  'env',
  'inputs',
  'secrets',
  'vars',
  'needs',
  'steps',
  'matrix',
  'job',
  'jobs',
  'runner',
  'strategy',
] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

/** What one expression sees: the contexts available where it is written, and the job's state. */
export interface Scope {
  contexts: Partial<Record<ContextName, Plain>>;
  /** Absent where GitHub does not allow status functions (e.g. `env:` of a workflow). */
  status?: StatusFunctions;
  /** The job's workspace, for hashFiles(); absent where hashFiles is not allowed. */
  workspace?: string;
}

/** Thrown for a malformed or unevaluable expression; the caller adds the file and line. */
export class ExpressionFailure extends Error {
  constructor(
    message: string,
    readonly expression: string,
  ) {
    super(message);
    this.name = 'ExpressionFailure';
  }
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

/** The functions the runner supplies (the library has only the pure ones). */
const EXTENSION_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

export function toData(value: Plain | undefined): data.ExpressionData {
  // The library's reviver builds the same structure JSON.parse(…, reviver) would.
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

export function toPlain(value: data.ExpressionData): Plain {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Plain;
}

/**
 * How a value is written into a string, as the runner does: null is '',
 * booleans and numbers their literal text, arrays and objects 'Array'/'Object'.
 */
export function coerceString(value: data.ExpressionData): string {
  if (value.kind === data.Kind.Null) return '';
  return value.coerceString();
}

/** Parses one expression (without `${{ }}`), accepting only the contexts in `available`. */
export function parseExpression(
  source: string,
  available: readonly string[] = CONTEXT_NAMES,
): Expr {
  try {
    const { tokens } = new Lexer(source).lex();
    const expr = new Parser(tokens, [...available], EXTENSION_FUNCTIONS).parse();
    if (!expr) throw new Error('empty expression');
    return expr;
  } catch (e) {
    throw new ExpressionFailure(`cannot parse \${{ ${source} }}: ${(e as Error).message}`, source);
  }
}

function functionsFor(scope: Scope): Map<string, FunctionDefinition> {
  const fns = new Map<string, FunctionDefinition>();
  const status = (name: string, fn: () => boolean): void => {
    fns.set(name, {
      name,
      minArgs: 0,
      maxArgs: 0,
      call: () => {
        if (!scope.status) throw new Error(`${name}() is not allowed here`);
        return new data.BooleanData(fn());
      },
    });
  };
  status('success', () => scope.status!.success());
  status('failure', () => scope.status!.failure());
  status('cancelled', () => scope.status!.cancelled());
  status('always', () => true);
  fns.set('hashfiles', {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: (...args) => {
      if (!scope.workspace) throw new Error('hashFiles() is only available in steps');
      return new data.StringData(hashFiles(scope.workspace, args.map(coerceString)));
    },
  });
  return fns;
}

/** Evaluates one expression (without `${{ }}`). */
export function evaluateExpression(source: string, scope: Scope): data.ExpressionData {
  const available = Object.keys(scope.contexts);
  const expr = parseExpression(source, available);
  const context = new data.Dictionary(
    ...available.map((key) => ({ key, value: toData(scope.contexts[key as ContextName]) })),
  );
  try {
    return new Evaluator(expr, context, functionsFor(scope)).evaluate();
  } catch (e) {
    throw new ExpressionFailure(
      `cannot evaluate \${{ ${source} }}: ${(e as Error).message}`,
      source,
    );
  }
}

export interface TemplatePart {
  /** Literal text, or the source of an expression. */
  text: string;
  expression: boolean;
}

/**
 * Splits `a ${{ x }} b` into literal and expression parts. An expression ends
 * at the first `}}` outside a single-quoted string literal (GitHub's strings
 * are single-quoted, with '' as the escaped quote).
 */
export function splitTemplate(value: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let i = 0;
  let literal = '';
  while (i < value.length) {
    const start = value.indexOf('${{', i);
    if (start < 0) break;
    literal += value.slice(i, start);
    let j = start + 3;
    let inString = false;
    let end = -1;
    while (j < value.length) {
      const c = value[j];
      if (inString) {
        if (c === "'") {
          if (value[j + 1] === "'") j++;
          else inString = false;
        }
      } else if (c === "'") inString = true;
      else if (c === '}' && value[j + 1] === '}') {
        end = j;
        break;
      }
      j++;
    }
    if (end < 0) throw new ExpressionFailure(`unclosed \${{ in '${value}'`, value.slice(start));
    if (literal) parts.push({ text: literal, expression: false });
    literal = '';
    parts.push({ text: value.slice(start + 3, end).trim(), expression: true });
    i = end + 2;
  }
  literal += value.slice(i);
  if (literal) parts.push({ text: literal, expression: false });
  return parts;
}

export function hasExpression(value: string): boolean {
  return value.includes('${{');
}

/**
 * A YAML value as the runner sees it: a string that is exactly one
 * `${{ expr }}` keeps the expression's type (so `matrix: ${{ fromJSON(x) }}`
 * is a list and `wait: ${{ inputs.wait }}` a boolean); any other string is
 * interpolated to a string; non-strings are walked (mappings and sequences
 * are evaluated value by value, keys included).
 */
export function evaluateValue(value: unknown, scope: Scope): Plain {
  if (typeof value === 'string') {
    if (!hasExpression(value)) return value;
    const parts = splitTemplate(value);
    if (parts.length === 1 && parts[0]!.expression) {
      return toPlain(evaluateExpression(parts[0]!.text, scope));
    }
    return parts
      .map((p) => (p.expression ? coerceString(evaluateExpression(p.text, scope)) : p.text))
      .join('');
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, scope));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[String(evaluateValue(k, scope))] = evaluateValue(v, scope);
    }
    return out;
  }
  if (value === undefined) return null;
  return value as Plain;
}

/** `evaluateValue`, written into a string (what `with:`, `env:` and `run:` receive). */
export function evaluateString(value: unknown, scope: Scope): string {
  return plainToString(evaluateValue(value, scope));
}

export function plainToString(value: Plain): string {
  return coerceString(toData(value));
}

/** Truthiness as GitHub defines it: false, 0, -0, NaN, '' and null are falsy. */
export function truthy(value: Plain): boolean {
  if (value === null || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

function callsStatusFunction(expr: Expr): boolean {
  let found = false;
  walk(expr, (node) => {
    if (
      node instanceof FunctionCall &&
      STATUS_FUNCTIONS.includes(node.functionName.lexeme.toLowerCase())
    ) {
      found = true;
    }
  });
  return found;
}

/**
 * An `if:` condition. Written with or without `${{ }}`; without a status
 * function it means `success() && (condition)`, as on GitHub. A condition
 * that mixes text and `${{ }}` is a string, hence true when not empty (a
 * GitHub pitfall kept faithfully).
 */
export function evaluateCondition(condition: unknown, scope: Scope): boolean {
  if (condition === undefined || condition === null || condition === '') {
    return scope.status ? scope.status.success() : true;
  }
  if (typeof condition === 'boolean' || typeof condition === 'number') {
    return (scope.status ? scope.status.success() : true) && truthy(condition);
  }
  let source = String(condition).trim();
  const parts = hasExpression(source) ? splitTemplate(source) : undefined;
  if (parts) {
    if (parts.length !== 1 || !parts[0]!.expression) return truthy(evaluateString(source, scope));
    source = parts[0]!.text;
  }
  const expr = parseExpression(source, Object.keys(scope.contexts));
  const full = callsStatusFunction(expr) ? source : `success() && (${source})`;
  return truthy(toPlain(evaluateExpression(full, scope)));
}

function walk(expr: Expr, visit: (node: Expr) => void): void {
  visit(expr);
  const node = expr as unknown as Record<string, unknown>;
  // The AST classes keep their children in these fields (ast.d.ts).
  for (const key of ['expr', 'left', 'right', 'group', 'index']) {
    const child = node[key];
    if (child && typeof child === 'object' && 'accept' in child) walk(child as Expr, visit);
  }
  for (const key of ['args']) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) walk(child as Expr, visit);
  }
}

/**
 * The property paths an expression reads: `needs.build.outputs.x` gives
 * ['needs', 'build', 'outputs', 'x']; a path stops at the first index that is
 * not a literal (`steps[format(…)]` gives ['steps']).
 */
export function referencedPaths(source: string): string[][] {
  const paths: string[][] = [];
  // `open` turns false at the first computed index: nothing after it is a name.
  const chainOf = (node: Expr): { path: string[]; open: boolean } | undefined => {
    if (node instanceof ContextAccess) return { path: [node.name.lexeme], open: true };
    if (node instanceof IndexAccess) {
      const base = chainOf(node.expr);
      if (!base) return undefined;
      if (
        base.open &&
        node.index instanceof Literal &&
        node.index.literal.kind === data.Kind.String
      ) {
        return { path: [...base.path, node.index.literal.coerceString()], open: true };
      }
      return { path: base.path, open: false };
    }
    return undefined;
  };
  const inner = new Set<Expr>();
  const expr = parseExpression(source);
  walk(expr, (node) => {
    if (inner.has(node)) return;
    if (node instanceof IndexAccess || node instanceof ContextAccess) {
      const chain = chainOf(node);
      if (chain) {
        paths.push(chain.path);
        // The sub-chains of a chain are not separate references.
        let n: Expr = node;
        while (n instanceof IndexAccess) {
          n = n.expr;
          inner.add(n);
        }
      }
    }
  });
  return paths;
}

/** Every expression source in a template string. */
export function expressionsIn(value: string): string[] {
  return hasExpression(value)
    ? splitTemplate(value)
        .filter((p) => p.expression)
        .map((p) => p.text)
    : [];
}

/**
 * hashFiles as the runner computes it: the SHA-256 of the concatenated
 * SHA-256 digests of every matching file (sorted by path), '' when none match.
 */
export function hashFiles(workspace: string, patterns: string[]): string {
  const files = globFiles(workspace, patterns);
  if (files.length === 0) return '';
  const all = createHash('sha256');
  for (const f of files) {
    all.update(
      createHash('sha256')
        .update(readFileSync(path.join(workspace, f)))
        .digest(),
    );
  }
  return all.digest('hex');
}
