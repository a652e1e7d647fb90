import {
  draftReleaseBody,
  groupPulls,
  publishSection,
  replaceSection,
  SECTION,
} from '../../packages/github/release-notes.js';

const groups = { major: ['release:major'], minor: ['release:minor'], patch: ['release:patch'] };
const pull = (number: number, labels: string[]) => ({
  number,
  title: `PR ${number}`,
  url: `https://github.com/o/r/pull/${number}`,
  labels,
});

describe('release notes', () => {
  it('puts each pull request in its highest group, once, labels compared case-insensitively', () => {
    const g = groupPulls(
      [
        pull(3, ['release:patch', 'Release:Major']),
        pull(1, ['docs']),
        pull(2, ['release:minor']),
        pull(1, []),
      ],
      groups,
    );
    expect(g.breaking.map((p) => p.number)).toEqual([3]);
    expect(g.features.map((p) => p.number)).toEqual([2]);
    expect(g.others.map((p) => p.number)).toEqual([1]);
    expect(g.fixes).toEqual([]);
  });

  it('replaces only its own section, and appends it to a body written by hand', () => {
    const draft = draftReleaseBody({
      tag: 'runtime-v0.2.0',
      version: '0.2.0',
      previousTag: 'runtime-v0.1.6',
      previousVersion: '0.1.6',
      bump: 'minor',
      reason: 'PR #2 has the label release:minor',
      changes: { kind: 'labels', pulls: [pull(2, ['release:minor'])], groups },
      sha: 'a'.repeat(40),
    });
    const published = publishSection({
      outcome: 'failed',
      failure: 'PyPI said 403',
      project: 'p',
      version: '0.2.0',
      pageUrl: 'https://pypi.org/project/p/0.2.0/',
      files: [],
      templates: [],
      failedTemplates: [],
    });
    const once = replaceSection(draft, SECTION.publish, published);
    expect(once.startsWith(draft.slice(0, draft.indexOf(`<!-- ${SECTION.publish} -->`)))).toBe(
      true,
    );
    expect(once).toContain('**Publish failed:** PyPI said 403.');
    expect(once).not.toContain('Draft: published once');
    expect(replaceSection(once, SECTION.publish, published)).toBe(once);
    expect(replaceSection('Written by hand.', SECTION.publish, published)).toBe(
      `Written by hand.\n\n${published}\n`,
    );
  });
});
