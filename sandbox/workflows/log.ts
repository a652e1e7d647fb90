/**
 * The run's log: one line per job start and end and per step, with timings
 * and status, every secret the run knows of replaced by `***` as the runner
 * does (secrets, job tokens, values a step registered with ::add-mask::).
 */
import type { StepResult } from './types.js';

export class Masker {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value) return;
    // The runner masks each line of a multi-line secret; values this short
    // ('true', '1') would blank out the log and protect nothing.
    for (const part of value.split(/\r?\n/)) {
      if (part.trim().length >= 4) this.values.add(part.trim());
    }
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      if (out.includes(v)) out = out.split(v).join('***');
    }
    return out;
  }

  /** True when the text holds one of the masked values. */
  leaks(text: string): boolean {
    for (const v of this.values) if (text.includes(v)) return true;
    return false;
  }

  list(): string[] {
    return [...this.values];
  }
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

const MARK: Record<StepResult['status'], string> = {
  success: '✓',
  failure: '✗',
  skipped: '–',
  'not-run': '◌',
};

export function stepLine(jobPath: string, step: StepResult): string {
  const what = step.action
    ? `[${step.action}]`
    : step.standIn
      ? `[stand-in ${step.standIn.key}]`
      : step.kind === 'run'
        ? '[run]'
        : '';
  const outcome =
    step.outcome === 'failure' && step.status === 'success' ? ' (failed, continue-on-error)' : '';
  const note = step.note ? `  — ${step.note}` : '';
  return `  ${MARK[step.status]} ${jobPath} › ${step.name} ${what}  ${seconds(step.durationMs)}${outcome}${note}`;
}

export class RunLog {
  readonly lines: string[] = [];

  constructor(
    readonly masker: Masker,
    private readonly sink?: (line: string) => void,
  ) {}

  write(line: string): void {
    const masked = this.masker.mask(line);
    for (const l of masked.split('\n')) {
      this.lines.push(l);
      this.sink?.(l);
    }
  }
}
