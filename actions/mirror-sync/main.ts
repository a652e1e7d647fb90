/** mirror-sync's entry: action.yml inputs → MirrorSyncInputs (packages/mirror/mirror-sync.ts). */
import * as runner from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { parseRepository } from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/mirror/mirror-sync.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

const { requiredInput } = runner;

await runner.runAction('mirror-sync', async () => {
  const ctx = runner.runContext();
  const token = requiredInput('token');
  runner.mask(token);
  const repository = parseRepository(
    requiredInput('repository'),
    'repository',
    'Write it as Molecule-AI/molecule-ai-workspace-runtime (no URL, no .git).',
  );
  const branch = requiredInput('branch').replace(/^refs\/heads\//, '');
  if (/[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$/.test(branch)) {
    throw new ActionError(`'${branch}' is not a valid branch name.`, { input: 'branch' });
  }
  const version = canonicalVersion(requiredInput('version'), 'version');
  const packageDir = requiredInput('package-dir');
  if (!/^[0-9a-f]{40}$/i.test(ctx.sha) || !ctx.repository || !ctx.runUrl) {
    throw new ActionError(
      'GITHUB_SHA, GITHUB_REPOSITORY and GITHUB_RUN_ID are needed for the provenance trailers: mirror-sync runs inside the publish workflow.',
      { title: 'No run context' },
    );
  }
  const { apiUrl, serverUrl, runUrl } = ctx;
  const source = { sourceRepository: ctx.repository, sourceCommit: ctx.sha, runUrl };
  await run(
    { token, repository, branch, version, packageDir, apiUrl, serverUrl, ...source },
    runner.runnerIo,
  );
});
