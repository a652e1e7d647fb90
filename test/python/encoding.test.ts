/**
 * PEP 263 decoding checked against CPython itself: for each sample, python3's
 * tokenize.detect_encoding and its decoder must agree with decodePythonSource
 * (same text, or both refusing), and encode(decode(b)) must give b back.
 */
import { decodePythonSource, encodePythonSource } from '../../packages/python/encoding.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { run } from './oracle.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'latin1'));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

const samples: Record<string, Uint8Array> = {
  plain: utf8('import config\n'),
  'utf-8 non-ASCII': utf8('x = "é😀日本"\nimport config\n'),
  'utf-8 without final newline': utf8('x = "é"'),
  bom: Uint8Array.from([...BOM, ...utf8('"""doc"""\nimport config\n')]),
  'bom plus utf-8 cookie': Uint8Array.from([...BOM, ...utf8('# coding: utf-8\nx = "é"\n')]),
  'bom then a second BOM in text': Uint8Array.from([...BOM, ...utf8('x = "\uFEFF"\n')]),
  'latin-1 cookie (emacs style)': latin1('# -*- coding: latin-1 -*-\nx = "caf\xe9 \xff"\n'),
  'iso-8859-1 cookie': latin1('# coding=iso-8859-1\nx = "\xe9"\n'),
  'cookie on line 2 after shebang': latin1(
    '#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nx = "\x80\x99"\n',
  ),
  'iso8859-15': latin1('# coding: iso8859-15\nx = "\xa4"\n'),
  'koi8-r': latin1('# coding: koi8-r\nx = "\xc1\xc2"\n'),
  'cookie on line 2 after code is ignored': latin1('x = 1\n# coding: latin-1\ny = "\xe9"\n'),
  'ascii cookie with non-ASCII': latin1('# coding: ascii\nx = "\xe9"\n'),
  'invalid utf-8': latin1('x = 1\ny = "\xc3\x41"\n'),
  'stray continuation byte': latin1('x = "\xc3\xa9\x80"\n'),
  'bom with latin-1 cookie': Uint8Array.from([...BOM, ...latin1('# coding: latin-1\nx = 1\n')]),
  CRLF: utf8('# coding: utf-8\r\nimport config\r\nx = "é"\r\n'),
};

/** CPython's view: {ok, encoding, text} or {ok: false}. */
async function cpython(): Promise<
  Record<string, { ok: boolean; text?: string; encoding?: string }>
> {
  const script = `
import codecs, io, json, sys, tokenize
out = {}
for name, hexed in json.load(sys.stdin).items():
    data = bytes.fromhex(hexed)
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(enc)
        if text.startswith('\\ufeff') and enc == 'utf-8-sig':
            text = text[1:]
        compile(data, name, 'exec')  # the compiler's own decoding must accept it too
        out[name] = {'ok': True, 'text': text, 'encoding': codecs.lookup(enc).name}
    except (SyntaxError, UnicodeDecodeError, LookupError):
        out[name] = {'ok': False}
json.dump(out, sys.stdout)
`;
  const input = JSON.stringify(
    Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [k, Buffer.from(v).toString('hex')]),
    ),
  );
  const { code, stdout, stderr } = await run(['-c', script], input);
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as Record<string, { ok: boolean; text?: string; encoding?: string }>;
}

describe('decodePythonSource / encodePythonSource', () => {
  let reference: Awaited<ReturnType<typeof cpython>>;
  beforeAll(async () => {
    reference = await cpython();
  });

  test.each(Object.keys(samples))('%s: agrees with CPython and round-trips', (name) => {
    const bytes = samples[name]!;
    const expected = reference[name]!;
    let decoded;
    try {
      decoded = decodePythonSource(bytes, 'm.py');
    } catch (e) {
      expect(e).toBeInstanceOf(ActionError);
      expect(expected.ok).toBe(false);
      return;
    }
    expect(expected.ok).toBe(true);
    expect(decoded.text).toBe(expected.text);
    expect(Buffer.from(encodePythonSource(decoded)).equals(Buffer.from(bytes))).toBe(true);
  });

  test('reports the encoding and the BOM', () => {
    expect(decodePythonSource(samples['latin-1 cookie (emacs style)']!, 'm.py')).toMatchObject({
      encoding: 'latin-1',
      bom: false,
    });
    expect(decodePythonSource(samples['bom']!, 'm.py')).toMatchObject({
      encoding: 'utf-8',
      bom: true,
    });
    expect(decodePythonSource(samples['cookie on line 2 after shebang']!, 'm.py').encoding).toBe(
      'cp1252',
    );
  });

  test('undecodable bytes: ActionError with file, line, column and title', () => {
    const e = (() => {
      try {
        decodePythonSource(samples['invalid utf-8']!, 'adapters/base.py');
      } catch (err) {
        return err as ActionError;
      }
      throw new Error('no error');
    })();
    expect(e.title).toBe('Not valid utf-8');
    expect(e.place).toMatchObject({ file: 'adapters/base.py', line: 2, column: 6 });
    expect(e.message).toContain('0xc3');
    expect(e.hint).toMatch(/UTF-8|coding/);
  });

  test('ascii and latin-1 errors point at the byte', () => {
    expect(() => decodePythonSource(samples['ascii cookie with non-ASCII']!, 'm.py')).toThrow(
      expect.objectContaining({
        title: 'Not valid ascii',
        place: expect.objectContaining({ line: 2 }),
      }),
    );
  });

  test('multi-byte legacy encodings are refused with a fix', () => {
    expect(() => decodePythonSource(latin1('# coding: shift_jis\nx = 1\n'), 'm.py')).toThrow(
      expect.objectContaining({
        title: 'Unsupported source encoding',
        hint: expect.stringMatching(/UTF-8/),
      }),
    );
  });

  test('edited text re-encodes in the declared encoding', () => {
    const d = decodePythonSource(samples['latin-1 cookie (emacs style)']!, 'm.py');
    const edited = encodePythonSource({
      ...d,
      text: d.text + 'import molecule_runtime.config as config\n',
    });
    expect(Buffer.from(edited).toString('latin1')).toBe(
      '# -*- coding: latin-1 -*-\nx = "caf\xe9 \xff"\nimport molecule_runtime.config as config\n',
    );
  });
});
