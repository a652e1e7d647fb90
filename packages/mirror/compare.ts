/**
 * File-by-file comparison of two trees (the published sdist and a mirror
 * commit, or the sdist and a folder): every path added, removed or changed,
 * by content hash and mode.
 *
 * Contents are compared by git blob id, a hash of the bytes: the mirror's
 * side comes from one recursive tree listing, so no blob is downloaded. When
 * both sides were read as bytes the sha256 is compared too, so a report can
 * show the hash a user would check with `sha256sum`.
 */

export interface ChangedPath {
  path: string;
  /** What differs: the bytes, the mode, or both. */
  content: boolean;
  mode: boolean;
  expected: { blob: string; mode: string; sha256?: string };
  actual: { blob: string; mode: string; sha256?: string };
}

export interface TreeDifference {
  /** In `actual` only (e.g. a file the mirror commit has and the sdist does not). */
  added: string[];
  /** In `expected` only (a file of the sdist the commit lacks). */
  removed: string[];
  changed: ChangedPath[];
  /** Paths on both sides with the same content and mode. */
  same: number;
}

export const isIdentical = (d: TreeDifference): boolean =>
  d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;

/**
 * A file on one side: its git blob id and mode (a string, so a mirror's
 * symbolic link, 120000, or submodule, 160000, shows up as a mode change),
 * and its sha256 when the bytes were read.
 */
export interface HashedFile {
  path: string;
  mode: string;
  blob: string;
  sha256?: string;
}

export function compareTrees(
  expected: readonly HashedFile[],
  actual: readonly HashedFile[],
): TreeDifference {
  const want = new Map(expected.map((f) => [f.path, f]));
  const have = new Map(actual.map((f) => [f.path, f]));
  const out: TreeDifference = { added: [], removed: [], changed: [], same: 0 };
  for (const [p, e] of want) {
    const a = have.get(p);
    if (!a) {
      out.removed.push(p);
      continue;
    }
    const content =
      e.blob !== a.blob ||
      (e.sha256 !== undefined && a.sha256 !== undefined && e.sha256 !== a.sha256);
    const mode = e.mode !== a.mode;
    if (!content && !mode) {
      out.same++;
      continue;
    }
    out.changed.push({
      path: p,
      content,
      mode,
      expected: { blob: e.blob, mode: e.mode, ...(e.sha256 ? { sha256: e.sha256 } : {}) },
      actual: { blob: a.blob, mode: a.mode, ...(a.sha256 ? { sha256: a.sha256 } : {}) },
    });
  }
  for (const p of have.keys()) if (!want.has(p)) out.added.push(p);
  out.added.sort();
  out.removed.sort();
  out.changed.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return out;
}

/** One line per differing path, for logs and error details. */
export function describeDifference(d: TreeDifference, limit = 50): string[] {
  const lines = [
    ...d.removed.map((p) => `missing  ${p}`),
    ...d.added.map((p) => `extra    ${p}`),
    ...d.changed.map((c) => {
      // The same kind of hash on both sides: sha256 when both were read as bytes, else git blob ids.
      const both = c.expected.sha256 !== undefined && c.actual.sha256 !== undefined;
      const hash = (h: { blob: string; sha256?: string }) =>
        both ? `sha256 ${(h.sha256 as string).slice(0, 12)}…` : `blob ${h.blob.slice(0, 12)}…`;
      const what = [
        c.content ? `content ${hash(c.expected)} → ${hash(c.actual)}` : '',
        c.mode ? `mode ${c.expected.mode} → ${c.actual.mode}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `changed  ${c.path} (${what})`;
    }),
  ];
  if (lines.length > limit) return [...lines.slice(0, limit), `… and ${lines.length - limit} more`];
  return lines;
}
