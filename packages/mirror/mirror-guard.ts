/**
 * mirror-guard: the required check of the read-only mirror. Pull requests
 * are refused at once with directions to the real source; every commit a
 * push brings must pass the four rules of guard.ts. The monorepo-side modes
 * (settings, audit) are in guard-modes.ts.
 */
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import {
  RULES,
  ruleErrors,
  commitInfo,
  pushedCommits,
  verifyCommit,
  type CommitInfo,
  type CommitVerdict,
  type PushRange,
} from './guard.js';
import {
  client,
  guardSources,
  runAudit,
  runSettings,
  type AuditInputs,
  type GuardBase,
  type MirrorAccess,
  type SettingsInputs,
} from './guard-modes.js';
import { refusal, renderGuardSummary } from './summary.js';

/** A pull request to the mirror: refused, with directions to the source. */
export interface PullRequestInputs extends GuardBase {
  mode: 'pull-request';
  sourcePath: string;
  docsUrl: string;
  /** The event payload, whose pull_request is named in the refusal. */
  event: Record<string, unknown>;
}

/** Any other event on the mirror: its commits checked against the four rules. */
export interface EventInputs extends MirrorAccess {
  mode: 'event';
  indexUrl: string;
  eventName: string;
  /** The event payload (a push's before, after, commits, sender, ref). */
  event: Record<string, unknown>;
  /** GITHUB_SHA, the commit an event other than push is checked on. */
  sha: string;
}

export type MirrorGuardInputs = PullRequestInputs | EventInputs | SettingsInputs | AuditInputs;

export async function run(inputs: MirrorGuardInputs, io: RunnerIo): Promise<ActionResult> {
  switch (inputs.mode) {
    case 'pull-request':
      return refusePullRequest(inputs, io);
    case 'settings':
      return runSettings(inputs, io);
    case 'audit':
      return runAudit(inputs, io);
    case 'event':
      return checkEvent(inputs, io);
  }
}

/** Pull requests: refused before anything else, with no way around it. */
async function refusePullRequest(m: PullRequestInputs, io: RunnerIo): Promise<never> {
  const out = new OutputWriter(io);
  const pr = m.event.pull_request as
    { number?: number; title?: string; user?: { login?: string } } | undefined;
  const text = refusal({
    mirror: m.mirror,
    packageName: m.packageName,
    sourceRepository: m.sourceRepository,
    sourcePath: m.sourcePath,
    docsUrl: m.docsUrl,
    serverUrl: m.serverUrl,
    pull: {
      ...(typeof pr?.number === 'number' ? { number: pr.number } : {}),
      ...(pr?.title ? { title: pr.title } : {}),
      ...(pr?.user?.login ? { user: pr.user.login } : {}),
    },
  });
  await io.summary(text.summary);
  out.set('verified', []);
  throw new ActionError(text.message, {
    title: 'Generated mirror: pull requests are not merged',
  });
}

async function checkEvent(m: EventInputs, io: RunnerIo): Promise<ActionResult> {
  const info = (s: string): void => io.info(s);
  const out = new OutputWriter(io);
  const { mirror, publishers, sourceRepository, packageName, indexUrl } = m;
  const { github, where, api } = client(m, io);

  // Which commits: a push's new commits (and its new head); any other event checks the commit it ran on.
  let commits: CommitInfo[];
  let how: string;
  let pusher: string | null | undefined;
  if (m.eventName === 'push') {
    const event = m.event as PushRange & {
      sender?: { login?: string };
      pusher?: { name?: string };
      ref?: string;
    };
    pusher = event.sender?.login ?? event.pusher?.name;
    ({ commits, how } = await api('read the pushed commits', () =>
      pushedCommits(github, where, event),
    ));
    how = `${event.ref ?? 'push'}: ${how}`;
  } else {
    if (!/^[0-9a-f]{40}$/i.test(m.sha))
      throw new ActionError('GITHUB_SHA is not set: there is no commit to check.');
    pusher = null;
    const { data } = await api(`read commit ${m.sha.slice(0, 7)}`, () =>
      github.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...where, ref: m.sha }),
    );
    commits = [commitInfo(data as unknown as Parameters<typeof commitInfo>[0])];
    how = `${m.eventName || 'run'} on ${m.sha.slice(0, 7)}`;
  }

  const sources = guardSources({ github, where, api, io, indexUrl, packageName });

  const verdicts: CommitVerdict[] = [];
  for (const c of commits) {
    const v = await verifyCommit(c, { publishers, sourceRepository, pusher }, sources);
    verdicts.push(v);
    info(`${v.ok ? '✓' : '✗'} ${c.sha} ${c.message.split('\n')[0] ?? ''}`);
    for (const r of v.rules)
      info(
        `    rule ${r.rule} (${RULES[r.rule]}): ${r.ok === true ? 'ok' : r.ok === false ? 'FAILED' : r.unchecked ? 'NOT CHECKED' : 'not checked'}: ${r.reason}`,
      );
  }

  out.set(
    'verified',
    verdicts.map((v) => ({
      sha: v.commit.sha,
      version: v.provenance?.runtimeVersion ?? v.content?.version ?? null,
      passed: v.ok,
      failed_rules: v.rules.filter((r) => r.ok === false).map((r) => r.rule),
    })),
  );
  const summary = renderGuardSummary({ mirror, serverUrl: m.serverUrl, how, pusher, verdicts });
  await io.summary(summary);
  const result = { outputs: out.outputs, summary };

  if (commits.length === 0) {
    info(`${how}: no commit to check.`);
    return result;
  }
  const errors = ruleErrors(verdicts, 'guard');
  if (errors.length === 0) {
    info(`All ${verdicts.length} commits pass the mirror's four rules.`);
    return result;
  }
  const failed = verdicts.filter((v) => !v.ok).length;
  const broken = verdicts.some((v) => v.rules.some((r) => r.ok === false));
  throw new ActionErrors(
    broken
      ? `${failed} of ${verdicts.length} commits on ${mirror} fail the mirror's rules. The mirror is written only by the publish pipeline of ${sourceRepository}: undo this push, and make changes in ${sourceRepository} instead.`
      : `${failed} of ${verdicts.length} commits on ${mirror} could not be verified: the rules that could be checked pass, but the content rule could not be. Re-run this check once the index answers.`,
    errors,
  );
}
