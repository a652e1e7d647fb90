/** The distribution the writer tests build: every feature at once (unicode, data files, an executable, extras, scripts). */
import { emptyProject } from '../../packages/distribution/project.js';
import type { DistributionInput } from '../../packages/distribution/wheel.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export function sample(epoch = 1700000000): DistributionInput {
  return {
    name: 'Molecule-AI.workspace_runtime',
    version: '0.1.6rc1',
    sourceDateEpoch: epoch,
    project: {
      ...emptyProject(),
      description: 'Sample runtime — ünïcode',
      readme: {
        text: '# Sample\n\nTwo paragraphs, ünïcode ✓.\n\n- a list\n',
        contentType: 'text/markdown',
        fileName: 'README.md',
      },
      requiresPython: '>=3.11',
      license: 'BSL-1.1',
      authors: [{ name: 'Ada', email: 'ada@example.com' }],
      classifiers: ['Programming Language :: Python :: 3'],
      urls: [['Source', 'https://example.com/src']],
      dependencies: ['httpx>=0.27', 'pyyaml ; python_version < "4"'],
      optionalDependencies: [['otel', ['opentelemetry-api>=1']]],
      scripts: [['sample-runtime', 'sample_rt.main:main_sync']],
      entryPoints: [['sample.plugins', [['memory', 'sample_rt.tools.memory']]]],
    },
    files: [
      { path: 'sample_rt/__init__.py', data: enc('"""Sample runtime."""\n') },
      {
        path: 'sample_rt/main.py',
        data: enc('import sys\n\ndef main_sync():\n    print("sample ok", sys.argv[1:])\n'),
      },
      { path: 'sample_rt/py.typed', data: enc('') },
      {
        path: 'sample_rt/_runtime_modules.json',
        data: enc('{"top_level_modules":["main"],"subpackages":["tools"]}\n'),
      },
      { path: 'sample_rt/données [1].txt', data: enc('data ✓\n') },
      { path: 'sample_rt/tools/__init__.py', data: enc('') },
      { path: 'sample_rt/tools/memory.py', data: enc('VALUE = 1\n') },
      { path: 'sample_rt/tools/README.md', data: enc('# tools\n') },
      { path: 'sample_rt/tools/templates/prompt.j2', data: enc('{{ x }}\n') },
      { path: 'sample_rt/bin/run.sh', data: enc('#!/bin/sh\necho run\n'), executable: true },
    ],
  };
}
