/** `runtime-actions init`: a starter pyproject.runtime.toml beside the sources (never overwrites). */
import { BUILD_DEFAULTS } from '../packages/runtime-build/defaults.js';
import { writeStarter } from '../packages/runtime-build/starter.js';
import { EXIT, optionList as list, optionString as str, type Command } from './command.js';

export const initCommand: Command = {
  summary:
    'Write a starter <source>/pyproject.runtime.toml from the sources: requires-python, dependencies, scripts, readme.',
  options: {
    source: {
      type: 'string',
      description: 'Folder holding the runtime sources.',
      default: BUILD_DEFAULTS.source,
    },
    'import-name': {
      type: 'string',
      description: 'Import package the sources move into (names the console script).',
      default: BUILD_DEFAULTS['import-name'],
    },
    exclude: {
      type: 'string',
      multiple: true,
      description:
        'Glob of files/folders the build leaves out (repeatable; replaces the defaults).',
      default: BUILD_DEFAULTS.exclude.join(' '),
    },
    python: {
      type: 'string',
      description: 'Interpreter that finds the lowest Python the grammar needs.',
      default: 'python3',
    },
  },
  async run(values, io) {
    const starter = await writeStarter({
      cwd: io.cwd,
      source: str(values.source) ?? BUILD_DEFAULTS.source,
      importName: str(values['import-name']) ?? BUILD_DEFAULTS['import-name'],
      exclude: list(values.exclude) ?? [...BUILD_DEFAULTS.exclude],
      python: str(values.python) ?? 'python3',
    });
    io.out(`Wrote ${starter.shown}:`);
    io.out(`  requires-python ${starter.requiresPython}`);
    for (const d of starter.dependencies)
      io.out(
        `  dependency ${d.requirement} (import ${d.importName}, ${d.site})${d.note ? `: ${d.note}` : ''}`,
      );
    if (starter.dependencies.length === 0) io.out('  no third-party imports: dependencies = []');
    for (const [n, ref] of starter.scripts) io.out(`  script ${n} = ${ref}`);
    if (starter.scripts.length === 0) io.out('  no main_sync or main found: no console script');
    if (starter.readme) io.out(`  readme ${starter.readme}`);
    if (starter.unusedRequirements.length > 0)
      io.out(
        `  left out (in requirements.txt, never imported): ${starter.unusedRequirements.join(', ')}`,
      );
    io.out('Review it (description, license, bounds), then commit it beside the sources.');
    return EXIT.ok;
  },
};
