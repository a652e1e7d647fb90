/**
 * Atomic output: everything is written to a staging folder beside its
 * destination (same file system, so rename is atomic), then renamed into
 * place. A failure before that leaves nothing behind; files already in the
 * destination that are not ours are never touched.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { ActionError } from '../toolkit/errors.js';
import { shareWork, type SelfWorker } from '../toolkit/worker.js';

export interface OutputFile {
  /** POSIX path relative to the destination. */
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

function nearestExisting(p: string): string {
  let dir = path.resolve(p);
  while (!existsSync(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a path component is a file',
    ENOSPC: 'no space left on the device',
    EEXIST: 'already exists',
  };
  return err.code ? `${why[err.code] ?? err.code}` : String(e);
}

export interface StagedOutput {
  /** Moves the staged files into place. */
  commit(): void;
  /** Removes the staging folder (safe to call after commit). */
  discard(): void;
}

function stagingBeside(destination: string, input: string, display: string): string {
  if (existsSync(destination) && !statSync(destination).isDirectory()) {
    throw new ActionError(`Input '${input}': ${display} exists and is not a folder.`, {
      title: 'Unwritable output',
      input,
      hint: 'Point it at a folder (it is created when missing).',
    });
  }
  const base = nearestExisting(path.dirname(path.resolve(destination)));
  if (!statSync(base).isDirectory()) {
    throw new ActionError(`Input '${input}': cannot create ${display}: ${base} is a file.`, {
      title: 'Unwritable output',
      input,
    });
  }
  try {
    return mkdtempSync(path.join(base, `.${path.basename(destination)}.staging-`));
  } catch (e) {
    throw new ActionError(
      `Input '${input}': cannot write beside ${display} (${reason(e)} in ${base}).`,
      {
        title: 'Unwritable output',
        input,
        hint: 'Choose a folder the job can write to, e.g. dist under the workspace.',
      },
    );
  }
}

function writeOne(dir: string, f: OutputFile): void {
  writeFileSync(path.join(dir, ...f.path.split('/')), f.data, {
    mode: f.executable ? 0o755 : 0o644,
  });
}

/** What the worker serves for `stageFolder` (the bundle passes these to `serveWorker`). */
export const outputHandlers = {
  'write-files': (p: { dir: string; files: OutputFile[] }): null[] =>
    p.files.map((f) => {
      writeOne(p.dir, f);
      return null;
    }),
};

/**
 * Every folder first (a few hundred), then the files. Creating a file is
 * most of the cost (one new inode each: over 100 µs apiece on some
 * virtualised disks), so with a worker the files are shared with it, chunk
 * by chunk from both ends: it joins in as soon as its other work is done.
 */
async function writeAll(dir: string, files: OutputFile[], worker?: SelfWorker): Promise<void> {
  const folders = new Set<string>();
  for (const f of files) {
    const at = f.path.lastIndexOf('/');
    if (at > 0) folders.add(f.path.slice(0, at));
  }
  for (const folder of [...folders].sort())
    mkdirSync(path.join(dir, ...folder.split('/')), { recursive: true });
  await shareWork(
    worker,
    'write-files',
    files,
    (f) => writeOne(dir, f),
    64,
    (chunk) => ({ dir, files: chunk }),
  );
}

function unwritable(staging: string, e: unknown, input: string, display: string): ActionError {
  rmSync(staging, { recursive: true, force: true });
  return new ActionError(`Input '${input}': cannot write ${display}: ${reason(e)}.`, {
    title: 'Unwritable output',
    input,
  });
}

/**
 * Stages files that go INTO an existing or new folder (out-dir): at commit,
 * a missing folder is created by renaming the staging folder itself; an
 * existing one receives each file by rename, and a failure part-way takes
 * back the files already moved.
 */
export function stageFilesInto(
  destination: string,
  files: OutputFile[],
  input: string,
  display: string,
): StagedOutput {
  const staging = stagingBeside(destination, input, display);
  try {
    for (const f of files) writeOne(staging, f);
  } catch (e) {
    throw unwritable(staging, e, input, display);
  }
  return {
    commit() {
      try {
        if (!existsSync(destination)) {
          mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
          renameSync(staging, destination);
          return;
        }
        const moved: string[] = [];
        try {
          for (const f of files) {
            const to = path.join(destination, ...f.path.split('/'));
            renameSync(path.join(staging, ...f.path.split('/')), to);
            moved.push(to);
          }
        } catch (e) {
          for (const m of moved) unlinkSync(m);
          throw e;
        }
      } catch (e) {
        throw new ActionError(
          `Input '${input}': cannot move the artifacts into ${display}: ${reason(e)}.`,
          {
            title: 'Unwritable output',
            input,
          },
        );
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/**
 * Stages a whole folder that REPLACES its destination at commit (package-dir:
 * ours entirely). `worker`, when given, writes part of the files.
 */
export async function stageFolder(
  destination: string,
  files: OutputFile[],
  input: string,
  display: string,
  worker?: SelfWorker,
): Promise<StagedOutput> {
  const staging = stagingBeside(destination, input, display);
  try {
    await writeAll(staging, files, worker);
  } catch (e) {
    throw unwritable(staging, e, input, display);
  }
  return {
    commit() {
      const old = `${staging}.old`;
      try {
        mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
        if (existsSync(destination)) renameSync(destination, old);
        renameSync(staging, destination);
      } catch (e) {
        if (existsSync(old) && !existsSync(destination)) renameSync(old, destination);
        rmSync(staging, { recursive: true, force: true });
        throw new ActionError(`Input '${input}': cannot replace ${display}: ${reason(e)}.`, {
          title: 'Unwritable output',
          input,
        });
      }
      rmSync(old, { recursive: true, force: true });
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}
