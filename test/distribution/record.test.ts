import { createHash } from 'node:crypto';
import {
  parseRecord,
  recordDigest,
  renderRecord,
  verifyRecord,
} from '../../packages/distribution/record.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('RECORD', () => {
  it('hashes with urlsafe base64 sha256 and no padding', () => {
    const data = enc('print("hi")\n');
    const expected = createHash('sha256')
      .update(data)
      .digest('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(recordDigest(data)).toBe(`sha256=${expected.replace(/=+$/, '')}`);
    expect(recordDigest(new Uint8Array())).toBe(
      'sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU',
    );
  });

  it('renders one row per file and an empty row for itself, quoting like Python csv', () => {
    const text = renderRecord(
      [
        { path: 'pkg/a.py', data: enc('a') },
        { path: 'pkg/odd, "name".txt', data: enc('') },
      ],
      'x-1.dist-info/RECORD',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(`pkg/a.py,${recordDigest(enc('a'))},1`);
    expect(lines[1]).toBe(`"pkg/odd, ""name"".txt",${recordDigest(new Uint8Array())},0`);
    expect(lines[2]).toBe('x-1.dist-info/RECORD,,');
    expect(text.endsWith('\n')).toBe(true);
    expect(parseRecord(text).map((r) => r.path)).toEqual([
      'pkg/a.py',
      'pkg/odd, "name".txt',
      'x-1.dist-info/RECORD',
    ]);
  });

  it('verifies, and names every kind of mismatch', () => {
    const files = new Map<string, Uint8Array>([
      ['pkg/a.py', enc('a')],
      ['pkg/b.py', enc('b')],
    ]);
    const record = renderRecord(
      [...files].map(([path, data]) => ({ path, data })),
      'x-1.dist-info/RECORD',
    );
    files.set('x-1.dist-info/RECORD', enc(record));
    expect(verifyRecord(files, 'x-1.dist-info/RECORD')).toEqual([]);

    const tampered = new Map(files);
    tampered.set('pkg/a.py', enc('A'));
    tampered.set('pkg/extra.py', enc(''));
    tampered.delete('pkg/b.py');
    const problems = verifyRecord(tampered, 'x-1.dist-info/RECORD');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('pkg/a.py: digest'),
        'pkg/b.py is listed but not in the archive',
        'pkg/extra.py is in the archive but not in RECORD',
      ]),
    );
    expect(verifyRecord(new Map(), 'x-1.dist-info/RECORD')).toEqual([
      'x-1.dist-info/RECORD is missing',
    ]);
  });
});
