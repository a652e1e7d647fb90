/**
 * Validation of the legacy upload form's text fields, as warehouse does it:
 * first its `UploadForm` (name, filetype, digests), then the core metadata
 * the form carries (`metadata.parse(None, form_data=…)`, built on
 * `packaging.metadata`). Returns warehouse's message for the first failing
 * field, in warehouse's order: metadata-version, name, version, then the
 * rest alphabetically.
 */
import { validRange } from '@renovatebot/pep440';
import { PROJECT_NAME_RE, parseVersion, pyRepr, type ParsedVersion } from './names.js';
import type { ReleaseMetadata } from './storage.js';

const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata';

/** Metadata versions warehouse accepts (older pkginfo-based twine stops at 2.2). */
export const SUPPORTED_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.0', '2.1', '2.2', '2.3', '2.4'];

export type FormFields = Map<string, string[]>;

const first = (fields: FormFields, name: string): string | undefined => fields.get(name)?.[0];

/** warehouse's UploadForm; undefined when it validates. */
export function validateUploadForm(fields: FormFields): string | undefined {
  const errors = new Map<string, { message: string; description?: string; value?: string }>();
  const name = first(fields, 'name');
  if (!name)
    errors.set('name', { message: 'This field is required.', description: 'Name', value: name });
  else if (!PROJECT_NAME_RE.test(name)) {
    errors.set('name', {
      message:
        "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.",
      description: 'Name',
      value: name,
    });
  }
  const filetype = first(fields, 'filetype');
  if (!filetype) errors.set('filetype', { message: 'This field is required.' });
  else if (filetype !== 'sdist' && filetype !== 'bdist_wheel') {
    errors.set('filetype', { message: 'Use a known file type.' });
  }
  const sha256 = first(fields, 'sha256_digest');
  if (sha256 && !/^[A-F0-9]{64}$/i.test(sha256)) {
    errors.set('sha256_digest', { message: 'Use a valid, hex-encoded, SHA256 message digest.' });
  }
  const blake2 = first(fields, 'blake2_256_digest');
  if (blake2 && !/^[A-F0-9]{64}$/i.test(blake2)) {
    errors.set('blake2_256_digest', {
      message: 'Use a valid, hex-encoded, BLAKE2 message digest.',
    });
  }
  if (errors.size > 0) {
    const key = errors.has('name') ? 'name' : ([...errors.keys()].sort()[0] as string);
    const e = errors.get(key)!;
    if (e.description) {
      const v = e.value ?? '';
      const shown = v.length > 60 ? `${v.slice(0, 30)}...${v.slice(-30)}` : v;
      return `${pyRepr(shown)} is an invalid value for ${e.description}. Error: ${e.message} See ${CORE_METADATA_URL} for more information.`;
    }
    return `Invalid value for ${key}. Error: ${e.message}`;
  }
  // full_validate()
  const pyversion = first(fields, 'pyversion');
  if (filetype !== 'sdist' && !pyversion) {
    return 'Error: Python version is required for binary distribution uploads.';
  }
  if (filetype === 'sdist' && pyversion && pyversion !== 'source') {
    return "Error: Use 'source' as Python version for an sdist.";
  }
  if (!first(fields, 'md5_digest') && !sha256 && !blake2) {
    return 'Error: Include at least one message digest.';
  }
  return undefined;
}

export interface FormMetadata {
  metadata: ReleaseMetadata;
  version: ParsedVersion;
  metadataVersion: string;
}

// Form field → the core metadata field's e-mail name (as packaging names it in errors).
const STRING_FIELDS: Record<string, string> = {
  metadata_version: 'metadata-version',
  name: 'name',
  version: 'version',
  summary: 'summary',
  description: 'description',
  description_content_type: 'description-content-type',
  author: 'author',
  author_email: 'author-email',
  maintainer: 'maintainer',
  maintainer_email: 'maintainer-email',
  license: 'license',
  license_expression: 'license-expression',
  home_page: 'home-page',
  download_url: 'download-url',
  requires_python: 'requires-python',
  keywords: 'keywords',
};

/** A PEP 508 requirement's shape, enough to catch garbage (not a full parser). */
const REQUIREMENT_RE =
  /^\s*[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\s*(\[[^\]]*\])?\s*([^;]*)(;.*)?$/;

/** warehouse's `metadata.parse(None, form_data=…)`; a message, or the release metadata. */
export function parseFormMetadata(fields: FormFields): { error: string } | FormMetadata {
  const errors = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!errors.has(field)) errors.set(field, message);
  };
  for (const [formName, emailName] of Object.entries(STRING_FIELDS)) {
    const values = fields.get(formName);
    if (values && values.length > 1) add(emailName, `${pyRepr(formName)} has invalid data`);
  }
  const metadataVersion = first(fields, 'metadata_version') ?? '';
  if (!metadataVersion) add('metadata-version', "'metadata-version' is a required field");
  else if (!SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) {
    add('metadata-version', `${pyRepr(metadataVersion)} is not a valid metadata version`);
  }
  const name = first(fields, 'name') ?? '';
  if (!name) add('name', "'name' is a required field");
  else if (!PROJECT_NAME_RE.test(name)) add('name', `${pyRepr(name)} is invalid for 'name'`);
  const versionText = first(fields, 'version') ?? '';
  const version = versionText ? parseVersion(versionText) : undefined;
  if (!versionText) add('version', "'version' is a required field");
  else if (!version) add('version', `${pyRepr(versionText)} is invalid for 'version'`);
  else if (version.local) {
    add(
      'version',
      `The use of local versions in <Version(${pyRepr(version.normalized)})> is not allowed.`,
    );
  }
  const summary = first(fields, 'summary');
  if (summary && summary.includes('\n')) add('summary', "'summary' must be a single line");
  else if (summary && summary.length > 512) {
    add('summary', "'summary' field must be 512 characters or less.");
  }
  const requiresPython = first(fields, 'requires_python');
  if (requiresPython && validRange(requiresPython) === false) {
    add('requires-python', `${pyRepr(requiresPython)} is invalid for 'requires-python'`);
  }
  for (const req of fields.get('requires_dist') ?? []) {
    if (!REQUIREMENT_RE.test(req))
      add('requires-dist', `${pyRepr(req)} is invalid for 'requires-dist'`);
    else if (/^[^;]*@\s*\S+:\/\//.test(req))
      add('requires-dist', `Can't have direct dependency: ${req}`);
  }
  if (errors.size > 0 || !version) {
    const order = ['metadata-version', 'name', 'version'];
    const key = order.find((k) => errors.has(k)) ?? ([...errors.keys()].sort()[0] as string);
    const message = errors.get(key) as string;
    return {
      error: `${message}${message.endsWith('.') ? '' : '.'} See ${CORE_METADATA_URL} for more information.`,
    };
  }
  const projectUrls: Record<string, string> = {};
  for (const entry of fields.get('project_urls') ?? []) {
    const comma = entry.indexOf(',');
    if (comma > 0) projectUrls[entry.slice(0, comma).trim()] = entry.slice(comma + 1).trim();
  }
  const opt = (n: string) => first(fields, n) || undefined;
  return {
    metadataVersion,
    version,
    metadata: {
      name,
      version: version.normalized,
      summary: opt('summary'),
      description: opt('description'),
      descriptionContentType: opt('description_content_type'),
      author: opt('author'),
      authorEmail: opt('author_email'),
      maintainer: opt('maintainer'),
      maintainerEmail: opt('maintainer_email'),
      license: opt('license'),
      licenseExpression: opt('license_expression'),
      keywords: opt('keywords'),
      classifiers: fields.get('classifiers') ?? [],
      homePage: opt('home_page'),
      downloadUrl: opt('download_url'),
      requiresPython: opt('requires_python'),
      requiresDist: fields.get('requires_dist') ?? [],
      providesExtra: fields.get('provides_extra') ?? [],
      projectUrls,
      platform: opt('platform'),
    },
  };
}

/**
 * Two Requires-Python values mean the same when their clauses match as sets
 * (`>=3.11, <4` and `<4,>=3.11`).
 */
export function sameSpecifier(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) =>
    (s ?? '')
      .split(',')
      .map((c) => c.replace(/\s+/g, ''))
      .filter(Boolean)
      .sort()
      .join(',');
  return norm(a) === norm(b);
}
