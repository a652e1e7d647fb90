/**
 * The runner surface an action's `run()` is given: logs, annotations,
 * masking, outputs and the step summary. The adapter on @actions/core
 * implements it for the runner; tests pass a recording one. Nothing here
 * imports @actions/*, so every package stays callable in-process.
 */
import type { ErrorPlace } from './errors.js';

/** Where an annotation points, and its title. */
export type AnnotationPlace = ErrorPlace & { title?: string };

export interface RunnerIo {
  info(message: string): void;
  /** Shown only when the run has step debug logging on. */
  debug(message: string): void;
  warning(message: string, place?: AnnotationPlace): void;
  notice(message: string, place?: AnnotationPlace): void;
  error(message: string, place?: AnnotationPlace): void;
  /** Hides a secret in every later log line ('' and undefined are ignored). */
  mask(secret: string | undefined): void;
  /** One step output, already a string (see `OutputWriter`). */
  setOutput(name: string, value: string): void;
  /** Appends markdown to the step summary. */
  summary(markdown: string): Promise<void>;
}

/** What a `run()` hands back when it succeeds: the outputs it set, the summary it wrote. */
export interface ActionResult {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Sets outputs through `io` at the moment they are known (so a later failure
 * still leaves them on the step, as the runner would) and keeps them for the
 * result. Values that are not strings are written as JSON.
 */
export class OutputWriter {
  readonly outputs: Record<string, string> = {};
  constructor(private readonly io: RunnerIo) {}

  set(name: string, value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.outputs[name] = text;
    this.io.setOutput(name, text);
  }
}
