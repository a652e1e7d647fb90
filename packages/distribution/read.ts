/**
 * THE distribution reader: nothing else in the suite opens a wheel or an
 * sdist. A wheel's files, its METADATA, WHEEL and entry points parsed, its
 * RECORD verified (strict) or not (lenient, see ReadMode); an sdist's tree
 * and PKG-INFO. template-check and mirror-guard read what build wrote or the
 * index serves through these, smoke-import any wheel it is given (lenient,
 * viewed by smoke/wheel.ts); pypi-publish reads only the core-metadata file
 * of each upload (readCoreMetadataFile).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ActionError } from '../toolkit/errors.js';
import { readTar, readTarGz, readZip } from './archive.js';
import { sha256Hex } from './files.js';
import { parseEntryPoints, parseMetadata, type ParsedMetadata } from './metadata.js';
import type { FilenameParts } from './names.js';
import { verifyRecord } from './record.js';

/**
 * How a distribution is read. One reader, two policies:
 * - `strict`, for what we publish (build wrote it): exactly one .dist-info,
 *   named as the file; METADATA and WHEEL present; every metadata line a
 *   header or a continuation; text UTF-8; RECORD verified.
 * - `lenient`, for what we are given or download (smoke-import tests any
 *   wheel, under any file name): the .dist-info named as the file, else the
 *   only one holding METADATA (the installers' rule, as readCoreMetadataFile);
 *   WHEEL optional; a line that is no header begins the body (email.parser);
 *   bad UTF-8 replaced, not refused; RECORD not checked.
 * Either way METADATA must name the distribution and its version.
 */
export type ReadMode = 'strict' | 'lenient';

export interface WheelContents {
  /** The wheel's file name, when read from a file. */
  fileName?: string;
  mode: ReadMode;
  sha256: string;
  /** Every file in the archive, by its path. */
  files: Map<string, Uint8Array>;
  distInfo: string;
  metadata: ParsedMetadata;
  /** The WHEEL file (lenient: no headers when the wheel has none). */
  wheel: ParsedMetadata;
  /** group → name → `module:attr` */
  entryPoints: Map<string, Map<string, string>>;
  /** RECORD problems, empty when every file verifies; undefined when not checked (lenient). */
  recordProblems?: string[];
  /** Top-level import names the wheel installs (folders with `__init__.py` and top-level modules). */
  topLevel: string[];
  /** `<import-name>/_runtime_modules.json` when the wheel has one (written by build; strict only). */
  runtimeModules?: { importName: string; top_level_modules: string[]; subpackages: string[] };
  text(file: string): string | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

/** The installers' choice among candidates: the one the file name expects, else the only one. */
function chooseExpected(candidates: readonly string[], expected: string): string | undefined {
  return candidates.includes(expected)
    ? expected
    : candidates.length === 1
      ? candidates[0]
      : undefined;
}

/** `name-1.0-py3-none-any.whl` → `name-1.0.dist-info`. */
function expectedDistInfo(fileName: string): string {
  return `${path.basename(fileName).split('-').slice(0, 2).join('-')}.dist-info`;
}

/** The .dist-info a wheel's metadata is read from, by the mode's rule. */
function findDistInfo(
  files: Map<string, Uint8Array>,
  where: string,
  fileName: string | undefined,
  mode: ReadMode,
): string {
  const tops = [...new Set([...files.keys()].map((p) => p.split('/')[0] as string))];
  const distInfos = tops.filter((top) => top.endsWith('.dist-info'));
  if (mode === 'lenient') {
    const withMetadata = distInfos.filter((d) => files.has(`${d}/METADATA`));
    const chosen =
      fileName === undefined
        ? withMetadata.length === 1
          ? withMetadata[0]
          : undefined
        : chooseExpected(withMetadata, expectedDistInfo(fileName));
    if (chosen !== undefined) return chosen;
    throw new ActionError(
      withMetadata.length === 0
        ? `${where} has no *.dist-info/METADATA: it is not a wheel pip would install.`
        : `${where} holds several metadata folders (${withMetadata.join(', ')}) and none is named as the file.`,
      { title: 'Not a wheel', hint: 'Build it with python -m build --wheel.' },
    );
  }
  if (distInfos.length !== 1) {
    throw new ActionError(
      `${where} has ${distInfos.length === 0 ? 'no' : `${distInfos.length}`} .dist-info folders (a wheel has exactly one).`,
      { title: 'Invalid wheel', details: distInfos },
    );
  }
  const distInfo = distInfos[0] as string;
  if (fileName !== undefined && expectedDistInfo(fileName) !== distInfo) {
    throw new ActionError(
      `${where}: its metadata folder ${distInfo} does not match the file name.`,
      {
        title: 'Invalid wheel',
      },
    );
  }
  return distInfo;
}

/** Reads a wheel's archive: strict for what we publish, lenient for what we are given (see ReadMode). */
export function parseWheel(
  data: Uint8Array,
  fileName?: string,
  mode: ReadMode = 'strict',
): WheelContents {
  const where = fileName ?? 'wheel';
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(data);
  } catch (e) {
    throw new ActionError(`${where} is not a readable zip archive: ${(e as Error).message}`, {
      title: 'Unreadable wheel',
      hint: 'Rebuild it (python -m build --wheel) and check that the upload/download step kept it intact.',
    });
  }
  const distInfo = findDistInfo(files, where, fileName, mode);
  const strict = mode === 'strict';
  const text = (file: string): string | undefined => {
    const bytes = files.get(file);
    return bytes === undefined ? undefined : (strict ? decoder : lenientDecoder).decode(bytes);
  };
  const metadataText = text(`${distInfo}/METADATA`);
  const wheelText = text(`${distInfo}/WHEEL`);
  if (metadataText === undefined || (strict && wheelText === undefined)) {
    throw new ActionError(
      `${where} lacks ${distInfo}/${metadataText === undefined ? 'METADATA' : 'WHEEL'}.`,
      {
        title: 'Invalid wheel',
      },
    );
  }
  const metadata = parseMetadata(metadataText, { strict });
  const missing = ['Name', 'Version'].find((field) => !metadata.get(field));
  if (missing !== undefined) {
    throw new ActionError(`${where}: ${distInfo}/METADATA lacks ${missing}.`, {
      title: 'Invalid wheel metadata',
    });
  }
  const topLevel = new Set<string>();
  for (const p of files.keys()) {
    const parts = p.split('/');
    if (parts[0]?.endsWith('.dist-info') || parts[0]?.endsWith('.data')) continue;
    if (parts.length === 1 && p.endsWith('.py')) topLevel.add(p.slice(0, -3));
    else if (parts.length === 2 && parts[1] === '__init__.py') topLevel.add(parts[0] as string);
  }
  const contents: WheelContents = {
    mode,
    sha256: sha256Hex(data),
    files,
    distInfo,
    metadata,
    wheel: parseMetadata(wheelText ?? '', { strict }),
    entryPoints: parseEntryPoints(text(`${distInfo}/entry_points.txt`) ?? ''),
    topLevel: [...topLevel].sort(),
    text,
  };
  if (strict) contents.recordProblems = verifyRecord(files, `${distInfo}/RECORD`);
  if (fileName !== undefined) contents.fileName = path.basename(fileName);
  for (const name of strict ? contents.topLevel : []) {
    const manifest = text(`${name}/_runtime_modules.json`);
    if (manifest === undefined) continue;
    const parsed = JSON.parse(manifest) as { top_level_modules?: unknown; subpackages?: unknown };
    const strings = (v: unknown): string[] =>
      Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    contents.runtimeModules = {
      importName: name,
      top_level_modules: strings(parsed.top_level_modules),
      subpackages: strings(parsed.subpackages),
    };
    break;
  }
  return contents;
}

/** The bytes of a distribution file; an error that names it when it cannot be read. */
async function readDistributionFile(file: string, kind: 'wheel' | 'sdist'): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    throw new ActionError(`Cannot read the ${kind} ${file}: ${(e as Error).message}`, {
      title: `Missing ${kind}`,
    });
  }
}

export async function readWheel(file: string, mode: ReadMode = 'strict'): Promise<WheelContents> {
  return parseWheel(await readDistributionFile(file, 'wheel'), file, mode);
}

export interface SdistContents {
  fileName?: string;
  sha256: string;
  /** The single top-level folder (`{name}-{version}`). */
  baseName: string;
  /** Files relative to baseName. */
  files: Map<string, Uint8Array>;
  /** Unix modes of the files, relative to baseName. */
  modes: Map<string, number>;
  pkgInfo: ParsedMetadata;
}

export async function parseSdist(data: Uint8Array, fileName?: string): Promise<SdistContents> {
  const where = fileName ?? 'sdist';
  let entries;
  try {
    entries = await readTarGz(data);
  } catch (e) {
    throw new ActionError(`${where} is not a readable .tar.gz: ${(e as Error).message}`, {
      title: 'Unreadable sdist',
    });
  }
  const tops = new Set(entries.map((e) => e.path.split('/')[0] as string));
  if (tops.size !== 1) {
    throw new ActionError(
      `${where} must hold exactly one top-level folder, has ${[...tops].join(', ')}.`,
      {
        title: 'Invalid sdist',
      },
    );
  }
  const baseName = [...tops][0] as string;
  const files = new Map<string, Uint8Array>();
  const modes = new Map<string, number>();
  for (const e of entries) {
    if (e.type !== 'file') continue;
    const rel = e.path.slice(baseName.length + 1);
    files.set(rel, e.data);
    modes.set(rel, e.mode);
  }
  const pkgInfo = files.get('PKG-INFO');
  if (!pkgInfo)
    throw new ActionError(`${where} lacks ${baseName}/PKG-INFO.`, { title: 'Invalid sdist' });
  const out: SdistContents = {
    sha256: sha256Hex(data),
    baseName,
    files,
    modes,
    pkgInfo: parseMetadata(decoder.decode(pkgInfo)),
  };
  if (fileName !== undefined) out.fileName = path.basename(fileName);
  return out;
}

export async function readSdist(file: string): Promise<SdistContents> {
  return parseSdist(await readDistributionFile(file, 'sdist'), file);
}

/**
 * The core-metadata file of a distribution, read without unpacking the rest
 * (pypi-publish reads every file it uploads): a wheel's
 * `<name>-<version>.dist-info/METADATA`, an sdist's `<name>-<version>/PKG-INFO`
 * (.tar.gz or .zip). Lenient where installers are: another folder name is
 * accepted when it is the only one; several without the expected one is an
 * error. Sdists also report their top-level entries (PEP 625 wants one).
 */
export interface CoreMetadataFile {
  /** Path of the metadata file inside the archive. */
  path: string;
  text: string;
  /** sdists: the archive's top-level entries. */
  topLevel?: string[];
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

function readWheelMetadataFile(
  filename: string,
  bytes: Uint8Array,
  parts: FilenameParts,
): CoreMetadataFile {
  let files: Map<string, Uint8Array>;
  try {
    // Inflate only METADATA files directly inside a top-level *.dist-info.
    files = readZip(bytes, (name) => /^[^/]+\.dist-info\/METADATA$/.test(name));
  } catch (e) {
    throw invalid(filename, 'wheel (zip archive)', e);
  }
  const names = [...files.keys()].sort();
  const expected = `${parts.name}-${parts.version}.dist-info/METADATA`;
  const chosen = chooseExpected(names, expected);
  if (!chosen) {
    throw new ActionError(
      names.length === 0
        ? `${filename} holds no *.dist-info/METADATA, so it is not a wheel any installer accepts.`
        : `${filename} holds several metadata files (${names.join(', ')}) and none is ${expected}.`,
      { title: 'Unreadable distribution', hint: 'Rebuild the wheel with a current build backend.' },
    );
  }
  return { path: chosen, text: new TextDecoder('utf-8').decode(files.get(chosen)) };
}

async function readSdistMetadataFile(
  filename: string,
  bytes: Uint8Array,
  parts: FilenameParts,
): Promise<CoreMetadataFile & { topLevel: string[] }> {
  const top = new Set<string>();
  const pkgInfos = new Map<string, Uint8Array>();
  const isPkgInfo = (name: string): boolean => /^[^/]+\/PKG-INFO$/.test(name);
  if (parts.extension === '.zip') {
    let files: Map<string, Uint8Array>;
    try {
      // `keep` sees every entry: note the top-level names, inflate only PKG-INFO.
      files = readZip(bytes, (name) => {
        top.add(name.split('/')[0] as string);
        return isPkgInfo(name);
      });
    } catch (e) {
      throw invalid(filename, 'sdist (zip archive)', e);
    }
    for (const [name, data] of files) pkgInfos.set(name, data);
  } else {
    let tarBytes: Uint8Array;
    try {
      tarBytes = gunzipSync(bytes);
    } catch (e) {
      throw invalid(filename, 'sdist (gzip-compressed tar)', e);
    }
    // Some tar writers prefix every name with `./` (and list `./` itself, which readTar gives as `.`).
    const relative = (name: string): string => (name === '.' ? '' : name.replace(/^\.\//, ''));
    try {
      const entries = await readTar(tarBytes, (raw) => {
        const name = relative(raw);
        const first = name.split('/')[0];
        if (first) top.add(first);
        return isPkgInfo(name);
      });
      for (const e of entries) if (e.type === 'file') pkgInfos.set(relative(e.path), e.data);
    } catch (e) {
      throw invalid(filename, 'sdist (tar archive)', e);
    }
  }
  const expected = `${parts.name}-${parts.version}/PKG-INFO`;
  const names = [...pkgInfos.keys()].sort();
  const chosen = chooseExpected(names, expected);
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

export async function readCoreMetadataFile(
  filename: string,
  bytes: Uint8Array,
  parts: FilenameParts,
): Promise<CoreMetadataFile> {
  return parts.kind === 'wheel'
    ? readWheelMetadataFile(filename, bytes, parts)
    : readSdistMetadataFile(filename, bytes, parts);
}
