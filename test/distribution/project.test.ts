import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkRequirement,
  parseProjectToml,
  readProjectFile,
} from '../../packages/distribution/project.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';

const opts = (baseDir: string) => ({
  name: 'molecule-ai-workspace-runtime',
  displayPath: 'workspace/p.toml',
  baseDir,
});

function failure(fn: () => unknown): ActionError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ActionErrors) return e.errors;
    if (e instanceof ActionError) return [e];
    throw e;
  }
  throw new Error('expected a failure');
}

describe('project table (PEP 621)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'project-'));
    writeFileSync(path.join(dir, 'README.md'), '# Hi\n');
    writeFileSync(path.join(dir, 'LICENSE'), 'Business Source License 1.1\n\nText.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the sample shape: readme file, licence, scripts, urls, extras', () => {
    const p = parseProjectToml(
      `[project]
description = "Runtime"
readme = "README.md"
requires-python = ">=3.11"
license = { file = "LICENSE" }
dependencies = ["a2a-sdk[http-server]>=1.0.0,<2.0", "httpx"]
[project.optional-dependencies]
otel = ["opentelemetry-api>=1"]
[project.scripts]
molecule-runtime = "molecule_runtime.main:main_sync"
[project.entry-points."molecule.plugins"]
memory = "molecule_runtime.builtin_tools.memory"
[project.urls]
Source = "https://example.com"
[tool.other]
ignored = true
`,
      opts(dir),
    );
    expect(p.readme).toEqual({
      text: '# Hi\n',
      contentType: 'text/markdown',
      fileName: 'README.md',
    });
    expect(p.license).toBe('Business Source License 1.1\n\nText.');
    expect(p.scripts).toEqual([['molecule-runtime', 'molecule_runtime.main:main_sync']]);
    expect(p.entryPoints).toEqual([
      ['molecule.plugins', [['memory', 'molecule_runtime.builtin_tools.memory']]],
    ]);
    expect(p.optionalDependencies).toEqual([['otel', ['opentelemetry-api>=1']]]);
    expect(p.urls).toEqual([['Source', 'https://example.com']]);
  });

  it('names the key and its line for each mistake, all at once', () => {
    const errors = failure(() =>
      parseProjectToml(
        `[project]
name = "other-name"
version = "1.0"
requires-python = ">> 3"
dependencies = ["ok>=1", "bad name"]
colour = "blue"

[project.scripts]
run = "pkg.module"
`,
        opts(dir),
      ),
    );
    const byKey = Object.fromEntries(errors.map((e) => [e.message.split(' ')[1], e]));
    expect(Object.keys(byKey).sort()).toEqual(
      [
        'project.colour',
        'project.dependencies',
        'project.name',
        'project.requires-python',
        'project.scripts',
        'project.version',
      ].sort(),
    );
    expect(byKey['project.name']?.place.line).toBe(2);
    expect(byKey['project.version']?.place.line).toBe(3);
    expect(byKey['project.dependencies']?.message).toContain("[1] 'bad name'");
    expect(byKey['project.scripts']?.place.line).toBe(8);
    expect(byKey['project.scripts']?.message).toContain('names a module, not a function');
    expect(errors.every((e) => e.place.file === 'workspace/p.toml')).toBe(true);
  });

  it('reports TOML syntax errors at their line', () => {
    const [e] = failure(() =>
      parseProjectToml('[project]\ndescription = "x"\ndependencies = [\n', opts(dir)),
    );
    expect(e?.message).toMatch(/not valid TOML/);
    expect(e?.place.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a missing [project] table, a missing readme, an unknown readme type', () => {
    expect(failure(() => parseProjectToml('[tool.x]\na=1\n', opts(dir)))[0]?.message).toMatch(
      /no \[project\] table/,
    );
    expect(
      failure(() => parseProjectToml('[project]\nreadme = "NOPE.md"\n', opts(dir)))[0]?.message,
    ).toMatch(/file 'NOPE.md' cannot be read \(ENOENT\)/);
    expect(
      failure(() => parseProjectToml('[project]\nreadme = "README.html"\n', opts(dir)))[0]?.message,
    ).toMatch(/content type/);
  });

  it('says which project file cannot be read', () => {
    const [e] = failure(() =>
      readProjectFile(path.join(dir, 'missing.toml'), { name: 'x', displayPath: 'missing.toml' }),
    );
    expect(e?.place.input).toBe('project');
  });

  it('checks requirements for PEP 508 shape and PEP 440 specifiers', () => {
    for (const ok of [
      'a',
      'a>=1',
      'a[x,y] (>=1,<2)',
      'a @ https://x/y.whl',
      'a ; python_version < "3.12"',
      'A.b-c_d~=1.2',
    ]) {
      expect(checkRequirement(ok)).toBeUndefined();
    }
    for (const bad of ['', 'a b', 'a >=', 'a>>1', '-a'])
      expect(checkRequirement(bad)).toBeDefined();
  });
});
