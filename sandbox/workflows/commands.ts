/**
 * The files a step talks to the runner through (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH) and the workflow commands on its stdout, processed after the
 * step as the runner does.
 *
 * The harness has a lenient reader for outputs (parseCommandFile); this one
 * is the runner's strict one, because a malformed line or an unterminated
 * heredoc fails the step on GitHub ("Invalid format", "Matching delimiter
 * not found") and a workflow that writes one must fail here too.
 */
import { readFileSync } from 'node:fs';

export class CommandFileError extends Error {}

/** `name=value` and `name<<DELIMITER … DELIMITER` lines. */
export function parseKeyValueFile(text: string, fileName: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new CommandFileError(`${fileName}: invalid format '${line}'`);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed) {
        throw new CommandFileError(
          `${fileName}: matching delimiter not found '${delimiter}' (for ${name})`,
        );
      }
      pairs.push([name, value.join('\n')]);
    } else if (eq > 0) {
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else {
      throw new CommandFileError(`${fileName}: invalid format '${line}'`);
    }
  }
  return pairs;
}

export function readKeyValueFile(file: string, fileName: string): Record<string, string> {
  return Object.fromEntries(parseKeyValueFile(readFileSync(file, 'utf8'), fileName));
}

/** GITHUB_PATH: one folder per line, later lines first on PATH (as the runner prepends each). */
export function readPathFile(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .reverse();
}

/**
 * GITHUB_ENV may not set NODE_OPTIONS (the runner refuses it); the default
 * GITHUB_* and RUNNER_* variables can be written but the runner's own values
 * win (the step environment puts them last).
 */
export function isRefusedVariable(name: string): boolean {
  return name.toUpperCase() === 'NODE_OPTIONS';
}
