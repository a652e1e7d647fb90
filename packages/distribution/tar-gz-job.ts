/**
 * The sdist's .tar.gz, written on the worker thread when the build has one.
 *
 * Until issue #19's last changes the tar was written here (about 0.1 s of
 * this thread at 5,000 files, into one ~9 MB buffer) and moved to the
 * worker to be gzipped. Now the files cross as one packed buffer, moved;
 * the worker streams the tar into the gzip; only the .tar.gz comes back;
 * and this thread lays out the wheel and writes the package tree meanwhile.
 * Same function on either thread, so the same bytes.
 *
 * Posting it before the import check, to run during it, was measured and
 * left out: no faster in 12 alternating runs at 5,000 files (medians
 * 1.49 s both), for an error order that had to be kept by hand.
 */
import type { TarEntry } from './archive.js';
import { writeTarGz } from './tar-writer.js';
import { buffersOf, fillsItsBuffer, pack, unpack, type Packed } from '../toolkit/packed.js';
import { Moved, type SelfWorker } from '../toolkit/worker.js';

/** A tar's entries without their data, and the data of its files packed in entry order. */
interface TarGzRequest {
  layout: Array<Omit<TarEntry, 'data'>>;
  files: Packed;
  epoch: number;
}

const EMPTY = new Uint8Array(0);

/** What the worker serves for `tarGzElsewhere` (the bundle passes these to `serveWorker`). */
export const tarGzHandlers = {
  'tar-gz': (p: TarGzRequest): Moved<Uint8Array> => {
    const data = unpack(p.files);
    let next = 0;
    const entries = p.layout.map((e): TarEntry => ({
      ...e,
      data: e.type === 'file' ? (data[next++] as Uint8Array) : EMPTY,
    }));
    if (next !== data.length) throw new Error(`tar-gz: ${data.length} files for ${next} entries`);
    const out = writeTarGz(entries, p.epoch);
    return new Moved(out, fillsItsBuffer(out) ? [out.buffer as ArrayBuffer] : []);
  },
};

/**
 * writeTarGz on a worker thread when one is available (the file data is
 * copied once into a packed buffer, which moves), else here. Should the
 * worker fail, it is written here: the entries are still this thread's.
 */
export async function tarGzElsewhere(
  worker: SelfWorker | undefined,
  entries: TarEntry[],
  epoch: number,
): Promise<Uint8Array> {
  if (worker === undefined || !worker.available) return writeTarGz(entries, epoch);
  const files = pack(entries.filter((e) => e.type === 'file').map((e) => e.data));
  const layout = entries.map(({ path, type, mode }) => ({ path, type, mode }));
  try {
    return await worker.call<Uint8Array>(
      'tar-gz',
      { layout, files, epoch } satisfies TarGzRequest,
      buffersOf(files),
    );
  } catch {
    return writeTarGz(entries, epoch);
  }
}
