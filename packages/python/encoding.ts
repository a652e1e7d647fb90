/**
 * PEP 263 source encodings: find the encoding CPython would use for a file,
 * decode it, and encode edited text back to the same bytes.
 *
 * The rewriter only ever inserts ASCII, so a file must come back byte for byte
 * except for those insertions; that rules out "decode as UTF-8 and hope".
 * Node's TextDecoder knows most single-byte codecs, but under WHATWG labels that
 * differ from Python's (WHATWG "iso-8859-1" is really windows-1252), so the
 * table below maps Python's names to the decoder that matches, and encoding
 * back uses a reverse table built from the same decoder (TextEncoder only does
 * UTF-8). Multi-byte legacy codecs (shift_jis, gbk, …) are refused with a hint
 * to re-save the file as UTF-8: nothing here can encode them back.
 */
import { ActionError } from '../toolkit/errors.js';

export interface DecodedSource {
  text: string;
  /** Canonical codec name: 'utf-8', 'latin-1', 'ascii', 'cp1252', 'iso8859-15', … */
  encoding: string;
  /** The file starts with a UTF-8 byte order mark (kept on encode). */
  bom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

// CPython's tokenizer regexes (Lib/tokenize.py), applied to the first two lines.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;

type Codec =
  { kind: 'utf-8' } | { kind: 'ascii' } | { kind: 'latin-1' } | { kind: 'table'; whatwg: string };

/** Canonical name → codec. Aliases are folded by `canonicalName`. */
const CODECS = new Map<string, Codec>([
  ['utf-8', { kind: 'utf-8' }],
  ['ascii', { kind: 'ascii' }],
  ['latin-1', { kind: 'latin-1' }],
  ['cp866', { kind: 'table', whatwg: 'ibm866' }],
  ['koi8-r', { kind: 'table', whatwg: 'koi8-r' }],
  ['koi8-u', { kind: 'table', whatwg: 'koi8-u' }],
  ['mac-roman', { kind: 'table', whatwg: 'macintosh' }],
  ['cp874', { kind: 'table', whatwg: 'windows-874' }],
]);
for (let n = 1250; n <= 1258; n++) {
  CODECS.set(`cp${n}`, { kind: 'table', whatwg: `windows-${n}` });
}
// WHATWG's iso-8859-1 and -9 are windows-1252/-1254 in disguise, so only these are true ISO.
for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]) {
  CODECS.set(`iso8859-${n}`, { kind: 'table', whatwg: `iso-8859-${n}` });
}

/** Python's spelling of a declared encoding, folded onto the names in CODECS. */
function canonicalName(declared: string): string {
  // tokenize._get_normal_name first, then the codecs module's alias folding.
  const lower = declared.toLowerCase().replace(/_/g, '-');
  const head = lower.slice(0, 12);
  if (
    head === 'utf-8' ||
    head.startsWith('utf-8-') ||
    ['utf8', 'u8', 'utf', 'cp65001'].includes(lower)
  )
    return 'utf-8';
  if (
    ['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(head) ||
    /^(latin-1|iso-8859-1|iso-latin-1)-/.test(head) ||
    ['latin1', 'latin', 'l1', 'iso8859-1', 'iso8859', '8859', 'cp819', 'iso-ir-100'].includes(lower)
  )
    return 'latin-1';
  if (['ascii', 'us-ascii', 'us', '646', 'ansi-x3.4-1968', 'iso646-us'].includes(lower))
    return 'ascii';
  let m = /^(?:cp|windows-)(12[5][0-8]|866|874)$/.exec(lower);
  if (m) return `cp${m[1]}`;
  m = /^iso-?8859-(\d+)$/.exec(lower);
  if (m) return `iso8859-${m[1]}`;
  if (['macroman', 'mac-roman', 'macintosh'].includes(lower)) return 'mac-roman';
  if (lower === 'koi8r') return 'koi8-r';
  if (lower === 'koi8u') return 'koi8-u';
  return lower;
}

/** The first line (through its newline), as latin-1 text: only its ASCII matters. */
function lineAt(bytes: Uint8Array, start: number): { text: string; end: number } {
  let end = bytes.indexOf(0x0a, start);
  end = end === -1 ? bytes.length : end + 1;
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
  return { text, end };
}

interface Declaration {
  name: string;
  line: number;
}

/**
 * Can the line starting at `offset` match COOKIE or BLANK_OR_COMMENT? Both
 * need it to start with blanks then `#`, a line break or the end: one byte
 * answers for nearly every file (a docstring, an import), without building
 * the line as a string.
 */
function mayDeclare(bytes: Uint8Array, offset: number): boolean {
  if (offset >= bytes.length) return true;
  const b = bytes[offset]!;
  return b === 0x23 || b === 0x20 || b === 0x09 || b === 0x0c || b === 0x0a || b === 0x0d;
}

function findDeclaration(bytes: Uint8Array, offset: number): Declaration | undefined {
  if (!mayDeclare(bytes, offset)) return undefined;
  const first = lineAt(bytes, offset);
  let m = COOKIE.exec(first.text);
  if (m) return { name: m[1]!, line: 1 };
  if (!BLANK_OR_COMMENT.test(first.text) || first.end >= bytes.length) return undefined;
  m = COOKIE.exec(lineAt(bytes, first.end).text);
  return m ? { name: m[1]!, line: 2 } : undefined;
}

const tables = new Map<string, { decode: string[]; encode: Map<string, number> }>();

/** A single-byte codec as two lookup tables, built once from Node's decoder. */
function table(whatwg: string): { decode: string[]; encode: Map<string, number> } {
  let t = tables.get(whatwg);
  if (!t) {
    const decoder = new TextDecoder(whatwg, { fatal: true });
    const decode: string[] = [];
    const encode = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      try {
        const ch = decoder.decode(Uint8Array.of(b));
        decode[b] = ch;
        encode.set(ch, b);
      } catch {
        decode[b] = ''; // undefined in this codec
      }
    }
    t = { decode, encode };
    tables.set(whatwg, t);
  }
  return t;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart };
}

/**
 * Offset of the first byte that makes UTF-8 decoding fail. Streaming decodes
 * only throw on sequences that are definitely invalid (a prefix cut inside a
 * character is merely incomplete), so "does the prefix of length n throw" is
 * monotonic in n and a binary search finds the spot with Node's own validator.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const fails = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), {
        stream: true,
      });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  if (!fails(hi)) return hi; // only an incomplete sequence at the very end
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  // `lo` bytes are needed to see the failure, so byte lo - 1 is where it shows.
  // When that byte cuts short a multi-byte character, blame the character's
  // lead byte, as CPython does ("invalid continuation byte" at the lead).
  const at = Math.max(0, lo - 1);
  for (let k = 1; k <= 3 && at - k >= 0; k++) {
    const b = bytes[at - k]!;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return at - k + length - 1 >= at ? at - k : at;
    }
    if ((b & 0xc0) !== 0x80) break;
  }
  return at;
}

function notValid(encoding: string, file: string, bytes: Uint8Array, offset: number): ActionError {
  const { line, column } = position(bytes, offset);
  const byte = bytes[offset];
  const shown =
    byte === undefined
      ? 'a truncated character at the end'
      : `byte 0x${byte.toString(16).padStart(2, '0')}`;
  return new ActionError(`${file}:${line}: ${shown} is not valid ${encoding}.`, {
    title: `Not valid ${encoding}`,
    file,
    line,
    column: column + 1,
    hint:
      encoding === 'utf-8'
        ? 'Python reads source files as UTF-8 unless line 1 or 2 declares another encoding (PEP 263): re-save the file as UTF-8, or add a `# -*- coding: <encoding> -*-` line.'
        : `Line 1 or 2 declares ${encoding} (PEP 263): fix the declaration or re-save the file in that encoding.`,
  });
}

// One of each serves every file (a decode without `stream` starts afresh):
// constructing them per file cost about as much as decoding a small file.
// ignoreBOM: a second BOM after the first is text and must survive the round trip.
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_ENCODER = new TextEncoder();

/** Decodes a Python source file the way CPython's tokenizer does (PEP 263, PEP 3120). */
export function decodePythonSource(bytes: Uint8Array, file: string): DecodedSource {
  const bom = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  const start = bom ? 3 : 0;
  const declaration = findDeclaration(bytes, start);
  const encoding = declaration ? canonicalName(declaration.name) : 'utf-8';
  const codec = CODECS.get(encoding);
  if (declaration && bom && encoding !== 'utf-8') {
    throw new ActionError(
      `${file}:${declaration.line}: the file starts with a UTF-8 byte order mark but declares ${declaration.name}.`,
      {
        title: `Not valid ${declaration.name}`,
        file,
        line: declaration.line,
        hint: 'CPython refuses this ("encoding problem: utf-8"): drop the byte order mark or the declaration.',
      },
    );
  }
  if (!codec) {
    throw new ActionError(
      `${file}:${declaration?.line ?? 1}: unsupported source encoding '${declaration?.name}'.`,
      {
        title: 'Unsupported source encoding',
        file,
        line: declaration?.line ?? 1,
        hint: 'The build rewrites imports and must write the file back byte for byte; it handles UTF-8, ASCII, Latin-1 and the single-byte code pages. Re-save the file as UTF-8 and drop the coding line.',
      },
    );
  }
  const body = bytes.subarray(start);
  let text: string;
  switch (codec.kind) {
    case 'utf-8':
      try {
        text = UTF8_DECODER.decode(body);
      } catch {
        throw notValid('utf-8', file, bytes, start + firstInvalidUtf8(body));
      }
      break;
    case 'ascii':
    case 'latin-1': {
      // Latin-1 is the first 256 code points, so bytes map straight across.
      const limit = codec.kind === 'ascii' ? 0x80 : 0x100;
      const parts: string[] = [];
      for (let i = 0; i < body.length; i += 8192) {
        const chunk = body.subarray(i, i + 8192);
        const bad = chunk.findIndex((b) => b >= limit);
        if (bad !== -1) throw notValid(encoding, file, bytes, start + i + bad);
        parts.push(String.fromCharCode(...chunk));
      }
      text = parts.join('');
      break;
    }
    case 'table': {
      const { decode } = table(codec.whatwg);
      const parts: string[] = new Array<string>(body.length);
      for (let i = 0; i < body.length; i++) {
        const ch = decode[body[i]!]!;
        if (ch === '') throw notValid(encoding, file, bytes, start + i);
        parts[i] = ch;
      }
      text = parts.join('');
      break;
    }
  }
  return { text, encoding, bom };
}

/** Encodes text back into the file's declared encoding: `encode(decode(b))` equals `b`. */
export function encodePythonSource(source: DecodedSource): Uint8Array {
  const codec = CODECS.get(source.encoding) ?? CODECS.get(canonicalName(source.encoding));
  if (!codec) throw new Error(`encodePythonSource: unknown encoding ${source.encoding}`);
  const { text } = source;
  let body: Uint8Array;
  switch (codec.kind) {
    case 'utf-8':
      body = UTF8_ENCODER.encode(text);
      break;
    case 'ascii':
    case 'latin-1': {
      const limit = codec.kind === 'ascii' ? 0x80 : 0x100;
      body = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= limit) throw unencodable(source, i);
        body[i] = c;
      }
      break;
    }
    case 'table': {
      const { encode } = table(codec.whatwg);
      const out: number[] = [];
      for (const ch of text) {
        const b = encode.get(ch);
        if (b === undefined) throw unencodable(source, text.indexOf(ch));
        out.push(b);
      }
      body = Uint8Array.from(out);
      break;
    }
  }
  if (!source.bom) return body;
  const withBom = new Uint8Array(body.length + 3);
  withBom.set(BOM);
  withBom.set(body, 3);
  return withBom;
}

function unencodable(source: DecodedSource, index: number): ActionError {
  const line = source.text.slice(0, index).split('\n').length;
  return new ActionError(
    `Character U+${source.text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')} on line ${line} cannot be written as ${source.encoding}.`,
    { title: `Not valid ${source.encoding}`, line },
  );
}
