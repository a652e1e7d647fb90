/** build's entry: action.yml inputs → BuildInputs (packages/runtime-build/build.ts). */
import path from 'node:path';
import { tmpdir } from 'node:os';
import * as runner from '../runner.js';
import { parseBoolean, parseList, parseMultiline } from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/runtime-build/build.js';
import { bundledWorkerScript } from '../../packages/toolkit/worker.js';

// The bundle's worker thread: worker.js beside it (actions/build/worker.ts).
const workerScript = bundledWorkerScript(import.meta.url);
const { input, requiredInput } = runner;

await runner.runAction('build', async () => {
  const ctx = runner.runContext();
  // Read in this order so the first error on bad input stays the same.
  const packageName = requiredInput('package-name');
  const inputs = {
    cwd: ctx.workspace,
    source: requiredInput('source'),
    version: requiredInput('version'),
    packageName,
    importName: requiredInput('import-name'),
    outDir: requiredInput('out-dir'),
    project: input('project'),
    exclude: parseMultiline(input('exclude')),
    modules: parseList(input('modules')),
    allowUnresolved: parseList(input('allow-unresolved')),
    strict: parseBoolean(input('strict') || 'false', 'strict'),
    packageDir:
      input('package-dir') ||
      path.join(ctx.runnerTemp || tmpdir(), 'runtime-build', 'package-tree'),
    sourceDateEpoch: ctx.sourceDateEpoch || undefined,
    workerScript,
  };
  await run(inputs, runner.runnerIo);
});
