/**
 * mirror-settings: whether the mirror's default branch can be updated by
 * anyone but the publishers, read from the mirror's rulesets through the
 * REST API. This is the control that matters: a push runs the pushed
 * commit's own workflow files, so a check inside the mirror can be
 * replaced by whoever can push; a ruleset cannot be edited by a pusher.
 *
 * The documented setup (README, "Adopting the whole chain"): one active
 * branch ruleset on the default branch with the rules "Restrict updates"
 * (`update`), "Block force pushes" (`non_fast_forward`) and "Restrict
 * deletions" (`deletion`), whose only bypass actor is the publishing App.
 *
 * Anyone can update the branch who may bypass EVERY active ruleset holding
 * an `update` rule; each such actor other than a publisher App is a gap.
 */
import type { GitHubApi } from '../github/client.js';

/** A rule as `GET /repos/{owner}/{repo}/rules/branches/{branch}` lists it (active rulesets only). */
export interface BranchRule {
  type: string;
  ruleset_id?: number;
  ruleset_source_type?: string;
  ruleset_source?: string;
}

export interface BypassActor {
  actor_id?: number | null;
  actor_type: string;
  bypass_mode?: string;
}

/** A ruleset as `GET /repos/{owner}/{repo}/rulesets/{id}` returns it. */
export interface RulesetDetail {
  id: number;
  name: string;
  enforcement: string;
  /** Absent when the token may not see it (GitHub shows it only to writers of the ruleset). */
  bypass_actors?: BypassActor[];
}

export interface PublisherApp {
  /** `<slug>[bot]` */
  login: string;
  /** The App's id (a bypass actor of type Integration names it). */
  id: number;
}

export interface SettingsInput {
  repository: string;
  branch: string;
  rules: BranchRule[];
  rulesets: RulesetDetail[];
  publisherApps: PublisherApp[];
  /** Publishers that are not Apps (a ruleset's bypass list names Apps by id; users are not looked up). */
  otherPublishers: string[];
}

export interface SettingsReport {
  ok: boolean;
  /** Each way the branch can be changed by someone who is not a publisher, or the check is blind. */
  gaps: string[];
  /** What was found, for the summary. */
  facts: string[];
}

/** The rule types the documented ruleset holds, with the name the settings page gives each. */
export const REQUIRED_RULES: Record<string, { name: string; without: string }> = {
  update: {
    name: 'Restrict updates',
    without: 'anyone with write access can push to it',
  },
  non_fast_forward: {
    name: 'Block force pushes',
    without: 'its history can be rewritten by a force push',
  },
  deletion: {
    name: 'Restrict deletions',
    without: 'it can be deleted',
  },
};

function describeActor(a: BypassActor, apps: PublisherApp[]): string {
  const app = a.actor_type === 'Integration' ? apps.find((p) => p.id === a.actor_id) : undefined;
  if (app) return `the App ${app.login} (id ${app.id})`;
  if (a.actor_type === 'OrganizationAdmin') return 'organization admins';
  if (a.actor_type === 'DeployKey') return 'deploy keys';
  const kind: Record<string, string> = {
    Integration: 'the App',
    RepositoryRole: 'the repository role',
    Team: 'the team',
    User: 'the user',
  };
  return `${kind[a.actor_type] ?? a.actor_type} with id ${a.actor_id ?? '?'}`;
}

const actorKey = (a: BypassActor) => `${a.actor_type}:${a.actor_id ?? ''}`;

export function checkMirrorSettings(input: SettingsInput): SettingsReport {
  const gaps: string[] = [];
  const facts: string[] = [];
  const where = `${input.repository} branch ${input.branch}`;
  for (const [type, { name, without }] of Object.entries(REQUIRED_RULES)) {
    const from = [...new Set(input.rules.filter((r) => r.type === type).map((r) => r.ruleset_id))];
    if (from.length === 0)
      gaps.push(`no active ruleset on ${where} has the rule '${name}' (${type}): ${without}`);
    else
      facts.push(
        `'${name}' (${type}) from ruleset${from.length > 1 ? 's' : ''} ${from.join(', ')}`,
      );
  }

  const updateIds = [
    ...new Set(
      input.rules
        .filter((r) => r.type === 'update')
        .map((r) => r.ruleset_id)
        .filter((id): id is number => typeof id === 'number'),
    ),
  ];
  const updating = updateIds.map(
    (id) =>
      input.rulesets.find((r) => r.id === id) ?? { id, name: `#${id}`, enforcement: 'active' },
  );
  const blind = updating.filter((r) => r.bypass_actors === undefined);
  for (const r of blind)
    gaps.push(
      `cannot see who may bypass ruleset '${r.name}' (${r.id}): GitHub shows a ruleset's bypass list only to a token with write access to it (repository administration: write), so whether someone other than the publishers can update ${input.branch} is unknown`,
    );
  if (updating.length > 0 && blind.length === 0) {
    const publisherIds = new Set(input.publisherApps.map((a) => a.id));
    const isPublisher = (a: BypassActor) =>
      a.actor_type === 'Integration' &&
      typeof a.actor_id === 'number' &&
      publisherIds.has(a.actor_id);
    // Someone updates the branch only by bypassing every ruleset that restricts updates.
    const [first, ...rest] = updating;
    const everywhere = (first?.bypass_actors ?? []).filter((a) =>
      rest.every((r) => (r.bypass_actors ?? []).some((b) => actorKey(b) === actorKey(a))),
    );
    for (const a of everywhere.filter((x) => !isPublisher(x)))
      gaps.push(
        `${describeActor(a, input.publisherApps)} may bypass ${updating.map((r) => `'${r.name}'`).join(' and ')} (${a.bypass_mode ?? 'always'}) and so update ${input.branch}; only the publishers may`,
      );
    const publishersAllowed = everywhere.filter(isPublisher);
    if (publishersAllowed.length === 0)
      gaps.push(
        `no publisher App may bypass ${updating.map((r) => `'${r.name}'`).join(' and ')}: mirror-sync itself would be refused (add ${input.publisherApps.map((a) => `${a.login} (App id ${a.id})`).join(', ') || 'the publishing App'} as the bypass actor)`,
      );
    else
      facts.push(
        `bypass: ${publishersAllowed.map((a) => describeActor(a, input.publisherApps)).join(', ')}`,
      );
  }
  if (input.otherPublishers.length > 0)
    facts.push(
      `publishers that are not Apps (${input.otherPublishers.join(', ')}) cannot be matched to a bypass actor and are treated as anyone else`,
    );
  return { ok: gaps.length === 0, gaps, facts };
}

/** Reads what checkMirrorSettings needs through the REST API. */
export async function readMirrorSettings(
  github: GitHubApi,
  where: { owner: string; repo: string },
  publishers: string[],
  branchOverride?: string,
): Promise<SettingsInput> {
  const { data: repository } = await github.request('GET /repos/{owner}/{repo}', where);
  const branch = branchOverride || repository.default_branch;
  const rules: BranchRule[] = [];
  for (let page = 1; ; page++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      ...where,
      branch,
      per_page: 100,
      page,
    });
    rules.push(...(data as unknown as BranchRule[]));
    if (data.length < 100) break;
  }
  const ids = [
    ...new Set(rules.map((r) => r.ruleset_id).filter((id): id is number => typeof id === 'number')),
  ];
  const rulesets: RulesetDetail[] = [];
  for (const id of ids) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
      ...where,
      ruleset_id: id,
    });
    rulesets.push(data as unknown as RulesetDetail);
  }
  const publisherApps: PublisherApp[] = [];
  const otherPublishers: string[] = [];
  for (const login of publishers) {
    const slug = /^(.+)\[bot\]$/.exec(login)?.[1];
    if (!slug) {
      otherPublishers.push(login);
      continue;
    }
    const { data } = await github.request('GET /apps/{app_slug}', { app_slug: slug });
    if (data) publisherApps.push({ login, id: data.id });
  }
  return {
    repository: `${where.owner}/${where.repo}`,
    branch,
    rules,
    rulesets,
    publisherApps,
    otherPublishers,
  };
}
