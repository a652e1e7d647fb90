/**
 * The wait-for-pypi BUNDLE against the sandbox index with a propagation
 * delay (files stay out of /simple/ for a while after upload, as on PyPI's
 * CDN): it returns at the first poll that lists the files, prints progress
 * meanwhile, and a timeout says what the index last listed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startPyPI, type PyPISandbox, type PyPIOptions } from '../../sandbox/pypi/index.js';
import { allText, repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { buildSample, tempDir } from '../../sandbox/samples/distributions.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const DELAY_MS = 2500;

let tmp: ReturnType<typeof tempDir>;
let dist: string;
let pypi: PyPISandbox;

beforeAll(() => {
  for (const a of ['pypi-publish', 'wait-for-pypi']) {
    if (!existsSync(path.join(repoRoot, 'dist', a, 'index.js'))) {
      throw new Error(`dist/${a}/index.js is missing: node scripts/bundle.mjs ${a}`);
    }
  }
  tmp = tempDir('wait-for-pypi-');
  dist = buildSample(tmp.dir);
});
afterAll(() => tmp.cleanup());
afterEach(async () => pypi?.close());

async function start(extra: PyPIOptions = {}): Promise<void> {
  pypi = await startPyPI({ tokens: { 'pypi-static': {} }, propagationDelayMs: DELAY_MS, ...extra });
}

/** Uploads with the pypi-publish bundle, not waiting for visibility. */
async function upload(): Promise<RunResult> {
  const r = await runAction('pypi-publish', {
    inputs: {
      'packages-dir': dist,
      'repository-url': pypi.uploadUrl,
      password: 'pypi-static',
      'wait-visible': 'false',
    },
  });
  expect(r.exitCode).toBe(0);
  return r;
}

function waitFor(inputs: Record<string, string>): Promise<RunResult> {
  return runAction('wait-for-pypi', {
    inputs: { package: PROJECT, 'index-url': pypi.url, timeout: '30s', ...inputs },
    timeoutMs: 60_000,
  });
}

describe('wait-for-pypi', () => {
  it.each([['json+html'], ['html']] as const)(
    'returns at the first poll after the files appear (%s index)',
    async (formats) => {
      await start(formats === 'html' ? { simpleFormats: ['html'] } : {});
      await upload();
      const visibleAt = Math.max(...pypi.files(PROJECT).map((f) => f.uploadedAt)) + DELAY_MS;
      const r = await waitFor({ version: '0.1.0' });
      const doneAt = Date.now();
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      // Progress while not listed, then the line that says it is.
      expect(r.stdout).toMatch(
        /Not listed yet \([\d.]+ s, poll 1\); index has versions: none; next poll in 1\.0 s/,
      );
      expect(r.stdout).toMatch(
        /Listed after [\d.]+ s \(poll \d\): molecule_ai_workspace_runtime-0\.1\.0-py3-none-any\.whl, molecule_ai_workspace_runtime-0\.1\.0\.tar\.gz/,
      );
      // Not before the index listed them, and within one poll interval (≤ 4 s at that point) plus start-up.
      expect(doneAt).toBeGreaterThanOrEqual(visibleAt);
      expect(doneAt - visibleAt).toBeLessThan(4000 + 1500);
      const files = JSON.parse(r.outputs.files ?? '[]') as {
        filename: string;
        sha256: string;
        url: string;
        requires_python: string;
      }[];
      expect(files.map((f) => f.filename).sort()).toEqual(
        pypi
          .files(PROJECT)
          .map((f) => f.filename)
          .sort(),
      );
      expect(files.map((f) => f.sha256).sort()).toEqual(
        pypi
          .files(PROJECT)
          .map((f) => f.sha256)
          .sort(),
      );
      expect(files[0]?.requires_python).toBe('>=3.11');
      expect(Number(r.outputs.waited)).toBeGreaterThan(0);
      expect(r.summary).toMatch(/molecule-ai-workspace-runtime 0\.1\.0 is on the index/);
    },
  );

  it('returns at once when the version is already listed', async () => {
    await start({ propagationDelayMs: 0 });
    await upload();
    const r = await waitFor({ version: '0.1.0' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(/Not listed yet/);
    expect(Number(r.outputs.waited)).toBeLessThan(1);
  });

  it('times out saying what the index last listed', async () => {
    await start({ propagationDelayMs: 0 });
    await upload();
    const r = await waitFor({ version: '0.2.0', timeout: '2s' });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(
      /Timed out after 2 s waiting for molecule-ai-workspace-runtime 0\.2\.0 on http:\/\/127\.0\.0\.1:\d+: it lists versions 0\.1\.0/,
    );
    expect(r.stdout).toContain('molecule_ai_workspace_runtime-0.1.0.tar.gz');
    expect(r.summary).toMatch(/Not visible on the index/);
  });

  it('times out saying the project does not exist on that index', async () => {
    await start();
    const r = await waitFor({ version: '0.1.0', timeout: '1s' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /the project does not exist there/,
    );
  });

  it.each([
    ['a closed port', 'closed', /connection refused/],
    ['a host name that does not resolve', 'http://index.invalid', /host not found/],
  ])(
    'tells an index it cannot reach (%s) from one that has not listed the version, and gives up after 3 failed polls',
    async (_what, where, reason) => {
      let indexUrl = where;
      if (where === 'closed') {
        await start();
        indexUrl = pypi.url;
        await pypi.close();
      }
      const started = Date.now();
      const r = await runAction('wait-for-pypi', {
        inputs: { package: PROJECT, 'index-url': indexUrl, version: '0.1.0', timeout: '10m' },
        timeoutMs: 120_000,
      });
      expect(r.exitCode).toBe(1);
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(r.stdout).not.toContain('Not listed yet');
      expect(r.stdout).not.toContain('index has versions');
      expect(
        r.stdout.match(
          /Cannot reach the index \([\d.]+ s, poll \d; \d of at most 3 failed polls in a row\)/g,
        ),
      ).toHaveLength(3);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.title).toBe('Index unreachable');
      expect(errors[0]?.message).toContain(
        `Cannot reach the index at ${indexUrl}: 3 polls in a row failed`,
      );
      expect(errors[0]?.message).toContain('rather than after the 600 s timeout');
      expect(errors[0]?.message).toMatch(reason);
      expect(allText(r)).not.toContain('idempotent');
    },
  );

  it('refuses a version that is not PEP 440, naming the input', async () => {
    await start();
    const r = await waitFor({ version: 'latest' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'latest' is not a PEP 440 version.*input 'version'/,
    );
    expect(pypi.requests).toHaveLength(0);
  });

  it('refuses a verify-provenance that is not true or false before it asks the index', async () => {
    await start();
    const r = await waitFor({ version: '0.1.0', 'verify-provenance': 'maybe' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /Input 'verify-provenance' must be true or false, got 'maybe'/,
    );
    // Checked with the other inputs: it used to be read only after the wait.
    expect(pypi.requests).toHaveLength(0);
    expect(r.outputs).toEqual({});
  });

  it('pypi-publish itself waits through the delay and reports how long the index took', async () => {
    await start();
    const r = await runAction('pypi-publish', {
      inputs: { 'packages-dir': dist, 'repository-url': pypi.uploadUrl, password: 'pypi-static' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Waiting for the index \([\d.]+ s, poll 1\): listed 0, missing/);
    expect(Number(r.outputs['index-visible-after'])).toBeGreaterThanOrEqual(DELAY_MS / 1000 - 0.5);
    expect(r.summary).toMatch(/The index listed every file [\d.]+ s after the upload/);
  });
});
