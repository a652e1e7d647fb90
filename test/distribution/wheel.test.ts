/**
 * The writers against the clients users run: twine check, zipfile, wheel's
 * RECORD-verifying unpack, pkginfo, pip, and setuptools building the sdist.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { node24, repoRoot } from '../../sandbox/runner.js';
import { sha256Hex } from '../../packages/distribution/files.js';
import path from 'node:path';
import { readZip } from '../../packages/distribution/archive.js';
import { writeZip } from '../../packages/distribution/archive-writer.js';
import { parseSdist, parseWheel } from '../../packages/distribution/read.js';
import { buildSdist, packageDataOf, packagesOf } from '../../packages/distribution/sdist.js';
import { buildWheel } from '../../packages/distribution/wheel.js';
import { sample } from './fixture.js';
import { escapedName, normalizeName } from '../../packages/distribution/names.js';
import {
  debianPython,
  installedMetadata,
  installedTree,
  installWheel,
  mustRun,
  run,
  twineCheck,
  wheelFromSdist,
} from './python.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Builds the fixture in a fresh Node process with TZ set (jest's process.env does not reach the clock). */
function digestsUnder(tz: string, dir: string): string {
  const script = path.join(dir, `probe-${tz.replace(/\W/g, '_')}.mts`);
  writeFileSync(
    script,
    `import { createHash } from 'node:crypto';\n` +
      `import { sample } from ${JSON.stringify(path.join(repoRoot, 'test/distribution/fixture.ts'))};\n` +
      `import { buildWheel } from ${JSON.stringify(path.join(repoRoot, 'packages/distribution/wheel.ts'))};\n` +
      `import { buildSdist } from ${JSON.stringify(path.join(repoRoot, 'packages/distribution/sdist.ts'))};\n` +
      `const h = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');\n` +
      `console.log(new Date(0).getTimezoneOffset(), h(buildWheel(sample()).data), h((await buildSdist(sample())).data));\n`,
  );
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');
  return mustRun(node24, ['--import', pathToFileURL(tsx).href, script], { env: { TZ: tz } }).trim();
}

describe('wheel and sdist writers', () => {
  let dir: string;
  let wheelPath: string;
  let sdistPath: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dist-writers-'));
    const w = buildWheel(sample());
    const s = await buildSdist(sample());
    wheelPath = path.join(dir, w.fileName);
    sdistPath = path.join(dir, s.fileName);
    writeFileSync(wheelPath, w.data);
    writeFileSync(sdistPath, s.data);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names files per PEP 427 and PEP 625', () => {
    expect(path.basename(wheelPath)).toBe(
      'molecule_ai_workspace_runtime-0.1.6rc1-py3-none-any.whl',
    );
    expect(path.basename(sdistPath)).toBe('molecule_ai_workspace_runtime-0.1.6rc1.tar.gz');
  });

  it('passes twine check --strict (Debian twine 4.0.2, pkginfo 1.8.2)', () => {
    const r = twineCheck([wheelPath, sdistPath]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/FAILED|WARNING|ERROR/);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/PASSED/g)).toHaveLength(2);
  });

  it('is a valid zip to Python zipfile, and wheel unpack verifies every RECORD digest', () => {
    expect(mustRun(debianPython, ['-m', 'zipfile', '-t', wheelPath])).toContain('Done testing');
    const out = path.join(dir, 'unpacked');
    mustRun(debianPython, ['-m', 'wheel', 'unpack', '--dest', out, wheelPath]);
    // The check has teeth: a wheel with one byte changed is refused.
    const files = readZip(readFileSync(wheelPath));
    files.set('sample_rt/tools/memory.py', enc('VALUE = 2\n'));
    const rezipped = writeZip(
      [...files].map(([p, d]) => ({ path: p, data: d, mode: 0o644 })),
      1700000000,
    );
    const badPath = path.join(dir, 'bad', path.basename(wheelPath));
    mkdirSync(path.dirname(badPath), { recursive: true });
    writeFileSync(badPath, rezipped);
    const r = run(debianPython, [
      '-m',
      'wheel',
      'unpack',
      '--dest',
      path.join(dir, 'bad-out'),
      badPath,
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/[Hh]ash mismatch/);
    expect(parseWheel(rezipped).recordProblems).toEqual([
      expect.stringContaining('sample_rt/tools/memory.py: digest'),
    ]);
  });

  it('reads back: metadata, WHEEL, entry points, RECORD, the runtime manifest', () => {
    const w = parseWheel(readFileSync(wheelPath), wheelPath);
    expect(w.recordProblems).toEqual([]);
    expect(w.distInfo).toBe('molecule_ai_workspace_runtime-0.1.6rc1.dist-info');
    expect(w.metadata.get('Name')).toBe('Molecule-AI.workspace_runtime');
    expect(w.metadata.get('Metadata-Version')).toBe('2.1');
    expect(w.wheel.get('Root-Is-Purelib')).toBe('true');
    expect(w.wheel.get('Tag')).toBe('py3-none-any');
    expect(w.wheel.get('Generator')).toBe('runtime-actions');
    expect(w.entryPoints.get('console_scripts')?.get('sample-runtime')).toBe(
      'sample_rt.main:main_sync',
    );
    expect(w.topLevel).toEqual(['sample_rt']);
    expect(w.runtimeModules).toEqual({
      importName: 'sample_rt',
      top_level_modules: ['main'],
      subpackages: ['tools'],
    });
    expect([...w.files.keys()].at(-1)).toBe(`${w.distInfo}/RECORD`);
  });

  it('pkginfo (what twine uploads from) reads the same fields from both files', () => {
    const script = `
import json, sys, pkginfo
out = []
for cls, p in ((pkginfo.Wheel, sys.argv[1]), (pkginfo.SDist, sys.argv[2])):
    m = cls(p)
    out.append(dict(name=m.name, version=m.version, summary=m.summary, description=m.description,
        content_type=m.description_content_type, requires_dist=list(m.requires_dist),
        provides_extras=list(m.provides_extras), requires_python=m.requires_python, license=m.license))
print(json.dumps(out))`;
    const [fromWheel, fromSdist] = JSON.parse(
      mustRun(debianPython, ['-c', script, wheelPath, sdistPath]),
    ) as Array<Record<string, unknown>>;
    expect(fromWheel).toEqual(fromSdist);
    expect(fromWheel).toMatchObject({
      name: 'Molecule-AI.workspace_runtime',
      version: '0.1.6rc1',
      summary: 'Sample runtime — ünïcode',
      description: '# Sample\n\nTwo paragraphs, ünïcode ✓.\n\n- a list\n',
      content_type: 'text/markdown',
      provides_extras: ['otel'],
      requires_python: '>=3.11',
      license: 'BSL-1.1',
    });
  });

  it('lists packages and their data for setuptools (data files are not dropped)', () => {
    const input = sample();
    const packages = packagesOf(input.files);
    expect(packages).toEqual(['sample_rt', 'sample_rt.tools']);
    expect(packageDataOf(input.files, packages)).toEqual({
      sample_rt: ['_runtime_modules.json', 'bin/run.sh', 'données [[]1].txt', 'py.typed'],
      'sample_rt.tools': ['README.md', 'templates/prompt.j2'],
    });
  });

  it('pip installs the wheel and the wheel setuptools builds from the sdist identically', async () => {
    const sd = await parseSdist(readFileSync(sdistPath), sdistPath);
    expect(sd.baseName).toBe('molecule_ai_workspace_runtime-0.1.6rc1');
    const unpacked = path.join(dir, 'sdist');
    mkdirSync(unpacked);
    mustRun('tar', ['-xzf', sdistPath, '-C', unpacked]);
    const rebuilt = wheelFromSdist(path.join(unpacked, sd.baseName), path.join(dir, 'rebuilt'));
    // setuptools 66 / wheel 0.38 keep the name's spelling (Molecule_AI.workspace_runtime-…): the
    // un-normalised file names this suite exists to stop; same project, same version, same tag.
    const [name, ...rest] = path.basename(rebuilt).split('-');
    expect([escapedName(name as string), ...rest].join('-')).toBe(path.basename(wheelPath));

    installWheel(wheelPath, path.join(dir, 'venv-ours'));
    installWheel(rebuilt, path.join(dir, 'venv-setuptools'));
    const ours = installedTree(path.join(dir, 'venv-ours'));
    const theirs = installedTree(path.join(dir, 'venv-setuptools'));
    expect([...ours.files.keys()].sort()).toEqual([...theirs.files.keys()].sort());
    for (const [file, info] of ours.files)
      expect([file, info]).toEqual([file, theirs.files.get(file)]);
    expect(ours.files.has('lib/python3.11/site-packages/sample_rt/données [1].txt')).toBe(true);
    expect(ours.files.get('lib/python3.11/site-packages/sample_rt/bin/run.sh')?.mode).toBe(0o755);
    // dist-info: same files but the backend's own (top_level.txt is setuptools-only, WHEEL names its generator).
    const ignore = new Set([
      'RECORD',
      'INSTALLER',
      'direct_url.json',
      'REQUESTED',
      'top_level.txt',
      'WHEEL',
    ]);
    const di = (m: Map<string, string>): string[] =>
      [...m.keys()].filter((k) => !ignore.has(k)).sort();
    expect(di(ours.distInfo)).toEqual(di(theirs.distInfo));
    expect(ours.distInfo.get('entry_points.txt')).toBe(theirs.distInfo.get('entry_points.txt'));
    const oursMeta = installedMetadata(
      path.join(dir, 'venv-ours'),
      'Molecule-AI.workspace_runtime',
    );
    const theirsMeta = installedMetadata(
      path.join(dir, 'venv-setuptools'),
      'Molecule-AI.workspace_runtime',
    );
    // setuptools 66 rewrites the Name's '_' to '-' (safe_name); we keep the spelling given. Same project per PEP 503.
    expect(oursMeta.Name).toBe('Molecule-AI.workspace_runtime');
    expect(normalizeName(String(theirsMeta.Name))).toBe(normalizeName(String(oursMeta.Name)));
    expect({ ...oursMeta, Name: '' }).toEqual({ ...theirsMeta, Name: '' });
    expect(oursMeta['Requires-Dist']).toEqual([
      'httpx>=0.27',
      'opentelemetry-api>=1; extra == "otel"',
      'pyyaml; python_version < "4"',
    ]);
    const script = mustRun(path.join(dir, 'venv-ours', 'bin', 'sample-runtime'), ['x']);
    expect(script.trim()).toBe("sample ok ['x']");
  });

  it('is byte-reproducible, in any time zone, and the epoch shows in both archives', async () => {
    const [utcOffset, ...utc] = digestsUnder('UTC', dir).split(' ');
    const [farOffset, ...far] = digestsUnder('Pacific/Kiritimati', dir).split(' ');
    // The two processes really ran in different zones (Kiritimati was UTC-10:40 in 1970).
    expect([utcOffset, farOffset]).toEqual(['0', '640']);
    expect(far).toEqual(utc);
    expect(utc).toEqual([sha256Hex(readFileSync(wheelPath)), sha256Hex(readFileSync(sdistPath))]);
    const other = buildWheel(sample(1700000000 + 86400)).data;
    expect(Buffer.from(other).equals(readFileSync(wheelPath))).toBe(false);
    const probe = `
import sys, tarfile, zipfile
z = zipfile.ZipFile(sys.argv[1]); print(z.infolist()[0].date_time)
t = tarfile.open(sys.argv[2]); m = t.getmembers(); print(m[0].mtime, {(x.uid, x.gid, x.uname, x.gname) for x in m}, t.pax_headers)
`;
    const [zipTime, tarLine] = mustRun(debianPython, ['-c', probe, wheelPath, sdistPath]).split(
      '\n',
    );
    expect(zipTime).toBe('(2023, 11, 14, 22, 13, 20)'); // 1700000000 in UTC
    expect(tarLine).toContain("1700000000 {(0, 0, '', '')}");
    const gz = readFileSync(sdistPath);
    expect([...gz.subarray(4, 8)]).toEqual([0, 0, 0, 0]); // gzip mtime
    expect(gz[9]).toBe(255); // OS byte: unknown, whatever machine built it
  });

  it('clamps zip times to 1980 (the zip minimum) while the tar keeps the epoch', async () => {
    const w = buildWheel(sample(0));
    const s = await buildSdist(sample(0));
    const p = path.join(dir, 'early');
    mkdirSync(p);
    writeFileSync(path.join(p, w.fileName), w.data);
    writeFileSync(path.join(p, s.fileName), s.data);
    const out = mustRun(debianPython, [
      '-c',
      'import sys, zipfile, tarfile; print(zipfile.ZipFile(sys.argv[1]).infolist()[0].date_time, tarfile.open(sys.argv[2]).getmembers()[0].mtime)',
      path.join(p, w.fileName),
      path.join(p, s.fileName),
    ]);
    expect(out.trim()).toBe('(1980, 1, 1, 0, 0, 0) 0');
  });
});
