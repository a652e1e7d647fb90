/**
 * The retry policy against a real HTTP server on 127.0.0.1 that misbehaves
 * on purpose: what is retried, what is not, and what the error says.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionError } from '../../packages/toolkit/errors.js';
import { backoffDelay, HttpClient, parseRetryAfter } from '../../packages/toolkit/http.js';
import { IndexHttpClient, INDEX_UNREACHABLE } from '../../packages/index/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server;
let base: string;
let handler: Handler;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    req.resume();
    req.on('end', () => handler(req, res, hits));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => (hits = 0));

function client(extra: ConstructorParameters<typeof HttpClient>[0] = {}) {
  const delays: number[] = [];
  const retries: string[] = [];
  const http = new HttpClient({
    sleep: async (ms) => void delays.push(ms),
    onRetry: (r) => retries.push(r.reason),
    timeoutMs: 2000,
    ...extra,
  });
  return { http, delays, retries };
}

describe('HttpClient retries', () => {
  it('retries 503 until it succeeds, with growing backoff', async () => {
    handler = (_q, res, n) => {
      res.writeHead(n <= 2 ? 503 : 200, { 'content-type': 'text/plain' });
      res.end(n <= 2 ? 'busy' : 'ok');
    };
    const { http, delays, retries } = client();
    const res = await http.request({ url: `${base}/x`, method: 'POST', body: 'payload' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(hits).toBe(3);
    expect(retries).toEqual([
      'HTTP 503 Service Unavailable: busy',
      'HTTP 503 Service Unavailable: busy',
    ]);
    expect(delays[0]).toBeGreaterThanOrEqual(500);
    expect(delays[0]).toBeLessThanOrEqual(1000);
    expect(delays[1]).toBeGreaterThanOrEqual(1000);
    expect(delays[1]).toBeLessThanOrEqual(2000);
  });

  it('retries connection resets', async () => {
    handler = (req, res, n) => {
      if (n === 1) req.socket.destroy();
      else res.end('ok');
    };
    const { http, retries } = client();
    const res = await http.request({ url: `${base}/r` });
    expect(res.status).toBe(200);
    expect(retries).toEqual(['connection reset']);
  });

  it('retries timeouts', async () => {
    handler = (_q, res, n) => {
      if (n === 1) return; // never answer
      res.end('ok');
    };
    const { http, retries } = client({ timeoutMs: 300 });
    const res = await http.request({ url: `${base}/t` });
    expect(res.status).toBe(200);
    expect(retries).toEqual(['timed out']);
  });

  it('honours Retry-After on 429', async () => {
    handler = (_q, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '3' });
        res.end();
      } else res.end('ok');
    };
    const { http, delays } = client();
    expect((await http.request({ url: `${base}/rl` })).status).toBe(200);
    expect(delays).toEqual([3000]);
  });

  it.each([400, 401, 403, 404, 409, 422])('never retries %i', async (status) => {
    handler = (_q, res) => {
      res.writeHead(status);
      res.end('no');
    };
    const { http, retries } = client();
    const res = await http.request({ url: `${base}/c`, method: 'POST', body: 'x' });
    expect(res.status).toBe(status);
    expect(hits).toBe(1);
    expect(retries).toEqual([]);
  });

  it('gives up after the attempts, naming each failure, the status and the URL', async () => {
    handler = (_q, res) => {
      res.writeHead(502);
      res.end('<html><h1>Bad gateway</h1></html>');
    };
    const { http } = client({ attempts: 3 });
    const err = (await http
      .request({ url: `${base}/g`, purpose: 'the upload of x.whl' })
      .catch((e: unknown) => e)) as ActionError;
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toBe(
      'Gave up on the upload of x.whl after 3 attempts: HTTP 502 Bad Gateway: Bad gateway; HTTP 502 Bad Gateway: Bad gateway; HTTP 502 Bad Gateway: Bad gateway.',
    );
    expect(err.place).toMatchObject({ status: 502, url: `${base}/g` });
    expect(err.title).toBe('Server unreachable');
    expect(hits).toBe(3);
  });

  it("the index's client says so in its title and hint; a caller's hint still wins", async () => {
    handler = (_q, res) => {
      res.writeHead(503);
      res.end();
    };
    const quiet = { attempts: 1, timeoutMs: 2000 };
    const err = (await new IndexHttpClient(quiet)
      .request({ url: `${base}/i` })
      .catch((e: unknown) => e)) as ActionError;
    expect(err.title).toBe(INDEX_UNREACHABLE);
    expect(err.title).toBe('Index unreachable');
    expect(err.hint).toBe(
      'The index or the network is failing; check the URL, then re-run the job later.',
    );
    const own = (await new IndexHttpClient({ ...quiet, unreachableHint: 'Re-run later.' })
      .request({ url: `${base}/i` })
      .catch((e: unknown) => e)) as ActionError;
    expect(own.hint).toBe('Re-run later.');
    expect(own.title).toBe('Index unreachable');
  });

  it('does not wait for a Retry-After longer than it is willing to', async () => {
    handler = (_q, res) => {
      res.writeHead(429, { 'retry-after': '3600' });
      res.end();
    };
    const { http, delays } = client();
    await expect(http.request({ url: `${base}/long` })).rejects.toThrow(
      /Retry-After 3600 s is longer than we wait/,
    );
    expect(delays).toEqual([]);
    expect(hits).toBe(1);
  });

  it('reports refused connections', async () => {
    const { http } = client({ attempts: 2 });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(http.request({ url: `http://127.0.0.1:${port}/` })).rejects.toThrow(
      /connection refused; connection refused/,
    );
  });
});

describe('retry helpers', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(
      parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1)),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(0, 1000, 20_000, () => 0)).toBe(500);
    expect(backoffDelay(0, 1000, 20_000, () => 1)).toBe(1000);
    expect(backoffDelay(3, 1000, 20_000, () => 1)).toBe(8000);
    expect(backoffDelay(10, 1000, 20_000, () => 1)).toBe(20_000);
  });
});
