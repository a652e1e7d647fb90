/**
 * auto-tag: the next runtime version from the merged pull request's labels,
 * tagged atomically through the API (race-safe, idempotent on re-runs), and
 * optionally a workflow_dispatch of the publish workflow, which a tag created
 * with the job token would not start.
 */
import { canonicalVersion } from '../../packages/versions/canonical.js';
import {
  info,
  input,
  mask,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import { parseBoolean, parseChoice, parseMultiline } from '../../packages/toolkit/inputs.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { createGitHubClient, type GitHubApi } from '../../packages/github/client.js';
import { explainGitHubError } from '../../packages/github/errors.js';
import {
  dispatchWorkflow,
  findMergedPull,
  readCommitMessage,
  tagRelease,
} from '../../packages/github/release.js';
import { draftTagRelease } from '../../packages/github/draft-release.js';
import { nextVersion, type KnownVersion, type NextVersion } from '../../packages/versions/bump.js';
import { decideRelease, type DefaultBump } from '../../packages/versions/decide.js';
import {
  compareVersions,
  parseVersion,
  PRE_KINDS,
  type PreKind,
} from '../../packages/versions/pep440.js';
import { readTagVersions, versionOfTag } from '../../packages/versions/tags.js';
import { fetchIndexReleases } from '../../packages/index/latest.js';

await runAction('auto-tag', async () => {
  const ctx = runContext();
  const token = input('token');
  mask(token);
  if (!token) {
    throw new ActionError('No token to read pull requests and create tags with.', {
      input: 'token',
      hint: "Leave 'token' at its default (the job token) and grant 'contents: write'.",
    });
  }
  const [owner, repo] = ctx.repository.split('/');
  if (!owner || !repo) {
    throw new ActionError(
      'GITHUB_REPOSITORY is not set: auto-tag runs inside a GitHub Actions job.',
    );
  }
  const sha = (input('sha') || ctx.sha).toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha)) {
    throw new ActionError(`'${sha}' is not a full 40-character commit sha.`, {
      input: 'sha',
      hint: 'Pass ${{ github.sha }} or leave it empty.',
    });
  }
  const prefix = requiredInput('tag-prefix');
  if (/[\s~^:?*[\\]|\.\.|@\{|\/$/.test(prefix)) {
    throw new ActionError(`tag-prefix '${prefix}' cannot start a git tag name.`, {
      input: 'tag-prefix',
    });
  }
  const defaultBump = parseChoice(input('default-bump'), 'default-bump', [
    'major',
    'minor',
    'patch',
    'none',
  ] as const) as DefaultBump;
  const prereleaseRaw = input('prerelease');
  const prerelease: PreKind | undefined = prereleaseRaw
    ? parseChoice(prereleaseRaw, 'prerelease', PRE_KINDS)
    : undefined;
  const initialVersion = canonicalVersion(requiredInput('initial-version'), 'initial-version');
  // Checked now, not at the first release, so a typo fails the first run.
  nextVersion({ known: [], bump: 'patch', initialVersion });
  const pypiPackage = input('pypi-package');
  const indexUrl = input('index-url') || 'https://pypi.org';
  const workflow = input('dispatch-workflow');
  const dryRun = parseBoolean(input('dry-run') || 'false', 'dry-run');
  const wantRelease = parseBoolean(input('release') || 'false', 'release');
  const notesKind = parseChoice(input('release-notes') || 'labels', 'release-notes', [
    'labels',
    'github',
  ] as const);
  const policy = {
    defaultBump,
    majorLabels: parseMultiline(input('major-labels')),
    minorLabels: parseMultiline(input('minor-labels')),
    patchLabels: parseMultiline(input('patch-labels')),
    skipLabels: parseMultiline(input('skip-labels')),
    skipMarkers: parseMultiline(input('skip-markers')),
  };

  const github: GitHubApi = createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    userAgent: 'runtime-actions/auto-tag',
    log: { info, warning },
    // Two or three writes per attempt: GitHub's one-second spacing is for
    // bulk writes, and here it would only widen the window of a tag race.
    writeIntervalMs: 0,
  });
  const where = { owner, repo };
  const api = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ActionError) throw e;
      throw explainGitHubError(e, { operation, repo: ctx.repository });
    }
  };

  // The message from the push event when it is this commit, else from the API.
  const head = ctx.event.head_commit as { id?: string; message?: string } | undefined;
  const message =
    head?.id === sha && typeof head.message === 'string'
      ? head.message
      : await api(`read commit ${sha.slice(0, 7)}`, () =>
          readCommitMessage(github, { ...where, sha }),
        );
  const pr = await api(`find the pull request of ${sha.slice(0, 7)}`, () =>
    findMergedPull(github, { ...where, sha }),
  );
  info(
    pr
      ? `Merged pull request: #${pr.number} ${pr.title} [${pr.labels.join(', ')}]`
      : 'No merged pull request: a direct push.',
  );
  const decision = decideRelease({ message, labels: pr?.labels, prNumber: pr?.number }, policy);
  for (const w of decision.warnings) warning(w, { title: 'Release labels' });
  setOutput('pr-number', pr ? String(pr.number) : '');

  const rows: Array<[string, string]> = [
    ['Commit', code(sha.slice(0, 7))],
    ['Pull request', pr ? `[#${pr.number}](${pr.url}) ${pr.title}` : 'none (direct push)'],
    ['Labels', pr?.labels.length ? pr.labels.map(code).join(' ') : '—'],
  ];

  if (!decision.release) {
    info(`No release: ${decision.reason}.`);
    for (const [k, v] of [
      ['release-url', ''],
      ['tag', ''],
      ['version', ''],
      ['previous-version', ''],
      ['bump', 'none'],
      ['skipped', decision.reason],
      ['created', 'false'],
    ]) {
      setOutput(k as string, v as string);
    }
    await writeSummary(
      heading('🏷️ No release') + markdownTable(['', ''], [...rows, ['Why', decision.reason]]),
    );
    return;
  }

  const index = pypiPackage
    ? await fetchIndexReleases({ indexUrl, packageName: pypiPackage })
    : undefined;
  const indexVersions: KnownVersion[] = [];
  for (const v of index?.versions ?? []) {
    const parsed = parseVersion(v);
    if (parsed && parsed.local === null) indexVersions.push({ version: parsed, source: 'index' });
  }
  if (pypiPackage) {
    info(
      index
        ? `${pypiPackage} on ${indexUrl}: ${index.versions.length} release(s), latest ${index.latest ?? '—'}`
        : `${pypiPackage} is not on ${indexUrl} yet.`,
    );
  }

  let planned: NextVersion | undefined;
  let ignoredTags: string[] = [];
  let listedTags: string[] = [];
  const outcome = await api(`tag ${sha.slice(0, 7)}`, () =>
    tagRelease(github, {
      ...where,
      sha,
      prefix,
      dryRun,
      plan: (names) => {
        listedTags = names;
        const tags = readTagVersions(names, prefix);
        ignoredTags = tags.ignored.map((t) => `${t.tag}: ${t.reason}`);
        const known = [
          ...tags.releases.map((r) => ({ version: r.version, source: r.tag })),
          ...indexVersions,
        ];
        planned = nextVersion({ known, bump: decision.bump, prerelease, initialVersion });
        return { version: planned.version, tag: `${prefix}${planned.version}` };
      },
      isReleaseTag: (name) => versionOfTag(name, prefix) !== undefined,
      compareTags: (a, b) =>
        compareVersions(
          versionOfTag(a, prefix)?.canonical ?? '0',
          versionOfTag(b, prefix)?.canonical ?? '0',
        ),
      message: (version) =>
        [
          `Release ${version}`,
          '',
          pr ? `Pull request #${pr.number}: ${pr.title}` : 'Direct push',
          `Commit: ${sha}`,
        ].join('\n'),
      log: info,
    }),
  );
  if (ignoredTags.length > 0) {
    warning(
      `Ignored ${ignoredTags.length} tag(s) under '${prefix}' that hold no usable version: ${ignoredTags.join('; ')}`,
      {
        title: 'Malformed tags',
      },
    );
  }

  let version: string;
  let previous: string;
  let why: string;
  if (outcome.kind === 'exists') {
    version = versionOfTag(outcome.tag, prefix)?.canonical ?? outcome.tag.slice(prefix.length);
    const below = readTagVersions(outcome.tagNames, prefix).releases.filter(
      (r) => compareVersions(r.version, version) < 0,
    );
    previous = below[below.length - 1]?.version.canonical ?? '';
    why = `${sha.slice(0, 7)} is already tagged ${outcome.tag}: nothing to do (a re-run)`;
    info(`${outcome.tag} already points at ${sha.slice(0, 7)}; nothing created.`);
  } else {
    const plan = planned as NextVersion;
    version = outcome.version;
    previous = plan.previous;
    why = `${decision.reason}; ${plan.why}`;
    if (outcome.kind === 'created' && outcome.lostRaces.length > 0) {
      why += ` (after ${outcome.lostRaces.join(', ')} went to other commits)`;
    }
    info(
      outcome.kind === 'dry-run'
        ? `Dry run: would create ${outcome.tag}.`
        : `Created ${outcome.tag} on ${sha.slice(0, 7)}.`,
    );
  }
  const tag = outcome.tag;
  const bump = prerelease ? 'prerelease' : decision.bump;

  let dispatched = '';
  if (workflow && outcome.kind === 'created') {
    await api(`start ${workflow}`, () =>
      dispatchWorkflow(github, { ...where, workflow, ref: tag, inputs: { version } }),
    );
    dispatched = `started ${code(workflow)} on ${code(tag)} with version ${code(version)}`;
    info(`Started ${workflow} on ${tag} with version=${version}.`);
  } else if (workflow) {
    dispatched =
      outcome.kind === 'dry-run'
        ? 'not started (dry run)'
        : `not started again: the tag was already in place (start ${workflow} by hand with version ${version} if the first run did not)`;
  }

  setOutput('tag', tag);
  setOutput('version', version);
  setOutput('previous-version', previous);
  setOutput('bump', bump);
  setOutput('skipped', '');
  setOutput('created', outcome.kind === 'created' ? 'true' : 'false');

  // The GitHub Release: a draft until github-release completes it after the
  // publish. A re-run that finds the release (draft or published) leaves it.
  let releaseRow = '';
  let releaseUrl = '';
  if (wantRelease) {
    const names = outcome.kind === 'exists' ? outcome.tagNames : listedTags;
    const previousTag =
      previous && names.includes(`${prefix}${previous}`) ? `${prefix}${previous}` : undefined;
    const drafted = await api(`draft the release of ${tag}`, () =>
      draftTagRelease(github, {
        ...where,
        tag,
        version,
        sha,
        previousTag,
        previousVersion: previous || undefined,
        bump,
        reason: decision.reason,
        notes: notesKind,
        groups: { major: policy.majorLabels, minor: policy.minorLabels, patch: policy.patchLabels },
        pull: pr
          ? { number: pr.number, title: pr.title, url: pr.url, labels: pr.labels }
          : undefined,
        serverUrl: ctx.serverUrl,
        dryRun: outcome.kind === 'dry-run',
        warn: (message, title) => warning(message, { title }),
      }),
    );
    if (drafted.kind === 'exists') {
      releaseUrl = drafted.url;
      releaseRow = `${drafted.draft ? 'draft' : 'published'} [${tag}](${releaseUrl}), already there: left as it is`;
      info(`The release of ${tag} is already there: ${releaseUrl}`);
    } else if (drafted.kind === 'dry-run') {
      releaseRow = 'would be drafted (dry run); its notes are in the log';
      info(`Dry run: the draft release of ${tag} would read:\n${drafted.body}`);
    } else {
      releaseUrl = drafted.url;
      releaseRow = `drafted [${tag}](${releaseUrl}): published by github-release after the upload`;
      info(`Drafted the release of ${tag}: ${releaseUrl}`);
    }
  }
  setOutput('release-url', releaseUrl);

  const title =
    outcome.kind === 'created'
      ? `🏷️ Released ${tag}`
      : outcome.kind === 'dry-run'
        ? `🏷️ Dry run: would release ${tag}`
        : `🏷️ ${tag} already in place`;
  rows.push(
    ['Previous', previous ? code(previous) : '— (first release)'],
    ['Next', code(version)],
    ['Bump', bump],
    ['Why', why],
  );
  if (workflow) rows.push(['Workflow', dispatched]);
  if (releaseRow) rows.push(['Release', releaseRow]);
  if (ignoredTags.length) rows.push(['Ignored tags', ignoredTags.join('<br>')]);
  await writeSummary(heading(title) + markdownTable(['', ''], rows));
});
