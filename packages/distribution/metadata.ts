/**
 * Core metadata (the wheel's METADATA and the sdist's PKG-INFO), rendered
 * from the project table, and parsed back for readers.
 *
 * Metadata-Version is 2.1 on purpose: Debian's twine 4.0.2 with pkginfo 1.8.2
 * (what runners and this machine have) rejects anything newer ("Metadata
 * version 2.2 not supported"), and 2.1 already carries every field we fill:
 * Description-Content-Type and Provides-Extra arrived in 2.1.
 */
import type { Person, ProjectTable } from './project.js';
import { safeExtra } from './names.js';

export const METADATA_VERSION = '2.1';

export interface CoreMetadataInput {
  name: string;
  version: string;
  project: ProjectTable;
}

/** `Name <email>` lists, split the way the core metadata spec asks: names without e-mail go in Author. */
function people(list: Person[]): { names: string; emails: string } {
  const names = list
    .filter((p) => p.email === undefined && p.name !== undefined)
    .map((p) => p.name as string);
  const emails = list
    .filter((p) => p.email !== undefined)
    .map((p) => (p.name !== undefined ? `${p.name} <${p.email}>` : (p.email as string)));
  return { names: names.join(', '), emails: emails.join(', ') };
}

/**
 * Multi-line header values (License) are folded RFC 822 style: continuation
 * lines start with whitespace, which email parsers (and pkginfo) unfold.
 */
function fold(value: string): string {
  return value.replace(/\r\n?/g, '\n').split('\n').join('\n        ');
}

/** One header per field; a requirement inside an extra gets the extra in its marker. */
function extraRequirement(req: string, extra: string): string {
  const [spec, marker] = splitMarker(req);
  const cond = `extra == '${safeExtra(extra)}'`;
  return marker ? `${spec} ; (${marker}) and ${cond}` : `${spec} ; ${cond}`;
}

function splitMarker(req: string): [string, string | undefined] {
  // The first ';' outside a URL separates the marker (a URL's ';' is followed by no space per PEP 508).
  const i = req.search(/\s*;\s/);
  const j = i >= 0 ? i : req.indexOf(';');
  if (j < 0) return [req.trim(), undefined];
  return [
    req.slice(0, j).trim(),
    req
      .slice(j)
      .replace(/^\s*;\s*/, '')
      .trim(),
  ];
}

export function renderRequirement(req: string): string {
  const [spec, marker] = splitMarker(req);
  return marker ? `${spec} ; ${marker}` : spec;
}

/** The description a wheel shows when the project gives no readme: its summary, as plain text. */
function longDescription(input: CoreMetadataInput): { text: string; contentType: string } {
  const readme = input.project.readme;
  if (readme) return { text: readme.text, contentType: readme.contentType };
  // twine check --strict fails on a missing long description, and an empty
  // project page helps nobody: fall back to the one-line summary.
  return { text: input.project.description ?? input.name, contentType: 'text/plain' };
}

export function renderMetadata(input: CoreMetadataInput): string {
  const { project } = input;
  const headers: Array<[string, string]> = [
    ['Metadata-Version', METADATA_VERSION],
    ['Name', input.name],
    ['Version', input.version],
  ];
  if (project.description !== undefined) headers.push(['Summary', project.description]);
  if (project.keywords.length > 0) headers.push(['Keywords', project.keywords.join(',')]);
  const authors = people(project.authors);
  if (authors.names) headers.push(['Author', authors.names]);
  if (authors.emails) headers.push(['Author-email', authors.emails]);
  const maintainers = people(project.maintainers);
  if (maintainers.names) headers.push(['Maintainer', maintainers.names]);
  if (maintainers.emails) headers.push(['Maintainer-email', maintainers.emails]);
  if (project.license !== undefined) headers.push(['License', fold(project.license)]);
  for (const [label, url] of project.urls) headers.push(['Project-URL', `${label}, ${url}`]);
  for (const c of project.classifiers) headers.push(['Classifier', c]);
  if (project.requiresPython !== undefined)
    headers.push(['Requires-Python', project.requiresPython]);
  const description = longDescription(input);
  headers.push(['Description-Content-Type', description.contentType]);
  for (const d of project.dependencies) headers.push(['Requires-Dist', renderRequirement(d)]);
  for (const [extra, reqs] of project.optionalDependencies) {
    headers.push(['Provides-Extra', safeExtra(extra)]);
    for (const r of reqs) headers.push(['Requires-Dist', extraRequirement(r, extra)]);
  }
  for (const [k, v] of headers) {
    if (/[\r\n]/.test(v.replace(/\n {8}/g, '')))
      throw new Error(`metadata field ${k} holds a line break`);
  }
  const body = description.text.replace(/\r\n?/g, '\n');
  return `${headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/**
 * Core metadata as read from the file: every header in file order as
 * [field name, raw value] (the value's continuation lines kept, with their
 * indentation, joined by `\n`), and the body (text after the first blank line).
 */
export interface CoreMetadata {
  headers: [string, string][];
  /** Text after the blank line ('' when none). */
  body: string;
}

/** A header line: a printable name without spaces or colons, then `:` (email.parser's rule). */
const HEADER = /^([\x21-\x39\x3b-\x7e]+):[ \t]?(.*)$/;

/**
 * THE core-metadata parser (METADATA, PKG-INFO, WHEEL), for every reader in
 * the suite; the views below (parseMetadata, and the index's getAll/getOne)
 * only decide how a continued value is unfolded.
 *
 * Parsed by hand because it is not quite RFC 822 and not quite MIME: Python's
 * `email.parser` (compat32) is the reference every tool uses, and the rules
 * follow it and pkginfo, which twine uses to read the same files:
 * - a line starting with a space or tab continues the previous header;
 * - headers end at the first empty line, or (unless `strict`) at the first
 *   line that is neither a header nor a continuation, which then begins the
 *   body; `strict` refuses such a line instead (files we wrote ourselves);
 * - repeated fields (Classifier, Requires-Dist …) keep every occurrence;
 * - the body is returned verbatim (line endings normalised to `\n`).
 */
export function parseCoreMetadata(text: string, options: { strict?: boolean } = {}): CoreMetadata {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headers: [string, string][] = [];
  let i = 0;
  let current: { name: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) headers.push([current.name, current.lines.join('\n')]);
    current = undefined;
  };
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') {
      i++;
      break;
    }
    if (/^[ \t]/.test(line) && current) {
      current.lines.push(line);
      continue;
    }
    const m = HEADER.exec(line);
    if (!m) {
      if (options.strict) throw new Error(`not a metadata header line: ${JSON.stringify(line)}`);
      break; // not a header: the body starts here (email.parser does the same)
    }
    flush();
    current = { name: m[1] as string, lines: [m[2] as string] };
  }
  flush();
  return { headers, body: lines.slice(i).join('\n') };
}

/** Parsed core metadata (or WHEEL file): headers in order, and the body (the description). */
export interface ParsedMetadata {
  headers: Array<[string, string]>;
  body: string;
  get(field: string): string | undefined;
  getAll(field: string): string[];
}

/**
 * Core metadata with values unfolded the way renderMetadata folds them: the
 * first line trimmed, continuation lines kept on their own lines minus the
 * 8-space (or tab) indent. Strict by default: a line that is neither header
 * nor continuation is an error, since build wrote these files; `strict:
 * false` lets it begin the body, as email.parser does (files we were given).
 */
export function parseMetadata(text: string, options: { strict?: boolean } = {}): ParsedMetadata {
  const raw = parseCoreMetadata(text, { strict: options.strict ?? true });
  const headers = raw.headers.map(([k, v]): [string, string] => {
    const [first = '', ...rest] = v.split('\n');
    return [k, [first.trim(), ...rest.map((l) => l.replace(/^ {8}|^\t/, ''))].join('\n')];
  });
  const lower = (s: string): string => s.toLowerCase();
  return {
    headers,
    body: raw.body,
    get: (field) => headers.find(([k]) => lower(k) === lower(field))?.[1],
    getAll: (field) => headers.filter(([k]) => lower(k) === lower(field)).map(([, v]) => v),
  };
}

/** entry_points.txt: INI sections of `name = module:attr`, in the project's order. */
export function renderEntryPoints(project: ProjectTable): string | undefined {
  const groups: Array<[string, Array<[string, string]>]> = [];
  if (project.scripts.length > 0) groups.push(['console_scripts', project.scripts]);
  if (project.guiScripts.length > 0) groups.push(['gui_scripts', project.guiScripts]);
  for (const g of project.entryPoints) if (g[1].length > 0) groups.push(g);
  if (groups.length === 0) return undefined;
  return groups
    .map(
      ([group, entries]) =>
        `[${group}]\n${entries.map(([n, ref]) => `${n} = ${ref.trim()}`).join('\n')}\n`,
    )
    .join('\n');
}

/** One line of entry_points.txt: its `[group]`, the name, and the reference as written (`module:attr [extras]`). */
export interface EntryPointLine {
  group: string;
  name: string;
  value: string;
}

/**
 * THE entry_points.txt reader (INI: `[group]` then `name = reference`), in
 * file order; comments (`#`, `;`), blank lines and entries before any
 * section are skipped.
 */
export function parseEntryPointLines(text: string): EntryPointLine[] {
  const out: EntryPointLine[] = [];
  let group: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      group = (section[1] as string).trim();
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0 && group)
      out.push({ group, name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return out;
}

/** Parses entry_points.txt into group → name → reference. */
export function parseEntryPoints(text: string): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const { group, name, value } of parseEntryPointLines(text)) {
    const entries = groups.get(group) ?? new Map<string, string>();
    entries.set(name, value);
    groups.set(group, entries);
  }
  return groups;
}
