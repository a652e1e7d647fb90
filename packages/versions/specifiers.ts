/**
 * PEP 440 version specifiers (`>=3.10`, `~=1.4,!=1.4.2`), as in
 * Requires-Python and dependency requirements. With pep440.ts the only
 * importer of @renovatebot/pep440 (issue #16), so every check of a
 * specifier follows the same rules.
 */
import { satisfies, validRange } from '@renovatebot/pep440';

/** True when `text` is a valid specifier set; an empty string is one (it allows everything). */
export function isSpecifier(text: string): boolean {
  return validRange(text);
}

/** True when `version` is allowed by `specifier` (pre-releases only when the specifier names one). */
export function satisfiesSpecifier(version: string, specifier: string): boolean {
  return satisfies(version, specifier);
}
