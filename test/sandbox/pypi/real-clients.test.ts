/**
 * The sandbox index against clients nobody here wrote: distributions built
 * by setuptools (`python3 -m build`), uploaded by Debian's twine 4.0.2,
 * installed and downloaded by pip 23.2 (which asks for PEP 691 JSON first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';
import {
  buildTinyProject,
  cleanPythonEnv,
  pip,
  PIP_PYTHON,
  run,
  tempDir,
  twineUpload,
  type BuiltDists,
} from '../../../sandbox/pypi/python-tools.js';

const TOKEN = 'pypi-sandbox-user-token-0001';
const SCOPED_ELSEWHERE = 'pypi-sandbox-scoped-token-0002';

/** Digests by CPython's hashlib, not by the sandbox's own code. */
function pythonDigests(file: string): { sha256: string; blake2_256: string } {
  const out = execFileSync(PIP_PYTHON, [
    '-c',
    'import hashlib,sys;d=open(sys.argv[1],"rb").read();print(hashlib.sha256(d).hexdigest(),hashlib.blake2b(d,digest_size=32).hexdigest())',
    file,
  ])
    .toString()
    .trim()
    .split(' ');
  return { sha256: out[0] as string, blake2_256: out[1] as string };
}

describe('sandbox PyPI with real twine and pip', () => {
  const tmp = tempDir('pypi-real-');
  let pypi: PyPISandbox;
  let demo: BuiltDists;
  let hyphenated: BuiltDists;
  let future: BuiltDists;

  beforeAll(async () => {
    // Sequential: the machine's two cores are shared.
    demo = await buildTinyProject(
      { name: 'sandboxdemo', version: '0.1.0', requiresPython: '>=3.11' },
      tmp.dir,
    );
    hyphenated = await buildTinyProject(
      { name: 'sandbox-demo', version: '0.2.0', requiresPython: '>=3.11' },
      tmp.dir,
    );
    future = await buildTinyProject(
      { name: 'sandboxfuture', version: '1.0.0', requiresPython: '>=3.12' },
      tmp.dir,
    );
    pypi = await startPyPI({
      tokens: { [TOKEN]: {}, [SCOPED_ELSEWHERE]: { projects: ['someone-else'] } },
    });
  }, 180_000);

  afterAll(async () => {
    await pypi?.close();
    tmp.remove();
  });

  test('twine uploads a wheel and an sdist; the index records what twine sent', async () => {
    const result = await twineUpload(pypi.uploadUrl, TOKEN, [demo.wheel, demo.sdist], tmp.dir);
    expect(result.output).toContain('Uploading sandboxdemo-0.1.0-py3-none-any.whl');
    expect(result.code).toBe(0);

    const files = pypi.files('sandboxdemo');
    expect(files.map((f) => f.filename).sort()).toEqual([
      'sandboxdemo-0.1.0-py3-none-any.whl',
      'sandboxdemo-0.1.0.tar.gz',
    ]);
    for (const f of files) {
      const local = path.join(path.dirname(demo.wheel), f.filename);
      expect(f.sha256).toBe(pythonDigests(local).sha256);
      expect(f.size).toBe(readFileSync(local).length);
      expect(f.requiresPython).toBe('>=3.11');
      expect(f.version).toBe('0.1.0');
    }
    const wheelUpload = pypi.uploads.find((u) => u.filename.endsWith('.whl'))!;
    expect(wheelUpload.status).toBe(200);
    expect(wheelUpload.fields[':action']).toEqual(['file_upload']);
    expect(wheelUpload.fields.protocol_version).toEqual(['1']);
    expect(wheelUpload.fields.content).toEqual(['sandboxdemo-0.1.0-py3-none-any.whl']);
    expect(wheelUpload.fields.filetype).toEqual(['bdist_wheel']);
    expect(wheelUpload.fields.metadata_version).toEqual(['2.1']);
    expect(wheelUpload.fields.requires_python).toEqual(['>=3.11']);
    expect(wheelUpload.fields.blake2_256_digest).toEqual([pythonDigests(demo.wheel).blake2_256]);
  });

  test('a re-upload gets 400 File already exists with the blake2_256 hash; --skip-existing accepts that', async () => {
    const again = await twineUpload(pypi.uploadUrl, TOKEN, [demo.wheel], tmp.dir);
    expect(again.code).not.toBe(0);
    const b2 = pythonDigests(demo.wheel).blake2_256;
    // twine shows the status, then warehouse's message (the reason phrase).
    expect(again.flat).toContain(
      `HTTPError: 400 Bad Request from ${pypi.uploadUrl} File already exists ('sandboxdemo-0.1.0-py3-none-any.whl', with blake2_256 hash '${b2}'). See `,
    );
    const skip = await twineUpload(pypi.uploadUrl, TOKEN, [demo.wheel], tmp.dir, [
      '--skip-existing',
    ]);
    expect(skip.code).toBe(0);
    expect(skip.output).toMatch(
      /Skipping sandboxdemo-0\.1\.0-py3-none-any\.whl because it appears to already exist/,
    );
    expect(pypi.files('sandboxdemo')).toHaveLength(2);
  });

  test('pip installs the upload from the simple index, negotiating PEP 691 JSON', async () => {
    const target = path.join(tmp.dir, 'target-json');
    const result = await pip(
      [
        'install',
        '--index-url',
        pypi.simpleUrl,
        '--no-cache-dir',
        '--target',
        target,
        'sandboxdemo==0.1.0',
      ],
      tmp.dir,
    );
    expect(result.output).toContain('Successfully installed sandboxdemo-0.1.0');
    expect(result.code).toBe(0);
    expect(existsSync(path.join(target, 'sandboxdemo', '__init__.py'))).toBe(true);
    const imported = await run(
      PIP_PYTHON,
      ['-c', 'import sandboxdemo; print(sandboxdemo.VERSION)'],
      {
        env: { ...cleanPythonEnv(tmp.dir), PYTHONPATH: target },
      },
    );
    expect(imported.stdout.trim()).toBe('0.1.0');
    const page = pypi.requests.find((r) => r.url === '/simple/sandboxdemo/');
    expect(page?.accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
    expect(page?.contentType).toBe('application/vnd.pypi.simple.v1+json');
    expect(page?.status).toBe(200);
    // pip fetched the PEP 658 metadata, then the wheel itself.
    expect(
      pypi.requests.some(
        (r) => r.url.endsWith('sandboxdemo-0.1.0-py3-none-any.whl.metadata') && r.status === 200,
      ),
    ).toBe(true);
    expect(
      pypi.requests.some(
        (r) => r.url.endsWith('sandboxdemo-0.1.0-py3-none-any.whl') && r.status === 200,
      ),
    ).toBe(true);
  });

  test('pip download works from an index that only speaks PEP 503 HTML', async () => {
    const html = await startPyPI({ simpleFormats: ['html'] });
    try {
      html.seed('sandboxdemo', [
        { filename: path.basename(demo.wheel), content: readFileSync(demo.wheel) },
        { filename: path.basename(demo.sdist), content: readFileSync(demo.sdist) },
      ]);
      html.seed('sandboxfuture', [
        { filename: path.basename(future.wheel), content: readFileSync(future.wheel) },
      ]);
      const dest = path.join(tmp.dir, 'download-html');
      const ok = await pip(
        ['download', '--index-url', html.simpleUrl, '--no-deps', '-d', dest, 'sandboxdemo==0.1.0'],
        tmp.dir,
      );
      expect(ok.code).toBe(0);
      expect(existsSync(path.join(dest, 'sandboxdemo-0.1.0-py3-none-any.whl'))).toBe(true);
      const page = html.requests.find((r) => r.url === '/simple/sandboxdemo/');
      // pip's Accept ranks v1+html (q=0.1) above text/html (q=0.01).
      expect(page?.contentType).toBe('application/vnd.pypi.simple.v1+html');
      // data-requires-python in HTML is honoured too.
      const refused = await pip(
        [
          'download',
          '--index-url',
          html.simpleUrl,
          '--no-deps',
          '-d',
          dest,
          'sandboxfuture==1.0.0',
        ],
        tmp.dir,
      );
      expect(refused.code).not.toBe(0);
      expect(refused.output).toContain(
        'Could not find a version that satisfies the requirement sandboxfuture==1.0.0 (from versions: none)',
      );
    } finally {
      await html.close();
    }
  });

  test('pip download in JSON form fetches the very bytes twine uploaded', async () => {
    const dest = path.join(tmp.dir, 'download-json');
    const before = pypi.requests.length;
    const ok = await pip(
      ['download', '--index-url', pypi.simpleUrl, '--no-deps', '-d', dest, 'sandboxdemo==0.1.0'],
      tmp.dir,
    );
    expect(ok.code).toBe(0);
    const got = readFileSync(path.join(dest, 'sandboxdemo-0.1.0-py3-none-any.whl'));
    expect(got.equals(readFileSync(demo.wheel))).toBe(true);
    const page = pypi.requests.slice(before).find((r) => r.url === '/simple/sandboxdemo/');
    expect(page?.contentType).toBe('application/vnd.pypi.simple.v1+json');
  });

  test("a release whose Requires-Python excludes the interpreter gets pip's 'from versions: none'", async () => {
    const up = await twineUpload(pypi.uploadUrl, TOKEN, [future.wheel], tmp.dir);
    expect(up.code).toBe(0);
    const target = path.join(tmp.dir, 'target-future');
    const refused = await pip(
      ['install', '--index-url', pypi.simpleUrl, '--target', target, 'sandboxfuture==1.0.0'],
      tmp.dir,
    );
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'ERROR: Could not find a version that satisfies the requirement sandboxfuture==1.0.0 (from versions: none)',
    );
    // The file is there: only Requires-Python kept pip away.
    const forced = await pip(
      [
        'install',
        '--index-url',
        pypi.simpleUrl,
        '--ignore-requires-python',
        '--target',
        target,
        'sandboxfuture==1.0.0',
      ],
      tmp.dir,
    );
    expect(forced.code).toBe(0);
  });

  test("setuptools 66's non-normalised sdist name is refused (PEP 625); its wheel is accepted", async () => {
    expect(path.basename(hyphenated.sdist)).toBe('sandbox-demo-0.2.0.tar.gz');
    const sdist = await twineUpload(pypi.uploadUrl, TOKEN, [hyphenated.sdist], tmp.dir);
    expect(sdist.code).not.toBe(0);
    expect(sdist.flat).toContain(
      `400 Bad Request from ${pypi.uploadUrl} Filename 'sandbox-demo-0.2.0.tar.gz' is invalid, should be 'sandbox_demo-0.2.0.tar.gz'.`,
    );
    const wheel = await twineUpload(pypi.uploadUrl, TOKEN, [hyphenated.wheel], tmp.dir);
    expect(wheel.code).toBe(0);
    expect(pypi.files('Sandbox_Demo').map((f) => f.filename)).toEqual([
      'sandbox_demo-0.2.0-py3-none-any.whl',
    ]);
  });

  test('bad or out-of-scope credentials get 403 with PyPI’s wording', async () => {
    const wrong = await twineUpload(pypi.uploadUrl, 'pypi-not-a-token', [demo.wheel], tmp.dir);
    expect(wrong.code).not.toBe(0);
    expect(wrong.flat).toContain(
      `403 Forbidden from ${pypi.uploadUrl} Invalid or non-existent authentication information.`,
    );
    const scoped = await twineUpload(pypi.uploadUrl, SCOPED_ELSEWHERE, [hyphenated.sdist], tmp.dir);
    expect(scoped.code).not.toBe(0);
    expect(scoped.flat).toContain(
      `403 Forbidden from ${pypi.uploadUrl} Invalid API Token: project-scoped token is not valid for project: 'sandbox-demo'`,
    );
    // Secrets handed to twine never come back in the index's answers.
    expect(
      pypi.uploads.every(
        (u) => !u.message.includes(TOKEN) && !u.message.includes(SCOPED_ELSEWHERE),
      ),
    ).toBe(true);
  });
});
