/**
 * Real Python clients for the distribution tests: twine, pip, build,
 * zipfile, wheel and pkginfo, none of which this suite wrote. Installs go
 * into throwaway venvs with --no-index, so nothing leaves the machine.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Debian's interpreter: has twine 4.0.2, build, setuptools 66, wheel, pkginfo. */
export const debianPython = '/usr/bin/python3';
/** pyenv's CPython 3.11.7 on PATH: has pip 23.2. */
export const pipPython = 'python3';

export function run(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, PIP_NO_INDEX: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', ...options.env },
    timeout: 120_000,
  });
  if (r.error) throw r.error;
  return r;
}

export function mustRun(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  const r = run(cmd, args, options);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

export function twineCheck(files: string[]): SpawnSyncReturns<string> {
  return run('/usr/bin/twine', ['check', '--strict', ...files]);
}

/** A venv without pip (fast), filled by the outer pip through --python. */
export function installWheel(wheel: string, venv: string): void {
  mustRun(pipPython, ['-m', 'venv', '--without-pip', venv]);
  mustRun(pipPython, [
    '-m',
    'pip',
    '--python',
    path.join(venv, 'bin', 'python'),
    'install',
    '--no-deps',
    '--no-index',
    '--quiet',
    wheel,
  ]);
}

/** Builds a wheel from an unpacked sdist with its own declared backend (setuptools here), offline. */
export function wheelFromSdist(sdistDir: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  mustRun(debianPython, ['-m', 'build', '--no-isolation', '--wheel', '--outdir', outDir, sdistDir]);
  const wheels = readdirSync(outDir).filter((f) => f.endsWith('.whl'));
  if (wheels.length !== 1)
    throw new Error(`expected one wheel in ${outDir}, got ${wheels.join(', ')}`);
  return path.join(outDir, wheels[0] as string);
}

export interface InstalledFile {
  sha256: string;
  mode: number;
}

/**
 * Everything a venv's install put into site-packages and bin/, with content
 * digests and modes, relative to the venv; `.dist-info` files are returned
 * separately (installers and backends legitimately differ there).
 */
export function installedTree(venv: string): {
  files: Map<string, InstalledFile>;
  distInfo: Map<string, string>;
} {
  const files = new Map<string, InstalledFile>();
  const distInfo = new Map<string, string>();
  const site = path.join(venv, 'lib');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) {
        if (name !== '__pycache__') walk(full);
        continue;
      }
      const rel = path.relative(venv, full);
      if (/\.dist-info\//.test(rel))
        distInfo.set(rel.replace(/^.*\.dist-info\//, ''), readFileSync(full, 'utf8'));
      else
        files.set(rel, {
          sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
          mode: st.mode & 0o777,
        });
    }
  };
  walk(site);
  for (const name of readdirSync(path.join(venv, 'bin'))) {
    if (/^(python|activate|Activate)/.test(name)) continue;
    const full = path.join(venv, 'bin', name);
    // Console scripts name their interpreter: compare them with the venv's own path taken out.
    const text = readFileSync(full, 'utf8').split(venv).join('<venv>');
    files.set(`bin/${name}`, {
      sha256: createHash('sha256').update(text).digest('hex'),
      mode: statSync(full).mode & 0o777,
    });
  }
  return { files, distInfo };
}

/**
 * What importlib.metadata (the reader every installed tool uses) sees of a
 * distribution inside a venv: fields, requirements normalised by
 * `packaging`, entry points. Comparing these is comparing what pip and the
 * interpreter will act on, independent of how a backend spells METADATA.
 */
export function installedMetadata(venv: string, dist: string): Record<string, unknown> {
  const script = `
import json, sys
from importlib import metadata
sys.path.insert(0, ${JSON.stringify('/usr/lib/python3/dist-packages')})
from packaging.requirements import Requirement
d = metadata.distribution(sys.argv[1])
m = d.metadata
fields = {}
for k in ['Metadata-Version', 'Name', 'Version', 'Summary', 'Requires-Python', 'License', 'Description-Content-Type',
          'Author', 'Author-email', 'Maintainer', 'Maintainer-email', 'Keywords']:
    fields[k] = m.get(k)
fields['Classifier'] = sorted(m.get_all('Classifier') or [])
fields['Project-URL'] = sorted(m.get_all('Project-URL') or [])
fields['Provides-Extra'] = sorted(m.get_all('Provides-Extra') or [])
fields['Requires-Dist'] = sorted(str(Requirement(r)) for r in (d.requires or []))
fields['Description'] = m.get_payload()
fields['entry_points'] = sorted([e.group, e.name, e.value] for e in d.entry_points)
print(json.dumps(fields))
`;
  return JSON.parse(mustRun(path.join(venv, 'bin', 'python'), ['-c', script, dist])) as Record<
    string,
    unknown
  >;
}
