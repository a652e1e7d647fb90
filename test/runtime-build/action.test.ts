/**
 * The build action end to end: the BUNDLE run as the runner runs it, on the
 * sample monorepo, checked with twine, zipfile, wheel, pip and setuptools.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WORKER_MIN_FILES } from '../../packages/runtime-build/pipeline.js';
import { parseSdist, parseWheel } from '../../packages/distribution/read.js';
import { repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import {
  debianPython,
  installedMetadata,
  installedTree,
  installWheel,
  mustRun,
  twineCheck,
  wheelFromSdist,
} from '../distribution/python.js';
import { replaceOnce } from '../text-edit.js';

const sample = path.join(repoRoot, 'examples', 'monorepo', 'workspace');
const COMMIT_TIME = 1714564800; // 2024-05-01T12:00:00Z
const WHEEL = 'molecule_ai_workspace_runtime-0.1.6-py3-none-any.whl';
const SDIST = 'molecule_ai_workspace_runtime-0.1.6.tar.gz';

const roots: string[] = [];
/** A fresh repository holding a copy of the sample under workspace/, committed at COMMIT_TIME. */
/** Enough modules (a subpackage of WORKER_MIN_FILES + 20) for the build to start its worker thread. */
function bulk(ws: string): void {
  const dir = path.join(ws, 'workspace', 'bulk');
  mkdirSync(dir);
  writeFileSync(path.join(dir, '__init__.py'), '');
  for (let i = 0; i < WORKER_MIN_FILES + 20; i++)
    writeFileSync(path.join(dir, `m${i}.py`), `import config\nfrom bulk import m${(i + 1) % 20}\n`);
}

function workspace(git = true): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'build-ws-'));
  roots.push(ws);
  cpSync(sample, path.join(ws, 'workspace'), { recursive: true });
  if (git) {
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: `@${COMMIT_TIME} +0000`,
      GIT_COMMITTER_DATE: `@${COMMIT_TIME} +0000`,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    execFileSync('git', ['init', '-q'], { cwd: ws, env });
    execFileSync('git', ['add', '-A'], { cwd: ws, env });
    execFileSync('git', ['commit', '-qm', 'sample'], { cwd: ws, env });
  }
  return ws;
}
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function listTree(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? listTree(path.join(dir, d.name), base)
      : [path.relative(base, path.join(dir, d.name))],
  );
}

describe('build action on the sample monorepo', () => {
  let ws: string;
  let first: RunResult;
  let second: RunResult;
  beforeAll(async () => {
    ws = workspace();
    first = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'package-dir': path.join(ws, 'tree') },
    });
    second = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'out-dir': 'again', 'package-dir': path.join(ws, 'tree2') },
    });
  }, 120_000);

  it('succeeds and sets every output', () => {
    expect([first.exitCode, first.stderr]).toEqual([0, '']);
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const o = first.outputs;
    expect(o.wheel).toBe(path.join(ws, 'dist', WHEEL));
    expect(o.sdist).toBe(path.join(ws, 'dist', SDIST));
    expect(o['wheel-sha256']).toBe(sha(path.join(ws, 'dist', WHEEL)));
    expect(o['sdist-sha256']).toBe(sha(path.join(ws, 'dist', SDIST)));
    expect(o.version).toBe('0.1.6');
    expect(o['package-dir']).toBe(path.join(ws, 'tree'));
    expect(JSON.parse(o.modules ?? '')).toEqual({
      top_level_modules: [
        'a2a_client',
        'a2a_tools',
        'config',
        'events',
        'heartbeat',
        'main',
        'transcript_auth',
      ],
      subpackages: ['adapters', 'builtin_tools', 'plugins_registry', 'policies', 'skill_loader'],
    });
    expect(readdirSync(path.join(ws, 'dist')).sort()).toEqual([SDIST, WHEEL].sort());
    expect(readdirSync(ws).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('builds byte-identical files twice, stamped with the commit time of source', () => {
    expect(second.exitCode).toBe(0);
    expect(
      readFileSync(path.join(ws, 'again', WHEEL)).equals(
        readFileSync(path.join(ws, 'dist', WHEEL)),
      ),
    ).toBe(true);
    expect(
      readFileSync(path.join(ws, 'again', SDIST)).equals(
        readFileSync(path.join(ws, 'dist', SDIST)),
      ),
    ).toBe(true);
    const out = mustRun(debianPython, [
      '-c',
      'import sys, zipfile, tarfile; print(zipfile.ZipFile(sys.argv[1]).infolist()[0].date_time, tarfile.open(sys.argv[2]).getmembers()[0].mtime)',
      path.join(ws, 'dist', WHEEL),
      path.join(ws, 'dist', SDIST),
    ]);
    expect(out.trim()).toBe(`(2024, 5, 1, 12, 0, 0) ${COMMIT_TIME}`);
  });

  it('passes twine check --strict, zipfile -t, and wheel unpack verifies RECORD', () => {
    const r = twineCheck([path.join(ws, 'dist', WHEEL), path.join(ws, 'dist', SDIST)]);
    expect([r.status, r.stdout.match(/PASSED/g)?.length]).toEqual([0, 2]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/WARNING|FAILED/);
    expect(mustRun(debianPython, ['-m', 'zipfile', '-t', path.join(ws, 'dist', WHEEL)])).toContain(
      'Done testing',
    );
    mustRun(debianPython, [
      '-m',
      'wheel',
      'unpack',
      '--dest',
      path.join(ws, 'unpacked'),
      path.join(ws, 'dist', WHEEL),
    ]);
    expect(parseWheel(readFileSync(path.join(ws, 'dist', WHEEL))).recordProblems).toEqual([]);
  });

  it('ships what is copied (non-.py files too), generated markers, and nothing excluded', () => {
    const w = parseWheel(readFileSync(path.join(ws, 'dist', WHEEL)), WHEEL);
    const files = [...w.files.keys()];
    for (const f of [
      'README.md',
      'skill_loader/README.md',
      'py.typed',
      '_runtime_modules.json',
      '__init__.py',
      'main.py',
    ]) {
      expect(files).toContain(`molecule_runtime/${f}`);
    }
    for (const gone of [
      'Dockerfile',
      'entrypoint.sh',
      'pytest.ini',
      'requirements.txt',
      'pyproject.runtime.toml',
    ]) {
      expect(files).not.toContain(`molecule_runtime/${gone}`);
    }
    expect(files.some((f) => /molecule_runtime\/(tests|lib|scripts)\//.test(f))).toBe(false);
    expect(w.text('molecule_runtime/__init__.py')).toMatch(/^""".*"""\n$/);
    expect(JSON.parse(w.text('molecule_runtime/_runtime_modules.json') ?? '')).toEqual(
      JSON.parse(first.outputs.modules ?? ''),
    );
    expect(w.runtimeModules?.importName).toBe('molecule_runtime');
    expect(w.metadata.get('Requires-Python')).toBe('>=3.11');
    expect(w.metadata.get('License')).toBe('BSL-1.1');
    expect(w.entryPoints.get('console_scripts')?.get('molecule-runtime')).toBe(
      'molecule_runtime.main:main_sync',
    );
    // The rewrite inserts only, so every line keeps its number.
    const main = w.text('molecule_runtime/main.py') ?? '';
    const original = readFileSync(path.join(sample, 'main.py'), 'utf8');
    expect(main.split('\n')).toHaveLength(original.split('\n').length);
    expect(main).toContain('import molecule_runtime.config as cfg');
    expect(main).toContain('from molecule_runtime.adapters import get_adapter');
  });

  it('package-dir is the sdist unpacked, file for file', async () => {
    const sd = await parseSdist(readFileSync(path.join(ws, 'dist', SDIST)));
    expect(sd.baseName).toBe('molecule_ai_workspace_runtime-0.1.6');
    const tree = listTree(path.join(ws, 'tree')).sort();
    expect(tree).toEqual([...sd.files.keys()].sort());
    for (const f of tree)
      expect([
        f,
        readFileSync(path.join(ws, 'tree', f)).equals(Buffer.from(sd.files.get(f) ?? [])),
      ]).toEqual([f, true]);
    expect(tree).toEqual(
      expect.arrayContaining([
        'PKG-INFO',
        'pyproject.toml',
        'README.md',
        'molecule_runtime/main.py',
      ]),
    );
  });

  it('pip installs the wheel and the wheel setuptools builds from the sdist identically; the console script runs', () => {
    const unpacked = path.join(ws, 'sdist');
    mkdirSync(unpacked);
    mustRun('tar', ['-xzf', path.join(ws, 'dist', SDIST), '-C', unpacked]);
    const rebuilt = wheelFromSdist(
      path.join(unpacked, 'molecule_ai_workspace_runtime-0.1.6'),
      path.join(ws, 'rebuilt'),
    );
    installWheel(path.join(ws, 'dist', WHEEL), path.join(ws, 'venv-ours'));
    installWheel(rebuilt, path.join(ws, 'venv-setuptools'));
    const ours = installedTree(path.join(ws, 'venv-ours'));
    const theirs = installedTree(path.join(ws, 'venv-setuptools'));
    expect([...ours.files.keys()].sort()).toEqual([...theirs.files.keys()].sort());
    for (const [f, info] of ours.files) expect([f, info]).toEqual([f, theirs.files.get(f)]);
    expect(ours.files.size).toBeGreaterThan(20);
    expect(ours.distInfo.get('entry_points.txt')).toBe(theirs.distInfo.get('entry_points.txt'));
    expect(installedMetadata(path.join(ws, 'venv-ours'), 'molecule-ai-workspace-runtime')).toEqual(
      installedMetadata(path.join(ws, 'venv-setuptools'), 'molecule-ai-workspace-runtime'),
    );
    for (const venv of ['venv-ours', 'venv-setuptools']) {
      const out = mustRun(path.join(ws, venv, 'bin', 'molecule-runtime'), ['--describe'], {
        cwd: tmpdir(),
      });
      expect(JSON.parse(out)).toEqual({
        tools: ['discover_peer', 'announce'],
        protocol: expect.anything(),
      });
    }
  });

  it('writes a step summary: counts, artifacts, rewrites', () => {
    expect(first.summary).toContain('Built molecule-ai-workspace-runtime 0.1.6');
    expect(first.summary).toContain(`| \`${WHEEL}\` |`);
    expect(first.summary).toContain(first.outputs['wheel-sha256']);
    expect(first.summary).toMatch(
      /\| `workspace\/main\.py` \| \d+ \| `import config as cfg` → `import molecule_runtime\.config as cfg` \|/,
    );
    expect(first.summary).toContain('last commit touching workspace');
  });
});

describe('build action warnings', () => {
  it('annotates a warning at its file and line and still builds', async () => {
    const ws = workspace(false);
    writeFileSync(
      path.join(ws, 'workspace', 'loader.py'),
      'import importlib\n\n\ndef load():\n    return importlib.import_module("config")\n',
    );
    const r = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'package-dir': path.join(ws, 'tree') },
    });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([
      expect.objectContaining({
        file: 'workspace/loader.py',
        line: 5,
        title: 'String import not rewritten',
      }),
    ]);
    expect(readdirSync(path.join(ws, 'dist'))).toHaveLength(2);
  });
});

describe("build action on upstream's adapters/google-adk/ (a folder that is not an identifier)", () => {
  it('leaves it out by default with one warning naming it, and the wheel installs and imports', async () => {
    const ws = workspace(false);
    const adk = path.join(ws, 'workspace', 'adapters', 'google-adk');
    mkdirSync(adk);
    writeFileSync(path.join(adk, 'adapter.py'), 'from adapters.base import BaseAdapter\n');
    writeFileSync(path.join(adk, 'test_adapter.py'), 'import adapter\n');
    writeFileSync(path.join(adk, 'README.md'), '# ADK\n');
    writeFileSync(path.join(adk, 'requirements.txt'), 'google-adk\n');
    const r = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'package-dir': path.join(ws, 'tree') },
    });
    expect([r.exitCode, r.annotations.filter((a) => a.level === 'error')]).toEqual([0, []]);
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'workspace/adapters/google-adk/adapter.py',
        line: 1,
        title: 'Folder left out',
      }),
    ]);
    expect(warnings[0]?.message).toMatch(
      /Folder workspace\/adapters\/google-adk\/ holds 2 Python files and 1 other, but 'google-adk' is not a Python identifier.*left out of the package\. To ship it, rename it to an identifier \(e\.g\. 'google_adk'\)/,
    );
    expect(r.summary).toContain('`adapters/google-adk/`');
    // pip installs the wheel; CPython imports the package and finds no trace of the folder.
    installWheel(path.join(ws, 'dist', WHEEL), path.join(ws, 'venv'));
    const out = mustRun(
      path.join(ws, 'venv', 'bin', 'python'),
      [
        '-c',
        'import importlib.metadata as m, molecule_runtime.adapters.base; print([f for f in m.files("molecule-ai-workspace-runtime") if "adk" in str(f)])',
      ],
      { cwd: tmpdir() },
    );
    expect(out.trim()).toBe('[]');
  }, 120_000);
});

describe('build action failures leave no partial artifact', () => {
  interface Case {
    name: string;
    setup?: (ws: string) => void;
    inputs?: Record<string, string>;
    expect: (r: RunResult, ws: string) => void;
  }
  const cases: Case[] = [
    {
      name: 'a syntax error in a subfolder: annotated at file:line, the place said once, the py_compile hint with its folder',
      setup: (ws) => {
        mkdirSync(path.join(ws, 'workspace', 'adapters'), { recursive: true });
        writeFileSync(
          path.join(ws, 'workspace', 'adapters', 'broken.py'),
          '"""Doc."""\nimport os\n\ndef f(:\n    pass\n',
        );
      },
      expect: (r) => {
        const e = r.annotations.find(
          (a) => a.level === 'error' && a.file === 'workspace/adapters/broken.py',
        );
        expect(e?.line).toBe(4);
        expect(e?.message).not.toMatch(/broken\.py:4/);
        expect(e?.message).toContain('python3 -m py_compile workspace/adapters/broken.py');
      },
    },
    {
      name: 'a lazy import of the excluded lib/ inside a function',
      setup: (ws) =>
        writeFileSync(
          path.join(ws, 'workspace', 'shutdown.py'),
          '"""Stop hooks."""\n\n\ndef stop():\n    from lib.pre_stop import drain\n    return drain()\n',
        ),
      expect: (r) => {
        const e = r.annotations.find(
          (a) => a.level === 'error' && a.file === 'workspace/shutdown.py',
        );
        expect(e?.line).toBe(5);
        expect(e?.message).toMatch(/lib/);
      },
    },
    {
      name: 'a console script whose target the module does not define',
      setup: (ws) => {
        const toml = path.join(ws, 'workspace', 'pyproject.runtime.toml');
        writeFileSync(
          toml,
          replaceOnce(readFileSync(toml, 'utf8'), 'main:main_sync', 'main:main_async'),
        );
      },
      expect: (r) => {
        const e = r.annotations.find((a) => a.level === 'error');
        expect(e?.file).toBe('workspace/main.py');
        expect(e?.message).toContain('main_async');
      },
    },
    {
      name: 'a folder named google-adk, under strict: true',
      setup: (ws) => {
        mkdirSync(path.join(ws, 'workspace', 'adapters', 'google-adk'));
        writeFileSync(path.join(ws, 'workspace', 'adapters', 'google-adk', 'agent.py'), 'X = 1\n');
      },
      inputs: { strict: 'true' },
      expect: (r) => {
        const e = r.annotations.find(
          (a) => a.level === 'error' && a.file === 'workspace/adapters/google-adk/agent.py',
        );
        expect(e?.title).toBe('Folder cannot be imported');
        expect(e?.message).toMatch(
          /'google-adk' is not a Python identifier.*strict is set.*rename it to an identifier \(e\.g\. 'google_adk'\)/,
        );
      },
    },
    {
      name: 'a link to a folder inside source (ln -s adapters a0)',
      setup: (ws) => symlinkSync('adapters', path.join(ws, 'workspace', 'a0')),
      expect: (r) => {
        const e = r.annotations.find((a) => a.level === 'error');
        expect(e?.file).toBe('workspace/a0');
        expect(e?.message).toContain(
          "workspace/a0 is a symbolic link to 'adapters' (workspace/adapters); the build packages no links.",
        );
      },
    },
    {
      name: 'a symlink leaving source',
      setup: (ws) => {
        writeFileSync(path.join(ws, 'outside.py'), 'SECRET = 1\n');
        symlinkSync(path.join(ws, 'outside.py'), path.join(ws, 'workspace', 'linked.py'));
      },
      expect: (r, ws) => {
        const e = r.annotations.find((a) => a.level === 'error');
        expect(e?.file).toBe('workspace/linked.py');
        expect(e?.title).toBe('Symbolic link in source');
        expect(e?.message).toContain(
          `workspace/linked.py is a symbolic link to '${path.join(ws, 'outside.py')}'`,
        );
      },
    },
    {
      name: 'an empty source',
      setup: (ws) => mkdirSync(path.join(ws, 'empty')),
      inputs: { source: 'empty' },
      expect: (r) =>
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /'empty' holds no files/,
        ),
    },
    {
      name: 'a missing source',
      inputs: { source: 'nope' },
      expect: (r) =>
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /'nope' does not exist/,
        ),
    },
    {
      name: 'a non-canonical version',
      inputs: { version: '0.1.06' },
      expect: (r) =>
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /'0\.1\.06' is not in canonical form; use '0\.1\.6'/,
        ),
    },
    {
      name: 'drift from the modules list',
      inputs: {
        modules:
          'main config heartbeat events a2a_client a2a_tools adapters builtin_tools plugins_registry policies skill_loader old_module',
      },
      expect: (r) => {
        const m = r.annotations.find((a) => a.level === 'error')?.message ?? '';
        expect(m).toContain('on disk but not listed: transcript_auth');
        expect(m).toContain('listed but not on disk (or excluded): old_module');
        expect(m).toMatch(/Input: \[.*old_module.*\]; on disk: \[.*transcript_auth.*\]/);
      },
    },
    {
      name: 'an unwritable package-dir',
      inputs: { 'package-dir': '/sys/runtime-actions-test/tree' },
      expect: (r) =>
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /^Input 'package-dir': cannot write beside/,
        ),
    },
    {
      // The worker is compressing when the tree fails: its work is waited for, then dropped.
      name: 'an unwritable package-dir, with the worker thread running',
      setup: bulk,
      inputs: { 'package-dir': '/sys/runtime-actions-test/tree' },
      expect: (r) => {
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /^Input 'package-dir': cannot write beside/,
        );
      },
    },
    {
      // The worker is deflating the rewritten files when the check fails.
      name: 'an unresolved import, with the worker thread running',
      setup: (ws) => {
        bulk(ws);
        writeFileSync(path.join(ws, 'workspace', 'bulk', 'gone.py'), 'from config import NOPE\n');
      },
      expect: (r) => {
        const e = r.annotations.find((a) => a.level === 'error');
        expect(e?.file).toBe('workspace/bulk/gone.py');
        expect(e?.message).toMatch(/NOPE/);
      },
    },
    {
      name: 'an unwritable out-dir',
      inputs: { 'out-dir': '/sys/runtime-actions-test/dist' },
      expect: (r) =>
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /out-dir.*cannot write beside/,
        ),
    },
  ];

  it('the worker-thread cases above do start the worker (a good build of the same tree reports it)', async () => {
    const ws = workspace(false);
    bulk(ws);
    const r = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'package-dir': path.join(ws, 'tree') },
      env: { RUNNER_DEBUG: '1' },
    });
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(
      /::debug::Phases \(ms\): tree \d+, read\+decode \d+, .*; worker threads: [1-9]/,
    );
    expect(listTree(path.join(ws, 'tree')).filter((f) => f.includes('/bulk/')).length).toBe(
      WORKER_MIN_FILES + 21,
    );
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ws = workspace(false);
    mkdirSync(path.join(ws, 'dist'));
    writeFileSync(path.join(ws, 'dist', 'unrelated.txt'), 'keep me');
    c.setup?.(ws);
    const before = listTree(ws).sort();
    const r = await runAction('build', {
      cwd: ws,
      inputs: { version: '0.1.6', 'package-dir': path.join(ws, 'tree'), ...c.inputs },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/); // no stack trace for an expected failure
    expect(r.summary).toContain('Failed');
    c.expect(r, ws);
    expect(listTree(ws).sort()).toEqual(before); // no artifact, no staging folder, unrelated file kept
    expect(existsSync(path.join(ws, 'tree'))).toBe(false);
    expect(r.outputs.wheel).toBeUndefined();
  });
});
