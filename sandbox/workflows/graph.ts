/**
 * The shape of a run: jobs in `needs` order, and `strategy.matrix` expanded
 * into legs with GitHub's include/exclude rules.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Plain } from './expressions.js';

export type MatrixLeg = Record<string, Plain>;

/** `needs:` as a list (a string, a list, or nothing). */
export function needsOf(job: { needs?: unknown }): string[] {
  const n = job.needs;
  if (n === undefined || n === null) return [];
  return (Array.isArray(n) ? n : [n]).map(String);
}

/**
 * Job ids grouped in waves: each wave needs only jobs of earlier waves.
 * Throws on an unknown job in `needs` and on a cycle, naming them.
 */
export function jobWaves(jobs: Record<string, { needs?: unknown }>): string[][] {
  const ids = Object.keys(jobs);
  for (const id of ids) {
    for (const n of needsOf(jobs[id]!)) {
      if (!(n in jobs))
        throw new Error(`job '${id}' needs '${n}', which is not a job of this workflow`);
    }
  }
  const waves: string[][] = [];
  const placed = new Set<string>();
  while (placed.size < ids.length) {
    const wave = ids.filter(
      (id) => !placed.has(id) && needsOf(jobs[id]!).every((n) => placed.has(n)),
    );
    if (wave.length === 0) {
      const rest = ids.filter((id) => !placed.has(id));
      throw new Error(`the needs of jobs ${rest.join(', ')} form a cycle`);
    }
    for (const id of wave) placed.add(id);
    waves.push(wave);
  }
  return waves;
}

/** Every job a job needs, directly or through others. */
export function ancestorsOf(jobs: Record<string, { needs?: unknown }>, id: string): string[] {
  const seen = new Set<string>();
  const visit = (j: string): void => {
    for (const n of needsOf(jobs[j] ?? {})) {
      if (!seen.has(n)) {
        seen.add(n);
        visit(n);
      }
    }
  };
  visit(id);
  return [...seen];
}

/**
 * Expands an evaluated `strategy.matrix` into its legs, as GitHub does:
 * the cartesian product of the keys (in the order written); `exclude`
 * removes every combination matching all of an entry's pairs; each `include`
 * entry is merged into every combination whose ORIGINAL values it does not
 * contradict (values added by an earlier include may be overwritten), and
 * becomes a new combination when it fits none.
 */
export function expandMatrix(matrix: Plain): MatrixLeg[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new Error(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  }
  const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
  let legs: MatrixLeg[] = keys.length ? [{}] : [];
  for (const key of keys) {
    const values = matrix[key];
    if (!Array.isArray(values)) {
      throw new Error(`matrix vector '${key}' must be a list, got ${JSON.stringify(values)}`);
    }
    if (values.length === 0) throw new Error(`matrix vector '${key}' does not contain any values`);
    legs = legs.flatMap((leg) => values.map((v) => ({ ...leg, [key]: v })));
  }
  const listOf = (name: 'include' | 'exclude'): Record<string, Plain>[] => {
    const v = matrix[name];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new Error(`matrix ${name} must be a list of mappings`);
    return v.map((e) => {
      if (e === null || typeof e !== 'object' || Array.isArray(e)) {
        throw new Error(`matrix ${name} entries must be mappings, got ${JSON.stringify(e)}`);
      }
      return e;
    });
  };
  for (const ex of listOf('exclude')) {
    legs = legs.filter(
      (leg) => !Object.entries(ex).every(([k, v]) => isDeepStrictEqual(leg[k], v)),
    );
  }
  // Only the combinations of the product are candidates: an include that
  // became a leg of its own is not extended by later includes (GitHub's docs:
  // "that combination was not one of the original matrix combinations").
  const original = new Set(keys);
  const products = legs.length;
  const originals = legs.map((leg) => ({ ...leg }));
  for (const inc of listOf('include')) {
    let fitted = false;
    for (let i = 0; i < products; i++) {
      const base = originals[i]!;
      const fits = Object.entries(inc).every(
        ([k, v]) => !original.has(k) || isDeepStrictEqual(base[k], v),
      );
      if (fits) {
        fitted = true;
        Object.assign(legs[i]!, inc);
      }
    }
    if (!fitted) legs.push({ ...inc });
  }
  if (legs.length === 0) throw new Error('the matrix has no combinations left');
  return legs;
}

/** GitHub's default name for a matrix leg: `job (v1, v2)`. */
export function legName(job: string, leg: MatrixLeg): string {
  const values = Object.values(leg).map((v) =>
    v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v),
  );
  return values.length ? `${job} (${values.join(', ')})` : job;
}
