import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { compileExcludes } from '../../packages/runtime-build/exclude.js';
import {
  checkDeclaredModules,
  deriveModules,
  unimportableFolderDiagnostic,
} from '../../packages/runtime-build/modules.js';
import { canonicalForm, canonicalVersion } from '../../packages/versions/canonical.js';
import { collectSource } from '../../packages/runtime-build/tree.js';
import { stageFilesInto } from '../../packages/runtime-build/output.js';
import { BUILD_DEFAULTS } from '../../packages/runtime-build/defaults.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { parseMultiline } from '../../packages/toolkit/inputs.js';
import { repoRoot } from '../../sandbox/runner.js';

function caught(fn: () => unknown): ActionError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionErrors) return e.errors;
    if (e instanceof ActionError) return [e];
    throw e;
  }
  throw new Error('expected an ActionError');
}

describe('version input', () => {
  it.each([
    ['0.1.06', '0.1.6'],
    ['1.0-rc1', '1.0rc1'],
    ['1.0RC1', '1.0rc1'],
    ['v1.0', '1.0'],
    ['1.0-1', '1.0.post1'],
    ['1.0.0-dev3', '1.0.0.dev3'],
    ['1.0a', '1.0a0'],
    ['1!2.0+Local.1', '1!2.0+local.1'],
  ])('refuses %s and suggests %s', (raw, canonical) => {
    expect(canonicalForm(raw)).toBe(canonical);
    const [e] = caught(() => canonicalVersion(raw));
    expect(e?.message).toContain(`use '${canonical}'`);
    expect(e?.place.input).toBe('version');
  });

  it('accepts canonical versions as they are', () => {
    for (const v of ['0.1.6', '0.2.0rc1', '0.1.6.dev1', '0.1.6.post1', '1!1.0', '1.0+abc.5']) {
      expect(canonicalVersion(v)).toBe(v);
    }
  });

  it('refuses what is not PEP 440 at all', () => {
    expect(caught(() => canonicalVersion('latest'))[0]?.message).toMatch(/not a PEP 440 version/);
  });
});

describe('exclude globs', () => {
  const m = compileExcludes([
    ...BUILD_DEFAULTS.exclude,
    'adapters/experimental/',
    '/docs',
    '**/*.bak',
    'data/[ab].txt',
  ]);
  it.each([
    ['Dockerfile', false, true],
    ['sub/Dockerfile', false, true],
    ['entrypoint.sh', false, true],
    ['adapters/build.sh', false, true],
    ['tests', true, true],
    ['tests', false, false], // a file named tests is not the folder
    ['adapters/tests', true, true],
    ['lib', true, true],
    ['library.py', false, false],
    ['adapters/experimental', true, true],
    ['experimental', true, false],
    ['docs', true, true],
    ['sub/docs', true, false],
    ['a/b/c.bak', false, true],
    ['x.bak', false, true],
    ['data/a.txt', false, true],
    ['data/c.txt', false, false],
    ['main.py', false, false],
    ['requirements.txt', false, true],
    ['requirements-dev.txt', false, false],
  ])('%s (dir: %s) excluded: %s', (p, dir, expected) => {
    expect(m(p, dir)).toBe(expected);
  });

  it('names the input for unusable patterns', () => {
    expect(caught(() => compileExcludes(['../x']))[0]?.place.input).toBe('exclude');
    expect(caught(() => compileExcludes(['a[b']))[0]?.message).toMatch(/unclosed/);
  });

  it('defaults agree with build/action.yml', () => {
    const spec = parseYaml(readFileSync(path.join(repoRoot, 'build', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    expect(parseMultiline(spec.inputs.exclude?.default ?? '')).toEqual(BUILD_DEFAULTS.exclude);
    for (const k of [
      'source',
      'package-name',
      'import-name',
      'out-dir',
      'project',
      'strict',
    ] as const) {
      expect([k, spec.inputs[k]?.default ?? '']).toEqual([k, BUILD_DEFAULTS[k]]);
    }
  });
});

describe('module set', () => {
  it('derives modules and subpackages from the tree, nested packages included', () => {
    const { set, errors } = deriveModules(
      [
        'main.py',
        'config.py',
        '__init__.py',
        'README.md',
        'adapters/__init__.py',
        'adapters/base.py',
        'adapters/google/client.py',
        'builtin_tools/memory.py',
        'skill_loader/README.md',
        'assets/logo.svg',
      ],
      'workspace',
    );
    expect(errors).toEqual([]);
    expect(set.topLevelModules).toEqual(['config', 'main']);
    expect(set.subpackages).toEqual(['adapters', 'builtin_tools']);
    expect(set.packageDirs).toEqual(['', 'adapters', 'adapters/google', 'builtin_tools']);
    expect([...set.shipped].sort()).toEqual(
      [
        'adapters',
        'adapters.base',
        'adapters.google',
        'adapters.google.client',
        'builtin_tools',
        'builtin_tools.memory',
        'config',
        'main',
      ].sort(),
    );
  });

  it('leaves out a folder that is not an importable name (the outermost, with every file under it), and refuses such a module', () => {
    const { set, errors, unimportable } = deriveModules(
      [
        'main.py',
        'adapters/google-adk/adapter.py',
        'adapters/google-adk/test_adapter.py',
        'adapters/google-adk/README.md',
        'adapters/google-adk/requirements.txt',
        'adapters/google-adk/inner-x/y.py',
        'adapters/__init__.py',
        'my-script.py',
      ],
      'workspace',
    );
    expect(errors.map((e) => [e.place.file, e.title])).toEqual([
      ['workspace/my-script.py', 'Module cannot be imported'],
    ]);
    expect(unimportable).toEqual([
      {
        dir: 'adapters/google-adk',
        firstPython: 'adapters/google-adk/adapter.py',
        files: [
          'adapters/google-adk/adapter.py',
          'adapters/google-adk/test_adapter.py',
          'adapters/google-adk/README.md',
          'adapters/google-adk/requirements.txt',
          'adapters/google-adk/inner-x/y.py',
        ],
        suggestion: 'google_adk',
      },
    ]);
    expect(set.packageDirs).toEqual(['', 'adapters']);
    expect([...set.shipped].filter((m) => m.includes('adk'))).toEqual([]);
    const note = unimportableFolderDiagnostic(unimportable[0]!, 'workspace', false);
    expect(note).toEqual({
      title: 'Folder left out',
      file: 'workspace/adapters/google-adk/adapter.py',
      line: 1,
      message:
        "Folder workspace/adapters/google-adk/ holds 3 Python files and 2 others, but 'google-adk' is not a Python identifier, so nothing can import it under that name; it is left out of the package. To ship it, rename it to an identifier (e.g. 'google_adk'); to leave it out without this warning, add 'adapters/google-adk/' to the exclude input.",
    });
    expect(unimportableFolderDiagnostic(unimportable[0]!, 'workspace', true).title).toBe(
      'Folder cannot be imported',
    );
  });

  it('refuses a module or folder name that is not NFKC-normalised, naming it; NFC names pass', () => {
    const nfd = 'cafe\u0301';
    const { errors } = deriveModules(
      [
        `${nfd}.py`,
        'caf\u00e9_ok.py',
        `pkg_${nfd}/m.py`,
        `pkg_${nfd}/n.py`,
        '\u043c\u043e\u0434\u0443\u043b\u044c.py',
      ],
      'ws',
    );
    expect(errors.map((e) => [e.place.file, e.title])).toEqual([
      [`ws/${nfd}.py`, 'Name not NFKC-normalised'],
      [`ws/pkg_${nfd}/`, 'Name not NFKC-normalised'],
    ]);
    expect(errors[0]?.message).toContain(
      "Python imports 'caf\u00e9' (U+0063 U+0061 U+0066 U+00E9)",
    );
  });

  it('fails on drift from a closed list, showing both lists', () => {
    const { set } = deriveModules(['main.py', 'transcript_auth.py', 'adapters/a.py'], 'workspace');
    expect(() =>
      checkDeclaredModules(['adapters', 'main', 'transcript_auth'], set, 'workspace'),
    ).not.toThrow();
    const [e] = caught(() =>
      checkDeclaredModules(['adapters', 'main', 'heartbeat'], set, 'workspace'),
    );
    expect(e?.message).toContain('on disk but not listed: transcript_auth');
    expect(e?.message).toContain('listed but not on disk (or excluded): heartbeat');
    expect(e?.message).toContain(
      'Input: [adapters, heartbeat, main]; on disk: [adapters, main, transcript_auth]',
    );
    expect(e?.place.input).toBe('modules');
  });
});

describe('source tree', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tree-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text = ''): void => {
    mkdirSync(path.dirname(path.join(dir, 'ws', rel)), { recursive: true });
    writeFileSync(path.join(dir, 'ws', rel), text);
  };

  it('walks in sorted order, drops excludes and bytecode', () => {
    write('main.py');
    write('b/x.py');
    write('tests/test_a.py');
    write('__pycache__/main.cpython-311.pyc');
    write('b/stale.pyc');
    const tree = collectSource(path.join(dir, 'ws'), 'ws', compileExcludes(['tests/']));
    expect(tree.files.map((f) => f.path)).toEqual(['b/x.py', 'main.py']);
    expect(tree.files[0]?.absolute).toBe(path.join(dir, 'ws', 'b', 'x.py'));
    expect(tree.excludedTopLevel).toEqual(['tests']);
  });

  it('refuses every symbolic link, naming link and target: inside, outside, broken, loops, mutual', () => {
    write('main.py');
    write('adapters/base.py');
    writeFileSync(path.join(dir, 'secret.py'), 'TOKEN = 1\n');
    const ws = path.join(dir, 'ws');
    symlinkSync('adapters', path.join(ws, 'a0')); // would ship a0/ with its imports unrewritten
    symlinkSync(path.join(ws, 'adapters'), path.join(ws, 'alias'));
    symlinkSync('.', path.join(ws, 'loop'));
    symlinkSync('main.py', path.join(ws, 'copy.py'));
    symlinkSync(path.join(dir, 'secret.py'), path.join(ws, 'leak.py'));
    symlinkSync(path.join(dir, 'nowhere'), path.join(ws, 'broken.py'));
    symlinkSync('pong', path.join(ws, 'adapters', 'ping'));
    symlinkSync('ping', path.join(ws, 'adapters', 'pong'));
    const errors = caught(() => collectSource(ws, 'ws', compileExcludes([])));
    expect(errors.map((e) => [e.place.file, e.title])).toEqual(
      [
        'ws/a0',
        'ws/adapters/ping',
        'ws/adapters/pong',
        'ws/alias',
        'ws/broken.py',
        'ws/copy.py',
        'ws/leak.py',
        'ws/loop',
      ].map((f) => [f, 'Symbolic link in source']),
    );
    const message = (file: string): string =>
      errors.find((e) => e.place.file === file)?.message ?? '';
    expect(message('ws/a0')).toBe(
      "ws/a0 is a symbolic link to 'adapters' (ws/adapters); the build packages no links.",
    );
    expect(message('ws/loop')).toMatch(/to '\.' \(ws, a folder holding the link itself: a loop\)/);
    expect(message('ws/adapters/ping')).toMatch(
      /to 'pong', a loop of links that resolves to nothing/,
    );
    expect(message('ws/broken.py')).toMatch(/nowhere', which does not exist/);
    expect(message('ws/leak.py')).toContain(`(${path.join(realpathSync(dir), 'secret.py')})`);
  });

  it('leaves out an excluded link, whatever it points to', () => {
    write('main.py');
    symlinkSync('.', path.join(dir, 'ws', 'loop'));
    const tree = collectSource(path.join(dir, 'ws'), 'ws', compileExcludes(['loop/']));
    expect(tree.files.map((f) => f.path)).toEqual(['main.py']);
    expect(tree.excluded).toEqual(['loop']);
  });

  it('never walks the output folders under source, and refuses one that is the source', () => {
    write('main.py');
    write('dist/old-1.0-py3-none-any.whl');
    write('tree/PKG-INFO');
    const ws = path.join(dir, 'ws');
    const tree = collectSource(ws, 'ws', compileExcludes([]), [
      { input: 'out-dir', absolute: path.join(ws, 'dist') },
      { input: 'package-dir', absolute: path.join(ws, 'tree') },
      { input: 'out-dir', absolute: path.join(ws, 'not-yet') },
    ]);
    expect(tree.files.map((f) => f.path)).toEqual(['main.py']);
    expect(tree.outputsLeftOut).toEqual(['dist', 'tree']);
    for (const [input, absolute] of [
      ['out-dir', ws],
      ['package-dir', ws],
      ['package-dir', dir],
    ] as const) {
      const [e] = caught(() => collectSource(ws, 'ws', compileExcludes([]), [{ input, absolute }]));
      expect(e?.place.input).toBe(input);
      expect(e?.title).toBe('Output folder holds the source');
    }
    // A folder above source is fine for out-dir: the files land beside it.
    expect(
      collectSource(ws, 'ws', compileExcludes([]), [{ input: 'out-dir', absolute: dir }]).files,
    ).toHaveLength(3);
  });

  it('refuses a missing source, a file as source, and a source without Python', () => {
    expect(
      caught(() => collectSource(path.join(dir, 'nope'), 'nope', compileExcludes([])))[0]?.place
        .input,
    ).toBe('source');
    write('only.txt');
    expect(
      caught(() =>
        collectSource(path.join(dir, 'ws', 'only.txt'), 'ws/only.txt', compileExcludes([])),
      )[0]?.message,
    ).toMatch(/not a folder/);
    expect(
      caught(() => collectSource(path.join(dir, 'ws'), 'ws', compileExcludes([])))[0]?.message,
    ).toMatch(/holds no Python modules/);
    mkdirSync(path.join(dir, 'empty'));
    expect(
      caught(() => collectSource(path.join(dir, 'empty'), 'empty', compileExcludes([])))[0]
        ?.message,
    ).toMatch(/holds no files/);
  });
});

describe('staged output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (p: string): { path: string; data: Uint8Array } => ({
    path: p,
    data: new TextEncoder().encode(p),
  });

  it('creates a missing out-dir by one rename, and leaves other files of an existing one alone', () => {
    const out = path.join(dir, 'a', 'dist');
    const staged = stageFilesInto(out, [file('x.whl'), file('x.tar.gz')], 'out-dir', 'a/dist');
    expect(readdirSync(dir)).toEqual([
      '.dist.staging-' + readdirSync(dir)[0]?.split('.staging-')[1],
    ]);
    staged.commit();
    staged.discard();
    expect(readdirSync(out).sort()).toEqual(['x.tar.gz', 'x.whl']);
    expect(readdirSync(dir)).toEqual(['a']);

    writeFileSync(path.join(out, 'unrelated.txt'), 'keep');
    const again = stageFilesInto(out, [file('y.whl')], 'out-dir', 'a/dist');
    again.commit();
    expect(readdirSync(out).sort()).toEqual(['unrelated.txt', 'x.tar.gz', 'x.whl', 'y.whl']);
    expect(readdirSync(path.join(dir, 'a'))).toEqual(['dist']);
  });

  it('refuses an out-dir it cannot write, naming the input, and leaves nothing behind', () => {
    writeFileSync(path.join(dir, 'file'), '');
    const [notFolder] = caught(() =>
      stageFilesInto(path.join(dir, 'file'), [file('x.whl')], 'out-dir', 'file'),
    );
    expect(notFolder?.message).toMatch(/exists and is not a folder/);
    const [under] = caught(() =>
      stageFilesInto(path.join(dir, 'file', 'dist'), [file('x.whl')], 'out-dir', 'file/dist'),
    );
    expect(under?.message).toMatch(/is a file/);
    // /sys is read-only even for root: a real "cannot write here".
    const [ro] = caught(() =>
      stageFilesInto(
        '/sys/runtime-actions-test/dist',
        [file('x.whl')],
        'out-dir',
        '/sys/runtime-actions-test/dist',
      ),
    );
    expect(ro?.place.input).toBe('out-dir');
    expect(ro?.message).toMatch(/cannot write beside/);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
