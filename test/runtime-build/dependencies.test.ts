/**
 * The dependency scan's parts: which imports count as third-party, how
 * requirements cover them (PEP 503 names and the import-name table, the
 * table checked against CPython's packages_distributions()), and init's
 * reading of requirements.txt.
 */
import { spawnSync } from 'node:child_process';
import { analyseModule } from '../../packages/python/analyse.js';
import {
  dependencyCoverage,
  requirementName,
  scanThirdPartyImports,
  suggestedDistribution,
  type ThirdPartyImport,
} from '../../packages/runtime-build/dependencies.js';
import { IMPORT_DISTRIBUTIONS } from '../../packages/runtime-build/import-distributions.js';
import { lowerBound, readRequirements } from '../../packages/runtime-build/starter.js';
import { compileExcludes } from '../../packages/runtime-build/exclude.js';
import { normalizeName } from '../../packages/distribution/names.js';

async function scan(files: Record<string, string>): Promise<ThirdPartyImport[]> {
  const analysed = [];
  for (const [p, text] of Object.entries(files))
    analysed.push({ path: p, analysis: await analyseModule(text, `deps-test/${p}`) });
  return scanThirdPartyImports(analysed, {
    runtimeNames: new Set(['config', 'adapters']),
    excluded: new Set(['lib']),
    importName: 'molecule_runtime',
  });
}

describe('third-party imports', () => {
  it('counts absolute imports that are not the runtime, excluded folders, the package or the standard library', async () => {
    const found = await scan({
      'main.py': [
        'from __future__ import annotations',
        'import os, json, tomllib, yaml',
        'import config',
        'from adapters.base import X',
        'from . import sibling',
        'from lib import pre_stop',
        'import molecule_runtime.config',
        'from typing import TYPE_CHECKING',
        'if TYPE_CHECKING:',
        '    import mypy_boto3_s3',
        'import google.protobuf.message',
        'def f():',
        '    import httpx.auth',
        '',
      ].join('\n'),
      'other.py': 'import yaml\nfrom PIL import Image\n',
    });
    expect(found.map((i) => [i.name, i.sites.map((s) => `${s.file}:${s.line}`)])).toEqual([
      ['yaml', ['main.py:2', 'other.py:1']],
      ['google.protobuf', ['main.py:11']],
      ['httpx', ['main.py:13']],
      ['PIL', ['other.py:2']],
    ]);
  });

  it('imports guarded by except ImportError are optional: never undeclared, still count as used', async () => {
    const found = await scan({
      'fast.py': [
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    import json',
        'try:',
        '    from rich import print',
        'except (AttributeError, ModuleNotFoundError) as e:',
        '    pass',
        'try:',
        '    import orjson',
        'except ValueError:',
        '    pass',
        'try:',
        '    def f():',
        '        import lazy_dep',
        'except ImportError:',
        '    pass',
        'try:',
        '    import httpx',
        'except ImportError as e:',
        '    raise SystemExit("pip install httpx") from e',
        'import yaml',
        'try:',
        '    import yaml',
        'except ImportError:',
        '    pass',
        '',
      ].join('\n'),
    });
    expect(found.map((i) => [i.name, i.optional ?? false])).toEqual([
      ['ujson', true],
      ['rich', true],
      ['orjson', false], // ValueError does not guard an import
      ['lazy_dep', false], // the try guards defining f, not calling it
      ['httpx', false], // the handler only re-raises
      ['yaml', false], // imported unguarded too
    ]);
    const { undeclared, unused } = dependencyCoverage(found, ['ujson>=5', 'rich']);
    expect(undeclared.map((i) => i.name)).toEqual(['orjson', 'lazy_dep', 'httpx', 'yaml']);
    expect(unused).toEqual([]);
  });

  it('a requirement covers an import by normalised name or by the import-name table', () => {
    const imports: ThirdPartyImport[] = [
      'yaml',
      'typing_extensions',
      'PIL',
      'google.protobuf',
      'httpx',
    ].map((name) => ({ name, sites: [{ file: 'm.py', line: 1, column: 0, module: name }] }));
    const { undeclared, unused } = dependencyCoverage(
      imports,
      [
        'pyyaml>=6',
        'Typing.Extensions',
        'protobuf; python_version >= "3.11"',
        'requests',
        'uvicorn[standard]>=0.30',
      ],
      ['pillow'],
    );
    expect(undeclared.map((i) => i.name)).toEqual(['httpx']);
    expect(unused).toEqual([3, 4]);
  });

  it('namespace packages match the distribution named after their dotted path; the real runtime’s list covers its imports', async () => {
    const found = await scan({
      'telemetry.py': [
        'from opentelemetry import trace',
        'from opentelemetry.sdk.trace import TracerProvider',
        'from google.cloud import storage',
        'from a2a.server.apps import A2AStarletteApplication',
        'import langchain_core.messages',
        'import yaml, httpx, uvicorn, starlette.routing, websockets, temporalio.client',
        '',
      ].join('\n'),
    });
    // The old build script's 11 dependencies (field notes), plus google-cloud-storage.
    const dependencies = [
      'a2a-sdk[http-server]>=1.0.0,<2.0',
      'httpx',
      'uvicorn',
      'starlette',
      'websockets',
      'pyyaml',
      'langchain-core',
      'opentelemetry-api',
      'opentelemetry-sdk',
      'opentelemetry-exporter-otlp-proto-http',
      'temporalio',
      'google-cloud-storage',
    ];
    const { undeclared, unused } = dependencyCoverage(found, dependencies);
    expect(undeclared).toEqual([]);
    // Nothing imports the exporter here: the one requirement called unused.
    expect(unused).toEqual([9]);
  });

  it('names a requirement and suggests a distribution', () => {
    expect(requirementName('PyYAML>=6; python_version<"4"')).toBe('PyYAML');
    expect(requirementName('uvicorn[standard] >=0.30')).toBe('uvicorn');
    expect(suggestedDistribution('yaml')).toBe('PyYAML');
    expect(suggestedDistribution('typing_extensions')).toBe('typing-extensions');
  });

  it('the import-name table agrees with CPython for every distribution installed here', () => {
    const pythons = ['python3', '/usr/bin/python3'];
    const checked: string[] = [];
    for (const python of pythons) {
      const r = spawnSync(
        python,
        [
          '-c',
          'import importlib.metadata as m, json; print(json.dumps(m.packages_distributions()))',
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      const known = JSON.parse(r.stdout) as Record<string, string[]>;
      for (const [name, dists] of Object.entries(IMPORT_DISTRIBUTIONS)) {
        const top = name.split('.')[0]!;
        const provided = (known[top] ?? []).map(normalizeName);
        // Only where a listed distribution is installed: the others say nothing either way.
        const installed = dists.map(normalizeName).filter((d) => provided.includes(d));
        if (provided.length === 0) continue;
        expect([name, installed.length > 0 || provided]).toEqual([name, true]);
        checked.push(`${name}→${installed.join(',')}`);
      }
    }
    // yaml→PyYAML and pkg_resources→setuptools are installed in both interpreters here.
    expect(checked).toEqual(expect.arrayContaining(['yaml→pyyaml', 'pkg_resources→setuptools']));
  });
});

describe("init's reading of requirements.txt", () => {
  it('keeps requirement lines and skips options, includes, URLs and comments', () => {
    const lines = readRequirements(
      '# comment\n-r base.txt\n--index-url https://x\nPyYAML==6.0.1  # pinned\nhttpx>=0.27,<1\nrich\ngit+https://x/y\ntomli ; python_version < "3.11"\n',
    );
    expect(lines.map((l) => [l.name, l.specifier, l.marker])).toEqual([
      ['PyYAML', '==6.0.1', ''],
      ['httpx', '>=0.27,<1', ''],
      ['rich', '', ''],
      ['tomli', '', '; python_version < "3.11"'],
    ]);
  });

  it('takes a lower bound from ==, ~=, >= and none from what names no version', () => {
    expect(lowerBound('==6.0.1')).toBe('>=6.0.1');
    expect(lowerBound('~=2.8')).toBe('>=2.8');
    expect(lowerBound('>=0.27,<1')).toBe('>=0.27');
    expect(lowerBound('<1')).toBeUndefined();
    expect(lowerBound('')).toBeUndefined();
    expect(lowerBound('==1.*')).toBeUndefined();
  });
});

describe('exclude negation', () => {
  it('the last matching line wins, as in gitignore', () => {
    const m = compileExcludes(['.*', '!.well-known/', '!.coveragerc', 'tests/']);
    expect(m('.env', false)).toBe(true);
    expect(m('adapters/.editorconfig', false)).toBe(true);
    expect(m('.coveragerc', false)).toBe(false);
    expect(m('.well-known', true)).toBe(false);
    expect(m('tests', true)).toBe(true);
    expect(m('config.py', false)).toBe(false);
  });
});
