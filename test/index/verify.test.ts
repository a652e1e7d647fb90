import { findDistributions, readDistribution } from '../../packages/index/distribution.js';
import { verifyDistributions } from '../../packages/index/verify.js';
import {
  buildSample,
  metadataText,
  tempDir,
  writeSdist,
  writeWheel,
} from '../../sandbox/samples/distributions.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir('index-verify-')));
afterAll(() => tmp.cleanup());

const meta = (over: Record<string, string | undefined> = {}): string =>
  metadataText(
    Object.entries({
      'Metadata-Version': '2.1',
      Name: 'molecule-ai-workspace-runtime',
      Version: '0.2.0',
      'Requires-Python': '>=3.11',
      ...over,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );

async function pair(
  dir: string,
  wheel: { file?: string; meta?: Record<string, string | undefined> } = {},
  sdist: { file?: string; meta?: Record<string, string | undefined>; top?: string } = {},
) {
  const w = writeWheel(
    dir,
    wheel.file ?? 'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl',
    meta(wheel.meta),
  );
  const s = await writeSdist(
    dir,
    sdist.file ?? 'molecule_ai_workspace_runtime-0.2.0.tar.gz',
    meta(sdist.meta),
    sdist.top,
  );
  return [await readDistribution(w), await readDistribution(s)];
}

function messages(r: ReturnType<typeof verifyDistributions>): string {
  return r.errors.map((e) => e.message).join('\n');
}

describe('verify-metadata', () => {
  it('accepts a normalised wheel + sdist built by setuptools', async () => {
    const dists = await findDistributions(buildSample(tmp.dir));
    expect(verifyDistributions(dists)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses the non-normalised sdist name old setuptools writes (PEP 625)', async () => {
    // setuptools 66 (Debian's) keeps the dashes of a dashed project name: the real incident.
    const dists = await findDistributions(
      buildSample(tmp.dir, { name: 'molecule-ai-workspace-runtime' }),
    );
    const sdist = dists.find((d) => d.kind === 'sdist');
    expect(sdist?.filename).toBe('molecule-ai-workspace-runtime-0.1.0.tar.gz');
    const r = verifyDistributions(dists);
    expect(r.errors).toHaveLength(1);
    expect(messages(r)).toMatch(
      /sdist name 'molecule-ai-workspace-runtime' is not normalised .*molecule_ai_workspace_runtime-0\.1\.0\.tar\.gz/,
    );
    expect(r.errors[0]?.hint).toMatch(/setuptools to 69\.3/);
  });

  it('accepts hand-made well-formed pairs (the fixtures are not broken by themselves)', async () => {
    const dir = tempDir('v-ok-');
    try {
      expect(verifyDistributions(await pair(dir.dir)).errors).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });

  it.each([
    [
      'a renamed wheel (filename version ≠ metadata)',
      { file: 'molecule_ai_workspace_runtime-0.3.0-py3-none-any.whl' },
      {},
      /filename says version '0\.3\.0' but the metadata says '0\.2\.0'/,
    ],
    [
      'a version that is not PEP 440',
      { meta: { Version: '0.2.0-final-final' } },
      {},
      /not a PEP 440 version/,
    ],
    [
      'a local version',
      {
        meta: { Version: '0.2.0+abc' },
        file: 'molecule_ai_workspace_runtime-0.2.0+abc-py3-none-any.whl',
      },
      {},
      /local part/,
    ],
    [
      'an unknown Metadata-Version',
      { meta: { 'Metadata-Version': '3.0' } },
      {},
      /Metadata-Version 3\.0 is unknown/,
    ],
    [
      'a missing Requires-Python on one file',
      {},
      { meta: { 'Requires-Python': undefined } },
      /declares no Requires-Python while .*whl declares '>=3\.11'/,
    ],
    [
      'wheel and sdist disagreeing on Requires-Python',
      {},
      { meta: { 'Requires-Python': '>=3.10' } },
      /disagree on Requires-Python/,
    ],
    [
      'wheel and sdist disagreeing on the version',
      {},
      { file: 'molecule_ai_workspace_runtime-0.2.1.tar.gz', meta: { Version: '0.2.1' } },
      /different versions/,
    ],
    [
      'wheel and sdist of different projects',
      {},
      { file: 'other-0.2.0.tar.gz', meta: { Name: 'other' } },
      /different projects/,
    ],
    [
      'a filename naming another project',
      { file: 'other_name-0.2.0-py3-none-any.whl' },
      {},
      /names project 'other_name' but the metadata says/,
    ],
    [
      'an sdist whose folder does not match its name',
      {},
      { top: 'something-else' },
      /top level is 'something-else'/,
    ],
    [
      'a wheel name with dashes replaced wrongly',
      { file: 'molecule_ai.workspace_runtime-0.2.0-py3-none-any.whl' },
      {},
      /wheel name 'molecule_ai\.workspace_runtime' is not normalised/,
    ],
  ])('refuses %s', async (_label, wheel, sdist, pattern) => {
    const dir = tempDir('v-');
    try {
      const r = verifyDistributions(await pair(dir.dir, wheel, sdist));
      expect(r.errors.length).toBeGreaterThan(0);
      expect(messages(r)).toMatch(pattern);
      for (const e of r.errors) expect(e.hint).toBeTruthy();
    } finally {
      dir.cleanup();
    }
  });

  it('refuses a filename version that is equal but not normalised (1.0-rc1 for 1.0rc1)', async () => {
    const dir = tempDir('v-');
    try {
      const s = await writeSdist(
        dir.dir,
        'pkg-1.0.RC1.tar.gz',
        meta({ Name: 'pkg', Version: '1.0rc1' }),
      );
      const r = verifyDistributions([await readDistribution(s)]);
      expect(messages(r)).toMatch(/'1\.0\.RC1', is not in normalised form '1\.0rc1'/);
    } finally {
      dir.cleanup();
    }
  });

  it('reports every problem at once, not the first only', async () => {
    const dir = tempDir('v-');
    try {
      const dists = await pair(
        dir.dir,
        { meta: { 'Metadata-Version': '9.9' } },
        { meta: { 'Requires-Python': undefined } },
      );
      expect(verifyDistributions(dists).errors.length).toBeGreaterThanOrEqual(2);
    } finally {
      dir.cleanup();
    }
  });

  it('warns (does not refuse) on an uppercase wheel name, which PyPI accepts', async () => {
    const dir = tempDir('v-');
    try {
      const w = writeWheel(
        dir.dir,
        'Pkg_Name-1.0-py3-none-any.whl',
        meta({ Name: 'Pkg-Name', Version: '1.0' }),
      );
      const r = verifyDistributions([await readDistribution(w)]);
      expect(r.errors).toEqual([]);
      expect(r.warnings.join('\n')).toMatch(/not lowercase/);
    } finally {
      dir.cleanup();
    }
  });
});
