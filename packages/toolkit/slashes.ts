/**
 * Trailing slashes, trimmed by one rule wherever a URL or folder gets a
 * path appended (issue #16: it was written out at a dozen places).
 */

/** `https://pypi.org//` → `https://pypi.org`, `src/` → `src`; every trailing `/` goes, nothing else. */
export function trimSlash(text: string): string {
  return text.replace(/\/+$/, '');
}
