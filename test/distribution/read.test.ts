/**
 * The one distribution reader in its two modes: strict for what we publish,
 * lenient for what we are given or download. Hand-made archives for the
 * shapes a build backend never writes; real artifacts from setuptools
 * (`python3 -m build`) and from our own writers, read against CPython's
 * zipfile + email.parser as the oracle.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parseFilename } from '../../packages/distribution/names.js';
import {
  parseSdist,
  parseWheel,
  readCoreMetadataFile,
  readWheel,
  type ReadMode,
} from '../../packages/distribution/read.js';
import { buildSdist } from '../../packages/distribution/sdist.js';
import { buildWheel } from '../../packages/distribution/wheel.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { readWheel as smokeView } from '../../packages/smoke/wheel.js';
import {
  buildSample,
  distFiles,
  SYSTEM_PYTHON,
  tempDir,
} from '../../sandbox/samples/distributions.js';
import { sample } from './fixture.js';

const META = 'Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n';
const WHEEL = 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n';
const FILE = 'demo-1.0-py3-none-any.whl';

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]),
    ),
  );
}

const good = (extra: Record<string, string | Uint8Array> = {}): Uint8Array =>
  zip({
    'demo/__init__.py': 'X = 1\n',
    'demo-1.0.dist-info/METADATA': META,
    'demo-1.0.dist-info/WHEEL': WHEEL,
    ...extra,
  });

function failure(f: () => unknown): ActionError {
  try {
    f();
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseWheel: strict for what we publish, lenient for what we are given', () => {
  it('reads a well-formed wheel the same in both modes; only strict checks RECORD', () => {
    const strict = parseWheel(good(), FILE);
    const lenient = parseWheel(good(), FILE, 'lenient');
    for (const w of [strict, lenient]) {
      expect(w.distInfo).toBe('demo-1.0.dist-info');
      expect(w.metadata.get('Name')).toBe('demo');
      expect(w.wheel.get('Tag')).toBe('py3-none-any');
      expect(w.topLevel).toEqual(['demo']);
    }
    expect(strict.mode).toBe('strict');
    expect(strict.recordProblems).toEqual([expect.stringContaining('RECORD')]);
    expect(lenient.mode).toBe('lenient');
    expect(lenient.recordProblems).toBeUndefined();
  });

  it('a file name that does not match the metadata folder: strict refuses, lenient reads', () => {
    expect(failure(() => parseWheel(good(), 'renamed.whl')).message).toBe(
      'renamed.whl: its metadata folder demo-1.0.dist-info does not match the file name.',
    );
    expect(parseWheel(good(), 'renamed.whl', 'lenient').metadata.get('Version')).toBe('1.0');
  });

  it('no WHEEL file: strict refuses, lenient reads it as no headers', () => {
    const data = zip({ 'demo-1.0.dist-info/METADATA': META, 'demo.py': '' });
    expect(failure(() => parseWheel(data, FILE)).message).toBe(
      `${FILE} lacks demo-1.0.dist-info/WHEEL.`,
    );
    const w = parseWheel(data, FILE, 'lenient');
    expect(w.wheel.headers).toEqual([]);
    expect(w.topLevel).toEqual(['demo']);
  });

  it('a METADATA line that is no header: strict refuses, lenient starts the body there (email.parser)', () => {
    const data = good({ 'demo-1.0.dist-info/METADATA': `${META}not a header\nmore\n` });
    expect(() => parseWheel(data, FILE)).toThrow(/not a metadata header line/);
    expect(parseWheel(data, FILE, 'lenient').metadata.body).toBe('not a header\nmore\n');
  });

  it('METADATA that is not UTF-8: strict refuses, lenient replaces the bad bytes', () => {
    const bad = new Uint8Array([...strToU8(`${META}Summary: caf`), 0xe9, 0x0a]);
    const data = good({ 'demo-1.0.dist-info/METADATA': bad });
    expect(() => parseWheel(data, FILE)).toThrow(/not valid for encoding utf-8/);
    expect(parseWheel(data, FILE, 'lenient').metadata.get('Summary')).toBe('caf\uFFFD');
  });

  it('two metadata folders: strict refuses; lenient takes the one named as the file, else refuses', () => {
    const data = good({ 'other-2.0.dist-info/METADATA': 'Name: other\nVersion: 2.0\n' });
    expect(failure(() => parseWheel(data, FILE)).message).toBe(
      `${FILE} has 2 .dist-info folders (a wheel has exactly one).`,
    );
    expect(parseWheel(data, FILE, 'lenient').metadata.get('Name')).toBe('demo');
    const e = failure(() => parseWheel(data, 'x.whl', 'lenient'));
    expect(e.message).toBe(
      'x.whl holds several metadata folders (demo-1.0.dist-info, other-2.0.dist-info) and none is named as the file.',
    );
    expect(e.title).toBe('Not a wheel');
  });

  it.each<ReadMode>(['strict', 'lenient'])(
    '%s: not a zip, no METADATA, no Name: errors that name the file',
    (mode) => {
      const notZip = failure(() => parseWheel(strToU8('not a zip'), FILE, mode));
      expect(notZip.title).toBe('Unreadable wheel');
      expect(notZip.message).toMatch(
        /^demo-1\.0-py3-none-any\.whl is not a readable zip archive: /,
      );
      const noMeta = failure(() => parseWheel(zip({ 'a.py': '' }), FILE, mode));
      expect(noMeta.message).toContain(FILE);
      const noName = failure(() =>
        parseWheel(good({ 'demo-1.0.dist-info/METADATA': 'Version: 1.0\n' }), FILE, mode),
      );
      expect(noName.message).toBe(`${FILE}: demo-1.0.dist-info/METADATA lacks Name.`);
      expect(noName.title).toBe('Invalid wheel metadata');
    },
  );

  it('readWheel names a file it cannot read', async () => {
    await expect(readWheel('/nonexistent/demo.whl')).rejects.toThrow(
      /^Cannot read the wheel \/nonexistent\/demo\.whl: /,
    );
  });
});

/** CPython's reading of a wheel: zipfile, the one *.dist-info/METADATA, email.parser. */
function cpythonWheel(file: string): {
  distInfo: string;
  name: string;
  version: string;
  requiresPython: string | null;
} {
  const script = `
import email.parser, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
metas = [n for n in z.namelist() if n.count('/') == 1 and n.endswith('.dist-info/METADATA')]
assert len(metas) == 1, metas
m = email.parser.Parser().parsestr(z.read(metas[0]).decode('utf-8'))
print(json.dumps({'distInfo': metas[0].split('/')[0], 'name': m['Name'], 'version': m['Version'], 'requiresPython': m['Requires-Python']}))
`;
  const r = spawnSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ReturnType<typeof cpythonWheel>;
}

describe('real artifacts, read in both modes', () => {
  const tmp = tempDir('read-test-');
  afterAll(() => tmp.cleanup());

  it('a wheel and an sdist made by python3 -m build (setuptools)', async () => {
    const dist = buildSample(tmp.dir, { name: 'read_probe', version: '2.3.4' });
    const [wheelFile] = distFiles(dist).filter((f) => f.endsWith('.whl'));
    const [sdistFile] = distFiles(dist).filter((f) => f.endsWith('.tar.gz'));
    const oracle = cpythonWheel(wheelFile!);
    expect(oracle.version).toBe('2.3.4');
    for (const mode of ['strict', 'lenient'] as const) {
      const w = await readWheel(wheelFile!, mode);
      expect(w.distInfo).toBe(oracle.distInfo);
      expect(w.metadata.get('Name')).toBe(oracle.name);
      expect(w.metadata.get('Version')).toBe(oracle.version);
      expect(w.metadata.get('Requires-Python')).toBe(oracle.requiresPython);
      expect(w.topLevel).toEqual(['molecule_runtime']);
    }
    expect((await readWheel(wheelFile!)).recordProblems).toEqual([]);
    const view = smokeView(readFileSync(wheelFile!), path.basename(wheelFile!));
    expect([view.name, view.version, view.topLevel]).toEqual([
      oracle.name,
      '2.3.4',
      ['molecule_runtime'],
    ]);

    const sd = await parseSdist(readFileSync(sdistFile!), sdistFile!);
    expect(sd.pkgInfo.get('Version')).toBe('2.3.4');
    const parts = parseFilename(path.basename(sdistFile!))!;
    const core = await readCoreMetadataFile(
      path.basename(sdistFile!),
      readFileSync(sdistFile!),
      parts,
    );
    expect(core.path).toBe(`${sd.baseName}/PKG-INFO`);
    expect(core.topLevel).toEqual([sd.baseName]);
  });

  it('a wheel and an sdist made by our build', async () => {
    const built = buildWheel(sample());
    const file = path.join(tmp.dir, built.fileName);
    writeFileSync(file, built.data);
    const oracle = cpythonWheel(file);
    const strict = parseWheel(built.data, built.fileName);
    const lenient = parseWheel(built.data, built.fileName, 'lenient');
    expect(strict.recordProblems).toEqual([]);
    for (const w of [strict, lenient]) {
      expect(w.distInfo).toBe(oracle.distInfo);
      expect(w.metadata.get('Name')).toBe(oracle.name);
      expect(w.metadata.get('Version')).toBe(oracle.version);
    }
    expect(lenient.metadata.headers).toEqual(strict.metadata.headers);
    expect(lenient.metadata.body).toBe(strict.metadata.body);

    const sdist = await buildSdist(sample());
    const sd = await parseSdist(sdist.data, sdist.fileName);
    expect(sd.baseName).toBe(sdist.baseName);
    expect(sd.pkgInfo.get('Version')).toBe(oracle.version);
  });
});
