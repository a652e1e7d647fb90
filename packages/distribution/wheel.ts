/**
 * PEP 427 wheels, written natively: the package files, then
 * `{name}-{version}.dist-info/` with METADATA, WHEEL, entry_points.txt and
 * RECORD last, in one zip whose bytes depend only on the inputs.
 */
import { clampZipEpoch, type ArchiveFile } from './archive.js';
import { writeZip, writeZipParallel } from './archive-writer.js';
import type { DeflatePool } from './deflate-pool.js';
import {
  byPath,
  checkArchivePath,
  sha256Hex,
  utf8,
  type BuiltArtifact,
  type PackageFile,
} from './files.js';
import { renderEntryPoints, renderMetadata } from './metadata.js';
import { distInfoDir, PURE_TAG, wheelFileName } from './names.js';
import type { ProjectTable } from './project.js';
import { renderRecord } from './record.js';

export interface DistributionInput {
  /** Distribution name as the user spells it (Name: in METADATA). */
  name: string;
  /** Canonical PEP 440 version. */
  version: string;
  project: ProjectTable;
  files: PackageFile[];
  /** SOURCE_DATE_EPOCH: every timestamp in the archive (zip clamps it to 1980). */
  sourceDateEpoch: number;
}

export const WHEEL_GENERATOR = 'runtime-actions';

export function renderWheelFile(): string {
  return `Wheel-Version: 1.0\nGenerator: ${WHEEL_GENERATOR}\nRoot-Is-Purelib: true\nTag: ${PURE_TAG}\n`;
}

export type BuiltWheel = BuiltArtifact & { files: string[] };

export function buildWheel(input: DistributionInput): BuiltWheel {
  const archive = wheelEntries(input);
  return builtWheel(input, archive, writeZip(archive, clampZipEpoch(input.sourceDateEpoch)));
}

/** The same bytes as `buildWheel`, with the per-file deflate shared with `pool`'s worker. */
export async function buildWheelParallel(
  input: DistributionInput,
  pool: DeflatePool,
): Promise<BuiltWheel> {
  const archive = wheelEntries(input);
  return builtWheel(
    input,
    archive,
    await writeZipParallel(archive, clampZipEpoch(input.sourceDateEpoch), pool),
  );
}

function builtWheel(
  input: DistributionInput,
  archive: ArchiveFile[],
  data: Uint8Array,
): BuiltWheel {
  return {
    fileName: wheelFileName(input.name, input.version),
    data,
    sha256: sha256Hex(data),
    files: archive.map((f) => f.path),
  };
}

function wheelEntries(input: DistributionInput): ArchiveFile[] {
  const distInfo = distInfoDir(input.name, input.version);
  const payload = [...input.files].sort(byPath);
  for (const f of payload) {
    checkArchivePath(f.path);
    if (f.path.split('/')[0]?.endsWith('.dist-info') || f.path.split('/')[0]?.endsWith('.data')) {
      throw new Error(`package file ${f.path} would shadow the wheel's own metadata folders`);
    }
  }
  const meta: Array<{ path: string; data: Uint8Array }> = [
    { path: `${distInfo}/METADATA`, data: utf8(renderMetadata(input)) },
    { path: `${distInfo}/WHEEL`, data: utf8(renderWheelFile()) },
  ];
  const entryPoints = renderEntryPoints(input.project);
  if (entryPoints !== undefined)
    meta.push({ path: `${distInfo}/entry_points.txt`, data: utf8(entryPoints) });
  const recordPath = `${distInfo}/RECORD`;
  const recorded = [...payload, ...meta];
  const record = utf8(renderRecord(recorded, recordPath));
  const archive: ArchiveFile[] = [
    ...payload.map((f) => ({ path: f.path, data: f.data, mode: f.executable ? 0o755 : 0o644 })),
    ...meta.map((f) => ({ ...f, mode: 0o644 })),
    { path: recordPath, data: record, mode: 0o644 },
  ];
  return archive;
}
