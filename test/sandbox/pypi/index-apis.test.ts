/**
 * The read side: simple index (PEP 503 / 691 / 700), JSON API, downloads,
 * propagation delay, seeding.
 */
import { createHash } from 'node:crypto';
import { legacyUpload, makeSdist, makeWheel } from '../../../sandbox/pypi/dist-fixtures.js';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';

const TOKEN = 'pypi-index-test-token';
const JSON_V1 = 'application/vnd.pypi.simple.v1+json';

async function get(url: string, accept?: string) {
  const res = await fetch(url, { headers: accept ? { Accept: accept } : {}, redirect: 'manual' });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    location: res.headers.get('location'),
    text: await res.text(),
  };
}

interface SimpleJson {
  meta: { 'api-version': string; '_last-serial': number };
  name: string;
  versions: string[];
  files: Array<{
    filename: string;
    url: string;
    hashes: { sha256: string };
    'requires-python': string | null;
    size: number;
    'upload-time': string;
    'core-metadata': false | { sha256: string };
    yanked: boolean;
  }>;
}

describe('simple index and JSON API', () => {
  let pypi: PyPISandbox;
  const wheel = makeWheel({ name: 'Sandbox.Demo', version: '0.1.0', requiresPython: '>=3.11' });
  const meta = { name: 'Sandbox.Demo', version: '0.1.0', requiresPython: '>=3.11' };

  beforeAll(async () => {
    pypi = await startPyPI({ tokens: { [TOKEN]: {} } });
    expect((await legacyUpload(pypi.uploadUrl, { token: TOKEN }, wheel, meta)).status).toBe(200);
    const sdist = await makeSdist({
      name: 'Sandbox.Demo',
      version: '0.1.0',
      requiresPython: '>=3.11',
    });
    expect((await legacyUpload(pypi.uploadUrl, { token: TOKEN }, sdist, meta)).status).toBe(200);
    const rc = makeWheel({ name: 'Sandbox.Demo', version: '0.2.0rc1', requiresPython: '>=3.11' });
    expect(
      (await legacyUpload(pypi.uploadUrl, { token: TOKEN }, rc, { ...meta, version: '0.2.0rc1' }))
        .status,
    ).toBe(200);
  });

  afterAll(() => pypi?.close());

  test('non-normalised names and missing slashes redirect to the PEP 503 URL', async () => {
    const a = await get(`${pypi.simpleUrl}Sandbox_Demo/`);
    expect(a.status).toBe(301);
    expect(a.location).toBe(`${pypi.url}/simple/sandbox-demo/`);
    const b = await get(`${pypi.url}/simple/sandbox-demo`);
    expect(b.status).toBe(301);
    expect(b.location).toBe(`${pypi.url}/simple/sandbox-demo/`);
    expect((await get(`${pypi.simpleUrl}no-such-project/`)).status).toBe(404);
  });

  test('PEP 691 JSON: files with hashes, requires-python, size, upload-time; versions', async () => {
    const res = await get(`${pypi.simpleUrl}sandbox-demo/`, JSON_V1);
    expect(res.type).toBe(JSON_V1);
    const doc = JSON.parse(res.text) as SimpleJson;
    expect(doc.meta['api-version']).toBe('1.1');
    expect(doc.name).toBe('sandbox-demo');
    expect(doc.versions).toEqual(['0.1.0', '0.2.0rc1']);
    expect(doc.files.map((f) => f.filename)).toEqual([
      'sandbox_demo-0.1.0-py3-none-any.whl',
      'sandbox_demo-0.1.0.tar.gz',
      'sandbox_demo-0.2.0rc1-py3-none-any.whl',
    ]);
    for (const f of doc.files) {
      expect(f['requires-python']).toBe('>=3.11');
      expect(f['upload-time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      const body = Buffer.from(await (await fetch(f.url)).arrayBuffer());
      expect(body.length).toBe(f.size);
      expect(createHash('sha256').update(body).digest('hex')).toBe(f.hashes.sha256);
      if (f.filename.endsWith('.whl')) {
        // PEP 658: the METADATA file, with the advertised hash.
        const m = Buffer.from(await (await fetch(`${f.url}.metadata`)).arrayBuffer());
        expect(m.toString()).toContain('Requires-Python: >=3.11');
        expect(f['core-metadata']).toEqual({
          sha256: createHash('sha256').update(m).digest('hex'),
        });
      } else {
        expect(f['core-metadata']).toBe(false);
      }
    }
    expect(doc.files[0]?.url).toBe(
      `${pypi.url}/packages/${doc.files[0]?.url.split('/packages/')[1]}`,
    );
  });

  test('PEP 503 HTML: escaped data-requires-python and #sha256 fragments; negotiation by Accept and ?format=', async () => {
    const html = await get(`${pypi.simpleUrl}sandbox-demo/`);
    expect(html.type).toBe('text/html');
    expect(html.text).toContain('<meta name="pypi:repository-version" content="1.1">');
    expect(html.text).toMatch(
      /<a href="http:\/\/127\.0\.0\.1:\d+\/packages\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{60}\/sandbox_demo-0\.1\.0\.tar\.gz#sha256=[0-9a-f]{64}" data-requires-python="&gt;=3\.11">sandbox_demo-0\.1\.0\.tar\.gz<\/a><br \/>/,
    );
    // pip's own Accept header picks JSON; a browser's gets HTML.
    const pipAccept =
      'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';
    expect((await get(`${pypi.simpleUrl}sandbox-demo/`, pipAccept)).type).toBe(JSON_V1);
    expect(
      (await get(`${pypi.simpleUrl}sandbox-demo/`, 'text/html,application/xhtml+xml,*/*;q=0.8'))
        .type,
    ).toBe('text/html');
    expect(
      (await get(`${pypi.simpleUrl}sandbox-demo/`, 'application/vnd.pypi.simple.latest+json')).type,
    ).toBe(JSON_V1);
    expect(
      (await get(`${pypi.simpleUrl}sandbox-demo/?format=${encodeURIComponent(JSON_V1)}`)).type,
    ).toBe(JSON_V1);
    const root = JSON.parse((await get(pypi.simpleUrl, JSON_V1)).text) as {
      projects: Array<{ name: string }>;
    };
    expect(root.projects.map((p) => p.name)).toEqual(['Sandbox.Demo']);
    expect((await get(pypi.simpleUrl)).text).toContain(
      '<a href="/simple/sandbox-demo/">Sandbox.Demo</a>',
    );
  });

  test('an index without HTML answers 406 to a client that only takes HTML', async () => {
    const jsonOnly = await startPyPI({ simpleFormats: ['json'] });
    try {
      expect((await get(jsonOnly.simpleUrl, 'text/html')).status).toBe(406);
      expect((await get(jsonOnly.simpleUrl, JSON_V1)).status).toBe(200);
    } finally {
      await jsonOnly.close();
    }
  });

  test('JSON API: latest stable release in info, every release, per-version documents, 404s', async () => {
    const res = await get(`${pypi.url}/pypi/Sandbox.Demo/json`);
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.text);
    expect(doc.info.name).toBe('Sandbox.Demo');
    expect(doc.info.version).toBe('0.1.0');
    expect(doc.info.requires_python).toBe('>=3.11');
    expect(Object.keys(doc.releases).sort()).toEqual(['0.1.0', '0.2.0rc1']);
    expect(doc.urls.map((u: { packagetype: string }) => u.packagetype).sort()).toEqual([
      'bdist_wheel',
      'sdist',
    ]);
    const u = doc.urls[0];
    expect(u.digests.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(u.upload_time_iso_8601).toMatch(/Z$/);
    expect(u.requires_python).toBe('>=3.11');
    const rc = JSON.parse((await get(`${pypi.url}/pypi/Sandbox.Demo/0.2.0rc1/json`)).text);
    expect(rc.info.version).toBe('0.2.0rc1');
    expect(rc.releases).toBeUndefined();
    // Another spelling of the same version finds the same release.
    expect((await get(`${pypi.url}/pypi/Sandbox.Demo/0.2.0-rc.1/json`)).status).toBe(200);
    const renamed = await get(`${pypi.url}/pypi/sandbox-demo/json`);
    expect(renamed.status).toBe(301);
    expect(renamed.location).toBe(`${pypi.url}/pypi/Sandbox.Demo/json`);
    const missing = await get(`${pypi.url}/pypi/nothing-here/json`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ message: 'Not Found' });
    expect((await get(`${pypi.url}/pypi/Sandbox.Demo/9.9.9/json`)).status).toBe(404);
  });

  test('propagationDelayMs hides new files from /simple/ and the JSON API, not from downloads', async () => {
    const slow = await startPyPI({ tokens: { [TOKEN]: {} }, propagationDelayMs: 600 });
    try {
      slow.seed('laggy', [
        {
          filename: 'laggy-1.0.0-py3-none-any.whl',
          content: makeWheel({ name: 'laggy', version: '1.0.0' }).content,
        },
      ]);
      // Seeded releases exist already.
      let doc = JSON.parse((await get(`${slow.simpleUrl}laggy/`, JSON_V1)).text) as SimpleJson;
      expect(doc.versions).toEqual(['1.0.0']);
      const next = makeWheel({ name: 'laggy', version: '1.1.0' });
      expect(
        (
          await legacyUpload(slow.uploadUrl, { token: TOKEN }, next, {
            name: 'laggy',
            version: '1.1.0',
          })
        ).status,
      ).toBe(200);
      doc = JSON.parse((await get(`${slow.simpleUrl}laggy/`, JSON_V1)).text) as SimpleJson;
      expect(doc.versions).toEqual(['1.0.0']);
      expect((await get(`${slow.url}/pypi/laggy/1.1.0/json`)).status).toBe(404);
      expect(JSON.parse((await get(`${slow.url}/pypi/laggy/json`)).text).info.version).toBe(
        '1.0.0',
      );
      // A brand-new project is a 404 until it propagates.
      const fresh = makeWheel({ name: 'brandnew', version: '0.0.1' });
      expect(
        (
          await legacyUpload(slow.uploadUrl, { token: TOKEN }, fresh, {
            name: 'brandnew',
            version: '0.0.1',
          })
        ).status,
      ).toBe(200);
      expect((await get(`${slow.simpleUrl}brandnew/`)).status).toBe(404);
      expect(slow.files('brandnew')).toHaveLength(1);
      // Downloads work at once (the URL is content-addressed by BLAKE2b-256).
      const { blake2bHex } = await import('../../../sandbox/pypi/blake2b.js');
      const b2 = blake2bHex(next.content);
      const dl = await fetch(
        `${slow.url}/packages/${b2.slice(0, 2)}/${b2.slice(2, 4)}/${b2.slice(4)}/${next.filename}`,
      );
      expect(dl.status).toBe(200);
      await new Promise((r) => setTimeout(r, 700));
      doc = JSON.parse((await get(`${slow.simpleUrl}laggy/`, JSON_V1)).text) as SimpleJson;
      expect(doc.versions).toEqual(['1.0.0', '1.1.0']);
      expect(JSON.parse((await get(`${slow.url}/pypi/laggy/json`)).text).info.version).toBe(
        '1.1.0',
      );
      expect((await get(`${slow.simpleUrl}brandnew/`)).status).toBe(200);
    } finally {
      await slow.close();
    }
  });
});
