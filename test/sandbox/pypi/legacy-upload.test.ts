/**
 * The legacy upload endpoint's refusals, each with warehouse's message, sent
 * as raw multipart requests (twine would refuse to send most of these).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  legacyUpload,
  makeSdist,
  makeWheel,
  type Dist,
} from '../../../sandbox/pypi/dist-fixtures.js';
import { startPyPI, type PyPISandbox } from '../../../sandbox/pypi/index.js';
import { buildTinyProject, tempDir } from '../../../sandbox/pypi/python-tools.js';

const TOKEN = 'pypi-legacy-test-token';
const SEE = 'See https://packaging.python.org/specifications/core-metadata for more information.';

describe('legacy upload refusals', () => {
  const tmp = tempDir('pypi-legacy-');
  let pypi: PyPISandbox;
  let wheel: Dist;
  let sdist: Dist;
  const meta = { name: 'sandboxdemo', version: '0.1.0', requiresPython: '>=3.11' };
  const up = (dist: Dist, fields: Record<string, string | string[] | undefined> = {}, m = meta) =>
    legacyUpload(pypi.uploadUrl, { token: TOKEN }, dist, m, fields);

  beforeAll(async () => {
    const built = await buildTinyProject({ ...meta }, tmp.dir);
    wheel = { filename: path.basename(built.wheel), content: readFileSync(built.wheel) };
    sdist = { filename: path.basename(built.sdist), content: readFileSync(built.sdist) };
    pypi = await startPyPI({ tokens: { [TOKEN]: {} }, maxFileSize: 64 * 1024 });
  }, 120_000);

  afterAll(async () => {
    await pypi?.close();
    tmp.remove();
  });

  test('a non-PEP 440 version, and a local version, are refused', async () => {
    const bad = await up(wheel, { version: '1.0.0-foo' });
    expect(bad.status).toBe(400);
    expect(bad.reason).toBe(`'1.0.0-foo' is invalid for 'version'. ${SEE}`);
    const local = await up(wheel, { version: '0.1.0+local' });
    expect(local.reason).toBe(
      `The use of local versions in <Version('0.1.0+local')> is not allowed. ${SEE}`,
    );
    // The error page carries the message too (HTML-escaped).
    expect(local.body).toContain('&lt;Version(&#x27;0.1.0+local&#x27;)&gt;');
  });

  test('form and metadata errors, in warehouse order and wording', async () => {
    expect((await up(wheel, { metadata_version: '3.0' })).reason).toBe(
      `'3.0' is not a valid metadata version. ${SEE}`,
    );
    expect((await up(wheel, { name: '-bad-' })).reason).toBe(
      `'-bad-' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${SEE}`,
    );
    expect((await up(wheel, { filetype: 'bdist_egg' })).reason).toBe(
      'Invalid value for filetype. Error: Use a known file type.',
    );
    expect((await up(wheel, { sha256_digest: 'xyz' })).reason).toBe(
      'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.',
    );
    expect(
      (
        await up(wheel, {
          md5_digest: undefined,
          sha256_digest: undefined,
          blake2_256_digest: undefined,
        })
      ).reason,
    ).toBe('Error: Include at least one message digest.');
    expect((await up(wheel, { protocol_version: '2' })).reason).toBe('Unknown protocol version.');
    expect((await up(wheel, { content: undefined })).reason).toBe(
      'Upload payload does not have a file.',
    );
    expect((await up(wheel, { requires_python: '>=3.x' })).reason).toBe(
      `'>=3.x' is invalid for 'requires-python'. ${SEE}`,
    );
    expect(pypi.files('sandboxdemo')).toEqual([]);
  });

  test('a digest that does not match the content is refused', async () => {
    const wrong = await up(wheel, { sha256_digest: '0'.repeat(64) });
    expect(wrong.status).toBe(400);
    expect(wrong.reason).toBe(
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
    const wrongBlake = await up(wheel, { blake2_256_digest: 'f'.repeat(64) });
    expect(wrongBlake.reason).toBe(
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
  });

  test('file names must match the name and version (PEP 427 / PEP 625)', async () => {
    expect((await up(wheel, { version: '0.2.0' })).reason).toBe(
      "Version in filename should be '0.2.0' not '0.1.0'.",
    );
    expect((await up(wheel, { name: 'otherproj' })).reason).toBe(
      "Start filename for 'otherproj' with 'otherproj'.",
    );
    const renamed = { ...wheel, filename: 'SandboxDemo-0.1.0-py3-none-any.whl' };
    expect((await up(renamed)).reason).toBe(
      'Invalid distribution file. WHEEL not found at SandboxDemo-0.1.0.dist-info/WHEEL',
    );
    const misnamedSdist = { ...sdist, filename: 'sandboxdemo-0.1.1.tar.gz' };
    expect((await up(misnamedSdist)).reason).toBe(
      "Filename 'sandboxdemo-0.1.1.tar.gz' is invalid, should be 'sandboxdemo-0.1.0.tar.gz'.",
    );
    expect((await up({ ...sdist, filename: 'sandboxdemo-0.1.0.tgz' })).reason).toBe(
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    );
    expect(
      (
        await up(
          { ...wheel, filename: 'sandboxdemo-0.1.0.tar.gz' },
          { filetype: 'bdist_wheel', pyversion: 'py3' },
        )
      ).reason,
    ).toBe(
      'Invalid file extension: Extension .tar.gz is invalid for filetype bdist_wheel. See https://www.python.org/dev/peps/pep-0527 for more information.',
    );
    const platform = makeWheel({
      name: 'sandboxdemo',
      version: '0.1.0',
      tag: 'cp311-cp311-linux_x86_64',
      requiresPython: '>=3.11',
    });
    expect((await up(platform, { pyversion: 'cp311' })).reason).toBe(
      "Binary wheel 'sandboxdemo-0.1.0-cp311-cp311-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
    );
    const noRecord = makeWheel({
      name: 'sandboxdemo',
      version: '0.1.0',
      omit: ['RECORD'],
      requiresPython: '>=3.11',
    });
    expect((await up(noRecord)).reason).toBe(
      "Wheel 'sandboxdemo-0.1.0-py3-none-any.whl' does not contain the required RECORD file: sandboxdemo-0.1.0.dist-info/RECORD",
    );
    expect(pypi.files('sandboxdemo')).toEqual([]);
  });

  test("the form's Requires-Python must agree with the file's own metadata (sandbox check)", async () => {
    const dropped = await up(wheel, { requires_python: undefined });
    expect(dropped.status).toBe(400);
    expect(dropped.reason).toBe(
      "Requires-Python in the upload form ('') does not match the distribution's own metadata ('>=3.11') (sandbox check).",
    );
    expect((await up(wheel, { requires_python: '>=3.10' })).status).toBe(400);
    // Same clauses in another order and spacing are the same specifier.
    const fine = await up(
      makeWheel({ name: 'sandboxdemo', version: '0.0.9', requiresPython: '<4, >=3.11' }),
      { requires_python: '>=3.11,<4' },
      { ...meta, version: '0.0.9' },
    );
    expect(fine.status).toBe(200);
    expect(pypi.files('sandboxdemo').find((f) => f.version === '0.0.9')?.requiresPython).toBe(
      '>=3.11,<4',
    );
  });

  test('uploads land; a re-upload of the same name is refused whatever its content', async () => {
    expect((await up(wheel)).status).toBe(200);
    expect((await up(sdist)).status).toBe(200);
    const again = await up(wheel);
    expect(again.status).toBe(400);
    expect(again.reason).toMatch(
      /^File already exists \('sandboxdemo-0\.1\.0-py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. See http:\/\/127\.0\.0\.1:\d+\/help\/#file-name-reuse for more information\.$/,
    );
    const different = makeWheel({
      name: 'sandboxdemo',
      version: '0.1.0',
      requiresPython: '>=3.11',
      salt: 'x',
    });
    expect((await up(different)).reason).toMatch(
      /^File already exists \('sandboxdemo-0\.1\.0-py3-none-any\.whl'/,
    );
    expect(pypi.files('sandboxdemo').filter((f) => f.version === '0.1.0')).toHaveLength(2);
  });

  test('one sdist per release, releases keyed by canonical version', async () => {
    // 0.1 is the release 0.1.0 already has (canonical comparison).
    const other = await makeSdist({
      name: 'sandboxdemo',
      version: '0.1',
      requiresPython: '>=3.11',
      salt: 'second',
    });
    const second = await up(other, {}, { ...meta, version: '0.1' });
    expect(second.reason).toBe('Only one sdist may be uploaded per release.');
    const wheelOfOneOh = makeWheel({
      name: 'sandboxdemo',
      version: '0.1',
      requiresPython: '>=3.11',
      tag: 'py311-none-any',
    });
    expect(
      (await up(wheelOfOneOh, { pyversion: 'py311' }, { ...meta, version: '0.1' })).status,
    ).toBe(200);
    const files = pypi.files('sandboxdemo').filter((f) => f.version === '0.1.0');
    expect(files.map((f) => f.filename).sort()).toEqual([
      'sandboxdemo-0.1-py311-none-any.whl',
      'sandboxdemo-0.1.0-py3-none-any.whl',
      'sandboxdemo-0.1.0.tar.gz',
    ]);
  });

  test('size limit, credentials, and the /legacy redirect', async () => {
    const big = makeWheel({ name: 'sandboxdemo', version: '0.3.0', requiresPython: '>=3.11' });
    const bigFile = { ...big, content: Buffer.concat([big.content, Buffer.alloc(65_536)]) };
    const tooBig = await up(bigFile, {}, { ...meta, version: '0.3.0' });
    expect(tooBig.reason).toBe(
      "File too large. Limit for project 'sandboxdemo' is 0.063 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
    );
    const noAuth = await legacyUpload(pypi.uploadUrl, undefined, wheel, meta);
    expect(noAuth.status).toBe(403);
    expect(noAuth.reason).toMatch(
      /^Invalid or non-existent authentication information\. See http:\/\/127\.0\.0\.1:\d+\/help\/#invalid-auth for more information\.$/,
    );
    const password = await legacyUpload(
      pypi.uploadUrl,
      { user: 'alice', token: 'hunter2' },
      wheel,
      meta,
    );
    expect(password.status).toBe(403);
    expect(password.reason).toMatch(/^Username\/Password authentication is no longer supported\./);
    const redirect = await legacyUpload(
      pypi.uploadUrl.replace(/\/$/, ''),
      { token: TOKEN },
      wheel,
      meta,
    );
    expect(redirect.status).toBe(308);
    // Every attempt is on record, with the status it got.
    expect(pypi.uploads.length).toBeGreaterThan(20);
    expect(pypi.uploads.at(-1)?.status).toBe(403);
    expect(pypi.uploads.at(-1)?.fields.content).toEqual([wheel.filename]);
  });

  test('with identicalReupload: accept, a byte-identical re-upload is a silent 200 (warehouse today)', async () => {
    const lenient = await startPyPI({ tokens: { [TOKEN]: {} }, identicalReupload: 'accept' });
    try {
      const first = await legacyUpload(lenient.uploadUrl, { token: TOKEN }, wheel, meta);
      const second = await legacyUpload(lenient.uploadUrl, { token: TOKEN }, wheel, meta);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(lenient.files('sandboxdemo')).toHaveLength(1);
      const changed = makeWheel({
        name: 'sandboxdemo',
        version: '0.1.0',
        requiresPython: '>=3.11',
        salt: 'z',
      });
      expect((await legacyUpload(lenient.uploadUrl, { token: TOKEN }, changed, meta)).status).toBe(
        400,
      );
    } finally {
      await lenient.close();
    }
  });
});
