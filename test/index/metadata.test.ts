import { spawnSync } from 'node:child_process';
import {
  description,
  getAll,
  getOne,
  metadataFormFields,
  normalizeName,
  parseCoreMetadata,
  safeName,
} from '../../packages/index/metadata.js';

const SAMPLE = [
  'Metadata-Version: 2.1',
  'Name: molecule-ai-workspace-runtime',
  'Version: 0.1.0',
  'Summary: A runtime',
  '  continued summary',
  'License: UNKNOWN',
  'Classifier: A :: B',
  'Classifier: C :: D',
  'Requires-Dist: httpx (>=0.27)',
  "Requires-Dist: pytest ; extra == 'dev'",
  'Project-URL: Homepage, https://example.com',
  'Provides-Extra: dev',
  'Description-Content-Type: text/markdown',
  '',
  '# Title',
  '',
  'Key: value lines in the body are not headers',
  '  indented',
  '',
].join('\n');

/** Python's email.parser, the reference every packaging tool reads metadata with. */
function pythonParse(text: string): { headers: [string, string][]; body: string } {
  const r = spawnSync(
    'python3',
    [
      '-c',
      'import sys,json,email.parser\nm=email.parser.Parser().parsestr(sys.stdin.read())\nprint(json.dumps({"headers":[[k," ".join(l.strip() for l in v.splitlines())] for k,v in m.items()],"body":m.get_payload()}))',
    ],
    { input: text, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { headers: [string, string][]; body: string };
}

describe('core metadata parsing', () => {
  it('matches Python email.parser on headers, continuation lines and body', () => {
    const ours = parseCoreMetadata(SAMPLE);
    const py = pythonParse(SAMPLE);
    expect(ours.headers.map(([k]) => k)).toEqual(py.headers.map(([k]) => k));
    expect(ours.body).toBe(py.body);
    for (const [k, v] of py.headers) expect(getAll(ours, k)).toContain(v);
  });

  it('keeps multi-use fields, drops UNKNOWN singles, unfolds continued values', () => {
    const m = parseCoreMetadata(SAMPLE);
    expect(getAll(m, 'classifier')).toEqual(['A :: B', 'C :: D']);
    expect(getOne(m, 'License')).toBeUndefined();
    expect(getOne(m, 'Summary')).toBe('A runtime continued summary');
    expect(description(m)).toBe(
      '# Title\n\nKey: value lines in the body are not headers\n  indented\n',
    );
  });

  it('reads a Description header with its 8-space indents when there is no body', () => {
    const m = parseCoreMetadata(
      'Metadata-Version: 1.2\nName: x\nDescription: first\n        second\n        |   third\n',
    );
    expect(description(m)).toBe('first\nsecond\n|   third');
  });

  it('a line that is not a header starts the body, as in email.parser', () => {
    const text = 'Name: x\nVersion: 1\nnot a header\nmore\n';
    expect(parseCoreMetadata(text).body).toBe(pythonParse(text).body);
  });

  it('maps fields to the upload form names, once per value', () => {
    const fields = metadataFormFields(parseCoreMetadata(SAMPLE));
    expect(fields.filter(([k]) => k === 'classifiers').map(([, v]) => v)).toEqual([
      'A :: B',
      'C :: D',
    ]);
    expect(fields.filter(([k]) => k === 'requires_dist')).toHaveLength(2);
    expect(fields.find(([k]) => k === 'provides_extra')).toEqual(['provides_extra', 'dev']);
    expect(fields.find(([k]) => k === 'license')).toBeUndefined();
    expect(fields.find(([k]) => k === 'description')?.[1]).toMatch(/^# Title/);
  });

  it('normalises names the way PEP 503 and twine do', () => {
    expect(normalizeName('Molecule_AI.workspace--Runtime')).toBe('molecule-ai-workspace-runtime');
    expect(safeName('molecule_ai_workspace_runtime')).toBe('molecule-ai-workspace-runtime');
    expect(safeName('zope.interface')).toBe('zope.interface');
  });
});
