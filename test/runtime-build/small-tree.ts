/**
 * A small source tree for the build's in-process tests (run() and the CLI):
 * two rewritten imports, a subpackage and one warning (a string import).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SMALL_TREE: Record<string, string> = {
  'main.py': 'import config\nfrom tools import search\n\n\ndef main():\n    return config.NAME\n',
  'config.py': 'NAME = "x"\n',
  'tools/__init__.py': '',
  'tools/search.py':
    'import importlib\n\n\ndef load():\n    return importlib.import_module("config")\n',
};

/** The warning the string import in tools/search.py gets. */
export const STRING_IMPORT_WARNING =
  '`importlib.import_module("config")` names the runtime module `config`, but the build rewrites import statements, not strings: in the package there is no top-level `config`, so this fails at run time. Write "demo_runtime.config" instead (or build the name from __package__).';

const roots: string[] = [];

/** A fresh workspace holding `files` under src/ (removed by removeWorkspaces). */
export function workspaceWith(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'build-small-'));
  roots.push(ws);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, 'src', name)), { recursive: true });
    writeFileSync(path.join(ws, 'src', name), text);
  }
  return ws;
}

export function removeWorkspaces(): void {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
}
