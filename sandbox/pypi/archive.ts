/**
 * Looks inside uploaded distributions the way warehouse does before it
 * accepts them (`_is_valid_dist_file`, then the wheel's RECORD and METADATA),
 * and reads their core metadata (METADATA in a wheel, PKG-INFO in an sdist).
 */
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { readTarSync } from './tar.js';

/** Core metadata (RFC 822 style headers): lower-cased field name → every value. */
export type CoreMetadata = Map<string, string[]>;

/**
 * Parses METADATA / PKG-INFO. Written by hand because it is a dozen lines:
 * headers until the first blank line (continuation lines start with
 * whitespace), then the body, which is the Description.
 */
export function parseCoreMetadata(text: string): CoreMetadata {
  const fields: CoreMetadata = new Map();
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  let last: { key: string; index: number } | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') {
      i++;
      break;
    }
    if (/^[ \t]/.test(line) && last) {
      const values = fields.get(last.key) as string[];
      values[last.index] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const values = fields.get(key) ?? [];
    values.push(value);
    fields.set(key, values);
    last = { key, index: values.length - 1 };
  }
  const body = lines.slice(i).join('\n').trim();
  if (body && !fields.has('description')) fields.set('description', [body]);
  return fields;
}

export function firstField(meta: CoreMetadata, name: string): string | undefined {
  return meta.get(name.toLowerCase())?.[0];
}

export type Inspection =
  | { ok: true; metadata?: Uint8Array; metadataPath?: string }
  /**
   * `stage` 'archive': `_is_valid_dist_file` refused it (checked before the file
   * name); 'contents': the wheel's RECORD or METADATA is missing (checked after).
   */
  | { ok: false; message: string; stage: 'archive' | 'contents' };

/** `os.path.commonprefix`: character-wise, as warehouse uses it to find an sdist's top folder. */
function commonPrefix(names: string[]): string {
  if (names.length === 0) return '';
  let prefix = names[0] as string;
  for (const n of names) {
    let i = 0;
    while (i < prefix.length && i < n.length && prefix[i] === n[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

function joinPath(a: string, b: string): string {
  return a === '' || a.endsWith('/') ? a + b : `${a}/${b}`;
}

/** Reads every member of a zip: name → bytes; undefined when it is not a zip warehouse would take. */
function readZip(data: Uint8Array): { files?: Record<string, Uint8Array>; message?: string } {
  let unsupported = false;
  try {
    const files = unzipSync(data, {
      filter: (f) => {
        if (f.compression !== 0 && f.compression !== 8) unsupported = true;
        return !unsupported;
      },
    });
    if (unsupported) return { message: 'File does not use a supported compression type' };
    return { files };
  } catch {
    if (unsupported) return { message: 'File does not use a supported compression type' };
    return { message: 'File is not a zipfile' };
  }
}

/**
 * The wheel checks, in warehouse's order: a zip, with `{name}-{version}.dist-info/WHEEL`
 * (name and version split from the file name), RECORD, METADATA.
 */
export function inspectWheel(filename: string, data: Uint8Array): Inspection {
  const zip = readZip(data);
  if (!zip.files) {
    return { ok: false, stage: 'archive', message: `Invalid distribution file. ${zip.message}` };
  }
  const parts = filename.split('-');
  if (parts.length < 3) {
    return {
      ok: false,
      stage: 'archive',
      message: 'Invalid distribution file. Unable to parse name and version from wheel filename',
    };
  }
  const distInfo = `${parts[0]}-${parts[1]}.dist-info`;
  if (!zip.files[`${distInfo}/WHEEL`]) {
    return {
      ok: false,
      stage: 'archive',
      message: `Invalid distribution file. WHEEL not found at ${distInfo}/WHEEL`,
    };
  }
  if (!zip.files[`${distInfo}/RECORD`]) {
    return {
      ok: false,
      stage: 'contents',
      message: `Wheel '${filename}' does not contain the required RECORD file: ${distInfo}/RECORD`,
    };
  }
  const metadata = zip.files[`${distInfo}/METADATA`];
  if (!metadata) {
    return {
      ok: false,
      stage: 'contents',
      message: `Wheel '${filename}' does not contain the required METADATA file: ${distInfo}/METADATA`,
    };
  }
  return { ok: true, metadata, metadataPath: `${distInfo}/METADATA` };
}

/** The sdist checks: a gzipped tar (or a zip) with one top folder holding PKG-INFO. */
export function inspectSdist(filename: string, data: Uint8Array): Inspection {
  let names: string[];
  let read: (name: string) => Uint8Array | undefined;
  if (filename.endsWith('.zip')) {
    const zip = readZip(data);
    if (!zip.files) {
      return { ok: false, stage: 'archive', message: `Invalid distribution file. ${zip.message}` };
    }
    const files = zip.files;
    names = Object.keys(files);
    read = (n) => files[n];
  } else {
    let entries: Map<string, Uint8Array | undefined>;
    try {
      entries = new Map(readTarSync(gunzipSync(data)).map((m) => [m.name, m.data]));
    } catch {
      return {
        ok: false,
        stage: 'archive',
        message: 'Invalid distribution file. File is not a tarfile',
      };
    }
    names = [...entries.keys()];
    read = (n) => entries.get(n);
  }
  const top = commonPrefix(names);
  if (top === '' || top === '.' || top === '/') {
    return {
      ok: false,
      stage: 'archive',
      message: 'Invalid distribution file. Incorrect number of top-level directories in sdist',
    };
  }
  const target = joinPath(top, 'PKG-INFO');
  const metadata = read(target);
  if (!metadata) {
    return {
      ok: false,
      stage: 'archive',
      message: `Invalid distribution file. PKG-INFO not found at ${target}`,
    };
  }
  return { ok: true, metadata, metadataPath: target };
}

/** Core metadata of a distribution, or undefined when it has none readable. */
export function readDistMetadata(
  filename: string,
  data: Uint8Array,
): { metadata: CoreMetadata; raw: Uint8Array } | undefined {
  const inspection = filename.endsWith('.whl')
    ? inspectWheel(filename, data)
    : inspectSdist(filename, data);
  if (!inspection.ok || !inspection.metadata) return undefined;
  const raw = inspection.metadata;
  return { metadata: parseCoreMetadata(Buffer.from(raw).toString('utf8')), raw };
}
