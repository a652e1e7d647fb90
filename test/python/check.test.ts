/**
 * The static import check on the sample monorepo (clean) and on copies of it
 * with the breakages the field notes record: a lazy import of the excluded
 * lib/, a missing `main_sync`, a name a module does not define, string imports.
 * CPython confirms the verdicts on the rewritten package: each statement the
 * check flags really fails to import there, and the ones it passes import.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkEntryPoints,
  checkImports,
  type CheckOptions,
  type SourceFile,
} from '../../packages/python/check.js';
import { rewriteImports } from '../../packages/python/rewrite.js';
import { repoRoot } from '../../sandbox/runner.js';
import { rewriteTree, run, writeTree } from './oracle.js';

const sampleRoot = path.join(repoRoot, 'examples/monorepo/workspace');
const EXCLUDED = new Set(['lib', 'tests', 'scripts', 'molecule_audit']);

async function listPy(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listPy(root, child)));
    else if (e.name.endsWith('.py')) out.push(child);
  }
  return out.sort();
}

/** The sample's shipping files, and the option sets the build would derive from them. */
async function sample(): Promise<{ files: SourceFile[]; options: CheckOptions }> {
  const paths = (await listPy(sampleRoot)).filter((p) => !EXCLUDED.has(p.split('/')[0]!));
  const files = await Promise.all(
    paths.map(async (p) => ({ path: p, text: await readFile(path.join(sampleRoot, p), 'utf8') })),
  );
  return { files, options: optionsFor(files) };
}

function optionsFor(files: SourceFile[], allow: string[] = []): CheckOptions {
  const shipped = new Set<string>();
  const modules = new Set<string>();
  for (const { path: p } of files) {
    const parts = p.replace(/\.py$/, '').split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    for (let i = 1; i <= parts.length; i++) shipped.add(parts.slice(0, i).join('.'));
    modules.add(parts[0]!);
  }
  return { modules, shipped, excluded: EXCLUDED, allowUnresolved: new Set(allow) };
}

/**
 * CPython's verdict on single statements, as they would run inside the built
 * package: the files are rewritten into `molecule_runtime/`, each statement is
 * rewritten the same way and executed in the namespace of the module it sits
 * in (so relative imports resolve). true = it imports without error.
 */
async function cpythonVerdicts(
  files: SourceFile[],
  probes: Array<{ file: string; statement: string }>,
): Promise<boolean[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'check-cpython-'));
  try {
    const { modules } = optionsFor(files);
    await writeTree(path.join(dir, 'ws'), new Map(files.map((f) => [f.path, f.text])));
    const out = path.join(dir, 'out');
    await rewriteTree(
      path.join(dir, 'ws'),
      out,
      files.map((f) => f.path),
      modules,
      'molecule_runtime',
    );
    const cases = [];
    for (const probe of probes) {
      const { source } = await rewriteImports(probe.statement, {
        modules,
        importName: 'molecule_runtime',
        file: probe.file,
      });
      const parts = probe.file.replace(/\.py$/, '').split('/');
      const isPackage = parts[parts.length - 1] === '__init__';
      if (isPackage) parts.pop();
      const name = ['molecule_runtime', ...parts].join('.');
      cases.push({
        source,
        name,
        package: isPackage ? name : name.split('.').slice(0, -1).join('.'),
      });
    }
    const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(out)})
verdicts = []
for case in json.load(sys.stdin):
    try:
        exec(case["source"], {"__name__": case["name"], "__package__": case["package"]})
        verdicts.append(True)
    except Exception:
        verdicts.append(False)
print(json.dumps(verdicts))
`;
    const env = {
      WORKSPACE_ID: '00000000-0000-0000-0000-000000000000',
      PLATFORM_URL: 'http://localhost:8080',
    };
    const { code, stdout, stderr } = await run(['-c', script], JSON.stringify(cases), env);
    if (code !== 0) throw new Error(stderr);
    return JSON.parse(stdout) as boolean[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A copy of `files` with `file` changed; an edit that finds no file or changes nothing throws (it would test the clean sample). */
function edit(files: SourceFile[], file: string, change: (text: string) => string): SourceFile[] {
  if (!files.some((f) => f.path === file)) throw new Error(`edit: no ${file} in the sample`);
  return files.map((f) => {
    if (f.path !== file) return f;
    const text = change(f.text);
    if (text === f.text) throw new Error(`edit: the change matched nothing in ${file}`);
    return { ...f, text };
  });
}

describe('checkImports', () => {
  test('the sample monorepo is clean', async () => {
    const { files, options } = await sample();
    expect(await checkImports(files, options)).toEqual([]);
  });

  test('a lazy import of the excluded lib/ is an error that says why the smoke misses it and how to fix it', async () => {
    const { files, options } = await sample();
    const broken = edit(files, 'main.py', (t) =>
      t.replace(
        'def main_sync() -> None:\n',
        'def main_sync() -> None:\n    from lib.pre_stop import drain\n',
      ),
    );
    const line =
      broken
        .find((f) => f.path === 'main.py')!
        .text.split('\n')
        .indexOf('    from lib.pre_stop import drain') + 1;
    const found = await checkImports(broken, options);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'main.py',
        line,
        column: 5,
        title: 'Import of an excluded module',
      }),
    ]);
    const message = found[0]!.message;
    expect(message).toContain('`from lib.pre_stop import drain`');
    expect(message).toContain('excludes `lib`');
    expect(message).toMatch(/inside `main_sync\(\)`.*import smoke test would never catch it/);
    expect(message).toMatch(/stop excluding `lib`/);
    expect(message).toMatch(/move the code/);
    // In the built package (lib/ excluded) CPython fails on it; the monorepo's other imports work.
    expect(
      await cpythonVerdicts(files, [
        { file: 'main.py', statement: 'from lib.pre_stop import drain' },
        { file: 'main.py', statement: 'from builtin_tools.memory import store' },
      ]),
    ).toEqual([false, true]);
    // allow-unresolved silences exactly that module.
    expect(await checkImports(broken, optionsFor(broken, ['lib.pre_stop']))).toEqual([]);
    expect(await checkImports(broken, optionsFor(broken, ['lib']))).toEqual([]);
    expect(await checkImports(broken, optionsFor(broken, ['lib.other']))).toHaveLength(1);
  });

  test('module level and TYPE_CHECKING imports of excluded names say where they run', async () => {
    const { files, options } = await sample();
    const broken = edit(files, 'heartbeat.py', (t) =>
      t.replace(
        'import config\n',
        'import config\nimport lib.pre_stop\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tests.test_events import test_queued\n',
      ),
    );
    const found = await checkImports(broken, options);
    expect(found.map((d) => [d.file, d.line, d.title])).toEqual([
      ['heartbeat.py', 5, 'Import of an excluded module'],
      ['heartbeat.py', 8, 'Import of an excluded module'],
    ]);
    expect(found[0]!.message).toContain('runs when the module is imported');
    expect(found[1]!.message).toContain('TYPE_CHECKING');
  });

  test('a name the target module does not define: from a2a_client import a missing function', async () => {
    const { files, options } = await sample();
    const broken = edit(files, 'a2a_tools.py', (t) =>
      t.replace(
        'from a2a_client import discover_peer, announce',
        'from a2a_client import discover_peers, announce',
      ),
    );
    const found = await checkImports(broken, options);
    expect(found).toEqual([
      expect.objectContaining({
        file: 'a2a_tools.py',
        line: 2,
        column: 24,
        title: 'Import of a name the module does not define',
      }),
    ]);
    expect(found[0]!.message).toContain(
      '`discover_peers` is not defined at the top level of `a2a_client` (a2a_client.py)',
    );
    expect(
      await cpythonVerdicts(files, [
        { file: 'a2a_tools.py', statement: 'from a2a_client import discover_peers' },
        { file: 'a2a_tools.py', statement: 'from a2a_client import discover_peer' },
      ]),
    ).toEqual([false, true]);
  });

  test('packages: submodules and __init__ bindings resolve, other names do not', async () => {
    const { files, options } = await sample();
    const extra: SourceFile = {
      path: 'uses.py',
      text: [
        'from builtin_tools import memory',
        'from builtin_tools.memory import store, recall',
        'from adapters import get_adapter, BaseAdapter, base',
        'from plugins_registry import load_plugins',
        'from policies import MAX_TURNS',
        'from builtin_tools import shell',
        'from builtin_tools.memory import forget',
        'import builtin_tools.files',
        'from adapters.google_adk import Adapter',
        'import httpx, yaml',
        'from a2a.server import App',
        'import configparser',
        '',
      ].join('\n'),
    };
    const found = await checkImports([...files, extra], options);
    expect(found.map((d) => [d.line, d.title])).toEqual([
      [6, 'Import of a name the module does not define'],
      [7, 'Import of a name the module does not define'],
      [8, 'Import of a module that does not ship'],
      [9, 'Import of a module that does not ship'],
    ]);
    // CPython agrees on every runtime import (lines 1-9; the rest are third party).
    const statements = extra.text.split('\n').slice(0, 9);
    const verdicts = await cpythonVerdicts(
      files,
      statements.map((statement) => ({ file: 'uses.py', statement })),
    );
    const flagged = new Set(found.map((d) => d.line));
    expect(verdicts).toEqual(statements.map((_, i) => !flagged.has(i + 1)));
  });

  test('star imports are followed: __all__ when present, public names otherwise', async () => {
    const files: SourceFile[] = [
      { path: 'events.py', text: 'class Event: pass\n_PRIVATE = 1\n' },
      { path: 'exported.py', text: '__all__ = ["a"]\na = 1\nb = 2\n' },
      { path: 'facade.py', text: 'from events import *\nfrom exported import *\n' },
      { path: 'thirdparty_star.py', text: 'from os.path import *\n' },
      {
        path: 'user.py',
        text: 'from facade import Event, a\nfrom facade import _PRIVATE\nfrom facade import b\nfrom thirdparty_star import anything\n',
      },
    ];
    const found = await checkImports(files, optionsFor(files));
    expect(
      found.map((d) => [d.file, d.line, d.message.match(/`(\w+)` is not defined/)?.[1]]),
    ).toEqual([
      ['user.py', 2, '_PRIVATE'],
      ['user.py', 3, 'b'],
    ]);
    const statements = files[4]!.text.trim().split('\n').slice(0, 3);
    expect(
      await cpythonVerdicts(
        files,
        statements.map((statement) => ({ file: 'user.py', statement })),
      ),
    ).toEqual([true, false, false]);
  });

  test('a package without __init__.py gets an empty generated one: only submodules import from it', async () => {
    const files: SourceFile[] = [
      { path: 'tools/search.py', text: 'def run(): pass\n' },
      {
        path: 'main.py',
        text: 'from tools import search\nfrom tools import run\nfrom . import tools\nfrom . import nothing\n',
      },
    ];
    const found = await checkImports(files, optionsFor(files));
    expect(found.map((d) => [d.line, d.title])).toEqual([
      [2, 'Import of a name the module does not define'],
      [4, 'Import of a name the module does not define'],
    ]);
    expect(found[0]!.message).toContain('tools/__init__.py, generated by the build');
    const statements = files[1]!.text.trim().split('\n');
    expect(
      await cpythonVerdicts(
        files,
        statements.map((statement) => ({ file: 'main.py', statement })),
      ),
    ).toEqual([true, false, true, false]);
  });

  test('relative imports resolve inside the package', async () => {
    const files: SourceFile[] = [
      { path: 'adapters/__init__.py', text: '' },
      { path: 'adapters/base.py', text: 'class Base: pass\n' },
      {
        path: 'adapters/default.py',
        text: 'from .base import Base\nfrom . import base\nfrom .missing import x\nfrom .base import Nope\nfrom ... import config\n',
      },
      { path: 'config.py', text: 'X = 1\n' },
      { path: 'main.py', text: 'from . import config\nfrom .config import X\n' },
    ];
    const found = await checkImports(files, optionsFor(files));
    expect(found.map((d) => [d.file, d.line, d.title])).toEqual([
      ['adapters/default.py', 3, 'Import of a module that does not ship'],
      ['adapters/default.py', 4, 'Import of a name the module does not define'],
      ['adapters/default.py', 5, 'Relative import beyond the package'],
    ]);
    const probes = [
      ...files[2]!.text
        .trim()
        .split('\n')
        .map((statement) => ({ file: 'adapters/default.py', statement })),
      ...files[4]!.text
        .trim()
        .split('\n')
        .map((statement) => ({ file: 'main.py', statement })),
    ];
    expect(await cpythonVerdicts(files, probes)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  test('string imports of runtime modules are warnings with the rewritten string', async () => {
    const { files, options } = await sample();
    const extra: SourceFile = {
      path: 'loader.py',
      text: 'import importlib\nfrom unittest import mock\n\ndef load():\n    return importlib.import_module("adapters.default")\n\nP = mock.patch("config.SETTINGS")\nQ = mock.patch.object(object, "x")\nR = importlib.import_module("httpx")\n',
    };
    const found = await checkImports([...files, extra], options);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'loader.py',
        line: 5,
        title: 'String import not rewritten',
      }),
      expect.objectContaining({ severity: 'warning', file: 'loader.py', line: 7 }),
    ]);
    expect(found[0]!.message).toContain('"molecule_runtime.adapters.default"');
    expect(found[1]!.message).toContain('"molecule_runtime.config.SETTINGS"');
  });

  test('a file that does not parse is one diagnostic; diagnostics are sorted by file and line', async () => {
    const files: SourceFile[] = [
      { path: 'b.py', text: 'from lib.x import y\nfrom lib.z import w\n' },
      { path: 'a.py', text: 'def f(:\n  pass\n' },
      { path: 'c.py', text: 'from lib.q import r\n' },
    ];
    const found = await checkImports(files, optionsFor(files));
    expect(found.map((d) => [d.file, d.line, d.title])).toEqual([
      ['a.py', 1, 'Syntax error'],
      ['b.py', 1, 'Import of an excluded module'],
      ['b.py', 2, 'Import of an excluded module'],
      ['c.py', 1, 'Import of an excluded module'],
    ]);
  });
});

describe('checkEntryPoints', () => {
  test('a console script whose function is missing (main_sync) is an error; a present one is not', async () => {
    const { files, options } = await sample();
    const scripts = { 'molecule-runtime': 'molecule_runtime.main:main_sync' };
    expect(await checkEntryPoints(files, scripts, options)).toEqual([]);
    const broken = edit(files, 'main.py', (t) =>
      t.replace(/def main_sync\(\)/, 'def main_sync_old()'),
    );
    const found = await checkEntryPoints(broken, scripts, options);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'main.py',
        title: 'Entry point not defined',
      }),
    ]);
    expect(found[0]!.message).toContain('import smoke test');
    expect(await checkEntryPoints(files, { x: 'molecule_runtime.nope:run' }, options)).toEqual([
      expect.objectContaining({ title: 'Entry point module does not ship' }),
    ]);
  });
});
