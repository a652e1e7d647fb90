/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as
 * a request validator for the sandbox: which path templates and methods
 * exist, which path/query parameters they take, and which JSON bodies they
 * accept. A fake that answers whatever our clients send proves nothing; this
 * module is what makes the sandbox refuse what GitHub would refuse.
 *
 * Loading: the plain `api.github.com.json` (13 MB, $refs kept) reads and
 * parses in about a tenth of a second; the `.deref.json` (73 MB) takes about
 * half a second and five times the memory, so the plain one is used and the
 * few $refs an operation needs are resolved here, per operation, lazily. The
 * parsed description and every compiled validator are cached per process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default
// import is the module object, under the jest transform (esbuild) the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const here = path.dirname(fileURLToPath(import.meta.url));
export const descriptionFile = path.resolve(
  here,
  '..',
  '..',
  'node_modules',
  '@octokit',
  'openapi',
  'generated',
  'api.github.com.json',
);

/** A JSON Schema fragment as the description writes it (OpenAPI 3.0 dialect). */
export type Schema = Record<string, unknown>;

interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
  'x-multi-segment'?: boolean;
}

interface RawOperation {
  operationId: string;
  externalDocs?: { url?: string };
  parameters?: Array<RawParameter | { $ref: string }>;
  requestBody?: {
    required?: boolean;
    content?: Record<string, { schema?: Schema }>;
  };
  responses?: Record<
    string,
    { $ref?: string; content?: Record<string, { schema?: Schema; examples?: unknown }> }
  >;
}

interface RawDescription {
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, Schema>;
    parameters: Record<string, RawParameter>;
    responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
    examples: Record<string, { value?: unknown }>;
  };
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/git/ref/{ref}`. */
  template: string;
  documentationUrl: string;
  parameters: RawParameter[];
  bodySchema: Schema | undefined;
  bodyRequired: boolean;
}

export type Match =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; allowed: string[] };

export interface RequestToCheck {
  method: string;
  /** The raw (still percent-encoded) path, without the query string. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, `undefined` when there was none. */
  body: unknown;
}

export type RequestCheck =
  | { ok: true; operation: Operation; params: Record<string, string> }
  | {
      ok: false;
      /** 404 for an unknown path or method, 422 for invalid parameters or body. */
      status: 404 | 422;
      reason: string;
      /** GitHub's message for the response body. */
      message: string;
      operation?: Operation;
      template?: string;
    };

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface TemplateEntry {
  template: string;
  segments: Array<{ literal: string } | { param: string; multi: boolean }>;
  methods: Map<string, Operation>;
}

export interface OpenApiLoadStats {
  file: string;
  readMs: number;
  parseMs: number;
  indexMs: number;
  operations: number;
}

/**
 * The description, indexed. Built once per process (see `loadOpenApi`);
 * every validator is compiled on first use and cached.
 */
export class OpenApiDescription {
  readonly stats: OpenApiLoadStats;
  private readonly raw: RawDescription;
  private readonly byLength = new Map<number, TemplateEntry[]>();
  private readonly multiSegment: TemplateEntry[] = [];
  private readonly byId = new Map<string, Operation>();
  private readonly ajvBody: Ajv;
  private readonly ajvParams: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(raw: RawDescription, stats: Omit<OpenApiLoadStats, 'indexMs' | 'operations'>) {
    const t0 = performance.now();
    this.raw = raw;
    for (const [template, item] of Object.entries(raw.paths)) {
      const entry: TemplateEntry = { template, segments: [], methods: new Map() };
      const pathLevelParams = (item.parameters as RawOperation['parameters']) ?? [];
      for (const [method, value] of Object.entries(item)) {
        if (!HTTP_METHODS.has(method)) continue;
        const op = value as RawOperation;
        const parameters = [...pathLevelParams, ...(op.parameters ?? [])].map((p) =>
          this.resolveParameter(p),
        );
        const json = op.requestBody?.content?.['application/json'];
        const operation: Operation = {
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
          parameters,
          bodySchema: json?.schema,
          bodyRequired: op.requestBody?.required === true,
        };
        entry.methods.set(operation.method, operation);
        this.byId.set(operation.operationId, operation);
      }
      const multi = new Set<string>();
      for (const op of entry.methods.values()) {
        for (const p of op.parameters)
          if (p.in === 'path' && p['x-multi-segment']) multi.add(p.name);
      }
      for (const seg of template.split('/').slice(1)) {
        const m = /^\{([^}]+)\}$/.exec(seg);
        entry.segments.push(
          m ? { param: m[1] as string, multi: multi.has(m[1] as string) } : { literal: seg },
        );
      }
      const last = entry.segments[entry.segments.length - 1];
      if (last && 'param' in last && last.multi) this.multiSegment.push(entry);
      const list = this.byLength.get(entry.segments.length) ?? [];
      list.push(entry);
      this.byLength.set(entry.segments.length, list);
    }
    // OpenAPI 3.0 schemas: `nullable` is rewritten away (see toJsonSchema),
    // `example`, `x-github`, `readOnly` and friends are annotations, so strict
    // mode is off; formats GitHub uses that ajv-formats lacks are declared.
    const common = { strict: false, allErrors: true, logger: false, unicodeRegExp: false } as const;
    this.ajvBody = new Ajv({ ...common });
    this.ajvParams = new Ajv({ ...common, coerceTypes: true });
    for (const ajv of [this.ajvBody, this.ajvParams]) {
      addFormats(ajv);
      ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
      ajv.addFormat('uri-template', true);
      // GitHub's own noreply addresses (`41898282+github-actions[bot]@users.noreply.github.com`)
      // fail ajv-formats' strict e-mail pattern; GitHub sends them in `email` fields all the same.
      ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
    }
    this.stats = {
      ...stats,
      indexMs: performance.now() - t0,
      operations: this.byId.size,
    };
  }

  operation(operationId: string): Operation | undefined {
    return this.byId.get(operationId);
  }

  /**
   * Finds the operation for a method and a raw path. Literal segments beat
   * parameters (so `/commits/{sha}/pulls` wins over `/commits/{ref}` with a
   * two-segment ref); a trailing `x-multi-segment` parameter (a git ref such
   * as `tags/runtime-v1.2.3`) may absorb several segments, as GitHub allows.
   */
  match(method: string, rawPath: string): Match {
    const segments = rawPath.replace(/\/+$/, '').split('/').slice(1);
    const candidates: Array<{
      entry: TemplateEntry;
      params: Record<string, string>;
      score: string;
    }> = [];
    for (const entry of this.byLength.get(segments.length) ?? []) {
      const params = matchSegments(entry, segments, false);
      if (params) candidates.push({ entry, params, score: '1' + literalScore(entry) });
    }
    for (const entry of this.multiSegment) {
      if (segments.length <= entry.segments.length) continue;
      const params = matchSegments(entry, segments, true);
      if (params) candidates.push({ entry, params, score: '0' + literalScore(entry) });
    }
    if (candidates.length === 0) return { kind: 'no-path' };
    candidates.sort((a, b) => (a.score < b.score ? 1 : a.score > b.score ? -1 : 0));
    const upper = method.toUpperCase();
    for (const c of candidates) {
      const operation = c.entry.methods.get(upper === 'HEAD' ? 'GET' : upper);
      if (operation) return { kind: 'operation', operation, params: c.params };
    }
    const best = candidates[0]!.entry;
    return { kind: 'no-method', template: best.template, allowed: [...best.methods.keys()] };
  }

  /** Checks one request as GitHub would before running it. */
  checkRequest(req: RequestToCheck): RequestCheck {
    const m = this.match(req.method, req.path);
    if (m.kind === 'no-path') {
      return {
        ok: false,
        status: 404,
        reason: `no path template in GitHub's REST description matches ${req.path}`,
        message: 'Not Found',
      };
    }
    if (m.kind === 'no-method') {
      return {
        ok: false,
        status: 404,
        reason: `${req.method.toUpperCase()} is not an operation of ${m.template} (it has ${m.allowed.join(', ')})`,
        message: 'Not Found',
        template: m.template,
      };
    }
    const op = m.operation;
    const paramErrors = this.checkParameters(op, m.params, req.query);
    if (paramErrors.length > 0) {
      return {
        ok: false,
        status: 422,
        reason: `${op.operationId}: ${paramErrors.join('; ')}`,
        message: `Invalid request.\n\n${paramErrors.join('\n')}`,
        operation: op,
        template: op.template,
      };
    }
    const bodyErrors = this.checkBody(op, req.body);
    if (bodyErrors.length > 0) {
      return {
        ok: false,
        status: 422,
        reason: `${op.operationId}: ${bodyErrors.join('; ')}`,
        message: `Invalid request.\n\n${bodyErrors.join('\n')}`,
        operation: op,
        template: op.template,
      };
    }
    return { ok: true, operation: op, params: m.params };
  }

  /** Validates path parameters and the query against their declared schemas (strings coerced). */
  checkParameters(
    op: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
  ): string[] {
    const key = `params:${op.method} ${op.template}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const properties: Record<string, Schema> = {};
      const required: string[] = [];
      for (const p of op.parameters) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        // A parameter arrives as a string that coercion turns into every
        // branch of a oneOf (workflow_id: integer | string), so oneOf is read as anyOf.
        properties[`${p.in}:${p.name}`] = oneOfAsAnyOf(lenient(op, p)) as Schema;
        if (p.required || p.in === 'path') required.push(`${p.in}:${p.name}`);
      }
      validate = this.compile(this.ajvParams, { type: 'object', properties, required });
      this.validators.set(key, validate);
    }
    const data: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(pathParams)) data[`path:${name}`] = value;
    for (const p of op.parameters) {
      if (p.in !== 'query') continue;
      const values = query.getAll(p.name);
      if (values.length === 0) continue;
      const isArray = (p.schema as { type?: string } | undefined)?.type === 'array';
      data[`query:${p.name}`] = isArray
        ? values.flatMap((v) => v.split(','))
        : values[values.length - 1];
    }
    if (validate(data)) return [];
    return formatErrors(validate.errors ?? [], data, (instancePath) =>
      instancePath.replace(
        /^\/(path|query):([^/]*)/,
        (_m, where: string, name: string) => `${where} parameter ${name}`,
      ),
    );
  }

  /** Validates a JSON body against the operation's requestBody schema. */
  checkBody(op: Operation, body: unknown): string[] {
    if (!op.bodySchema) return [];
    if (body === undefined) {
      return op.bodyRequired ? [`For 'links/0/schema', nil is not an object.`] : [];
    }
    const key = `body:${op.method} ${op.template}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.compile(this.ajvBody, op.bodySchema);
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return formatErrors(validate.errors ?? [], body, bodyPlace);
  }

  /**
   * Validates a response body the sandbox produced against the description's
   * schema for that status: the sandbox checks its own answers in its tests,
   * so clients are tested against GitHub's shapes, not the sandbox's idea of
   * them. Returns [] when valid or when the status has no JSON schema.
   */
  checkResponse(operationId: string, status: number, body: unknown): string[] {
    const op = this.byId.get(operationId);
    if (!op) return [`unknown operation ${operationId}`];
    const key = `response:${operationId}:${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const schema = this.responseSchema(op, status);
      if (!schema) return [];
      validate = this.compile(this.ajvBody, schema);
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return formatErrors(validate.errors ?? [], body, (p) => p);
  }

  /** The JSON schema of one response of an operation, $refs still in place. */
  responseSchema(op: Operation, status: number): Schema | undefined {
    const item = this.rawOperation(op)?.responses?.[String(status)];
    if (!item) return undefined;
    const content = item.$ref
      ? this.raw.components.responses[item.$ref.split('/').pop() as string]?.content
      : item.content;
    return content?.['application/json']?.schema;
  }

  /** An example from `components/examples` (deep-copied), e.g. `full-repository`. */
  example<T = unknown>(name: string): T {
    const ex = this.raw.components.examples[name];
    if (!ex || ex.value === undefined) throw new Error(`openapi: no example named ${name}`);
    return structuredClone(ex.value) as T;
  }

  private rawOperation(op: Operation): RawOperation | undefined {
    return this.raw.paths[op.template]?.[op.method.toLowerCase()] as RawOperation | undefined;
  }

  private resolveParameter(p: RawParameter | { $ref: string }): RawParameter {
    if ('$ref' in p) {
      const resolved = this.raw.components.parameters[p.$ref.split('/').pop() as string];
      if (!resolved) throw new Error(`openapi: unresolved parameter ${p.$ref}`);
      return resolved;
    }
    return p;
  }

  /** Compiles a schema with the component schemas it reaches copied into `$defs`. */
  private compile(ajv: Ajv, schema: Schema): ValidateFunction {
    const defs: Record<string, unknown> = {};
    const pending: string[] = [];
    const root = toJsonSchema(schema, pending) as Schema;
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (name in defs) continue;
      const component = this.raw.components.schemas[name];
      if (!component) throw new Error(`openapi: unresolved schema #/components/schemas/${name}`);
      defs[name] = toJsonSchema(component, pending);
    }
    return ajv.compile({ ...root, $defs: defs });
  }
}

/**
 * Where the description is stricter than GitHub itself. Each entry is a
 * documented behaviour the schema fails to express; nothing else is relaxed.
 */
function lenient(op: Operation, p: RawParameter): Schema {
  const schema = p.schema ?? {};
  // `created` is documented as "a date-time range ... using search syntax"
  // (`>=2024-01-01`, `2024-01-01..2024-02-01`) but typed `format: date-time`.
  if (
    p.in === 'query' &&
    p.name === 'created' &&
    op.operationId.startsWith('actions/list-workflow-runs')
  ) {
    const { format: _format, ...rest } = schema;
    return rest;
  }
  return schema;
}

function oneOfAsAnyOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(oneOfAsAnyOf);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k === 'oneOf' ? 'anyOf' : k] = oneOfAsAnyOf(v);
  return out;
}

/** `/tree/0/mode` → `properties/tree/0/mode`, the way GitHub names a body field. */
function bodyPlace(instancePath: string): string {
  return instancePath === '' ? '' : `properties${instancePath}`;
}

function literalScore(entry: TemplateEntry): string {
  return entry.segments.map((s) => ('literal' in s ? '1' : '0')).join('');
}

function matchSegments(
  entry: TemplateEntry,
  segments: string[],
  greedyTail: boolean,
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const n = entry.segments.length;
  for (let i = 0; i < n; i++) {
    const want = entry.segments[i]!;
    if (greedyTail && i === n - 1 && 'param' in want) {
      const rest = segments.slice(i);
      if (rest.some((s) => s === '')) return undefined;
      params[want.param] = rest.map(safeDecode).join('/');
      return params;
    }
    const got = segments[i];
    if (got === undefined || got === '') return undefined;
    if ('literal' in want) {
      if (want.literal !== got) return undefined;
    } else {
      params[want.param] = safeDecode(got);
    }
  }
  return params;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * OpenAPI 3.0 schema → JSON Schema ajv accepts: `#/components/schemas/X`
 * becomes `#/$defs/X` (collected in `pending`), and `nullable: true` becomes
 * an explicit null branch (ajv's own `nullable` refuses schemas without
 * `type`, which GitHub writes as `nullable` + `allOf`, and enums that lack null).
 */
function toJsonSchema(node: unknown, pending: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, pending));
  if (node === null || typeof node !== 'object') return node;
  const src = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    if (k === '$ref' && typeof v === 'string') {
      const name = v.replace('#/components/schemas/', '');
      pending.push(name);
      out.$ref = `#/$defs/${name}`;
      continue;
    }
    if (k === 'properties' || k === 'patternProperties') {
      const props: Record<string, unknown> = {};
      for (const [pk, pv] of Object.entries(v as Record<string, unknown>))
        props[pk] = toJsonSchema(pv, pending);
      out[k] = props;
      continue;
    }
    out[k] = toJsonSchema(v, pending);
  }
  if (src.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

/** Turns ajv errors into lines in GitHub's "Invalid request" style. */
function formatErrors(
  errors: ErrorObject[],
  data: unknown,
  where: (instancePath: string) => string,
): string[] {
  const lines: string[] = [];
  for (const e of errors) {
    // anyOf/oneOf report each failed branch and then themselves: keep the summary.
    if (e.keyword === 'type' && e.schemaPath.includes('/anyOf/')) continue;
    const at = where(e.instancePath) || 'the body';
    const value = valueAt(data, e.instancePath);
    const shown = value === undefined ? 'nil' : JSON.stringify(value);
    const params = e.params as Record<string, unknown>;
    let line: string;
    switch (e.keyword) {
      case 'required':
        line = `"${String(params.missingProperty)}" wasn't supplied.`;
        if (e.instancePath) line = `For '${at}', ${line}`;
        break;
      case 'type':
        line = `For '${at}', ${shown} is not ${article(String(params.type))}.`;
        break;
      case 'enum':
        line = `For '${at}', ${shown} is not a member of ${JSON.stringify(params.allowedValues)}.`;
        break;
      case 'maxProperties':
        line = `For '${at}', no more than ${String(params.limit)} properties are allowed; ${Object.keys(value as object).length} were supplied.`;
        break;
      case 'maxLength':
      case 'minLength':
        line = `For '${at}', ${shown} is ${e.keyword === 'maxLength' ? 'longer' : 'shorter'} than ${String(params.limit)} characters.`;
        break;
      default:
        line = `For '${at}', ${shown} ${e.message ?? 'is invalid'} (${e.keyword}).`;
    }
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

function article(type: string): string {
  const name = type.replace(/,null$/, '');
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let cur: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

let cached: OpenApiDescription | undefined;

/** The description, read and indexed once per process. */
export function loadOpenApi(): OpenApiDescription {
  if (cached) return cached;
  const t0 = performance.now();
  const text = readFileSync(descriptionFile, 'utf8');
  const t1 = performance.now();
  const raw = JSON.parse(text) as RawDescription;
  const t2 = performance.now();
  cached = new OpenApiDescription(raw, {
    file: descriptionFile,
    readMs: t1 - t0,
    parseMs: t2 - t1,
  });
  return cached;
}
