/**
 * Expression evaluation as the step runner does it: GitHub's own parser and
 * evaluator (@actions/expressions) plus what the runner adds (template
 * scanning, typed whole-value expressions, the implicit success() of `if:`,
 * the status functions, hashFiles).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  evaluateCondition,
  evaluateString,
  evaluateValue,
  hashFiles,
  referencedPaths,
  splitTemplate,
  type Scope,
} from '../../sandbox/workflows/expressions.js';

const scope = (over: Partial<Scope['contexts']> = {}, failed = false): Scope => ({
  contexts: {
    github: {
      event_name: 'push',
      event: { head_commit: { message: 'Merge [skip-release]' } },
      ref: 'refs/heads/main',
    },
    inputs: { version: '', wait: false, 'python-versions': '["3.11", "3.12"]' },
    needs: { tag: { result: 'success', outputs: { version: '0.2.0', skipped: '' } } },
    env: { MIRROR_TOKEN: '' },
    steps: {},
    ...over,
  },
  status: { success: () => !failed, failure: () => failed, cancelled: () => false },
});

describe('template scanning', () => {
  it('splits text and expressions; }} inside a string literal does not end the expression', () => {
    expect(splitTemplate("a ${{ format('{0}}}', x) }} b ${{y}}")).toEqual([
      { text: 'a ', expression: false },
      { text: "format('{0}}}', x)", expression: true },
      { text: ' b ', expression: false },
      { text: 'y', expression: true },
    ]);
    // Docker's Go templates are not expressions.
    expect(splitTemplate("docker inspect --format '{{index .RepoDigests 0}}'")).toEqual([
      { text: "docker inspect --format '{{index .RepoDigests 0}}'", expression: false },
    ]);
    expect(() => splitTemplate('a ${{ b')).toThrow(/unclosed/);
  });
});

describe('evaluation', () => {
  it('a whole-value expression keeps its type; an embedded one becomes text', () => {
    expect(evaluateValue('${{ fromJSON(inputs.python-versions) }}', scope())).toEqual([
      '3.11',
      '3.12',
    ]);
    expect(evaluateValue('${{ inputs.wait }}', scope())).toBe(false);
    expect(evaluateString('${{ inputs.wait }}', scope())).toBe('false');
    expect(evaluateString('v${{ needs.tag.outputs.version }}-${{ 1 == 1 }}', scope())).toBe(
      'v0.2.0-true',
    );
    // A missing property is null, written as ''.
    expect(evaluateString('[${{ needs.tag.outputs.nope }}]', scope())).toBe('[]');
    // Objects are walked, keys included.
    expect(
      evaluateValue({ '${{ inputs.version || 1 }}': ['${{ needs.tag.result }}'] }, scope()),
    ).toEqual({ '1': ['success'] });
  });

  it('context keys and function names are case-insensitive, as on GitHub', () => {
    expect(evaluateString('${{ NEEDS.Tag.OUTPUTS.VERSION }}', scope())).toBe('0.2.0');
    expect(
      evaluateString(
        "${{ CONTAINS(github.event.head_commit.message, '[skip-release]') }}",
        scope(),
      ),
    ).toBe('true');
    expect(evaluateString("${{ toJSON(fromJSON('[1,2]')) }}", scope())).toMatch(/\[\s*1,\s*2\s*\]/);
  });

  it('a context not offered at that place is refused, as GitHub refuses it', () => {
    expect(() => evaluateString('${{ steps.x.outputs.y }}', { contexts: { github: {} } })).toThrow(
      /Unrecognized named-value: 'steps'/i,
    );
    expect(() => evaluateString('${{ nosuch() }}', scope())).toThrow(/cannot parse/);
  });
});

describe('if: conditions', () => {
  it('without a status function the condition means success() && (condition)', () => {
    expect(evaluateCondition("inputs.version == ''", scope())).toBe(true);
    expect(evaluateCondition("inputs.version == ''", scope({}, true))).toBe(false);
    expect(evaluateCondition("${{ inputs.version == '' }}", scope({}, true))).toBe(false);
    expect(evaluateCondition(undefined, scope({}, true))).toBe(false);
    expect(evaluateCondition(undefined, scope())).toBe(true);
  });

  it('with one, the status function decides', () => {
    expect(evaluateCondition('always()', scope({}, true))).toBe(true);
    expect(evaluateCondition('failure()', scope({}, true))).toBe(true);
    expect(evaluateCondition('failure()', scope())).toBe(false);
    expect(evaluateCondition('${{ !cancelled() }}', scope({}, true))).toBe(true);
    expect(evaluateCondition("failure() && env.MIRROR_TOKEN == ''", scope({}, true))).toBe(true);
  });

  it("text around ${{ }} makes a non-empty string: true (GitHub's pitfall, kept)", () => {
    expect(evaluateCondition('${{ inputs.wait }} == true', scope())).toBe(true);
    expect(evaluateCondition('${{ inputs.wait == true }}', scope())).toBe(false);
  });

  it('truthiness: empty string, 0, null and false are false', () => {
    for (const falsy of ["''", '0', 'null', 'false', 'needs.tag.outputs.skipped']) {
      expect(evaluateCondition(falsy, scope())).toBe(false);
    }
    expect(evaluateCondition("'0'", scope())).toBe(true);
  });
});

describe('referenced paths (for the checks before a run)', () => {
  it('names every property chain an expression reads', () => {
    expect(
      referencedPaths(
        'steps.explicit.outputs.version || steps.auto.outputs.version && fromJSON(needs.build.outputs.python-versions)[0] == matrix.python',
      ),
    ).toEqual([
      ['steps', 'explicit', 'outputs', 'version'],
      ['steps', 'auto', 'outputs', 'version'],
      ['needs', 'build', 'outputs', 'python-versions'],
      ['matrix', 'python'],
    ]);
    expect(referencedPaths("steps[format('x{0}', 1)].outputs")).toEqual([['steps']]);
  });
});

describe('hashFiles', () => {
  it("is the SHA-256 of the matching files' SHA-256 digests, in path order; '' when none match", () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'steps-hash-'));
    try {
      mkdirSync(path.join(ws, 'a', 'b'), { recursive: true });
      writeFileSync(path.join(ws, 'a', 'b', 'requirements.txt'), 'x==1\n');
      writeFileSync(path.join(ws, 'requirements.txt'), 'y==2\n');
      writeFileSync(path.join(ws, 'other.txt'), 'z');
      const digest = (s: string) => createHash('sha256').update(s).digest();
      const expected = createHash('sha256')
        .update(Buffer.concat([digest('x==1\n'), digest('y==2\n')]))
        .digest('hex');
      expect(hashFiles(ws, ['**/requirements.txt'])).toBe(expected);
      expect(
        evaluateString("${{ hashFiles('**/requirements.txt') }}", { ...scope(), workspace: ws }),
      ).toBe(expected);
      expect(hashFiles(ws, ['**/*.lock'])).toBe('');
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
