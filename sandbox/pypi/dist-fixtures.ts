/**
 * Small hand-made distributions and a hand-made upload request, for tests
 * that need a malformed or unusual file (no RECORD, a platform tag PyPI
 * refuses, a second sdist of one release) that setuptools will not produce.
 * The happy paths are exercised with real setuptools/twine/pip elsewhere.
 */
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import tar from 'tar-stream';
import { blake2bHex } from './blake2b.js';
import { createHash } from 'node:crypto';

export interface Dist {
  filename: string;
  content: Uint8Array;
}

function metadataText(name: string, version: string, requiresPython?: string, extra = ''): string {
  return (
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: fixture\n` +
    (requiresPython ? `Requires-Python: ${requiresPython}\n` : '') +
    extra +
    '\n'
  );
}

export function makeWheel(options: {
  name: string;
  version: string;
  requiresPython?: string;
  tag?: string;
  omit?: Array<'WHEEL' | 'RECORD' | 'METADATA'>;
  /** Makes otherwise equal wheels differ. */
  salt?: string;
}): Dist {
  const dist = options.name.replace(/[-_.]+/g, '_').toLowerCase();
  const tag = options.tag ?? 'py3-none-any';
  const info = `${dist}-${options.version}.dist-info`;
  const enc = (s: string) => new TextEncoder().encode(s);
  const files: Record<string, Uint8Array> = {
    [`${dist}/__init__.py`]: enc(`SALT = ${JSON.stringify(options.salt ?? '')}\n`),
  };
  const omit = new Set(options.omit ?? []);
  if (!omit.has('METADATA'))
    files[`${info}/METADATA`] = enc(
      metadataText(options.name, options.version, options.requiresPython),
    );
  if (!omit.has('WHEEL'))
    files[`${info}/WHEEL`] = enc(
      `Wheel-Version: 1.0\nGenerator: fixture\nRoot-Is-Purelib: true\nTag: ${tag}\n`,
    );
  if (!omit.has('RECORD')) files[`${info}/RECORD`] = enc('');
  return { filename: `${dist}-${options.version}-${tag}.whl`, content: zipSync(files) };
}

export async function makeSdist(options: {
  name: string;
  version: string;
  requiresPython?: string;
  /** Default: the PEP 625 name. */
  filename?: string;
  salt?: string;
}): Promise<Dist> {
  const base = `${options.name.replace(/[-_.]+/g, '_').toLowerCase()}-${options.version}`;
  const pack = tar.pack();
  pack.entry(
    { name: `${base}/PKG-INFO`, mtime: new Date(0) },
    metadataText(options.name, options.version, options.requiresPython),
  );
  pack.entry({ name: `${base}/setup.py`, mtime: new Date(0) }, `# ${options.salt ?? ''}\n`);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return {
    filename: options.filename ?? `${base}.tar.gz`,
    content: gzipSync(Buffer.concat(chunks)),
  };
}

export interface UploadAnswer {
  status: number;
  /** The HTTP reason phrase, where warehouse puts its message. */
  reason: string;
  body: string;
}

/**
 * One legacy upload as twine makes it. `fields` overrides the defaults
 * (derived from `meta`); a value of undefined drops the field.
 */
export async function legacyUpload(
  uploadUrl: string,
  auth: { token: string; user?: string } | undefined,
  dist: Dist,
  meta: {
    name: string;
    version: string;
    requiresPython?: string;
    filetype?: 'sdist' | 'bdist_wheel';
  },
  fields: Record<string, string | string[] | undefined> = {},
): Promise<UploadAnswer> {
  const filetype = meta.filetype ?? (dist.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist');
  const all: Record<string, string | string[] | undefined> = {
    ':action': 'file_upload',
    protocol_version: '1',
    name: meta.name,
    version: meta.version,
    filetype,
    pyversion: filetype === 'sdist' ? 'source' : 'py3',
    metadata_version: '2.1',
    summary: 'fixture',
    requires_python: meta.requiresPython,
    md5_digest: createHash('md5').update(dist.content).digest('hex'),
    sha256_digest: createHash('sha256').update(dist.content).digest('hex'),
    blake2_256_digest: blake2bHex(dist.content),
    ...fields,
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(all)) {
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) form.append(k, value);
  }
  if (!('content' in fields)) {
    form.append(
      'content',
      new Blob([dist.content], { type: 'application/octet-stream' }),
      dist.filename,
    );
  }
  const headers: Record<string, string> = {};
  if (auth)
    headers.Authorization = `Basic ${Buffer.from(`${auth.user ?? '__token__'}:${auth.token}`).toString('base64')}`;
  const res = await fetch(uploadUrl, { method: 'POST', body: form, headers, redirect: 'manual' });
  return { status: res.status, reason: res.statusText, body: await res.text() };
}
