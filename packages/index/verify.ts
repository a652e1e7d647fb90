/**
 * `verify-metadata`: refuse locally, before any upload, what the index would
 * refuse or what would leave a release half-published (a wheel on the index
 * whose sdist is then refused). Every problem is reported, not just the first.
 */
import { canonicalForm } from '../versions/canonical.js';
import { isVersion, localSegment, versionsEqual } from '../versions/pep440.js';
import { escapedName } from '../distribution/names.js';
import { ActionError } from '../toolkit/errors.js';
import type { Distribution } from './distribution.js';
import { getOne, KNOWN_METADATA_VERSIONS, normalizeName } from './metadata.js';

export interface VerifyResult {
  errors: ActionError[];
  warnings: string[];
}

function problem(dist: Distribution, message: string, hint: string): ActionError {
  return new ActionError(`${dist.filename}: ${message}`, { title: 'Metadata check failed', hint });
}

function checkOne(dist: Distribution, out: VerifyResult): void {
  const { name, version, metadataVersion, parts } = dist;
  const rebuild =
    'Rebuild with a current build backend (python -m build) and check the project metadata.';

  if (!metadataVersion) {
    out.errors.push(problem(dist, `${dist.metadataPath} has no Metadata-Version.`, rebuild));
  } else if (!KNOWN_METADATA_VERSIONS.includes(metadataVersion)) {
    out.errors.push(
      problem(
        dist,
        `Metadata-Version ${metadataVersion} is unknown (the index accepts ${KNOWN_METADATA_VERSIONS.join(', ')}).`,
        'Pin a build backend that writes a supported metadata version.',
      ),
    );
  }
  if (!name) {
    out.errors.push(problem(dist, `${dist.metadataPath} has no Name.`, rebuild));
  } else if (!/^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name)) {
    out.errors.push(
      problem(
        dist,
        `Name '${name}' is not a valid project name (letters, digits, '.', '_', '-'; alphanumeric at both ends).`,
        rebuild,
      ),
    );
  }
  if (!version) {
    out.errors.push(problem(dist, `${dist.metadataPath} has no Version.`, rebuild));
  } else if (!isVersion(version)) {
    out.errors.push(
      problem(
        dist,
        `Version '${version}' is not a PEP 440 version.`,
        'Use a version such as 1.2.3, 1.2.3rc1 or 1.2.3.post1.',
      ),
    );
  } else if (localSegment(version)) {
    out.errors.push(
      problem(
        dist,
        `Version '${version}' has a local part (+${localSegment(version)}); the index refuses local versions.`,
        'Drop the +local suffix.',
      ),
    );
  }

  // The filename must say what the metadata says.
  if (name && normalizeName(parts.name) !== normalizeName(name)) {
    out.errors.push(
      problem(
        dist,
        `the filename names project '${parts.name}' but the metadata says '${name}'.`,
        'Do not rename distribution files; rebuild instead.',
      ),
    );
  }
  if (version && isVersion(version)) {
    const fileVersion = parts.version;
    if (!isVersion(fileVersion) || !versionsEqual(fileVersion, version)) {
      out.errors.push(
        problem(
          dist,
          `the filename says version '${fileVersion}' but the metadata says '${version}'.`,
          'Do not rename distribution files; rebuild instead.',
        ),
      );
    } else if (fileVersion !== canonicalForm(version)) {
      out.errors.push(
        problem(
          dist,
          `the version in the filename, '${fileVersion}', is not in normalised form '${canonicalForm(version)}'.`,
          'Rebuild with a current build backend, which writes normalised versions.',
        ),
      );
    }
  }

  // Normalised filenames: PEP 625 for sdists, the wheel spec for wheels.
  if (name) {
    const want = escapedName(name); // PEP 625 / wheel file-name form
    if (parts.kind === 'sdist') {
      if (parts.name !== want) {
        out.errors.push(
          problem(
            dist,
            `the sdist name '${parts.name}' is not normalised (PEP 625 wants '${want}-${canonicalForm(version ?? '') ?? version}${parts.extension}'); PyPI refuses such sdists.`,
            'Upgrade setuptools to 69.3 or later (older versions keep dashes) and rebuild.',
          ),
        );
      }
      if (parts.extension === '.zip') {
        out.errors.push(
          problem(
            dist,
            'a .zip sdist is not allowed by PEP 625; only .tar.gz is.',
            'Build the sdist as .tar.gz.',
          ),
        );
      }
      const stem = dist.filename.slice(0, -(parts.extension?.length ?? 0));
      if (dist.topLevel && (dist.topLevel.length !== 1 || dist.topLevel[0] !== stem)) {
        out.errors.push(
          problem(
            dist,
            `the archive's top level is ${dist.topLevel.map((t) => `'${t}'`).join(', ')}, not the single folder '${stem}' the filename promises.`,
            'Do not rename distribution files; rebuild instead.',
          ),
        );
      }
    } else if (parts.name !== want) {
      if (parts.name.replace(/[-_.]+/g, '_') === parts.name && parts.name.toLowerCase() === want) {
        // Uppercase only: accepted by PyPI and installers, but not canonical.
        out.warnings.push(
          `${dist.filename}: the wheel name '${parts.name}' is not lowercase; current tools write '${want}'.`,
        );
      } else {
        out.errors.push(
          problem(
            dist,
            `the wheel name '${parts.name}' is not normalised ('${want}').`,
            'Rebuild with a current build backend.',
          ),
        );
      }
    }
  }

  const rp = getOne(dist.metadata, 'Requires-Python');
  if (
    rp !== undefined &&
    !/^\s*(?:(?:~=|===?|!=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*(?:,\s*|$))+$/.test(rp)
  ) {
    out.errors.push(
      problem(dist, `Requires-Python '${rp}' is not a version specifier (e.g. '>=3.11').`, rebuild),
    );
  }
}

/**
 * Checks each distribution and how they agree: one project, one version, the
 * same Requires-Python everywhere (installers read it from each file; a
 * missing one on a single file lets an unsupported Python pick that file).
 */
export function verifyDistributions(dists: Distribution[]): VerifyResult {
  const out: VerifyResult = { errors: [], warnings: [] };
  for (const d of dists) checkOne(d, out);

  const names = new Set(dists.map((d) => (d.name ? normalizeName(d.name) : '')).filter(Boolean));
  if (names.size > 1) {
    out.errors.push(
      new ActionError(
        `The distributions belong to different projects: ${dists.map((d) => `${d.filename} → ${d.name ?? '?'}`).join(', ')}.`,
        {
          title: 'Metadata check failed',
          hint: 'Upload one project per step; clean the packages folder before building.',
        },
      ),
    );
  }
  const versions = new Set(
    dists
      .map((d) => (d.version && isVersion(d.version) ? canonicalForm(d.version) : d.version))
      .filter(Boolean),
  );
  if (versions.size > 1) {
    out.errors.push(
      new ActionError(
        `The distributions have different versions: ${dists.map((d) => `${d.filename} → ${d.version ?? '?'}`).join(', ')}.`,
        {
          title: 'Metadata check failed',
          hint: 'Clean the packages folder before building, so only one version is uploaded.',
        },
      ),
    );
  }
  const sdists = dists.filter((d) => d.kind === 'sdist');
  if (sdists.length > 1) {
    out.errors.push(
      new ActionError(
        `Only one sdist may be uploaded per release; found ${sdists.map((d) => d.filename).join(', ')}.`,
        {
          title: 'Metadata check failed',
          hint: 'Remove the extra sdist from the packages folder.',
        },
      ),
    );
  }

  const rps = dists.map((d) => ({ d, rp: getOne(d.metadata, 'Requires-Python') }));
  const declared = rps.filter((x) => x.rp !== undefined);
  if (declared.length > 0) {
    for (const { d, rp } of rps) {
      if (rp === undefined) {
        out.errors.push(
          new ActionError(
            `${d.filename} declares no Requires-Python while ${declared[0]?.d.filename} declares '${declared[0]?.rp}': installers on other Pythons would pick ${d.filename} and fail at import time.`,
            {
              title: 'Metadata check failed',
              hint: 'Set requires-python in pyproject.toml and rebuild every distribution.',
            },
          ),
        );
      }
    }
    const distinct = new Set(declared.map((x) => (x.rp as string).replace(/\s+/g, '')));
    if (distinct.size > 1) {
      out.errors.push(
        new ActionError(
          `The distributions disagree on Requires-Python: ${declared.map((x) => `${x.d.filename} → '${x.rp}'`).join(', ')}.`,
          {
            title: 'Metadata check failed',
            hint: 'Rebuild the wheel and sdist from the same source.',
          },
        ),
      );
    }
  }
  return out;
}
