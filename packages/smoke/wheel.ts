/**
 * What smoke-import needs from a wheel: its core metadata, console scripts,
 * top-level import names and Python sources.
 *
 * The wheel is read by packages/distribution/read.ts in its lenient mode
 * (smoke-import tests any wheel it is given, under any file name, and
 * reports import failures rather than packaging ones); this module is the
 * smoke-import view of what it read. Core-metadata and entry-point parsing
 * are packages/distribution's too.
 */
import {
  parseCoreMetadata as parseMetadataHeaders,
  parseEntryPointLines,
} from '../distribution/metadata.js';
import { parseWheel } from '../distribution/read.js';

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

/** What smoke-import needs of a wheel, read by the distribution reader in its lenient mode. */
export function readWheel(bytes: Uint8Array, filename: string): WheelInfo {
  const { files, distInfo, text: read } = parseWheel(bytes, filename, 'lenient');
  const text = (p: string): string | undefined => read(`${distInfo}/${p}`);
  const meta = parseCoreMetadata(text('METADATA') ?? '');
  const first = (k: string): string | undefined => meta.get(k)?.[0];
  // Both present: the reader refuses a METADATA without them.
  const name = first('name') ?? '';
  const version = first('version') ?? '';

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
