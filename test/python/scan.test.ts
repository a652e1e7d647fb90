/**
 * Issue #19: imports and module bindings found by a tokenizer (scan.ts)
 * instead of tree-sitter's full parse. The full parse is the reference: over
 * the sample monorepo, a generated 1,000-file tree and the CPython standard
 * library the tokenizer must give the same analysis, and the build the same
 * wheel and sdist bytes, package tree, rewrites and diagnostics.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  analyseWith,
  pythonGrammar,
  SCAN_RULES_FOR_TESTS,
  useFullParse,
} from '../../packages/python/analyse.js';
import type { ModuleAnalysis } from '../../packages/python/module-analysis.js';
import { scanModule } from '../../packages/python/scan.js';
import { tokenize } from '../../packages/python/tokenize.js';
import { buildRuntime, type BuildOptions } from '../../packages/runtime-build/pipeline.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { generateWorkspace } from '../../bench/build.js';
import { repoRoot } from '../../sandbox/runner.js';
import { python } from './oracle.js';
import { treeListing } from '../runtime-build/tree-listing.js';

const scan = (source: string, file = 'm.py'): ModuleAnalysis | undefined =>
  scanModule(source, file, SCAN_RULES_FOR_TESTS);

async function fullParse(source: string, file = 'm.py'): Promise<ModuleAnalysis> {
  return analyseWith(await pythonGrammar(), source, file);
}

/** An analysis as comparable data (the name set sorted). */
function plain(a: ModuleAnalysis): unknown {
  return { ...a, topLevelNames: [...a.topLevelNames].sort() };
}

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) pyFiles(p, out);
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('the tokenizer', () => {
  test.each([
    [
      'every string prefix and quote',
      `x = rb'\\'' + Rb"\\"" + u'''a\n'b''' + BR"""c"""\nimport os\n`,
    ],
    [
      'f-strings with nested fields and reused quotes (PEP 701)',
      `s = f"{x["k"]:{w}.{p}} {{}} {f'{y!r:>{n}}'}"\nimport os\n`,
    ],
    ['continuations and brackets', 'x = (1,\n  2) + \\\n  3\nimport os\n'],
    [
      'comments and a comment-only line with odd indentation',
      'if x:  # c\n  y = 1\n        # c\n  z = 2\nimport os\n',
    ],
    ['strings spanning lines', 'x = """\nimport fake\n"""\nimport os\n'],
  ])('%s', (_what, source) => {
    const t = tokenize(source);
    expect(t).toBeDefined();
    const a = scan(source)!;
    expect(a.imports.map((s) => [s.statement.module, s.statement.line])).toEqual([
      ['os', source.split('\n').findIndex((l) => l === 'import os') + 1],
    ]);
  });

  it('gives each module its own tokens: arrays reused between modules, and a module over 1 MiB', () => {
    // The tokenizer reuses its arrays from module to module, except for a huge one.
    const big = `import os\n${'x = (1,\n  2)\n'.repeat(90_000)}from a import b\n`;
    const small = 'import json\nif x:\n    from c import d\n';
    const modules = (a: ModuleAnalysis | undefined): string[] =>
      a!.imports.map((s) => `${s.statement.module}:${s.statement.line}`);
    const expectedBig = ['os:1', `a:${90_000 * 2 + 2}`];
    expect(big.length).toBeGreaterThan(1 << 20);
    expect(modules(scan(small))).toEqual(['json:1', 'c:3']);
    expect(modules(scan(big))).toEqual(expectedBig);
    expect(modules(scan(small))).toEqual(['json:1', 'c:3']);
    expect(modules(scan(`${big.slice(0, 10 + 13 * 76)}import z\n`))).toEqual(['os:1', 'z:154']);
    expect(modules(scan(big))).toEqual(expectedBig);
  });

  test.each([
    ['an unterminated string', 'x = "abc\nimport os\n'],
    ['an unterminated triple-quoted string', 'x = """abc\nimport os\n'],
    ['unbalanced brackets', 'def f(:\n    pass\n'],
    ['a closing bracket that does not match', 'x = (1]\n'],
    ['an inconsistent dedent', 'if x:\n    y = 1\n  z = 2\n'],
    ['a stray character', 'x = 1 $ 2\n'],
    ['an unexpected indent', 'x = 1\n    y = 2\n'],
  ])('leaves %s to the full parse, which reports it', (_what, source) => {
    expect(scan(source)).toBeUndefined();
  });
});

describe('the tokenizer finds what the full parse finds', () => {
  const cases: Array<[string, string]> = [
    [
      'semicolons and one-line bodies',
      'import a; import b.c\nif x: import d; from e import f\nclass K: import g\n',
    ],
    [
      'relative and parenthesized from-imports',
      'from . import a\nfrom ..b.c import (d as e,\n    f,  # c\n)\nfrom ...x import *\n',
    ],
    ['future imports', 'from __future__ import annotations, division as d\n'],
    [
      'TYPE_CHECKING, elif and else',
      'import typing\nif typing.TYPE_CHECKING:\n    import a\nelif TYPE_CHECKING:\n    import b\nelse:\n    import c\n',
    ],
    [
      'optional imports',
      'try:\n    import a\nexcept ImportError:  # c\n    a = None\ntry:\n    import b\nexcept (ValueError, ModuleNotFoundError):\n    raise\ntry: import c\nexcept Exception: pass\nfinally: pass\n',
    ],
    [
      'scopes',
      'class A:\n    def f(self):\n        import a\n        async def g():\n            from b import c\n    import d\n@dec\ndef h(): import e\n',
    ],
    [
      'module-level bindings',
      'a, (b, *c) = x\nd.e = f[g] = h = 1\nh2: int = 1\nfor i, j in k: pass\nwith o as p, q as (r, s): pass\nglobal t\ntype U = int\nv: int\nw += 1\nlambda y=1: y\n(z := 3)\n',
    ],
    [
      '__all__ forms',
      '__all__ = ["a", \'b\']\n__all__ += ("c",)\n__all__.extend(["d"])\n__all__.append("e")\n',
    ],
    ['a computed __all__', '__all__ = [n for n in dir()]\n'],
    ['a module __getattr__ and globals()', 'def __getattr__(name): pass\nglobals()["x"] = 1\n'],
    [
      'string imports',
      'import importlib\nm = importlib.import_module("config.sub")\n@mock.patch("a.b.c")\ndef t(): x().y.patch("d.e", 1)\n__import__(\'f\')\n',
    ],
    [
      'match statements',
      'match x:\n    case 1: import a\n    case _:\n        import b\nmatch = 1\n',
    ],
    ['non-ASCII identifiers and columns', 'données = "é"; import os\n'],
    [
      'callees never reach back across a line',
      'x[0].y().patch("a.b")\n(a).patch("a.b")\np = patch\n("c.d")\n"".patch("e.f")\n',
    ],
    [
      'type aliases (a generic one binds nothing in the tree walk)',
      'type X = int\ntype Y[T] = list[T]\ntype = 5\n',
    ],
    [
      'tabs, form feeds and astral characters',
      'if x:\n\timport a\n\fimport b\nx = "\u{1F600}"; import c\n',
    ],
    [
      'except* and re-raising handlers',
      'try:\n    import a\nexcept* ImportError:\n    pass\ntry:\n    import b\nexcept (ImportError):\n    raise RuntimeError("x") from None\n',
    ],
    [
      '__all__ forms that leave the module open',
      '__all__ = ("a" "b",)\n__all__ = "a", "b"\n__all__ = ("a")\n__all__.extend(other.__all__)\n',
    ],
    ['CRLF line ends', 'import a\r\nif x:\r\n    import b\r\n'],
  ];
  test.each(cases)('%s', async (_what, source) => {
    const scanned = scan(source);
    expect(scanned).toBeDefined();
    expect(plain(scanned!)).toEqual(plain(await fullParse(source)));
  });

  test('over the sample monorepo and the CPython standard library: identical, and almost never left to the parse', async () => {
    const stdlib = execFileSync(python, [
      '-c',
      'import sysconfig; print(sysconfig.get_paths()["stdlib"])',
    ])
      .toString()
      .trim();
    const files = [
      ...pyFiles(path.join(repoRoot, 'examples')),
      ...pyFiles(stdlib).filter((f) => !/[/\\](test|tests|site-packages|lib2to3)[/\\]/.test(f)),
    ];
    let scanned = 0;
    let compared = 0;
    const differ: string[] = [];
    for (const file of files) {
      let source: string;
      try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
      } catch {
        continue;
      }
      compared++;
      let reference: ModuleAnalysis;
      try {
        reference = await fullParse(source, file);
      } catch {
        continue; // tree-sitter's gaps: nothing to compare with
      }
      const mine = scan(source, file);
      if (mine === undefined) continue;
      scanned++;
      if (JSON.stringify(plain(mine)) !== JSON.stringify(plain(reference))) differ.push(file);
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(200);
    expect(scanned / compared).toBeGreaterThan(0.9);
  }, 300_000);
});

describe('the build gives the same bytes with the tokenizer as with the full parse', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'scan-equivalence-'));
  });
  afterAll(() => {
    useFullParse(false);
    rmSync(root, { recursive: true, force: true });
  });

  async function both(ws: string, extra: Partial<BuildOptions> = {}): Promise<[unknown, unknown]> {
    const run = async (name: string, full: boolean): Promise<unknown> => {
      useFullParse(full);
      const options: BuildOptions = {
        cwd: ws,
        source: 'workspace',
        version: '1.2.3',
        packageName: 'molecule-ai-workspace-runtime',
        importName: 'molecule_runtime',
        outDir: `out-${name}`,
        exclude: [
          'Dockerfile',
          '*.sh',
          'pytest.ini',
          'requirements.txt',
          '__pycache__/',
          'tests/',
          'lib/',
          'scripts/',
          '.*',
        ],
        sourceDateEpoch: '1700000000',
        packageDir: path.join(ws, `tree-${name}`),
        ...extra,
      };
      try {
        const r = await buildRuntime(options);
        return {
          wheel: [r.wheel.fileName, r.wheel.sha256],
          sdist: [r.sdist.fileName, r.sdist.sha256],
          tree: treeListing(r.packageDir!),
          rewrites: r.rewrites,
          warnings: r.warnings,
          modules: r.modules,
        };
      } catch (e) {
        const list = e instanceof ActionErrors ? e.errors : e instanceof ActionError ? [e] : [];
        if (list.length === 0) throw e;
        return list.map((x) => [x.title, x.place, x.message]);
      } finally {
        useFullParse(false);
      }
    };
    return [await run('full', true), await run('scan', false)];
  }

  test('the sample monorepo', async () => {
    const ws = path.join(root, 'sample');
    cpSync(path.join(repoRoot, 'examples', 'monorepo', 'workspace'), path.join(ws, 'workspace'), {
      recursive: true,
    });
    const [full, scanned] = await both(ws);
    expect(scanned).toEqual(full);
    expect((full as { rewrites: unknown[] }).rewrites.length).toBeGreaterThan(0);
  }, 120_000);

  test('a generated 1,000-file tree', async () => {
    const ws = path.join(root, 'generated');
    const gen = generateWorkspace(ws, 1000);
    const [full, scanned] = await both(ws);
    expect(gen.files).toBe(1000);
    expect(scanned).toEqual(full);
  }, 300_000);

  test('the same diagnostics for a tree with import errors and a syntax error', async () => {
    const ws = path.join(root, 'faults');
    const write = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(ws, 'workspace', rel)), { recursive: true });
      writeFileSync(path.join(ws, 'workspace', rel), text);
    };
    write('config.py', 'X = 1\n__all__ = ["X", "Y"]\n');
    write(
      'main.py',
      'from config import X, MISSING\nimport lib.helpers\ntry:\n    import absent_mod\nexcept ImportError:\n    absent_mod = None\n',
    );
    write('events.py', 'import importlib\nimportlib.import_module("config")\nx = "unterminated\n');
    write('lib/helpers.py', 'H = 1\n');
    const [full, scanned] = await both(ws);
    expect(Array.isArray(full)).toBe(true);
    expect(scanned).toEqual(full);
  }, 120_000);
});
