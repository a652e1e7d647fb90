/**
 * Requires-Python against real interpreters, and the message pip never gives:
 * for an interpreter below the floor pip only says "Could not find a version
 * that satisfies the requirement … (from versions: none)", which never
 * mentions Python (field notes, incident 7).
 */
import { ActionError } from '../toolkit/errors.js';
import { isSpecifier, satisfiesSpecifier } from '../versions/specifiers.js';

/** True when `version` (3.11.7) is allowed; no Requires-Python allows everything. */
export function allowsPython(requiresPython: string | undefined, version: string): boolean {
  if (!requiresPython || requiresPython.trim() === '') return true;
  return satisfiesSpecifier(version, requiresPython);
}

/** Throws when the wheel's Requires-Python is not a PEP 440 specifier (pip would refuse it too). */
export function checkRequiresPython(requiresPython: string | undefined, wheel: string): void {
  if (requiresPython && !isSpecifier(requiresPython)) {
    throw new ActionError(
      `${wheel}: Requires-Python '${requiresPython}' is not a valid PEP 440 specifier.`,
      {
        title: 'Invalid Requires-Python',
        hint: 'Fix requires-python in pyproject.toml (for example ">=3.11").',
      },
    );
  }
}

/**
 * The lowest 3.N that Requires-Python allows any release of, or undefined when
 * there is no specifier. Used to parse sources with that version's grammar.
 */
export function floorMinor(requiresPython: string | undefined): [number, number] | undefined {
  if (!requiresPython || !isSpecifier(requiresPython)) return undefined;
  for (let minor = 0; minor < 40; minor++) {
    if (
      satisfiesSpecifier(`3.${minor}.0`, requiresPython) ||
      satisfiesSpecifier(`3.${minor}.99`, requiresPython)
    ) {
      return [3, minor];
    }
  }
  return undefined;
}

export interface FloorFacts {
  distribution: string;
  version: string;
  requiresPython: string;
  /** What the user asked for (`python3`, `floor`, a path). */
  interpreter: string;
  interpreterVersion: string;
}

/** The plain statement of a Python floor failure: both versions, pip's words, the ways out. */
export function floorMessage(f: FloorFacts): string {
  const floor = floorMinor(f.requiresPython);
  const need = floor ? `${floor[0]}.${floor[1]}` : f.requiresPython;
  const [major, minor] = f.interpreterVersion.split('.');
  return (
    `${f.distribution} ${f.version} requires Python ${f.requiresPython} (Requires-Python), ` +
    `but ${f.interpreter} is Python ${f.interpreterVersion}. ` +
    `pip on this interpreter would not say so: it skips the release and reports only ` +
    `"Could not find a version that satisfies the requirement ${f.distribution}==${f.version} (from versions: none)". ` +
    `Upgrade paths: run with Python ${need} or newer (actions/setup-python with python-version: '${need}', ` +
    `pyenv install ${need}, or a python:${need}-slim image); ` +
    `or, if Python ${major}.${minor} must keep working, lower requires-python in pyproject.toml ` +
    `and make the code run on ${major}.${minor}.`
  );
}
