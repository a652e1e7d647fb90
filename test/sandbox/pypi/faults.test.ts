/**
 * Switchable failures: what a client's retry logic meets. Checked with
 * Node's fetch and with real pip (which retries 5xx on index pages).
 */
import { legacyUpload, makeWheel } from '../../../sandbox/pypi/dist-fixtures.js';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';
import { pip, tempDir } from '../../../sandbox/pypi/python-tools.js';

const TOKEN = 'pypi-faults-token';

describe('sandbox PyPI faults', () => {
  const tmp = tempDir('pypi-faults-');
  let pypi: PyPISandbox;
  const wheel = makeWheel({ name: 'flaky', version: '1.0.0' });
  const meta = { name: 'flaky', version: '1.0.0' };

  beforeAll(async () => {
    pypi = await startPyPI({ tokens: { [TOKEN]: {} } });
  });
  afterEach(() => pypi.faults.clear());
  afterAll(async () => {
    await pypi?.close();
    tmp.remove();
  });

  test('a 503 on uploads, twice; the attempts are on record; the third lands once', async () => {
    pypi.faults.add({ method: 'POST', path: '/legacy/', kind: 'status', status: 503, times: 2 });
    const a = await legacyUpload(pypi.uploadUrl, { token: TOKEN }, wheel, meta);
    const b = await legacyUpload(pypi.uploadUrl, { token: TOKEN }, wheel, meta);
    const c = await legacyUpload(pypi.uploadUrl, { token: TOKEN }, wheel, meta);
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(pypi.uploads.map((u) => u.status)).toEqual([503, 503, 200]);
    expect(pypi.uploads[0]?.fields.content).toEqual([wheel.filename]);
    expect(pypi.files('flaky')).toHaveLength(1);
  });

  test('429 with Retry-After', async () => {
    pypi.faults.add({ path: /^\/simple\//, kind: 'rate-limit', retryAfter: 7, times: 1 });
    const limited = await fetch(`${pypi.simpleUrl}flaky/`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await fetch(`${pypi.simpleUrl}flaky/`)).status).toBe(200);
  });

  test('a connection reset, and a request that never gets an answer', async () => {
    pypi.faults.add({ path: '/pypi/flaky/json', kind: 'reset', times: 1 });
    await expect(fetch(`${pypi.url}/pypi/flaky/json`)).rejects.toThrow();
    expect((await fetch(`${pypi.url}/pypi/flaky/json`)).status).toBe(200);

    pypi.faults.add({ path: '/pypi/flaky/json', kind: 'timeout' });
    await expect(
      fetch(`${pypi.url}/pypi/flaky/json`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow(/aborted|timeout/i);
  });

  test('faults without `times` stay until cleared; method filters apply', async () => {
    pypi.faults.add({ method: 'POST', path: '/pypi/flaky/json', kind: 'status', status: 500 });
    expect((await fetch(`${pypi.url}/pypi/flaky/json`)).status).toBe(200);
    pypi.faults.add({ path: '/pypi/flaky/json', kind: 'status', status: 502 });
    expect((await fetch(`${pypi.url}/pypi/flaky/json`)).status).toBe(502);
    expect((await fetch(`${pypi.url}/pypi/flaky/json`)).status).toBe(502);
    pypi.faults.clear();
    expect((await fetch(`${pypi.url}/pypi/flaky/json`)).status).toBe(200);
  });

  test('pip retries a 503 on the project page and still installs', async () => {
    pypi.faults.add({ path: '/simple/flaky/', kind: 'status', status: 503, times: 1 });
    const target = `${tmp.dir}/target`;
    const result = await pip(
      ['install', '--index-url', pypi.simpleUrl, '--target', target, 'flaky==1.0.0'],
      tmp.dir,
    );
    expect(result.code).toBe(0);
    const pages = pypi.requests.filter((r) => r.url === '/simple/flaky/');
    expect(pages.map((r) => r.status).slice(-2)).toEqual([503, 200]);
  });
});
