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
  /** The errors the run failed with ([] when it succeeded). */
  errors: ActionError[];
  io: RecordingIo;
}

export async function inProcess(
  run: (io: RecordingIo) => Promise<ActionResult>,
): Promise<InProcessResult> {
  const io = recordingIo();
  let errors: ActionError[] = [];
  try {
    await run(io);
  } catch (e) {
    if (e instanceof ActionErrors) errors = e.errors;
    else if (e instanceof ActionError) errors = [e];
    else throw e;
  }
  const annotations: InProcessResult['annotations'] = io.annotations.map((a) => ({
    level: a.level,
    message: a.message,
    ...(a.place.title ? { title: a.place.title } : {}),
  }));
  for (const e of errors) {
    annotations.push({
      level: 'error',
      message: formatActionError(e),
      ...(e.title ? { title: e.title } : {}),
    });
  }
  return {
    exitCode: errors.length ? 1 : 0,
    outputs: io.outputs,
    annotations,
    summary: io.summaryText,
    masked: io.masked,
    errors,
    io,
  };
}

/** Everything a reader of the log, annotations, summary or outputs would see. */
export function shownText(r: InProcessResult): string {
  return [
    ...r.io.logs,
    ...r.annotations.map((a) => a.message),
    r.summary,
    JSON.stringify(r.outputs),
  ].join('\n');
}
