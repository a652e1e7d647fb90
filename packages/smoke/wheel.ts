/**
 * Reads what smoke-import needs from a wheel: its core metadata, console
 * scripts, top-level import names and Python sources.
 *
 * Lenient on purpose, unlike packages/distribution/read.ts's parseWheel (which checks
 * what build wrote: one .dist-info matching the file name, WHEEL, RECORD):
 * smoke-import tests any wheel it is given, under any file name, and reports
 * import failures rather than packaging ones. The archive, core-metadata and
 * entry-point parsing are packages/distribution's.
 */
import { strFromU8 } from 'fflate';
import { readZip } from '../distribution/archive.js';
import {
  parseCoreMetadata as parseMetadataHeaders,
  parseEntryPointLines,
} from '../distribution/metadata.js';
import { ActionError } from '../toolkit/errors.js';

export interface EntryPoint {
  group: string;
  name: string;
  module: string;
  /** Dotted attribute path after the colon ('' when the entry point names a module). */
  attr: string;
  /** The line as written in entry_points.txt, for messages. */
  spec: string;
}

export interface WheelInfo {
  /** Path or name the wheel was read from, for messages. */
  filename: string;
  name: string;
  version: string;
  metadataVersion: string;
  requiresPython: string | undefined;
  requiresDist: string[];
  entryPoints: EntryPoint[];
  /** Top-level import names (top_level.txt, else the folders and modules at the root). */
  topLevel: string[];
  /** Installed path (`pkg/a.py`) → source bytes of every .py file that installs into site-packages. */
  pyFiles: Map<string, Uint8Array>;
  distInfo: string;
}

/**
 * Core metadata by lower-cased field name: repeated fields collect, continued
 * values keep one trimmed line per source line, the body is skipped.
 */
export function parseCoreMetadata(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, raw] of parseMetadataHeaders(text).headers) {
    const key = name.toLowerCase();
    const value = raw
      .split('\n')
      .map((l) => l.trim())
      .join('\n');
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

/** entry_points.txt as a list; `[extras]` after a reference are dropped (they do not change what is imported). */
export function parseEntryPoints(text: string): EntryPoint[] {
  return parseEntryPointLines(text).map(({ group, name, value: written }) => {
    const value = written.replace(/\[.*\]\s*$/, '').trim();
    const [module, attr = ''] = value.split(':').map((s) => s.trim()) as [string, string?];
    return { group, name, module, attr, spec: `${name} = ${value}` };
  });
}

/** `name-1.0.data/purelib/pkg/a.py` installs as `pkg/a.py`; scripts/headers/data do not import. */
function installedPath(path: string): string | undefined {
  const data = /^[^/]+\.data\/(purelib|platlib|[^/]+)\/(.+)$/.exec(path);
  if (data) return data[1] === 'purelib' || data[1] === 'platlib' ? data[2] : undefined;
  return path;
}

export function readWheel(bytes: Uint8Array, filename: string): WheelInfo {
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes);
  } catch (e) {
    throw new ActionError(`${filename} is not a readable zip archive: ${(e as Error).message}`, {
      title: 'Unreadable wheel',
      hint: 'Rebuild it (python -m build --wheel) and check that the upload/download step kept it intact.',
    });
  }
  const distInfos = [
    ...new Set(
      [...files.keys()]
        .map((p) => /^([^/]+\.dist-info)\//.exec(p)?.[1])
        .filter((d): d is string => d !== undefined),
    ),
  ];
  const distInfo = distInfos.find((d) => files.has(`${d}/METADATA`));
  if (!distInfo) {
    throw new ActionError(
      `${filename} has no *.dist-info/METADATA: it is not a wheel pip would install.`,
      {
        title: 'Not a wheel',
        hint: 'Build it with python -m build --wheel.',
      },
    );
  }
  const text = (p: string): string | undefined => {
    const f = files.get(`${distInfo}/${p}`);
    return f ? strFromU8(f) : undefined;
  };
  const meta = parseCoreMetadata(text('METADATA') ?? '');
  const first = (k: string): string | undefined => meta.get(k)?.[0];
  const name = first('name');
  const version = first('version');
  if (!name || !version) {
    throw new ActionError(
      `${filename}: ${distInfo}/METADATA lacks ${!name ? 'Name' : 'Version'}.`,
      {
        title: 'Invalid wheel metadata',
      },
    );
  }

  const pyFiles = new Map<string, Uint8Array>();
  const roots = new Set<string>();
  for (const [path, content] of files) {
    if (path.startsWith(`${distInfo}/`)) continue;
    const installed = installedPath(path);
    if (installed === undefined || installed.includes('.dist-info/')) continue;
    const top = installed.split('/')[0] as string;
    if (installed.endsWith('.py')) {
      pyFiles.set(installed, content);
      roots.add(installed.includes('/') ? top : top.slice(0, -3));
    } else if (/\.(so|pyd)$/.test(installed) && !installed.includes('/')) {
      roots.add(top.split('.')[0] as string);
    }
  }
  const declared = (text('top_level.txt') ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    filename,
    name,
    version,
    metadataVersion: first('metadata-version') ?? '',
    requiresPython: first('requires-python'),
    requiresDist: meta.get('requires-dist') ?? [],
    entryPoints: parseEntryPoints(text('entry_points.txt') ?? ''),
    // top_level.txt is optional and setuptools-only; the archive itself is the truth.
    topLevel: [
      ...new Set([...declared.filter((t) => roots.has(t) || !roots.size), ...roots]),
    ].sort(),
    pyFiles,
    distInfo,
  };
}

/**
 * A Python identifier as PEP 3131 defines it (XID_Start or _, then XID_Continue),
 * non-ASCII included. Which modules to import comes from CPython itself (the
 * static check's list); this serves names read from inputs and folders.
 */
export const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
