/**
 * The helpers other packages use instead of importing @renovatebot/pep440
 * themselves (issue #16): checked against `packaging`, the library pip uses,
 * so a wrapper that drifts from PEP 440 fails here.
 */
import { execFileSync } from 'node:child_process';
import { isVersion, localSegment, versionsEqual } from '../../packages/versions/pep440.js';
import { isSpecifier, satisfiesSpecifier } from '../../packages/versions/specifiers.js';

/** Runs `script` with packaging (or pip's vendored copy) on `cases`; returns its JSON answer. */
function packaging<T>(script: string, cases: unknown): T {
  for (const root of ['packaging', 'pip._vendor.packaging']) {
    try {
      const out = execFileSync(
        'python3',
        ['-c', script.replaceAll('PACKAGING', root), JSON.stringify(cases)],
        { encoding: 'utf8' },
      );
      return JSON.parse(out) as T;
    } catch {
      // try pip's vendored copy next
    }
  }
  throw new Error('neither packaging nor pip is importable by python3');
}

describe('versions: the one owner of PEP 440 parsing', () => {
  it('isVersion and localSegment agree with packaging.version', () => {
    const cases = [
      '1.0',
      '0.1.7',
      '1.0.0rc1',
      '1!2.0',
      '1.0+abc.1',
      '0.1.6.post1',
      '1.0.x',
      'v1.0',
      'latest',
      '1.0-',
    ];
    const reference = packaging<[boolean, string | null][]>(
      'import json,sys\nfrom PACKAGING.version import Version, InvalidVersion\n' +
        'def f(s):\n  try:\n    v = Version(s)\n    return [True, v.local]\n  except InvalidVersion:\n    return [False, None]\n' +
        'print(json.dumps([f(s) for s in json.loads(sys.argv[1])]))',
      cases,
    );
    expect(cases.map((c) => [isVersion(c), localSegment(c) ?? null])).toEqual(reference);
    expect(reference.some(([ok]) => !ok)).toBe(true);
  });

  it('versionsEqual is PEP 440 equality, not string equality', () => {
    const pairs: [string, string][] = [
      ['1.0', '1.0.0'],
      ['1.0-RC1', '1.0rc1'],
      ['0.1.7', '0.1.7.post1'],
      ['1.0', '1.0.dev0'],
    ];
    const reference = packaging<boolean[]>(
      'import json,sys\nfrom PACKAGING.version import Version\n' +
        'print(json.dumps([Version(a) == Version(b) for a, b in json.loads(sys.argv[1])]))',
      pairs,
    );
    expect(pairs.map(([a, b]) => versionsEqual(a, b))).toEqual(reference);
    expect(reference).toEqual([true, true, false, false]);
  });

  it('isSpecifier and satisfiesSpecifier agree with packaging.specifiers', () => {
    const cases: [string, string][] = [
      ['>=3.10', '3.11.7'],
      ['>=3.10', '3.9.18'],
      ['>=3.9,<3.13', '3.13.0'],
      ['~=3.11', '3.12.1'],
      ['!=3.12.*', '3.12.4'],
      ['', '3.8.0'],
    ];
    // Pre-releases are left out on purpose: packaging 26 lets `>=3.10` contain
    // 3.13.0rc1, the pep440 port does not. Interpreter versions we check are
    // three plain numbers, and this refactor keeps behaviour unchanged.
    const reference = packaging<boolean[]>(
      'import json,sys\nfrom PACKAGING.specifiers import SpecifierSet\n' +
        'print(json.dumps([SpecifierSet(s).contains(v) for s, v in json.loads(sys.argv[1])]))',
      cases,
    );
    expect(cases.map(([s, v]) => satisfiesSpecifier(v, s))).toEqual(reference);
    expect(cases.every(([s]) => isSpecifier(s))).toBe(true);
    for (const bad of ['>=3.x', '=>3.10', 'python>=3']) expect(isSpecifier(bad)).toBe(false);
  });
});
