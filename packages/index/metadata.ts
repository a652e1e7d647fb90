/**
 * Core metadata (METADATA / PKG-INFO) as the index and twine read it: an
 * RFC 822-style header block, then an optional body that is the description.
 *
 * Parsed by hand because it is not quite RFC 822 and not quite MIME: Python's
 * `email.parser` (compat32) is the reference every tool uses, and the rules
 * below follow it and pkginfo, which twine uses to read the same files:
 * - a line starting with a space or tab continues the previous header;
 * - headers end at the first empty line, or at the first line that is neither
 *   a header nor a continuation (which then begins the body);
 * - multi-use fields (Classifier, Requires-Dist …) keep every occurrence;
 * - a continued value is unfolded by stripping each line and joining with a
 *   space, except Description, whose newlines are kept (minus the 8-space
 *   indent setuptools writes);
 * - single-use fields valued `UNKNOWN` (old setuptools) count as absent;
 * - a body replaces any Description header.
 */

export interface CoreMetadata {
  /** Every header in file order, as [field name, raw unfolded value]. */
  headers: [string, string][];
  /** Text after the blank line ('' when none). */
  body: string;
}

const HEADER = /^([\x21-\x39\x3b-\x7e]+):[ \t]?(.*)$/;

export function parseCoreMetadata(text: string): CoreMetadata {
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
    if (!m) break; // not a header: the body starts here (email.parser does the same)
    flush();
    current = { name: m[1] as string, lines: [m[2] as string] };
  }
  flush();
  // email.parser returns the payload verbatim; only line endings are normalised
  // by reading the file as text.
  const body = lines.slice(i).join('\n');
  return { headers, body };
}

/** Case-insensitive field lookup (email headers are case-insensitive). */
export function getAll(meta: CoreMetadata, field: string): string[] {
  const want = field.toLowerCase();
  return meta.headers.filter(([k]) => k.toLowerCase() === want).map(([k, v]) => unfold(k, v));
}

/** The first value of a single-use field, undefined when absent or `UNKNOWN`. */
export function getOne(meta: CoreMetadata, field: string): string | undefined {
  const first = getAll(meta, field)[0];
  return first === undefined || first === 'UNKNOWN' ? undefined : first;
}

function unfold(field: string, raw: string): string {
  if (field.toLowerCase() === 'description') {
    return raw
      .trim()
      .split('\n')
      .map((l) => (l.startsWith('        ') ? l.slice(8) : l))
      .join('\n');
  }
  return raw
    .split('\n')
    .map((l) => l.trim())
    .join(' ')
    .trim();
}

/** The description: the body when there is one, else the Description header. */
export function description(meta: CoreMetadata): string | undefined {
  return meta.body !== '' ? meta.body : getOne(meta, 'Description');
}

/**
 * Core-metadata fields and the form names of the legacy upload API, in the
 * order twine sends them. The form names are the keys Warehouse maps back to
 * metadata (packaging's RawMetadata names, with `platform` and
 * `supported_platform` singular).
 */
export const FORM_FIELDS: readonly { field: string; form: string; multiple: boolean }[] = [
  { field: 'Summary', form: 'summary', multiple: false },
  { field: 'Home-page', form: 'home_page', multiple: false },
  { field: 'Author', form: 'author', multiple: false },
  { field: 'Author-email', form: 'author_email', multiple: false },
  { field: 'Maintainer', form: 'maintainer', multiple: false },
  { field: 'Maintainer-email', form: 'maintainer_email', multiple: false },
  { field: 'License', form: 'license', multiple: false },
  { field: 'License-Expression', form: 'license_expression', multiple: false },
  { field: 'License-File', form: 'license_files', multiple: true },
  // description goes here (body or header), see uploadFields
  { field: 'Keywords', form: 'keywords', multiple: false },
  { field: 'Platform', form: 'platform', multiple: true },
  { field: 'Classifier', form: 'classifiers', multiple: true },
  { field: 'Download-URL', form: 'download_url', multiple: false },
  { field: 'Supported-Platform', form: 'supported_platform', multiple: true },
  { field: 'Provides', form: 'provides', multiple: true },
  { field: 'Requires', form: 'requires', multiple: true },
  { field: 'Obsoletes', form: 'obsoletes', multiple: true },
  { field: 'Project-URL', form: 'project_urls', multiple: true },
  { field: 'Provides-Dist', form: 'provides_dist', multiple: true },
  { field: 'Obsoletes-Dist', form: 'obsoletes_dist', multiple: true },
  { field: 'Requires-Dist', form: 'requires_dist', multiple: true },
  { field: 'Requires-External', form: 'requires_external', multiple: true },
  { field: 'Requires-Python', form: 'requires_python', multiple: false },
  { field: 'Provides-Extra', form: 'provides_extra', multiple: true },
  { field: 'Description-Content-Type', form: 'description_content_type', multiple: false },
  { field: 'Dynamic', form: 'dynamic', multiple: true },
];

/** Metadata versions the core metadata specification defines and PyPI accepts. */
export const KNOWN_METADATA_VERSIONS: readonly string[] = [
  '1.0',
  '1.1',
  '1.2',
  '2.0',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
];

/**
 * The metadata part of the upload form as ordered [name, value] pairs; a
 * multi-use field appears once per value, absent fields not at all.
 */
export function metadataFormFields(meta: CoreMetadata): [string, string][] {
  const out: [string, string][] = [];
  for (const { field, form, multiple } of FORM_FIELDS) {
    if (multiple) {
      for (const value of getAll(meta, field)) out.push([form, value]);
    } else {
      const value = getOne(meta, field);
      if (value !== undefined) out.push([form, value]);
    }
    if (field === 'License') {
      const d = description(meta);
      if (d !== undefined) out.push(['description', d]);
    }
  }
  return out;
}

/** PEP 503 normalised project name: lowercase, runs of `-_.` as one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The name twine puts in the `name` form field (pkg_resources.safe_name):
 * runs of anything but letters, digits and `.` become one `-`. Kept so that
 * what reaches the index is what twine would have sent.
 */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
