/**
 * A run's artifact store: what actions/upload-artifact@v4 sends to GitHub
 * and actions/download-artifact@v4 brings back, kept in a folder per run
 * (`<artifacts>/<name>/…`). The v4 semantics that matter to workflows are
 * kept: a name is uploaded once per run (unless overwrite), the files are
 * stored relative to the least common ancestor of the paths given, hidden
 * files are left out unless asked for, and a download by name unpacks into
 * `path` itself while a download of several goes to `path/<name>/` (or all
 * into `path` with merge-multiple).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { globFiles, globToRegExp } from './glob.js';

export class ArtifactError extends Error {}

export interface UploadRequest {
  name: string;
  /** The `path:` input's lines (files, folders, globs, !exclusions), relative to the workspace. */
  paths: string[];
  workspace: string;
  ifNoFilesFound: 'warn' | 'error' | 'ignore';
  overwrite: boolean;
  includeHidden: boolean;
}

export interface UploadResult {
  files: string[];
  /** Set when nothing matched and if-no-files-found is warn. */
  warning?: string;
}

export class ArtifactStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  names(): string[] {
    return existsSync(this.dir) ? readdirSync(this.dir).sort() : [];
  }

  upload(req: UploadRequest): UploadResult {
    if (!req.name || /[":<>|*?\\/\r\n]/.test(req.name)) {
      throw new ArtifactError(`artifact name '${req.name}' is not valid`);
    }
    const target = path.join(this.dir, req.name);
    if (existsSync(target) && !req.overwrite) {
      throw new ArtifactError(
        `an artifact with the name '${req.name}' was already uploaded in this run (pass overwrite: true to replace it)`,
      );
    }
    const files = globFiles(req.workspace, req.paths, { hidden: req.includeHidden });
    if (files.length === 0) {
      const message = `No files were found with the provided path: ${req.paths.join(', ')}. No artifacts will be uploaded.`;
      if (req.ifNoFilesFound === 'error') throw new ArtifactError(message);
      return { files: [], warning: req.ifNoFilesFound === 'warn' ? message : undefined };
    }
    const root = commonAncestor(searchRoots(req.paths, req.workspace));
    rmSync(target, { recursive: true, force: true });
    for (const f of files) {
      const rel = root ? f.slice(root.length + 1) : f;
      const dest = path.join(target, rel);
      mkdirSync(path.dirname(dest), { recursive: true });
      cpSync(path.join(req.workspace, f), dest);
    }
    return { files: files.map((f) => (root ? f.slice(root.length + 1) : f)) };
  }

  /** Returns the folder the files went to. */
  download(req: { name?: string; pattern?: string; path: string; mergeMultiple: boolean }): {
    downloadPath: string;
    artifacts: string[];
  } {
    mkdirSync(req.path, { recursive: true });
    if (req.name) {
      const src = path.join(this.dir, req.name);
      if (!existsSync(src) || !statSync(src).isDirectory()) {
        throw new ArtifactError(
          `Artifact not found for name: ${req.name} (this run has: ${this.names().join(', ') || 'none'})`,
        );
      }
      cpSync(src, req.path, { recursive: true });
      return { downloadPath: req.path, artifacts: [req.name] };
    }
    const re = req.pattern ? globToRegExp(req.pattern) : undefined;
    const chosen = this.names().filter((n) => !re || re.test(n));
    for (const n of chosen) {
      cpSync(path.join(this.dir, n), req.mergeMultiple ? req.path : path.join(req.path, n), {
        recursive: true,
      });
    }
    return { downloadPath: req.path, artifacts: chosen };
  }
}

/**
 * Where each `path:` line starts searching, as @actions/glob computes it:
 * a folder itself, a file's folder, a glob's part before the first wildcard.
 */
function searchRoots(paths: string[], workspace: string): string[] {
  return paths
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('!'))
    .map((p) => {
      const rel = (path.isAbsolute(p) ? path.relative(workspace, p) : p)
        .replace(/^\.\//, '')
        .replace(/\/+$/, '');
      const segments = rel.split('/');
      const wild = segments.findIndex((s) => /[*?[]/.test(s));
      if (wild >= 0) return segments.slice(0, wild).join('/');
      const full = path.join(workspace, rel);
      return existsSync(full) && statSync(full).isDirectory()
        ? rel
        : segments.slice(0, -1).join('/');
    })
    .map((r) => (r === '.' ? '' : r));
}

/** The deepest folder holding every search root ('' when they share none). */
function commonAncestor(roots: string[]): string {
  const dirs = roots.map((f) => (f ? f.split('/') : []));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join('/');
}
