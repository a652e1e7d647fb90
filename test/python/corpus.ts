/**
 * A generated flat-monorepo layout exercising every import form the rewriter
 * must handle, for the CPython oracle (test/python/rewrite-oracle.test.ts) and
 * the benchmark. Runtime modules define distinctive objects; each generated
 * module places one import form, for one target, at module level, in a function
 * (returning `locals()`) and in a class body.
 */

/** A module and a name it defines. */
interface Target {
  module: string;
  name: string;
}

/** Runtime targets: a package with submodules, flat modules, a subpackage with an __init__ that imports. */
export const RUNTIME_TARGETS: Target[] = [
  { module: 'config', name: 'SETTINGS' },
  { module: 'config.sub', name: 'SUB' },
  { module: 'config.deep.leaf', name: 'LEAF' },
  { module: 'events', name: 'Event' },
  { module: 'heartbeat', name: 'Heartbeat' },
  { module: 'a2a_client', name: 'discover_peer' },
  { module: 'adapters', name: 'get_adapter' },
  { module: 'adapters.base', name: 'BaseAdapter' },
];

/** Third-party and stdlib names that share a prefix with runtime modules: must stay untouched. */
export const THIRD_PARTY_TARGETS: Target[] = [
  { module: 'a2a', name: 'a2a_thing' },
  { module: 'configparser', name: 'ConfigParser' },
  { module: 'os.path', name: 'join' },
  { module: 'eventsource', name: 'STREAM' },
];

/** One import form: `m` is the dotted module, `n` a name in it, `a` an alias. */
interface Form {
  id: string;
  /** Star imports and `__future__`-like forms are legal at module level only. */
  moduleLevelOnly?: boolean;
  code: (m: string, n: string, a: string) => string;
}

export const FORMS: Form[] = [
  { id: 'import', code: (m) => `import ${m}` },
  { id: 'import_as', code: (m, _n, a) => `import ${m} as ${a}` },
  { id: 'import_first_of_two', code: (m) => `import ${m}, json` },
  { id: 'import_second_of_two', code: (m) => `import os, ${m}` },
  { id: 'import_mixed', code: (m, _n, a) => `import os, ${m} as ${a}, json as _j, ${m}` },
  { id: 'from', code: (m, n) => `from ${m} import ${n}` },
  { id: 'from_as', code: (m, n, a) => `from ${m} import ${n} as ${a}` },
  { id: 'from_parens', code: (m, n) => `from ${m} import (\n    ${n},\n)` },
  {
    id: 'from_parens_comments',
    code: (m, n, a) => `from ${m} import (  # why\n    ${n} as ${a},  # a comment\n    ${n}\n)`,
  },
  { id: 'from_star', moduleLevelOnly: true, code: (m) => `from ${m} import *` },
  { id: 'after_semicolon', code: (m) => `import json; import ${m}` },
  { id: 'between_semicolons', code: (m, n) => `_x = 1; from ${m} import ${n}; _y = 2` },
  { id: 'semicolon_end', code: (m) => `import ${m};` },
  { id: 'if_inline', code: (m) => `if True: import ${m}` },
  { id: 'else_inline', code: (m, n) => `if False: pass\nelse: from ${m} import ${n}` },
  { id: 'try_inline', code: (m) => `try: import ${m}\nexcept ImportError: raise` },
  { id: 'for_inline', code: (m, n, a) => `for _i in [0]: from ${m} import ${n} as ${a}` },
  { id: 'while_block', code: (m) => `while True:\n    import ${m}\n    break` },
  { id: 'with_block', code: (m, _n, a) => `with open(__file__) as _fh:\n    import ${m} as ${a}` },
  { id: 'match_block', code: (m) => `match 1:\n    case 1:\n        import ${m}` },
  { id: 'continuation_import', code: (m) => `import \\\n    ${m}` },
  { id: 'continuation_list', code: (m, _n, a) => `import os, \\\n    ${m} as ${a}, \\\n    ${m}` },
  { id: 'continuation_from', code: (m, n) => `from \\\n  ${m} \\\n  import \\\n  ${n}` },
  { id: 'spacing', code: (m, n, a) => `import  ${m}  as  ${a}\nfrom\t${m}\timport\t${n}` },
  {
    id: 'type_checking',
    code: (m, n) =>
      `import typing\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING: import ${m}\nif typing.TYPE_CHECKING:\n    from ${m} import ${n}\nelse:\n    import ${m}`,
  },
  {
    id: 'strings_and_comments',
    code: (m, n) =>
      `"""\nimport ${m}\nfrom ${m} import ${n}\n"""\n# import ${m}\n_s1 = "import ${m}"\n_s2 = f"{'from ${m} import ${n}'}"\n_s3 = '''\nimport ${m}\n'''\n_s4 = r"""from ${m} import ${n}"""`,
  },
];

/** Runtime sources: distinctive objects to import. */
const RUNTIME_FILES: Record<string, string> = {
  'config/__init__.py': `"""Runtime configuration (a package, so \`import config.sub\` means something)."""


class Settings:
    """Settings."""


SETTINGS = Settings()
VALUE = "config.VALUE"


def load():
    return SETTINGS


__all__ = ["Settings", "SETTINGS", "VALUE", "load"]

# A package importing its own submodules by absolute name while it is still initialising.
import config.sub
import config.deep.leaf as _leaf
`,
  'config/sub.py': `SUB = "config.sub.SUB"


def helper():
    return SUB
`,
  'config/deep/__init__.py': `"""A nested package."""\n`,
  'config/deep/leaf.py': `from .. import sub
from ..sub import helper

LEAF = ("config.deep.leaf", sub.SUB, helper())
`,
  'events.py': `"""Events."""
PROTOCOL = 2


class Event:
    pass


def queued():
    return Event()
`,
  'heartbeat.py': `import events


class Heartbeat(events.Event):
    pass
`,
  'a2a_client.py': `def discover_peer():
    return "peer"
`,
  'adapters/__init__.py': `"""Adapters (its __init__ imports its own submodule absolutely, as the monorepo does)."""
from adapters.base import BaseAdapter

__all__ = ["BaseAdapter", "get_adapter"]


def get_adapter():
    from adapters.default import DefaultAdapter
    return DefaultAdapter
`,
  'adapters/base.py': `class BaseAdapter:
    pass
`,
  'adapters/default.py': `from .base import BaseAdapter
from . import base
from adapters.base import BaseAdapter as Base2
import adapters.base


class DefaultAdapter(BaseAdapter):
    pass
`,
};

/** Hand-written modules for what the generated forms do not cover. */
function specialModules(): Record<string, string | Uint8Array> {
  const latin1 = Uint8Array.from(
    Buffer.from(
      '# -*- coding: latin-1 -*-\n"""Caf\xe9 module."""\nimport config\nS = "na\xefve"; from events import Event\n',
      'latin1',
    ),
  );
  const bom = Uint8Array.from([
    0xef,
    0xbb,
    0xbf,
    ...Buffer.from('"""With a BOM."""\nimport config.sub\nfrom events import queued\n', 'utf8'),
  ]);
  return {
    'm_unicode.py':
      '"""Non-ASCII before imports on the same line (UTF-16 offsets)."""\n' +
      'é = "😀"; import config\n' +
      'π = "日本語"; from events import Event as Ev; import heartbeat as hb\n' +
      'def t_u():\n    ŝ = "𝒳"; import config.sub; from a2a_client import discover_peer\n    return locals()\n',
    'm_crlf.py':
      '"""CRLF line endings."""\r\nimport config\r\nimport os, \\\r\n    events\r\nfrom config import (\r\n    SETTINGS,\r\n    load)\r\ndef t_crlf():\r\n    import config.sub\r\n    return locals()\r\n',
    'm_tabs.py':
      'if True:\n\timport config\n\tif True:\n\t\tfrom events import Event\ndef t_tabs():\n\timport heartbeat\n\treturn locals()\n',
    'm_latin1.py': latin1,
    'm_bom.py': bom,
    'm_lazy.py': `"""Lazy imports in functions, methods, nested functions and coroutines."""
import inspect


def t_from():
    from config import load
    from events import Event, queued as q
    return locals()


def t_import():
    import config
    import config.sub
    import os, heartbeat
    return locals()


def t_nested():
    def inner():
        import events
        from config.deep import leaf
        return locals()

    return inner()


class K:
    import config
    from events import Event
    import config.sub as s

    def m(self):
        import heartbeat
        return heartbeat


def t_method():
    return {"hb": K().m()}


async def _co():
    import heartbeat as hb
    return hb


def t_async():
    import asyncio
    return {"hb": asyncio.run(_co())}


def t_line():
    import config.deep.leaf
    return {"line": inspect.currentframe().f_lineno}


def t_cross():
    from m_from import SETTINGS
    import m_import
    return locals()
`,
    'm_submodule_from.py': `from config import sub
from config.deep import leaf
from adapters import base, BaseAdapter
import config.sub, config.deep.leaf
import adapters.default as d
`,
    'm_main.py': `"""Shaped like main.py: an entry point and a __main__ guard."""
import asyncio
import json, heartbeat
import sys

import config as cfg
from adapters import get_adapter


async def main():
    from a2a_client import discover_peer
    return discover_peer()


def main_sync():
    return asyncio.run(main())


if __name__ == "__main__":
    main_sync()
`,
  };
}

export interface Corpus {
  /** Runtime sources (the monorepo's workspace/), path → content. */
  workspace: Map<string, string | Uint8Array>;
  /** Third-party look-alikes, on sys.path in both layouts. */
  site: Map<string, string>;
  /** Top-level runtime names. */
  modules: Set<string>;
  /** Every dotted runtime module, for the oracle to load. */
  dotted: string[];
}

function indent(code: string, by: string): string {
  return code
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

const ident = (m: string): string => m.replace(/\./g, '_');

export function generateCorpus(): Corpus {
  const workspace = new Map<string, string | Uint8Array>(Object.entries(RUNTIME_FILES));
  for (const [path, content] of Object.entries(specialModules())) workspace.set(path, content);
  for (const form of FORMS) {
    for (const target of [...RUNTIME_TARGETS, ...THIRD_PARTY_TARGETS]) {
      const alias = `al_${ident(target.module)}`;
      const code = form.code(target.module, target.name, alias);
      let text = `${code}\n`;
      if (!form.moduleLevelOnly) {
        text += `\n\ndef t_fn():\n${indent(code, '    ')}\n    return locals()\n`;
        text += `\n\nclass InClass:\n${indent(code, '    ')}\n`;
      }
      workspace.set(`m_${form.id}__${ident(target.module)}.py`, text);
    }
  }
  // Names t_cross imports: modules that exist under short names.
  workspace.set('m_from.py', 'from config import SETTINGS\n');
  workspace.set('m_import.py', 'import config\n');
  const site = new Map<string, string>([
    ['a2a/__init__.py', 'def a2a_thing():\n    return "third party"\n'],
    ['eventsource.py', 'STREAM = "eventsource.STREAM"\n'],
  ]);
  const modules = new Set<string>();
  const dotted: string[] = [];
  for (const path of workspace.keys()) {
    const parts = path.replace(/\.py$/, '').split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    modules.add(parts[0]!);
    dotted.push(parts.join('.'));
  }
  return { workspace, site, modules, dotted: dotted.sort() };
}
