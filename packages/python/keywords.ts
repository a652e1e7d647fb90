/**
 * Python's hard keywords, in the order of CPython's `keyword.kwlist` (the
 * same list since 3.7, when async and await joined it; a test compares it
 * with the python3 on the machine). A name among them is never an
 * identifier; the soft keywords (`match`, `case`, `type`, `_`) are.
 */
export const PYTHON_KEYWORDS = [
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
] as const;
