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
 *
 * It allocates no string per token (issue #19: a slice for every NAME and a
 * shared constant for every OP, plus an object per logical line, kept the
 * garbage collector busy for as long as the tokenizing itself). Each token
 * is one byte of code instead: what a scan compares names and operators
 * against (a keyword, a soft keyword it reads, an operator) is that code,
 * and any other text is sliced from the source on demand.
 */

import { PYTHON_KEYWORDS } from './keywords.js';

/**
 * The words a token code can name: the hard keywords, then the soft keywords
 * and names the statement scan looks for (all of these are plain names to
 * Python). An identifier that is none of them has code NAME.
 */
const WORDS = [
  ...PYTHON_KEYWORDS,
  // Not keywords:
  'match',
  'case',
  'type',
  '__all__',
] as const;
export type Word = (typeof WORDS)[number];

/** The operators and delimiters, longest spelled out; each one's code is OP_BASE + its index. */
const OPS = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '~',
  ':',
  ':=',
  '.',
  '...',
  '=',
  '==',
  '!=',
  '->',
  '+',
  '-',
  '%',
  '&',
  '|',
  '^',
  '@',
  '*',
  '**',
  '/',
  '//',
  '<',
  '<<',
  '<=',
  '>',
  '>>',
  '>=',
  // Augmented assignments, last, so that they are one range of codes:
  '+=',
  '-=',
  '*=',
  '/=',
  '//=',
  '%=',
  '**=',
  '>>=',
  '<<=',
  '&=',
  '^=',
  '|=',
  '@=',
] as const;
export type OpText = (typeof OPS)[number];

/** Code 0: no token (what reading past the last token gives). */
export const NONE = 0;
/** An identifier that is not one of WORDS. */
export const NAME = 1;
const WORD_BASE = 2;
/** Codes below this one are names; from WORD_BASE up to it, hard keywords. */
const SOFT_BASE = WORD_BASE + WORDS.indexOf('match');
const NAME_END = WORD_BASE + WORDS.length;
export const NUMBER = 62;
export const STRING = 63;
const OP_BASE = 64;
const AUGMENTED_BASE = OP_BASE + OPS.indexOf('+=');

/** The code of a word. */
export function word(w: Word): number {
  return WORD_BASE + WORDS.indexOf(w);
}

/** The code of an operator. */
export function op(o: OpText): number {
  return OP_BASE + OPS.indexOf(o);
}

export function isName(code: number): boolean {
  return code >= NAME && code < NAME_END;
}

/** A name that is not a hard keyword. */
export function isPlainName(code: number): boolean {
  return code === NAME || (code >= SOFT_BASE && code < NAME_END);
}

export function isOp(code: number): boolean {
  return code >= OP_BASE;
}

/** `+=`, `//=` and the other augmented assignments. */
export function isAugmented(code: number): boolean {
  return code >= AUGMENTED_BASE;
}

/** Length of an operator token, from its code. */
export const OP_LENGTH: Uint8Array = Uint8Array.from({ length: 256 }, (_, c) =>
  c >= OP_BASE && c - OP_BASE < OPS.length ? OPS[c - OP_BASE]!.length : 0,
);

/**
 * The words by a hash of their first and last characters and length, which
 * no two of them share: an identifier is compared with one word at most,
 * and most hash to no word at all.
 */
const WORD_HASH_SIZE = 256;
const WORD_BY_HASH = new Uint8Array(WORD_HASH_SIZE);

/** Multipliers found by a search over small ones: the first without a collision. */
function wordHash(first: number, last: number, length: number): number {
  return (first + last * 4 + length * 19) & (WORD_HASH_SIZE - 1);
}

WORDS.forEach((w, n) => {
  const h = wordHash(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
  if (WORD_BY_HASH[h] !== 0) throw new Error(`tokenize: keyword hash collision for ${w}`);
  WORD_BY_HASH[h] = WORD_BASE + n;
});

/** The code of the identifier src[i, e). */
function nameCode(src: string, i: number, e: number): number {
  const length = e - i;
  if (length > 8) return NAME; // no word is longer
  const code = WORD_BY_HASH[wordHash(src.charCodeAt(i), src.charCodeAt(e - 1), length)]!;
  if (code === 0) return NAME;
  const w = WORDS[code - WORD_BASE]!;
  if (w.length !== length) return NAME;
  for (let k = 0; k < length; k++) if (w.charCodeAt(k) !== src.charCodeAt(i + k)) return NAME;
  return code;
}

/**
 * The significant tokens of a module (NAME, NUMBER, STRING, OP) in parallel
 * arrays, with what the statement scan needs already worked out while
 * tokenizing, so it takes no second pass over them: the logical lines (where
 * NEWLINE tokens fall, with the depth INDENT/DEDENT tokens give), each
 * bracket's partner, and where comments start.
 */
export interface Tokens {
  count: number;
  /**
   * Code of each token: NAME or a word's code, NUMBER, STRING, or an
   * operator's code. code[count] is NONE, so reading one past the last token
   * matches nothing.
   */
  code: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Indices of the String tokens whose literal holds replacement fields (f-strings). */
  fstrings: number[];
  /** Source offsets where comments start. */
  comments: number[];
  /** For each bracket token, the index of its partner; -1 for the others. */
  partner: Int32Array;
  /** 1 where the token begins a logical line (no expression reaches back across it). */
  startsLine: Uint8Array;
  /** Logical line n holds the tokens [lineStart[n], lineEnd[n]), at indentation depth lineLevel[n]. */
  lineCount: number;
  lineStart: Int32Array;
  lineEnd: Int32Array;
  lineLevel: Int32Array;
  /** SEMICOLON_FLAG where the line holds a `;` outside brackets (more than one simple statement). */
  lineFlags: Uint8Array;
}

export const SEMICOLON_FLAG = 1;

/** The numeric token arrays of one tokenize() call. */
interface Scratch {
  code: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  partner: Int32Array;
  startsLine: Uint8Array;
}

function scratch(size: number): Scratch {
  return {
    code: new Uint8Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    partner: new Int32Array(size),
    startsLine: new Uint8Array(size),
  };
}

/**
 * The arrays are reused from one module to the next: allocating five arrays
 * per module and growing them token by token was a third of the tokenizer's
 * time on small files. A Tokens result views them, so it is valid until the
 * next call of tokenize(). Sized to the source (no module has more tokens
 * than characters), 14 bytes a character: kept only up to a 1 MiB source, so
 * one huge generated module does not stay in memory for the rest of the run.
 */
const KEPT_MAX = 1 << 20;
let kept: Scratch = scratch(0);

function arraysFor(length: number): Scratch {
  const size = length + 1;
  if (size > KEPT_MAX) return scratch(size);
  if (kept.code.length < size)
    kept = scratch(Math.min(KEPT_MAX, Math.max(size, kept.code.length * 2, 4096)));
  return kept;
}

/**
 * The logical lines' arrays, far fewer than tokens: grown by doubling while
 * tokenizing, and kept (like the token arrays) unless a huge module grew them.
 */
const LINES_KEPT_MAX = 1 << 16;
let lineStarts: Int32Array = new Int32Array(1024);
let lineEnds: Int32Array = new Int32Array(1024);
let lineLevels: Int32Array = new Int32Array(1024);
let lineFlags: Uint8Array = new Uint8Array(1024);

function growLines(): void {
  const size = lineStarts.length * 2;
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  lineStarts = grow(lineStarts);
  lineEnds = grow(lineEnds);
  lineLevels = grow(lineLevels);
  const flags = new Uint8Array(size);
  flags.set(lineFlags);
  lineFlags = flags;
}

/** Records logical line `at`: its first and past-last token, indent level and flags. */
function recordLine(at: number, start: number, end: number, level: number, flags: number): void {
  if (at === lineStarts.length) growLines();
  lineStarts[at] = start;
  lineEnds[at] = end;
  lineLevels[at] = level;
  lineFlags[at] = flags;
}

function shrinkLines(): void {
  if (lineStarts.length <= LINES_KEPT_MAX) return;
  lineStarts = new Int32Array(1024);
  lineEnds = new Int32Array(1024);
  lineLevels = new Int32Array(1024);
  lineFlags = new Uint8Array(1024);
}

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

const NAME_START = /[_\p{ID_Start}]/uy;
const NAME_REST = /[\p{ID_Continue}]*/uy;
const NUMBER_PATTERN =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;

/** 1 for the ASCII characters that continue an identifier, 2 for those that also start one. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) NAME_CHAR[c] = 2;
  else if (c >= 48 && c <= 57) NAME_CHAR[c] = 1;
}

/**
 * End of the identifier starting at `i` (which is a name start), or bails.
 * Reads stop at the end of the source (`n`): a character read past the end
 * deoptimizes the compiled loop, which then runs in the interpreter again
 * for hundreds of modules (issue #19: most of a fresh process's scan time).
 */
function nameEnd(src: string, i: number, n: number): number {
  const c = src.charCodeAt(i);
  if (c > 127) {
    NAME_START.lastIndex = i;
    if (!NAME_START.test(src)) bail();
    i = NAME_START.lastIndex;
  } else i++;
  while (i < n) {
    const d = src.charCodeAt(i);
    if (d < 128) {
      if (NAME_CHAR[d] === 0) return i;
      i++;
    } else {
      NAME_REST.lastIndex = i;
      NAME_REST.test(src);
      if (NAME_REST.lastIndex === i) return i;
      i = NAME_REST.lastIndex;
    }
  }
  return i;
}

function isNameStart(c: number): boolean {
  return c < 128 ? NAME_CHAR[c] === 2 : c > 127;
}

const PREFIX_RAW = 1;
const PREFIX_F = 2;

/**
 * What the string prefix src[i, e) says, case-insensitively: r, u, b, f, br,
 * rb, fr or rf, as PREFIX_RAW | PREFIX_F bits; -1 for anything else. Only
 * ASCII letters can be prefixes (no other character lower-cases to one).
 */
function prefixFlags(src: string, i: number, e: number): number {
  if (e - i === 1) {
    const a = src.charCodeAt(i) | 32;
    if (a === 114 /* r */) return PREFIX_RAW;
    if (a === 102 /* f */) return PREFIX_F;
    return a === 117 /* u */ || a === 98 /* b */ ? 0 : -1;
  }
  if (e - i !== 2) return -1;
  const a = src.charCodeAt(i) | 32;
  const b = src.charCodeAt(i + 1) | 32;
  if (a === 114) {
    if (b === 98) return PREFIX_RAW;
    return b === 102 ? PREFIX_RAW | PREFIX_F : -1;
  }
  if (b !== 114) return -1;
  if (a === 98) return PREFIX_RAW;
  return a === 102 ? PREFIX_RAW | PREFIX_F : -1;
}

/**
 * The end of the string literal whose opening quote is at `i`. `raw` and `f`
 * come from its prefix. Replacement fields of f-strings are scanned as
 * expressions (nested strings may reuse the outer quote, PEP 701).
 */
function scanString(src: string, i: number, raw: boolean, f: boolean): number {
  const n = src.length;
  const q = src.charCodeAt(i);
  const triple = i + 2 < n && src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q;
  i += triple ? 3 : 1;
  for (;;) {
    if (i >= n) bail();
    const c = src.charCodeAt(i);
    if (c === 92 /* \ */) {
      // Even in a raw string a backslash keeps the next character from ending it.
      i += i + 2 < n && src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
    } else if (c === q) {
      if (!triple) return i + 1;
      if (i + 2 < n && src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q) return i + 3;
      i++;
    } else if (c === 10 || c === 13) {
      if (!triple) bail();
      i++;
    } else if (f && c === 123 /* { */) {
      if (i + 1 < n && src.charCodeAt(i + 1) === 123) i += 2;
      else i = scanField(src, i + 1, q, triple, raw);
    } else if (f && c === 125 /* } */) {
      if (i + 1 < n && src.charCodeAt(i + 1) === 125) i += 2;
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
      const e = nameEnd(src, i, n);
      const next = e < n ? src.charCodeAt(e) : 0;
      const prefix = next === 34 || next === 39 ? prefixFlags(src, i, e) : -1;
      if (prefix >= 0) {
        i = scanString(src, e, (prefix & PREFIX_RAW) !== 0, (prefix & PREFIX_F) !== 0);
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
  shrinkLines();
  try {
    return run(src);
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

// The brackets and `;`, by code: what the tokenizer pairs and the scan reads.
export const LPAR = op('(');
export const RPAR = op(')');
export const LSQB = op('[');
export const RSQB = op(']');
export const LBRACE = op('{');
export const RBRACE = op('}');
export const SEMICOLON = op(';');

/**
 * Operator codes by their characters, for opAt: OP1 by the first one, OP2
 * and OP3 by the first two (OP3 for the three-character operators, whose
 * third character OP_THIRD holds).
 */
const OP1 = new Uint8Array(128);
const OP2 = new Uint8Array(128 * 128);
const OP3 = new Uint8Array(128 * 128);
const OP_THIRD = new Uint8Array(256);
OPS.forEach((o, n) => {
  const code = OP_BASE + n;
  const first = o.charCodeAt(0);
  if (o.length === 1) OP1[first] = code;
  else if (o.length === 2) OP2[(first << 7) | o.charCodeAt(1)] = code;
  else {
    OP3[(first << 7) | o.charCodeAt(1)] = code;
    OP_THIRD[code] = o.charCodeAt(2);
  }
});

/**
 * The code of the operator or delimiter at `i` (its first character is `c`),
 * longest match first; NONE for a character that starts none.
 */
function opAt(src: string, i: number, c: number): number {
  if (c >= 128) return NONE;
  const n = src.length;
  const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
  if (d < 128) {
    const pair = (c << 7) | d;
    const three = OP3[pair]!;
    if (three !== NONE && i + 2 < n && src.charCodeAt(i + 2) === OP_THIRD[three]) return three;
    const two = OP2[pair]!;
    if (two !== NONE) return two;
  }
  return OP1[c]!;
}

/**
 * End of the comment starting at `i`: the next line break. A native search
 * for the next LF, when the source holds no CR (`hasCR` false): faster than
 * a loop while the loop still runs in the interpreter.
 */
function commentEnd(src: string, i: number, hasCR: boolean): number {
  const n = src.length;
  if (!hasCR) {
    const e = src.indexOf('\n', i);
    return e < 0 ? n : e;
  }
  let e = i;
  while (e < n) {
    const c = src.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  return e;
}

/** Depths of the open indentation levels and token indices of the open brackets, reused. */
const indents: number[] = [];
const brackets: number[] = [];

function run(src: string): Tokens {
  const fstrings: number[] = [];
  const comments: number[] = [];
  const { code, start, end, partner, startsLine } = arraysFor(src.length);
  let count = 0;
  let lines = 0;
  let lineStart = -1;
  /** The current logical line holds a `;` outside brackets. */
  let semicolon = 0;
  const n = src.length;
  const hasCR = src.indexOf('\r') >= 0;
  indents.length = 0;
  indents.push(0);
  brackets.length = 0;
  let i = 0;
  let atLineStart = true;
  // No read goes past the end of the source (see nameEnd).
  for (;;) {
    if (atLineStart && brackets.length === 0) {
      let col = 0;
      let tabs = false;
      let spaces = false;
      let c = 0;
      for (; i < n; i++) {
        c = src.charCodeAt(i);
        if (c === 32) {
          col++;
          spaces = true;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          tabs = true;
        } else if (c === 12) {
          col = 0; // a form feed resets the indentation count, as in CPython
        } else break;
      }
      if (i >= n) break;
      if (c === 35) {
        // A comment-only line: no NEWLINE, no INDENT.
        comments.push(i);
        i = commentEnd(src, i, hasCR);
        continue;
      }
      if (c === 10) {
        i++;
        continue;
      }
      if (c === 13) {
        if (i + 1 >= n || src.charCodeAt(i + 1) !== 10) bail();
        i += 2;
        continue;
      }
      if (c === 92) bail();
      if (tabs && spaces) bail();
      const top = indents[indents.length - 1]!;
      if (col > top) indents.push(col);
      else {
        while (col < indents[indents.length - 1]!) indents.pop();
        if (col !== indents[indents.length - 1]) bail();
      }
      atLineStart = false;
    }
    if (i >= n) break;
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (c === 13 && (i + 1 >= n || src.charCodeAt(i + 1) !== 10)) bail();
      if (brackets.length === 0) {
        // NEWLINE: ends the logical line, if it holds tokens.
        if (lineStart >= 0) {
          recordLine(lines, lineStart, count, indents.length - 1, semicolon);
          lines++;
        }
        lineStart = -1;
        semicolon = 0;
        atLineStart = true;
      }
      i += c === 13 ? 2 : 1;
      continue;
    }
    if (c === 35) {
      comments.push(i);
      i = commentEnd(src, i, hasCR);
      continue;
    }
    if (c === 92) {
      const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
      if (d === 10) i += 2;
      else if (d === 13 && i + 2 < n && src.charCodeAt(i + 2) === 10) i += 3;
      else bail();
      if (i >= n) bail();
      continue;
    }
    // A token.
    let k: number;
    let e: number;
    let f = false;
    if (c === 34 || c === 39) {
      k = STRING;
      e = scanString(src, i, false, false);
    } else if (isNameStart(c)) {
      const ne = nameEnd(src, i, n);
      const next = ne < n ? src.charCodeAt(ne) : 0;
      if ((next === 34 || next === 39) && ne - i <= 2) {
        const prefix = prefixFlags(src, i, ne);
        if (prefix < 0) bail(); // t-strings and typos: left to the full parse
        f = (prefix & PREFIX_F) !== 0;
        k = STRING;
        e = scanString(src, ne, (prefix & PREFIX_RAW) !== 0, f);
      } else {
        k = nameCode(src, i, ne);
        e = ne;
      }
    } else if (
      (c >= 48 && c <= 57) ||
      (c === 46 && i + 1 < n && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57)
    ) {
      NUMBER_PATTERN.lastIndex = i;
      if (!NUMBER_PATTERN.test(src)) bail();
      e = NUMBER_PATTERN.lastIndex;
      if (e < n && isNameStart(src.charCodeAt(e))) bail(); // `1if x else y` and the like
      k = NUMBER;
    } else {
      k = opAt(src, i, c);
      if (k === NONE) bail();
      e = i + OP_LENGTH[k]!;
    }
    const j = count++;
    if (f) fstrings.push(j);
    startsLine[j] = lineStart < 0 ? 1 : 0;
    if (lineStart < 0) lineStart = j;
    code[j] = k;
    start[j] = i;
    end[j] = e;
    partner[j] = -1;
    if (k === LPAR || k === LSQB || k === LBRACE) brackets.push(j);
    else if (k === RPAR || k === RSQB || k === RBRACE) {
      const open = brackets.pop();
      if (open === undefined) bail();
      if (code[open!] !== (k === RPAR ? LPAR : k === RSQB ? LSQB : LBRACE)) bail();
      partner[open!] = j;
      partner[j] = open!;
    } else if (k === SEMICOLON && brackets.length === 0) semicolon = SEMICOLON_FLAG;
    i = e;
  }
  if (brackets.length > 0) bail();
  if (lineStart >= 0) {
    recordLine(lines, lineStart, count, indents.length - 1, semicolon);
    lines++;
  }
  // Reading one or two past the last token finds no token (the arrays are reused).
  code[count] = NONE;
  if (count + 1 < code.length) code[count + 1] = NONE;
  return {
    count,
    code,
    start,
    end,
    fstrings,
    comments,
    partner,
    startsLine,
    lineCount: lines,
    lineStart: lineStarts,
    lineEnd: lineEnds,
    lineLevel: lineLevels,
    lineFlags,
  };
}
