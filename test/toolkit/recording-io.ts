/**
 * A RunnerIo that keeps everything an action's run() says, in order, so
 * in-process tests read logs, annotations, masks, outputs and the summary
 * as the runner would have received them.
 */
import type { AnnotationPlace, RunnerIo } from '../../packages/toolkit/io.js';

export interface RecordedAnnotation {
  level: 'warning' | 'notice' | 'error';
  message: string;
  place: AnnotationPlace;
}

export interface RecordingIo extends RunnerIo {
  logs: string[];
  /** Debug lines, kept apart from `logs` (the runner shows them only with debug logging). */
  debugs: string[];
  annotations: RecordedAnnotation[];
  masked: string[];
  outputs: Record<string, string>;
  /** Every summary chunk, concatenated as the runner's summary file would hold them. */
  summaryText: string;
}

export function recordingIo(): RecordingIo {
  const io: RecordingIo = {
    logs: [],
    debugs: [],
    annotations: [],
    masked: [],
    outputs: {},
    summaryText: '',
    info: (message) => void io.logs.push(message),
    debug: (message) => void io.debugs.push(message),
    warning: (message, place = {}) =>
      void io.annotations.push({ level: 'warning', message, place }),
    notice: (message, place = {}) => void io.annotations.push({ level: 'notice', message, place }),
    error: (message, place = {}) => void io.annotations.push({ level: 'error', message, place }),
    mask: (secret) => {
      if (secret) io.masked.push(secret);
    },
    setOutput: (name, value) => {
      io.outputs[name] = value;
    },
    summary: async (markdown) => {
      io.summaryText += markdown;
    },
  };
  return io;
}
