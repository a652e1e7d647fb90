/**
 * wait-for-pypi's verify-provenance in-process: files published with
 * attestations by pypi-publish's run() (sandbox OIDC issuer, Sigstore and
 * index), then verified by wait-for-pypi's run(); the outputs and the
 * summary's two parts are read here and compared byte for byte with the
 * bundle. The refusals stay in wait-for-pypi-provenance.test.ts (bundle).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../../packages/toolkit/errors.js';
import { run as publish } from '../../packages/index/pypi-publish.js';
import { run, type WaitForPypiInputs } from '../../packages/index/wait-for-pypi.js';
import { runAction } from '../../sandbox/runner.js';
import { recordingIo } from '../toolkit/recording-io.js';
import { PROJECT, PUBLISHER, SDIST, WHEEL, useAttestedIndex } from '../actions/attested-index.js';

const world = useAttestedIndex({ prefix: 'wait-provenance-run-' });

async function published(attestations: boolean): Promise<void> {
  const io = recordingIo();
  const r = await publish(
    {
      packagesDir: world.dist,
      uploadUrl: world.pypi.uploadUrl,
      indexUrl: world.pypi.url,
      password: '',
      oidc: { url: world.issuer.requestUrl, token: world.issuer.requestToken },
      skipExisting: false,
      verifyMetadata: true,
      waitVisible: false,
      waitTimeoutSeconds: 30,
      attestations,
      sigstore: { fulcioUrl: world.sigstore.fulcioUrl, rekorUrl: world.sigstore.rekorUrl },
    },
    io,
  );
  expect(JSON.parse(r.outputs.attestations ?? '[]')).toHaveLength(attestations ? 2 : 0);
  // The sigstore JWT too is masked once, as it is received.
  expect(io.masked).toHaveLength(attestations ? 3 : 2);
}

function inputs(downloadDir: string): WaitForPypiInputs {
  const trustedRoot = path.join(world.tmp.dir, `trusted_root-${world.n}.json`);
  writeFileSync(trustedRoot, JSON.stringify(world.sigstore.trustedRoot));
  return {
    project: PROJECT,
    version: '0.1.0',
    indexUrl: world.pypi.url,
    timeoutSeconds: 30,
    provenance: {
      expected: { repository: PUBLISHER.repository, workflow: PUBLISHER.workflow },
      issuer: world.issuer.issuer,
      trustedRoot,
      cacheDir: world.tmp.dir,
      downloadDir,
    },
  };
}

const untimed = (s: string): string => s.replace(/^Listed after .*$/m, 'Listed after (time)');

it('verifies both files: the verified-* outputs and the summary after the listing; the bundle writes the same', async () => {
  await published(true);
  const downloadDir = path.join(world.tmp.dir, `verified-${world.n}`);
  const io = recordingIo();
  const given = inputs(downloadDir);
  const result = await run(given, io);
  const sha = world.pypi.files(PROJECT).find((f) => f.filename === WHEEL)?.sha256;
  expect(result.outputs).toMatchObject({
    'verified-file': path.join(downloadDir, WHEEL),
    'verified-filename': WHEEL,
    'verified-sha256': sha,
  });
  const verified = JSON.parse(result.outputs['verified-files'] ?? '[]') as Array<{
    filename: string;
    identity: string;
  }>;
  expect(verified.map((f) => f.filename).sort()).toEqual([SDIST, WHEEL].sort());
  expect(io.logs).toContain(
    `Verifying the provenance of 2 file(s): expected signer ${PUBLISHER.repository} (${PUBLISHER.workflow}), issuer ${world.issuer.issuer}`,
  );
  const [listed, proven] = result.summary.split('\n#### ');
  expect(listed).toMatch(/^### ⏱️ molecule-ai-workspace-runtime 0\.1\.0 is on the index\n/);
  const logIndex = (name: string) =>
    io.logs.join('\n').match(new RegExp(`${name.replace(/\./g, '\\.')}.*log index (\\d+)`))?.[1];
  expect(`#### ${proven}`).toBe(
    '#### 🔏 Provenance verified (PEP 740)\n\n' +
      '| File | sha256 | Signed by | Log index |\n| --- | --- | --- | --- |\n' +
      verified
        .map((f) => {
          const file = world.pypi.files(PROJECT).find((x) => x.filename === f.filename);
          return `| ${f.filename} | \`${file?.sha256}\` | ${f.identity} | ${logIndex(f.filename) ?? '?'} |\n`;
        })
        .join('') +
      `\nInstall by hash: \`${PROJECT}==0.1.0 --hash=sha256:${sha}\`\n`,
  );
  // What the runner's summary file holds: each chunk ends a line.
  expect(io.summaryText).toBe(result.summary.replace('\n#### ', '#### '));

  const r = await runAction('wait-for-pypi', {
    inputs: {
      package: PROJECT,
      version: '0.1.0',
      'index-url': world.pypi.url,
      timeout: '30s',
      'verify-provenance': 'true',
      'trusted-root': given.provenance!.trustedRoot,
      'expected-issuer': world.issuer.issuer,
      'download-dir': downloadDir,
    },
    timeoutMs: 60_000,
  });
  expect(r.exitCode).toBe(0);
  expect({ ...r.outputs, waited: '' }).toEqual({ ...result.outputs, waited: '' });
  expect(untimed(r.summary)).toBe(`${untimed(result.summary)}\n`);
  expect(r.annotations).toEqual([]);
});

it('files without provenance: refused after the listing was reported', async () => {
  await published(false);
  const io = recordingIo();
  const err = await run(inputs(path.join(world.tmp.dir, `verified-${world.n}`)), io).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ActionError);
  expect((err as ActionError).title).toBe('Provenance not verified');
  expect((err as ActionError).message).toMatch(
    new RegExp(`^${WHEEL.replace(/\./g, '\\.')}: the index serves no provenance for this file`),
  );
  expect(Object.keys(io.outputs)).toEqual(['files', 'waited']);
  expect(io.summaryText).toMatch(/is on the index/);
});
