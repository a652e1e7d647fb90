/**
 * A distribution file read back for upload: its bytes, digests, the core
 * metadata inside it (wheel: `<name>-<version>.dist-info/METADATA`; sdist:
 * `<name>-<version>/PKG-INFO`) and what its filename claims.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isDistributionFilename,
  parseFilename,
  type DistKind,
  type FilenameParts,
} from '../distribution/names.js';
import { sha256Hex } from '../distribution/files.js';
import { readCoreMetadataFile } from '../distribution/read.js';
import { ActionError } from '../toolkit/errors.js';
import { blake2b256Hex } from './blake2b.js';
import { getOne, parseCoreMetadata, type CoreMetadata } from './metadata.js';

// Filename parsing and reading the metadata file back are packages/distribution's; re-exported for callers.
export type { DistKind, FilenameParts } from '../distribution/names.js';
export { isDistributionFilename, parseFilename } from '../distribution/names.js';

export interface Distribution {
  path: string;
  filename: string;
  kind: DistKind;
  /** Legacy upload `filetype`. */
  filetype: 'bdist_wheel' | 'sdist';
  /** Legacy upload `pyversion`: the wheel's python tag, `source` for sdists. */
  pyversion: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
  blake2_256: string;
  parts: FilenameParts;
  /** Path of the metadata file inside the archive. */
  metadataPath: string;
  metadata: CoreMetadata;
  metadataVersion: string | undefined;
  name: string | undefined;
  version: string | undefined;
  /** sdists: the archive's top-level entries (PEP 625 wants exactly `<name>-<version>`). */
  topLevel?: string[];
}

/** Reads one distribution file: bytes, digests and metadata. */
export async function readDistribution(file: string): Promise<Distribution> {
  const filename = path.basename(file);
  const parts = parseFilename(filename);
  if (!parts) {
    throw new ActionError(
      `${filename} is neither a wheel (name-version-python-abi-platform.whl) nor an sdist (name-version.tar.gz).`,
      {
        title: 'Unknown distribution',
        hint: 'Only wheels and sdists can be uploaded; remove other files from the folder.',
      },
    );
  }
  const bytes = new Uint8Array(await readFile(file));
  const found = await readCoreMetadataFile(filename, bytes, parts);
  const metadata = parseCoreMetadata(found.text);
  return {
    path: file,
    filename,
    kind: parts.kind,
    filetype: parts.kind === 'wheel' ? 'bdist_wheel' : 'sdist',
    pyversion: parts.kind === 'wheel' ? (parts.python as string) : 'source',
    bytes,
    size: bytes.length,
    sha256: sha256Hex(bytes),
    blake2_256: blake2b256Hex(bytes),
    parts,
    metadataPath: found.path,
    metadata,
    metadataVersion: getOne(metadata, 'Metadata-Version'),
    name: getOne(metadata, 'Name'),
    version: getOne(metadata, 'Version'),
    ...(found.topLevel !== undefined ? { topLevel: found.topLevel } : {}),
  };
}

/**
 * Every distribution in `dir`, wheels first (an installer that finds the
 * version listed picks the wheel, so it should never see an sdist-only
 * window), then sdists, each group by name. Signatures and other files are
 * ignored.
 */
export async function findDistributions(
  dir: string,
  inputName = 'packages-dir',
): Promise<Distribution[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ActionError(
      `The folder ${dir} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}.`,
      {
        input: inputName,
        title: 'No distributions',
        hint: "Build the wheel and sdist first, or download the build job's artifact into this folder.",
      },
    );
  }
  const dists = names.filter(isDistributionFilename).sort((a, b) => {
    const wa = a.endsWith('.whl') ? 0 : 1;
    const wb = b.endsWith('.whl') ? 0 : 1;
    return wa - wb || (a < b ? -1 : a > b ? 1 : 0);
  });
  if (dists.length === 0) {
    throw new ActionError(
      `The folder ${dir} holds no distributions (*.whl, *.tar.gz)${names.length ? `; it has: ${names.slice(0, 10).join(', ')}` : ' (it is empty)'}.`,
      {
        input: inputName,
        title: 'No distributions',
        hint: "Build the wheel and sdist first, or download the build job's artifact into this folder.",
      },
    );
  }
  return Promise.all(dists.map((n) => readDistribution(path.join(dir, n))));
}
