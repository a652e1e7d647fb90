/**
 * Reading real setuptools-built distributions, and checking that what we
 * would send for them is what twine (the real client) computes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Busboy from 'busboy';
import {
  findDistributions,
  parseFilename,
  readDistribution,
} from '../../packages/index/distribution.js';
import { normalizeName } from '../../packages/index/metadata.js';
import { encodeMultipart, uploadFields } from '../../packages/index/upload.js';
import {
  buildSample,
  distFiles,
  tempDir,
  twineMetadata,
  writeSdist,
  writeWheel,
} from '../../sandbox/samples/distributions.js';

let tmp: ReturnType<typeof tempDir>;
let dist: string;

beforeAll(() => {
  tmp = tempDir('index-dist-');
  dist = buildSample(tmp.dir);
});
afterAll(() => tmp.cleanup());

/** Form fields as key → every value sent under it. */
function grouped(fields: [string, string][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of fields) (out[k] ??= []).push(v);
  return out;
}

/** twine's dictionary in the same shape (a list field sends one part per item). */
function asLists(d: Record<string, string | string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
}

describe('reading distributions', () => {
  it('finds the wheel before the sdist and reads both', async () => {
    const dists = await findDistributions(dist);
    expect(dists.map((d) => d.kind)).toEqual(['wheel', 'sdist']);
    for (const d of dists) {
      // setuptools 66 writes the name as given in the wheel and its safe_name in PKG-INFO
      expect(normalizeName(d.name ?? '')).toBe('molecule-ai-workspace-runtime');
      expect(d.version).toBe('0.1.0');
      expect(d.metadataVersion).toBe('2.1');
      expect(d.sha256).toBe(createHash('sha256').update(readFileSync(d.path)).digest('hex'));
    }
    expect(dists[0]?.metadataPath).toBe('molecule_ai_workspace_runtime-0.1.0.dist-info/METADATA');
    expect(dists[1]?.metadataPath).toBe('molecule_ai_workspace_runtime-0.1.0/PKG-INFO');
    expect(dists[1]?.topLevel).toEqual(['molecule_ai_workspace_runtime-0.1.0']);
    expect(dists[0]?.pyversion).toBe('py3');
    expect(dists[1]?.pyversion).toBe('source');
  });

  it.each(['whl', 'tar.gz'])('sends for the .%s what twine computes for it', async (ext) => {
    const file = distFiles(dist).find((f) => f.endsWith(ext)) as string;
    const ours = grouped(uploadFields(await readDistribution(file)));
    const twine = asLists(twineMetadata(file));
    // Deliberate differences, each documented in packages/index/upload.ts:
    // - md5_digest: not sent (MD5 is broken; the index needs only one digest and we send sha256 + blake2b).
    // - provides_extras: twine 4 sends the plural, which Warehouse's form mapping ignores; we send provides_extra.
    // - pyversion for sdists: twine sends none, we send 'source', the value Warehouse fills in.
    const { md5_digest, provides_extras, ...twineRest } = twine;
    expect(md5_digest?.[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ours.provides_extra).toEqual(provides_extras);
    const { ':action': action, protocol_version, provides_extra, ...oursRest } = ours;
    expect([action, protocol_version]).toEqual([['file_upload'], ['1']]);
    void provides_extra;
    if (ext === 'tar.gz') {
      expect(oursRest.pyversion).toEqual(['source']);
      delete oursRest.pyversion;
    }
    expect(oursRest).toEqual(twineRest);
  });

  it('encodes multipart byte for byte: busboy reads back every field and the file', async () => {
    const d = await readDistribution(distFiles(dist).find((f) => f.endsWith('.whl')) as string);
    const fields = uploadFields(d);
    expect(fields.find(([k]) => k === 'description')?.[1]).toContain('\n');
    const { body, contentType } = encodeMultipart(fields, {
      field: 'content',
      filename: d.filename,
      bytes: d.bytes,
    });
    const got: [string, string][] = [];
    let file: { name: string; filename: string; bytes: Buffer } | undefined;
    await new Promise<void>((resolve, reject) => {
      const bb = Busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8' });
      bb.on('field', (name, value) => got.push([name, value]));
      bb.on('file', (name, stream, info) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on(
          'end',
          () => (file = { name, filename: info.filename ?? '', bytes: Buffer.concat(chunks) }),
        );
      });
      bb.on('close', resolve);
      bb.on('error', reject);
      bb.end(Buffer.from(body));
    });
    expect(got).toEqual(fields);
    expect(file?.name).toBe('content');
    expect(file?.filename).toBe(d.filename);
    expect(Buffer.compare(file?.bytes ?? Buffer.alloc(0), Buffer.from(d.bytes))).toBe(0);
  });

  it('parses filenames: wheel tags, build numbers, dashed (non-normalised) sdists', () => {
    expect(parseFilename('pkg-1.0-1-py3-none-any.whl')).toMatchObject({
      name: 'pkg',
      version: '1.0',
      build: '1',
      python: 'py3',
    });
    expect(parseFilename('molecule-ai-workspace-runtime-0.1.6.tar.gz')).toMatchObject({
      kind: 'sdist',
      name: 'molecule-ai-workspace-runtime',
      version: '0.1.6',
    });
    expect(parseFilename('notes.txt')).toBeUndefined();
  });

  it('explains unreadable files and empty folders', async () => {
    const t = tempDir('index-bad-');
    try {
      await expect(findDistributions(t.dir)).rejects.toThrow(/holds no distributions .*empty/);
      await expect(findDistributions(path.join(t.dir, 'nope'))).rejects.toThrow(/does not exist/);
      writeWheel(
        t.dir,
        'x-1.0-py3-none-any.whl',
        'Metadata-Version: 2.1\nName: x\nVersion: 1.0\n',
        'other.dist-info',
      );
      await expect(
        readDistribution(path.join(t.dir, 'x-1.0-py3-none-any.whl')),
      ).resolves.toMatchObject({ name: 'x' });
      await writeSdist(t.dir, 'y-1.0.tar.gz', 'Metadata-Version: 2.1\nName: y\nVersion: 1.0\n');
      await expect(readDistribution(path.join(t.dir, 'y-1.0.tar.gz'))).resolves.toMatchObject({
        name: 'y',
      });
      const broken = path.join(t.dir, 'z-1.0-py3-none-any.whl');
      writeFileSync(broken, 'not a zip');
      await expect(readDistribution(broken)).rejects.toThrow(/not a valid wheel/);
    } finally {
      t.cleanup();
    }
  });
});
