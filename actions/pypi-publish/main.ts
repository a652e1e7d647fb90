/**
 * pypi-publish: upload the wheel and sdist with Trusted Publishing (or an API
 * token), idempotently, and wait until the index lists them.
 */
import path from 'node:path';
import {
  info,
  input,
  mask,
  oidcRequest,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { parseBoolean, parseDuration } from '../../packages/toolkit/inputs.js';
import {
  code,
  formatBytes,
  formatSeconds,
  heading,
  markdownTable,
} from '../../packages/toolkit/summary.js';
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from '../../packages/index/sigstore-instance.js';
import { publish } from '../../packages/index/publish.js';
import { deriveIndexUrl } from '../../packages/index/urls.js';
import { trimSlash } from '../../packages/toolkit/slashes.js';

await runAction('pypi-publish', async () => {
  const uploadUrl = input('repository-url');
  // Derived even when index-url is given: it validates repository-url.
  const derived = deriveIndexUrl(uploadUrl);
  const indexUrl = trimSlash(input('index-url') || derived);
  const password = input('password');
  mask(password);
  const packagesDir = path.resolve(runContext().workspace, input('packages-dir'));

  const result = await publish({
    packagesDir,
    uploadUrl,
    indexUrl,
    password,
    oidc: password ? undefined : oidcRequest(),
    skipExisting: parseBoolean(input('skip-existing'), 'skip-existing'),
    verifyMetadata: parseBoolean(input('verify-metadata'), 'verify-metadata'),
    waitVisible: parseBoolean(input('wait-visible'), 'wait-visible'),
    waitTimeoutSeconds: parseDuration(input('wait-timeout'), 'wait-timeout'),
    attestations: parseBoolean(input('attestations'), 'attestations'),
    sigstore: {
      fulcioUrl: trimSlash(input('sigstore-fulcio-url') || DEFAULT_FULCIO_URL),
      rekorUrl: trimSlash(input('sigstore-rekor-url') || DEFAULT_REKOR_URL),
    },
    mask,
    info,
    warn: (m) => warning(m),
    onWaitProgress: (p) =>
      info(
        p.missing.length === 0
          ? `Index lists all ${p.found.length} file(s) after ${p.elapsedSeconds.toFixed(1)} s`
          : p.unreachable
            ? `Cannot reach the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}; ${p.unreachable.failedPolls} of at most ${p.unreachable.maxFailedPolls} failed polls in a row): ${p.unreachable.reason}`
            : `Waiting for the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}): listed ${p.found.length}, missing ${p.missing.join(', ')}; next poll in ${p.nextPollSeconds.toFixed(1)} s`,
      ),
  });

  setOutput('version', result.version);
  setOutput(
    'files',
    result.files.map((f) => ({
      name: f.filename,
      size: f.size,
      sha256: f.sha256,
      url: f.url,
      status: f.status,
    })),
  );
  setOutput(
    'attestations',
    result.attestations.map((a) => ({
      filename: a.filename,
      path: a.path,
      identity: a.identity,
      logIndex: a.logIndex,
    })),
  );
  setOutput(
    'index-visible-after',
    result.visibleAfterSeconds === undefined ? '' : result.visibleAfterSeconds.toFixed(1),
  );

  const rows = result.files.map((f) => [
    f.url ? `[${f.filename}](${f.url})` : f.filename,
    formatBytes(f.size),
    code(f.sha256),
    f.status,
    f.status === 'uploaded' ? formatSeconds(f.durationMs / 1000) : '—',
  ]);
  const lines = [
    heading(`📦 ${result.name} ${result.version}`),
    markdownTable(['File', 'Size', 'sha256', 'Status', 'Upload time'], rows),
    '',
    `- Release: ${result.releaseUrl}`,
    `- Authentication: ${result.auth === 'trusted-publishing' ? `Trusted Publishing (${result.claims?.job_workflow_ref ?? result.claims?.workflow_ref ?? '?'}, environment ${result.claims?.environment ?? 'none'})` : 'API token'}`,
    `- Uploads took ${formatSeconds(result.uploadSeconds)}`,
    result.attestations.length === 0
      ? '- Attestations: none'
      : `- Attestations (PEP 740, \`<file>.publish.attestation\` beside each file):`,
    ...(result.attestations.length === 0
      ? []
      : [
          '',
          markdownTable(
            ['File', 'Subject sha256', 'Certificate identity', 'Log index'],
            result.attestations.map((a) => [a.filename, code(a.sha256), a.identity, a.logIndex]),
          ),
          '',
        ]),
    result.visibleAfterSeconds === undefined
      ? '- Visibility not checked (wait-visible: false)'
      : `- The index listed every file ${formatSeconds(result.visibleAfterSeconds)} after the upload`,
    ...result.warnings.map((w) => `- ⚠️ ${w}`),
    '',
  ];
  await writeSummary(lines.join('\n'));
});
