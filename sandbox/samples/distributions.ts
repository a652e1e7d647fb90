/**
 * Distributions for the index tests: real ones built by setuptools
 * (`/usr/bin/python3 -m build --no-isolation`) from a tiny generated project,
 * and hand-made ones (fflate / tar-stream) for the broken shapes a build
 * backend would never write.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import * as tar from 'tar-stream';

export const SYSTEM_PYTHON = '/usr/bin/python3';

export interface SampleProject {
  name?: string;
  version?: string;
  requiresPython?: string | null;
  description?: string;
  /** Extra source line, to make two builds of one version differ. */
  marker?: string;
}

/** Builds a wheel and an sdist with setuptools; returns the dist folder. */
export function buildSample(root: string, opts: SampleProject = {}): string {
  const name = opts.name ?? 'molecule_ai_workspace_runtime';
  const version = opts.version ?? '0.1.0';
  const proj = mkdtempSync(path.join(root, 'proj-'));
  const pkg = path.join(proj, 'src', 'molecule_runtime');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(
    path.join(pkg, '__init__.py'),
    `"""Sample runtime."""\nVALUE = 42\n${opts.marker ?? ''}\n`,
  );
  writeFileSync(
    path.join(proj, 'README.md'),
    opts.description ??
      '# Sample runtime\n\nA line with a | pipe and ünïcödé.\n\n    indented code\n',
  );
  const rp =
    opts.requiresPython === null ? '' : `requires-python = "${opts.requiresPython ?? '>=3.11'}"\n`;
  writeFileSync(
    path.join(proj, 'pyproject.toml'),
    `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "${name}"
version = "${version}"
description = "A sample runtime for the publish tests"
readme = "README.md"
${rp}license = {text = "BSL-1.1"}
authors = [{name = "Molecule AI", email = "dev@example.com"}]
keywords = ["agents", "runtime"]
classifiers = ["Programming Language :: Python :: 3", "Operating System :: OS Independent"]
dependencies = []

[project.optional-dependencies]
dev = ["pytest>=7"]

[project.urls]
Homepage = "https://example.com"
Source = "https://example.com/src"
`,
  );
  const r = spawnSync(
    SYSTEM_PYTHON,
    ['-m', 'build', '--no-isolation', '--outdir', path.join(proj, 'dist'), proj],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`python -m build failed:\n${r.stdout}\n${r.stderr}`);
  return path.join(proj, 'dist');
}

export function distFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.whl') || f.endsWith('.tar.gz'))
    .map((f) => path.join(dir, f));
}

export function metadataText(fields: [string, string][], body = ''): string {
  return fields.map(([k, v]) => `${k}: ${v}\n`).join('') + (body ? `\n${body}` : '');
}

/** A wheel by hand: METADATA plus one module. */
export function writeWheel(
  dir: string,
  filename: string,
  metadata: string,
  distInfo?: string,
): string {
  const m = /^([^-]+)-([^-]+)-/.exec(filename);
  const di = distInfo ?? `${m?.[1]}-${m?.[2]}.dist-info`;
  const zip = zipSync({
    'molecule_runtime/__init__.py': new TextEncoder().encode('VALUE = 42\n'),
    [`${di}/METADATA`]: new TextEncoder().encode(metadata),
    [`${di}/WHEEL`]: new TextEncoder().encode(
      'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    ),
  });
  const file = path.join(dir, filename);
  writeFileSync(file, zip);
  return file;
}

/** An sdist by hand: `<top>/PKG-INFO` plus a module. */
export async function writeSdist(
  dir: string,
  filename: string,
  pkgInfo: string,
  top?: string,
): Promise<string> {
  const folder = top ?? filename.replace(/\.tar\.gz$/, '');
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((r) => pack.on('end', () => r()));
  pack.entry({ name: `${folder}/PKG-INFO` }, pkgInfo);
  pack.entry({ name: `${folder}/src/molecule_runtime/__init__.py` }, 'VALUE = 42\n');
  pack.finalize();
  await ended;
  const file = path.join(dir, filename);
  writeFileSync(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** twine's own view of a file: PackageFile.metadata_dictionary(), None and empty values dropped. */
export function twineMetadata(file: string): Record<string, string | string[]> {
  const script = `
import json, sys
from twine.package import PackageFile
p = PackageFile.from_filename(sys.argv[1], None)
d = p.metadata_dictionary()
out = {}
for k, v in d.items():
    if v is None or v == () or v == []:
        continue
    out[k] = list(v) if isinstance(v, (list, tuple)) else v
print(json.dumps(out))
`;
  const r = spawnSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`twine metadata failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, string | string[]>;
}
