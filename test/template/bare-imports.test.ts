import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  bareImportError,
  findBareImports,
  type RuntimeModules,
  type TemplateFile,
} from '../../packages/template/bare-imports.js';
import { repoRoot } from '../../sandbox/runner.js';

/** What a wheel's _runtime_modules.json lists (the real runtime had a `plugins` module). */
const RUNTIME: RuntimeModules = {
  importName: 'molecule_runtime',
  topLevelModules: [
    'a2a_client',
    'a2a_tools',
    'config',
    'events',
    'heartbeat',
    'main',
    'plugins',
    'transcript_auth',
  ],
  subpackages: ['adapters', 'builtin_tools', 'plugins_registry', 'policies', 'skill_loader'],
  source: 'manifest',
};

/** Bare statement (as a template writes it) → the fix the check proposes. */
const CASES: [string, string][] = [
  [
    'from plugins_registry import load_plugins',
    'from molecule_runtime.plugins_registry import load_plugins',
  ],
  [
    'from builtin_tools.memory import recall as r, store',
    'from molecule_runtime.builtin_tools.memory import recall as r, store',
  ],
  ['from events import *', 'from molecule_runtime.events import *'],
  ['import config', 'from molecule_runtime import config'],
  ['import config as cfg', 'import molecule_runtime.config as cfg'],
  ['import os, config', 'import os; from molecule_runtime import config'],
  [
    'import adapters.base',
    'import molecule_runtime.adapters.base; from molecule_runtime import adapters',
  ],
  ['import json; import heartbeat', 'from molecule_runtime import heartbeat'],
  ['if True: import transcript_auth', 'from molecule_runtime import transcript_auth'],
  ['from \\\n    events import emit', 'from molecule_runtime.events import emit'],
  [
    'from policies import (\n    limits,\n    rate,\n)',
    'from molecule_runtime.policies import limits, rate',
  ],
];

const file = (p: string, source: string): TemplateFile => ({ path: p, source });
const found = async (source: string) =>
  (await findBareImports([file('adapter.py', source)], RUNTIME)).found.map((b) => [
    b.line,
    b.statement,
    b.fixed,
  ]);

describe('bare imports of runtime modules', () => {
  it('catches `from plugins import load_plugins` with its line and the fixed import', async () => {
    const report = await findBareImports(
      [file('adapter.py', '"""Adapter."""\nimport os\n\nfrom plugins import load_plugins\n')],
      RUNTIME,
    );
    expect(report.found).toEqual([
      {
        file: 'adapter.py',
        line: 4,
        column: 1,
        statement: 'from plugins import load_plugins',
        modules: ['plugins'],
        fixed: 'from molecule_runtime.plugins import load_plugins',
        inFunction: false,
        inTypeChecking: false,
      },
    ]);
    const error = bareImportError(report.found[0]!, RUNTIME);
    expect(error.place).toMatchObject({ file: 'adapter.py', line: 4, column: 1 });
    expect(error.title).toBe('Bare runtime import');
    expect(error.message).toBe(
      "`from plugins import load_plugins` imports the runtime module 'plugins' bare: it only works in the monorepo, and fails with ModuleNotFoundError once the runtime is the installed molecule_runtime package. Write `from molecule_runtime.plugins import load_plugins`.",
    );
  });

  it.each(CASES)('%s → %s', async (source, fixed) => {
    const r = await found(`${source}\n`);
    expect(r).toHaveLength(1);
    expect(r[0]?.[0]).toBe(1);
    expect(r[0]?.[2]).toBe(fixed);
  });

  it('inside functions and methods, said to be out of an import smoke’s reach', async () => {
    const report = await findBareImports(
      [
        file(
          'tools.py',
          'class T:\n    def run(self):\n        from plugins import load_plugins\n        return load_plugins()\n\n\ndef f():\n    import heartbeat\n',
        ),
      ],
      RUNTIME,
    );
    expect(report.found.map((b) => [b.line, b.column, b.inFunction])).toEqual([
      [3, 9, true],
      [8, 5, true],
    ]);
    expect(bareImportError(report.found[0]!, RUNTIME).message).toMatch(
      /inside a function, so an import smoke test of the image would not catch it/,
    );
  });

  it('under TYPE_CHECKING: marked (never run, but a type checker fails on it)', async () => {
    const report = await findBareImports(
      [
        file(
          'a.py',
          'from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from events import Event\n',
        ),
      ],
      RUNTIME,
    );
    expect(report.found.map((b) => [b.line, b.inTypeChecking])).toEqual([[3, true]]);
  });

  it('leaves alone: qualified and relative imports, other modules, strings, comments and docstrings', async () => {
    expect(
      await found(
        [
          '"""Usage:',
          '    from plugins import load_plugins',
          '"""',
          '# import config',
          'from molecule_runtime.plugins import load_plugins',
          'import molecule_runtime.config as config',
          'from . import plugins',
          'from .events import emit',
          'import pluginsx',
          'from configparser import ConfigParser',
          'x = "import heartbeat"',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it("a template's own module of the same name is not the runtime's", async () => {
    const report = await findBareImports(
      [
        file('config.py', 'X = 1\n'),
        file('adapter.py', 'import config\nfrom plugins import load_plugins\n'),
      ],
      RUNTIME,
    );
    expect(report.shadowed).toEqual(['config']);
    expect(report.found.map((b) => b.statement)).toEqual(['from plugins import load_plugins']);
  });

  it('string imports of runtime modules are reported with the qualified name', async () => {
    const report = await findBareImports(
      [file('a.py', 'import importlib\nmod = importlib.import_module("plugins")\n')],
      RUNTIME,
    );
    expect(report.stringImports).toEqual([
      expect.objectContaining({
        line: 2,
        module: 'plugins',
        fixed: 'molecule_runtime.plugins',
        call: 'importlib.import_module',
      }),
    ]);
  });

  it('a file that does not parse is an error on its line, and the others are still checked', async () => {
    const report = await findBareImports(
      [file('broken.py', 'def f(:\n    pass\n'), file('ok.py', 'import config\n')],
      RUNTIME,
    );
    expect(report.syntaxErrors).toHaveLength(1);
    expect(report.syntaxErrors[0]?.place.file).toBe('broken.py');
    expect(report.syntaxErrors[0]?.place.line).toBe(1);
    expect(report.found.map((b) => b.file)).toEqual(['ok.py']);
  });

  it('the sample templates import the runtime the right way', async () => {
    const root = path.join(repoRoot, 'examples', 'templates');
    for (const t of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const files = readdirSync(path.join(root, t.name))
        .filter((f) => f.endsWith('.py'))
        .map((f) => file(f, readFileSync(path.join(root, t.name, f), 'utf8')));
      expect(files.length).toBeGreaterThan(0);
      const report = await findBareImports(files, RUNTIME);
      expect([t.name, report.found]).toEqual([t.name, []]);
    }
  });
});

/**
 * The oracle for the fixes: CPython. Each bare statement runs with the
 * runtime's modules at the top of sys.path (the monorepo, where it works);
 * its fix runs with them inside the installed molecule_runtime package. Both
 * must bind the same names to the same modules and objects.
 */
describe('every proposed fix binds what the bare import bound (CPython)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bare-fix-'));
    const ws = path.join(dir, 'workspace');
    const put = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
      writeFileSync(path.join(ws, rel), text);
    };
    put('config.py', 'SETTINGS = "settings"\n');
    put('plugins.py', 'def load_plugins():\n    return []\n');
    put('plugins_registry/__init__.py', 'def load_plugins():\n    return []\n');
    put(
      'events.py',
      '__all__ = ["emit", "Event"]\ndef emit():\n    pass\nclass Event:\n    pass\n',
    );
    put('heartbeat.py', 'BEAT = 1\n');
    put('transcript_auth.py', 'TOKEN = 1\n');
    put('adapters/__init__.py', '');
    put('adapters/base.py', 'class BaseAdapter:\n    pass\n');
    put('builtin_tools/__init__.py', '');
    put('builtin_tools/memory.py', 'def recall():\n    pass\ndef store():\n    pass\n');
    put('policies/__init__.py', 'rate = 10\n');
    put('policies/limits.py', 'MAX = 1\n');
    cpSync(ws, path.join(dir, 'site', 'molecule_runtime'), { recursive: true });
    writeFileSync(path.join(dir, 'site', 'molecule_runtime', '__init__.py'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('for every case above', async () => {
    // The statement as reported (one statement, even from `import json; import heartbeat`) and its fix.
    const pairs = await Promise.all(
      CASES.map(async ([source]) => (await found(`${source}\n`)).map((f) => [f[1], f[2]])[0]),
    );
    const script = `
import json, sys, types
cases = json.loads(sys.stdin.read())
def bound(code, path):
    sys.path.insert(0, path)
    try:
        ns = {}
        exec(compile(code, "<case>", "exec"), ns)
    finally:
        sys.path.remove(path)
    out = {}
    for k, v in ns.items():
        if k.startswith("__"):
            continue
        name = v.__name__ if isinstance(v, types.ModuleType) else getattr(v, "__module__", "") + ":" + getattr(v, "__qualname__", repr(v))
        out[k] = name.replace("molecule_runtime.", "")
    return out
print(json.dumps([[bound(b, sys.argv[1]), bound(f, sys.argv[2])] for b, f in cases]))
`;
    const r = spawnSync(
      'python3',
      ['-c', script, path.join(dir, 'workspace'), path.join(dir, 'site')],
      {
        input: JSON.stringify(pairs),
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as [Record<string, string>, Record<string, string>][];
    expect(results).toHaveLength(CASES.length);
    for (const [i, [bare, fixed]] of results.entries()) {
      // `import a.b` binds `a` with `a.b` loaded; its fix can only load the
      // submodule with `import molecule_runtime.a.b`, which also binds
      // `molecule_runtime`: an extra name, harmless, allowed for that form only.
      if (/^import \w+\.\w/.test(String(pairs[i]?.[0]))) delete fixed.molecule_runtime;
      expect([pairs[i]?.[0], fixed]).toEqual([pairs[i]?.[0], bare]);
      expect(Object.keys(bare).length).toBeGreaterThan(0);
    }
  });
});
