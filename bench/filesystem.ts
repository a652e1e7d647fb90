/**
 * What a bench should know about the file system it writes to.
 *
 * Why it matters: on ext4 mounted without a journal (this project's VMs), the
 * kernel avoids reusing an inode for 60 s after it was freed, or 300 s while
 * its inode-table block is dirty (fs/ext4/ialloc.c, `recently_deleted`). Every
 * new file then scans past each recently freed inode of its block group, so
 * creating files right after deleting thousands costs 100–200 µs apiece instead
 * of about 10 µs (`perf record` shows `ext4_create` → `recently_deleted` →
 * `find_get_block_common` as most of the time). A run that follows another
 * run's clean-up pays for it. Journaled ext4 (GitHub's runners) and tmpfs skip
 * that check.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface FileSystemInfo {
  /** Mount point holding the folder. */
  mount: string;
  type: string;
  /** ext4 without a journal: deletions slow down file creation for minutes after. */
  journalLessExt4: boolean;
}

/** The mount holding `dir`, from /proc/self/mountinfo (undefined off Linux). */
export function fileSystemOf(dir: string): FileSystemInfo | undefined {
  let lines: string[];
  try {
    lines = readFileSync('/proc/self/mountinfo', 'utf8').trim().split('\n');
  } catch {
    return undefined;
  }
  const real = realpathSync(dir);
  let best: { mount: string; type: string; device: string } | undefined;
  for (const line of lines) {
    // id parent major:minor root mount-point options [optional…] - type source super-options
    const [left, right] = line.split(' - ');
    const fields = left?.split(' ') ?? [];
    const mount = (fields[4] ?? '').replace(/\\040/g, ' ');
    const type = right?.split(' ')[0] ?? '';
    const inside = real === mount || real.startsWith(mount === '/' ? '/' : `${mount}/`);
    if (inside && (best === undefined || mount.length >= best.mount.length))
      best = { mount, type, device: fields[2] ?? '' };
  }
  if (best === undefined) return undefined;
  return {
    mount: best.mount,
    type: best.type,
    journalLessExt4: best.type === 'ext4' && !hasJournal(best.device),
  };
}

/** ext4 lists its journal thread in sysfs; `<none>` when mounted without one. */
function hasJournal(majorMinor: string): boolean {
  try {
    const name = path.basename(realpathSync(`/sys/dev/block/${majorMinor}`));
    return readFileSync(`/sys/fs/ext4/${name}/journal_task`, 'utf8').trim() !== '<none>';
  } catch {
    return true; // cannot tell: assume the usual
  }
}

/** A folder in RAM for the measured commands' temporary files, when the machine has one. */
export function ramFolder(): string | undefined {
  try {
    return fileSystemOf('/dev/shm')?.type === 'tmpfs' ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}
