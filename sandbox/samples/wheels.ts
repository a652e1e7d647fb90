/**
 * Builds small, correct wheels for the smoke-import tests: METADATA (2.1, so
 * Debian's twine 4.0.2 accepts it), WHEEL, entry_points.txt, top_level.txt and
 * a RECORD with sha256 digests, zipped with fflate. pip installs them (the
 * install tests prove it), so a failure is the planted fault, not the fixture.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';

export interface WheelSpec {
  name?: string;
  version?: string;
  requiresPython?: string;
  requiresDist?: string[];
  /** Installed path → source. */
  files: Record<string, string>;
  consoleScripts?: Record<string, string>;
  topLevel?: string[];
}

function recordHash(data: Uint8Array): string {
  return `sha256=${createHash('sha256').update(data).digest('base64url')}`;
}

export function wheelFilename(spec: WheelSpec): string {
  const name = (spec.name ?? 'molecule-ai-workspace-runtime').replace(/[-_.]+/g, '_').toLowerCase();
  return `${name}-${spec.version ?? '1.0.0'}-py3-none-any.whl`;
}

export function buildWheel(spec: WheelSpec): Uint8Array {
  const name = spec.name ?? 'molecule-ai-workspace-runtime';
  const version = spec.version ?? '1.0.0';
  const distInfo = `${name.replace(/[-_.]+/g, '_').toLowerCase()}-${version}.dist-info`;
  const meta = [
    'Metadata-Version: 2.1',
    `Name: ${name}`,
    `Version: ${version}`,
    'Summary: smoke-import test wheel',
    ...(spec.requiresPython ? [`Requires-Python: ${spec.requiresPython}`] : []),
    ...(spec.requiresDist ?? []).map((d) => `Requires-Dist: ${d}`),
    'Description-Content-Type: text/markdown',
    '',
    `# ${name}`,
    '',
    'A wheel built by the smoke-import tests.',
    '',
  ].join('\n');
  const entries: [string, Uint8Array][] = Object.entries(spec.files).map(([p, s]) => [
    p,
    strToU8(s),
  ]);
  entries.push([`${distInfo}/METADATA`, strToU8(meta)]);
  entries.push([
    `${distInfo}/WHEEL`,
    strToU8(
      'Wheel-Version: 1.0\nGenerator: runtime-actions-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n',
    ),
  ]);
  if (spec.consoleScripts && Object.keys(spec.consoleScripts).length) {
    const lines = Object.entries(spec.consoleScripts).map(([n, t]) => `${n} = ${t}`);
    entries.push([
      `${distInfo}/entry_points.txt`,
      strToU8(`[console_scripts]\n${lines.join('\n')}\n`),
    ]);
  }
  const tops = spec.topLevel ?? [
    ...new Set(Object.keys(spec.files).map((p) => p.split('/')[0]!.replace(/\.py$/, ''))),
  ];
  entries.push([`${distInfo}/top_level.txt`, strToU8(`${tops.join('\n')}\n`)]);
  const record = entries.map(([p, d]) => `${p},${recordHash(d)},${d.length}`);
  record.push(`${distInfo}/RECORD,,`);
  entries.push([`${distInfo}/RECORD`, strToU8(`${record.join('\n')}\n`)]);
  // A fixed mtime keeps the fixture bytes identical from run to run.
  const zip: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [p, d] of entries) zip[p] = [d, { mtime: new Date('2020-01-01T00:00:00Z') }];
  return zipSync(zip, { level: 6 });
}

/** Writes the wheel into `dir` under its proper filename; returns the path. */
export function writeWheel(dir: string, spec: WheelSpec): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, wheelFilename(spec));
  writeFileSync(file, buildWheel(spec));
  return file;
}

/**
 * A small package in the shape of the real runtime: flat modules, a
 * subpackage, a console script, imports that read placeholders at import
 * time, and a lazy (function-level) import.
 */
export function healthyRuntime(): Record<string, string> {
  return {
    'molecule_runtime/__init__.py': '"""Molecule workspace runtime."""\n',
    'molecule_runtime/config.py': [
      'import os',
      '',
      '# Read at import time, as the real config does: needs the env placeholders.',
      'WORKSPACE_ID = os.environ["WORKSPACE_ID"]',
      'PLATFORM_URL = os.environ.get("PLATFORM_URL", "http://localhost:8080")',
      '',
      '',
      'def load():',
      '    return {"workspace": WORKSPACE_ID, "platform": PLATFORM_URL}',
      '',
    ].join('\n'),
    'molecule_runtime/a2a_client.py': [
      'from molecule_runtime import config',
      '',
      '',
      'class A2AClient:',
      '    def __init__(self):',
      '        self.url = config.PLATFORM_URL',
      '',
    ].join('\n'),
    'molecule_runtime/a2a_tools.py': [
      '"""Tools over the A2A client."""',
      'import json',
      'from molecule_runtime.a2a_client import A2AClient',
      '',
      '',
      'def describe():',
      '    return json.dumps({"client": A2AClient.__name__})',
      '',
    ].join('\n'),
    'molecule_runtime/heartbeat.py': [
      'import time',
      '',
      '',
      'def beat():',
      '    return time.time()',
      '',
    ].join('\n'),
    'molecule_runtime/main.py': [
      'import sys',
      '',
      'from molecule_runtime import config',
      '',
      '',
      'def shutdown():',
      '    # Lazy: only runs when the workspace stops.',
      '    from molecule_runtime.heartbeat import beat',
      '',
      '    return beat()',
      '',
      '',
      'async def main():',
      '    return config.load()',
      '',
      '',
      'def main_sync():',
      '    print(config.load())',
      '    return 0',
      '',
      '',
      'if __name__ == "__main__":',
      '    sys.exit(main_sync())',
      '',
    ].join('\n'),
    'molecule_runtime/adapters/__init__.py': [
      'from .base import AdapterConfig, BaseAdapter',
      '',
      '__all__ = ["AdapterConfig", "BaseAdapter", "get_adapter"]',
      '',
      '',
      'def get_adapter(name):',
      '    from . import default',
      '',
      '    return default.DefaultAdapter(AdapterConfig(name))',
      '',
    ].join('\n'),
    'molecule_runtime/adapters/base.py': [
      'class AdapterConfig:',
      '    def __init__(self, name):',
      '        self.name = name',
      '',
      '',
      'class BaseAdapter:',
      '    pass',
      '',
    ].join('\n'),
    'molecule_runtime/adapters/default.py': [
      'from molecule_runtime.adapters.base import BaseAdapter',
      '',
      '',
      'class DefaultAdapter(BaseAdapter):',
      '    def __init__(self, cfg):',
      '        self.cfg = cfg',
      '',
    ].join('\n'),
  };
}

export const RUNTIME_SCRIPTS = { 'molecule-runtime': 'molecule_runtime.main:main_sync' };
export const PLACEHOLDERS =
  'WORKSPACE_ID=00000000-0000-0000-0000-000000000000\nPLATFORM_URL=http://localhost:8080';
