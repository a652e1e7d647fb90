/**
 * pypi-publish: upload the wheel and sdist with Trusted Publishing (or an API
 * token), idempotently, and wait until the index lists them (publish.ts).
 */
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { code, formatBytes, formatSeconds, heading, markdownTable } from '../toolkit/summary.js';
import { publish, type PublishOptions, type PublishResult } from './publish.js';
import type { WaitProgress } from './simple.js';

/**
 * pypi-publish's inputs, validated. `password` and the OIDC request token are
 * masked by the entry as they are read (the one place each is masked); the
 * tokens made from them here are masked as they are received.
 */
export type PypiPublishInputs = Pick<
  PublishOptions,
  | 'packagesDir'
  | 'uploadUrl'
  | 'indexUrl'
  | 'password'
  | 'oidc'
  | 'skipExisting'
  | 'verifyMetadata'
  | 'waitVisible'
  | 'waitTimeoutSeconds'
  | 'attestations'
  | 'sigstore'
>;

export async function run(inputs: PypiPublishInputs, io: RunnerIo): Promise<ActionResult> {
  const out = new OutputWriter(io);
  const result = await publish({
    ...inputs,
    mask: (secret) => io.mask(secret),
    info: (m) => io.info(m),
    warn: (m) => io.warning(m),
    onWaitProgress: (p) => io.info(progressLine(p)),
  });

  out.set('version', result.version);
  out.set(
    'files',
    result.files.map((f) => ({
      name: f.filename,
      size: f.size,
      sha256: f.sha256,
      url: f.url,
      status: f.status,
    })),
  );
  out.set(
    'attestations',
    result.attestations.map((a) => ({
      filename: a.filename,
      path: a.path,
      identity: a.identity,
      logIndex: a.logIndex,
    })),
  );
  out.set(
    'index-visible-after',
    result.visibleAfterSeconds === undefined ? '' : result.visibleAfterSeconds.toFixed(1),
  );
  const text = summary(result);
  await io.summary(text);
  return { outputs: out.outputs, summary: text };
}

/** The progress line of one poll of the visibility wait. */
export function progressLine(p: WaitProgress): string {
  return p.missing.length === 0
    ? `Index lists all ${p.found.length} file(s) after ${p.elapsedSeconds.toFixed(1)} s`
    : p.unreachable
      ? `Cannot reach the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}; ${p.unreachable.failedPolls} of at most ${p.unreachable.maxFailedPolls} failed polls in a row): ${p.unreachable.reason}`
      : `Waiting for the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}): listed ${p.found.length}, missing ${p.missing.join(', ')}; next poll in ${p.nextPollSeconds.toFixed(1)} s`;
}

/** The step summary: each file, how it got there, the attestations, when the index listed them. */
export function summary(result: PublishResult): string {
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
  return lines.join('\n');
}
