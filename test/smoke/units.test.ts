/**
 * The pure parts of smoke-import: reading wheels, Requires-Python, mapping
 * wheel paths back to the monorepo, the wheel glob, fault merging and the
 * summary/outputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { ActionError } from '../../packages/toolkit/errors.js';
import { findWheel, globFiles } from '../../packages/smoke/find-wheel.js';
import {
  mergeFaults,
  runtimeFault,
  seenNote,
  staticFault,
  type Fault,
  type FaultContext,
} from '../../packages/smoke/faults.js';
import { pickFloor } from '../../packages/smoke/interpreters.js';
import { allowsPython, floorMessage, floorMinor } from '../../packages/smoke/python-floor.js';
import { parseSymbols } from '../../packages/smoke/report.js';
import { pipInstallArgs, pipErrors, type ProbeResult } from '../../packages/smoke/runtime.js';
import { mapToSource } from '../../packages/smoke/source-map.js';
import {
  IDENTIFIER,
  parseCoreMetadata,
  parseEntryPoints,
  readWheel,
} from '../../packages/smoke/wheel.js';
import {
  buildWheel,
  healthyRuntime,
  RUNTIME_SCRIPTS,
  writeWheel,
} from '../../sandbox/samples/wheels.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'smoke-units-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readWheel', () => {
  it('reads metadata, console scripts, top-level names and sources', () => {
    const w = readWheel(
      buildWheel({
        files: healthyRuntime(),
        consoleScripts: RUNTIME_SCRIPTS,
        requiresPython: '>=3.11',
        requiresDist: ['a2a-sdk[http-server]>=1.0.0,<2.0', 'httpx'],
      }),
      'x.whl',
    );
    expect(w).toMatchObject({
      name: 'molecule-ai-workspace-runtime',
      version: '1.0.0',
      metadataVersion: '2.1',
      requiresPython: '>=3.11',
      requiresDist: ['a2a-sdk[http-server]>=1.0.0,<2.0', 'httpx'],
      topLevel: ['molecule_runtime'],
      entryPoints: [
        {
          group: 'console_scripts',
          name: 'molecule-runtime',
          module: 'molecule_runtime.main',
          attr: 'main_sync',
        },
      ],
    });
    expect([...w.pyFiles.keys()].sort()).toEqual(Object.keys(healthyRuntime()).sort());
  });

  it('is a wheel twine accepts (so the fixtures are not the fault)', () => {
    const file = writeWheel(path.join(tmp, 'twine'), {
      files: healthyRuntime(),
      consoleScripts: RUNTIME_SCRIPTS,
    });
    const out = execFileSync('twine', ['check', '--strict', file], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(out.toString()).toMatch(/PASSED/);
  });

  it('takes modules from .data/purelib and ignores scripts and data', () => {
    const zip = zipSync({
      'p-1.0.dist-info/METADATA': strToU8('Metadata-Version: 2.1\nName: p\nVersion: 1.0\n\n'),
      'p-1.0.data/purelib/extra/mod.py': strToU8('x = 1\n'),
      'p-1.0.data/scripts/tool.py': strToU8('print(1)\n'),
      'single.py': strToU8(''),
    });
    const w = readWheel(zip, 'p.whl');
    expect([...w.pyFiles.keys()].sort()).toEqual(['extra/mod.py', 'single.py']);
    expect(w.topLevel).toEqual(['extra', 'single']);
  });

  it('refuses what is not a wheel, saying so', () => {
    expect(() => readWheel(strToU8('not a zip'), 'bad.whl')).toThrow(
      /bad.whl is not a readable zip/,
    );
    expect(() => readWheel(zipSync({ 'a.py': strToU8('') }), 'nometa.whl')).toThrow(
      /no \*\.dist-info\/METADATA/,
    );
  });

  it('parses core metadata continuation lines and stops at the body', () => {
    const m = parseCoreMetadata(
      'Name: x\nSummary: one\n  two\nRequires-Dist: a\nRequires-Dist: b\n\nName: body\n',
    );
    expect(m.get('name')).toEqual(['x']);
    expect(m.get('summary')).toEqual(['one\ntwo']);
    expect(m.get('requires-dist')).toEqual(['a', 'b']);
  });

  it('parses entry points with extras and module-only targets', () => {
    expect(
      parseEntryPoints('[console_scripts]\na = m.n:f [extra]\nb=m\n[other]\nc = x:y.z\n'),
    ).toEqual([
      { group: 'console_scripts', name: 'a', module: 'm.n', attr: 'f', spec: 'a = m.n:f' },
      { group: 'console_scripts', name: 'b', module: 'm', attr: '', spec: 'b = m' },
      { group: 'other', name: 'c', module: 'x', attr: 'y.z', spec: 'c = x:y.z' },
    ]);
  });

  it('tells identifiers as PEP 3131 does, non-ASCII included', () => {
    for (const name of ['café', 'модуль', '_x', 'a1', 'ℕ'])
      expect(IDENTIFIER.test(name)).toBe(true);
    for (const name of ['google-adk', '1a', 'a.b', '', 'x y'])
      expect(IDENTIFIER.test(name)).toBe(false);
  });
});

describe('Requires-Python', () => {
  it('evaluates specifiers with PEP 440 semantics', () => {
    expect(allowsPython('>=3.12', '3.11.7')).toBe(false);
    expect(allowsPython('>=3.11', '3.11.7')).toBe(true);
    expect(allowsPython('>=3.8,!=3.11.*', '3.11.2')).toBe(false);
    expect(allowsPython(undefined, '3.6.15')).toBe(true);
  });

  it('finds the floor minor version', () => {
    expect(floorMinor('>=3.11')).toEqual([3, 11]);
    expect(floorMinor('>=3.8,!=3.8.*,!=3.9.*')).toEqual([3, 10]);
    expect(floorMinor('~=3.10.2')).toEqual([3, 10]);
    expect(floorMinor(undefined)).toBeUndefined();
  });

  it("says plainly what pip would not: both versions, pip's words, the upgrade paths", () => {
    const m = floorMessage({
      distribution: 'molecule-ai-workspace-runtime',
      version: '1.2.3',
      requiresPython: '>=3.12',
      interpreter: 'python3',
      interpreterVersion: '3.11.7',
    });
    expect(m).toContain('requires Python >=3.12');
    expect(m).toContain('python3 is Python 3.11.7');
    expect(m).toContain('(from versions: none)');
    expect(m).toContain("python-version: '3.12'");
    expect(m).toMatch(/lower requires-python/);
  });

  it('picks the lowest allowed interpreter for python: floor', () => {
    const i = (
      v: string,
    ): { requested: string; executable: string; version: string; pip: undefined } => ({
      requested: `python${v}`,
      executable: `/x/${v}`,
      version: v,
      pip: undefined,
    });
    const found = [i('3.9.18'), i('3.10.13'), i('3.11.7'), i('3.12.1')];
    expect(pickFloor(found, '>=3.10')?.version).toBe('3.10.13');
    expect(pickFloor(found, '>=3.11.5')?.version).toBe('3.11.7');
    expect(pickFloor(found, '>=3.14')).toBeUndefined();
  });
});

describe('pip', () => {
  it('never reaches an index in offline mode', () => {
    expect(pipInstallArgs({ mode: 'offline', findLinks: ['deps/'], wheelPath: 'w.whl' })).toEqual([
      'install',
      '--no-input',
      '--disable-pip-version-check',
      '--no-index',
      '--find-links',
      'deps/',
      'w.whl',
    ]);
    expect(
      pipInstallArgs({ mode: 'deps', indexUrl: 'http://127.0.0.1:1/simple', wheelPath: 'w.whl' }),
    ).toContain('--index-url');
  });

  it("keeps pip's own ERROR lines", () => {
    expect(
      pipErrors(
        'Processing x\nERROR: Could not find a version that satisfies the requirement y\nERROR: No matching distribution found for y\n',
      ),
    ).toEqual([
      'ERROR: Could not find a version that satisfies the requirement y',
      'ERROR: No matching distribution found for y',
    ]);
  });
});

describe('mapToSource', () => {
  it('annotates the monorepo file when it exists, following the line if the build moved it', () => {
    const ws = path.join(tmp, 'ws');
    mkdirSync(path.join(ws, 'workspace', 'adapters'), { recursive: true });
    writeFileSync(
      path.join(ws, 'workspace', 'a2a_tools.py'),
      '"""Doc."""\n\n\nfrom a2a_client import A\n',
    );
    writeFileSync(path.join(ws, 'workspace', 'adapters', 'base.py'), 'x = 1\n');
    const wheelText = (p: string): string | undefined =>
      p === 'molecule_runtime/a2a_tools.py' ? '"""Doc."""\nfrom a2a_client import A\n' : undefined;
    const o = { tops: ['molecule_runtime'], source: 'workspace', workspace: ws, wheelText };
    expect(mapToSource('molecule_runtime/a2a_tools.py', 2, o)).toEqual({
      file: 'workspace/a2a_tools.py',
      line: 4,
      mapped: true,
    });
    expect(mapToSource('molecule_runtime/adapters/base.py', 1, o)).toEqual({
      file: 'workspace/adapters/base.py',
      line: 1,
      mapped: true,
    });
    expect(mapToSource('molecule_runtime/gone.py', 3, o)).toEqual({
      file: 'molecule_runtime/gone.py',
      line: 3,
      mapped: false,
    });
    expect(mapToSource(undefined, undefined, o)).toBeUndefined();
  });
});

describe('findWheel', () => {
  it('resolves a glob to exactly one wheel', () => {
    const dir = path.join(tmp, 'glob');
    mkdirSync(path.join(dir, 'dist', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', 'a-1.0-py3-none-any.whl'), '');
    writeFileSync(path.join(dir, 'dist', 'a-1.0.tar.gz'), '');
    writeFileSync(path.join(dir, 'dist', 'sub', 'b-1.0-py3-none-any.whl'), '');
    expect(findWheel('dist/*.whl', dir)).toBe(path.join(dir, 'dist', 'a-1.0-py3-none-any.whl'));
    expect(globFiles('dist/**/*.whl', dir).map((f) => path.relative(dir, f))).toEqual([
      'dist/a-1.0-py3-none-any.whl',
      'dist/sub/b-1.0-py3-none-any.whl',
    ]);
    expect(() => findWheel('dist/**/*.whl', dir)).toThrow(/matches 2 files/);
    expect(() => findWheel('out/*.whl', dir)).toThrow(ActionError);
    expect(() => findWheel('dist/*.tar.gz', dir)).toThrow(/not a .whl/);
  });
});

describe('parseSymbols', () => {
  it('takes module:attr and names the input on anything else', () => {
    expect(parseSymbols(['a.b:C', 'x:y.z'], 'symbols')).toEqual([
      { module: 'a.b', attr: 'C' },
      { module: 'x', attr: 'y.z' },
    ]);
    expect(() => parseSymbols(['a.b.C'], 'symbols')).toThrow(
      /Input 'symbols': expected module:attr/,
    );
  });
});

describe('faults', () => {
  const ctx: FaultContext = {
    tops: ['pkg'],
    modules: new Map([
      ['pkg', 'pkg/__init__.py'],
      ['pkg.config', 'pkg/config.py'],
      ['pkg.tools', 'pkg/tools.py'],
      ['pkg.main', 'pkg/main.py'],
    ]),
    sourceModules: new Set(['lib']),
    staticPython: '3.11.7',
    staticPythonAllowed: true,
  };
  const frame = (
    file: string,
    line: number,
    text = '',
  ): NonNullable<ProbeResult['frames']>[number] => ({
    file,
    installed: true,
    ours: file.startsWith('pkg/'),
    line,
    function: '<module>',
    text,
  });
  const failure = (label: string, extra: Partial<ProbeResult>): ProbeResult => ({
    job: { kind: 'module', label, module: label },
    ok: false,
    seconds: 0.01,
    ...extra,
  });
  const unrewritten = (label: string): ProbeResult =>
    failure(label, {
      exception: 'ModuleNotFoundError',
      message: "No module named 'config'",
      name: 'config',
      frames: [frame('pkg/tools.py', 2, 'from config import load')],
    });

  it('classifies import failures by their likely cause', () => {
    expect(runtimeFault(unrewritten('pkg.tools'), '3.11.7', ctx)).toMatchObject({
      kind: 'unrewritten-import',
      file: 'pkg/tools.py',
      line: 2,
    });
    const lib = failure('pkg.main', {
      exception: 'ModuleNotFoundError',
      message: "No module named 'lib'",
      name: 'lib.pre_stop',
      frames: [frame('pkg/main.py', 9)],
    });
    expect(runtimeFault(lib, '3.11.7', ctx).kind).toBe('excluded-module');
    const dep = failure('pkg.main', {
      exception: 'ImportError',
      message: "cannot import name 'Client' from 'a2a.client'",
      name: 'a2a.client',
      dependency: [{ name: 'a2a-sdk', version: '0.9.1' }],
      frames: [frame('pkg/main.py', 3), frame('a2a/client.py', 1)],
    });
    const bound = runtimeFault(dep, '3.11.7', ctx);
    expect(bound).toMatchObject({ kind: 'dependency-bound', file: 'pkg/main.py', line: 3 });
    expect(bound.message).toContain('a2a-sdk 0.9.1');
    expect(bound.message).toContain(
      'a dependency bound in Requires-Dist allows a version the code cannot use',
    );
    const undeclared = failure('pkg.main', {
      exception: 'ModuleNotFoundError',
      message: "No module named 'yaml'",
      name: 'yaml',
      frames: [frame('pkg/main.py', 4)],
    });
    expect(runtimeFault(undeclared, '3.11.7', ctx).kind).toBe('missing-dependency');
    const env = failure('pkg.config', {
      exception: 'KeyError',
      message: "'WORKSPACE_ID'",
      frames: [frame('pkg/config.py', 4)],
    });
    expect(runtimeFault(env, '3.11.7', ctx).hint).toMatch(/'env' input/);
  });

  it('merges one cause seen statically, on two interpreters and through several modules into one fault', () => {
    const s = staticFault(
      {
        kind: 'unrewritten-import',
        severity: 'error',
        file: 'pkg/tools.py',
        line: 2,
        module: 'pkg.tools',
        name: 'config',
        ours: 'pkg.config',
        statement: 'from config import load',
      },
      ctx,
    );
    const faults: Fault[] = [
      s,
      runtimeFault(unrewritten('pkg.tools'), '3.11.7', ctx),
      runtimeFault(unrewritten('pkg.main'), '3.11.7', ctx),
      runtimeFault(unrewritten('pkg.tools'), '3.12.1', ctx),
    ];
    const merged = mergeFaults(faults);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      modules: ['pkg.tools', 'pkg.main'],
      seenBy: ['static', '3.11.7', '3.12.1'],
    });
    expect(seenNote(merged[0] as Fault)).toBe(
      'Confirmed by importing on Python 3.11.7, 3.12.1. Breaks 2: pkg.tools, pkg.main.',
    );
    // The inputs are not changed by merging.
    expect(s.seenBy).toEqual(['static']);
  });
});
