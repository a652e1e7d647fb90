/**
 * The static phase against real CPython (`ast`): every import form that broke
 * the real chain, and the forms that must NOT be flagged.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  runStaticCheck,
  type StaticFinding,
  type StaticTarget,
} from '../../packages/smoke/static.js';
import { STATIC_CHECK_PY } from '../../packages/smoke/static-check-script.js';
import { PROBE_PY } from '../../packages/smoke/probe-script.js';
import { RESOLVE_IMPORTS_PY } from '../../packages/smoke/resolve-imports-script.js';
import { staleFiles } from '../../scripts/embed-scripts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const smokeDir = path.join(here, '..', '..', 'packages', 'smoke');

async function check(
  files: Record<string, string>,
  opts: { targets?: StaticTarget[]; sourceModules?: string[]; floor?: [number, number] } = {},
): Promise<StaticFinding[]> {
  const pyFiles = new Map(Object.entries(files).map(([p, s]) => [p, Buffer.from(s)]));
  const r = await runStaticCheck({
    python: 'python3',
    pyFiles,
    targets: opts.targets ?? [],
    ...opts,
  });
  return r.findings;
}

const pkg = (extra: Record<string, string>): Record<string, string> => ({
  'pkg/__init__.py': '',
  'pkg/config.py': 'VALUE = 1\n\ndef load():\n    return VALUE\n',
  'pkg/heartbeat.py': 'def beat():\n    return 1\n',
  ...extra,
});

const brief = (fs: StaticFinding[]): string[] =>
  fs.map((f) => `${f.kind}:${f.severity}:${f.file}:${f.line}:${f.name ?? f.target ?? ''}`);

describe('embedded Python scripts', () => {
  it('are the .py files, unchanged (regenerate with npx tsx scripts/embed-scripts.ts)', () => {
    expect(STATIC_CHECK_PY).toBe(readFileSync(path.join(smokeDir, 'static_check.py'), 'utf8'));
    expect(PROBE_PY).toBe(readFileSync(path.join(smokeDir, 'probe.py'), 'utf8'));
    expect(RESOLVE_IMPORTS_PY).toBe(
      readFileSync(path.join(smokeDir, 'resolve_imports.py'), 'utf8'),
    );
  });

  it('are the files scripts/embed-scripts.ts writes, as committed', async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it('compile under python3 (CPython compile(), not a regex)', () => {
    for (const [name, src] of [
      ['static_check.py', STATIC_CHECK_PY],
      ['probe.py', PROBE_PY],
      ['resolve_imports.py', RESOLVE_IMPORTS_PY],
    ] as const) {
      const out = execFileSync(
        'python3',
        ['-c', 'import sys; compile(sys.stdin.read(), sys.argv[1], "exec"); print("ok")', name],
        {
          input: src,
        },
      );
      expect(out.toString().trim()).toBe('ok');
    }
  });
});

describe('static import check', () => {
  it('finds nothing in a package whose imports all resolve', async () => {
    const findings = await check(
      pkg({
        'pkg/a.py': [
          'from __future__ import annotations',
          'import os, json',
          'import pkg.config as cfg',
          'from pkg import config, heartbeat',
          'from pkg.config import load, VALUE',
          'from . import config as c2',
          'from .heartbeat import beat',
          'import requests  # a dependency: not ours to check',
          'def f():',
          '    from pkg.sub.deep import thing',
          '    return thing',
        ].join('\n'),
        'pkg/sub/__init__.py': 'from .deep import *\n',
        'pkg/sub/deep.py': '__all__ = ["thing"]\nthing = 1\n_hidden = 2\n',
        'pkg/logging.py': 'import logging  # the standard library wins over the sibling: fine\n',
      }),
    );
    expect(brief(findings)).toEqual([]);
  });

  it('flags an unrewritten bare import at module level, naming the package module it means', async () => {
    const [f, ...rest] = await check(
      pkg({ 'pkg/tools.py': '"""Doc."""\nfrom config import load\n' }),
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      kind: 'unrewritten-import',
      severity: 'error',
      file: 'pkg/tools.py',
      line: 2,
      name: 'config',
      ours: 'pkg.config',
      scope: null,
      statement: 'from config import load',
    });
  });

  it('flags one inside a function body, saying which function', async () => {
    const findings = await check(
      pkg({
        'pkg/main.py':
          'class Runner:\n    def stop(self):\n        import heartbeat\n        return heartbeat.beat()\n',
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'unrewritten-import',
        line: 3,
        scope: 'Runner.stop',
        name: 'heartbeat',
      }),
    ]);
  });

  it('catches the forms the regex rewriter missed: aliases, comma lists, one-line compounds, conditionals', async () => {
    const findings = await check(
      pkg({
        'pkg/m.py': [
          'import config as cfg',
          'import os, heartbeat',
          'import json; import config',
          'if os.environ.get("X"): import heartbeat',
          'import config.sub',
        ].join('\n'),
      }),
    );
    expect(brief(findings)).toEqual([
      'unrewritten-import:error:pkg/m.py:1:config',
      'unrewritten-import:error:pkg/m.py:2:heartbeat',
      'unrewritten-import:error:pkg/m.py:3:config',
      'unrewritten-import:error:pkg/m.py:4:heartbeat',
      'unrewritten-import:error:pkg/m.py:5:config',
    ]);
  });

  it('flags implicit relative imports of a sibling inside a subpackage', async () => {
    const findings = await check(
      pkg({
        'pkg/adapters/__init__.py': '',
        'pkg/adapters/base.py': 'class Base: pass\n',
        'pkg/adapters/default.py': 'from base import Base\n',
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'unrewritten-import', ours: 'pkg.adapters.base' }),
    ]);
  });

  it('reports guarded imports (TYPE_CHECKING, try/except ImportError) as warnings, not errors', async () => {
    const findings = await check(
      pkg({
        'pkg/t.py': [
          'from typing import TYPE_CHECKING',
          'if TYPE_CHECKING:',
          '    from config import load',
          'try:',
          '    import heartbeat',
          'except ImportError:',
          '    heartbeat = None',
        ].join('\n'),
      }),
    );
    expect(findings.map((f) => [f.kind, f.severity, f.guard])).toEqual([
      ['unrewritten-import', 'warning', 'TYPE_CHECKING'],
      ['unrewritten-import', 'warning', 'try/except ImportError'],
    ]);
  });

  it('flags a bare import of a monorepo module the build excluded (lib.pre_stop)', async () => {
    const findings = await check(pkg({ 'pkg/main.py': 'def stop():\n    import lib.pre_stop\n' }), {
      sourceModules: ['lib', 'config'],
    });
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'excluded-module', name: 'lib', line: 2, scope: 'stop' }),
    ]);
  });

  it('flags intra-package imports of modules the wheel does not ship, absolute and relative', async () => {
    const findings = await check(
      pkg({
        'pkg/a.py':
          'import pkg.nothere\nfrom pkg.lib.pre_stop import run\nfrom .gone import x\nfrom ... import y\n',
      }),
    );
    expect(brief(findings)).toEqual([
      'missing-module:error:pkg/a.py:1:pkg.nothere',
      'missing-module:error:pkg/a.py:2:pkg.lib',
      'missing-module:error:pkg/a.py:3:pkg.gone',
      'missing-module:error:pkg/a.py:4:...',
    ]);
  });

  it('flags from-imports of names the module does not bind, and accepts every way a name can be bound', async () => {
    const findings = await check(
      pkg({
        'pkg/defs.py': [
          'import os',
          'from pkg.config import load as loader',
          'A = B = 1',
          '(C, [D, *E]) = (1, [2, 3])',
          'F: int = 1',
          'G: int',
          'try:',
          '    from json import loads as H',
          'except ImportError:',
          '    H = None',
          'for I in range(1): pass',
          'with open(os.devnull) as J: pass',
          'if (K := 1): pass',
          'def L(): global M; M = 1',
          'class N: pass',
          'async def O(): pass',
        ].join('\n'),
        'pkg/use.py':
          'from pkg.defs import os, loader, A, B, C, D, E, F, H, I, J, K, M, N, O\nfrom pkg.defs import G\n',
        'pkg/star.py': 'from pkg.defs import *\n',
        'pkg/use_star.py': 'from pkg.star import A, N\nfrom pkg.star import os_missing\n',
        'pkg/dyn.py': 'def __getattr__(name):\n    return name\n',
        'pkg/use_dyn.py': 'from pkg.dyn import anything\n',
        'pkg/use_sub.py': 'from pkg import heartbeat, nowhere\n',
      }),
    );
    expect(brief(findings)).toEqual([
      'missing-name:error:pkg/use.py:2:G',
      'missing-name:error:pkg/use_star.py:2:os_missing',
      'missing-name:error:pkg/use_sub.py:1:nowhere',
    ]);
    expect(findings[0]).toMatchObject({ target: 'pkg.defs', target_file: 'pkg/defs.py' });
  });

  it('reports a syntax error with its file and line, once, without cascading into its importers', async () => {
    const findings = await check(
      pkg({
        'pkg/broken.py': 'x = 1\ndef f(:\n    pass\n',
        'pkg/user.py': 'from pkg.broken import f\n',
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'syntax-error',
        file: 'pkg/broken.py',
        line: 2,
        statement: 'def f(:',
      }),
    ]);
  });

  it('flags syntax newer than the Python floor Requires-Python allows', async () => {
    const findings = await check(
      pkg({ 'pkg/m.py': 'def f(x):\n    match x:\n        case 1:\n            return 1\n' }),
      {
        floor: [3, 8],
      },
    );
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'floor-syntax', file: 'pkg/m.py', floor: '3.8' }),
    ]);
  });

  it('checks console-script targets and symbols against what the module binds', async () => {
    const targets: StaticTarget[] = [
      {
        label: 'cli = pkg.config:main_sync',
        kind: 'entry-point',
        module: 'pkg.config',
        attr: 'main_sync',
      },
      { label: 'ok = pkg.config:load', kind: 'entry-point', module: 'pkg.config', attr: 'load' },
      { label: 'pkg.gone:x', kind: 'symbol', module: 'pkg.gone', attr: 'x' },
      { label: 'requests:get', kind: 'symbol', module: 'requests', attr: 'get' },
    ];
    const findings = await check(pkg({}), { targets });
    expect(brief(findings)).toEqual([
      'missing-target:error:pkg/config.py:null:main_sync',
      'missing-target-module:error:null:null:x',
    ]);
  });

  it('warns once about folders that are not importable names (adapters/google-adk)', async () => {
    const findings = await check(
      pkg({ 'pkg/google-adk/a.py': 'import nothing\n', 'pkg/google-adk/b.py': '' }),
    );
    expect(brief(findings)).toEqual(['not-importable:warning:pkg/google-adk/a.py:null:google-adk']);
  });
});
