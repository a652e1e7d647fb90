/**
 * wait-for-pypi: poll the simple index until a version's files are listed,
 * so a following `pip install` or image build can find them; then, when
 * asked, verify their PEP 740 provenance (wait-for-pypi-provenance.ts).
 */
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { code, formatBytes, formatSeconds, heading, markdownTable } from '../toolkit/summary.js';
import { waitForFiles, type WaitProgress, type WaitResult } from './simple.js';
import type { ProvenanceInputs } from './wait-for-pypi-provenance.js';

/** wait-for-pypi's inputs, validated. */
export interface WaitForPypiInputs {
  /** The distribution name. */
  project: string;
  /** Canonical PEP 440. */
  version: string;
  /** The index root, without a trailing slash. */
  indexUrl: string;
  timeoutSeconds: number;
  /** With verify-provenance: whom to expect and where to keep the files; undefined when off. */
  provenance: ProvenanceInputs | undefined;
}

export async function run(inputs: WaitForPypiInputs, io: RunnerIo): Promise<ActionResult> {
  const out = new OutputWriter(io);
  const { project, version, indexUrl, timeoutSeconds } = inputs;
  io.info(
    `Waiting up to ${formatSeconds(timeoutSeconds)} for ${project} ${version} on ${indexUrl}`,
  );
  const result = await waitForFiles({
    indexUrl,
    project,
    version,
    timeoutSeconds,
    onProgress: (p) => io.info(progressLine(p)),
  });

  out.set(
    'files',
    result.files.map((f) => ({
      filename: f.filename,
      url: f.url,
      sha256: f.sha256,
      size: f.size,
      requires_python: f.requiresPython,
      yanked: f.yanked,
    })),
  );
  out.set('waited', result.waitedSeconds.toFixed(1));
  const listed = summary(project, version, result);
  await io.summary(listed);
  if (!inputs.provenance) return { outputs: out.outputs, summary: listed };
  // PEP 740: before anything is built from these files, prove who built them.
  // Loaded only here: the Sigstore verifier is most of the bundle.
  const { verifyProvenance } = await import('./wait-for-pypi-provenance.js');
  const verified = await verifyProvenance(
    { indexUrl, project, version, files: result.files },
    inputs.provenance,
    io,
    out,
  );
  // Each summary chunk ends a line on the runner (core.summary's addRaw(…, true)).
  return { outputs: out.outputs, summary: `${listed}\n${verified}` };
}

/** The progress line of one poll. */
export function progressLine(p: WaitProgress): string {
  if (p.missing.length === 0) {
    return `Listed after ${p.elapsedSeconds.toFixed(1)} s (poll ${p.attempt}): ${p.found.join(', ')}`;
  }
  if (p.unreachable) {
    return (
      `Cannot reach the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}; ${p.unreachable.failedPolls} of at most ${p.unreachable.maxFailedPolls} failed polls in a row): ${p.unreachable.reason}` +
      (p.unreachable.failedPolls < p.unreachable.maxFailedPolls
        ? `; next poll in ${p.nextPollSeconds.toFixed(1)} s`
        : '')
    );
  }
  return `Not listed yet (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}); index has versions: ${p.versions.slice(-5).join(', ') || 'none'}; next poll in ${p.nextPollSeconds.toFixed(1)} s`;
}

/** The step summary of the wait: each file as the index lists it, and how long it took. */
export function summary(project: string, version: string, result: WaitResult): string {
  return (
    heading(`⏱️ ${project} ${version} is on the index`) +
    markdownTable(
      ['File', 'Size', 'sha256', 'Requires-Python'],
      result.files.map((f) => [
        `[${f.filename}](${f.url})`,
        f.size === undefined ? '—' : formatBytes(f.size),
        f.sha256 ? code(f.sha256) : '—',
        f.requiresPython ?? '—',
      ]),
    ) +
    `\nListed after ${formatSeconds(result.waitedSeconds)} (${result.attempts} poll${result.attempts === 1 ? '' : 's'}).\n`
  );
}
