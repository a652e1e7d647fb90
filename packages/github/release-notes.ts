/**
 * The body of a runtime release, pure: what auto-tag drafts (the pull
 * requests grouped by their release labels, the bump and the label that
 * decided it, a compare link) and what github-release adds after the publish
 * (the files with their sha256, index and provenance links, the mirror
 * commit, the templates told). Each part sits between HTML-comment markers so
 * a later step (or a re-run) replaces its own part and nothing else; a re-run
 * with the same facts produces the same bytes, so it changes nothing.
 */

export interface MergedPull {
  number: number;
  title: string;
  url: string;
  labels: readonly string[];
  author?: string | undefined;
}

/** Which labels put a pull request in which group (the auto-tag release-label inputs). */
export interface LabelGroups {
  major: readonly string[];
  minor: readonly string[];
  patch: readonly string[];
}

export type PullGroup = 'breaking' | 'features' | 'fixes' | 'others';

const GROUP_TITLES: Record<PullGroup, string> = {
  breaking: '💥 Breaking changes',
  features: '✨ Features',
  fixes: '🐛 Fixes',
  others: '🧰 Other changes',
};

const lower = (s: string) => s.trim().toLowerCase();

/** Each pull request in its highest group (major > minor > patch > others), in number order. */
export function groupPulls(
  pulls: readonly MergedPull[],
  labels: LabelGroups,
): Record<PullGroup, MergedPull[]> {
  const groups: Record<PullGroup, MergedPull[]> = {
    breaking: [],
    features: [],
    fixes: [],
    others: [],
  };
  const has = (p: MergedPull, wanted: readonly string[]) => {
    const set = new Set(wanted.map(lower));
    return p.labels.some((l) => set.has(lower(l)));
  };
  const seen = new Set<number>();
  for (const p of [...pulls].sort((a, b) => a.number - b.number)) {
    if (seen.has(p.number)) continue;
    seen.add(p.number);
    const group: PullGroup = has(p, labels.major)
      ? 'breaking'
      : has(p, labels.minor)
        ? 'features'
        : has(p, labels.patch)
          ? 'fixes'
          : 'others';
    groups[group].push(p);
  }
  return groups;
}

/** A title as one markdown line: no line breaks, no HTML, no accidental mentions of the markers. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}

export interface DraftNotes {
  tag: string;
  version: string;
  previousTag?: string | undefined;
  previousVersion?: string | undefined;
  bump: string;
  /** Why this bump, e.g. "PR #42 has the label release:minor". */
  reason: string;
  /** `labels`: pulls grouped here; `github`: the text GitHub generated (generate-notes). */
  changes:
    { kind: 'labels'; pulls: MergedPull[]; groups: LabelGroups } | { kind: 'github'; text: string };
  compareUrl?: string | undefined;
  /** The commit tagged. */
  sha: string;
}

export const SECTION = {
  notes: 'runtime-actions:notes',
  publish: 'runtime-actions:publish',
} as const;

function section(key: string, lines: string[]): string {
  return [`<!-- ${key} -->`, ...lines, `<!-- /${key} -->`].join('\n');
}

/** The draft auto-tag creates: changes, bump, compare link, and a placeholder for the publish. */
export function draftReleaseBody(n: DraftNotes): string {
  const lines: string[] = ['## What changed', ''];
  if (n.changes.kind === 'github') {
    // GitHub's own heading is dropped: ours is above.
    lines.push(n.changes.text.replace(/^## What's Changed\n/, '').trim() || '_No pull requests._');
  } else {
    const groups = groupPulls(n.changes.pulls, n.changes.groups);
    let any = false;
    for (const g of Object.keys(GROUP_TITLES) as PullGroup[]) {
      if (groups[g].length === 0) continue;
      any = true;
      lines.push(`### ${GROUP_TITLES[g]}`, '');
      for (const p of groups[g]) {
        lines.push(
          `- ${inline(p.title)} ([#${p.number}](${p.url}))${p.author ? ` by @${p.author}` : ''}`,
        );
      }
      lines.push('');
    }
    if (!any)
      lines.push('_No merged pull request since the previous release (a direct push)._', '');
  }
  const bumpLine = n.previousVersion
    ? `**Bump:** ${n.bump}, ${n.previousVersion} → ${n.version}: ${inline(n.reason)}.`
    : `**Bump:** first release, ${n.version}: ${inline(n.reason)}.`;
  const facts = [
    '',
    bumpLine,
    `**Commit:** ${n.sha}`,
    n.compareUrl && n.previousTag
      ? `**Compare:** [${n.previousTag}...${n.tag}](${n.compareUrl})`
      : '',
  ].filter((l, i) => i === 0 || l !== '');
  return [
    section(
      SECTION.notes,
      [...lines, ...facts]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .split('\n'),
    ),
    '',
    section(SECTION.publish, ['> [!NOTE]', '> Draft: published once the files are on the index.']),
    '',
  ].join('\n');
}

export interface PublishedFile {
  filename: string;
  sha256: string;
  /** Download URL on the index. */
  url?: string | undefined;
  /** The Integrity API's provenance of the file, when the index has one. */
  provenanceUrl?: string | undefined;
}

export interface TemplateDispatch {
  repo: string;
  /** The run the dispatch started, when it was followed. */
  runUrl?: string | undefined;
  conclusion?: string | null | undefined;
}

export interface PublishFacts {
  outcome: 'published' | 'failed';
  /** What failed, for a failed publish: one line. */
  failure?: string | undefined;
  project: string;
  version: string;
  /** The release page on the index. */
  pageUrl: string;
  files: PublishedFile[];
  mirror?: { repository: string; commit: string; url: string } | undefined;
  /** Why the mirror was not written, when it was not. */
  mirrorNote?: string | undefined;
  templates: TemplateDispatch[];
  failedTemplates: Array<{ repo: string; message: string }>;
  /** The run that found the publish failed (linked from the failure line). */
  runUrl?: string | undefined;
  /** Web root of the template repositories, for their runs page when no run was followed. */
  serverUrl?: string | undefined;
}

/** The publish part: the files and their hashes, the mirror, the templates; or what failed. */
export function publishSection(f: PublishFacts): string {
  const lines: string[] = [];
  if (f.outcome === 'failed') {
    lines.push(
      '> [!CAUTION]',
      `> **Publish failed:** ${inline(f.failure ?? 'the publish job did not succeed')}. This release stays a draft; nothing of ${f.project} ${f.version} is announced.${f.runUrl ? ` [Run](${f.runUrl})` : ''}`,
    );
    return section(SECTION.publish, lines);
  }
  lines.push(`## Published`, '', `[${f.project} ${f.version} on the index](${f.pageUrl})`, '');
  if (f.files.length > 0) {
    lines.push('| file | sha256 | provenance |', '| --- | --- | --- |');
    for (const file of f.files) {
      const name = file.url ? `[${file.filename}](${file.url})` : file.filename;
      const prov = file.provenanceUrl ? `[attestations](${file.provenanceUrl})` : '—';
      lines.push(`| ${name} | \`${file.sha256}\` | ${prov} |`);
    }
    lines.push('');
  }
  if (f.mirror) {
    lines.push(
      `**Mirror:** [${f.mirror.repository}@${f.mirror.commit.slice(0, 7)}](${f.mirror.url})`,
    );
  } else {
    lines.push(`**Mirror:** not written${f.mirrorNote ? ` (${inline(f.mirrorNote)})` : ''}.`);
  }
  if (f.templates.length === 0 && f.failedTemplates.length === 0) {
    lines.push('**Templates:** none told.');
  } else {
    lines.push('', '**Templates told to rebuild:**', '');
    for (const t of f.templates) {
      const run = t.runUrl
        ? ` ([run](${t.runUrl})${t.conclusion ? `: ${t.conclusion}` : ''})`
        : f.serverUrl
          ? ` ([runs](${f.serverUrl}/${t.repo}/actions?query=event%3Arepository_dispatch))`
          : '';
      lines.push(`- ${t.repo}${run}`);
    }
    for (const t of f.failedTemplates)
      lines.push(`- ${t.repo}: **not told** (${inline(t.message)})`);
  }
  // No run link here: a later run (a re-run of the fan-out) would change the body for nothing.
  return section(SECTION.publish, lines);
}

/**
 * `body` with the part between `key`'s markers replaced by `replacement` (a
 * whole marked section); appended when the body has no such part (a release
 * written by hand, or by an older version).
 */
export function replaceSection(body: string, key: string, replacement: string): string {
  const start = body.indexOf(`<!-- ${key} -->`);
  const endMarker = `<!-- /${key} -->`;
  const end = body.indexOf(endMarker, start);
  if (start < 0 || end < 0) return `${body.trimEnd()}${body.trim() ? '\n\n' : ''}${replacement}\n`;
  return body.slice(0, start) + replacement + body.slice(end + endMarker.length);
}
