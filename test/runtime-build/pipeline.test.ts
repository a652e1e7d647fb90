/** buildRuntime in-process: encodings, generated markers, data folders, warnings, the summary. */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRuntime, type BuildOptions } from '../../packages/runtime-build/pipeline.js';
import { renderBuildSummary } from '../../packages/runtime-build/summary.js';
import { parseWheel } from '../../packages/distribution/read.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { debianPython, mustRun, run } from '../distribution/python.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'pipeline-'));
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): void {
  const full = path.join(ws, 'src', rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

function options(extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    cwd: ws,
    source: 'src',
    version: '1.2.3',
    packageName: 'demo-runtime',
    importName: 'demo_rt',
    outDir: 'out',
    exclude: ['tests/', 'lib/'],
    sourceDateEpoch: '1700000000',
    ...extra,
  };
}

async function failure(p: Promise<unknown>): Promise<ActionError[]> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ActionErrors) return e.errors;
    if (e instanceof ActionError) return [e];
    throw e;
  }
  throw new Error('expected the build to fail');
}

describe('buildRuntime', () => {
  it('keeps a source file executable (and only that one) in the wheel, the sdist and the package tree, as zipfile and tarfile read them', async () => {
    write('main.py', 'X = 1\n');
    write('bin/run.sh', '#!/bin/sh\necho run\n');
    chmodSync(path.join(ws, 'src', 'bin', 'run.sh'), 0o755);
    const r = await buildRuntime(options({ packageDir: path.join(ws, 'tree') }));
    const modes = JSON.parse(
      mustRun(debianPython, [
        '-c',
        [
          'import json, sys, tarfile, zipfile',
          'w = {i.filename: (i.external_attr >> 16) & 0o777 for i in zipfile.ZipFile(sys.argv[1]).infolist()}',
          't = {m.name: m.mode & 0o777 for m in tarfile.open(sys.argv[2]).getmembers() if m.isfile()}',
          'print(json.dumps({"wheel": w, "sdist": t}))',
        ].join('\n'),
        r.wheel.path,
        r.sdist.path,
      ]),
    ) as { wheel: Record<string, number>; sdist: Record<string, number> };
    const executable = (m: Record<string, number>): string[] =>
      Object.keys(m).filter((k) => (m[k]! & 0o111) !== 0);
    expect(executable(modes.wheel)).toEqual(['demo_rt/bin/run.sh']);
    expect(executable(modes.sdist)).toEqual(['demo_runtime-1.2.3/demo_rt/bin/run.sh']);
    const treeMode = (rel: string): number => statSync(path.join(ws, 'tree', rel)).mode & 0o777;
    expect([treeMode('demo_rt/bin/run.sh'), treeMode('demo_rt/main.py')]).toEqual([0o755, 0o644]);
  });

  it('rewrites a Latin-1 file and writes it back in Latin-1 (PEP 263), byte for byte elsewhere', async () => {
    const latin1 = Buffer.from(
      '# -*- coding: latin-1 -*-\n"""Café."""\nimport config\nNAME = "Müller"\n',
      'latin1',
    );
    write('legacy.py', latin1);
    write('config.py', 'X = 1\n');
    const r = await buildRuntime(options());
    const w = parseWheel(readFileSync(r.wheel.path));
    const out = Buffer.from(w.files.get('demo_rt/legacy.py') ?? []);
    expect(out.toString('latin1')).toBe(
      '# -*- coding: latin-1 -*-\n"""Café."""\nimport demo_rt.config as config\nNAME = "Müller"\n',
    );
    expect(out.includes(Buffer.from('Müller', 'latin1'))).toBe(true);
    expect(r.rewrites).toEqual([
      {
        file: 'src/legacy.py',
        line: 3,
        column: 0,
        before: 'import config',
        after: 'import demo_rt.config as config',
      },
    ]);
  });

  it('refuses bytes that are not UTF-8 in a file without a declaration, naming the file and line', async () => {
    write(
      'main.py',
      Buffer.concat([
        Buffer.from('"""Doc."""\n\nNAME = "'),
        Buffer.from([0xe9]),
        Buffer.from('"\n'),
      ]),
    );
    const [e] = await failure(buildRuntime(options()));
    expect(e?.place.file).toBe('src/main.py');
    expect(e?.place.line).toBe(3);
    expect(readdirSync(ws)).toEqual(['src']);
  });

  it('generates package markers for namespace folders, keeps data-only folders of any name, and a sorted manifest', async () => {
    write('zeta.py', 'Z = 1\n');
    write('alpha.py', 'import zeta\n');
    write('tools/deep/helper.py', 'H = 1\n'); // no __init__.py anywhere
    write('assets/google-fonts/font.css', 'body {}\n'); // data only: any name ships
    write('tests/test_x.py', 'import zeta\n');
    const r = await buildRuntime(options());
    expect(r.modules).toEqual({ top_level_modules: ['alpha', 'zeta'], subpackages: ['tools'] });
    expect(r.generated).toEqual([
      'demo_rt/__init__.py',
      'demo_rt/_runtime_modules.json',
      'demo_rt/py.typed',
      'demo_rt/tools/__init__.py',
      'demo_rt/tools/deep/__init__.py',
    ]);
    const w = parseWheel(readFileSync(r.wheel.path));
    expect(w.text('demo_rt/_runtime_modules.json')).toBe(
      '{\n  "top_level_modules": [\n    "alpha",\n    "zeta"\n  ],\n  "subpackages": [\n    "tools"\n  ]\n}\n',
    );
    expect(w.files.has('demo_rt/assets/google-fonts/font.css')).toBe(true);
    expect(w.files.has('demo_rt/tests/test_x.py')).toBe(false);
    expect(w.text('demo_rt/tools/deep/__init__.py')).toBe(
      '"""demo_rt.tools.deep (package marker generated by runtime-actions build)."""\n',
    );
  });

  it('lets allow-unresolved through, and keeps the project file out of the package', async () => {
    write('main.py', 'def stop():\n    from lib.pre_stop import drain\n    return drain()\n');
    write('lib/pre_stop.py', 'def drain():\n    return None\n');
    write(
      'pyproject.runtime.toml',
      '[project]\ndescription = "Demo"\n[project.scripts]\ndemo = "demo_rt.main:stop"\n',
    );
    const errors = await failure(buildRuntime(options()));
    expect(errors.map((e) => [e.place.file, e.place.line])).toEqual([['src/main.py', 2]]);
    const r = await buildRuntime(options({ allowUnresolved: ['lib.pre_stop'] }));
    expect(r.projectFile).toBe('src/pyproject.runtime.toml');
    const w = parseWheel(readFileSync(r.wheel.path));
    expect(w.files.has('demo_rt/pyproject.runtime.toml')).toBe(false);
    expect(w.metadata.get('Summary')).toBe('Demo');
    expect(w.entryPoints.get('console_scripts')?.get('demo')).toBe('demo_rt.main:stop');
  });

  it('reports the import package clashing with a module, and a bad import-name, by input', async () => {
    write('demo_rt.py', 'X = 1\n');
    expect((await failure(buildRuntime(options())))[0]?.place.input).toBe('import-name');
    expect((await failure(buildRuntime(options({ importName: 'demo-rt' }))))[0]?.place.input).toBe(
      'import-name',
    );
    expect(
      (await failure(buildRuntime(options({ packageName: 'demo runtime' }))))[0]?.place.input,
    ).toBe('package-name');
  });

  it('keeps unrelated files in an existing out-dir, replaces its own', async () => {
    write('main.py', 'X = 1\n');
    mkdirSync(path.join(ws, 'out'));
    writeFileSync(path.join(ws, 'out', 'notes.txt'), 'mine');
    const first = await buildRuntime(options());
    const second = await buildRuntime(options());
    expect(second.wheel.sha256).toBe(first.wheel.sha256);
    expect(readdirSync(path.join(ws, 'out')).sort()).toEqual([
      'demo_runtime-1.2.3-py3-none-any.whl',
      'demo_runtime-1.2.3.tar.gz',
      'notes.txt',
    ]);
    expect(readdirSync(ws).sort()).toEqual(['out', 'src']);
  });

  it('never packages out-dir or package-dir under source: a second build ships no artifact of the first', async () => {
    write('main.py', 'X = 1\n');
    const inside = options({ outDir: 'src/dist', packageDir: 'src/tree' });
    const first = await buildRuntime(inside);
    const second = await buildRuntime(inside);
    // CPython's zipfile, not our reader, lists what the second wheel holds.
    const listed = mustRun(debianPython, [
      '-c',
      'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
      second.wheel.path,
    ]);
    expect(listed).not.toMatch(/\.whl|\.tar\.gz|PKG-INFO|dist\/|tree\//);
    expect(second.wheel.sha256).toBe(first.wheel.sha256);
    expect(second.outputsLeftOut).toEqual(['src/dist/', 'src/tree/']);
    expect(renderBuildSummary(second, 'demo-runtime')).toContain(
      'Left out: `src/dist/`, `src/tree/` (this build’s output, under source: never packaged).',
    );
    // out-dir as the source itself: refused before anything is written.
    const [e] = await failure(buildRuntime(options({ outDir: 'src' })));
    expect(e?.place.input).toBe('out-dir');
    expect(readdirSync(path.join(ws, 'src')).sort()).toEqual(['dist', 'main.py', 'tree']);
  });

  it('refuses a module stored in NFD (CPython cannot import it), naming the file; the NFC name builds', async () => {
    const nfd = 'cafe\u0301';
    write(`${nfd}.py`, 'X = 1\n');
    write('\u043c\u043e\u0434\u0443\u043b\u044c.py', 'Y = 2\n');
    // The oracle: CPython normalises `import café` to NFKC and does not find the NFD file.
    const probe = run(debianPython, [
      '-I',
      '-c',
      `import sys; sys.path.insert(0, sys.argv[1]); import ${nfd}`,
      path.join(ws, 'src'),
    ]);
    expect(probe.stderr).toContain("ModuleNotFoundError: No module named 'caf\u00e9'");
    const [e, more] = await failure(buildRuntime(options()));
    expect(more).toBeUndefined();
    expect(e?.place.file).toBe(`src/${nfd}.py`);
    expect(e?.title).toBe('Name not NFKC-normalised');
    renameSync(path.join(ws, 'src', `${nfd}.py`), path.join(ws, 'src', 'caf\u00e9.py'));
    const r = await buildRuntime(options());
    expect(r.modules.top_level_modules).toEqual([
      'caf\u00e9',
      '\u043c\u043e\u0434\u0443\u043b\u044c',
    ]);
  });

  it('returns warnings with workspace paths and puts them in the summary', async () => {
    write('config.py', 'X = 1\n');
    write(
      'loader.py',
      'import importlib\n\n\ndef load():\n    return importlib.import_module("config")\n',
    );
    const r = await buildRuntime(options());
    expect(r.warnings.map((w) => [w.severity, w.file, w.line, w.title])).toEqual([
      ['warning', 'src/loader.py', 5, 'String import not rewritten'],
    ]);
    expect(renderBuildSummary(r, 'demo-runtime')).toMatch(
      /⚠️ Warnings[\s\S]*`src\/loader\.py` \| 5 \| \*\*String import not rewritten\*\*/,
    );
  });

  it('summarises: counts, artifacts, warnings, rewrites capped at 200', async () => {
    write('config.py', 'X = 1\n');
    write('main.py', `${Array.from({ length: 230 }, () => 'import config').join('\n')}\n`);
    const r = await buildRuntime(options());
    const md = renderBuildSummary(r, 'demo-runtime');
    expect(md).toContain('### 📦 Built demo-runtime 1.2.3');
    expect(md).toContain('| 5 | 3 | 2 | 0 | 230 | 0 |');
    expect(md).toContain(r.wheel.sha256);
    expect(md.match(/\| `src\/main\.py` \|/g)).toHaveLength(200);
    expect(md).toContain('…and 30 more.');
    expect(md).toContain('Timestamps: 2023-11-14T22:13:20.000Z (SOURCE_DATE_EPOCH)');
  });
});
