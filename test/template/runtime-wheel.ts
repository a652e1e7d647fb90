/**
 * A runtime wheel as build writes it, for the template-check tests (bundle and
 * in-process): the package, its module manifest (or not), a verifiable RECORD.
 */
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

export const PACKAGE = 'molecule-ai-workspace-runtime';

export function runtimeWheel(
  version: string,
  options: { requiresPython?: string; manifest?: boolean } = {},
) {
  const info = `molecule_ai_workspace_runtime-${version}.dist-info`;
  const files: Record<string, Uint8Array> = {
    'molecule_runtime/__init__.py': strToU8('"""Molecule AI workspace runtime."""\n'),
    'molecule_runtime/config.py': strToU8('SETTINGS = None\n'),
    'molecule_runtime/plugins.py': strToU8('def load_plugins():\n    return []\n'),
    'molecule_runtime/a2a_client.py': strToU8('def discover_peer(name):\n    return name\n'),
    'molecule_runtime/plugins_registry/__init__.py': strToU8(
      'def register(name, cls):\n    pass\n',
    ),
    'molecule_runtime/adapters/__init__.py': strToU8('class BaseAdapter:\n    pass\n'),
    'molecule_runtime/builtin_tools/memory.py': strToU8('def recall(k):\n    pass\n'),
  };
  if (options.manifest !== false) {
    files['molecule_runtime/_runtime_modules.json'] = strToU8(
      JSON.stringify({
        top_level_modules: ['a2a_client', 'config', 'plugins'],
        subpackages: ['adapters', 'builtin_tools', 'plugins_registry'],
      }),
    );
  }
  files[`${info}/METADATA`] = strToU8(
    `Metadata-Version: 2.1\nName: ${PACKAGE}\nVersion: ${version}\nSummary: runtime\n` +
      `Requires-Python: ${options.requiresPython ?? '>=3.11'}\n\n`,
  );
  files[`${info}/WHEEL`] = strToU8(
    'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n',
  );
  const record = Object.entries(files).map(([name, data]) => {
    const digest = createHash('sha256').update(data).digest('base64url');
    return `${name},sha256=${digest},${data.length}`;
  });
  files[`${info}/RECORD`] = strToU8(`${[...record, `${info}/RECORD,,`].join('\n')}\n`);
  return {
    filename: `molecule_ai_workspace_runtime-${version}-py3-none-any.whl`,
    content: zipSync(files),
  };
}
