/**
 * The one version policy of every action (README, "Versions"): a version
 * input is a PEP 440 version in its canonical spelling, the one the index and
 * pip show (0.1.7, 0.2.0rc1, 0.1.7.post1, 0.1.7.dev2). Any other spelling of a
 * valid version (v0.1.7, 0.1.07, 0.2.0-rc.1) is refused with the canonical form
 * suggested, never rewritten silently: the same string is a tag, a file name,
 * a Docker tag and a payload field down the chain, and they must agree.
 */
import { parseVersion } from './pep440.js';
import { ActionError } from '../toolkit/errors.js';

/**
 * The canonical form of a PEP 440 version (`0.1.06` → `0.1.6`, `1.0-rc1` →
 * `1.0rc1`, `v1.0` → `1.0`), or undefined when it is not one.
 */
export function canonicalForm(raw: string): string | undefined {
  return parseVersion(raw)?.canonical;
}

/** Accepts a canonical version; refuses anything else, suggesting the canonical form when there is one. */
export function canonicalVersion(raw: string, input = 'version'): string {
  const canonical = canonicalForm(raw);
  if (canonical === undefined) {
    throw new ActionError(`Input '${input}': '${raw}' is not a PEP 440 version.`, {
      title: 'Invalid version',
      input,
      hint: 'Use a version such as 0.1.6, 0.2.0rc1, 0.1.6.dev1 or 0.1.6.post1.',
    });
  }
  if (canonical !== raw) {
    throw new ActionError(
      `Input '${input}': '${raw}' is not in canonical form; use '${canonical}'.`,
      {
        title: 'Non-canonical version',
        input,
        hint: `PyPI and pip show '${canonical}'; tags, file names and the published version must agree, so write it that way.`,
      },
    );
  }
  return canonical;
}

/**
 * A canonical version with no local segment (`+abc`): one that releases can
 * be numbered from (auto-tag's initial-version; PyPI refuses local versions
 * on upload). Checked as the input is read, so a typo fails the first run
 * and not the first release.
 */
export function canonicalPublicVersion(raw: string, input: string): string {
  const canonical = canonicalVersion(raw, input);
  if (parseVersion(canonical)?.local !== null) {
    throw new ActionError(`${input} '${raw}' is not a PEP 440 version.`, {
      input,
      hint: 'Use a version such as 0.1.0.',
    });
  }
  return canonical;
}
