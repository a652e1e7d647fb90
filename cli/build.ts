/** `runtime-actions build`: the build action, from a terminal. */
import { run } from '../packages/runtime-build/build.js';
import { BUILD_DEFAULTS } from '../packages/runtime-build/defaults.js';
import { REWRITE_ROWS } from '../packages/runtime-build/summary.js';
import { formatBytes } from '../packages/toolkit/summary.js';
import { bundledWorkerScript } from '../packages/toolkit/worker.js';
import { EXIT, optionList as list, optionString as str, type Command } from './command.js';
import { terminalIo } from './terminal-io.js';

export const buildCommand: Command = {
  summary: 'Build the runtime wheel and sdist from a source folder (the build action, locally).',
  options: {
    source: {
      type: 'string',
      description: 'Folder holding the runtime sources.',
      default: BUILD_DEFAULTS.source,
    },
    version: {
      type: 'string',
      description: 'Version to build, canonical PEP 440 (0.1.6, 0.2.0rc1).',
      required: true,
    },
    'package-name': {
      type: 'string',
      description: 'Distribution name.',
      default: BUILD_DEFAULTS['package-name'],
    },
    'import-name': {
      type: 'string',
      description: 'Import package the sources move into.',
      default: BUILD_DEFAULTS['import-name'],
    },
    'out-dir': {
      type: 'string',
      description: 'Folder the wheel and sdist are written to.',
      default: BUILD_DEFAULTS['out-dir'],
    },
    project: {
      type: 'string',
      description: 'TOML file with the [project] table; none builds the bare package on purpose.',
      default: '<source>/pyproject.runtime.toml when present',
    },
    exclude: {
      type: 'string',
      multiple: true,
      description: 'Glob of files/folders not packaged (repeatable; replaces the defaults).',
      default: BUILD_DEFAULTS.exclude.join(' '),
    },
    modules: {
      type: 'string',
      multiple: true,
      description: 'Closed list of top-level names; drift fails.',
    },
    'allow-unresolved': {
      type: 'string',
      multiple: true,
      description: 'Module names an import may leave unresolved.',
    },
    strict: {
      type: 'boolean',
      description:
        'A folder holding Python under a name that is not an identifier stops the build (default: left out with a warning).',
    },
    'package-dir': {
      type: 'string',
      description: 'Also write the unpacked sdist tree here (replaced).',
    },
    json: { type: 'boolean', description: 'Print the result as JSON instead of text.' },
    verbose: { type: 'boolean', description: 'List every rewritten import.' },
  },
  async run(values, io) {
    const json = values.json === true;
    const packageName = str(values['package-name']) ?? BUILD_DEFAULTS['package-name'];
    const inputs = {
      cwd: io.cwd,
      source: str(values.source) ?? BUILD_DEFAULTS.source,
      version: str(values.version) ?? '',
      packageName,
      importName: str(values['import-name']) ?? BUILD_DEFAULTS['import-name'],
      outDir: str(values['out-dir']) ?? BUILD_DEFAULTS['out-dir'],
      project: str(values.project) ?? '',
      exclude: list(values.exclude) ?? [...BUILD_DEFAULTS.exclude],
      modules: list(values.modules, /[\s,]+/) ?? [],
      allowUnresolved: list(values['allow-unresolved'], /[\s,]+/) ?? [],
      packageDir: str(values['package-dir']),
      strict: values.strict === true,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      workerScript: bundledWorkerScript(import.meta.url),
    };
    // Warnings go to stderr as they are found; with --json they are in the result instead.
    const { build: result } = await run(inputs, terminalIo(io, { annotations: !json }));
    if (json) {
      io.out(JSON.stringify(result, null, 2));
      return EXIT.ok;
    }
    io.out(`Built ${packageName} ${result.version}`);
    for (const a of [result.wheel, result.sdist]) {
      io.out(`  ${a.path}  ${formatBytes(a.size)}  sha256 ${a.sha256}`);
    }
    if (result.packageDir) io.out(`  package tree: ${result.packageDir}`);
    io.out(
      `  ${result.fileCount} files (${result.pythonFileCount} Python), ${result.modules.top_level_modules.length} modules, ` +
        `${result.modules.subpackages.length} subpackages, ${result.rewrites.length} imports rewritten, ${result.warnings.length} warnings`,
    );
    if (result.outputsLeftOut.length > 0)
      io.out(`  left out (this build's output, under source): ${result.outputsLeftOut.join(', ')}`);
    const m = result.metadata;
    io.out(
      `  metadata: requires-python ${m.requiresPython ?? '(none)'}, ${m.dependencies} dependencies, ` +
        `scripts: ${m.scripts.join('; ') || 'none'} (table: ${m.from === 'absent' ? 'none found' : m.from})`,
    );
    io.out(`  modules: ${result.modules.top_level_modules.join(', ')}`);
    io.out(`  subpackages: ${result.modules.subpackages.join(', ')}`);
    if (values.verbose === true) {
      for (const r of result.rewrites) io.out(`  ${r.file}:${r.line}: ${r.before}  →  ${r.after}`);
    } else if (result.rewrites.length > 0) {
      io.out(
        `  (--verbose lists the ${result.rewrites.length > REWRITE_ROWS ? `${result.rewrites.length} ` : ''}rewrites)`,
      );
    }
    return EXIT.ok;
  },
};
