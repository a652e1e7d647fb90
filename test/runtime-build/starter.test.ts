/** init's starter table: the Python floor (CPython's ast), requirement bounds, scripts, readme, never overwriting. */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeStarter, type StarterOptions } from '../../packages/runtime-build/starter.js';
import { readProjectFile } from '../../packages/distribution/project.js';
import { ActionError } from '../../packages/toolkit/errors.js';

let ws: string;
beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'starter-'));
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  const full = path.join(ws, 'src', rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

function options(extra: Partial<StarterOptions> = {}): StarterOptions {
  return {
    cwd: ws,
    source: 'src',
    importName: 'demo_rt',
    exclude: ['tests/', 'requirements.txt'],
    ...extra,
  };
}

/** A CPython 3.12 or newer here (PATH or pyenv), for syntax python3 (3.11) cannot parse. */
function newerPython(): string | undefined {
  const pyenv = path.join(process.env.HOME ?? '/root', '.pyenv', 'versions');
  const candidates = ['python3.13', 'python3.12'];
  if (existsSync(pyenv))
    for (const v of readdirSync(pyenv))
      if (/^3\.1[2-9]\./.test(v)) candidates.push(path.join(pyenv, v, 'bin', 'python3'));
  return candidates.find(
    (c) => spawnSync(c, ['-c', 'import sys; assert sys.version_info >= (3, 12)']).status === 0,
  );
}

describe('init starter', () => {
  it('floors at 3.11 with the standard library’s reason, bounds from requirements.txt, notes where there are none', async () => {
    write(
      'app.py',
      'import tomllib\nimport yaml, rich\nfrom jwt import decode\n\ndef f(x):\n    match x:\n        case 1:\n            return 1\n',
    );
    write('requirements.txt', 'PyYAML==6.0.1\nrich\n');
    const s = await writeStarter(options());
    expect(s.requiresPython).toBe('>=3.11');
    expect(s.text).toContain(
      '# app.py:1 imports tomllib, in the standard library from Python 3.11.',
    );
    expect(s.dependencies.map((d) => [d.requirement, d.note])).toEqual([
      ['PyYAML>=6.0.1', undefined],
      ['rich', 'requirements.txt names no version: add a lower bound'],
      ['PyJWT', 'not in requirements.txt: check the distribution name and add a lower bound'],
    ]);
    expect(s.scripts).toEqual([]);
    expect(s.text).toContain('# No main_sync or main function found');
    expect(s.text).not.toContain('readme');
    // The file is a valid project table for the build.
    const table = readProjectFile(s.file, {
      name: 'demo',
      displayPath: 'src/pyproject.runtime.toml',
    });
    expect(table.dependencies).toEqual(['PyYAML>=6.0.1', 'rich', 'PyJWT']);
    expect(table.requiresPython).toBe('>=3.11');
  });

  it('keeps the default floor when the grammar needs less, and says what the sources alone allow', async () => {
    write('main.py', 'def main():\n    if (n := 1):\n        return n\n');
    write('README.rst', 'Demo\n====\n');
    const s = await writeStarter(options());
    expect(s.requiresPython).toBe('>=3.11');
    expect(s.text).toContain(
      "# the build's default floor; the sources alone would allow 3.8 (main.py needs Python 3.8's grammar).",
    );
    expect(s.scripts).toEqual([['demo-rt', 'demo_rt.main:main']]);
    expect(s.readme).toBe('README.rst');
  });

  it('leaves optional imports (try/except ImportError) out of dependencies, with a comment', async () => {
    write(
      'fast.py',
      'try:\n    import ujson\nexcept ImportError:\n    ujson = None\nimport yaml\n',
    );
    write('requirements.txt', 'ujson>=5\nPyYAML>=6\n');
    const s = await writeStarter(options());
    expect(s.dependencies.map((d) => d.requirement)).toEqual(['PyYAML>=6']);
    expect(s.unusedRequirements).toEqual([]);
    expect(s.text).toContain(
      '# Imported under try/except ImportError, so not required (an extra in [project.optional-dependencies]?): ujson (fast.py:2)',
    );
  });

  it('reads no dependency from a folder the build leaves out (adapters/google-adk/)', async () => {
    write('main.py', 'import yaml\n');
    write('adapters/__init__.py', '');
    write('adapters/google-adk/adapter.py', 'from google.adk import Agent\n');
    write('requirements.txt', 'PyYAML>=6\n');
    const s = await writeStarter(options());
    expect(s.dependencies.map((d) => d.requirement)).toEqual(['PyYAML>=6']);
  });

  it('prefers main_sync, in main.py first', async () => {
    write('cli.py', 'def main_sync():\n    pass\n');
    write('main.py', 'def main():\n    pass\n\ndef main_sync():\n    pass\n');
    const s = await writeStarter(options());
    expect(s.scripts).toEqual([['demo-rt', 'demo_rt.main:main_sync']]);
  });

  const newer = newerPython();
  (newer ? it : it.skip)(
    'raises the floor to the grammar a module needs (CPython 3.12 or newer)',
    async () => {
      write('types_.py', 'type Pair = tuple[int, int]\n');
      write('other.py', 'X = 1\n');
      const s = await writeStarter(options({ python: newer! }));
      expect(s.requiresPython).toBe('>=3.12');
      expect(s.text).toContain("# types_.py needs Python 3.12's grammar.");
    },
  );

  it('names the file and line an interpreter cannot parse', async () => {
    write('ok.py', 'X = 1\n');
    write('bad.py', 'X = 1\ndef f(:\n    pass\n');
    await expect(writeStarter(options())).rejects.toMatchObject({
      place: { file: 'src/bad.py', line: 2 },
      title: 'Syntax error',
    });
    expect(existsSync(path.join(ws, 'src', 'pyproject.runtime.toml'))).toBe(false);
  });

  it('never overwrites', async () => {
    write('main.py', 'X = 1\n');
    write('pyproject.runtime.toml', '[project]\n');
    const e = await writeStarter(options()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).message).toBe(
      'src/pyproject.runtime.toml already exists; init never overwrites it.',
    );
    expect(readFileSync(path.join(ws, 'src', 'pyproject.runtime.toml'), 'utf8')).toBe(
      '[project]\n',
    );
  });
});
