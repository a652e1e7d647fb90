/**
 * The legacy upload endpoint (`POST /legacy/`), following warehouse's
 * `forklift/legacy.py::file_upload` check by check and in the same order, so
 * a client meets the same refusal first that it would meet on PyPI. Pure with
 * respect to HTTP: takes the parsed form and the authentication, answers a
 * status and warehouse's message.
 */
import { createHash } from 'node:crypto';
import type { IntegrityService } from './attestations.js';
import type { Authentication, TokenStore } from './auth.js';
import { firstField, inspectSdist, inspectWheel, parseCoreMetadata } from './archive.js';
import type { UploadedPart } from './multipart.js';
import {
  InvalidFilename,
  isValidPlatformTag,
  normalizeName,
  parseSdistFilename,
  parseVersion,
  parseWheelFilename,
  pyRepr,
} from './names.js';
import { hashFile, storagePath, type Project, type Registry, type Release } from './storage.js';
import {
  parseFormMetadata,
  sameSpecifier,
  validateUploadForm,
  type FormFields,
} from './upload-form.js';

const MiB = 1024 * 1024;

export interface UploadSettings {
  helpUrl: string;
  maxFileSize: number;
  propagationDelayMs: number;
  /**
   * What a byte-identical re-upload of an existing file gets. 'reject' (the
   * default, per this suite's contract): 400 File already exists, like any
   * re-upload. 'accept': 200 and nothing stored, which is what warehouse's
   * `_is_duplicate_file` does today; clients must handle both.
   */
  identicalReupload: 'reject' | 'accept';
  /** PEP 740: verifies an `attestations` field as warehouse does. */
  integrity: IntegrityService;
}

export interface UploadOutcome {
  status: number;
  message: string;
  filename: string;
}

const EXTENSIONS: Record<string, string[]> = { sdist: ['.zip', '.tar.gz'], bdist_wheel: ['.whl'] };

/** warehouse's `_validate_filename`. */
function filenameProblem(filename: string, filetype: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\x00-\x1f\x7f]/.test(filename)) {
    return (
      'Cannot upload a file with non-printable characters (ordinals 0-31) ' +
      'or the DEL character (ordinal 127) in the name.'
    );
  }
  if (filename.includes('/') || filename.includes('\\')) {
    return "Cannot upload a file with '/' or '\\' in the name.";
  }
  const m = /^.+?(\.(tar\.gz|zip|whl))$/i.exec(filename);
  if (!m) {
    return (
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See ' +
      'https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ ' +
      'for more information'
    );
  }
  const extension = m[1] as string;
  if (!(EXTENSIONS[filetype] ?? []).includes(extension)) {
    return (
      `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. ` +
      'See https://www.python.org/dev/peps/pep-0527 for more information.'
    );
  }
  return undefined;
}

export async function handleUpload(
  fields: FormFields,
  files: UploadedPart[],
  auth: Authentication,
  registry: Registry,
  tokens: TokenStore,
  settings: UploadSettings,
): Promise<UploadOutcome> {
  const content = files.find((f) => f.field === 'content');
  const filename = content?.filename ?? '';
  const fail = (status: number, message: string): UploadOutcome => ({ status, message, filename });

  if ('error' in auth) return fail(403, auth.error);
  const identity = auth.identity;

  // distutils sends "UNKNOWN" for unset required values; warehouse drops them.
  for (const [key, values] of fields) {
    if (values[values.length - 1]?.trim() === 'UNKNOWN') fields.delete(key);
  }
  if ((fields.get('protocol_version')?.[0] ?? '1') !== '1') {
    return fail(400, 'Unknown protocol version.');
  }
  for (const part of files) {
    if (part.field !== 'content' && part.field !== 'gpg_signature') {
      return fail(400, `${part.field}: Should not be a tuple.`);
    }
  }
  const formError = validateUploadForm(fields);
  if (formError) return fail(400, formError);
  const parsed = parseFormMetadata(fields);
  if ('error' in parsed) return fail(400, parsed.error);
  const { metadata, version } = parsed;
  const filetype = fields.get('filetype')?.[0] as 'sdist' | 'bdist_wheel';
  if (!content) return fail(400, 'Upload payload does not have a file.');

  // The project: found, or created for a user's token (never for a publisher's).
  const nowMs = Date.now();
  let project = registry.project(metadata.name);
  const isNewProject = !project;
  if (!project) {
    if (identity.kind === 'publisher') {
      return fail(
        400,
        'Non-user identities cannot create new projects. This was probably caused by ' +
          'successfully using a pending publisher but specifying the project name incorrectly ' +
          "(either in the publisher or in your project's metadata). Please ensure that both " +
          'match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/',
      );
    }
    // Not registered until the upload succeeds (warehouse rolls the transaction back).
    project = {
      name: metadata.name,
      normalized: normalizeName(metadata.name),
      createdAt: nowMs,
      visibleAt: nowMs + settings.propagationDelayMs,
      releases: new Map(),
      lastSerial: 0,
    } satisfies Project;
  }
  const denied = tokens.denies(identity, project, Math.floor(nowMs / 1000));
  if (denied) return fail(403, denied);
  // warehouse renames the project to the metadata's spelling when they differ.
  const projectName = metadata.name;

  const release: Release = project.releases.get(version.canonical) ?? {
    version: version.normalized,
    canonicalVersion: version.canonical,
    isPrerelease: version.isPrerelease,
    metadata,
    files: [],
  };

  const badName = filenameProblem(filename, filetype);
  if (badName) return fail(400, badName);
  if (!content.mimeType || content.mimeType.startsWith('image/')) {
    return fail(400, 'Invalid distribution file.');
  }
  if (content.truncated || content.data.length > settings.maxFileSize) {
    const limit =
      settings.maxFileSize % MiB === 0
        ? String(settings.maxFileSize / MiB)
        : (settings.maxFileSize / MiB).toFixed(3);
    return fail(
      400,
      `File too large. Limit for project ${pyRepr(projectName)} is ${limit} MB. See ` +
        'https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase ' +
        'for more information.',
    );
  }

  const data = content.data;
  const hashes = hashFile(data);
  const given: Array<[string | undefined, string]> = [
    [fields.get('md5_digest')?.[0], hashes.md5],
    [fields.get('sha256_digest')?.[0], hashes.sha256],
    [fields.get('blake2_256_digest')?.[0], hashes.blake2_256],
  ];
  if (given.some(([supplied, actual]) => supplied && supplied.toLowerCase() !== actual)) {
    return fail(
      400,
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
  }

  const existing = registry.fileByFilename(filename) ?? registry.fileByBlake2(hashes.blake2_256);
  if (existing) {
    const identical =
      existing.filename === filename &&
      existing.hashes.sha256 === hashes.sha256 &&
      existing.hashes.blake2_256 === hashes.blake2_256;
    if (identical && settings.identicalReupload === 'accept') {
      return { status: 200, message: '', filename };
    }
    // twine's --skip-existing matches the start of this message.
    return fail(
      400,
      `File already exists (${pyRepr(filename)}, with blake2_256 hash ${pyRepr(hashes.blake2_256)}). ` +
        `See ${settings.helpUrl}#file-name-reuse for more information.`,
    );
  }
  if (filetype === 'sdist' && release.files.some((f) => f.packagetype === 'sdist')) {
    return fail(400, 'Only one sdist may be uploaded per release.');
  }

  const inspection =
    filetype === 'sdist' ? inspectSdist(filename, data) : inspectWheel(filename, data);
  if (!inspection.ok && inspection.stage === 'archive') return fail(400, inspection.message);

  if (filetype === 'sdist') {
    const problem = sdistFilenameProblem(filename, projectName, project.normalized, version);
    if (problem) return fail(400, problem);
  } else {
    const problem = wheelFilenameProblem(
      filename,
      projectName,
      project.normalized,
      metadata.name,
      version,
    );
    if (problem) return fail(400, problem);
    if (!inspection.ok) return fail(400, inspection.message);
  }

  // Not a warehouse check: PyPI serves the FORM's Requires-Python (as
  // data-requires-python), so an uploader that drops or garbles it publishes
  // a release pip installs on interpreters the package refuses. The sandbox
  // holds the form to what the file itself says.
  const fileMetadata = inspection.ok && inspection.metadata ? inspection.metadata : undefined;
  const fileRequiresPython = fileMetadata
    ? firstField(parseCoreMetadata(Buffer.from(fileMetadata).toString('utf8')), 'requires-python')
    : undefined;
  if (fileMetadata && !sameSpecifier(metadata.requiresPython, fileRequiresPython)) {
    return fail(
      400,
      `Requires-Python in the upload form (${pyRepr(metadata.requiresPython ?? '')}) does not match ` +
        `the distribution's own metadata (${pyRepr(fileRequiresPython ?? '')}) (sandbox check).`,
    );
  }

  // forklift/legacy.py: attestations are verified after the file's own
  // checks and before it is stored; a refusal stores nothing.
  let provenance;
  const attestationsField = fields.get('attestations')?.[0];
  if (attestationsField !== undefined) {
    const parsed = settings.integrity.parse(attestationsField, identity, {
      filename,
      sha256: hashes.sha256,
    });
    if ('error' in parsed) {
      return fail(400, `Invalid attestations supplied during upload: ${parsed.error}`);
    }
    provenance = parsed.provenance;
  }

  if (isNewProject) {
    const created = registry.ensureProject(projectName, settings.propagationDelayMs);
    project = created;
  }
  project.name = projectName;
  const wheelMetadata = filetype === 'bdist_wheel' ? fileMetadata : undefined;
  registry.addFile(project, release, {
    filename,
    project: project.normalized,
    version: release.version,
    packagetype: filetype,
    pythonVersion: fields.get('pyversion')?.[0] ?? 'source',
    content: data,
    size: data.length,
    hashes,
    requiresPython: release.metadata.requiresPython,
    coreMetadata: wheelMetadata,
    coreMetadataSha256: wheelMetadata
      ? createHash('sha256').update(wheelMetadata).digest('hex')
      : undefined,
    path: storagePath(hashes.blake2_256, filename),
    uploadedAt: nowMs,
    visibleAt: nowMs + settings.propagationDelayMs,
    provenance,
  });
  return { status: 200, message: '', filename };
}

function sdistFilenameProblem(
  filename: string,
  projectName: string,
  normalized: string,
  version: { normalized: string; isPostrelease: boolean },
): string | undefined {
  let nameFromFilename: string;
  try {
    nameFromFilename = parseSdistFilename(filename).name;
  } catch (e) {
    if (e instanceof InvalidFilename) return `Invalid source distribution filename: ${filename}`;
    throw e;
  }
  // A post-release written with a hyphen (`1.0-1`) shifts the split by one.
  if (
    version.isPostrelease &&
    nameFromFilename !== normalized &&
    (filename.match(/-/g) ?? []).length >= 2
  ) {
    const stem = filename.slice(0, filename.lastIndexOf('-'));
    const candidate = stem.slice(0, stem.lastIndexOf('-'));
    const versionPart = filename.slice(candidate.length + 1, -'.tar.gz'.length);
    if (parseVersion(versionPart)) nameFromFilename = normalizeName(candidate);
  }
  const underscored = normalized.replace(/-/g, '_');
  if (normalizeName(nameFromFilename) !== normalized) {
    return `Start filename for ${pyRepr(projectName)} with ${pyRepr(underscored)}.`;
  }
  const expected = `${underscored}-${version.normalized}.tar.gz`;
  if (filename !== expected) {
    return `Filename ${pyRepr(filename)} is invalid, should be ${pyRepr(expected)}.`;
  }
  return undefined;
}

function wheelFilenameProblem(
  filename: string,
  projectName: string,
  normalized: string,
  metadataName: string,
  version: { normalized: string; canonical: string },
): string | undefined {
  let wheel;
  try {
    wheel = parseWheelFilename(filename);
  } catch (e) {
    if (e instanceof InvalidFilename) return e.message;
    throw e;
  }
  for (const platform of wheel.platforms) {
    if (!isValidPlatformTag(platform)) {
      return `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`;
    }
  }
  const canonicalName = normalizeName(metadataName);
  if (canonicalName !== wheel.name) {
    return `Start filename for ${pyRepr(projectName)} with ${pyRepr(canonicalName.replace(/-/g, '_'))}.`;
  }
  const underscored = normalized.replace(/-/g, '_');
  if (wheel.rawName !== underscored) {
    return (
      `Filename ${pyRepr(filename)} should contain the normalized project name ` +
      `${pyRepr(underscored)}, not ${pyRepr(wheel.rawName)}.`
    );
  }
  if (wheel.version.canonical !== version.canonical) {
    return `Version in filename should be ${pyRepr(version.normalized)} not ${pyRepr(wheel.version.normalized)}.`;
  }
  return undefined;
}
