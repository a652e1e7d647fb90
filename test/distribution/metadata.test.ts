import {
  parseEntryPoints,
  parseMetadata,
  renderEntryPoints,
  renderMetadata,
  renderRequirement,
} from '../../packages/distribution/metadata.js';
import {
  defaultProject,
  emptyProject,
  type ProjectTable,
} from '../../packages/distribution/project.js';

function project(extra: Partial<ProjectTable>): ProjectTable {
  return { ...emptyProject(), ...extra };
}

describe('core metadata', () => {
  const full = project({
    description: 'Molecule AI workspace runtime — ünïcode summary',
    readme: {
      text: '# Runtime\n\nLine one.\n\nLine — two, ünïcode ✓\n',
      contentType: 'text/markdown',
      fileName: 'README.md',
    },
    requiresPython: '>=3.11',
    license: 'BSL-1.1\nSecond line of the licence',
    authors: [
      { name: 'Ada É', email: 'ada@example.com' },
      { name: 'Only Name' },
      { email: 'bot@example.com' },
    ],
    maintainers: [{ name: 'Maint', email: 'm@example.com' }],
    keywords: ['runtime', 'agents'],
    classifiers: ['Programming Language :: Python :: 3'],
    urls: [['Source', 'https://example.com/src']],
    dependencies: ['a2a-sdk[http-server]>=1.0.0,<2.0', 'pyyaml; python_version < "4"'],
    optionalDependencies: [['Dev_Tools', ['pytest>=8', 'tomli ; python_version < "3.11"']]],
  });

  it('renders Metadata-Version 2.1 with every field, the readme as the body', () => {
    const text = renderMetadata({
      name: 'molecule-ai-workspace-runtime',
      version: '0.1.6',
      project: full,
    });
    expect(text.split('\n\n')[0]).toBe(
      [
        'Metadata-Version: 2.1',
        'Name: molecule-ai-workspace-runtime',
        'Version: 0.1.6',
        'Summary: Molecule AI workspace runtime — ünïcode summary',
        'Keywords: runtime,agents',
        'Author: Only Name',
        'Author-email: Ada É <ada@example.com>, bot@example.com',
        'Maintainer-email: Maint <m@example.com>',
        'License: BSL-1.1',
        '        Second line of the licence',
        'Project-URL: Source, https://example.com/src',
        'Classifier: Programming Language :: Python :: 3',
        'Requires-Python: >=3.11',
        'Description-Content-Type: text/markdown',
        'Requires-Dist: a2a-sdk[http-server]>=1.0.0,<2.0',
        'Requires-Dist: pyyaml ; python_version < "4"',
        'Provides-Extra: dev_tools',
        "Requires-Dist: pytest>=8 ; extra == 'dev_tools'",
        'Requires-Dist: tomli ; (python_version < "3.11") and extra == \'dev_tools\'',
      ].join('\n'),
    );
    expect(text.endsWith('# Runtime\n\nLine one.\n\nLine — two, ünïcode ✓\n')).toBe(true);
  });

  it('parses back what it renders: multi-line values, repeated fields, the body', () => {
    const text = renderMetadata({ name: 'x', version: '1.0', project: full });
    const parsed = parseMetadata(text);
    expect(parsed.get('license')).toBe('BSL-1.1\nSecond line of the licence');
    expect(parsed.getAll('Requires-Dist')).toHaveLength(4);
    expect(parsed.get('Summary')).toBe(full.description);
    expect(parsed.body).toBe(full.readme?.text);
  });

  it('falls back to the summary as plain text when there is no readme (twine check --strict needs one)', () => {
    const text = renderMetadata({
      name: 'x',
      version: '1.0',
      project: { ...defaultProject(), description: 'Short.' },
    });
    const parsed = parseMetadata(text);
    expect(parsed.get('Description-Content-Type')).toBe('text/plain');
    expect(parsed.body).toBe('Short.\n');
    expect(parsed.get('Requires-Python')).toBe('>=3.11');
  });

  it('normalises CRLF in descriptions and refuses a line break in a one-line field', () => {
    const crlf = project({ readme: { text: 'a\r\nb\r\n', contentType: 'text/plain' } });
    expect(parseMetadata(renderMetadata({ name: 'x', version: '1', project: crlf })).body).toBe(
      'a\nb\n',
    );
    expect(() =>
      renderMetadata({ name: 'x', version: '1', project: project({ description: 'a\nb' }) }),
    ).toThrow(/line break/);
  });

  it('keeps requirement markers apart from URLs', () => {
    expect(renderRequirement('pkg @ https://example.com/p.whl;sha=1 ; python_version<"3.12"')).toBe(
      'pkg @ https://example.com/p.whl;sha=1 ; python_version<"3.12"',
    );
    expect(renderRequirement('  httpx>=0.27  ')).toBe('httpx>=0.27');
  });

  it('writes entry points in project order and reads them back', () => {
    const p = project({
      scripts: [['molecule-runtime', 'molecule_runtime.main:main_sync']],
      guiScripts: [['molecule-gui', 'molecule_runtime.gui:run']],
      entryPoints: [['molecule.plugins', [['memory', 'molecule_runtime.builtin_tools.memory']]]],
    });
    const text = renderEntryPoints(p) ?? '';
    expect(text).toBe(
      '[console_scripts]\nmolecule-runtime = molecule_runtime.main:main_sync\n\n' +
        '[gui_scripts]\nmolecule-gui = molecule_runtime.gui:run\n\n' +
        '[molecule.plugins]\nmemory = molecule_runtime.builtin_tools.memory\n',
    );
    expect(parseEntryPoints(text).get('console_scripts')?.get('molecule-runtime')).toBe(
      'molecule_runtime.main:main_sync',
    );
    expect(renderEntryPoints(emptyProject())).toBeUndefined();
  });
});
