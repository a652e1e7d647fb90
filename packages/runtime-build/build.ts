/**
 * build: the runtime's sources → a rewritten package → a byte-reproducible
 * wheel and sdist, with the static import check run first. The action and
 * the CLI's `build` both call run(); the CLI prints `build` (the whole
 * result) its own way.
 */
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { formatBytes } from '../toolkit/summary.js';
import { parseVersion } from '../versions/pep440.js';
import { buildRuntime, type BuildOptions, type BuildResult } from './pipeline.js';
import { renderBuildSummary } from './summary.js';

/** build's inputs, validated: what buildRuntime takes. */
export type BuildInputs = BuildOptions;

export interface BuildRun extends ActionResult {
  /** Everything the build made and saw (artifacts, rewrites, warnings, timings). */
  build: BuildResult;
}

export async function run(inputs: BuildInputs, io: RunnerIo): Promise<BuildRun> {
  const result = await buildRuntime(inputs);

  for (const w of result.warnings)
    io.warning(w.message, { file: w.file, line: w.line, column: w.column, title: w.title });
  for (const [name, a] of [
    ['Wheel', result.wheel],
    ['Sdist', result.sdist],
  ] as const)
    io.info(`${name}: ${a.path} (${formatBytes(a.size)}, sha256 ${a.sha256})`);
  io.info(
    `${result.fileCount} files, ${result.modules.top_level_modules.length} modules, ${result.modules.subpackages.length} subpackages, ${result.rewrites.length} imports rewritten`,
  );
  if (result.outputsLeftOut.length > 0)
    io.info(`Left out (this build's output, under source): ${result.outputsLeftOut.join(', ')}`);
  const m = result.metadata;
  io.info(
    `Metadata: requires-python ${m.requiresPython ?? '(none)'}, ${m.dependencies} dependencies, scripts: ${m.scripts.join('; ') || 'none'} (table: ${m.from === 'absent' ? 'none found' : m.from})`,
  );
  const phases = Object.entries(result.timings).map(([phase, ms]) => `${phase} ${ms}`);
  io.debug(`Phases (ms): ${phases.join(', ')}; worker threads: ${result.workerThreads}`);

  const out = new OutputWriter(io);
  out.set('wheel', result.wheel.path);
  out.set('sdist', result.sdist.path);
  out.set('wheel-sha256', result.wheel.sha256);
  out.set('sdist-sha256', result.sdist.sha256);
  out.set('version', result.version);
  out.set('package-dir', result.packageDir ?? '');
  out.set('modules', result.modules);
  // PEP 440's answer (a, b, rc or dev), so no workflow re-derives it with a pattern of its own.
  out.set('prerelease', String(parseVersion(result.version)?.isPrerelease === true));
  const summary = renderBuildSummary(result, inputs.packageName);
  await io.summary(summary);
  return { outputs: out.outputs, summary, build: result };
}
