/**
 * The rewriter's exact output for each form (the CPython oracle in
 * rewrite-oracle.test.ts proves these bind the same names; this file pins the
 * text and the Rewrite records the summary table shows).
 */
import { insertIntoBytes, rewriteAnalysed, rewriteImports } from '../../packages/python/rewrite.js';
import { analyseModule } from '../../packages/python/analyse.js';
import { decodePythonSource, encodePythonSource } from '../../packages/python/encoding.js';
import { ActionError } from '../../packages/toolkit/errors.js';

const modules = new Set([
  'config',
  'events',
  'heartbeat',
  'a2a_client',
  'adapters',
  'transcript_auth',
]);
const options = { modules, importName: 'molecule_runtime', file: 'm.py' };

async function rewrite(source: string): Promise<string> {
  return (await rewriteImports(source, options)).source;
}

describe('rewriteImports', () => {
  test.each([
    ['import config', 'import molecule_runtime.config as config'],
    ['import config as cfg', 'import molecule_runtime.config as cfg'],
    [
      'import config.sub',
      'import molecule_runtime.config.sub as config, molecule_runtime.config as config',
    ],
    ['import config.sub as s', 'import molecule_runtime.config.sub as s'],
    ['import os, config', 'import os, molecule_runtime.config as config'],
    ['import config, os', 'import molecule_runtime.config as config, os'],
    ['from config import x', 'from molecule_runtime.config import x'],
    ['from adapters.base import *', 'from molecule_runtime.adapters.base import *'],
    ['from config import x as y', 'from molecule_runtime.config import x as y'],
    ['from transcript_auth import sign', 'from molecule_runtime.transcript_auth import sign'],
    ['import json; import events', 'import json; import molecule_runtime.events as events'],
    ['if x: import heartbeat', 'if x: import molecule_runtime.heartbeat as heartbeat'],
    [
      'try: import config\nexcept ImportError: pass',
      'try: import molecule_runtime.config as config\nexcept ImportError: pass',
    ],
    [
      'from config import (\n    a,\n    b,\n)',
      'from molecule_runtime.config import (\n    a,\n    b,\n)',
    ],
    ['import os, \\\n    config', 'import os, \\\n    molecule_runtime.config as config'],
    ['from \\\n  config import x', 'from \\\n  molecule_runtime.config import x'],
    [
      'def f():\n    from events import E\n    return E',
      'def f():\n    from molecule_runtime.events import E\n    return E',
    ],
    ['class K:\n    import config', 'class K:\n    import molecule_runtime.config as config'],
    [
      'if TYPE_CHECKING:\n    from config import S',
      'if TYPE_CHECKING:\n    from molecule_runtime.config import S',
    ],
    ['x = "😀"; import config', 'x = "😀"; import molecule_runtime.config as config'],
    [
      'import config\r\nimport events\r\n',
      'import molecule_runtime.config as config\r\nimport molecule_runtime.events as events\r\n',
    ],
  ])('%j', async (before, after) => {
    expect(await rewrite(before)).toBe(after);
  });

  test.each([
    '"""\nimport config\nfrom events import x\n"""',
    "s = 'import config'",
    'f"{\'import config\'}"',
    '# import config',
    'from . import config',
    'from .config import x',
    'from ..events import y',
    'import a2a',
    'import configparser, a2a.client',
    'from a2a_client_extra import x',
    'import molecule_runtime.config',
    'from molecule_runtime.config import x',
    'from __future__ import annotations',
    'importlib.import_module("config")',
  ])('leaves %j alone', async (source) => {
    const { source: out, rewrites } = await rewriteImports(source, options);
    expect(out).toBe(source);
    expect(rewrites).toEqual([]);
  });

  test('keeps every line number and reports each rewritten statement on one line', async () => {
    const source = [
      '"""Doc.',
      'import config',
      '"""',
      'import os, \\',
      '    config.sub',
      'from events import (',
      '    Event,  # the type',
      '    queued,',
      ')',
      'def f():',
      '    import heartbeat; from a2a_client import discover_peer',
      '',
    ].join('\n');
    const { source: out, rewrites } = await rewriteImports(source, options);
    const a = source.split('\n');
    const b = out.split('\n');
    expect(b.length).toBe(a.length);
    for (const i of [0, 1, 2, 3, 6, 7, 8, 9]) expect(b[i]).toBe(a[i]);
    expect(rewrites).toEqual([
      {
        line: 4,
        column: 0,
        before: 'import os, config.sub',
        after:
          'import os, molecule_runtime.config.sub as config, molecule_runtime.config as config',
      },
      {
        line: 6,
        column: 0,
        before: 'from events import ( Event, queued, )',
        after: 'from molecule_runtime.events import ( Event, queued, )',
      },
      {
        line: 11,
        column: 4,
        before: 'import heartbeat',
        after: 'import molecule_runtime.heartbeat as heartbeat',
      },
      {
        line: 11,
        column: 22,
        before: 'from a2a_client import discover_peer',
        after: 'from molecule_runtime.a2a_client import discover_peer',
      },
    ]);
  });

  test('a dotted import name works too', async () => {
    const { source } = await rewriteImports('import config.sub\nfrom config import x\n', {
      ...options,
      importName: 'molecule.runtime',
    });
    expect(source).toBe(
      'import molecule.runtime.config.sub as config, molecule.runtime.config as config\nfrom molecule.runtime.config import x\n',
    );
  });

  test('refuses an import name that is a runtime module, or not an identifier', async () => {
    await expect(
      rewriteImports('import config', { ...options, importName: 'config' }),
    ).rejects.toThrow(expect.objectContaining({ title: 'Import name clashes with a module' }));
    await expect(
      rewriteImports('import config', { ...options, importName: 'molecule-runtime' }),
    ).rejects.toThrow(expect.objectContaining({ title: 'Invalid import name' }));
  });

  test('syntax errors carry the file and line', async () => {
    const error = await rewriteImports('import config\nfrom events import (a,\n', {
      ...options,
      file: 'main.py',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).place).toMatchObject({ file: 'main.py' });
    expect((error as ActionError).place.line).toBeGreaterThanOrEqual(2);
  });
});

describe('rewriteAnalysed', () => {
  it('gives the same text and insertions whatever order the analysis lists the imports in', async () => {
    const source = 'import config\nfrom events import e\ndef f():\n    import heartbeat.x\n';
    const analysis = await analyseModule(source, 'm.py');
    const inOrder = rewriteAnalysed(source, analysis, options);
    const reversed = rewriteAnalysed(
      source,
      { ...analysis, imports: [...analysis.imports].reverse() },
      options,
    );
    expect(reversed.source).toBe(inOrder.source);
    expect(reversed.insertions).toEqual(inOrder.insertions);
    expect(inOrder.source).toBe(
      'import molecule_runtime.config as config\nfrom molecule_runtime.events import e\ndef f():\n    import molecule_runtime.heartbeat.x as heartbeat, molecule_runtime.heartbeat as heartbeat\n',
    );
  });
});

describe('insertIntoBytes', () => {
  // The build writes a rewritten file from its original bytes when it can
  // (insertIntoBytes) and encodes the rewritten text otherwise: the same bytes.
  const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
  test.each([
    ['ASCII, LF', Buffer.from('import config\nfrom events import x  # café? no: ASCII\n')],
    ['ASCII, CRLF', Buffer.from('import config.sub\r\nimport os, heartbeat\r\n')],
    ['latin-1 declared', latin1('# -*- coding: latin-1 -*-\ns = "caf\u00e9"\nimport config\n')],
    [
      'cp1252 declared',
      Uint8Array.from([
        ...Buffer.from('# coding: cp1252\nx = "'),
        0x80,
        ...Buffer.from('"\nimport events\n'),
      ]),
    ],
    ['UTF-8, not ASCII', Buffer.from('x = "café"\nimport config\n')],
    ['UTF-8 with a BOM', Buffer.from('\ufeffimport config\n')],
    ['a non-ASCII name', Buffer.from('import config.é\n')],
  ])(
    '%s: the bytes of the encoded rewritten text, or undefined where it cannot know them',
    async (_, bytes) => {
      const decoded = decodePythonSource(bytes, 'm.py');
      const result = await rewriteImports(decoded.text, options);
      expect(result.rewrites.length).toBeGreaterThan(0);
      const encoded = encodePythonSource({ ...decoded, text: result.source });
      const spliced = insertIntoBytes(bytes, decoded.text.length, result.insertions);
      const oneBytePerCharacter = decoded.text.length === bytes.length;
      const asciiInsertions = result.insertions.every((i) =>
        [...i.text].every((c) => c.charCodeAt(0) < 0x80),
      );
      if (oneBytePerCharacter && asciiInsertions)
        expect(Buffer.from(spliced!).equals(Buffer.from(encoded))).toBe(true);
      else expect(spliced).toBeUndefined();
    },
  );

  test('splices at the offsets given, nothing else', () => {
    const out = insertIntoBytes(Buffer.from('abcdef'), 6, [
      { at: 0, text: '<' },
      { at: 3, text: '|' },
      { at: 6, text: '>' },
    ]);
    expect(Buffer.from(out!).toString()).toBe('<abc|def>');
  });

  test('writes into what the allocator gives, and refuses an insertion that is not ASCII', () => {
    const slab = new Uint8Array(32);
    const out = insertIntoBytes(Buffer.from('abcdef'), 6, [{ at: 3, text: 'xy' }], (n) =>
      slab.subarray(4, 4 + n),
    );
    expect(out?.buffer).toBe(slab.buffer);
    expect(Buffer.from(out!).toString()).toBe('abcxydef');
    expect(insertIntoBytes(Buffer.from('abcdef'), 6, [{ at: 3, text: 'é' }])).toBeUndefined();
    expect(insertIntoBytes(Buffer.from('abcdef'), 6, [{ at: 3, text: 'xy' }])!.length).toBe(8);
  });
});
