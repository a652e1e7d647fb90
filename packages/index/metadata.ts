/**
 * Core metadata (METADATA / PKG-INFO) as the index and twine read it. The
 * parsing is packages/distribution's (one parser for the suite); this module keeps
 * what is the index's own: how twine/pkginfo unfold values, and the mapping
 * of fields to the legacy upload form.
 * - a continued value is unfolded by stripping each line and joining with a
 *   space, except Description, whose newlines are kept (minus the 8-space
 *   indent setuptools writes);
 * - single-use fields valued `UNKNOWN` (old setuptools) count as absent;
 * - a body replaces any Description header.
 */
import type { CoreMetadata } from '../distribution/metadata.js';

export { parseCoreMetadata, type CoreMetadata } from '../distribution/metadata.js';
export { normalizeName } from '../distribution/names.js';

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

/**
 * The name twine puts in the `name` form field (pkg_resources.safe_name):
 * runs of anything but letters, digits and `.` become one `-`. Kept so that
 * what reaches the index is what twine would have sent.
 */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
