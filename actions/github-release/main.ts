/** github-release's entry: action.yml inputs → GitHubReleaseInputs (packages/github/github-release.ts). */
import * as runner from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import * as parse from '../../packages/toolkit/inputs.js';
import {
  run,
  type FailedDispatch,
  type FollowedRun,
} from '../../packages/github/github-release.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

const { input, requiredInput } = runner;
/** cascade-dispatch's list outputs, passed on as they are (the elements are not checked). */
const list = <T>(name: string): T[] =>
  parse.parseJsonList<T>(
    input(name),
    name,
    `Pass cascade-dispatch's ${name} output as it is (a JSON list).`,
  );

await runner.runAction('github-release', async () => {
  const ctx = runner.runContext();
  // One version policy (README, Versions): checked before anything else.
  const version = canonicalVersion(requiredInput('version'), 'version');
  const token = runner.tokenInput(
    'No token to edit the release with.',
    "Leave 'token' at its default (the job token) and grant 'contents: write'.",
  );
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) throw new ActionError('GITHUB_REPOSITORY is not set.');
  const tag = requiredInput('tag');
  const indexUrl = parse.parseUrl(
    input('index-url') || 'https://pypi.org',
    'index-url',
    'The index root, e.g. https://pypi.org.',
  );
  const publishResult = (input('publish-result') || 'success').trim();
  const mirrorCommit = input('mirror-commit').trim();
  const mirrorRepository = input('mirror-repository').trim();
  const dispatched = list<string>('dispatched');
  const failed = list<FailedDispatch>('failed');
  const runs = list<FollowedRun>('runs');
  const inputs = {
    ...{ token, repository: ctx.repository, tag, version, indexUrl, publishResult },
    ...{ mirrorCommit, mirrorRepository, dispatched, failed, runs },
    project: input('package-name') || 'molecule-ai-workspace-runtime',
    publishFailure: input('publish-failure'),
    provenance: parse.parseBoolean(input('provenance') || 'true', 'provenance'),
    ...{ apiUrl: ctx.apiUrl, serverUrl: ctx.serverUrl, runUrl: ctx.runUrl },
  };
  await run(inputs, runner.runnerIo);
});
