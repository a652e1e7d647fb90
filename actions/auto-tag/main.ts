/** auto-tag's entry: action.yml inputs → AutoTagInputs (packages/github/auto-tag.ts). */
import * as runner from '../../packages/toolkit/action.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import * as parse from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/github/auto-tag.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';
import { nextVersion } from '../../packages/versions/bump.js';
import { PRE_KINDS } from '../../packages/versions/pep440.js';

const { input, requiredInput } = runner;
const lines = (name: string): string[] => parse.parseMultiline(input(name));

await runner.runAction('auto-tag', async () => {
  const ctx = runner.runContext();
  const token = input('token');
  runner.mask(token);
  if (!token) {
    throw new ActionError('No token to read pull requests and create tags with.', {
      input: 'token',
      hint: "Leave 'token' at its default (the job token) and grant 'contents: write'.",
    });
  }
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo)
    throw new ActionError(
      'GITHUB_REPOSITORY is not set: auto-tag runs inside a GitHub Actions job.',
    );
  const sha = parse.parseSha(
    input('sha') || ctx.sha,
    'sha',
    'Pass ${{ github.sha }} or leave it empty.',
  );
  const prefix = requiredInput('tag-prefix');
  if (/[\s~^:?*[\\]|\.\.|@\{|\/$/.test(prefix))
    throw new ActionError(`tag-prefix '${prefix}' cannot start a git tag name.`, {
      input: 'tag-prefix',
    });
  const defaultBump = parse.parseChoice(input('default-bump'), 'default-bump', [
    'major',
    'minor',
    'patch',
    'none',
  ] as const);
  const prerelease = input('prerelease')
    ? parse.parseChoice(input('prerelease'), 'prerelease', PRE_KINDS)
    : undefined;
  const initialVersion = canonicalVersion(requiredInput('initial-version'), 'initial-version');
  // Checked now, not at the first release, so a typo fails the first run.
  nextVersion({ known: [], bump: 'patch', initialVersion });
  const inputs = {
    token,
    owner,
    repo,
    sha,
    prefix,
    prerelease,
    initialVersion,
    apiUrl: ctx.apiUrl,
    serverUrl: ctx.serverUrl,
    headCommit: ctx.event.head_commit as { id?: string; message?: string } | undefined,
    pypiPackage: input('pypi-package'),
    indexUrl: input('index-url') || 'https://pypi.org',
    workflow: input('dispatch-workflow'),
    dryRun: parse.parseBoolean(input('dry-run') || 'false', 'dry-run'),
    release: parse.parseBoolean(input('release') || 'false', 'release'),
    releaseNotes: parse.parseChoice(input('release-notes') || 'labels', 'release-notes', [
      'labels',
      'github',
    ] as const),
    policy: {
      defaultBump,
      majorLabels: lines('major-labels'),
      minorLabels: lines('minor-labels'),
      patchLabels: lines('patch-labels'),
      skipLabels: lines('skip-labels'),
      skipMarkers: lines('skip-markers'),
    },
  };
  await run(inputs, runner.runnerIo);
});
