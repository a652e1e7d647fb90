/**
 * A stateful GitHub REST server on 127.0.0.1 for the tests of the actions
 * that talk to GitHub (auto-tag, cascade-dispatch, mirror-sync, mirror-guard).
 *
 *   const gh = await startGitHub({ tokens: { 'ghs_job': { login: 'github-actions[bot]', type: 'Bot' } } });
 *   gh.state.addRepo('Molecule-AI/monorepo');
 *   const sha = gh.state.addCommit('Molecule-AI/monorepo', { message: 'feat: x', tree: { 'workspace/a.py': '' } });
 *   … run the action with GITHUB_API_URL = gh.url …
 *   gh.assertNoViolations();
 *   await gh.close();
 *
 * Every request is checked against GitHub's REST description (openapi.ts)
 * before it reaches the state: an unknown path or method is answered 404 and
 * invalid parameters or bodies 422, as GitHub does, and each is recorded in
 * `violations`, so `assertNoViolations()` names a client's invalid request
 * even when the client swallowed the error. Requests for operations GitHub
 * has but the sandbox does not implement get 501 and are recorded too.
 *
 * Order of checks for each request: rate-limit block (a Retry-After or a
 * primary reset in force for the sender) → injected faults → the sliding
 * secondary-limit window → authentication → the description → the route.
 *
 * Tokens: with `tokens` given, only those are accepted (others → 401 Bad
 * credentials). Without it, any token is accepted as `github-actions[bot]`
 * (a Bot, like a job's GITHUB_TOKEN) with access to every repository.
 * No Authorization header → anonymous: public reads work, writes get 401.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { loadOpenApi, type OpenApiDescription } from './openapi.js';
import { GitHubState, type TokenInfo } from './state.js';
import { Faults, type FaultAction } from './faults.js';
import { routes, HttpError, type RouteResult } from './routes.js';
import { errorBody, type Urls } from './shapes.js';

export { GitHubState } from './state.js';
export type {
  TokenInfo,
  RepoOptions,
  RepoRecord,
  PullRecord,
  RunRecord,
  RunStatus,
  WorkflowRecord,
  DispatchRecord,
  WorkflowDispatchRecord,
  StatusRecord,
  CheckRunRecord,
  SeedCommit,
  SeedRun,
  Permission,
} from './state.js';
export { Faults } from './faults.js';
export type { FaultRule, SecondaryLimitRule, LimitViolation } from './faults.js';
export { loadOpenApi } from './openapi.js';
export { EMPTY_TREE_SHA } from './git.js';
export type { CommitObject, TagObject, TreeEntry, Person } from './git.js';

export interface RecordedRequest {
  method: string;
  /** The path as sent (percent-encoding kept), without the query. */
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body, or the raw text when it was not JSON, or undefined. */
  body: unknown;
  /** The status answered (0 for a reset or a request never answered). */
  status: number;
  /** Arrival time, ms since the epoch. */
  at: number;
  operationId?: string;
  /** The path template of the matched operation. */
  template?: string;
  /** The token's login, or 'anonymous' (undefined for an unknown token). */
  login?: string;
  /** The raw Authorization header's scheme ('token' | 'bearer' | …), for protocol checks. */
  authScheme?: string;
  userAgent?: string;
}

export interface Violation {
  method: string;
  path: string;
  reason: string;
  /**
   * openapi: the description does not allow the request; unimplemented: a
   * real operation the sandbox lacks; response: the sandbox answered a shape
   * the description does not allow (a sandbox bug); rate-limit: sent while a
   * Retry-After or reset was in force; sandbox: a test hook threw.
   */
  kind: 'openapi' | 'unimplemented' | 'response' | 'rate-limit' | 'sandbox';
}

export interface StartOptions {
  tokens?: Record<string, TokenInfo>;
  /** Delay before every answer, ms. */
  latencyMs?: number;
  /**
   * Check every JSON answer against the description's response schema
   * (violations of kind 'response'). Default true: the sandbox must not
   * teach clients shapes GitHub never sends.
   */
  validateResponses?: boolean;
}

export interface GitHubSandbox {
  /** API root, e.g. http://127.0.0.1:PORT (what GITHUB_API_URL is set to). */
  url: string;
  state: GitHubState;
  faults: Faults;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Throws listing every violation (and every rate-limit violation) by method, path and reason. */
  assertNoViolations(): void;
  /** How the REST description was loaded (once per process). */
  openapi: OpenApiDescription;
  close(): Promise<void>;
}

const DEFAULT_TOKEN: TokenInfo = { login: 'github-actions[bot]', type: 'Bot' };
const CORE_LIMIT = 5000;
const ANON_LIMIT = 60;

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';
const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

function requestId(): string {
  const h = randomBytes(10).toString('hex').toUpperCase();
  return `${h.slice(0, 4)}:${h.slice(4, 8)}:${h.slice(8, 14)}:${h.slice(14, 20)}:${Math.floor(
    Date.now() / 1000,
  )
    .toString(16)
    .toUpperCase()}`;
}

export async function startGitHub(options: StartOptions = {}): Promise<GitHubSandbox> {
  const openapi = loadOpenApi();
  const state = new GitHubState();
  const faults = new Faults();
  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const validateResponses = options.validateResponses ?? true;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const usage = new Map<string, { windowStart: number; used: number }>();
  let closed = false;
  const urls: Urls = { api: '', html: '' };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks));
      } catch (e) {
        violations.push({
          method: req.method ?? '',
          path: req.url ?? '',
          reason: `sandbox error: ${String(e)}`,
          kind: 'sandbox',
        });
        if (!res.headersSent)
          send(
            res,
            500,
            errorBody(`sandbox error: ${String(e)}`, 'https://docs.github.com/rest', 500),
            {},
            undefined,
          );
      }
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function rateHeaders(identity: string, resource: string): Record<string, string> {
    const now = Date.now();
    let u = usage.get(identity);
    if (!u || now - u.windowStart >= 3_600_000) {
      u = { windowStart: now, used: 0 };
      usage.set(identity, u);
    }
    u.used++;
    const limit = identity === 'anonymous' ? ANON_LIMIT : CORE_LIMIT;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - u.used)),
      'x-ratelimit-reset': String(Math.ceil((u.windowStart + 3_600_000) / 1000)),
      'x-ratelimit-used': String(u.used),
      'x-ratelimit-resource': resource,
    };
  }

  function send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    record: RecordedRequest | undefined,
  ): void {
    if (record) record.status = status;
    const finish = () => {
      timers.delete(timer);
      if (closed || res.destroyed) return;
      const all: Record<string, string> = {
        'x-github-request-id': headers['x-github-request-id'] ?? requestId(),
        'x-github-api-version-selected': '2022-11-28',
        'x-github-media-type': 'github.v3; format=json',
        ...headers,
      };
      if (body === undefined) {
        res.writeHead(status, all);
        res.end();
        return;
      }
      const text = JSON.stringify(body);
      all['content-type'] = 'application/json; charset=utf-8';
      all['content-length'] = String(Buffer.byteLength(text));
      res.writeHead(status, all);
      res.end(text);
    };
    const timer = setTimeout(finish, options.latencyMs ?? 0);
    timers.add(timer);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): void {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams.entries()),
      body: undefined,
      status: 0,
      at: Date.now(),
      userAgent: req.headers['user-agent'],
    };
    requests.push(record);

    // Authentication first (to know whose limits apply); refused later, after faults.
    const auth = req.headers.authorization;
    let token: TokenInfo | undefined;
    let badToken = false;
    let identity = 'anonymous';
    if (auth) {
      const m = /^(\w+)\s+(.+)$/.exec(auth.trim());
      record.authScheme = m?.[1]?.toLowerCase();
      const value =
        m && ['token', 'bearer'].includes(m[1]!.toLowerCase()) ? m[2]!.trim() : undefined;
      const known =
        value === undefined ? undefined : options.tokens ? options.tokens[value] : DEFAULT_TOKEN;
      if (known && value) {
        token = known;
        identity = `token:${value}`;
        record.login = known.login;
      } else {
        badToken = true;
        identity = `bad:${value ?? auth}`;
      }
    } else {
      record.login = 'anonymous';
    }

    let body: unknown;
    let badJson = false;
    if (raw.length > 0) {
      const text = raw.toString('utf8');
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        badJson = true;
      }
    }
    record.body = body;

    const check = badJson
      ? undefined
      : openapi.checkRequest({ method, path: url.pathname, query: url.searchParams, body });
    if (check?.ok) {
      record.operationId = check.operation.operationId;
      record.template = check.operation.template;
    } else if (check) {
      record.template = check.template;
      record.operationId = check.operation?.operationId;
      violations.push({ method, path: url.pathname, reason: check.reason, kind: 'openapi' });
    } else {
      violations.push({
        method,
        path: url.pathname,
        reason: 'the body is not valid JSON',
        kind: 'openapi',
      });
    }

    const resource = url.pathname.startsWith('/search/') ? 'search' : 'core';
    const headers = rateHeaders(identity, resource);
    const reqId = requestId();
    headers['x-github-request-id'] = reqId;

    const fault = faults.decide(
      { method, path: url.pathname, template: record.template, identity },
      record.at,
    );
    if (fault) {
      const last = 'violation' in fault ? fault.violation : undefined;
      if (last) {
        violations.push({
          method,
          path: url.pathname,
          reason: `sent while a ${last.kind} rate limit was in force (until ${new Date(last.blockedUntil).toISOString()}, ${last.blockedUntil - record.at} ms later)`,
          kind: 'rate-limit',
        });
      }
      applyFault(res, fault, headers, record, reqId);
      return;
    }

    if (badToken) {
      send(
        res,
        401,
        errorBody('Bad credentials', 'https://docs.github.com/rest', 401),
        headers,
        record,
      );
      return;
    }
    if (badJson) {
      send(
        res,
        400,
        errorBody('Problems parsing JSON', 'https://docs.github.com/rest', 400),
        headers,
        record,
      );
      return;
    }
    if (!check || !check.ok) {
      const c = check as Exclude<typeof check, undefined | { ok: true }>;
      const docs = c.operation?.documentationUrl ?? 'https://docs.github.com/rest';
      send(res, c.status, errorBody(c.message, docs, c.status), headers, record);
      return;
    }

    const op = check.operation;
    const handler = routes[op.operationId];
    if (!handler) {
      violations.push({
        method,
        path: url.pathname,
        reason: `${op.operationId} (${op.method} ${op.template}) is a GitHub operation the sandbox does not implement`,
        kind: 'unimplemented',
      });
      send(
        res,
        501,
        errorBody(`sandbox: ${op.operationId} is not implemented`, op.documentationUrl, 501),
        headers,
        record,
      );
      return;
    }
    let result: RouteResult;
    try {
      result = handler({
        urls,
        state,
        token,
        params: check.params,
        query: url.searchParams,
        body,
        operation: op,
        url,
      });
    } catch (e) {
      if (e instanceof HttpError) {
        send(
          res,
          e.status,
          errorBody(e.message, op.documentationUrl, e.status, e.errors),
          { ...headers, ...e.headers },
          record,
        );
        return;
      }
      throw e;
    }
    if (validateResponses && result.body !== undefined) {
      for (const problem of openapi.checkResponse(op.operationId, result.status, result.body)) {
        violations.push({
          method,
          path: url.pathname,
          reason: `sandbox answer to ${op.operationId} ${result.status}: ${problem}`,
          kind: 'response',
        });
      }
    }
    send(
      res,
      result.status,
      method === 'HEAD' ? undefined : result.body,
      { ...headers, ...result.headers },
      record,
    );
  }

  function applyFault(
    res: http.ServerResponse,
    fault: FaultAction,
    headers: Record<string, string>,
    record: RecordedRequest,
    reqId: string,
  ): void {
    switch (fault.kind) {
      case 'reset':
        record.status = 0;
        res.socket?.destroy();
        return;
      case 'timeout':
        // Never answered; the socket is destroyed by close().
        record.status = 0;
        return;
      case 'status': {
        const h = { ...headers };
        if (fault.retryAfter !== undefined) h['retry-after'] = String(fault.retryAfter);
        const message =
          fault.status === 503
            ? 'Service Unavailable'
            : fault.status === 502
              ? 'Server Error'
              : 'Internal Server Error';
        send(
          res,
          fault.status,
          errorBody(message, 'https://docs.github.com/rest', fault.status),
          h,
          record,
        );
        return;
      }
      case 'secondary-rate-limit':
        send(
          res,
          403,
          errorBody(`${SECONDARY_MESSAGE}${reqId}.`, SECONDARY_DOCS, 403),
          { ...headers, 'retry-after': String(fault.retryAfter) },
          record,
        );
        return;
      case 'primary-rate-limit': {
        const h = {
          ...headers,
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(fault.resetAt),
        };
        const who =
          record.login && record.login !== 'anonymous'
            ? `for user ID ${record.login}`
            : 'for 127.0.0.1';
        send(
          res,
          403,
          errorBody(
            `API rate limit exceeded ${who}. If you reach out to GitHub Support for help, please include the request ID ${reqId}.`,
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            403,
          ),
          h,
          record,
        );
        return;
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  urls.api = `http://127.0.0.1:${port}`;
  urls.html = urls.api;

  return {
    url: urls.api,
    state,
    faults,
    requests,
    violations,
    openapi,
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `  ${v.method} ${v.path} [${v.kind}]: ${v.reason}`);
      throw new Error(
        `GitHub sandbox: ${violations.length} request(s) GitHub would not accept as sent:\n${lines.join('\n')}`,
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
    },
  };
}
