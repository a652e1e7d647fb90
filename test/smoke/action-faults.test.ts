/**
 * Acceptance for issue 5, through the bundle (dist/smoke-import/index.js run
 * as the runner does): a wheel planted with each fault fails with a message
 * naming the fault and the file; a healthy wheel passes; nothing is printed
 * twice. install: offline means a real venv and a real `pip install
 * --no-index`; install: none is the static phase alone.
 */
import type { RunResult } from '../../sandbox/runner.js';
import {
  cleanWorkspaces,
  errors,
  expectNothingTwice,
  smoke,
  versionOf,
  workspaceWith,
} from './e2e.js';
import { healthyRuntime, PLACEHOLDERS, RUNTIME_SCRIPTS } from '../../sandbox/samples/wheels.js';

afterAll(cleanWorkspaces);

const python3 = versionOf('python3');

function planted(edit: (files: Record<string, string>) => void): Record<string, string> {
  const files = healthyRuntime();
  edit(files);
  return files;
}

function replaceIn(files: Record<string, string>, file: string, from: string, to: string): void {
  const text = files[file];
  if (text === undefined || !text.includes(from))
    throw new Error(`fixture: ${from} not in ${file}`);
  files[file] = text.replace(from, to);
}

const offline = { install: 'offline', env: PLACEHOLDERS };

function only(r: RunResult): RunResult['annotations'][number] {
  const e = errors(r);
  expect(e).toHaveLength(1);
  return e[0] as RunResult['annotations'][number];
}

describe('smoke-import on planted faults', () => {
  it('passes a healthy wheel: every module, the console script and the named symbols', async () => {
    const ws = workspaceWith({
      files: healthyRuntime(),
      consoleScripts: RUNTIME_SCRIPTS,
      requiresPython: '>=3.11',
    });
    const r = await smoke(ws, {
      ...offline,
      symbols: 'molecule_runtime.adapters:get_adapter\nmolecule_runtime.adapters:BaseAdapter',
    });
    expect(r.annotations).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.imported ?? '')).toEqual([
      'molecule_runtime',
      'molecule_runtime.a2a_client',
      'molecule_runtime.a2a_tools',
      'molecule_runtime.adapters',
      'molecule_runtime.adapters.base',
      'molecule_runtime.adapters.default',
      'molecule_runtime.config',
      'molecule_runtime.heartbeat',
      'molecule_runtime.main',
    ]);
    expect(JSON.parse(r.outputs.failed ?? '')).toEqual([]);
    expect(r.summary).toContain(`| module / target | static (${python3}) | python3 · ${python3} |`);
    expect(r.summary).toMatch(
      /\| script `molecule-runtime = molecule_runtime.main:main_sync` \| ✅ \| ✅ /,
    );
    expect(r.summary).toMatch(/\| symbol `molecule_runtime.adapters:get_adapter` \| ✅ \| ✅ /);
  });

  it('unrewritten bare import at module level: named, on the monorepo line, confirmed at import, once', async () => {
    const files = planted((f) =>
      replaceIn(
        f,
        'molecule_runtime/a2a_tools.py',
        'from molecule_runtime.a2a_client import',
        'from a2a_client import',
      ),
    );
    const r = await smoke(workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS }), offline);
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({
      title: 'Unrewritten bare import',
      file: 'workspace/a2a_tools.py',
      line: 3,
    });
    expect(a.message).toContain(
      "imports 'a2a_client', which exists only as molecule_runtime.a2a_client",
    );
    expect(a.message).toContain('Likely cause: an unrewritten bare import');
    expect(a.message).toContain(`Confirmed by importing on Python ${python3}`);
    expectNothingTwice(r, ['from a2a_client import A2AClient']);
    const failed = JSON.parse(r.outputs.failed ?? '') as Record<string, unknown>[];
    expect(failed).toEqual([
      expect.objectContaining({
        module: 'molecule_runtime.a2a_tools',
        exception: 'ModuleNotFoundError',
        file: 'workspace/a2a_tools.py',
        line: 3,
        wheelFile: 'molecule_runtime/a2a_tools.py',
        interpreters: ['static', python3],
      }),
    ]);
    expect(JSON.parse(r.outputs.imported ?? '')).not.toContain('molecule_runtime.a2a_tools');
  });

  it('unrewritten bare import inside a function: caught statically while importing the module passes', async () => {
    const files = planted((f) => {
      f['molecule_runtime/heartbeat.py'] +=
        '\n\ndef on_stop():\n    from config import load\n\n    return load()\n';
    });
    const r = await smoke(workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS }), offline);
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({
      title: 'Unrewritten bare import',
      file: 'workspace/heartbeat.py',
      line: 9,
    });
    expect(a.message).toContain('inside on_stop(), so importing the module does not reveal it');
    // The import itself succeeds on the interpreter: only the static phase sees it.
    expect(r.summary).toMatch(new RegExp(`\\| \`molecule_runtime.heartbeat\` \\| ❌ \\| ✅ `));
    expect(JSON.parse(r.outputs.imported ?? '')).toContain('molecule_runtime.heartbeat');
    expectNothingTwice(r, ['from config import load']);
  });

  it('missing entry-point target (main_sync): named with its module file', async () => {
    const files = planted((f) =>
      replaceIn(f, 'molecule_runtime/main.py', 'def main_sync():', 'def main_synchronous():'),
    );
    const r = await smoke(workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS }), offline);
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({ title: 'Missing entry-point target', file: 'workspace/main.py' });
    expect(a.message).toContain(
      "Console script 'molecule-runtime = molecule_runtime.main:main_sync'",
    );
    expect(a.message).toContain("has no 'main_sync'");
    expect(a.message).toContain(`Confirmed by importing on Python ${python3}`);
    // A plain import of the module passes: the script target is what is missing.
    expect(JSON.parse(r.outputs.imported ?? '')).toContain('molecule_runtime.main');
    expectNothingTwice(r, ['main_sync']);
  });

  it('missing symbols entry: named with its module file', async () => {
    const ws = workspaceWith({ files: healthyRuntime(), consoleScripts: RUNTIME_SCRIPTS });
    const r = await smoke(ws, {
      ...offline,
      symbols: 'molecule_runtime.adapters:get_adapter\nmolecule_runtime.adapters:AdapterRegistry',
    });
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({ title: 'Missing symbol', file: 'workspace/adapters/__init__.py' });
    expect(a.message).toContain('symbols entry molecule_runtime.adapters:AdapterRegistry');
    expectNothingTwice(r, ['AdapterRegistry']);
  });

  it('Requires-Python above the interpreter: both versions and pip\'s "from versions: none", before any venv', async () => {
    const ws = workspaceWith({
      files: healthyRuntime(),
      consoleScripts: RUNTIME_SCRIPTS,
      requiresPython: '>=3.12',
    });
    const r = await smoke(ws, offline);
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a.title).toBe('Python below Requires-Python');
    expect(a.message).toContain('molecule-ai-workspace-runtime 1.0.0 requires Python >=3.12');
    expect(a.message).toContain(`python3 is Python ${python3}`);
    expect(a.message).toContain('(from versions: none)');
    expect(a.message).toContain("python-version: '3.12'");
    expect(r.stdout).not.toMatch(/fresh venv/);
    expectNothingTwice(r, ['from versions: none']);
  });

  it('syntax error: file and line, once, although every importer of the module fails too', async () => {
    const files = planted((f) => {
      f['molecule_runtime/events.py'] = '"""Events."""\n\n\ndef emit(:\n    pass\n';
      f['molecule_runtime/heartbeat.py'] =
        `from molecule_runtime import events\n${f['molecule_runtime/heartbeat.py']}`;
    });
    const r = await smoke(workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS }), offline);
    expect(r.exitCode).toBe(1);
    const a = only(r);
    expect(a).toMatchObject({ title: 'Syntax error', file: 'workspace/events.py', line: 4 });
    expect(a.message).toContain('SyntaxError');
    expect(a.message).toContain('Breaks 2: molecule_runtime.events, molecule_runtime.heartbeat');
    expectNothingTwice(r, ['def emit(:']);
  });

  it('static mode alone (install: none) catches all of them at once, one annotation each', async () => {
    const files = planted((f) => {
      replaceIn(
        f,
        'molecule_runtime/a2a_tools.py',
        'from molecule_runtime.a2a_client import',
        'from a2a_client import',
      );
      f['molecule_runtime/heartbeat.py'] +=
        '\n\ndef on_stop():\n    from config import load\n\n    return load()\n';
      replaceIn(f, 'molecule_runtime/main.py', 'def main_sync():', 'def main_synchronous():');
      f['molecule_runtime/events.py'] = 'def emit(:\n    pass\n';
    });
    const r = await smoke(workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS }), {
      install: 'none',
      symbols: 'molecule_runtime.adapters:AdapterRegistry',
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r).map((a) => `${a.title} ${a.file}:${a.line ?? ''}`)).toEqual([
      'Unrewritten bare import workspace/a2a_tools.py:3',
      'Missing symbol workspace/adapters/__init__.py:',
      'Syntax error workspace/events.py:1',
      'Unrewritten bare import workspace/heartbeat.py:9',
      'Missing entry-point target workspace/main.py:',
      // The aggregate line of the toolkit's error boundary.
      'undefined undefined:',
    ]);
    expect(r.stdout).not.toMatch(/fresh venv/);
    expect(JSON.parse(r.outputs.imported ?? '')).toEqual([]);
    expect(JSON.parse(r.outputs.failed ?? '')).toHaveLength(5);
    expectNothingTwice(r, [
      'from a2a_client import',
      'from config import load',
      'main_sync',
      'def emit(:',
      'AdapterRegistry',
    ]);
  });

  it('annotates the wheel path when the monorepo source is not in the workspace', async () => {
    const files = planted((f) =>
      replaceIn(
        f,
        'molecule_runtime/a2a_tools.py',
        'from molecule_runtime.a2a_client import',
        'from a2a_client import',
      ),
    );
    const r = await smoke(workspaceWith({ files }, { source: false }), { install: 'none' });
    expect(only(r)).toMatchObject({ file: 'molecule_runtime/a2a_tools.py', line: 3 });
  });
});
