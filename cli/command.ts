/** What a CLI subcommand is: its options (named like the action's inputs) and what it runs. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (values accumulate; a comma or newline also separates). */
  multiple?: boolean;
  description: string;
  /** Shown in --help. */
  default?: string;
  required?: boolean;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  summary: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code. Throws ActionError/ActionErrors for expected failures. */
  run(values: OptionValues, io: CliIo): Promise<number>;
}

/** Exit codes: 0 success, 1 the command failed (bad input or source), 2 usage error, 70 a bug here. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

/** A string option's value (undefined when not given). */
export const optionString = (v: OptionValues[string]): string | undefined =>
  typeof v === 'string' ? v : undefined;

/**
 * A repeatable option's values: each given value is split further by
 * `separators` (commas and newlines; build's module names also by spaces).
 * Undefined when the option was not given, so the caller's default applies.
 */
export function optionList(v: OptionValues[string], separators = /[\n,]/): string[] | undefined {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [String(v)])
    .flatMap((s) => s.split(separators))
    .map((s) => s.trim())
    .filter(Boolean);
}
