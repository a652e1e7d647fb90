/**
 * build: the runtime's sources → a rewritten package → a byte-reproducible
 * wheel and sdist, with the static import check run first.
 */
import path from 'node:path';
import { tmpdir } from 'node:os';
import {
  debug,
  info,
  input,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { parseBoolean, parseList, parseMultiline } from '../../packages/toolkit/inputs.js';
import { buildRuntime } from '../../packages/runtime-build/pipeline.js';
import { renderBuildSummary } from '../../packages/runtime-build/summary.js';
import { formatBytes } from '../../packages/toolkit/summary.js';
import { bundledWorkerScript } from '../../packages/toolkit/worker.js';

// The bundle's worker thread: worker.js beside it (actions/build/worker.ts).
const workerScript = bundledWorkerScript(import.meta.url);

await main();

async function main(): Promise<void> {
  await runAction('build', async () => {
    const ctx = runContext();
    const packageName = requiredInput('package-name');
    const result = await buildRuntime({
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
    });

    for (const w of result.warnings)
      warning(w.message, { file: w.file, line: w.line, column: w.column, title: w.title });
    info(
      `Wheel: ${result.wheel.path} (${formatBytes(result.wheel.size)}, sha256 ${result.wheel.sha256})`,
    );
    info(
      `Sdist: ${result.sdist.path} (${formatBytes(result.sdist.size)}, sha256 ${result.sdist.sha256})`,
    );
    info(
      `${result.fileCount} files, ${result.modules.top_level_modules.length} modules, ${result.modules.subpackages.length} subpackages, ${result.rewrites.length} imports rewritten`,
    );

    if (result.outputsLeftOut.length > 0)
      info(`Left out (this build's output, under source): ${result.outputsLeftOut.join(', ')}`);
    const m = result.metadata;
    info(
      `Metadata: requires-python ${m.requiresPython ?? '(none)'}, ${m.dependencies} dependencies, scripts: ${m.scripts.join('; ') || 'none'} (table: ${m.from === 'absent' ? 'none found' : m.from})`,
    );

    debug(
      `Phases (ms): ${Object.entries(result.timings)
        .map(([phase, ms]) => `${phase} ${ms}`)
        .join(', ')}; worker threads: ${result.workerThreads}`,
    );

    setOutput('wheel', result.wheel.path);
    setOutput('sdist', result.sdist.path);
    setOutput('wheel-sha256', result.wheel.sha256);
    setOutput('sdist-sha256', result.sdist.sha256);
    setOutput('version', result.version);
    setOutput('package-dir', result.packageDir ?? '');
    setOutput('modules', result.modules);
    await writeSummary(renderBuildSummary(result, packageName));
  });
}
