/**
 * The simple-index client against a local server that speaks PEP 691 JSON
 * or PEP 503 HTML (the latter as pip's own tests and PyPI render it), and the
 * visibility wait.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionError } from '../../packages/toolkit/errors.js';
import {
  listFiles,
  parseSimpleHtml,
  parseSimpleJson,
  waitForFiles,
  type WaitProgress,
} from '../../packages/index/simple.js';
import { IndexHttpClient } from '../../packages/index/http.js';

interface FakeFile {
  filename: string;
  sha256: string;
  rp?: string;
  yanked?: boolean;
}
let files: FakeFile[] = [];
let format: 'json' | 'html' = 'json';
let requests: { url: string; accept: string; cache: string }[] = [];
let onRequest: (() => void) | undefined;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({
      url: req.url ?? '',
      accept: String(req.headers.accept),
      cache: String(req.headers['cache-control']),
    });
    onRequest?.();
    if (req.url !== '/simple/molecule-ai-workspace-runtime/') {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    if (format === 'json') {
      res.writeHead(200, { 'content-type': 'application/vnd.pypi.simple.v1+json' });
      res.end(
        JSON.stringify({
          meta: { 'api-version': '1.1' },
          name: 'molecule-ai-workspace-runtime',
          files: files.map((f) => ({
            filename: f.filename,
            url: `../../files/${f.filename}`,
            hashes: { sha256: f.sha256 },
            'requires-python': f.rp,
            yanked: f.yanked ?? false,
            size: 123,
          })),
          versions: [],
        }),
      );
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!DOCTYPE html><html><body><h1>Links</h1>\n${files
          .map(
            (f) =>
              `<a href="/files/${f.filename}#sha256=${f.sha256}"${f.rp ? ` data-requires-python="${f.rp.replace('>', '&gt;')}"` : ''}${f.yanked ? ' data-yanked=""' : ''}>${f.filename}</a><br/>`,
          )
          .join('\n')}</body></html>`,
      );
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  files = [];
  requests = [];
  format = 'json';
  onRequest = undefined;
});

const W = (v: string): FakeFile => ({
  filename: `molecule_ai_workspace_runtime-${v}-py3-none-any.whl`,
  sha256: 'a'.repeat(64),
  rp: '>=3.11',
});
const S = (v: string): FakeFile => ({
  filename: `molecule_ai_workspace_runtime-${v}.tar.gz`,
  sha256: 'b'.repeat(64),
  rp: '>=3.11',
});

describe('listFiles', () => {
  it.each(['json', 'html'] as const)(
    'reads the %s form with hashes, Requires-Python, yanked, absolute URLs',
    async (f) => {
      format = f;
      files = [W('0.1.0'), { ...S('0.1.0'), yanked: true }];
      const l = await listFiles(base, 'Molecule_AI.Workspace-Runtime');
      expect(l.format).toBe(f);
      expect(
        l.files.map((x) => [x.filename, x.version, x.sha256, x.requiresPython, x.yanked]),
      ).toEqual([
        [W('0.1.0').filename, '0.1.0', 'a'.repeat(64), '>=3.11', false],
        [S('0.1.0').filename, '0.1.0', 'b'.repeat(64), '>=3.11', true],
      ]);
      expect(l.files[0]?.url).toBe(`${base}/files/${W('0.1.0').filename}`);
      // Normalised name in the URL, JSON preferred, CDN cache bypassed.
      expect(requests[0]?.url).toBe('/simple/molecule-ai-workspace-runtime/');
      expect(requests[0]?.accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
      expect(requests[0]?.cache).toBe('max-age=0');
    },
  );

  it('treats 404 as a project with no files', async () => {
    const l = await listFiles(base, 'nothing-here');
    expect(l).toMatchObject({ missing: true, files: [] });
  });

  it('parses single-quoted and unquoted attributes and entities in HTML', () => {
    const html = `<a href='/f/x-1.0.tar.gz#sha256=${'c'.repeat(64)}' data-requires-python='&gt;=3.8'>x-1.0.tar.gz</a><a href=/f/x-1.1-py3-none-any.whl>x-1.1-py3-none-any.whl</a>`;
    expect(parseSimpleHtml(html, 'http://h/simple/x/')).toEqual([
      {
        filename: 'x-1.0.tar.gz',
        url: 'http://h/f/x-1.0.tar.gz',
        sha256: 'c'.repeat(64),
        requiresPython: '>=3.8',
        yanked: false,
        version: '1.0',
      },
      {
        filename: 'x-1.1-py3-none-any.whl',
        url: 'http://h/f/x-1.1-py3-none-any.whl',
        sha256: undefined,
        requiresPython: undefined,
        yanked: false,
        version: '1.1',
      },
    ]);
  });
});

describe('waitForFiles', () => {
  it('returns as soon as the files appear, reporting progress on each poll', async () => {
    files = [W('0.0.9')];
    let polls = 0;
    onRequest = () => {
      polls++;
      if (polls === 3) files = [W('0.0.9'), W('0.1.0'), S('0.1.0')];
    };
    const progress: WaitProgress[] = [];
    const r = await waitForFiles({
      indexUrl: base,
      project: 'molecule-ai-workspace-runtime',
      filenames: [W('0.1.0').filename, S('0.1.0').filename],
      timeoutSeconds: 10,
      initialDelayMs: 20,
      onProgress: (p) => progress.push(p),
    });
    expect(r.attempts).toBe(3);
    expect(r.files.map((f) => f.filename)).toEqual([W('0.1.0').filename, S('0.1.0').filename]);
    expect(progress.map((p) => p.missing.length)).toEqual([2, 2, 0]);
    expect(progress[0]?.versions).toEqual(['0.0.9']);
    expect(progress[1]?.nextPollSeconds).toBeGreaterThan(0);
  });

  it('in version mode waits for any file of that version (PEP 440 equality)', async () => {
    files = [W('1.0')];
    const r = await waitForFiles({
      indexUrl: base,
      project: 'molecule-ai-workspace-runtime',
      version: '1.0.0',
      timeoutSeconds: 5,
    });
    expect(r.files.map((f) => f.filename)).toEqual([W('1.0').filename]);
    expect(r.attempts).toBe(1);
  });

  it('backs off: 1 s doubling to a 15 s cap, never past the deadline', async () => {
    files = [];
    const sleeps: number[] = [];
    let t = 0;
    await expect(
      waitForFiles({
        indexUrl: base,
        project: 'molecule-ai-workspace-runtime',
        version: '9.9.9',
        timeoutSeconds: 60,
        now: () => t,
        sleep: async (ms) => {
          sleeps.push(ms);
          t += ms;
        },
      }),
    ).rejects.toThrow(ActionError);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('times out saying what the index last listed', async () => {
    files = [W('0.0.8'), W('0.0.9'), S('0.0.9')];
    const err = (await waitForFiles({
      indexUrl: base,
      project: 'molecule-ai-workspace-runtime',
      version: '0.1.0',
      timeoutSeconds: 0.2,
      initialDelayMs: 50,
    }).catch((e: unknown) => e)) as ActionError;
    expect(err).toBeInstanceOf(ActionError);
    expect(err.message).toMatch(
      /Timed out after 0\.2 s waiting for molecule-ai-workspace-runtime 0\.1\.0 .*it lists versions 0\.0\.8, 0\.0\.9/,
    );
    expect(err.details.join('\n')).toContain(S('0.0.9').filename);
  });

  it('times out saying the project does not exist when the index has none', async () => {
    await expect(
      waitForFiles({
        indexUrl: base,
        project: 'nope',
        version: '1.0',
        timeoutSeconds: 0.1,
        initialDelayMs: 50,
      }),
    ).rejects.toThrow(/the project does not exist there/);
  });

  async function closedPort(): Promise<number> {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    return port;
  }

  it('gives up on an index it cannot reach after 3 failed polls in a row, long before the timeout', async () => {
    const port = await closedPort();
    const progress: WaitProgress[] = [];
    const started = Date.now();
    const err = (await waitForFiles({
      indexUrl: `http://127.0.0.1:${port}`,
      project: 'x',
      version: '1.0',
      timeoutSeconds: 600,
      initialDelayMs: 20,
      http: new IndexHttpClient({ attempts: 2, baseDelayMs: 10 }),
      onProgress: (p) => progress.push(p),
    }).catch((e: unknown) => e)) as ActionError;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(ActionError);
    expect(err.title).toBe('Index unreachable');
    expect(err.message).toMatch(
      new RegExp(
        `^Cannot reach the index at http://127\\.0\\.0\\.1:${port}: 3 polls in a row failed over \\d+ s, so this stops now rather than after the 600 s timeout .*Last failure: Gave up on the simple index page of x after 2 attempts: connection refused; connection refused\\.$`,
      ),
    );
    expect(progress.map((p) => p.unreachable?.failedPolls)).toEqual([1, 2, 3]);
  });

  it('keeps waiting through failed polls that a successful one interrupts', async () => {
    files = [];
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls++;
      if (calls === 5) files = [W('2.0')];
      if (calls % 3 !== 0)
        return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }));
      return fetch(input, init);
    };
    const r = await waitForFiles({
      indexUrl: base,
      project: 'molecule-ai-workspace-runtime',
      version: '2.0',
      timeoutSeconds: 30,
      initialDelayMs: 10,
      maxDelayMs: 20,
      http: new IndexHttpClient({ attempts: 1, fetch: flaky }),
    });
    expect(r.attempts).toBe(6);
  });

  it('with more failed polls allowed, keeps polling a failing index until the deadline', async () => {
    const http = new IndexHttpClient({ attempts: 1 });
    const port = await closedPort();
    const err = (await waitForFiles({
      indexUrl: `http://127.0.0.1:${port}`,
      project: 'x',
      version: '1.0',
      timeoutSeconds: 0.2,
      initialDelayMs: 50,
      maxFailedPolls: 100,
      http,
    }).catch((e: unknown) => e)) as ActionError;
    expect(err.message).toMatch(
      /the index could not be read \(Gave up on the simple index page of x after 1 attempt: connection refused/,
    );
    expect(err.details.join('\n')).toMatch(/No poll got an answer/);
  });
});

describe('PEP 740 provenance links', () => {
  const page = 'https://pypi.example/simple/demo/';
  it('reads data-provenance from HTML and the provenance key from JSON, resolved against the page', () => {
    const html =
      '<a href="../../packages/ab/demo-1.0.tar.gz#sha256=' +
      'a'.repeat(64) +
      '" data-provenance="https://pypi.example/integrity/demo/1.0/demo-1.0.tar.gz/provenance">demo-1.0.tar.gz</a>' +
      '<a href="../../packages/cd/demo-0.9.tar.gz">demo-0.9.tar.gz</a>';
    const files = parseSimpleHtml(html, page);
    expect(files[0]?.provenance).toBe(
      'https://pypi.example/integrity/demo/1.0/demo-1.0.tar.gz/provenance',
    );
    expect(files[1]?.provenance).toBeUndefined();
    const json = parseSimpleJson(
      {
        files: [
          {
            filename: 'demo-1.0.tar.gz',
            url: 'x',
            provenance: '/integrity/demo/1.0/demo-1.0.tar.gz/provenance',
          },
          { filename: 'demo-0.9.tar.gz', url: 'y', provenance: null },
        ],
      },
      page,
    );
    expect(json[0]?.provenance).toBe(
      'https://pypi.example/integrity/demo/1.0/demo-1.0.tar.gz/provenance',
    );
    expect(json[1]?.provenance).toBeUndefined();
  });
});
