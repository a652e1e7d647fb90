/**
 * Issue #15 through the bundle, with real CPython and pip: modules with
 * non-ASCII names are imported (PEP 3131), a name stored in NFD is refused,
 * every imported top-level name is looked up with importlib.util.find_spec in
 * the fresh venv (lazy imports included, TYPE_CHECKING and try/except
 * ImportError left out, no package code run), install: none says the lookup
 * did not run, and a timeout under 1 ms is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanWorkspaces, errors, expectNothingTwice, smoke, workspaceWith } from './e2e.js';
import {
  healthyRuntime,
  PLACEHOLDERS,
  RUNTIME_SCRIPTS,
  writeWheel,
} from '../../sandbox/samples/wheels.js';
import { replaceOnce } from '../text-edit.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'smoke-hardening-'));
afterAll(() => {
  cleanWorkspaces();
  rmSync(scratch, { recursive: true, force: true });
});

describe('smoke-import: modules named outside ASCII (PEP 3131)', () => {
  it('imports café and модуль like every other module, and sees a fault in one', async () => {
    const files = healthyRuntime();
    files['molecule_runtime/café.py'] = 'MENU = ["espresso"]\n';
    files['molecule_runtime/модуль.py'] = 'raise RuntimeError("модуль is broken")\n';
    const ws = workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS });
    // Eleven modules parsed, eleven imported: none left out for its name.
    expect(r.stdout).toMatch(/Static check: 11 modules parsed/);
    expect(r.stdout).toMatch(/12 imports \(11 modules, 1 scripts, 0 symbols\)/);
    expect(r.exitCode).toBe(1);
    const e = errors(r);
    expect(e).toHaveLength(1);
    expect(e[0]?.message).toContain('importing molecule_runtime.модуль raised RuntimeError');
    expect(e[0]?.file).toBe('workspace/модуль.py');
    const imported = JSON.parse(r.outputs.imported ?? '') as string[];
    expect(imported).toContain('molecule_runtime.café');
    expect(imported).not.toContain('molecule_runtime.модуль');
    expect(r.summary).toContain('`molecule_runtime.café`');
  });

  it('refuses a module name stored in NFD, which no import statement can name', async () => {
    const files = healthyRuntime();
    const nfd = 'cafe\u0301';
    files[`molecule_runtime/${nfd}.py`] = 'MENU = 1\n';
    const ws = workspaceWith({ files }, { source: false });
    const r = await smoke(ws, { install: 'none' });
    expect(r.exitCode).toBe(1);
    const e = errors(r);
    expect(e.map((a) => a.title)).toEqual(['Module name not in NFKC form']);
    expect(e[0]?.message).toContain(`molecule_runtime/${nfd}.py`);
    expect(e[0]?.message).toContain(
      "'cafe\\u0301' is not in NFKC form (Python reads it as 'café')",
    );
  });
});

describe('smoke-import: every imported name resolves in the venv (find_spec)', () => {
  const lazyImports = (): Record<string, string> => {
    const files = healthyRuntime();
    files['molecule_runtime/auth.py'] = [
      'from typing import TYPE_CHECKING',
      '',
      'if TYPE_CHECKING:',
      '    import typing_only_pkg',
      '',
      'try:',
      '    import optional_pkg',
      'except ImportError:',
      '    optional_pkg = None',
      '',
      '',
      'def f():',
      '    import nonexistent_pkg',
      '',
      '    return nonexistent_pkg',
      '',
      '',
      'def check_transcript():',
      '    from transcript_auth import check',
      '',
      '    return check()',
      '',
      '',
      'def uses_dependency():',
      '    import loud_dep',
      '',
      '    return loud_dep',
      '',
      '',
      'def uses_stdlib():',
      '    import json.decoder',
      '',
      '    return json.decoder',
      '',
    ].join('\n');
    return files;
  };
  // A dependency whose import raises: find_spec must find it without running it.
  const deps = path.join(scratch, 'deps');
  writeWheel(deps, {
    name: 'loud-dep',
    version: '1.0',
    files: { 'loud_dep/__init__.py': 'raise SystemExit("loud_dep was imported")\n' },
  });

  it('fails each lazy import that no installed distribution provides, with file:line, statement and Requires-Dist', async () => {
    const ws = workspaceWith({ files: lazyImports(), requiresDist: ['loud-dep>=1.0'] });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS, 'find-links': deps });
    expect(r.exitCode).toBe(1);
    const e = errors(r).filter((a) => a.title);
    expect(e.map((a) => `${a.title} ${a.file}:${a.line}`)).toEqual([
      'Import that cannot resolve workspace/auth.py:13',
      'Import that cannot resolve workspace/auth.py:19',
    ]);
    expect(r.stdout).toContain(
      '::error::molecule_ai_workspace_runtime-1.0.0-py3-none-any.whl: 2 faults;',
    );
    expect(e[0]?.message).toContain(
      "molecule_runtime/auth.py:13: `import nonexistent_pkg` imports 'nonexistent_pkg', which importlib.util.find_spec does not find",
    );
    expect(e[0]?.message).toContain('inside f(), so importing the module does not reveal it');
    expect(e[0]?.message).toContain('Requires-Dist: `loud-dep>=1.0`.');
    expect(e[1]?.message).toContain(
      "`from transcript_auth import check` imports 'transcript_auth'",
    );
    expect(e[1]?.message).toContain('inside check_transcript()');
    // Neither the TYPE_CHECKING nor the try/except ImportError import is a fault.
    expect(allMessages(r)).not.toMatch(/typing_only_pkg|optional_pkg/);
    // The dependency was found without running it (its import raises SystemExit).
    expect(allMessages(r)).not.toContain('loud_dep');
    expect(r.stdout).toContain('not found: nonexistent_pkg, transcript_auth');
    expect(r.summary).toContain('not found: `nonexistent_pkg`, `transcript_auth`');
    expectNothingTwice(r, ['`import nonexistent_pkg`', '`from transcript_auth import check`']);
  });

  it('reports a module-level import that does not resolve once, naming Requires-Dist', async () => {
    const files = healthyRuntime();
    files['molecule_runtime/heartbeat.py'] =
      `import missing_at_top\n${files['molecule_runtime/heartbeat.py']}`;
    const ws = workspaceWith({ files, consoleScripts: RUNTIME_SCRIPTS });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS });
    expect(r.exitCode).toBe(1);
    const e = errors(r);
    expect(e.map((a) => `${a.title} ${a.file}:${a.line}`)).toEqual([
      'Import that cannot resolve workspace/heartbeat.py:1',
    ]);
    expect(e[0]?.message).toContain('importing the module raises ModuleNotFoundError');
    expect(e[0]?.message).toContain('Requires-Dist: none.');
    expectNothingTwice(r, ['missing_at_top']);
  });

  it('passes when every lazy import resolves, and says how many names it looked up', async () => {
    const files = lazyImports();
    const auth = files['molecule_runtime/auth.py'] as string;
    files['molecule_runtime/auth.py'] = replaceOnce(
      replaceOnce(auth, '    import nonexistent_pkg\n', '    import loud_dep as nonexistent_pkg\n'),
      '    from transcript_auth import check\n',
      '    from json import loads as check\n',
    );
    const ws = workspaceWith({ files, requiresDist: ['loud-dep>=1.0'] });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS, 'find-links': deps });
    expect(r.annotations).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(
      /Import resolution \(importlib\.util\.find_spec in the venv[^)]*\): Python [\d.]+: \d+ names from \d+ statements, all found\./,
    );
  });

  it('with install: none, says that the lookup did not run', async () => {
    const ws = workspaceWith({ files: lazyImports() });
    const r = await smoke(ws, { install: 'none' });
    expect(r.exitCode).toBe(0);
    const notices = r.annotations.filter((a) => a.level === 'notice');
    expect(notices.map((a) => a.message)).toEqual([
      'Import resolution did not run: install: none installs nothing, so the imported names were not looked up in a venv (importlib.util.find_spec did not run).',
    ]);
    expect(r.summary).toContain('Import resolution: **not run**');
  });
});

describe('smoke-import: input checks', () => {
  it.each(['0', '0s', '0ms', '0.0001'])('refuses timeout: %s', async (timeout) => {
    const ws = workspaceWith({ files: healthyRuntime() });
    const r = await smoke(ws, { install: 'offline', env: PLACEHOLDERS, timeout });
    expect(r.exitCode).toBe(1);
    expect(errors(r).map((a) => a.message)).toEqual([
      expect.stringContaining(`Input 'timeout' must be at least 1 ms, got '${timeout}'`),
    ]);
    expect(r.stdout).not.toContain('fresh venv');
  });
});

function allMessages(r: { annotations: { message: string }[] }): string {
  return r.annotations.map((a) => a.message).join('\n');
}
