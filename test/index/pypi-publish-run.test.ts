/**
 * pypi-publish in-process: run() from packages/index/pypi-publish.ts with a
 * recording io against the sandbox index and OIDC issuer. Masking has one
 * owner per secret: the entry masks the password and the OIDC request token
 * as it reads them, so run() masks only the tokens it receives (the JWT and
 * the minted token), each once. The summary is read as exact text, and a
 * re-run is compared byte for byte with the bundle (pypi-publish.test.ts
 * keeps the end-to-end checks with real pip and twine).
 */
import { ActionError, formatActionError } from '../../packages/toolkit/errors.js';
import {
  run,
  summary,
  progressLine,
  type PypiPublishInputs,
} from '../../packages/index/pypi-publish.js';
import type { PublishResult } from '../../packages/index/publish.js';
import { startOidcIssuer, type OidcIssuer } from '../../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox } from '../../sandbox/pypi/index.js';
import { allText, runAction } from '../../sandbox/runner.js';
import type { RecordingIo } from '../toolkit/recording-io.js';
import { recordingIo } from '../toolkit/recording-io.js';
import { buildSample, tempDir } from '../../sandbox/samples/distributions.js';

const PROJECT = 'molecule-ai-workspace-runtime';
const WHEEL = 'molecule_ai_workspace_runtime-0.1.0-py3-none-any.whl';
const SDIST = 'molecule_ai_workspace_runtime-0.1.0.tar.gz';
const PUBLISHER = {
  project: PROJECT,
  repository: 'Molecule-AI/molecule-core',
  workflow: 'release-runtime.yml',
  environment: 'pypi-publish',
};
const API_TOKEN = 'pypi-runInProcessStaticToken';

let tmp: ReturnType<typeof tempDir>;
let dist: string;
let issuer: OidcIssuer;
let pypi: PyPISandbox;
beforeAll(() => {
  tmp = tempDir('pypi-publish-run-');
  dist = buildSample(tmp.dir);
});
afterAll(() => tmp.cleanup());
beforeEach(async () => {
  issuer = await startOidcIssuer();
  pypi = await startPyPI({
    trustedPublishing: { issuer: issuer.issuer, jwksUrl: issuer.jwksUrl },
    publishers: [PUBLISHER],
    tokens: { [API_TOKEN]: {} },
  });
});
afterEach(async () => {
  await pypi.close();
  await issuer.close();
});

function inputs(over: Partial<PypiPublishInputs> = {}): PypiPublishInputs {
  return {
    packagesDir: dist,
    uploadUrl: pypi.uploadUrl,
    indexUrl: pypi.url,
    password: '',
    oidc: { url: issuer.requestUrl, token: issuer.requestToken },
    skipExisting: false,
    verifyMetadata: true,
    waitVisible: true,
    waitTimeoutSeconds: 30,
    attestations: false,
    sigstore: { fulcioUrl: 'https://fulcio.invalid', rekorUrl: 'https://rekor.invalid' },
    ...over,
  };
}

interface FileOutput {
  name: string;
  size: number;
  sha256: string;
  url: string;
  status: string;
}
const filesOf = (outputs: Record<string, string>): FileOutput[] =>
  JSON.parse(outputs.files ?? '[]') as FileOutput[];
/** The one line of the summary that holds a duration of this run. */
const untimed = (s: string): string => s.replace(/^- Uploads took .*$/m, '- Uploads took (time)');

describe('pypi-publish run()', () => {
  it('Trusted Publishing: uploads wheel then sdist, waits until listed; masks the JWT and the minted token once each', async () => {
    const io = recordingIo();
    const result = await run(inputs(), io);
    expect(result.outputs.version).toBe('0.1.0');
    expect(filesOf(result.outputs).map((f) => [f.name, f.status])).toEqual([
      [WHEEL, 'uploaded'],
      [SDIST, 'uploaded'],
    ]);
    for (const f of filesOf(result.outputs)) expect(f.url.startsWith(pypi.url)).toBe(true);
    expect(result.outputs.attestations).toBe('[]');
    expect(result.outputs['index-visible-after']).toMatch(/^\d+\.\d$/);
    expect(io.outputs).toEqual(result.outputs);
    // Not the request token: the entry masked it as it read it.
    expect(io.masked).toEqual([issuer.issued[0], pypi.mintedTokens[0]]);
    const text = [...io.logs, io.summaryText, JSON.stringify(io.outputs)].join('\n');
    for (const s of [...issuer.issued, ...pypi.mintedTokens]) expect(text).not.toContain(s);
    expect(io.logs).toContain(`Found ${WHEEL}, ${SDIST}`);
    expect(
      io.logs.some((l) =>
        l.startsWith('Trusted Publishing: token minted for Molecule-AI/molecule-core'),
      ),
    ).toBe(true);
    expect(io.annotations).toEqual([]);
    expect(result.summary).toBe(io.summaryText);
    expect(result.summary).toContain(
      '- Authentication: Trusted Publishing (Molecule-AI/molecule-core/.github/workflows/release-runtime.yml@refs/heads/main, environment pypi-publish)',
    );
    expect(result.summary).toMatch(/\n- The index listed every file \d+ ms after the upload\n$/);
  });

  it('an API token: masked by nobody here (the entry did), no OIDC; a re-run is the bundle byte for byte', async () => {
    const io = recordingIo();
    const first = await run(
      inputs({ password: API_TOKEN, oidc: undefined, waitVisible: false }),
      io,
    );
    expect(filesOf(first.outputs).map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(io.masked).toEqual([]);
    expect(issuer.issued).toHaveLength(0);
    expect(first.outputs['index-visible-after']).toBe('');

    const again = await run(
      inputs({ password: API_TOKEN, oidc: undefined, waitVisible: false }),
      recordingIo(),
    );
    expect(filesOf(again.outputs).map((f) => f.status)).toEqual([
      'already-published',
      'already-published',
    ]);
    const r = await runAction('pypi-publish', {
      inputs: {
        'packages-dir': dist,
        'repository-url': pypi.uploadUrl,
        password: API_TOKEN,
        'wait-visible': 'false',
        attestations: 'false',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.masked).toEqual([API_TOKEN]);
    expect(allText(r)).not.toContain(API_TOKEN);
    expect(r.outputs).toEqual(again.outputs);
    expect(untimed(r.summary)).toBe(`${untimed(again.summary)}\n`);
    expect(r.annotations).toEqual([]);
  });

  it('attestations with an API token: skipped with a warning, which the summary repeats', async () => {
    const io = recordingIo();
    const result = await run(
      inputs({ password: API_TOKEN, oidc: undefined, waitVisible: false, attestations: true }),
      io,
    );
    expect(io.annotations).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^attestations: skipped, because PyPI accepts attestations only from a Trusted Publisher/,
        ),
        place: {},
      },
    ]);
    expect(result.summary).toContain(`- ⚠️ ${io.annotations[0]?.message}\n`);
    expect(result.summary).toContain('- Attestations: none\n');
  });

  it('no password and no OIDC endpoint: the id-token permission is named, nothing is sent', async () => {
    const err = await run(inputs({ oidc: undefined }), recordingIo()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect(`${(err as ActionError).message} ${(err as ActionError).hint ?? ''}`).toMatch(
      /id-token: write/,
    );
    expect(pypi.uploads).toHaveLength(0);
  });

  it('skip-existing skips files already there whatever their content', async () => {
    await run(inputs({ password: API_TOKEN, oidc: undefined, waitVisible: false }), recordingIo());
    const rebuilt = buildSample(tmp.dir, { marker: '# rebuilt' });
    const changed = await run(
      inputs({ packagesDir: rebuilt, password: API_TOKEN, oidc: undefined, waitVisible: false }),
      recordingIo(),
    ).catch((e: unknown) => e);
    expect((changed as ActionError).message).toMatch(
      /already exists on the index with different content/,
    );
    const skipped = await run(
      inputs({
        packagesDir: rebuilt,
        password: API_TOKEN,
        oidc: undefined,
        waitVisible: false,
        skipExisting: true,
      }),
      recordingIo(),
    );
    expect(filesOf(skipped.outputs).map((f) => f.status)).toEqual(['skipped', 'skipped']);
  });
});

describe('pypi-publish run() refusals, each with its own explanation', () => {
  /** A Trusted Publishing run that must fail before any upload: its error, details, logs and warnings as one text. */
  async function refused(): Promise<{ io: RecordingIo; text: string }> {
    const io = recordingIo();
    const err = await run(inputs(), io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect(pypi.uploads).toHaveLength(0);
    const e = err as ActionError;
    const text = [formatActionError(e), ...e.details, ...io.logs].join('\n');
    for (const s of [...issuer.issued, ...pypi.mintedTokens]) expect(text).not.toContain(s);
    return { io, text };
  }

  it('wrong environment', async () => {
    issuer.setClaims({ environment: 'release' });
    const { text } = await refused();
    expect(text).toMatch(/invalid-publisher/);
    expect(text).toMatch(/environment in the token is 'release'/);
  });

  it('job without an environment', async () => {
    issuer.setClaims({ environment: undefined });
    const { text } = await refused();
    expect(text).toMatch(/The job has no `environment:`/);
  });

  it('wrong audience', async () => {
    issuer.setClaims({ aud: 'testpypi' });
    const { text } = await refused();
    expect(text).toMatch(/invalid-token/);
    expect(text).toMatch(/audience is 'testpypi' but this index expects 'pypi'/);
  });

  it('expired token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    issuer.setClaims({ iat: past - 300, nbf: past - 305, exp: past });
    const { text } = await refused();
    expect(text).toMatch(/invalid-token/);
    expect(text).toMatch(/The token expired at/);
  });

  it('reusable-workflow context: warned before the exchange, explained after', async () => {
    issuer.setClaims({
      job_workflow_ref:
        'molecule-ai/runtime-actions/.github/workflows/release-prepare.yml@refs/tags/v1',
    });
    const { io, text } = await refused();
    // The warning is an annotation of its own, given before the exchange failed (the error is thrown).
    expect(io.annotations.map((a) => a.level)).toEqual(['warning']);
    expect(io.annotations[0]?.message).toMatch(
      /reusable workflow molecule-ai\/runtime-actions\/\.github\/workflows\/release-prepare\.yml/,
    );
    expect(text).toMatch(/pypi\/warehouse#11096/);
    expect(text).toMatch(
      /Move the publish step into the caller's own workflow file \(\.github\/workflows\/release-runtime\.yml\)/,
    );
  });

  it('an index with Trusted Publishing switched off', async () => {
    await pypi.close();
    pypi = await startPyPI({
      trustedPublishing: { issuer: issuer.issuer, jwksUrl: issuer.jwksUrl, enabled: false },
      publishers: [PUBLISHER],
    });
    const { text } = await refused();
    expect(text).toMatch(/Trusted Publishing is not enabled on this index/);
  });

  it('verify-metadata refuses a non-normalised sdist before any network request', async () => {
    const old = buildSample(tmp.dir, { name: PROJECT });
    const err = await run(inputs({ packagesDir: old }), recordingIo()).catch((e: unknown) => e);
    expect(formatActionError(err as ActionError)).toMatch(
      /sdist name 'molecule-ai-workspace-runtime' is not normalised/,
    );
    expect(pypi.requests).toHaveLength(0);
    expect(issuer.issued).toHaveLength(0);
  });
});

describe('pypi-publish summary() and progress lines', () => {
  const result: PublishResult = {
    name: PROJECT,
    version: '0.2.0',
    files: [
      {
        filename: 'rt-0.2.0-py3-none-any.whl',
        size: 2048,
        sha256: 'a'.repeat(64),
        status: 'uploaded',
        durationMs: 1500,
        url: 'https://files.example/rt-0.2.0-py3-none-any.whl',
      },
      {
        filename: 'rt-0.2.0.tar.gz',
        size: 900,
        sha256: 'b'.repeat(64),
        status: 'already-published',
        durationMs: 0,
      },
    ] as PublishResult['files'],
    visibleAfterSeconds: 12.25,
    uploadSeconds: 0.25,
    auth: 'trusted-publishing',
    claims: {
      job_workflow_ref: 'o/r/.github/workflows/release.yml@refs/heads/main',
      environment: 'pypi',
    },
    releaseUrl: 'https://pypi.example/project/rt/0.2.0/',
    attestations: [
      {
        filename: 'rt-0.2.0-py3-none-any.whl',
        sha256: 'a'.repeat(64),
        identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
        logIndex: '42',
      },
    ] as PublishResult['attestations'],
    warnings: ['the index said something'],
  };

  it('is exact text: files, authentication, attestations table, visibility, warnings', () => {
    // The heading and the tables end in a newline and are joined by one more:
    // the blank lines are the summary as it always was.
    expect(summary(result)).toBe(
      '### 📦 molecule-ai-workspace-runtime 0.2.0\n\n\n' +
        '| File | Size | sha256 | Status | Upload time |\n| --- | --- | --- | --- | --- |\n' +
        `| [rt-0.2.0-py3-none-any.whl](https://files.example/rt-0.2.0-py3-none-any.whl) | 2.0 KiB | \`${'a'.repeat(64)}\` | uploaded | 1.5 s |\n` +
        `| rt-0.2.0.tar.gz | 900 B | \`${'b'.repeat(64)}\` | already-published | — |\n` +
        '\n\n' +
        '- Release: https://pypi.example/project/rt/0.2.0/\n' +
        '- Authentication: Trusted Publishing (o/r/.github/workflows/release.yml@refs/heads/main, environment pypi)\n' +
        '- Uploads took 250 ms\n' +
        '- Attestations (PEP 740, `<file>.publish.attestation` beside each file):\n' +
        '\n' +
        '| File | Subject sha256 | Certificate identity | Log index |\n| --- | --- | --- | --- |\n' +
        `| rt-0.2.0-py3-none-any.whl | \`${'a'.repeat(64)}\` | https://github.com/o/r/.github/workflows/release.yml@refs/heads/main | 42 |\n` +
        '\n\n' +
        '- The index listed every file 12.3 s after the upload\n' +
        '- ⚠️ the index said something\n',
    );
  });

  it('an API token, not waited, no attestations', () => {
    const text = summary({
      ...result,
      auth: 'api-token',
      claims: undefined,
      attestations: [],
      visibleAfterSeconds: undefined,
      warnings: [],
      files: [],
    });
    expect(text).toBe(
      '### 📦 molecule-ai-workspace-runtime 0.2.0\n\n\n' +
        '| File | Size | sha256 | Status | Upload time |\n| --- | --- | --- | --- | --- |\n\n\n' +
        '- Release: https://pypi.example/project/rt/0.2.0/\n' +
        '- Authentication: API token\n' +
        '- Uploads took 250 ms\n' +
        '- Attestations: none\n' +
        '- Visibility not checked (wait-visible: false)\n',
    );
  });

  it('progress lines: waiting, unreachable, all listed', () => {
    const p = {
      attempt: 2,
      elapsedSeconds: 3.04,
      found: ['a.whl'],
      missing: ['b.tar.gz'],
      versions: [],
      nextPollSeconds: 2,
    };
    expect(progressLine(p)).toBe(
      'Waiting for the index (3.0 s, poll 2): listed 1, missing b.tar.gz; next poll in 2.0 s',
    );
    expect(
      progressLine({
        ...p,
        unreachable: { reason: 'connection refused', failedPolls: 1, maxFailedPolls: 3 },
      }),
    ).toBe(
      'Cannot reach the index (3.0 s, poll 2; 1 of at most 3 failed polls in a row): connection refused',
    );
    expect(progressLine({ ...p, found: ['a.whl', 'b.tar.gz'], missing: [] })).toBe(
      'Index lists all 2 file(s) after 3.0 s',
    );
  });
});
