/**
 * A distribution file read back for upload: its bytes, digests, the core
 * metadata inside it (wheel: `<name>-<version>.dist-info/METADATA`; sdist:
 * `<name>-<version>/PKG-INFO`) and what its filename claims.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import * as tar from 'tar-stream';
import { ActionError } from '../toolkit/errors.js';
import { blake2b256Hex } from './blake2b.js';
import { getOne, parseCoreMetadata, type CoreMetadata } from './metadata.js';

export type DistKind = 'wheel' | 'sdist';

/** What a filename says, before looking inside. */
export interface FilenameParts {
  kind: DistKind;
  name: string;
  version: string;
  /** Wheel tags (PEP 427); undefined for sdists. */
  build?: string;
  python?: string;
  abi?: string;
  platform?: string;
  /** sdist archive extension. */
  extension?: '.tar.gz' | '.zip';
}

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

/** `name-version-[build-]python-abi-platform.whl`, the wheel spec's own regex. */
const WHEEL_RE =
  /^(?<name>[^-]+)-(?<version>[^-]+)(?:-(?<build>\d[^-]*))?-(?<python>[^-]+)-(?<abi>[^-]+)-(?<platform>[^-]+)\.whl$/;

export function parseFilename(filename: string): FilenameParts | undefined {
  const w = WHEEL_RE.exec(filename);
  if (w?.groups) {
    const g = w.groups as Record<string, string | undefined>;
    return {
      kind: 'wheel',
      name: g.name as string,
      version: g.version as string,
      build: g.build,
      python: g.python,
      abi: g.abi,
      platform: g.platform,
    };
  }
  const ext = filename.endsWith('.tar.gz')
    ? '.tar.gz'
    : filename.endsWith('.zip')
      ? '.zip'
      : undefined;
  if (!ext) return undefined;
  const stem = filename.slice(0, -ext.length);
  // The version starts after the last '-' that is followed by a digit (an sdist
  // name may itself contain '-' when it is not normalised).
  const m = /^(.+)-(\d[^-]*)$/.exec(stem);
  if (!m) return undefined;
  return { kind: 'sdist', name: m[1] as string, version: m[2] as string, extension: ext };
}

/** Files a directory holds that look like distributions (wheels, .tar.gz / .zip sdists). */
export function isDistributionFilename(filename: string): boolean {
  return filename.endsWith('.whl') || filename.endsWith('.tar.gz') || filename.endsWith('.zip');
}

function invalid(file: string, what: string, cause?: unknown): ActionError {
  return new ActionError(
    `${file} is not a valid ${what}${cause instanceof Error ? `: ${cause.message}` : ''}.`,
    {
      title: 'Unreadable distribution',
      hint: 'Rebuild it (python -m build) and upload the fresh file.',
      cause,
    },
  );
}

function readWheelMetadata(
  filename: string,
  bytes: Uint8Array,
  parts: FilenameParts,
): { path: string; text: string } {
  let files: Record<string, Uint8Array>;
  try {
    // Inflate only METADATA files directly inside a top-level *.dist-info.
    files = unzipSync(bytes, { filter: (f) => /^[^/]+\.dist-info\/METADATA$/.test(f.name) });
  } catch (e) {
    throw invalid(filename, 'wheel (zip archive)', e);
  }
  const names = Object.keys(files).sort();
  const expected = `${parts.name}-${parts.version}.dist-info/METADATA`;
  const chosen = names.includes(expected) ? expected : names.length === 1 ? names[0] : undefined;
  if (!chosen) {
    throw new ActionError(
      names.length === 0
        ? `${filename} holds no *.dist-info/METADATA, so it is not a wheel any installer accepts.`
        : `${filename} holds several metadata files (${names.join(', ')}) and none is ${expected}.`,
      { title: 'Unreadable distribution', hint: 'Rebuild the wheel with a current build backend.' },
    );
  }
  return { path: chosen, text: new TextDecoder('utf-8').decode(files[chosen]) };
}

async function readSdistMetadata(
  filename: string,
  bytes: Uint8Array,
  parts: FilenameParts,
): Promise<{ path: string; text: string; topLevel: string[] }> {
  const top = new Set<string>();
  const pkgInfos = new Map<string, Uint8Array>();
  if (parts.extension === '.zip') {
    let files: Record<string, Uint8Array>;
    try {
      // The filter sees every entry: note the top-level names, inflate only PKG-INFO.
      files = unzipSync(bytes, {
        filter: (f) => {
          top.add(f.name.split('/')[0] as string);
          return /^[^/]+\/PKG-INFO$/.test(f.name);
        },
      });
    } catch (e) {
      throw invalid(filename, 'sdist (zip archive)', e);
    }
    for (const [name, data] of Object.entries(files)) pkgInfos.set(name, data);
  } else {
    let tarBytes: Buffer;
    try {
      tarBytes = gunzipSync(bytes);
    } catch (e) {
      throw invalid(filename, 'sdist (gzip-compressed tar)', e);
    }
    try {
      const extract = tar.extract();
      const done = (async () => {
        for await (const entry of extract) {
          const name = entry.header.name.replace(/^\.\//, '');
          const first = name.split('/')[0];
          if (first) top.add(first);
          if (/^[^/]+\/PKG-INFO$/.test(name) && entry.header.type === 'file') {
            const chunks: Buffer[] = [];
            for await (const c of entry) chunks.push(c as Buffer);
            pkgInfos.set(name, Buffer.concat(chunks));
          } else {
            entry.resume();
          }
        }
      })();
      Readable.from([tarBytes]).pipe(extract);
      await done;
    } catch (e) {
      throw invalid(filename, 'sdist (tar archive)', e);
    }
  }
  const expected = `${parts.name}-${parts.version}/PKG-INFO`;
  const names = [...pkgInfos.keys()].sort();
  const chosen = pkgInfos.has(expected) ? expected : names.length === 1 ? names[0] : undefined;
  if (!chosen) {
    throw new ActionError(
      names.length === 0
        ? `${filename} has no PKG-INFO in its top-level folder: the index refuses sdists without one.`
        : `${filename} has several PKG-INFO files (${names.join(', ')}) and none is ${expected}.`,
      { title: 'Unreadable distribution', hint: 'Rebuild the sdist with python -m build.' },
    );
  }
  return {
    path: chosen,
    text: new TextDecoder('utf-8').decode(pkgInfos.get(chosen)),
    topLevel: [...top].sort(),
  };
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
  const found =
    parts.kind === 'wheel'
      ? readWheelMetadata(filename, bytes, parts)
      : await readSdistMetadata(filename, bytes, parts);
  const metadata = parseCoreMetadata(found.text);
  return {
    path: file,
    filename,
    kind: parts.kind,
    filetype: parts.kind === 'wheel' ? 'bdist_wheel' : 'sdist',
    pyversion: parts.kind === 'wheel' ? (parts.python as string) : 'source',
    bytes,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2_256: blake2b256Hex(bytes),
    parts,
    metadataPath: found.path,
    metadata,
    metadataVersion: getOne(metadata, 'Metadata-Version'),
    name: getOne(metadata, 'Name'),
    version: getOne(metadata, 'Version'),
    ...('topLevel' in found ? { topLevel: found.topLevel as string[] } : {}),
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
