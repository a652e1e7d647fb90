import { execFileSync } from 'node:child_process';
import { nextVersion, type KnownVersion } from '../../packages/versions/bump.js';
import { decideRelease, type ReleasePolicy } from '../../packages/versions/decide.js';
import {
  bumpRelease,
  compareVersions,
  parseVersion,
  type Version,
} from '../../packages/versions/pep440.js';
import { readTagVersions, tagName, versionOfTag } from '../../packages/versions/tags.js';
import { ActionError } from '../../packages/toolkit/errors.js';

const v = (s: string): Version => {
  const parsed = parseVersion(s);
  if (!parsed) throw new Error(`test fixture ${s} is not a version`);
  return parsed;
};
const tags = (...names: string[]): KnownVersion[] =>
  readTagVersions(
    names.map((n) => `runtime-v${n}`),
    'runtime-v',
  ).releases.map((r) => ({ version: r.version, source: r.tag }));
const next = (
  known: KnownVersion[],
  bump: 'major' | 'minor' | 'patch',
  prerelease?: 'a' | 'b' | 'rc' | 'dev',
) => nextVersion({ known, bump, prerelease, initialVersion: '0.1.0' });

describe('PEP 440 ordering: the sort -V traps', () => {
  it.each([
    ['0.1.10', '0.1.9'],
    ['1.0.0', '1.0.0rc1'],
    ['1.0.0rc2', '1.0.0rc1'],
    ['1.0.0rc1', '1.0.0b9'],
    ['1.0.0b1', '1.0.0a9'],
    ['1.0.0a1', '1.0.0.dev9'],
    ['0.1.6', '0.1.6.dev1'],
    ['0.1.6.post1', '0.1.6'],
    ['0.1.7.dev1', '0.1.6.post1'],
    ['1!0.1', '9.9.9'],
  ])('%s > %s', (hi, lo) => {
    expect(compareVersions(v(hi), v(lo))).toBeGreaterThan(0);
    expect(compareVersions(v(lo), v(hi))).toBeLessThan(0);
  });

  it('1.0 and 1.0.0 are the same version', () => {
    expect(compareVersions(v('1.0'), v('1.0.0'))).toBe(0);
  });

  it('agrees with packaging.version (real CPython) on a shuffled list', () => {
    const list = [
      '0.1.9',
      '0.1.10',
      '1.0.0rc1',
      '1.0.0',
      '0.1.6.dev1',
      '0.1.6',
      '0.1.6.post1',
      '1.0.0a1',
      '1.0.0b2',
      '0.2',
      '2.0.0.dev3',
      '1.0.0.post2',
    ];
    const ours = readTagVersions(
      list.map((x) => `t${x}`),
      't',
    ).releases.map((r) => r.version.canonical);
    let reference: string[];
    try {
      reference = JSON.parse(
        execFileSync(
          'python3',
          [
            '-c',
            'import json,sys\nfrom packaging.version import Version\nprint(json.dumps(sorted(json.loads(sys.argv[1]), key=Version)))',
            JSON.stringify(list),
          ],
          { encoding: 'utf8' },
        ),
      ) as string[];
    } catch {
      // pip's vendored copy: always present where pip is.
      reference = JSON.parse(
        execFileSync(
          'python3',
          [
            '-c',
            'import json,sys\nfrom pip._vendor.packaging.version import Version\nprint(json.dumps(sorted(json.loads(sys.argv[1]), key=Version)))',
            JSON.stringify(list),
          ],
          { encoding: 'utf8' },
        ),
      ) as string[];
    }
    expect(ours).toEqual(reference.map((x) => v(x).canonical));
    // And sort -V gets it wrong, which is why this module exists.
    const sortV = execFileSync('sort', ['-V'], { input: list.join('\n') + '\n', encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(sortV).not.toEqual(reference);
  });

  it('canonical forms', () => {
    expect(v('1.0.0-RC.1').canonical).toBe('1.0.0rc1');
    expect(v('01.2.3').canonical).toBe('1.2.3');
    expect(v('1.0.0c1').canonical).toBe('1.0.0rc1');
    expect(v('0.1.6-dev1').canonical).toBe('0.1.6.dev1');
    expect(parseVersion('0.1.x')).toBeUndefined();
    expect(v('0.1.6.dev1').isPrerelease).toBe(true);
    expect(v('0.1.6.post1').isPrerelease).toBe(false);
  });

  it('bumps release segments, padding to three', () => {
    expect(bumpRelease(v('0.1.9'), 'patch')).toBe('0.1.10');
    expect(bumpRelease(v('1.0'), 'minor')).toBe('1.1.0');
    expect(bumpRelease(v('1.4.2'), 'major')).toBe('2.0.0');
    expect(bumpRelease(v('0.1.6.post1'), 'patch')).toBe('0.1.7');
    expect(bumpRelease(v('1!2.0.0'), 'patch')).toBe('1!2.0.1');
  });
});

describe('tags', () => {
  it('names and reads tags with a prefix', () => {
    expect(tagName('runtime-v', '0.1.7')).toBe('runtime-v0.1.7');
    expect(versionOfTag('refs/tags/runtime-v0.1.7', 'runtime-v')?.canonical).toBe('0.1.7');
    expect(versionOfTag('other-v0.1.7', 'runtime-v')).toBeUndefined();
  });

  it('ignores and reports malformed tags instead of sorting them in', () => {
    const r = readTagVersions(
      [
        'runtime-v0.1.9',
        'runtime-v0.1.x',
        'refs/tags/runtime-v0.1.10',
        'runtime-vv0.2.0',
        'runtime-v0.3.0+local',
        'runtime-v',
        'runtime-v1.0-final',
        'unrelated-1.0',
        'runtime-v0.1.10.0',
        'runtime-v1.0.0-rc.1',
      ],
      'runtime-v',
    );
    expect(r.releases.map((x) => x.tag)).toEqual([
      'runtime-v0.1.9',
      'runtime-v0.1.10',
      'runtime-v1.0.0-rc.1',
    ]);
    expect(r.ignored.map((x) => x.tag)).toEqual([
      'runtime-v0.1.x',
      'runtime-vv0.2.0',
      'runtime-v0.3.0+local',
      'runtime-v',
      'runtime-v1.0-final',
      'runtime-v0.1.10.0',
    ]);
    expect(r.ignored.find((x) => x.tag === 'runtime-v0.1.10.0')?.reason).toMatch(
      /same version as runtime-v0\.1\.10/,
    );
    expect(r.ignored.find((x) => x.tag === 'runtime-vv0.2.0')?.reason).toMatch(
      /'v' after the prefix/,
    );
    expect(r.nonCanonical.map((x) => x.tag)).toEqual(['runtime-v1.0.0-rc.1']);
  });
});

describe('nextVersion', () => {
  it('first release is initial-version', () => {
    expect(next([], 'patch')).toMatchObject({ version: '0.1.0', previous: '', bump: 'patch' });
    expect(nextVersion({ known: [], bump: 'major', initialVersion: '0.0.1' }).version).toBe(
      '0.0.1',
    );
    expect(next([], 'minor', 'rc')).toMatchObject({
      version: '0.1.0rc1',
      previous: '',
      bump: 'prerelease',
    });
  });

  it('refuses a malformed initial-version, naming the input', () => {
    expect(() => nextVersion({ known: [], bump: 'patch', initialVersion: 'one' })).toThrow(
      ActionError,
    );
    try {
      nextVersion({ known: [], bump: 'patch', initialVersion: 'one' });
    } catch (e) {
      expect((e as ActionError).place.input).toBe('initial-version');
    }
  });

  it('bumps from the highest version by PEP 440, not by text', () => {
    expect(next(tags('0.1.9', '0.1.10', '0.1.2'), 'patch')).toMatchObject({
      version: '0.1.11',
      previous: '0.1.10',
    });
    expect(next(tags('0.1.9', '0.1.10'), 'minor').version).toBe('0.2.0');
    expect(next(tags('0.1.9', '0.1.10'), 'major').version).toBe('1.0.0');
  });

  it('a stable bump starts from the highest STABLE version', () => {
    expect(next(tags('0.1.5', '0.2.0rc1', '0.2.0rc2'), 'patch')).toMatchObject({
      version: '0.1.6',
      previous: '0.1.5',
    });
    // minor finalises the rc series
    expect(next(tags('0.1.5', '0.2.0rc1', '0.2.0rc2'), 'minor').version).toBe('0.2.0');
    expect(next(tags('0.1.6', '0.1.7.dev1'), 'patch').version).toBe('0.1.7');
    expect(next(tags('0.1.6', '0.1.6.post1'), 'patch').version).toBe('0.1.7');
    expect(next(tags('1.0.0rc1', '0.9.0'), 'patch').version).toBe('0.9.1');
  });

  it('pre-release sequences: rc1, then rc2; a new kind starts at 1', () => {
    expect(next(tags('0.1.5'), 'minor', 'rc')).toMatchObject({
      version: '0.2.0rc1',
      previous: '0.1.5',
      bump: 'prerelease',
    });
    expect(next(tags('0.1.5', '0.2.0rc1'), 'minor', 'rc')).toMatchObject({
      version: '0.2.0rc2',
      previous: '0.2.0rc1',
    });
    expect(next(tags('0.1.5', '0.2.0rc1', '0.2.0rc2', '0.2.0rc10'), 'minor', 'rc').version).toBe(
      '0.2.0rc11',
    );
    expect(next(tags('0.1.5', '0.2.0a1', '0.2.0a2'), 'minor', 'b').version).toBe('0.2.0b1');
    expect(next(tags('0.1.5'), 'patch', 'dev').version).toBe('0.1.6.dev1');
    expect(next(tags('0.1.5', '0.1.6.dev1'), 'patch', 'dev').version).toBe('0.1.6.dev2');
    expect(next(tags('0.1.5', '0.1.6.dev3'), 'patch', 'a').version).toBe('0.1.6a1');
    // 0.2rc1 is a pre-release of 0.2.0: the series continues.
    expect(next(tags('0.1.5', '0.2rc1'), 'minor', 'rc').version).toBe('0.2.0rc2');
  });

  it('refuses a pre-release that would sort below an existing one of the same release', () => {
    expect(() => next(tags('0.1.5', '0.2.0rc1'), 'minor', 'a')).toThrow(
      /0\.2\.0a1.*sorts at or below 0\.2\.0rc1/,
    );
    expect(() => next(tags('0.1.5', '0.2.0a1'), 'minor', 'dev')).toThrow(/0\.2\.0\.dev1/);
  });

  it('with only pre-releases, the first final release follows them', () => {
    expect(next(tags('0.1.0rc1', '0.1.0rc2'), 'patch')).toMatchObject({
      version: '0.1.0',
      previous: '0.1.0rc2',
    });
    expect(next(tags('1.0.0rc1'), 'patch').version).toBe('1.0.0');
    expect(next(tags('0.1.0rc1'), 'patch', 'rc').version).toBe('0.1.0rc2');
    expect(next(tags('0.0.1.dev1'), 'patch').version).toBe('0.1.0');
  });

  it('counts what the index holds, so it never proposes a version at or below it', () => {
    const known = [...tags('0.1.7'), { version: v('0.1.8'), source: 'index' }];
    expect(next(known, 'patch')).toMatchObject({ version: '0.1.9', previous: '0.1.8' });
    expect(next(known, 'patch').why).toMatch(/on the index/);
  });
});

describe('decideRelease', () => {
  const policy: ReleasePolicy = {
    defaultBump: 'patch',
    majorLabels: ['release:major'],
    minorLabels: ['release:minor'],
    patchLabels: ['release:patch'],
    skipLabels: ['release:skip'],
    skipMarkers: ['[skip-release]', '[no-release]'],
  };

  it('label precedence major > minor > patch, with a warning for the conflict', () => {
    const d = decideRelease(
      { message: 'x', labels: ['release:minor', 'bug', 'Release:Major'], prNumber: 4 },
      policy,
    );
    expect(d).toMatchObject({ release: true, bump: 'major' });
    expect(d.warnings[0]).toMatch(/PR #4 has conflicting release labels .*Release:Major wins/);
    expect(
      decideRelease({ message: 'x', labels: ['release:patch', 'release:minor'] }, policy),
    ).toMatchObject({ bump: 'minor' });
    expect(decideRelease({ message: 'x', labels: ['release:patch'] }, policy)).toMatchObject({
      bump: 'patch',
      warnings: [],
    });
  });

  it('skip markers and skip labels win, and say why', () => {
    expect(
      decideRelease({ message: 'Fix\n\n[skip-release]', labels: ['release:major'] }, policy),
    ).toMatchObject({
      release: false,
      reason: 'commit message contains [skip-release]',
    });
    const d = decideRelease(
      { message: 'Fix', labels: ['release:skip', 'release:minor'], prNumber: 9 },
      policy,
    );
    expect(d).toMatchObject({ release: false, reason: 'PR #9 has the label release:skip' });
    expect(d.warnings[0]).toMatch(/wins over release:minor/);
    expect(decideRelease({ message: 'docs [NO-RELEASE]' }, policy)).toMatchObject({
      release: false,
    });
  });

  it('no label or no PR → the default bump; default none releases only on a label', () => {
    expect(decideRelease({ message: 'x' }, policy)).toMatchObject({
      release: true,
      bump: 'patch',
      reason: expect.stringMatching(/direct push/),
    });
    expect(
      decideRelease({ message: 'x', labels: [] }, { ...policy, defaultBump: 'minor' }),
    ).toMatchObject({ bump: 'minor' });
    expect(
      decideRelease({ message: 'x', labels: ['bug'] }, { ...policy, defaultBump: 'none' }),
    ).toMatchObject({
      release: false,
      reason: expect.stringMatching(/default-bump is none/),
    });
    expect(
      decideRelease(
        { message: 'x', labels: ['release:patch'] },
        { ...policy, defaultBump: 'none' },
      ),
    ).toMatchObject({
      release: true,
      bump: 'patch',
    });
  });
});
