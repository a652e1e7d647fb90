/**
 * wait-for-pypi: poll the simple index until a version's files are listed,
 * so a following `pip install` or image build can find them.
 */
import { info, input, requiredInput, runAction, setOutput, writeSummary } from '../runner.js';
import { parseBoolean, parseDuration, parseUrl } from '../../packages/toolkit/inputs.js';
import {
  code,
  formatBytes,
  formatSeconds,
  heading,
  markdownTable,
} from '../../packages/toolkit/summary.js';
import { waitForFiles } from '../../packages/index/simple.js';
import { trimSlash } from '../../packages/toolkit/slashes.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

await runAction('wait-for-pypi', async () => {
  const project = requiredInput('package');
  const version = canonicalVersion(requiredInput('version'), 'version');
  const indexUrl = parseUrl(
    trimSlash(requiredInput('index-url')),
    'index-url',
    'Use the index root, e.g. https://pypi.org.',
  );
  const timeoutSeconds = parseDuration(input('timeout'), 'timeout');

  info(`Waiting up to ${formatSeconds(timeoutSeconds)} for ${project} ${version} on ${indexUrl}`);
  const result = await waitForFiles({
    indexUrl,
    project,
    version,
    timeoutSeconds,
    onProgress: (p) =>
      info(
        p.missing.length === 0
          ? `Listed after ${p.elapsedSeconds.toFixed(1)} s (poll ${p.attempt}): ${p.found.join(', ')}`
          : p.unreachable
            ? `Cannot reach the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}; ${p.unreachable.failedPolls} of at most ${p.unreachable.maxFailedPolls} failed polls in a row): ${p.unreachable.reason}` +
              (p.unreachable.failedPolls < p.unreachable.maxFailedPolls
                ? `; next poll in ${p.nextPollSeconds.toFixed(1)} s`
                : '')
            : `Not listed yet (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}); index has versions: ${p.versions.slice(-5).join(', ') || 'none'}; next poll in ${p.nextPollSeconds.toFixed(1)} s`,
      ),
  });

  setOutput(
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
  setOutput('waited', result.waitedSeconds.toFixed(1));
  await writeSummary(
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
      `\nListed after ${formatSeconds(result.waitedSeconds)} (${result.attempts} poll${result.attempts === 1 ? '' : 's'}).\n`,
  );
  // PEP 740: before anything is built from these files, prove who built them.
  if (parseBoolean(input('verify-provenance'), 'verify-provenance')) {
    // Loaded only here: the Sigstore verifier is most of the bundle.
    const { verifyProvenance } = await import('./provenance.js');
    await verifyProvenance({ indexUrl, project, version, files: result.files });
  }
});
