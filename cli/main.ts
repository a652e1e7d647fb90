#!/usr/bin/env node
/**
 * `runtime-actions <command> [--option value …]`: the actions' packages from
 * a terminal, so what an operator rehearses locally is what CI runs. Options
 * are named like the action inputs. Add a command by adding it to COMMANDS.
 */
import { parseArgs } from 'node:util';
import { ActionError, ActionErrors, formatActionError } from '../packages/toolkit/errors.js';
import { buildCommand } from './build.js';
import { releaseSuiteCommand } from './release-suite.js';
import { initCommand } from './init.js';
import { EXIT, type CliIo, type Command, type OptionValues } from './command.js';
import { terminalLine } from './terminal-io.js';

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  'release-suite': releaseSuiteCommand,
  init: initCommand,
};

const PROGRAM = 'runtime-actions';

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
  ].join('\n');
}

function commandHelp(name: string, c: Command): string {
  const rows = Object.entries(c.options).map(([opt, spec]) => {
    const flag = `--${opt}${spec.type === 'string' ? ' <value>' : ''}`;
    const extra = [spec.required ? 'required' : '', spec.default ? `default: ${spec.default}` : '']
      .filter(Boolean)
      .join('; ');
    return [flag, `${spec.description}${extra ? ` (${extra})` : ''}`] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length));
  return [
    `Usage: ${PROGRAM} ${name} [options]`,
    '',
    c.summary,
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    `  ${'--help'.padEnd(width)}  Show this help.`,
    '',
    'Exit codes: 0 success, 1 failed (the errors say where and why), 2 usage error.',
  ].join('\n');
}

function reportError(e: ActionError, io: CliIo): void {
  io.err(terminalLine('error', formatActionError(e), { ...e.place, title: e.title }));
  for (const d of e.details) io.err(`  ${d}`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${PROGRAM}: unknown command '${name}'.\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  let values: OptionValues;
  try {
    const parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(
          Object.entries(command.options).map(([opt, spec]) => [
            opt,
            { type: spec.type, multiple: spec.multiple ?? false },
          ]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    });
    values = parsed.values as OptionValues;
  } catch (e) {
    io.err(
      `${PROGRAM} ${name}: ${(e as Error).message}\nRun '${PROGRAM} ${name} --help' for the options.`,
    );
    return EXIT.usage;
  }
  if (values.help === true) {
    io.out(commandHelp(name, command));
    return EXIT.ok;
  }
  const missing = Object.entries(command.options)
    .filter(([opt, spec]) => spec.required && (values[opt] === undefined || values[opt] === ''))
    .map(([opt]) => `--${opt}`);
  if (missing.length > 0) {
    io.err(
      `${PROGRAM} ${name}: missing ${missing.join(', ')}.\nRun '${PROGRAM} ${name} --help' for the options.`,
    );
    return EXIT.usage;
  }
  try {
    return await command.run(values, io);
  } catch (e) {
    if (e instanceof ActionErrors) {
      for (const err of e.errors) reportError(err, io);
      io.err(`error: ${e.message}`);
      return EXIT.failed;
    }
    if (e instanceof ActionError) {
      reportError(e, io);
      return EXIT.failed;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.err(
      `${PROGRAM}: unexpected failure (a bug in runtime-actions): ${err.stack ?? err.message}`,
    );
    return EXIT.internal;
  }
}

// The CLI's own process boundary: the one place argv, cwd and the environment are read.
const isEntry =
  process.argv[1] !== undefined &&
  /(?:actions[\\/]cli[\\/]main\.[cm]?[jt]s|cli[\\/]index\.js|runtime-actions)$/.test(
    process.argv[1],
  );
if (isEntry) {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    cwd: process.cwd(),
    env: process.env,
  });
}
