/** mirror-guard's step summary and refusal text: pure, so tests read them as text. */
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { RULES, describeIdentity, isWebFlow, type CommitVerdict } from './guard.js';
import { PROVENANCE_KEYS } from './trailers.js';
import { trimSlash } from '../toolkit/slashes.js';

const mark = (ok: boolean | undefined): string => (ok === true ? '✅' : ok === false ? '❌' : '➖');

export interface RefusalText {
  /** The one-line annotation message. */
  message: string;
  /** The step summary section. */
  summary: string;
}

export interface RefusalInput {
  mirror: string;
  packageName: string;
  sourceRepository: string;
  sourcePath: string;
  docsUrl: string;
  serverUrl: string;
  pull?: { number?: number; title?: string; user?: string };
}

/** What a pull request to the mirror is told: it cannot be merged, where to go instead. */
export function refusal(r: RefusalInput): RefusalText {
  const folder = r.sourcePath.replace(/^\/+|\/+$/g, '');
  const where = `${trimSlash(r.serverUrl)}/${r.sourceRepository}/tree/HEAD/${folder}`;
  const pr = r.pull?.number !== undefined ? `Pull request #${r.pull.number}` : 'This pull request';
  const message =
    `${pr} cannot be merged: ${r.mirror} is a generated mirror of the ${r.packageName} package, written only by the publish pipeline of ${r.sourceRepository}. ` +
    `Make the change in ${folder ? `${folder}/ of ` : ''}${r.sourceRepository} (${where}) instead; it reaches this mirror with the next release.` +
    (r.docsUrl ? ` See ${r.docsUrl}.` : '');
  const summary = [
    heading('🚫 This repository is a generated mirror'),
    `${pr}${r.pull?.title ? ` (“${r.pull.title}”${r.pull.user ? ` by @${r.pull.user}` : ''})` : ''} cannot be merged, and there is no way to opt out: ` +
      `every commit on \`${r.mirror}\` is the published sdist of \`${r.packageName}\`, written by the publish pipeline of \`${r.sourceRepository}\`, and anything else is refused by this check.`,
    '',
    `**Make the change here instead:** [${r.sourceRepository}/${folder}](${where}). It reaches this mirror with the next release.`,
    '',
    r.docsUrl ? `How the mirror works: ${r.docsUrl}` : '',
    '',
  ].join('\n');
  return { message, summary };
}

export interface GuardReport {
  mirror: string;
  serverUrl: string;
  /** How the commits were found (the push range). */
  how: string;
  pusher: string | null | undefined;
  verdicts: CommitVerdict[];
}

export function renderGuardSummary(r: GuardReport): string {
  const link = (sha: string) =>
    `[\`${sha.slice(0, 7)}\`](${trimSlash(r.serverUrl)}/${r.mirror}/commit/${sha})`;
  const failed = r.verdicts.filter((v) => !v.ok).length;
  const parts = [
    heading(
      failed === 0
        ? `✅ Mirror guard: ${r.verdicts.length} commit${r.verdicts.length === 1 ? '' : 's'} verified`
        : `❌ Mirror guard: ${failed} of ${r.verdicts.length} commit${r.verdicts.length === 1 ? '' : 's'} refused`,
    ),
    `${r.mirror}: ${r.how}${r.pusher ? `, pushed by \`${r.pusher}\`` : ''}.`,
    '',
  ];
  if (r.verdicts.length > 0) {
    parts.push(
      markdownTable(
        [
          'Commit',
          'Author / committer',
          'Signature',
          'Runtime-Version',
          'Content',
          '1 identity',
          '2 signature',
          '3 trailers',
          '4 content',
        ],
        r.verdicts.map((v) => {
          const c = v.commit;
          const committer = isWebFlow(c.committer)
            ? 'GitHub (web-flow)'
            : (c.committer.login ?? c.committer.email);
          const content = v.content?.identical
            ? `= ${v.content.sdist?.filename ?? 'sdist'}`
            : v.content?.identical === false
              ? `${v.content.added.length + v.content.removed.length + v.content.changed.length} paths differ`
              : v.content
                ? 'no sdist'
                : '—';
          return [
            link(c.sha),
            `${c.author.login ?? c.author.email} / ${committer}`,
            c.verification.verified ? 'verified' : c.verification.reason,
            v.provenance?.runtimeVersion ?? v.content?.version ?? '—',
            content,
            ...v.rules.map((x) => mark(x.ok)),
          ];
        }),
      ),
    );
  }
  for (const v of r.verdicts) {
    const c = v.commit;
    parts.push(
      '',
      `<details${v.ok ? '' : ' open'}><summary>${mark(v.ok)} <code>${c.sha}</code> ${escapeHtml(c.message.split('\n')[0] ?? '')}</summary>`,
      '',
      markdownTable(
        ['Rule', '', 'Why'],
        v.rules.map((x) => [`${x.rule}. ${RULES[x.rule]}`, mark(x.ok), x.reason]),
      ),
      markdownTable(
        ['', 'Identity'],
        [
          ['Author', describeIdentity(c.author)],
          ['Committer', describeIdentity(c.committer)],
          [
            'Signature',
            `${c.verification.verified ? 'verified' : 'not verified'} (${c.verification.reason})`,
          ],
          ['Tree', code(c.tree)],
        ],
      ),
      markdownTable(
        ['Trailer', 'Value'],
        PROVENANCE_KEYS.map((k) => [
          k,
          v.trailers.find((t) => t.key.toLowerCase() === k.toLowerCase())?.value ?? '(missing)',
        ]),
      ),
    );
    if (v.content?.sdist) {
      const s = v.content.sdist;
      parts.push(
        markdownTable(
          ['Published sdist', ''],
          [
            ['File', `[${s.filename}](${s.url})${s.yanked ? ' (yanked)' : ''}`],
            ['sha256', code(s.sha256)],
            ['Files', String(s.files)],
            ['Its tree', code(v.content.expectedTree ?? '')],
            ['Comparison', v.content.identical ? 'identical' : 'differs'],
          ],
        ),
      );
    }
    const content = v.rules.find((x) => x.rule === 4);
    if (content && content.details.length > 0) parts.push('```', ...content.details, '```', '');
    parts.push('</details>', '');
  }
  return parts.join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
