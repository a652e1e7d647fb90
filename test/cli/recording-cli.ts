/** A CliIo that keeps what a command prints, line by line, for in-process CLI tests. */
import type { CliIo } from '../../cli/command.js';

export interface RecordingCli extends CliIo {
  stdout: string[];
  stderr: string[];
}

export function recordingCli(cwd: string, env: CliIo['env'] = {}): RecordingCli {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd, env };
}
