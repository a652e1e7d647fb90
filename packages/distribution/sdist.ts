/**
 * PEP 625 sdists: `{normalized}-{version}.tar.gz` holding one folder of the
 * same name with PKG-INFO, a pyproject.toml, the readme and the package tree.
 *
 * The pyproject.toml builds THE SAME wheel with setuptools (≥ 61, the first
 * with PEP 621 support; Debian ships 66 and it builds offline with
 * `python3 -m build --no-isolation`). flit_core would be simpler but is not
 * installed here, so it could not be tested. setuptools silently drops every
 * non-.py file unless told, so the packages and each package's data files
 * are listed explicitly: no discovery, no MANIFEST.in, no include-package-data.
 */
import { stringify as stringifyToml } from 'smol-toml';
import type { TarEntry } from './archive.js';
import { tarGzElsewhere } from './tar-gz-job.js';
import type { SelfWorker } from '../toolkit/worker.js';
import {
  byPath,
  checkArchivePath,
  sha256Hex,
  utf8,
  type BuiltArtifact,
  type PackageFile,
} from './files.js';
import { renderMetadata } from './metadata.js';
import { sdistBaseName, sdistFileName } from './names.js';
import type { Person, ProjectTable } from './project.js';
import type { DistributionInput } from './wheel.js';

export const SETUPTOOLS_REQUIREMENT = 'setuptools>=61';

/** Folders (POSIX) holding an `__init__.py`, as dotted package names. */
export function packagesOf(files: PackageFile[]): string[] {
  return files
    .filter((f) => f.path === '__init__.py' || f.path.endsWith('/__init__.py'))
    .map((f) => f.path.split('/').slice(0, -1).join('.'))
    .filter((p) => p !== '')
    .sort();
}

/** setuptools reads package-data entries as globs: escape the glob characters in real names. */
function globEscape(p: string): string {
  return p.replace(/[[*?]/g, (c) => `[${c}]`);
}

/**
 * Every file that is not a `.py` module of a package, keyed by its nearest
 * package (setuptools installs package data relative to the package folder,
 * subfolders included).
 */
export function packageDataOf(files: PackageFile[], packages: string[]): Record<string, string[]> {
  const dirs = new Set(packages.map((p) => p.replace(/\./g, '/')));
  // The nearest package folder: the file's folder, else its parent, and so on.
  const ownerOf = (dir: string): string | undefined => {
    for (let d = dir; d !== ''; d = d.slice(0, Math.max(0, d.lastIndexOf('/'))))
      if (dirs.has(d)) return d;
    return undefined;
  };
  const data: Record<string, string[]> = {};
  for (const f of [...files].sort(byPath)) {
    const dir = f.path.slice(0, Math.max(0, f.path.lastIndexOf('/')));
    const owner = ownerOf(dir);
    if (owner === undefined) {
      throw new Error(`${f.path} lies outside every package (${packages.join(', ')})`);
    }
    if (f.path.endsWith('.py') && dir === owner) continue; // a module of that package
    const pkg = owner.replace(/\//g, '.');
    (data[pkg] ??= []).push(globEscape(f.path.slice(owner.length + 1)));
  }
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function personTable(p: Person): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.name !== undefined) out.name = p.name;
  if (p.email !== undefined) out.email = p.email;
  return out;
}

/** The readme's name inside the sdist: its own name, unless that would overwrite one of ours. */
function readmeFileName(project: ProjectTable): string | undefined {
  const readme = project.readme;
  if (!readme?.fileName) return undefined;
  const reserved = new Set(['pyproject.toml', 'PKG-INFO', 'setup.py', 'setup.cfg']);
  if (reserved.has(readme.fileName))
    return `README${readme.contentType === 'text/x-rst' ? '.rst' : '.md'}`;
  return readme.fileName;
}

export function renderSdistPyproject(input: DistributionInput): string {
  const p = input.project;
  const project: Record<string, unknown> = { name: input.name, version: input.version };
  if (p.description !== undefined) project.description = p.description;
  const readmeName = readmeFileName(p);
  if (p.readme) {
    project.readme =
      readmeName !== undefined
        ? { file: readmeName, 'content-type': p.readme.contentType }
        : { text: p.readme.text, 'content-type': p.readme.contentType };
  }
  if (p.requiresPython !== undefined) project['requires-python'] = p.requiresPython;
  // setuptools < 77 takes only the table form; a PEP 639 expression is kept as text.
  if (p.license !== undefined) project.license = { text: p.license };
  if (p.authors.length > 0) project.authors = p.authors.map(personTable);
  if (p.maintainers.length > 0) project.maintainers = p.maintainers.map(personTable);
  if (p.keywords.length > 0) project.keywords = p.keywords;
  if (p.classifiers.length > 0) project.classifiers = p.classifiers;
  project.dependencies = p.dependencies;
  if (p.optionalDependencies.length > 0)
    project['optional-dependencies'] = Object.fromEntries(p.optionalDependencies);
  if (p.urls.length > 0) project.urls = Object.fromEntries(p.urls);
  if (p.scripts.length > 0) project.scripts = Object.fromEntries(p.scripts);
  if (p.guiScripts.length > 0) project['gui-scripts'] = Object.fromEntries(p.guiScripts);
  if (p.entryPoints.length > 0) {
    project['entry-points'] = Object.fromEntries(
      p.entryPoints.map(([g, e]) => [g, Object.fromEntries(e)]),
    );
  }
  const packages = packagesOf(input.files);
  const doc = {
    'build-system': {
      requires: [SETUPTOOLS_REQUIREMENT],
      'build-backend': 'setuptools.build_meta',
    },
    project,
    tool: {
      setuptools: {
        packages,
        'include-package-data': false,
        'license-files': [],
        'package-data': packageDataOf(input.files, packages),
      },
    },
  };
  return (
    '# Generated by runtime-actions build: builds the same wheel as the one published beside this sdist.\n' +
    `${stringifyToml(doc)}\n`
  );
}

export interface BuiltSdist extends BuiltArtifact {
  /** The folder name inside the archive (`{normalized}-{version}`). */
  baseName: string;
  /** The archive's contents, relative to baseName: what package-dir holds unpacked. */
  tree: PackageFile[];
}

/** What an sdist holds: its folder name and the files under it (what package-dir holds unpacked). */
export interface SdistTree {
  baseName: string;
  tree: PackageFile[];
}

/** The sdist's contents, without packing them: the package tree can be written while the archive is made. */
export function sdistTree(input: DistributionInput): SdistTree {
  const tree: PackageFile[] = [...input.files];
  for (const f of tree) checkArchivePath(f.path);
  const top = new Set(tree.map((f) => f.path.split('/')[0] as string));
  const extra: PackageFile[] = [
    { path: 'PKG-INFO', data: utf8(renderMetadata(input)) },
    { path: 'pyproject.toml', data: utf8(renderSdistPyproject(input)) },
  ];
  const readmeName = readmeFileName(input.project);
  if (readmeName !== undefined && input.project.readme) {
    extra.push({ path: readmeName, data: utf8(input.project.readme.text) });
  }
  for (const f of extra) {
    if (top.has(f.path))
      throw new Error(`package file ${f.path} collides with the sdist's own ${f.path}`);
    tree.push(f);
  }
  tree.sort(byPath);
  return { baseName: sdistBaseName(input.name, input.version), tree };
}

/**
 * `contents`: `sdistTree(input)` when the caller already has it. `worker`:
 * the build's worker thread, which then writes the tar and gzips it
 * (tar-gz-job.ts) while this thread goes on.
 */
export async function buildSdist(
  input: DistributionInput,
  contents: SdistTree = sdistTree(input),
  worker?: SelfWorker,
): Promise<BuiltSdist> {
  const { baseName: base, tree } = contents;
  const dirs = new Set<string>([base]);
  for (const f of tree) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${base}/${parts.slice(0, i).join('/')}`);
  }
  const entries: TarEntry[] = [
    ...[...dirs].map((d) => ({
      path: d,
      type: 'directory' as const,
      data: new Uint8Array(),
      mode: 0o755,
    })),
    ...tree.map((f) => ({
      path: `${base}/${f.path}`,
      type: 'file' as const,
      data: f.data,
      mode: f.executable ? 0o755 : 0o644,
    })),
  ].sort(byPath);
  const data = await tarGzElsewhere(worker, entries, input.sourceDateEpoch);
  return {
    fileName: sdistFileName(input.name, input.version),
    data,
    sha256: sha256Hex(data),
    baseName: base,
    tree,
  };
}
