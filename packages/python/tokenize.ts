/**
 * A Python tokenizer written to the language reference (lexical analysis),
 * for finding statements without a full parse: NAME, NUMBER, STRING (every
 * prefix and quote; f-strings with nested replacement fields and reused
 * quotes per PEP 701 are one token), OP, COMMENT, and the NEWLINE / INDENT /
 * DEDENT tokens that delimit logical lines. Bracketed newlines and backslash
 * continuations join lines, as in CPython.
 *
 * The source is already decoded (encoding.ts reads the encoding declaration
 * and BOM). Anything the tokenizer cannot prove well formed (an unterminated
 * string, unbalanced brackets, an inconsistent dedent, a stray character, a
 * lone CR, tabs and spaces mixed in one indentation) returns undefined: the
 * caller then falls back to the full parse, which reports the error with
 * file, line and column exactly as before.
 */

export const Kind = {
  Name: 1,
  Number: 2,
  String: 3,
  Op: 4,
  Comment: 5,
  Newline: 6,
  Indent: 7,
  Dedent: 8,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface Tokens {
  kind: Kind[];
  start: number[];
  end: number[];
  /** The text of Name and Op tokens ('' for the others). */
  text: string[];
  /** Per String token: does its literal hold replacement fields (an f-string)? */
  fstring: boolean[];
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const OPS3 = new Set(['**=', '//=', '>>=', '<<=', '...']);
const OPS2 = new Set([
  '->',
  ':=',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '@=',
]);
const OPS1 = '()[]{}:,;.+-*/%&|^~<>=@';
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);
const NAME_START = /[_\p{ID_Start}]/uy;
const NAME_REST = /[\p{ID_Continue}]*/uy;
const NUMBER =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;

function isAsciiNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 // _
  );
}

/** End of the identifier starting at `i` (which is a name start), or bails. */
function nameEnd(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (c > 127) {
    NAME_START.lastIndex = i;
    if (!NAME_START.test(src)) bail();
    i = NAME_START.lastIndex;
  } else i++;
  for (;;) {
    const d = src.charCodeAt(i);
    if (isAsciiNameChar(d)) i++;
    else if (d > 127) {
      NAME_REST.lastIndex = i;
      NAME_REST.test(src);
      if (NAME_REST.lastIndex === i) return i;
      i = NAME_REST.lastIndex;
    } else return i;
  }
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

/**
 * The end of the string literal whose opening quote is at `i`. `raw` and `f`
 * come from its prefix. Replacement fields of f-strings are scanned as
 * expressions (nested strings may reuse the outer quote, PEP 701).
 */
function scanString(src: string, i: number, raw: boolean, f: boolean): number {
  const q = src.charCodeAt(i);
  const triple = src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q;
  i += triple ? 3 : 1;
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 92 /* \ */) {
      // Even in a raw string a backslash keeps the next character from ending it.
      i += src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
    } else if (c === q) {
      if (!triple) return i + 1;
      if (src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q) return i + 3;
      i++;
    } else if (c === 10 || c === 13) {
      if (!triple) bail();
      i++;
    } else if (f && c === 123 /* { */) {
      if (src.charCodeAt(i + 1) === 123) i += 2;
      else i = scanField(src, i + 1, q, triple, raw);
    } else if (f && c === 125 /* } */) {
      if (src.charCodeAt(i + 1) === 125) i += 2;
      else bail();
    } else i++;
  }
}

/** A replacement field's expression, from after its `{` to after its `}`. */
function scanField(src: string, i: number, q: number, triple: boolean, raw: boolean): number {
  let depth = 0;
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = scanString(src, i, false, false);
    } else if (isNameStart(c)) {
      const e = nameEnd(src, i);
      const next = src.charCodeAt(e);
      const word = src.slice(i, e).toLowerCase();
      if ((next === 34 || next === 39) && STRING_PREFIXES.has(word)) {
        i = scanString(src, e, word.includes('r'), word.includes('f'));
      } else i = e;
    } else if (c === 40 || c === 91 || c === 123) {
      depth++;
      i++;
    } else if (c === 41 || c === 93) {
      if (--depth < 0) bail();
      i++;
    } else if (c === 125) {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else if (depth === 0 && c === 58 /* : */) {
      return scanFormatSpec(src, i + 1, q, triple, raw);
    } else if (c === 35 /* # */ || c === 92 /* \ */) {
      bail(); // comments and backslashes in replacement fields: rare, left to the full parse
    } else i++;
  }
}

/** A format spec, from after its `:` to after the field's closing `}`. */
function scanFormatSpec(src: string, i: number, q: number, triple: boolean, raw: boolean): number {
  const n = src.length;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 123) i = scanField(src, i + 1, q, triple, raw);
    else if (c === 125) return i + 1;
    else if (c === 92 && !raw) i += 2;
    else if (c === q || ((c === 10 || c === 13) && !triple)) bail();
    else i++;
  }
}

/** Tokens of a whole module, or undefined when the text does not tokenize cleanly. */
export function tokenize(src: string): Tokens | undefined {
  try {
    return run(src);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

function run(src: string): Tokens {
  const kind: Kind[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const text: string[] = [];
  const fstring: boolean[] = [];
  const push = (k: Kind, s: number, e: number, t: string, f = false): void => {
    kind.push(k);
    start.push(s);
    end.push(e);
    text.push(t);
    fstring.push(f);
  };
  const n = src.length;
  const indents = [0];
  const brackets: number[] = [];
  let i = 0;
  let atLineStart = true;
  let lineHasTokens = false;
  for (;;) {
    if (atLineStart && brackets.length === 0) {
      let col = 0;
      let tabs = false;
      let spaces = false;
      for (;;) {
        const c = src.charCodeAt(i);
        if (c === 32) {
          col++;
          spaces = true;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          tabs = true;
        } else if (c === 12) {
          col = 0; // a form feed resets the indentation count, as in CPython
        } else break;
        i++;
      }
      const c = src.charCodeAt(i);
      if (i >= n) break;
      if (c === 35) {
        // A comment-only line: no NEWLINE, no INDENT.
        let e = i;
        while (e < n && src.charCodeAt(e) !== 10 && src.charCodeAt(e) !== 13) e++;
        push(Kind.Comment, i, e, '');
        i = e;
        continue;
      }
      if (c === 10) {
        i++;
        continue;
      }
      if (c === 13) {
        if (src.charCodeAt(i + 1) !== 10) bail();
        i += 2;
        continue;
      }
      if (c === 92) bail();
      if (tabs && spaces) bail();
      const top = indents[indents.length - 1]!;
      if (col > top) {
        indents.push(col);
        push(Kind.Indent, i, i, '');
      } else {
        while (col < indents[indents.length - 1]!) {
          indents.pop();
          push(Kind.Dedent, i, i, '');
        }
        if (col !== indents[indents.length - 1]) bail();
      }
      atLineStart = false;
    }
    if (i >= n) break;
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) {
      i++;
    } else if (c === 10 || c === 13) {
      if (c === 13 && src.charCodeAt(i + 1) !== 10) bail();
      const e = c === 13 ? i + 2 : i + 1;
      if (brackets.length === 0) {
        if (lineHasTokens) push(Kind.Newline, i, e, '');
        lineHasTokens = false;
        atLineStart = true;
      }
      i = e;
    } else if (c === 35) {
      let e = i;
      while (e < n && src.charCodeAt(e) !== 10 && src.charCodeAt(e) !== 13) e++;
      push(Kind.Comment, i, e, '');
      i = e;
    } else if (c === 92) {
      if (src.charCodeAt(i + 1) === 10) i += 2;
      else if (src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10) i += 3;
      else bail();
      if (i >= n) bail();
    } else if (c === 34 || c === 39) {
      const e = scanString(src, i, false, false);
      push(Kind.String, i, e, '');
      lineHasTokens = true;
      i = e;
    } else if (isNameStart(c)) {
      const e = nameEnd(src, i);
      const next = src.charCodeAt(e);
      const word = src.slice(i, e);
      if ((next === 34 || next === 39) && word.length <= 2) {
        const lower = word.toLowerCase();
        if (!STRING_PREFIXES.has(lower)) bail(); // t-strings and typos: left to the full parse
        const f = lower.includes('f');
        const se = scanString(src, e, lower.includes('r'), f);
        push(Kind.String, i, se, '', f);
        i = se;
      } else {
        push(Kind.Name, i, e, word);
        i = e;
      }
      lineHasTokens = true;
    } else if ((c >= 48 && c <= 57) || (c === 46 && /\d/.test(src.charAt(i + 1)))) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(src)) bail();
      const e = NUMBER.lastIndex;
      if (isNameStart(src.charCodeAt(e))) bail(); // `1if x else y` and the like
      push(Kind.Number, i, e, '');
      lineHasTokens = true;
      i = e;
    } else {
      const three = src.slice(i, i + 3);
      const op = OPS3.has(three)
        ? three
        : OPS2.has(three.slice(0, 2))
          ? three.slice(0, 2)
          : OPS1.includes(src.charAt(i))
            ? src.charAt(i)
            : bail();
      if (op === '(' || op === '[' || op === '{') brackets.push(c);
      else if (op === ')' || op === ']' || op === '}') {
        const open = brackets.pop();
        if (open !== (op === ')' ? 40 : op === ']' ? 91 : 123)) bail();
      }
      push(Kind.Op, i, i + op.length, op);
      lineHasTokens = true;
      i += op.length;
    }
  }
  if (brackets.length > 0) bail();
  if (lineHasTokens) push(Kind.Newline, n, n, '');
  while (indents.length > 1) {
    indents.pop();
    push(Kind.Dedent, n, n, '');
  }
  return { kind, start, end, text, fstring };
}
