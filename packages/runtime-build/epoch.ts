/**
 * SOURCE_DATE_EPOCH for the archives: given, else the time of the last
 * commit touching source, else 1980-01-01 (the earliest zip time). The
 * same commit then always yields the same wheel, on any runner.
 */
import { spawnSync } from 'node:child_process';
import { ActionError } from '../toolkit/errors.js';
import { ZIP_MIN_EPOCH } from '../distribution/archive.js';

export interface Epoch {
  value: number;
  from: 'SOURCE_DATE_EPOCH' | 'git' | 'default';
}

export function parseEpoch(raw: string): number {
  if (!/^\d+$/.test(raw.trim())) {
    throw new ActionError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${raw}'.`, {
      title: 'Invalid SOURCE_DATE_EPOCH',
      hint: 'Unset it to use the source’s last commit time, or set it to e.g. $(git log -1 --format=%ct).',
    });
  }
  return Number(raw.trim());
}

/** The last commit time of `sourceDir` per git, or undefined outside a repository (or without git). */
export function gitCommitTime(sourceDir: string): number | undefined {
  const r = spawnSync('git', ['log', '-1', '--format=%ct', '--', '.'], {
    cwd: sourceDir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const out = r.status === 0 ? r.stdout.trim() : '';
  return /^\d+$/.test(out) ? Number(out) : undefined;
}

export function resolveEpoch(given: string | undefined, sourceDir: string): Epoch {
  if (given !== undefined && given.trim() !== '')
    return { value: parseEpoch(given), from: 'SOURCE_DATE_EPOCH' };
  const git = gitCommitTime(sourceDir);
  if (git !== undefined) return { value: git, from: 'git' };
  return { value: ZIP_MIN_EPOCH, from: 'default' };
}
