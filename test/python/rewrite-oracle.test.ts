/**
 * Real CPython is the oracle for the rewriter. A generated flat-monorepo layout
 * covering every import form is rewritten into `out/molecule_runtime/`, then
 * python3 loads each module both ways (sys.path=[ws] importing `m`;
 * sys.path=[out] importing `molecule_runtime.m`), in one process per side, and
 * describes every name each module binds (globals, class bodies, and the
 * locals of every `t_*` function). The descriptions must be equal. The same
 * harness run on today's regex rewriter must find its known breakages, which
 * shows the oracle can fail.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';
import { generateCorpus, FORMS, RUNTIME_TARGETS, THIRD_PARTY_TARGETS } from './corpus.js';
import {
  describeLayout,
  fixtures,
  pyCompile,
  python,
  rewriteTree,
  writeTree,
  type OracleReport,
} from './oracle.js';

const IMPORT_NAME = 'molecule_runtime';

/** Modules whose descriptions differ between the two layouts, with both sides. */
function differences(ws: OracleReport, out: OracleReport, modules: string[]): string[] {
  const found: string[] = [];
  for (const m of modules) {
    const a = JSON.stringify(ws[m]);
    const b = JSON.stringify(out[m]);
    if (a !== b) found.push(`${m}\n  monorepo: ${a.slice(0, 400)}\n  package:  ${b.slice(0, 400)}`);
  }
  return found;
}

function errorsIn(report: OracleReport, modules: string[]): string[] {
  return modules.filter((m) => JSON.stringify(report[m]).includes('"error"'));
}

async function listPy(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listPy(root, child)));
    else if (e.name.endsWith('.py')) out.push(child);
  }
  return out.sort();
}

describe('rewrite oracle: generated corpus', () => {
  const corpus = generateCorpus();
  let dir: string;
  let ws: string;
  let site: string;
  let out: string;
  let rewrites: Map<string, import('../../packages/python/rewrite.js').Rewrite[]>;
  let files: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rewrite-oracle-'));
    ws = path.join(dir, 'ws');
    site = path.join(dir, 'site');
    out = path.join(dir, 'out');
    await writeTree(ws, corpus.workspace);
    await writeTree(site, corpus.site);
    files = [...corpus.workspace.keys()].sort();
    rewrites = await rewriteTree(ws, out, files, corpus.modules, IMPORT_NAME);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('the corpus covers every form for every target; only real imports of runtime modules are rewritten', async () => {
    expect(corpus.dotted.length).toBeGreaterThan(FORMS.length * RUNTIME_TARGETS.length);
    for (const form of FORMS) {
      for (const t of [...RUNTIME_TARGETS, ...THIRD_PARTY_TARGETS]) {
        const rel = `m_${form.id}__${t.module.replace(/\./g, '_')}.py`;
        const touched = (rewrites.get(rel) ?? []).length > 0;
        const expected = form.id !== 'strings_and_comments' && RUNTIME_TARGETS.includes(t);
        expect([rel, touched]).toEqual([rel, expected]);
        if (!touched) {
          // Untouched files are byte-identical.
          expect(await readFile(path.join(out, IMPORT_NAME, rel))).toEqual(
            await readFile(path.join(ws, rel)),
          );
        }
      }
    }
  });

  test('every rewritten file compiles (python3 -m py_compile)', async () => {
    const targets = files.map((f) => path.join(out, IMPORT_NAME, f));
    expect(await pyCompile(targets)).toBe('');
  });

  test('every line keeps its number; only lines holding a rewritten statement change', async () => {
    for (const rel of files) {
      const before = (await readFile(path.join(ws, rel))).toString('latin1').split('\n');
      const after = (await readFile(path.join(out, IMPORT_NAME, rel)))
        .toString('latin1')
        .split('\n');
      expect(after.length).toBe(before.length);
      before.forEach((line, i) => {
        if (after[i] !== line) expect(after[i]).toContain(`${IMPORT_NAME}.`);
      });
    }
  });

  test('CPython binds the same names to the same objects in the monorepo and in the package', async () => {
    const [mono, pkg] = await Promise.all([
      describeLayout({ root: ws, path: [ws, site], prefix: '', modules: corpus.dotted }),
      describeLayout({
        root: out,
        path: [out, site],
        prefix: `${IMPORT_NAME}.`,
        modules: corpus.dotted,
      }),
    ]);
    // The baseline must be sound: every module loads and every t_* runs in the monorepo.
    expect(errorsIn(mono, corpus.dotted)).toEqual([]);
    expect(differences(mono, pkg, corpus.dotted)).toEqual([]);
    expect(pkg.__loaded__).toEqual(mono.__loaded__);
    // Names bound inside functions were really compared (not vacuously equal).
    const lazy = mono['m_lazy'] as { calls: Record<string, Record<string, unknown>> };
    expect(Object.keys(lazy.calls)).toEqual(
      expect.arrayContaining(['t_from', 't_import', 't_nested', 't_method', 't_async', 't_line']),
    );
    expect(lazy.calls.t_import).toHaveProperty('config', ['module', 'config']);
  });

  test('rewriting is idempotent', async () => {
    for (const rel of files.filter((f) => !f.startsWith('m_latin1') && !f.startsWith('m_bom'))) {
      const text = await readFile(path.join(out, IMPORT_NAME, rel), 'utf8');
      const { rewriteImports } = await import('../../packages/python/rewrite.js');
      const again = await rewriteImports(text, {
        modules: corpus.modules,
        importName: IMPORT_NAME,
        file: rel,
      });
      expect(again.rewrites).toEqual([]);
      expect(again.source).toBe(text);
    }
  });

  test("the oracle catches today's regex rewriter (so it can fail)", async () => {
    const legacy = path.join(dir, 'legacy');
    const utf8Files = files.filter((f) => f !== 'm_latin1.py');
    execFileSync(python, [
      path.join(fixtures, 'legacy_rewrite.py'),
      JSON.stringify({
        src: ws,
        out: path.join(legacy, IMPORT_NAME),
        import_name: IMPORT_NAME,
        modules: [...corpus.modules],
        files: utf8Files,
      }),
    ]);
    await cp(path.join(ws, 'm_latin1.py'), path.join(legacy, IMPORT_NAME, 'm_latin1.py'));
    await cp(
      path.join(out, IMPORT_NAME, '__init__.py'),
      path.join(legacy, IMPORT_NAME, '__init__.py'),
    );
    const dotted = corpus.dotted;
    const [mono, old] = await Promise.all([
      describeLayout({ root: ws, path: [ws, site], prefix: '', modules: dotted }),
      describeLayout({
        root: legacy,
        path: [legacy, site],
        prefix: `${IMPORT_NAME}.`,
        modules: dotted,
      }),
    ]);
    const broken = new Set(differences(mono, old, dotted).map((d) => d.split('\n')[0]));
    // The traps the field notes list, each seen by the oracle:
    for (const m of [
      'm_import_as__config', // import config as cfg → "as config as cfg": SyntaxError
      'm_import_second_of_two__events', // import os, events: left bare
      'm_after_semicolon__events', // import json; import events: left bare
      'm_if_inline__heartbeat', // if x: import heartbeat: left bare
      'm_import__config_sub', // import config.sub: binds molecule_runtime, not config
      'm_strings_and_comments__config', // a docstring line rewritten
    ]) {
      expect(broken).toContain(m);
    }
  });
});

describe('rewrite oracle: the sample monorepo (examples/monorepo/workspace)', () => {
  const sample = path.join(repoRoot, 'examples/monorepo/workspace');
  const excluded = new Set(['lib', 'tests', 'scripts']);
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rewrite-sample-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('every shipped module binds the same names after the rewrite', async () => {
    const files = (await listPy(sample)).filter((f) => !excluded.has(f.split('/')[0]!));
    const modules = new Set(files.map((f) => f.replace(/\.py$/, '').split('/')[0]!));
    const dotted = files.map((f) => f.replace(/(\/__init__)?\.py$/, '').replace(/\//g, '.'));
    const out = path.join(dir, 'out');
    const rewrites = await rewriteTree(sample, out, files, modules, IMPORT_NAME);
    expect([...rewrites.values()].flat().length).toBeGreaterThan(10);
    expect(await pyCompile(files.map((f) => path.join(out, IMPORT_NAME, f)))).toBe('');
    const env = {
      WORKSPACE_ID: '00000000-0000-0000-0000-000000000000',
      PLATFORM_URL: 'http://localhost:8080',
    };
    const [mono, pkg] = await Promise.all([
      describeLayout({ root: sample, path: [sample], prefix: '', modules: dotted, env }),
      describeLayout({ root: out, path: [out], prefix: `${IMPORT_NAME}.`, modules: dotted, env }),
    ]);
    expect(errorsIn(mono, dotted)).toEqual([]);
    expect(differences(mono, pkg, dotted)).toEqual([]);
    expect(pkg.__loaded__).toEqual(mono.__loaded__);
  });
});
