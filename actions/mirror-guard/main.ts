/** mirror-guard's entry: action.yml inputs → MirrorGuardInputs (packages/mirror/mirror-guard.ts). */
import * as runner from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { parseRepository } from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/mirror/mirror-guard.js';
import { parsePublishers } from '../../packages/mirror/guard-modes.js';
import { isCommitShaAnyCase } from '../../packages/toolkit/github-names.js';

const { input, requiredInput, runnerIo: io } = runner;

await runner.runAction('mirror-guard', async () => {
  const ctx = runner.runContext();
  const sourceRepository = parseRepository(requiredInput('source-repository'), 'source-repository');
  const packageName = requiredInput('package-name');
  const mode = input('mode') || 'event';
  if (mode !== 'event' && mode !== 'settings' && mode !== 'audit')
    throw new ActionError(`mode '${mode}' is not event, settings or audit.`, { input: 'mode' });
  const base = { sourceRepository, packageName, apiUrl: ctx.apiUrl, serverUrl: ctx.serverUrl };
  if (mode !== 'event') {
    // Monorepo side: the mirror is another repository, read with the App's token.
    const mirror = parseRepository(input('repository') || ctx.repository, 'repository');
    const token = runner.tokenInput('No token to read the mirror with.');
    const access = { ...base, mirror, token };
    const publishers = parsePublishers(input('publishers'));
    if (mode === 'settings') {
      await run({ ...access, publishers, mode, branch: input('branch') }, io);
      return;
    }
    const indexUrl = input('index-url');
    const since = input('since');
    if (since && !isCommitShaAnyCase(since))
      throw new ActionError(`'${since}' is not a full commit SHA.`, { input: 'since' });
    const audit = { indexUrl, since, branch: input('branch'), runUrl: ctx.runUrl };
    await run({ ...access, publishers, mode, ...audit }, io);
    return;
  }
  const mirror = ctx.repository;
  const { eventName, event, sha } = ctx;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const paths = { sourcePath: input('source-path'), docsUrl: input('docs-url') };
    await run({ ...base, mirror, mode: 'pull-request', ...paths, event }, io);
    return;
  }
  const access = {
    ...base,
    mirror,
    token: runner.tokenInput(
      "No token to read the mirror's commits with.",
      "Leave 'token' at its default (the job token) and give the job 'permissions: contents: read'.",
    ),
  };
  const publishers = parsePublishers(input('publishers'));
  const indexUrl = requiredInput('index-url');
  runner.runRepository(ctx, 'mirror-guard');
  await run({ ...access, publishers, mode, indexUrl, eventName, event, sha }, io);
});
