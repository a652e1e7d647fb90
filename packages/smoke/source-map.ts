/**
 * Maps a path inside the wheel back to the monorepo file it was built from
 * (`molecule_runtime/x.py` → `workspace/x.py`), so the annotation lands on
 * the line a developer edits rather than on a file that exists only in the
 * build output.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SourcePlace {
  /** Relative to the workspace, with forward slashes (what annotations expect). */
  file: string;
  line: number | undefined;
  /** True when the file is the monorepo source, false when it is the wheel path. */
  mapped: boolean;
}

export interface SourceMapOptions {
  /** The package folders the wheel installs (`molecule_runtime`). */
  tops: string[];
  /** The monorepo folder, relative to the workspace (`workspace`). */
  source: string;
  workspace: string;
  /** The installed file's text, to find the line again if the build moved it. */
  wheelText?: (installedPath: string) => string | undefined;
}

export function mapToSource(
  installedPath: string | undefined,
  line: number | undefined,
  o: SourceMapOptions,
): SourcePlace | undefined {
  if (!installedPath) return undefined;
  const [top, ...rest] = installedPath.split('/');
  if (top && rest.length && o.tops.includes(top) && o.source) {
    const candidate = path.join(o.source, ...rest);
    const absolute = path.resolve(o.workspace, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) {
      return {
        file: candidate.split(path.sep).join('/'),
        line: line === undefined ? undefined : matchLine(absolute, installedPath, line, o),
        mapped: true,
      };
    }
  }
  return { file: installedPath, line, mapped: false };
}

/**
 * The build rewrites imports in place, so the line number normally carries
 * over; when the source line differs (the build moved code), look for the same
 * text nearby instead of annotating an unrelated line.
 */
function matchLine(
  sourceFile: string,
  installedPath: string,
  line: number,
  o: SourceMapOptions,
): number {
  const built = o.wheelText?.(installedPath)?.split(/\r?\n/)[line - 1]?.trim();
  if (!built) return line;
  const lines = readFileSync(sourceFile, 'utf8').split(/\r?\n/);
  if (lines[line - 1]?.trim() === built) return line;
  for (let d = 1; d <= 50; d++) {
    if (lines[line - 1 - d]?.trim() === built) return line - d;
    if (lines[line - 1 + d]?.trim() === built) return line + d;
  }
  return line;
}
