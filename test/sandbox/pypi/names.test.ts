/**
 * Names, versions, file names and BLAKE2b against CPython and the
 * `packaging` library (what warehouse itself runs) as oracles.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { blake2bHex } from '../../../sandbox/pypi/blake2b.js';
import {
  InvalidFilename,
  normalizeName,
  parseSdistFilename,
  parseVersion,
  parseWheelFilename,
  pyRepr,
} from '../../../sandbox/pypi/names.js';
import { readTarSync } from '../../../sandbox/pypi/tar.js';
import { PIP_PYTHON } from '../../../sandbox/pypi/python-tools.js';
import { selectContentType } from '../../../sandbox/pypi/simple.js';

/** Runs `code` with the JSON `input` on stdin under python3 (packaging 2x installed). */
function python<T>(code: string, input: unknown): T {
  const out = execFileSync(
    PIP_PYTHON,
    ['-c', `import json,sys\ndata=json.load(sys.stdin)\n${code}`],
    {
      input: JSON.stringify(input),
    },
  );
  return JSON.parse(out.toString()) as T;
}

describe('names and versions (oracle: packaging)', () => {
  test('PEP 503 normalisation and repr()', () => {
    const names = ['Sandbox.Demo', 'molecule_ai-Workspace--runtime', 'A', 'x___y...z'];
    const expected = python<string[]>(
      'from packaging.utils import canonicalize_name\nprint(json.dumps([canonicalize_name(n) for n in data]))',
      names,
    );
    expect(names.map(normalizeName)).toEqual(expected);
    const texts = [
      'plain',
      "it's",
      'say "hi"',
      `both ' and "`,
      'tab\there\nnewline',
      'back\\slash',
      '\x01ctl',
    ];
    expect(texts.map(pyRepr)).toEqual(
      python<string[]>('print(json.dumps([repr(t) for t in data]))', texts),
    );
  });

  test('version normalisation and canonical form', () => {
    const versions = [
      '1.0.0',
      '1.0',
      '1',
      'v1.2',
      '1.0.0-RC1',
      '1.0.0.post2.dev3',
      '1!2.0',
      '0.0',
      '2.0a1',
      '1.0-1',
      '1.0.0+Local.7',
      '1.10.0',
    ];
    const expected = python<Array<[string, string]>>(
      'from packaging.version import Version\nfrom packaging.utils import canonicalize_version\n' +
        'print(json.dumps([[str(Version(v)), canonicalize_version(v)] for v in data]))',
      versions,
    );
    expect(versions.map((v) => [parseVersion(v)?.normalized, parseVersion(v)?.canonical])).toEqual(
      expected,
    );
    expect(parseVersion('1.0.0-foo')).toBeUndefined();
    expect(parseVersion('latest')).toBeUndefined();
  });

  test('wheel and sdist file names, including the error messages', () => {
    const wheels = [
      'sandbox_demo-0.1.0-py3-none-any.whl',
      'Sandbox.Demo-0.1.0-1-py3-none-any.whl',
      'pkg-1.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'pkg-1.0-any.whl',
      'pkg__x-1.0-py3-none-any.whl',
      'pkg-notaversion-py3-none-any.whl',
      'pkg-1.0-x1-py3-none-any.whl',
      'pkg-1.0-py3-none-any.zip',
    ];
    const expected = python<Array<[string, string] | [null, string]>>(
      'from packaging.utils import parse_wheel_filename\nout=[]\nfor f in data:\n' +
        '    try:\n        n,v,b,t=parse_wheel_filename(f); out.append([n,str(v)])\n' +
        '    except Exception as e: out.append([None,str(e)])\nprint(json.dumps(out))',
      wheels,
    );
    const ours = wheels.map((f) => {
      try {
        const w = parseWheelFilename(f);
        return [w.name, w.version.normalized];
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidFilename);
        return [null, (e as Error).message];
      }
    });
    expect(ours).toEqual(expected);
    const sdists = [
      'sandbox_demo-0.1.0.tar.gz',
      'sandbox-demo-0.1.0.tar.gz',
      'x-1.0.zip',
      'nodash.tar.gz',
      'x-bad.tar.gz',
      'x-1.0.tgz',
    ];
    const expectedSdists = python<Array<[string | null, string]>>(
      'from packaging.utils import parse_sdist_filename\nout=[]\nfor f in data:\n' +
        '    try:\n        n,v=parse_sdist_filename(f); out.append([n,str(v)])\n' +
        '    except Exception as e: out.append([None,str(e)])\nprint(json.dumps(out))',
      sdists,
    );
    const oursSdists = sdists.map((f) => {
      try {
        const s = parseSdistFilename(f);
        return [s.name, s.version.normalized];
      } catch (e) {
        return [null, (e as Error).message];
      }
    });
    expect(oursSdists).toEqual(expectedSdists);
  });
});

describe('BLAKE2b-256 (oracle: hashlib)', () => {
  test('matches hashlib.blake2b(digest_size=32) across block boundaries', () => {
    const lengths = [0, 1, 64, 127, 128, 129, 255, 256, 257, 1000, 70_000];
    const data = lengths.map((n) => Buffer.alloc(n, 0).map((_, i) => (i * 31 + 7) % 256));
    const expected = python<string[]>(
      'import hashlib\nprint(json.dumps([hashlib.blake2b(bytes(((i*31+7)%256) for i in range(n)),digest_size=32).hexdigest() for n in data]))',
      lengths,
    );
    expect(data.map((d) => blake2bHex(d))).toEqual(expected);
    expect(blake2bHex(Buffer.from('abc'), 64)).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    );
  });
});

describe('synchronous tar reader (oracle: tar-stream and CPython tarfile)', () => {
  test('reads pax long names and file bytes', async () => {
    const pack = tar.pack();
    const long = `top-1.0/${'deep/'.repeat(30)}file.txt`;
    pack.entry({ name: 'top-1.0/', type: 'directory' });
    pack.entry({ name: 'top-1.0/PKG-INFO' }, 'Metadata-Version: 2.1\n');
    pack.entry({ name: long }, 'x'.repeat(1000));
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const c of pack) chunks.push(c as Buffer);
    const members = readTarSync(Buffer.concat(chunks));
    expect(members.map((m) => [m.name, m.type, m.data?.length])).toEqual([
      ['top-1.0', 'directory', undefined],
      ['top-1.0/PKG-INFO', 'file', 22],
      [long, 'file', 1000],
    ]);
    const gz = gzipSync(Buffer.concat(chunks));
    const names = python<string[]>(
      'import tarfile,io,base64\nt=tarfile.open(fileobj=io.BytesIO(base64.b64decode(data)),mode="r:gz")\nprint(json.dumps(t.getnames()))',
      gz.toString('base64'),
    );
    expect(members.map((m) => m.name)).toEqual(names);
    expect(() => readTarSync(Buffer.from('not a tar at all'.repeat(64)))).toThrow();
  });
});

describe('simple API content negotiation', () => {
  const both: Array<'json' | 'html'> = ['json', 'html'];
  test.each([
    [undefined, 'text/html'],
    ['*/*', 'text/html'],
    ['application/vnd.pypi.simple.v1+json', 'application/vnd.pypi.simple.v1+json'],
    ['application/vnd.pypi.simple.latest+html', 'application/vnd.pypi.simple.v1+html'],
    ['text/html;q=0.5, application/vnd.pypi.simple.v1+json;q=0.4', 'text/html'],
    ['application/vnd.pypi.simple.v1+json;q=0, */*;q=0.1', 'text/html'],
    ['application/json', 'text/html'],
  ])('Accept %p → %p', (accept, type) => {
    expect(selectContentType(accept, null, both)?.contentType).toBe(type);
  });
});
