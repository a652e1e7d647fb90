/**
 * The CLI's RunnerIo: what an action's run() says, written for a terminal.
 * Annotations become `warning: file:line:column: title: message` lines on
 * stderr (the same shape as the CLI's error lines); outputs, masks and the
 * step summary have no terminal counterpart and are dropped (the command
 * prints the run's result itself).
 */
import type { AnnotationPlace, RunnerIo } from '../packages/toolkit/io.js';
import type { CliIo } from './command.js';

/** `level: file:line:column: title: message`, each part only when known. */
export function terminalLine(level: string, message: string, place: AnnotationPlace = {}): string {
  const { file, line, column, title } = place;
  const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
  return `${level}: ${where}${title ? `${title}: ` : ''}${message}`;
}

export interface TerminalIoOptions {
  /** Print run()'s log lines on stdout (default: no, the command prints its own). */
  log?: boolean;
  /** Print warnings and notices on stderr (default: yes; --json carries them instead). */
  annotations?: boolean;
}

export function terminalIo(cli: CliIo, options: TerminalIoOptions = {}): RunnerIo {
  const log = options.log === true;
  const annotate = options.annotations !== false;
  const annotation =
    (level: string) =>
    (message: string, place?: AnnotationPlace): void => {
      if (annotate) cli.err(terminalLine(level, message, place));
    };
  return {
    info: (message) => {
      if (log) cli.out(message);
    },
    debug: () => undefined,
    warning: annotation('warning'),
    notice: annotation('notice'),
    error: annotation('error'),
    mask: () => undefined,
    setOutput: () => undefined,
    summary: async () => undefined,
  };
}
