import {
  checkProjectName,
  distInfoDir,
  escapedName,
  isPythonIdentifier,
  isValidProjectName,
  normalizeName,
  safeExtra,
  sdistFileName,
  wheelFileName,
} from '../../packages/distribution/names.js';
import { ActionError } from '../../packages/toolkit/errors.js';

describe('distribution names', () => {
  it.each([
    ['molecule-ai-workspace-runtime', 'molecule-ai-workspace-runtime'],
    ['Molecule_AI.Workspace__Runtime', 'molecule-ai-workspace-runtime'],
    ['A-_.-b', 'a-b'],
    ['friendly.bard', 'friendly-bard'],
  ])('PEP 503 normalises %s to %s', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it('escapes names for wheel and sdist files (PEP 427, PEP 625)', () => {
    expect(escapedName('Molecule-AI.workspace_runtime')).toBe('molecule_ai_workspace_runtime');
    expect(wheelFileName('molecule-ai-workspace-runtime', '0.1.6')).toBe(
      'molecule_ai_workspace_runtime-0.1.6-py3-none-any.whl',
    );
    // The old setuptools name (molecule-ai-workspace-runtime-0.1.6.tar.gz) is what PyPI warns about.
    expect(sdistFileName('molecule-ai-workspace-runtime', '0.1.6')).toBe(
      'molecule_ai_workspace_runtime-0.1.6.tar.gz',
    );
    expect(distInfoDir('Molecule.AI', '1.0rc1')).toBe('molecule_ai-1.0rc1.dist-info');
  });

  it('accepts PEP 508 names and refuses the rest with the input named', () => {
    for (const ok of ['a', 'A1', 'a.b-c_d', 'x9']) expect(isValidProjectName(ok)).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a b', 'é', 'a/b'])
      expect(isValidProjectName(bad)).toBe(false);
    expect(() => checkProjectName('bad name', 'package-name')).toThrow(ActionError);
    try {
      checkProjectName('bad name', 'package-name');
    } catch (e) {
      expect((e as ActionError).place.input).toBe('package-name');
    }
  });

  it('tells importable names from the rest', () => {
    for (const ok of ['config', '_x', 'a2a_tools', 'données', 'x1'])
      expect(isPythonIdentifier(ok)).toBe(true);
    for (const bad of ['google-adk', '1abc', 'class', 'None', 'a.b', '', 'a b']) {
      expect(isPythonIdentifier(bad)).toBe(false);
    }
  });

  it('spells extras the way Metadata 2.1 readers compare them', () => {
    expect(safeExtra('Dev_Tools')).toBe('dev_tools');
    expect(safeExtra('http server')).toBe('http_server');
    expect(safeExtra('otel')).toBe('otel');
  });
});
