import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workflowFiles } from '../lint/workflow-lint.js';
import { checkPins, nodeMajor, MIN_NODE, type PinRecord } from '../lint/pins.js';
import { STAND_INS } from '../../sandbox/workflows/stand-ins.js';
import { repoRoot } from '../../sandbox/runner.js';
import { suiteFileAt } from '../../sandbox/workflows/workflow-file.js';

const records = JSON.parse(
  readFileSync(path.join(repoRoot, 'test', 'workflows', 'pinned-actions.json'), 'utf8'),
) as PinRecord[];
const rel = (f: string) => path.relative(repoRoot, f);

describe('third-party pins', () => {
  it('the record lists every third-party action of the workflows', () => {
    const used = new Set<string>();
    for (const f of workflowFiles())
      for (const m of readFileSync(f, 'utf8').matchAll(
        /uses:\s*([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)@([0-9a-f]{40})/g,
      ))
        if (!m[1]!.toLowerCase().startsWith('molecule-ai/')) used.add(`${m[1]}@${m[2]}`);
    expect([...used].sort()).toEqual(records.map((r) => `${r.action}@${r.sha}`).sort());
  });

  // The table: every pinned action, its tag and what its action.yml runs on.
  it.each(records.map((r) => [r.action, r.tag, r.using] as const))(
    '%s %s runs on %s (node%s or later)',
    (_action, _tag, using) => {
      expect(nodeMajor(using)).toBeGreaterThanOrEqual(MIN_NODE);
    },
  );

  it.each(workflowFiles().map((f) => [rel(f), f]))('%s: pins, tags and inputs', (name, file) => {
    expect(checkPins(readFileSync(file, 'utf8'), name, records)).toEqual([]);
  });

  it('each stand-in takes only the inputs the pinned action declares', () => {
    const wrong: string[] = [];
    for (const [key, standIn] of Object.entries(STAND_INS)) {
      const record = records.find((r) => r.action.toLowerCase() === key);
      if (!record) continue;
      for (const input of Object.keys(standIn.inputs))
        if (!record.inputs.includes(input)) wrong.push(`${key}: ${input}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the example callers pin this suite's reusable workflows by commit SHA (issue #17)", () => {
  const examples = workflowFiles().filter((f) => rel(f).startsWith('examples/'));
  it.each(examples.map((f) => [rel(f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const refs = [
      ...text.matchAll(/molecule-ai\/runtime-actions\/(\.github\/workflows\/[^@\s]+)@(\S+)/gi),
    ];
    for (const [, sub, ref] of refs) {
      expect(ref).toMatch(/^[0-9a-f]{40}$/);
      // That commit of this repository holds the workflow (the runner and the lint read it there).
      expect(suiteFileAt(repoRoot, sub!, ref!)).toBeDefined();
    }
    // …and each says why, right above it.
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      if (/runtime-actions\/\.github\/workflows\//.test(l) && /^\s*uses:/.test(l))
        expect(lines.slice(Math.max(0, i - 3), i).join(' ')).toMatch(/Pinned by commit SHA/);
    });
  });
  it('a SHA that is no commit of this repository is refused', () => {
    expect(
      suiteFileAt(repoRoot, '.github/workflows/release-fanout.yml', 'f'.repeat(40)),
    ).toBeUndefined();
  });
});

describe('the pins check fails where it should', () => {
  const checkout = records.find((r) => r.action === 'actions/checkout')!;
  const wf = (line: string) =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n${line}\n`;
  it('a pin below node24', () => {
    const old: PinRecord = { ...checkout, sha: 'a'.repeat(40), tag: 'v4.2.2', using: 'node20' };
    const p = checkPins(wf(`      - uses: actions/checkout@${'a'.repeat(40)} # v4.2.2`), 'w.yml', [
      ...records,
      old,
    ]);
    expect(p.map((x) => x.message)).toEqual([
      'actions/checkout v4.2.2 runs on node20; runners need node24 or later',
    ]);
    expect(p[0]!.line).toBe(6);
  });
  it('a pin whose comment does not name its tag, or has none', () => {
    const pin = `actions/checkout@${checkout.sha}`;
    expect(checkPins(wf(`      - uses: ${pin} # latest`), 'w.yml', records)[0]?.message).toBe(
      `${pin}: the comment says latest, but that commit is tagged ${checkout.tag}`,
    );
    expect(checkPins(wf(`      - uses: ${pin}`), 'w.yml', records)[0]?.message).toBe(
      `${pin} has no comment naming its tag (${checkout.tag})`,
    );
  });
  it('a tag instead of a SHA, a SHA not recorded, an input the action does not have', () => {
    expect(checkPins(wf('      - uses: actions/checkout@v7'), 'w.yml', records)[0]?.message).toBe(
      'actions/checkout@v7 is not pinned to a full commit SHA',
    );
    expect(
      checkPins(
        wf(`      - uses: actions/checkout@${'b'.repeat(40)} # v9.0.0`),
        'w.yml',
        records,
      )[0]?.message,
    ).toMatch(/is not in the pins record/);
    const p = checkPins(
      wf(
        `      - uses: actions/checkout@${checkout.sha} # ${checkout.tag}\n        with:\n          always-auth: true`,
      ),
      'w.yml',
      records,
    );
    expect(p.map((x) => [x.line, x.message.split(' (')[0]])).toEqual([
      [8, `actions/checkout ${checkout.tag} has no input 'always-auth'`],
    ]);
  });
});
