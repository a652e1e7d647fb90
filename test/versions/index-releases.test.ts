import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchIndexReleases, jsonApiUrl, retryAfterMs } from '../../packages/index/latest.js';
import { ActionError } from '../../packages/toolkit/errors.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; server: Server; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, hits };
}
const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));

describe('fetchIndexReleases', () => {
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  beforeEach(() => (sleeps.length = 0));

  it('uses the PEP 503 name in the JSON API URL', () => {
    expect(jsonApiUrl('https://pypi.org/', 'Molecule_AI.Workspace-Runtime')).toBe(
      'https://pypi.org/pypi/molecule-ai-workspace-runtime/json',
    );
  });

  it('lists every release, yanked ones included', async () => {
    const s = await serve((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          info: { version: '0.1.8' },
          releases: { '0.1.7': [{ yanked: true }], '0.1.8': [], '0.2.0rc1': [] },
        }),
      );
    });
    try {
      const r = await fetchIndexReleases({
        indexUrl: s.url,
        packageName: 'molecule-ai-workspace-runtime',
        sleep,
      });
      expect(r).toEqual({
        url: `${s.url}/pypi/molecule-ai-workspace-runtime/json`,
        versions: ['0.1.7', '0.1.8', '0.2.0rc1'],
        latest: '0.1.8',
      });
      expect(s.hits).toEqual(['/pypi/molecule-ai-workspace-runtime/json']);
    } finally {
      await close(s.server);
    }
  });

  it('404 means no release yet', async () => {
    const s = await serve((_req, res) => {
      res.statusCode = 404;
      res.end('{"message": "Not Found"}');
    });
    try {
      expect(
        await fetchIndexReleases({ indexUrl: s.url, packageName: 'x', sleep }),
      ).toBeUndefined();
    } finally {
      await close(s.server);
    }
  });

  it('retries 5xx and 429, honouring Retry-After', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      n++;
      if (n === 1) {
        res.statusCode = 503;
        return res.end();
      }
      if (n === 2) {
        res.statusCode = 429;
        res.setHeader('retry-after', '3');
        return res.end();
      }
      res.end(JSON.stringify({ info: { version: '1.0.0' }, releases: { '1.0.0': [] } }));
    });
    try {
      const r = await fetchIndexReleases({
        indexUrl: s.url,
        packageName: 'x',
        sleep,
        backoffMs: 10,
      });
      expect(r?.versions).toEqual(['1.0.0']);
      expect(sleeps).toEqual([10, 3000]);
    } finally {
      await close(s.server);
    }
  });

  it('does not retry other 4xx and names the input and URL', async () => {
    const s = await serve((_req, res) => {
      res.statusCode = 403;
      res.end();
    });
    try {
      const e = await fetchIndexReleases({ indexUrl: s.url, packageName: 'x', sleep }).catch(
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(ActionError);
      expect((e as ActionError).place).toMatchObject({
        status: 403,
        input: 'index-url',
        url: `${s.url}/pypi/x/json`,
      });
      expect(s.hits).toHaveLength(1);
    } finally {
      await close(s.server);
    }
  });

  it('gives up after the attempts on connection errors and says what failed', async () => {
    const s = await serve(() => undefined);
    const url = s.url;
    await close(s.server); // nothing listens there now
    const e = await fetchIndexReleases({
      indexUrl: url,
      packageName: 'x',
      sleep,
      attempts: 3,
    }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as Error).message).toMatch(/after 3 attempts \(last: fetch failed: ECONNREFUSED\)/);
    expect(sleeps).toHaveLength(2);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
