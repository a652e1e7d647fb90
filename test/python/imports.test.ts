/**
 * parseImports against CPython's own parser: for the generated corpus, the
 * sample monorepo and the top level of the installed standard library,
 * python3's `ast` lists every Import/ImportFrom (module, level, names, line,
 * column, inside a function or not) and parseImports must report exactly the
 * same statements. Then the details CPython's ast does not carry
 * (TYPE_CHECKING, scopes), syntax errors and string-based imports.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodePythonSource } from '../../packages/python/encoding.js';
import {
  analyseModule,
  findStringImports,
  parseImports,
  type ImportStatement,
} from '../../packages/python/imports.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { repoRoot } from '../../sandbox/runner.js';
import { generateCorpus } from './corpus.js';
import { fixtures, run, writeTree } from './oracle.js';

async function cpythonImports(paths: string[]): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await run(
    [path.join(fixtures, 'ast_imports.py')],
    JSON.stringify(paths),
  );
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function stdlibTopLevel(): Promise<string[]> {
  const { stdout } = await run(
    ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
    '',
  );
  const dir = stdout.trim();
  return (await readdir(dir)).filter((f) => f.endsWith('.py')).map((f) => path.join(dir, f));
}

/** What CPython's ast can say about a statement (it has no TYPE_CHECKING, scope or import-guard notion). */
function comparable(
  s: ImportStatement,
): Omit<ImportStatement, 'inTypeChecking' | 'scope' | 'optional'> {
  const { inTypeChecking: _t, scope: _s, optional: _o, ...rest } = s;
  return rest;
}

describe('parseImports agrees with CPython ast', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'imports-ast-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('generated corpus, sample monorepo and the standard library', async () => {
    const corpus = generateCorpus();
    await writeTree(dir, corpus.workspace);
    const paths = [...corpus.workspace.keys()].map((p) => path.join(dir, p));
    const sample = path.join(repoRoot, 'examples/monorepo/workspace');
    for (const rel of [
      'main.py',
      'a2a_client.py',
      'a2a_tools.py',
      'adapters/__init__.py',
      'adapters/default.py',
    ]) {
      paths.push(path.join(sample, rel));
    }
    paths.push(...(await stdlibTopLevel()));
    const reference = await cpythonImports(paths);
    let statements = 0;
    let compared = 0;
    const mismatches: string[] = [];
    for (const file of paths) {
      const expected = reference[file];
      if (!Array.isArray(expected)) continue; // CPython itself rejects the file
      const { text } = decodePythonSource(new Uint8Array(await readFile(file)), file);
      const actual = (await parseImports(text, file)).map(comparable);
      statements += actual.length;
      compared++;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push(
          `${file}\n  ours:    ${JSON.stringify(actual)}\n  cpython: ${JSON.stringify(expected)}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(400);
    expect(statements).toBeGreaterThan(2000);
  });
});

describe('parseImports', () => {
  test('every form, with TYPE_CHECKING and scope', async () => {
    const source = [
      'import os, config as cfg, pkg.sub',
      'from . import x',
      'from ..a . b import (y as z,  # c',
      '    w,)',
      'from config import *',
      'if TYPE_CHECKING: import q; from r import s',
      'class K:',
      '    def m(self):',
      '        from events import E',
      'f = lambda: 0',
      'from __future__ import annotations',
    ].join('\n');
    expect(await parseImports(source, 'm.py')).toEqual([
      {
        kind: 'import',
        module: 'os',
        level: 0,
        names: [{ name: 'os' }, { name: 'config', asname: 'cfg' }, { name: 'pkg.sub' }],
        line: 1,
        column: 0,
        inFunction: false,
      },
      {
        kind: 'from',
        module: '',
        level: 1,
        names: [{ name: 'x' }],
        line: 2,
        column: 0,
        inFunction: false,
      },
      {
        kind: 'from',
        module: 'a.b',
        level: 2,
        names: [{ name: 'y', asname: 'z' }, { name: 'w' }],
        line: 3,
        column: 0,
        inFunction: false,
      },
      {
        kind: 'from',
        module: 'config',
        level: 0,
        names: '*',
        line: 5,
        column: 0,
        inFunction: false,
      },
      {
        kind: 'import',
        module: 'q',
        level: 0,
        names: [{ name: 'q' }],
        line: 6,
        column: 18,
        inFunction: false,
        inTypeChecking: true,
      },
      {
        kind: 'from',
        module: 'r',
        level: 0,
        names: [{ name: 's' }],
        line: 6,
        column: 28,
        inFunction: false,
        inTypeChecking: true,
      },
      {
        kind: 'from',
        module: 'events',
        level: 0,
        names: [{ name: 'E' }],
        line: 9,
        column: 8,
        inFunction: true,
        scope: 'K.m',
      },
      {
        kind: 'from',
        module: '__future__',
        level: 0,
        names: [{ name: 'annotations' }],
        line: 11,
        column: 0,
        inFunction: false,
      },
    ]);
  });

  test('TYPE_CHECKING under elif, typing.TYPE_CHECKING, and not in the else branch', async () => {
    const found = await parseImports(
      'if x:\n    pass\nelif TYPE_CHECKING:\n    import a\nelse:\n    import b\nif typing.TYPE_CHECKING:\n    import c\n',
      'tc.py',
    );
    expect(found.map((s) => [s.module, s.inTypeChecking ?? false])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });

  test('syntax errors: ActionError with file, line and column', async () => {
    const error = await parseImports('import os\ndef f(:\n    pass\n', 'adapters/base.py').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActionError);
    const e = error as ActionError;
    expect(e.title).toBe('Syntax error');
    expect(e.place.file).toBe('adapters/base.py');
    expect(e.place.line).toBe(2);
    expect(e.place.column).toBeGreaterThan(0);
    // The place is in `place` only: annotations and the CLI print it from there, once.
    expect(e.message).not.toContain('adapters/base.py');
    expect(e.hint).toContain('python3 -m py_compile adapters/base.py');
  });

  test('module-level names: what `from m import n` can find', async () => {
    const a = await analyseModule(
      [
        'import os.path, json as j',
        'from x import y as z',
        'def f():',
        '    global G',
        'class C: pass',
        '@d',
        'def g(): pass',
        'a, (b, *c) = 1, (2, 3)',
        'd: int = 1',
        'e: int',
        'obj.attr = 1',
        'for i in []: pass',
        'with open("f") as (h1, h2): pass',
        'try:',
        '    import fast as impl',
        'except ImportError:',
        '    impl = None',
        'if (w := 1): pass',
        '__all__ = ["exported"]',
        '__all__ += ["more"]',
        'type Alias = int',
      ].join('\n') + '\n',
      'names.py',
    );
    expect([...a.topLevelNames].sort()).toEqual(
      [
        'os',
        'j',
        'z',
        'f',
        'G',
        'C',
        'g',
        'a',
        'b',
        'c',
        'd',
        'i',
        'h1',
        'h2',
        'impl',
        'w',
        '__all__',
        'exported',
        'more',
        'Alias',
      ].sort(),
    );
    expect(a.dunderAll).toEqual(['exported', 'more']);
    expect(a.open).toBe(false);
  });

  test('a module __getattr__, globals() writes and computed __all__ open the namespace', async () => {
    for (const src of [
      'def __getattr__(name):\n    return name\n',
      'globals()["x"] = 1\n',
      'globals().update(a=1)\n',
      '__all__ = [n for n in dir()]\n',
    ]) {
      expect((await analyseModule(src, `open-${src.length}.py`)).open).toBe(true);
    }
    expect((await analyseModule('def f():\n    return globals()\n', 'closed.py')).open).toBe(false);
  });
});

describe('findStringImports', () => {
  const modules = new Set(['config', 'adapters', 'main']);
  test('import_module, __import__, mock.patch, find_spec, uvicorn — not patch.object, not third party', async () => {
    const source = [
      'import importlib, importlib.util',
      'from unittest import mock',
      'importlib.import_module("adapters.x")',
      'mod = __import__("config")',
      '@mock.patch("config.SETTINGS")',
      'def t(m): pass',
      'mock.patch.object(config, "SETTINGS")',
      'mock.patch.dict("config.ENV", {})',
      'importlib.util.find_spec("adapters")',
      'uvicorn.run("main:app")',
      'importlib.import_module("httpx")',
      'importlib.import_module(f"adapters.{name}")',
      'importlib.import_module(".x", package=__package__)',
      'monkeypatch.setattr("config.X", 1)',
      'monkeypatch.setattr(config, "X", 1)',
      'print("config.X")',
      's = "importlib.import_module(\'config\')"',
    ].join('\n');
    expect(await findStringImports(source, 'm.py', modules)).toEqual([
      { module: 'adapters.x', line: 3, column: 24, call: 'importlib.import_module' },
      { module: 'config', line: 4, column: 17, call: '__import__' },
      { module: 'config.SETTINGS', line: 5, column: 12, call: 'mock.patch' },
      { module: 'config.ENV', line: 8, column: 16, call: 'mock.patch.dict' },
      { module: 'adapters', line: 9, column: 25, call: 'importlib.util.find_spec' },
      { module: 'main', line: 10, column: 12, call: 'uvicorn.run' },
      { module: 'config.X', line: 14, column: 20, call: 'monkeypatch.setattr' },
    ]);
  });
});
