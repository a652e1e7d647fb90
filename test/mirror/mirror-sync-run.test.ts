/**
 * mirror-sync in-process: run() from packages/mirror/mirror-sync.ts with a
 * recording io, against the sandbox GitHub and a real build of the sample
 * monorepo. The PKG-INFO cross-check and the summary are read here; a re-run
 * is compared byte for byte with the bundle (actions.test.ts stays the
 * end-to-end check).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError } from '../../packages/toolkit/errors.js';
import { run, type MirrorSyncInputs } from '../../packages/mirror/mirror-sync.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { runAction } from '../../sandbox/runner.js';
import { recordingIo } from '../toolkit/recording-io.js';
import { buildSample, type SampleBuild } from '../../sandbox/samples/monorepo-build.js';

const MIRROR = 'Molecule-AI/molecule-ai-workspace-runtime';
const SOURCE = 'Molecule-AI/molecule-core';
const SOURCE_SHA = '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098';
const TOKEN = 'ghs_mirrorSyncRunToken0b7e55a1c9';
const APP_BOT = 'molecule-runtime-publisher[bot]';

let v7: SampleBuild;
let gh: GitHubSandbox;
beforeAll(async () => {
  v7 = await buildSample('0.1.7');
});
afterAll(() => v7.cleanup());
beforeEach(async () => {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: APP_BOT, type: 'Bot', repos: [MIRROR] } } });
  gh.state.addRepo(MIRROR);
  gh.state.addCommit(MIRROR, {
    message: 'Add the mirror guard',
    tree: { '.github/workflows/mirror-guard.yml': 'name: guard\n' },
  });
});
afterEach(async () => {
  gh.assertNoViolations();
  await gh.close();
});

function inputs(over: Partial<MirrorSyncInputs> = {}): MirrorSyncInputs {
  return {
    token: TOKEN,
    repository: MIRROR,
    branch: 'main',
    version: '0.1.7',
    packageDir: v7.packageDir,
    apiUrl: gh.url,
    serverUrl: 'https://github.com/',
    sourceRepository: SOURCE,
    sourceCommit: SOURCE_SHA.toUpperCase(),
    runUrl: `https://github.com/${SOURCE}/actions/runs/4242`,
    ...over,
  };
}

describe('mirror-sync run()', () => {
  it('writes one commit: outputs, the summary table and commit message; a re-run is the bundle byte for byte', async () => {
    const io = recordingIo();
    const result = await run(inputs(), io);
    const sha = result.outputs.commit as string;
    expect(result.outputs).toEqual({ commit: sha, created: 'true', identity: APP_BOT });
    expect(io.outputs).toEqual(result.outputs);
    expect(io.annotations).toEqual([]);
    const commit = gh.state.getCommit(MIRROR, sha);
    const lines = result.summary.split('\n');
    // The heading's blank line and the join's newline: two blank lines, as it always wrote.
    expect(lines.slice(0, 9)).toEqual([
      `### Mirror sync: ${MIRROR} v0.1.7`,
      '',
      '',
      '|  | Mirror |',
      '| --- | --- |',
      '| Outcome | new commit on `main` |',
      // The trailing slash of the server URL is not doubled.
      `| Commit | [\`${sha.slice(0, 12)}\`](https://github.com/${MIRROR}/commit/${sha}) |`,
      `| Written as | \`${APP_BOT}\` |`,
      `| Tree | \`${commit?.tree}\` |`,
    ]);
    expect(lines[10]).toMatch(/^\| Files \| \d+ \(0 reused, \d+ inline, \d+ blobs uploaded\) \|$/);
    expect(lines[11]).toBe('| Tag | `v0.1.7` (created) |');
    expect(result.summary).toContain(
      `\n**Commit message**\n\n\`\`\`\n${(commit?.message ?? '').trimEnd()}\n\`\`\`\n`,
    );
    // The source commit is written lower-case in the trailers.
    expect(commit?.message).toContain(`Source-Commit: ${SOURCE_SHA}\n`);

    const again = await run(inputs(), recordingIo());
    expect(again.outputs).toEqual({ commit: sha, created: 'false', identity: APP_BOT });
    expect(again.summary).toContain(
      '| Outcome | already mirrored (`v0.1.7` holds this tree): nothing written |',
    );
    const r = await runAction('mirror-sync', {
      inputs: { 'package-dir': v7.packageDir, version: '0.1.7', token: TOKEN },
      env: {
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: SOURCE,
        GITHUB_SHA: SOURCE_SHA,
        GITHUB_RUN_ID: '4242',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual(again.outputs);
    expect(r.summary).toBe(`${again.summary}\n`);
  });

  it('refuses a tree whose PKG-INFO is another version, and a folder with no PKG-INFO, writing nothing', async () => {
    const before = gh.requests.length;
    const mismatch = await run(inputs({ version: '0.1.8' }), recordingIo()).catch(
      (e: unknown) => e,
    );
    expect(mismatch).toBeInstanceOf(ActionError);
    expect((mismatch as ActionError).message).toBe(
      `${v7.packageDir}/PKG-INFO is version 0.1.7, but the version input is 0.1.8.`,
    );
    expect((mismatch as ActionError).place).toMatchObject({
      input: 'version',
      file: `${v7.packageDir}/PKG-INFO`,
    });
    expect((mismatch as ActionError).title).toBe('Version mismatch');

    const empty = mkdtempSync(path.join(tmpdir(), 'not-sdist-'));
    try {
      writeFileSync(path.join(empty, 'setup.py'), '');
      const none = await run(inputs({ packageDir: empty }), recordingIo()).catch((e: unknown) => e);
      expect(none).toBeInstanceOf(ActionError);
      expect((none as ActionError).title).toBe('Not an sdist tree');
      expect((none as ActionError).place).toMatchObject({ input: 'package-dir' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect(gh.requests.length).toBe(before);
  });
});
