/**
 * Commit-message trailers (`Key: value` lines in the message's last
 * paragraph), read the way `git interpret-trailers --parse` reads them, and
 * the four provenance trailers every mirror commit carries.
 *
 * Written by hand (no library reads trailers in JavaScript) after git's
 * trailer.c: the title paragraph is never a trailer block; the last
 * paragraph is one when every line in it is a trailer or a continuation,
 * or when it holds a git-generated trailer (`Signed-off-by: `) and at least
 * a quarter of its lines are trailers; trailing comment lines (`#`) and a
 * patch part after a `---` line are not part of the message. The tests
 * compare this with the `git` binary on a set of messages.
 */

export interface Trailer {
  /** The key as written (case kept). */
  key: string;
  /** The value with continuation lines unfolded into single spaces, trimmed. */
  value: string;
}

/** The provenance trailers, in the order mirror-sync writes them. */
export const PROVENANCE_KEYS = [
  'Runtime-Version',
  'Source-Repository',
  'Source-Commit',
  'Published-By',
] as const;
export type ProvenanceKey = (typeof PROVENANCE_KEYS)[number];

export interface Provenance {
  /** The version published, as on the index. */
  runtimeVersion: string;
  /** owner/repo the runtime was built from. */
  sourceRepository: string;
  /** The full SHA of the source commit. */
  sourceCommit: string;
  /** The URL of the workflow run that published it. */
  publishedBy: string;
}

const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];

const isBlank = (line: string): boolean => /^\s*$/.test(line);
const startsWithSpace = (line: string): boolean => /^\s/.test(line);

/**
 * Position of the `:` that ends a trailer key, or -1: git's find_separator —
 * letters, digits and `-`, then optional blanks, then the separator.
 */
function separatorAt(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ':') return i;
    if (!whitespaceFound && /[A-Za-z0-9-]/.test(c)) continue;
    if (i !== 0 && (c === ' ' || c === '\t')) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

/** The lines git treats as the message: without a patch part and trailing comments/blank lines. */
function messageLines(message: string): string[] {
  let lines = message.replace(/\r\n/g, '\n').split('\n');
  // A trailing newline does not make an extra (empty) line.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // git's find_patch_start: a line starting with `---` and then a blank (or the end).
  const divider = lines.findIndex((l) => /^---(\s|$)/.test(l));
  if (divider >= 0) lines = lines.slice(0, divider);
  // Trailing comment lines and blank lines are ignored (git's ignored_log_message_bytes).
  while (lines.length > 0 && (isBlank(lines.at(-1) as string) || lines.at(-1)?.startsWith('#')))
    lines.pop();
  return lines;
}

/** Index of the first line of the trailer block, or lines.length when there is none. */
function trailerBlockStart(lines: string[]): number {
  // The first paragraph is the title and cannot hold trailers.
  let endOfTitle = 0;
  while (endOfTitle < lines.length) {
    const l = lines[endOfTitle] as string;
    if (!l.startsWith('#') && isBlank(l)) break;
    endOfTitle++;
  }
  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuationLines = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const line = lines[i] as string;
    if (line.startsWith('#')) {
      nonTrailerLines += possibleContinuationLines;
      possibleContinuationLines = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuationLines;
      if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return lines.length;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((p) => line.startsWith(p))) {
      trailerLines++;
      possibleContinuationLines = 0;
      recognizedPrefix = true;
      continue;
    }
    if (separatorAt(line) >= 1 && !startsWithSpace(line)) {
      trailerLines++;
      possibleContinuationLines = 0;
    } else if (startsWithSpace(line)) {
      possibleContinuationLines++;
    } else {
      nonTrailerLines += 1 + possibleContinuationLines;
      possibleContinuationLines = 0;
    }
  }
  return lines.length;
}

/** The trailers of a commit message, in order, as `git interpret-trailers --parse` lists them. */
export function parseTrailers(message: string): Trailer[] {
  const lines = messageLines(message);
  const start = trailerBlockStart(lines);
  const out: Trailer[] = [];
  let last: { key: string; parts: string[] } | undefined;
  const flush = () => {
    if (last) out.push({ key: last.key, value: last.parts.join(' ').trim() });
    last = undefined;
  };
  for (const line of lines.slice(start)) {
    if (last && startsWithSpace(line)) {
      // A continuation line: unfolded into the value with one space.
      const more = line.trim();
      if (more !== '') last.parts.push(more);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sep = separatorAt(line);
    flush();
    if (sep >= 1) last = { key: line.slice(0, sep).trim(), parts: [line.slice(sep + 1).trim()] };
  }
  flush();
  return out;
}

/** The provenance a mirror commit's message claims, with every problem found. */
export type ProvenanceReading =
  | { ok: true; provenance: Provenance; trailers: Trailer[] }
  | { ok: false; problems: string[]; trailers: Trailer[] };

const FIELD: Record<ProvenanceKey, keyof Provenance> = {
  'Runtime-Version': 'runtimeVersion',
  'Source-Repository': 'sourceRepository',
  'Source-Commit': 'sourceCommit',
  'Published-By': 'publishedBy',
};

/**
 * Reads the four provenance trailers. Keys match case-insensitively (as git
 * matches trailer keys); each must appear exactly once with a non-empty
 * value. Whether the values are right is the caller's business.
 */
export function readProvenance(message: string): ProvenanceReading {
  const trailers = parseTrailers(message);
  const problems: string[] = [];
  const found: Partial<Provenance> = {};
  for (const key of PROVENANCE_KEYS) {
    const hits = trailers.filter((t) => t.key.toLowerCase() === key.toLowerCase());
    if (hits.length === 0) problems.push(`no ${key} trailer`);
    else if (new Set(hits.map((h) => h.value)).size > 1)
      problems.push(`${key} appears ${hits.length} times with different values`);
    else if ((hits[0] as Trailer).value === '') problems.push(`${key} is empty`);
    else found[FIELD[key]] = (hits[0] as Trailer).value;
  }
  if (problems.length > 0) return { ok: false, problems, trailers };
  return { ok: true, provenance: found as Provenance, trailers };
}

/**
 * The mirror commit's message: a title, one line saying what the commit is,
 * and the provenance trailers as the last paragraph.
 */
export function renderProvenanceMessage(p: Provenance): string {
  for (const key of PROVENANCE_KEYS) {
    const value = p[FIELD[key]];
    if (value.trim() === '' || /[\r\n]/.test(value))
      throw new Error(`provenance ${key} must be one non-empty line, got ${JSON.stringify(value)}`);
  }
  const trailers = PROVENANCE_KEYS.map((k) => `${k}: ${p[FIELD[k]].trim()}`).join('\n');
  return (
    `Runtime ${p.runtimeVersion}\n\n` +
    `The published sdist of version ${p.runtimeVersion}, written by runtime-actions mirror-sync. ` +
    `This repository is a generated mirror: change ${p.sourceRepository} instead.\n\n` +
    `${trailers}\n`
  );
}
