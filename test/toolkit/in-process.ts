/**
 * An action's run() called in-process with a recording io, its failure
 * turned into what the error boundary (actions/runner.ts runAction) shows:
 * exit code 1 and one error annotation per ActionError, with the text
 * formatActionError gives it. Anything else thrown is a bug and is thrown
 * on, so a test cannot pass over it. The shape mirrors sandbox/runner.ts's
 * RunResult where the bundle tests read it (outputs, annotations, summary,
 * masked), so a bundle test moves here by swapping the call.
 */
import type { ActionResult } from '../../packages/toolkit/io.js';
import { ActionError, ActionErrors, formatActionError } from '../../packages/toolkit/errors.js';
import { recordingIo, type RecordedAnnotation, type RecordingIo } from './recording-io.js';

export interface InProcessResult {
  exitCode: 0 | 1;
  outputs: Record<string, string>;
  annotations: Array<{ level: RecordedAnnotation['level']; message: string; title?: string }>;
  summary: string;
  masked: string[];
  /** Logs and annotations in order, as workflow commands (`::error title=…::message`) for the latter. */
  stdout: string;
  /** The errors the run failed with ([] when it succeeded). */
  errors: ActionError[];
  io: RecordingIo;
}

export async function inProcess(
  run: (io: RecordingIo) => Promise<ActionResult>,
): Promise<InProcessResult> {
  const io = recordingIo();
  const lines: string[] = [];
  const command = (level: string, message: string, title?: string): void =>
    void lines.push(`::${level}${title ? ` title=${title}` : ''}::${message}`);
  // The same io, with every line also kept in order for `stdout`.
  const traced: RecordingIo = {
    ...io,
    info: (m) => (lines.push(m), io.info(m)),
    warning: (m, place = {}) => (command('warning', m, place.title), io.warning(m, place)),
    notice: (m, place = {}) => (command('notice', m, place.title), io.notice(m, place)),
    error: (m, place = {}) => (command('error', m, place.title), io.error(m, place)),
  };
  let errors: ActionError[] = [];
  try {
    await run(traced);
  } catch (e) {
    if (e instanceof ActionErrors) errors = e.errors;
    else if (e instanceof ActionError) errors = [e];
    else throw e;
    // What runAction reports: each error (title, place) and its details, then for
    // several errors the aggregate message on its own.
    for (const err of errors) {
      io.error(formatActionError(err), {
        ...err.place,
        ...(err.title ? { title: err.title } : {}),
      });
      command('error', formatActionError(err), err.title);
      lines.push(...err.details);
    }
    if (e instanceof ActionErrors) {
      io.error(e.message);
      command('error', e.message);
    }
  }
  return {
    exitCode: errors.length ? 1 : 0,
    outputs: io.outputs,
    annotations: io.annotations.map((a) => ({
      level: a.level,
      message: a.message,
      ...(a.place.title ? { title: a.place.title } : {}),
    })),
    summary: io.summaryText,
    masked: io.masked,
    stdout: lines.join('\n'),
    errors,
    io,
  };
}

/** Everything a reader of the log, annotations, summary or outputs would see. */
export function shownText(r: InProcessResult): string {
  return [r.stdout, r.summary, JSON.stringify(r.outputs)].join('\n');
}
