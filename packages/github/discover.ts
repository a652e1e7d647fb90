/**
 * Which repositories a cascade goes to: a written list (`repositories`) and/or
 * rules that find them (`discover`: `owner=ORG prefix=NAME-PREFIX`,
 * `topic=TOPIC`, or both on one line). Archived and disabled repositories are
 * skipped and reported rather than dispatched to (GitHub refuses writes to
 * them). The union is deduplicated case-insensitively, as GitHub names are.
 */
import type { GitHubApi } from './client.js';
import { ActionError } from '../toolkit/errors.js';
import { parseMultiline } from '../toolkit/inputs.js';
import { repositoryProblem } from '../toolkit/github-names.js';

export interface DiscoverRule {
  owner: string;
  /** Repository names must start with this (case-insensitive). */
  prefix?: string | undefined;
  /** Repositories must carry this topic. */
  topic?: string | undefined;
  /** The line as written, for messages. */
  text: string;
}

export interface SkippedRepository {
  repo: string;
  reason: string;
}

export interface Targets {
  repos: string[];
  skipped: SkippedRepository[];
}

/**
 * `owner/repo`, one per line (or comma separated). Every entry GitHub would
 * not accept is refused in one error that lists them all, each quoted whole.
 */
export function parseRepositories(raw: string): string[] {
  const items = parseMultiline(raw).flatMap((l) =>
    l
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const bad = items.flatMap((item) => {
    const why = repositoryProblem(item);
    return why ? [`${JSON.stringify(item)} (${why})`] : [];
  });
  if (bad.length) {
    throw new ActionError(
      `Input 'repositories': ${bad.length === 1 ? 'an entry is' : `${bad.length} entries are`} not owner/repo: ${bad.join(', ')}.`,
      {
        input: 'repositories',
        hint: 'Write one owner/name per line, e.g. Molecule-AI/molecule-ai-workspace-template-crewai.',
      },
    );
  }
  return items;
}

/**
 * One rule per line: `key=value` pairs among owner, prefix and topic. A line
 * without owner searches `defaultOwner` (the running repository's owner).
 */
export function parseDiscover(raw: string, defaultOwner: string): DiscoverRule[] {
  const rules: DiscoverRule[] = [];
  for (const line of parseMultiline(raw)) {
    const rule: Partial<DiscoverRule> = { text: line };
    for (const pair of line.split(/\s+/)) {
      const m = /^(owner|org|user|prefix|topic)=(.+)$/.exec(pair);
      if (!m) {
        throw new ActionError(`Input 'discover': cannot read '${pair}' in '${line}'.`, {
          input: 'discover',
          hint: 'Write rules such as "owner=Molecule-AI prefix=molecule-ai-workspace-template-" or "topic=workspace-template".',
        });
      }
      const key =
        m[1] === 'org' || m[1] === 'user' ? 'owner' : (m[1] as 'owner' | 'prefix' | 'topic');
      rule[key] = m[2] as string;
    }
    if (rule.prefix === undefined && rule.topic === undefined) {
      throw new ActionError(
        `Input 'discover': '${line}' has neither prefix= nor topic=; it would match every repository of the owner.`,
        {
          input: 'discover',
          hint: 'Add prefix=NAME-PREFIX or topic=TOPIC.',
        },
      );
    }
    const owner = rule.owner ?? defaultOwner;
    if (!owner) {
      throw new ActionError(
        `Input 'discover': '${line}' names no owner and the running repository is unknown.`,
        {
          input: 'discover',
          hint: 'Add owner=ORG.',
        },
      );
    }
    rules.push({ owner, prefix: rule.prefix, topic: rule.topic, text: line });
  }
  return rules;
}

interface ListedRepository {
  full_name: string;
  name: string;
  archived?: boolean;
  disabled?: boolean;
  topics?: string[];
}

/** Every repository of an organisation, or of a user when the owner is not an organisation. */
async function listOwnerRepositories(
  github: GitHubApi,
  owner: string,
): Promise<ListedRepository[]> {
  try {
    return (await github.paginate('GET /orgs/{org}/repos', {
      org: owner,
      type: 'all',
      per_page: 100,
    })) as ListedRepository[];
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
    return (await github.paginate('GET /users/{username}/repos', {
      username: owner,
      type: 'owner',
      per_page: 100,
    })) as ListedRepository[];
  }
}

export function matchesRule(repo: ListedRepository, rule: DiscoverRule): boolean {
  if (rule.prefix !== undefined && !repo.name.toLowerCase().startsWith(rule.prefix.toLowerCase()))
    return false;
  if (rule.topic !== undefined && !(repo.topics ?? []).includes(rule.topic.toLowerCase()))
    return false;
  return true;
}

/** Runs the rules against the owners' repository listings (each owner listed once). */
export async function discoverRepositories(
  github: GitHubApi,
  rules: readonly DiscoverRule[],
): Promise<Targets> {
  const listings = new Map<string, Promise<ListedRepository[]>>();
  const repos: string[] = [];
  const skipped: SkippedRepository[] = [];
  for (const rule of rules) {
    const key = rule.owner.toLowerCase();
    if (!listings.has(key)) listings.set(key, listOwnerRepositories(github, rule.owner));
    const listed = await (listings.get(key) as Promise<ListedRepository[]>);
    for (const repo of listed.filter((r) => matchesRule(r, rule))) {
      if (repo.archived) skipped.push({ repo: repo.full_name, reason: 'archived' });
      else if (repo.disabled) skipped.push({ repo: repo.full_name, reason: 'disabled' });
      else repos.push(repo.full_name);
    }
  }
  return mergeTargets({ repos, skipped });
}

/** Deduplicates (case-insensitively, first spelling kept); a repository skipped once is skipped. */
export function mergeTargets(...lists: Targets[]): Targets {
  const skipped = new Map<string, SkippedRepository>();
  for (const s of lists.flatMap((l) => l.skipped)) {
    if (!skipped.has(s.repo.toLowerCase())) skipped.set(s.repo.toLowerCase(), s);
  }
  const repos = new Map<string, string>();
  for (const r of lists.flatMap((l) => l.repos)) {
    if (!skipped.has(r.toLowerCase()) && !repos.has(r.toLowerCase())) repos.set(r.toLowerCase(), r);
  }
  return { repos: [...repos.values()], skipped: [...skipped.values()] };
}
