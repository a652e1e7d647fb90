/**
 * The pypi-publish BUNDLE, run as the Actions runner runs it, against the
 * sandbox index and OIDC issuer: Trusted Publishing end to end, then real
 * `pip install` from the sandbox, then the same files through real `twine
 * upload` to compare what reaches the index. Every test checks that no JWT
 * and no minted token appears in anything the run printed or wrote. The
 * other refusals run in-process in test/index/pypi-publish-run.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startOidcIssuer, type OidcIssuer } from '../../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox, type PyPIOptions } from '../../sandbox/pypi/index.js';
import { allText, repoRoot, runAction, type RunResult } from '../../sandbox/runner.js';
import { buildSample, distFiles, tempDir } from '../../sandbox/samples/distributions.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const PUBLISHER = {
  project: PROJECT,
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};

let tmp: ReturnType<typeof tempDir>;
let dist: string;
let issuer: OidcIssuer;
let pypi: PyPISandbox;
let extraIndexes: PyPISandbox[] = [];
let results: RunResult[] = [];

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist', 'pypi-publish', 'index.js'))) {
    throw new Error('dist/pypi-publish/index.js is missing: node scripts/bundle.mjs pypi-publish');
  }
  tmp = tempDir('pypi-publish-');
  dist = buildSample(tmp.dir);
});
afterAll(() => tmp.cleanup());

async function startIndex(extra: PyPIOptions = {}): Promise<PyPISandbox> {
  return startPyPI({
    trustedPublishing: { issuer: issuer.issuer, jwksUrl: issuer.jwksUrl },
    publishers: [PUBLISHER],
    tokens: { 'pypi-static': {} },
    ...extra,
  });
}

beforeEach(async () => {
  results = [];
  extraIndexes = [];
  issuer = await startOidcIssuer();
  pypi = await startIndex();
});

afterEach(async () => {
  try {
    checkSecrets();
  } finally {
    await pypi.close();
    for (const p of extraIndexes) await p.close();
    await issuer.close();
  }
});

/** The secret-leak check, for every run of every test. */
function checkSecrets(): void {
  const secrets = [
    ...issuer.issued,
    ...pypi.mintedTokens,
    ...extraIndexes.flatMap((p) => p.mintedTokens),
  ];
  for (const r of results) {
    const text = allText(r);
    for (const s of secrets) expect(text.includes(s)).toBe(false);
  }
  // Every secret handed out went to one of this test's runs, which registered it with ::add-mask::.
  const masked = new Set(results.flatMap((r) => r.masked));
  const handedToUs = [...issuer.issued, ...pypi.mintedTokens];
  for (const s of handedToUs) expect(masked.has(s)).toBe(true);
}

/**
 * A child process that talks to the sandbox must not block this process's
 * event loop (spawnSync would), or the sandbox, served from here, never answers.
 */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function publish(
  inputs: Record<string, string> = {},
  env: Record<string, string> | null = {},
): Promise<RunResult> {
  const r = await runAction('pypi-publish', {
    inputs: {
      'packages-dir': dist,
      'repository-url': pypi.uploadUrl,
      'wait-timeout': '30s',
      // Signing is covered by pypi-publish-attestations.test.ts; these tests count one JWT per run.
      attestations: 'false',
      ...inputs,
    },
    env:
      env === null
        ? {}
        : {
            ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
            ...env,
          },
    timeoutMs: 90_000,
  });
  results.push(r);
  return r;
}

function errors(r: RunResult): string {
  return r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

interface FileOutput {
  name: string;
  size: number;
  sha256: string;
  url: string;
  status: string;
}
const filesOf = (r: RunResult): FileOutput[] => JSON.parse(r.outputs.files ?? '[]') as FileOutput[];

describe('pypi-publish through Trusted Publishing', () => {
  it('uploads wheel then sdist, waits until listed, and pip installs from the index', async () => {
    const r = await publish();
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.version).toBe('0.1.0');
    const files = filesOf(r);
    expect(files.map((f) => [f.name, f.status])).toEqual([
      ['molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl', 'uploaded'],
      ['molecule_ai_workspace_runtime-0.1.0.tar.gz', 'uploaded'],
    ]);
    expect(pypi.uploads.map((u) => [u.filename, u.status])).toEqual([
      ['molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl', 200],
      ['molecule_ai_workspace_runtime-0.1.0.tar.gz', 200],
    ]);
    expect(
      pypi
        .files(PROJECT)
        .map((f) => f.sha256)
        .sort(),
    ).toEqual(files.map((f) => f.sha256).sort());
    expect(Number(r.outputs['index-visible-after'])).toBeGreaterThanOrEqual(0);
    for (const f of files) expect(f.url.startsWith(pypi.url)).toBe(true);

    // One JWT issued and one token minted; both masked, neither printed (afterEach).
    expect(issuer.issued).toHaveLength(1);
    expect(pypi.mintedTokens).toHaveLength(1);
    expect(r.masked).toEqual(
      expect.arrayContaining([issuer.issued[0], pypi.mintedTokens[0], issuer.requestToken]),
    );
    expect(r.summary).toMatch(
      /\| \[molecule_ai_workspace_runtime-0\.1\.0-py3-none-any\.whl\]\(http/,
    );
    expect(r.summary).toMatch(/Trusted Publishing/);

    // Real pip, only ever talking to the sandbox.
    const target = path.join(tmp.dir, 'site');
    mkdirSync(target, { recursive: true });
    const pip = await run(
      'python3',
      [
        '-m',
        'pip',
        'install',
        '--no-cache-dir',
        '--disable-pip-version-check',
        '--no-deps',
        '--index-url',
        pypi.simpleUrl,
        '--target',
        target,
        `${PROJECT}==0.1.0`,
      ],
      { ...process.env, PIP_NO_INPUT: '1', PIP_CONFIG_FILE: '/dev/null' },
    );
    expect(pip.stderr).not.toMatch(/ERROR/);
    expect(pip.status).toBe(0);
    const imported = spawnSync(
      'python3',
      [
        '-c',
        `import sys; sys.path.insert(0, ${JSON.stringify(target)}); import molecule_runtime; print(molecule_runtime.VALUE)`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(imported.stdout.trim()).toBe('42');
  });

  it('a re-run after success passes without uploading anything', async () => {
    expect((await publish()).exitCode).toBe(0);
    const before = pypi.uploads.length;
    const again = await publish();
    expect(again.exitCode).toBe(0);
    expect(pypi.uploads.length).toBe(before);
    expect(filesOf(again).map((f) => f.status)).toEqual(['already-published', 'already-published']);
  });

  it('a re-run with changed content fails: a version cannot be replaced', async () => {
    expect((await publish()).exitCode).toBe(0);
    const rebuilt = buildSample(tmp.dir, { marker: '# rebuilt' });
    const r = await publish({ 'packages-dir': rebuilt });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toMatch(
      /molecule_ai_workspace_runtime-0\.1\.0-py3-none-any\.whl already exists on the index with different content \(index sha256 [0-9a-f]{64}, local [0-9a-f]{64}\)/,
    );
    expect(errors(r)).toMatch(/Bump the version/);
    expect(pypi.uploads.filter((u) => u.status === 200)).toHaveLength(2);
  });

  it('skip-existing skips files already there whatever their content', async () => {
    expect((await publish()).exitCode).toBe(0);
    const rebuilt = buildSample(tmp.dir, { marker: '# rebuilt again' });
    const r = await publish({ 'packages-dir': rebuilt, 'skip-existing': 'true' });
    expect(r.exitCode).toBe(0);
    expect(filesOf(r).map((f) => f.status)).toEqual(['skipped', 'skipped']);
  });

  it('retries injected 503s and connection resets, and the upload completes', async () => {
    pypi.faults.add({ path: '/legacy/', method: 'POST', kind: 'status', status: 503, times: 2 });
    pypi.faults.add({ path: '/legacy/', method: 'POST', kind: 'reset', times: 1 });
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(filesOf(r).map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(r.stdout).toMatch(
      /Retrying POST .*\/legacy\/ in [\d.]+ s \(attempt 1 of 5 failed: HTTP 503/,
    );
    expect(r.stdout).toMatch(/attempt 3 of 5 failed: connection reset/);
    expect(pypi.files(PROJECT)).toHaveLength(2);
  });

  it('a file the index has but does not list yet (a lost answer, a lagging read side) is recognised by content', async () => {
    extraIndexes.push(pypi);
    pypi = await startIndex({ propagationDelayMs: 2000 });
    expect((await publish({ 'wait-visible': 'false' })).exitCode).toBe(0);
    // At once again: the JSON API does not list the files yet, so the upload is
    // sent, the index answers "File already exists", and the action looks again.
    const r = await publish({ 'wait-visible': 'false' });
    expect(r.exitCode).toBe(0);
    // The wheel is sent and refused; by then the sdist is listed, so it is not sent.
    expect(pypi.uploads.map((u) => u.status)).toEqual([200, 200, 400]);
    expect(r.stdout).toMatch(
      /says molecule_ai_workspace_runtime-0\.1\.0-py3-none-any\.whl exists but does not list it yet; looking again/,
    );
    expect(filesOf(r).map((f) => f.status)).toEqual(['already-published', 'already-published']);
  });

  it('honours 429 Retry-After on the index', async () => {
    pypi.faults.add({
      path: '/legacy/',
      method: 'POST',
      kind: 'rate-limit',
      retryAfter: 1,
      times: 1,
    });
    const r = await publish();
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Retrying POST .* in 1\.0 s \(attempt 1 of 5 failed: HTTP 429/);
  });

  it('uploads with an API token instead, masking it', async () => {
    const r = await publish({ password: 'pypi-static' }, null);
    expect(r.exitCode).toBe(0);
    expect(r.masked).toContain('pypi-static');
    expect(allText(r)).not.toContain('pypi-static');
    expect(issuer.issued).toHaveLength(0);
  });
});

describe('pypi-publish refusals, each with its own explanation', () => {
  async function refused(): Promise<{ r: RunResult; text: string }> {
    const r = await publish();
    expect(r.exitCode).toBe(1);
    expect(pypi.uploads).toHaveLength(0);
    expect(r.stderr).toBe('');
    // Expected failures are one annotation with details, never a stack trace.
    expect(r.stdout).not.toMatch(/\n\s+at /);
    return { r, text: `${errors(r)}\n${r.stdout}` };
  }

  it('missing id-token permission', async () => {
    const r = await publish({}, null);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toMatch(/cannot request an OIDC token.*permissions: id-token: write.*forks/s);
    expect(pypi.requests.filter((q) => q.url.startsWith('/_/oidc'))).toHaveLength(0);
  });

  it('wrong workflow (renamed file)', async () => {
    const ref = 'Molecule-AI/molecule-core/.github/workflows/publish.yml@refs/heads/main';
    issuer.setClaims({ workflow_ref: ref, job_workflow_ref: ref });
    const { text } = await refused();
    expect(text).toMatch(/invalid-publisher/);
    expect(text).toMatch(/workflow file in the token is 'publish\.yml'/);
    expect(text).toMatch(/workflow: publish\.yml/);
  });
});

describe('the same files through real twine', () => {
  it('reach the index with the same form fields (documented differences aside)', async () => {
    const viaTwine = await startIndex();
    extraIndexes.push(viaTwine);
    const r = await publish();
    expect(r.exitCode).toBe(0);
    const twine = await run(
      '/usr/bin/twine',
      [
        'upload',
        '--non-interactive',
        '--disable-progress-bar',
        '--repository-url',
        viaTwine.uploadUrl,
        '-u',
        '__token__',
        '-p',
        'pypi-static',
        ...distFiles(dist),
      ],
      { ...process.env, PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' },
    );
    expect(twine.status).toBe(0);
    expect(viaTwine.uploads.map((u) => u.status)).toEqual([200, 200]);

    const byFile = (p: PyPISandbox) =>
      Object.fromEntries(p.uploads.map((u) => [u.filename, { ...u.fields }]));
    const ours = byFile(pypi);
    const theirs = byFile(viaTwine);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const file of Object.keys(ours)) {
      const o = ours[file] as Record<string, string[]>;
      const t = theirs[file] as Record<string, string[]>;
      // Deliberate differences (see packages/index/upload.ts):
      // twine sends every field it knows, None ones as empty parts (author,
      // comment, home_page …); warehouse reads an empty part as absent. We send
      // only fields that have a value.
      const emptyInTwine = Object.keys(t).filter((k) => (t[k] ?? []).every((v) => v === ''));
      expect(emptyInTwine).toEqual(expect.arrayContaining(['comment', 'author']));
      for (const k of emptyInTwine) delete t[k];
      expect(
        Object.values(o)
          .flat()
          .filter((v) => v === ''),
      ).toEqual([]);
      // md5_digest: twine 4 still sends it; we send only sha256 + blake2b-256.
      expect(t.md5_digest?.[0]).toMatch(/^[0-9a-f]{32}$/);
      delete t.md5_digest;
      // provides_extras (twine 4's plural, ignored by warehouse's form) vs provides_extra.
      expect(o.provides_extra).toEqual(t.provides_extras);
      delete t.provides_extras;
      delete o.provides_extra;
      // pyversion for sdists: twine sends none, we send 'source' (warehouse fills in the same).
      if (file.endsWith('.tar.gz')) {
        expect(t.pyversion).toBeUndefined();
        expect(o.pyversion).toEqual(['source']);
        delete o.pyversion;
      }
      expect(o).toEqual(t);
    }
    // Both indexes stored byte-identical files.
    expect(
      pypi
        .files(PROJECT)
        .map((f) => f.sha256)
        .sort(),
    ).toEqual(
      viaTwine
        .files(PROJECT)
        .map((f) => f.sha256)
        .sort(),
    );
    expect(readFileSync(distFiles(dist)[0] as string).length).toBeGreaterThan(0);
  });
});
