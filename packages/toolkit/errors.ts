/**
 * The one error type an action shows a user. It carries what failed, where
 * (file and line, input name, HTTP status and URL) and what to do, so the
 * entry can turn it into a single `::error` line and a summary section with
 * no stack trace. Anything that is not an ActionError is a bug in this suite
 * and is reported with its stack.
 */
export interface ErrorPlace {
  /** Source file the annotation goes on, relative to the workspace. */
  file?: string;
  line?: number;
  column?: number;
  /** The action input at fault. */
  input?: string;
  /** HTTP status and URL for network failures. */
  status?: number;
  url?: string;
}

export interface ActionErrorOptions extends ErrorPlace {
  /** Short heading for the annotation, e.g. "Unrewritten import". */
  title?: string;
  /** What the user should do about it. */
  hint?: string;
  /** Further lines shown in the summary (and the log), not in the annotation title. */
  details?: string[];
  cause?: unknown;
}

export class ActionError extends Error {
  readonly title: string | undefined;
  readonly hint: string | undefined;
  readonly details: string[];
  readonly place: ErrorPlace;

  constructor(message: string, options: ActionErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionError';
    this.title = options.title;
    this.hint = options.hint;
    this.details = options.details ?? [];
    const { file, line, column, input, status, url } = options;
    this.place = { file, line, column, input, status, url };
  }
}

/** Several independent failures found in one pass (one annotation each). */
export class ActionErrors extends Error {
  constructor(
    message: string,
    readonly errors: ActionError[],
  ) {
    super(message);
    this.name = 'ActionErrors';
  }
}

/**
 * Throws what one pass found: nothing when `errors` is empty, a single error
 * as itself (one annotation, no "1 problems" line), several as one
 * ActionErrors under `message` (one annotation each, then the message).
 */
export function throwIfAny(errors: readonly ActionError[], message: string): void {
  if (errors.length === 1) throw errors[0] as ActionError;
  if (errors.length > 1) throw new ActionErrors(message, [...errors]);
}

export function isActionError(e: unknown): e is ActionError {
  return e instanceof ActionError;
}

/** The message as one line a user reads: what, where, what to do. */
export function formatActionError(e: ActionError): string {
  const where: string[] = [];
  if (e.place.input) where.push(`input '${e.place.input}'`);
  if (e.place.status !== undefined || e.place.url) {
    where.push(
      [e.place.status !== undefined ? `HTTP ${e.place.status}` : '', e.place.url ?? '']
        .filter(Boolean)
        .join(' '),
    );
  }
  let text = e.message;
  if (where.length > 0 && !where.every((w) => text.includes(w))) text += ` (${where.join(', ')})`;
  if (e.hint) text += ` ${e.hint}`;
  return text;
}
