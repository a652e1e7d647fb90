/**
 * auto-tag: the next runtime version from the merged pull request's labels,
 * tagged atomically through the API (race-safe, idempotent on re-runs), and
 * optionally a workflow_dispatch of the publish workflow, which a tag created
 * with the job token would not start.
 */
import {
  OutputWriter,
  type ActionResult,
  type AnnotationPlace,
  type RunnerIo,
} from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { createGitHubClient, githubCalls, type GitHubApi } from './client.js';
import { dispatchWorkflow, findMergedPull, readCommitMessage, tagRelease } from './release.js';
import { draftTagRelease } from './draft-release.js';
import { nextVersion, type KnownVersion, type NextVersion } from '../versions/bump.js';
import { decideRelease, type ReleasePolicy } from '../versions/decide.js';
import { compareVersions, parseVersion, type PreKind } from '../versions/pep440.js';
import { readTagVersions, versionOfTag } from '../versions/tags.js';
import { fetchIndexReleases } from '../index/latest.js';

/** auto-tag's inputs, validated, with the run context it needs. */
export interface AutoTagInputs {
  token: string;
  owner: string;
  repo: string;
  /** The commit to tag: a full, lower-case sha. */
  sha: string;
  apiUrl: string;
  serverUrl: string;
  /** The push event's head commit, whose message saves an API call when it is `sha`. */
  headCommit?: { id?: string; message?: string };
  prefix: string;
  prerelease?: PreKind;
  /** Canonical, and already checked to be a usable first version. */
  initialVersion: string;
  pypiPackage: string;
  indexUrl: string;
  workflow: string;
  dryRun: boolean;
  release: boolean;
  releaseNotes: 'labels' | 'github';
  policy: ReleasePolicy;
}

export async function run(inputs: AutoTagInputs, io: RunnerIo): Promise<ActionResult> {
  const { token, owner, repo, sha, prefix, prerelease, initialVersion, policy } = inputs;
  const { pypiPackage, indexUrl, workflow, dryRun } = inputs;
  const info = (m: string): void => io.info(m);
  const warning = (m: string, place?: AnnotationPlace): void => io.warning(m, place);
  const out = new OutputWriter(io);
  const repository = `${owner}/${repo}`;

  const github: GitHubApi = createGitHubClient({
    token,
    baseUrl: inputs.apiUrl,
    userAgent: 'runtime-actions/auto-tag',
    log: { info, warning },
    // Two or three writes per attempt: GitHub's one-second spacing is for
    // bulk writes, and here it would only widen the window of a tag race.
    writeIntervalMs: 0,
  });
  const where = { owner, repo };
  const api = githubCalls(repository);

  // The message from the push event when it is this commit, else from the API.
  const head = inputs.headCommit;
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
  out.set('pr-number', pr ? String(pr.number) : '');

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
      out.set(k as string, v as string);
    }
    const summary =
      heading('🏷️ No release') + markdownTable(['', ''], [...rows, ['Why', decision.reason]]);
    await io.summary(summary);
    return { outputs: out.outputs, summary };
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

  out.set('tag', tag);
  out.set('version', version);
  out.set('previous-version', previous);
  out.set('bump', bump);
  out.set('skipped', '');
  out.set('created', outcome.kind === 'created' ? 'true' : 'false');

  // The GitHub Release: a draft until github-release completes it after the
  // publish. A re-run that finds the release (draft or published) leaves it.
  let releaseRow = '';
  let releaseUrl = '';
  if (inputs.release) {
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
        notes: inputs.releaseNotes,
        groups: { major: policy.majorLabels, minor: policy.minorLabels, patch: policy.patchLabels },
        pull: pr
          ? { number: pr.number, title: pr.title, url: pr.url, labels: pr.labels }
          : undefined,
        serverUrl: inputs.serverUrl,
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
  out.set('release-url', releaseUrl);

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
  const summary = heading(title) + markdownTable(['', ''], rows);
  await io.summary(summary);
  return { outputs: out.outputs, summary };
}
