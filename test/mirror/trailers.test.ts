/**
 * Trailers are read as `git interpret-trailers --parse` reads them: every
 * message here is also given to the git binary, and both answers must agree.
 */
import { execFileSync } from 'node:child_process';
import {
  PROVENANCE_KEYS,
  parseTrailers,
  readProvenance,
  renderProvenanceMessage,
  type Provenance,
} from '../../packages/mirror/trailers.js';

/** What git lists: `key: value` lines (`--parse` = only trailers, unfolded). */
function gitTrailers(message: string): string[] {
  const out = execFileSync('git', ['interpret-trailers', '--parse'], {
    input: message,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).toString('utf8');
  return out.split('\n').filter((l) => l !== '');
}

const ours = (message: string): string[] =>
  parseTrailers(message).map((t) => `${t.key}: ${t.value}`);

const PROVENANCE: Provenance = {
  runtimeVersion: '0.1.7',
  sourceRepository: 'Molecule-AI/molecule-core',
  sourceCommit: '3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
  publishedBy: 'https://github.com/Molecule-AI/molecule-core/actions/runs/1234567890',
};

const MESSAGES: Record<string, string> = {
  'rendered provenance message': renderProvenanceMessage(PROVENANCE),
  'title only': 'Runtime 0.1.7\n',
  'title that looks like a trailer': 'Runtime-Version: 0.1.7\n',
  'title and trailers without a blank line': 'Runtime 0.1.7\nRuntime-Version: 0.1.7\n',
  'body without trailers': 'Fix\n\nThis changes: nothing much\nreally.\n',
  'trailers after a body': 'Fix\n\nbody text\n\nRuntime-Version: 1.0\nSource-Commit: abc\n',
  'trailers with trailing blank lines and spaces': 'Fix\n\nA: 1\nB: 2\n\n\n   \n',
  'continuation lines are unfolded':
    'Fix\n\nPublished-By: https://x.example/runs/1\n  continued here\n\tand here\nB: 2\n',
  'mixed paragraph without a git prefix is not a block': 'Fix\n\nA: 1\nnot a trailer\nB: 2\n',
  'mixed paragraph with Signed-off-by (25% rule)':
    'Fix\n\nSigned-off-by: A <a@x>\nnot a trailer\nnot either\nB: 2\n',
  'mixed paragraph under the 25% rule': 'Fix\n\nSigned-off-by: A <a@x>\none\ntwo\nthree\nfour\n',
  'spaces before the colon': 'Fix\n\nRuntime-Version : 0.1.7\nKey\t: v\n',
  'empty value': 'Fix\n\nRuntime-Version:\nB: 2\n',
  'keys with odd characters are not trailers': 'Fix\n\nRuntime_Version: 1\n',
  'patch part after ---': 'Fix\n\nA: 1\n---\n\nB: 2\n',
  'comment lines at the end': 'Fix\n\nA: 1\nB: 2\n# a comment\n#\n',
  'comment lines inside the block': 'Fix\n\nA: 1\n# note\nB: 2\n',
  'CRLF-free, no final newline': 'Fix\n\nA: 1\nB: 2',
  'duplicate keys': 'Fix\n\nRuntime-Version: 1\nRuntime-Version: 2\n',
  'value holding colons and URLs': 'Fix\n\nPublished-By: https://h:8080/a?b=c:d\n',
  'cherry-pick line': 'Fix\n\n(cherry picked from commit abc)\nA: 1\n',
  'indented first block line': 'Fix\n\n  A: 1\nB: 2\n',
  'copied trailers in a human commit':
    'Update main.py\n\nTweak the retry.\n\nRuntime-Version: 0.1.7\nSource-Repository: Molecule-AI/molecule-core\nSource-Commit: 3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098\nPublished-By: https://github.com/Molecule-AI/molecule-core/actions/runs/1\n',
};

describe('parseTrailers agrees with git interpret-trailers --parse', () => {
  for (const [name, message] of Object.entries(MESSAGES)) {
    test(name, () => {
      expect(ours(message)).toEqual(gitTrailers(message));
    });
  }

  test('the cases are not all trivial: git finds trailers in most and none in some', () => {
    const counts = Object.values(MESSAGES).map((m) => gitTrailers(m).length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThanOrEqual(4);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(8);
  });
});

describe('provenance', () => {
  test('the rendered message carries the four trailers, in order, in its last paragraph', () => {
    const message = renderProvenanceMessage(PROVENANCE);
    expect(message.split('\n')[0]).toBe('Runtime 0.1.7');
    expect(gitTrailers(message)).toEqual([
      'Runtime-Version: 0.1.7',
      'Source-Repository: Molecule-AI/molecule-core',
      'Source-Commit: 3f2c1a9b8e7d6c5b4a39281706f5e4d3c2b1a098',
      'Published-By: https://github.com/Molecule-AI/molecule-core/actions/runs/1234567890',
    ]);
    const read = readProvenance(message);
    expect(read).toMatchObject({ ok: true, provenance: PROVENANCE });
  });

  test('missing, empty and conflicting trailers are each named', () => {
    const none = readProvenance('Runtime 0.1.7\n\nno trailers here\n');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems).toEqual(PROVENANCE_KEYS.map((k) => `no ${k} trailer`));

    const bad = readProvenance(
      'x\n\nRuntime-Version: 1\nruntime-version: 2\nSource-Repository:\nSource-Commit: a\nPublished-By: u\n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems).toEqual([
        'Runtime-Version appears 2 times with different values',
        'Source-Repository is empty',
      ]);
  });

  test('keys match case-insensitively, as git matches them', () => {
    const r = readProvenance(
      'x\n\nruntime-version: 1.0\nSOURCE-REPOSITORY: a/b\nsource-commit: c\npublished-by: u\n',
    );
    expect(r).toMatchObject({
      ok: true,
      provenance: {
        runtimeVersion: '1.0',
        sourceRepository: 'a/b',
        sourceCommit: 'c',
        publishedBy: 'u',
      },
    });
  });

  test('trailers in the title paragraph do not count', () => {
    expect(readProvenance('Runtime-Version: 0.1.7\n').ok).toBe(false);
  });

  test('a value with a line break cannot be rendered', () => {
    expect(() => renderProvenanceMessage({ ...PROVENANCE, publishedBy: 'a\nB: c' })).toThrow(
      /Published-By must be one non-empty line/,
    );
  });
});
