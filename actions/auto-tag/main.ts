/** auto-tag's entry: action.yml inputs → AutoTagInputs (packages/github/auto-tag.ts). */
import * as runner from '../runner.js';
import * as parse from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/github/auto-tag.js';
import { canonicalPublicVersion } from '../../packages/versions/canonical.js';
import { PRE_KINDS } from '../../packages/versions/pep440.js';

const { input, requiredInput } = runner;
const lines = (name: string): string[] => parse.parseMultiline(input(name));
const flag = (name: string): boolean => parse.parseBoolean(input(name) || 'false', name);
const BUMPS = ['major', 'minor', 'patch', 'none'] as const;
const NOTES = ['labels', 'github'] as const;
const SHA_HINT = 'Pass ${{ github.sha }} or leave it empty.';

await runner.runAction('auto-tag', async () => {
  const ctx = runner.runContext();
  const token = runner.tokenInput(
    'No token to read pull requests and create tags with.',
    "Leave 'token' at its default (the job token) and grant 'contents: write'.",
  );
  const { owner, repo } = runner.runRepository(ctx, 'auto-tag');
  const sha = parse.parseSha(input('sha') || ctx.sha, 'sha', SHA_HINT);
  const prefix = parse.parseTagPrefix(requiredInput('tag-prefix'), 'tag-prefix');
  const defaultBump = parse.parseChoice(input('default-bump'), 'default-bump', BUMPS);
  const pre = input('prerelease');
  const prerelease = pre ? parse.parseChoice(pre, 'prerelease', PRE_KINDS) : undefined;
  const initialVersion = canonicalPublicVersion(
    requiredInput('initial-version'),
    'initial-version',
  );
  const headCommit = ctx.event.head_commit as { id?: string; message?: string } | undefined;
  const where = { token, owner, repo, sha, apiUrl: ctx.apiUrl, serverUrl: ctx.serverUrl };
  const inputs = {
    ...where,
    ...{ headCommit, prefix, prerelease, initialVersion },
    pypiPackage: input('pypi-package'),
    indexUrl: input('index-url') || 'https://pypi.org',
    workflow: input('dispatch-workflow'),
    dryRun: flag('dry-run'),
    release: flag('release'),
    releaseNotes: parse.parseChoice(input('release-notes') || 'labels', 'release-notes', NOTES),
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
