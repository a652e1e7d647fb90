import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { actionFiles, workflowFiles } from '../lint/workflow-lint.js';
import {
  checkActionPolicy,
  checkWorkflowPolicy,
  contextPaths,
  formatViolation,
  isTrustedContext,
  type PolicyRule,
} from '../lint/workflow-policy.js';
import { parseCommandFile, repoRoot } from '../../sandbox/runner.js';
import { replaceOnce } from '../text-edit.js';

const rel = (f: string) => path.relative(repoRoot, f);
const options = { suiteRoot: repoRoot };
const rules = (text: string, o = options): PolicyRule[] =>
  checkWorkflowPolicy(text, 'planted.yml', o).map((v) => v.rule);

describe("the repository's workflows meet the policy", () => {
  it('the reusable workflows and their example callers exist', () => {
    expect(workflowFiles().map(rel)).toEqual(
      expect.arrayContaining([
        '.github/workflows/release-prepare.yml',
        '.github/workflows/release-fanout.yml',
        '.github/workflows/template-image.yml',
        '.github/workflows/mirror-guard.yml',
        'examples/workflows/release-runtime.yml',
        'examples/workflows/template-image.yml',
        'examples/workflows/mirror-guard.yml',
      ]),
    );
  });

  it.each(workflowFiles().map((f) => [rel(f), f]))('%s', (name, file) => {
    expect(
      checkWorkflowPolicy(readFileSync(file, 'utf8'), name, options).map(formatViolation),
    ).toEqual([]);
  });

  it.each(actionFiles().map((f) => [rel(f), f]))('%s (composite steps)', (name, file) => {
    expect(
      checkActionPolicy(readFileSync(file, 'utf8'), name, options).map(formatViolation),
    ).toEqual([]);
  });
});

// A workflow that passes every rule; each test below breaks one thing.
const good = `name: planted
on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./local-action
      - uses: docker://alpine:3.20
      - uses: molecule-ai/runtime-actions/build@v1
        with:
          version: 0.1.0
      - env:
          MESSAGE: \${{ github.event.head_commit.message }}
        run: |
          echo "$MESSAGE"
          echo "\${{ github.sha }} \${{ runner.temp }} \${{ github.run_id }}"
`;

describe('every rule fires on a planted mistake', () => {
  it('the planted baseline passes', () => {
    expect(checkWorkflowPolicy(good, 'planted.yml', options).map(formatViolation)).toEqual([]);
  });

  it('workflow-permissions: no top-level permissions', () => {
    expect(rules(replaceOnce(good, 'permissions: {}\n', ''))).toEqual(['workflow-permissions']);
  });

  it('job-permissions: a job without permissions, even under a top-level block', () => {
    const v = checkWorkflowPolicy(
      replaceOnce(good, '    permissions:\n      contents: read\n', ''),
      'planted.yml',
      options,
    );
    expect(v.map((x) => x.rule)).toEqual(['job-permissions']);
    expect(v[0]?.line).toBe(5);
    expect(v[0]?.message).toMatch(/Job 'build' declares no permissions/);
  });

  it('broad-permissions: write-all', () => {
    expect(
      rules(
        replaceOnce(
          good,
          '    permissions:\n      contents: read\n',
          '    permissions: write-all\n',
        ),
      ),
    ).toEqual(['broad-permissions']);
  });

  it('reusable-id-token: id-token: write inside a reusable workflow, not in a caller', () => {
    const withIdToken = replaceOnce(
      good,
      '      contents: read\n',
      '      contents: read\n      id-token: write\n',
    );
    expect(rules(withIdToken)).toEqual([]);
    expect(rules(replaceOnce(withIdToken, 'on: push', 'on:\n  workflow_call:'))).toEqual([
      'reusable-id-token',
    ]);
  });

  it('timeout: a job with steps and no timeout-minutes', () => {
    expect(rules(replaceOnce(good, '    timeout-minutes: 5\n', ''))).toEqual(['timeout']);
  });

  it('unpinned: a third-party action by tag, by branch or by a short SHA', () => {
    for (const ref of ['v4', 'main', '11bd719']) {
      const v = checkWorkflowPolicy(
        replaceOnce(
          good,
          'checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
          `checkout@${ref}`,
        ),
        'planted.yml',
        options,
      );
      expect(v.map((x) => x.rule)).toEqual(['unpinned']);
      expect(v[0]?.line).toBe(11);
    }
  });

  it('unpinned: a third-party reusable workflow by tag', () => {
    const caller = `name: c
on: push
permissions: {}
jobs:
  call:
    permissions: {}
    uses: some-org/workflows/.github/workflows/release.yml@v2
`;
    expect(rules(caller)).toEqual(['unpinned']);
  });

  it('pin-comment: a SHA with no version comment', () => {
    expect(rules(replaceOnce(good, ' # v4.2.2', ''))).toEqual(['pin-comment']);
  });

  it.each([
    ['github.event.head_commit.message'],
    ['github.event.pull_request.title'],
    ['github.head_ref'],
    ['github.ref_name'],
    ['inputs.version'],
    ['steps.meta.outputs.tags'],
    ['needs.prepare.outputs.version'],
    ['matrix.python'],
    ['env.MESSAGE'],
    ['secrets.TOKEN'],
    ["format('{0}', github.event.issue.title)"],
    ["github.event['pull_request'].title"],
    ['toJSON(github)'],
    ["github.event.inputs.version || 'x'"],
    ['fromJSON(inputs.list)[0]'],
  ])('run-expression: ${{ %s }} inside run:', (expr) => {
    const planted = replaceOnce(
      good,
      '          echo "$MESSAGE"\n',
      `          echo "$MESSAGE"\n          echo "\${{ ${expr} }}"\n`,
    );
    const v = checkWorkflowPolicy(planted, 'planted.yml', options);
    expect(v.map((x) => x.rule)).toEqual(['run-expression']);
    expect(v[0]?.line).toBe(21);
    expect(v[0]?.message).toMatch(/Pass it through env:/);
  });

  it('run-expression: a single-line run:, and one that does not parse', () => {
    expect(
      rules(
        replaceOnce(
          good,
          'run: |\n          echo "$MESSAGE"',
          'run: echo "${{ github.head_ref }}"',
        ),
      ),
    ).toEqual(['run-expression']);
    expect(rules(replaceOnce(good, '${{ runner.temp }}', '${{ runner.temp ) }}'))).toEqual([
      'run-expression',
    ]);
  });

  it('run-expression: inside a composite action', () => {
    const action = `name: x
description: y
runs:
  using: composite
  steps:
    - shell: bash
      run: echo "\${{ inputs.name }}"
`;
    expect(checkActionPolicy(action, 'action.yml').map((v) => v.rule)).toEqual(['run-expression']);
  });

  it('undocumented: a reusable workflow input, secret or output without a description', () => {
    const reusable = `name: r
on:
  workflow_call:
    inputs:
      version:
        description: 'The version.'
        type: string
      undocumented:
        type: string
    secrets:
      token:
        required: false
    outputs:
      out:
        value: \${{ jobs.a.outputs.x }}
permissions: {}
jobs:
  a:
    runs-on: ubuntu-24.04
    timeout-minutes: 1
    permissions: {}
    steps:
      - run: echo hi
`;
    expect(checkWorkflowPolicy(reusable, 'r.yml').map((v) => v.where)).toEqual([
      'on.workflow_call.inputs.undocumented',
      'on.workflow_call.secrets.token',
      'on.workflow_call.outputs.out',
    ]);
  });

  it("interface: this suite's actions get only inputs they declare, and every required one", () => {
    expect(
      rules(
        replaceOnce(
          good,
          '          version: 0.1.0\n',
          '          version: 0.1.0\n          verison: 0.1.1\n',
        ),
      ),
    ).toEqual(['interface']);
    expect(rules(replaceOnce(good, '        with:\n          version: 0.1.0\n', ''))).toEqual([
      'interface',
    ]);
    expect(
      rules(replaceOnce(good, 'runtime-actions/build@v1', 'runtime-actions/no-such-action@v1')),
    ).toEqual(['interface']);
    // Without a checkout to resolve against, the rule does not apply.
    expect(
      rules(
        replaceOnce(good, 'runtime-actions/build@v1', 'runtime-actions/no-such-action@v1'),
        {} as typeof options,
      ),
    ).toEqual([]);
  });

  it("interface: an output read from one of this suite's actions is one it declares", () => {
    // The planted workflow, its build step given an id and the job an output
    // read from it; the checkout step's outputs (not ours) are not checked.
    const reads = (output: string): string =>
      replaceOnce(
        replaceOnce(
          replaceOnce(
            good,
            '    steps:\n',
            `    outputs:\n      kind: \${{ steps.built.outputs.${output} }}\n      ref: \${{ steps.other.outputs.anything }}\n    steps:\n`,
          ),
          '      - uses: molecule-ai/runtime-actions/build@v1\n',
          '      - id: built\n        uses: molecule-ai/runtime-actions/build@v1\n',
        ),
        '      - uses: actions/checkout@',
        '      - id: other\n        uses: actions/checkout@',
      );
    expect(rules(reads('prerelease'))).toEqual([]);
    const v = checkWorkflowPolicy(reads('pre-release'), 'o.yml', options);
    expect(v.map((x) => [x.rule, x.line])).toEqual([['interface', 11]]);
    expect(v[0]?.message).toMatch(/no output 'pre-release' \(it has: wheel, .*prerelease\)/);
  });

  it('interface: calls of our reusable workflows: inputs, secrets and outputs', () => {
    const caller = (withs: string, secrets: string, output: string) => `name: c
on: push
permissions: {}
jobs:
  prepare:
    permissions:
      contents: write
      pull-requests: read
    uses: molecule-ai/runtime-actions/.github/workflows/release-prepare.yml@v1
    with:
${withs}
  fanout:
    needs: prepare
    permissions: {}
    uses: molecule-ai/runtime-actions/.github/workflows/release-fanout.yml@v1
    with:
      version: \${{ needs.prepare.outputs.${output} }}
    secrets:
${secrets}
`;
    const ok = caller('      version: 0.1.0', '      dispatch-token: x', 'version');
    expect(rules(ok)).toEqual([]);
    expect(rules(caller('      versoin: 0.1.0', '      dispatch-token: x', 'version'))).toEqual([
      'interface',
    ]);
    expect(rules(caller('      version: 0.1.0', '      dispatch_token: x', 'version'))).toEqual([
      'interface',
    ]);
    const v = checkWorkflowPolicy(
      caller('      version: 0.1.0', '      dispatch-token: x', 'versoin'),
      'c.yml',
      options,
    );
    expect(v.map((x) => [x.rule, x.line])).toEqual([['interface', 17]]);
    expect(v[0]?.message).toMatch(/no output 'versoin'/);
    // fanout's version input is required.
    expect(rules(ok.replace(/ {4}with:\n {6}version: \$\{\{[^\n]*\n/, ''))).toEqual(['interface']);
  });
});

describe('which contexts may be expanded inside run:', () => {
  it.each([
    ['github.sha', true],
    ['github.run_id', true],
    ['github.repository', true],
    ['runner.temp', true],
    ['strategy.job-index', true],
    ['github.event.number', false],
    ['github.head_ref', false],
    ['github.ref', false],
    ['github.actor', false],
    ['github.token', false],
    ['github', false],
    ['vars.X', false],
  ])('%s → trusted %s', (expr, trusted) => {
    const paths = contextPaths(expr);
    expect(paths.every(isTrustedContext)).toBe(trusted);
  });

  it('walks every operand: functions, logical operators and computed indexes', () => {
    expect(
      contextPaths(
        "contains(github.event.pull_request.labels.*.name, 'x') && runner.os == 'Linux'",
      ),
    ).toEqual([
      ['github', 'event', 'pull_request', 'labels', '*', 'name'],
      ['runner', 'os'],
    ]);
    expect(contextPaths('github.event[inputs.key]')).toEqual([
      ['github', 'event', '*'],
      ['inputs', 'key'],
    ]);
  });
});

// ----------------------------------------------------------------------------
// What the issue asks of the chain's shape, read from the files themselves.

type Job = {
  permissions?: Record<string, string> | string;
  uses?: string;
  needs?: string | string[];
  environment?: { name: string } | string;
  steps?: {
    uses?: string;
    run?: string;
    name?: string;
    id?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }[];
  strategy?: { matrix?: Record<string, unknown> };
  with?: Record<string, unknown>;
};
type Workflow = {
  on: Record<string, unknown>;
  'run-name'?: string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
};
const load = (p: string) => parseYaml(readFileSync(path.join(repoRoot, p), 'utf8')) as Workflow;
const stepUses = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.uses ?? '');

describe('the release chain has the shape the issue asks for', () => {
  const prepare = load('.github/workflows/release-prepare.yml');
  const caller = load('examples/workflows/release-runtime.yml');
  const fanout = load('.github/workflows/release-fanout.yml');
  const template = load('.github/workflows/template-image.yml');
  const templateCaller = load('examples/workflows/template-image.yml');

  it('release-prepare: auto-tag → build → smoke-import matrix → artifact; outputs version, tag, skipped', () => {
    const call = prepare.on.workflow_call as { outputs: Record<string, unknown> };
    expect(Object.keys(call.outputs)).toEqual(
      expect.arrayContaining(['version', 'tag', 'skipped']),
    );
    expect(stepUses(prepare.jobs.tag)).toContain('molecule-ai/runtime-actions/auto-tag@v1');
    expect(prepare.jobs.build?.needs).toBe('tag');
    expect(stepUses(prepare.jobs.build)).toEqual(
      expect.arrayContaining([
        'molecule-ai/runtime-actions/build@v1',
        expect.stringMatching(/^actions\/upload-artifact@/),
      ]),
    );
    expect(prepare.jobs.smoke?.needs).toBe('build');
    expect(prepare.jobs.smoke?.strategy?.matrix?.python).toMatch(
      /fromJSON\(needs\.build\.outputs\.python-versions\)/,
    );
    expect(stepUses(prepare.jobs.smoke)).toContain('molecule-ai/runtime-actions/smoke-import@v1');
  });

  it('only the caller’s own publish job can mint an OIDC token, in the pypi-publish environment', () => {
    const publish = caller.jobs.publish;
    expect(publish?.permissions).toEqual({ 'id-token': 'write' });
    expect(publish?.environment).toMatchObject({ name: 'pypi-publish' });
    expect(stepUses(publish)).toContain('molecule-ai/runtime-actions/pypi-publish@v1');
    const idTokenJobs = workflowFiles().flatMap((f) =>
      Object.entries((parseYaml(readFileSync(f, 'utf8')) as Workflow).jobs)
        .filter(
          ([, j]) => typeof j.permissions === 'object' && j.permissions['id-token'] === 'write',
        )
        .map(([id]) => `${rel(f)}:${id}`),
    );
    expect(idTokenJobs).toEqual(['examples/workflows/release-runtime.yml:publish']);
  });

  it('the caller wires prepare → publish → fanout in one serialised run, with a dispatch path for test versions', () => {
    expect(caller.jobs.prepare?.uses).toMatch(
      /^molecule-ai\/runtime-actions\/\.github\/workflows\/release-prepare\.yml@[0-9a-f]{40}$/,
    );
    expect(caller.jobs.publish?.needs).toBe('prepare');
    expect(caller.jobs.fanout?.uses).toMatch(
      /^molecule-ai\/runtime-actions\/\.github\/workflows\/release-fanout\.yml@[0-9a-f]{40}$/,
    );
    expect(caller.jobs.fanout?.needs).toEqual(expect.arrayContaining(['publish']));
    // Also after a failed publish, so the draft release can say so.
    expect((caller.jobs.fanout as { if?: string }).if).toBe(
      "${{ !cancelled() && needs.prepare.outputs.skipped == '' && needs.prepare.outputs.prerelease == 'false' }}",
    );
    expect(caller.jobs.fanout?.with).toMatchObject({
      tag: '${{ needs.prepare.outputs.tag }}',
      'publish-result': '${{ needs.publish.result }}',
    });
    expect(caller.concurrency).toEqual({ group: 'release-runtime', 'cancel-in-progress': false });
    expect(caller.on.workflow_dispatch).toMatchObject({ inputs: { version: { required: true } } });
    expect(caller.jobs.prepare?.with?.version).toBe('${{ inputs.version }}');
  });

  it('release-fanout: mirror-sync, then cascade-dispatch, then github-release', () => {
    expect(stepUses(fanout.jobs.mirror)).toContain('molecule-ai/runtime-actions/mirror-sync@v1');
    expect(fanout.jobs.cascade?.needs).toBe('mirror');
    expect(stepUses(fanout.jobs.cascade)).toContain(
      'molecule-ai/runtime-actions/cascade-dispatch@v1',
    );
    // Nothing is mirrored or cascaded after a failed publish; the release job still runs.
    expect((fanout.jobs.mirror as { if?: string }).if).toBe("inputs.publish-result == 'success'");
    expect((fanout.jobs.cascade as { if?: string }).if).toContain(
      "inputs.publish-result == 'success'",
    );
    expect(fanout.jobs.release?.needs).toEqual(['mirror', 'cascade']);
    expect(stepUses(fanout.jobs.release)).toContain(
      'molecule-ai/runtime-actions/github-release@v1',
    );
    expect(fanout.jobs.release?.permissions).toEqual({ contents: 'write' });
  });

  it('template-image: wait-for-pypi → template-check → build with RUNTIME_VERSION → smoke → push three tags', () => {
    expect(stepUses(template.jobs.check)).toEqual(
      expect.arrayContaining([
        'molecule-ai/runtime-actions/wait-for-pypi@v1',
        'molecule-ai/runtime-actions/template-check@v1',
      ]),
    );
    const uses = stepUses(template.jobs.check);
    expect(uses.indexOf('molecule-ai/runtime-actions/wait-for-pypi@v1')).toBeLessThan(
      uses.indexOf('molecule-ai/runtime-actions/template-check@v1'),
    );
    const image = template.jobs.image;
    expect(image?.needs).toBe('check');
    const steps = image?.steps ?? [];
    const build = steps.findIndex((s) => s.uses?.startsWith('docker/build-push-action@'));
    const smoke = steps.findIndex((s) => s.name === 'Import smoke inside the image');
    const push = steps.findIndex((s) => s.id === 'push');
    expect(build).toBeGreaterThanOrEqual(0);
    expect(build < smoke && smoke < push).toBe(true);
    // The version, and the sha256 of the wheel whose provenance the check job verified.
    expect(String(steps[build]?.with?.['build-args'])).toMatch(
      /^RUNTIME_VERSION=\$\{\{ needs\.check\.outputs\.version \}\}\nRUNTIME_SHA256=\$\{\{ needs\.check\.outputs\.runtime-sha256 \}\}\n$/,
    );
    const wait = template.jobs.check?.steps?.find(
      (s) => s.uses === 'molecule-ai/runtime-actions/wait-for-pypi@v1',
    );
    expect(wait?.with?.['verify-provenance']).toBe('${{ inputs.verify-provenance }}');
    expect(steps[build]?.with?.push).toBe(false);
    expect(image?.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(template.jobs.check?.permissions).toEqual({ contents: 'read' });
  });

  it('the template caller starts on runtime-published and names its run with the correlation id', () => {
    expect(templateCaller.on.repository_dispatch).toEqual({ types: ['runtime-published'] });
    expect(templateCaller['run-name']).toContain('github.event.client_payload.correlation_id');
    expect(templateCaller.concurrency?.group).toBe('template-image-${{ github.repository }}');
    expect(templateCaller.jobs.image?.uses).toMatch(
      /^molecule-ai\/runtime-actions\/\.github\/workflows\/template-image\.yml@[0-9a-f]{40}$/,
    );
  });
});

// ----------------------------------------------------------------------------
// The run: steps do what they say: run with bash exactly as the runner does
// (bash --noprofile --norc -eo pipefail), with the env: the step declares.

function step(file: string, job: string, name: string): string {
  const s = load(file).jobs[job]?.steps?.find((x) => x.name === name || x.id === name);
  if (!s?.run) throw new Error(`${file}: no run: step '${name}' in job ${job}`);
  return s.run;
}

/**
 * Asynchronous on purpose: a step that calls the test's own loopback server
 * would deadlock under spawnSync (the server could never answer).
 */
async function runStep(script: string, env: Record<string, string>, cwd: string) {
  const work = mkdtempSync(path.join(tmpdir(), 'step-'));
  try {
    const output = path.join(work, 'output');
    writeFileSync(output, '');
    mkdirSync(path.join(work, 'temp'));
    writeFileSync(path.join(work, 'step.sh'), script);
    const child = spawn(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', path.join(work, 'step.sh')],
      {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? work,
          RUNNER_TEMP: path.join(work, 'temp'),
          GITHUB_OUTPUT: output,
          GITHUB_REPOSITORY: 'Molecule-AI/molecule-ai-workspace-template-claude-code',
          GITHUB_REPOSITORY_OWNER: 'Molecule-AI',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          ...env,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    return { code, stdout, stderr, outputs: parseCommandFile(readFileSync(output, 'utf8')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A minimal, valid wheel (Metadata-Version 2.1) that pip will read. */
function wheel(requiresPython: string): Uint8Array {
  const di = 'molecule_ai_workspace_runtime-0.1.7.dist-info';
  const metadata = `Metadata-Version: 2.1\nName: molecule-ai-workspace-runtime\nVersion: 0.1.7\nRequires-Python: ${requiresPython}\n\n`;
  return zipSync({
    'molecule_runtime/__init__.py': strToU8(''),
    [`${di}/METADATA`]: strToU8(metadata),
    [`${di}/WHEEL`]: strToU8(
      'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n',
    ),
    [`${di}/RECORD`]: strToU8(''),
  });
}

describe('the run: steps, run with bash', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'wf-steps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('release-prepare keeps the interpreters that pip says may install the wheel', async () => {
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(
      path.join(dir, 'dist', 'molecule_ai_workspace_runtime-0.1.7-py3-none-any.whl'),
      wheel('>=3.11,<3.13'),
    );
    const script = step('.github/workflows/release-prepare.yml', 'build', 'interpreters');
    const env = { PACKAGE: 'molecule-ai-workspace-runtime', VERSION: '0.1.7' };
    const r = await runStep(
      script,
      { ...env, CANDIDATES: '["3.10", "3.11", "3.12", "3.13"]' },
      dir,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.versions ?? '')).toEqual(['3.11', '3.12']);
    expect(r.stdout).toMatch(/Python 3\.10: excluded/);

    const none = await runStep(script, { ...env, CANDIDATES: '["3.9", "3.10"]' }, dir);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/::error title=No interpreter to smoke-import with::None of/);
  });

  it('release-fanout: the unpacked tree is the sdist minus its top folder', async () => {
    const src = path.join(dir, 'src', 'pkg-0.1.7');
    mkdirSync(path.join(src, 'molecule_runtime'), { recursive: true });
    writeFileSync(path.join(src, 'PKG-INFO'), 'Metadata-Version: 2.1\n');
    writeFileSync(path.join(src, 'molecule_runtime', 'main.py'), 'def main_sync(): pass\n');
    mkdirSync(path.join(dir, 'dist'));
    spawnSync('tar', [
      '-czf',
      path.join(dir, 'dist', 'pkg-0.1.7.tar.gz'),
      '-C',
      path.join(dir, 'src'),
      'pkg-0.1.7',
    ]);
    // Append a listing to the step so the tree is seen before RUNNER_TEMP goes.
    const script = `${step('.github/workflows/release-fanout.yml', 'mirror', 'tree')}\n(cd "$dir" && find . -type f | sort)\n`;
    const r = await runStep(script, {}, dir);
    expect(r.code).toBe(0);
    expect(r.outputs.dir).toMatch(/package-tree$/);
    expect(r.stdout.trim().split('\n')).toEqual(['./PKG-INFO', './molecule_runtime/main.py']);

    rmSync(path.join(dir, 'dist'), { recursive: true });
    mkdirSync(path.join(dir, 'dist'));
    const missing = await runStep(script, {}, dir);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/Expected one sdist in the artifact, found 0/);
  });

  describe('template-image: the runtime version', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/pypi/molecule-ai-workspace-runtime/json') {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ info: { version: '0.1.9' }, releases: {} }));
        } else {
          res.statusCode = 404;
          res.end('{"message": "Not Found"}');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const script = () => step('.github/workflows/template-image.yml', 'check', 'version');
    const env = () => ({ INDEX_URL: url, PACKAGE: 'molecule-ai-workspace-runtime' });

    it.each(['0.1.7', '0.2.0rc1', '0.2.0.dev3', '0.1.6.post1', '1.0'])('accepts %s', async (v) => {
      const r = await runStep(script(), { ...env(), REQUESTED: v }, dir);
      expect([r.code, r.outputs.version]).toEqual([0, v]);
    });

    it.each(['v0.1.7', '0.1.7; rm -rf /', '$(id)', '0.1.7+local'])(
      'refuses %s as a Docker tag and a build-arg',
      async (v) => {
        const r = await runStep(script(), { ...env(), REQUESTED: v }, dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/::error title=Bad runtime version::/);
        expect(r.outputs.version).toBeUndefined();
      },
    );

    it("takes the index's latest when no version is given", async () => {
      const r = await runStep(script(), { ...env(), REQUESTED: '' }, dir);
      expect([r.code, r.outputs.version]).toEqual([0, '0.1.9']);
    });

    it('fails when the index does not know the package', async () => {
      const r = await runStep(script(), { ...env(), PACKAGE: 'nope', REQUESTED: '' }, dir);
      expect(r.code).not.toBe(0);
    });
  });

  describe('template-image: the dispatch payload is checked before use (issue #17)', () => {
    const script = () => step('.github/workflows/template-image.yml', 'check', 'version');
    it.each([
      [
        'a multi-line value that would add an image label',
        'abc\nai.molecule.runtime-version=0.0.1',
      ],
      ['a space', 'run 42'],
      ['65 characters', 'x'.repeat(65)],
      ['a shell expansion', '$(id)'],
    ])('refuses a correlation-id with %s', async (_what, id) => {
      const r = await runStep(script(), { REQUESTED: '0.1.7', CORRELATION_ID: id }, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error title=Bad correlation id::The correlation-id input/);
      expect(r.outputs['correlation-id']).toBeUndefined();
      expect(r.outputs.version).toBeUndefined();
    });
    it('passes a correlation id the cascade makes, and none', async () => {
      const id = 'release-9123456789-1-3f2c1a9';
      const r = await runStep(script(), { REQUESTED: '0.1.7', CORRELATION_ID: id }, dir);
      expect([r.code, r.outputs['correlation-id']]).toEqual([0, id]);
      const none = await runStep(script(), { REQUESTED: '0.1.7', CORRELATION_ID: '' }, dir);
      expect([none.code, none.outputs['correlation-id']]).toEqual([0, '']);
    });
    it('refuses a runtime-version longer than 64 characters, naming the input', async () => {
      const r = await runStep(script(), { REQUESTED: `1.${'0'.repeat(70)}` }, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/The runtime-version input .* is 72 characters long/);
    });
  });

  /** `docker buildx imagetools inspect IMAGE:latest` answered from a file, as the registry would. */
  describe('template-image: latest never moves to an older runtime unless forced (issue #17)', () => {
    const script = () =>
      step(
        '.github/workflows/template-image.yml',
        'image',
        'Floating tags never move to an older runtime',
      );
    function registry(latest: string | 'missing' | 'error'): Record<string, string> {
      const bin = mkdtempSync(path.join(tmpdir(), 'registry-'));
      const config = {
        architecture: 'amd64',
        os: 'linux',
        config: { Labels: { 'ai.molecule.runtime-version': latest } },
      };
      writeFileSync(
        path.join(bin, 'docker'),
        [
          '#!/bin/bash',
          '[ "$1 $2 $3" = "buildx imagetools inspect" ] || { echo "unexpected: $*" >&2; exit 2; }',
          latest === 'missing'
            ? 'echo "ERROR: ghcr.io/molecule-ai/workspace-template-claude-code:latest: not found" >&2; exit 1'
            : latest === 'error'
              ? 'echo "ERROR: unexpected status from GET request: 401 Unauthorized" >&2; exit 1'
              : `cat <<'JSON'\n${JSON.stringify(config)}\nJSON`,
        ].join('\n'),
        { mode: 0o755 },
      );
      return {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        IMAGE: 'ghcr.io/molecule-ai/workspace-template-claude-code',
      };
    }
    it('a dispatch for an older runtime is refused, naming both versions; nothing pushed', async () => {
      const r = await runStep(
        script(),
        { ...registry('0.2.0'), VERSION: '0.1.9', FORCE: 'false' },
        dir,
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        '::error title=latest would move backwards::ghcr.io/molecule-ai/workspace-template-claude-code:latest carries runtime 0.2.0, newer than 0.1.9',
      );
    });
    it('force: true moves it back, with a warning naming both versions', async () => {
      const r = await runStep(
        script(),
        { ...registry('0.2.0'), VERSION: '0.1.9', FORCE: 'true' },
        dir,
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /::warning title=latest rolled back::.*carries runtime 0\.2\.0; force: true moves it back to 0\.1\.9/,
      );
    });
    it.each([
      ['0.1.9', '0.2.0'],
      ['0.2.0', '0.2.0'],
      ['0.2.0rc1', '0.2.0'],
      ['0.2.0', '0.2.0.post1'],
    ])('latest carrying %s moves to %s', async (current, next) => {
      const r = await runStep(
        script(),
        { ...registry(current), VERSION: next, FORCE: 'false' },
        dir,
      );
      expect(r.code).toBe(0);
    });
    it('no latest yet: nothing to compare with; a registry error fails instead of guessing', async () => {
      const none = await runStep(
        script(),
        { ...registry('missing'), VERSION: '0.1.0', FORCE: 'false' },
        dir,
      );
      expect(none.code).toBe(0);
      const err = await runStep(
        script(),
        { ...registry('error'), VERSION: '0.1.0', FORCE: 'false' },
        dir,
      );
      expect(err.code).toBe(1);
      expect(err.stdout).toMatch(
        /::error title=Cannot read what latest carries::.*401 Unauthorized/,
      );
    });
    it("orders versions as CPython's packaging does (PEP 440), on every pair of a corpus", async () => {
      const corpus = [
        '0.1',
        '0.1.0',
        '0.1.6',
        '0.1.6.post1',
        '0.1.7',
        '0.1.10',
        '0.2.0.dev1',
        '0.2.0.dev3',
        '0.2.0a1',
        '0.2.0a1.dev2',
        '0.2.0b1',
        '0.2.0rc1',
        '0.2.0rc1.post1',
        '0.2.0',
        '0.2',
        '0.2.0.post1.dev1',
        '0.2.0.post1',
        '1.0',
        '1.0.0.1',
        '10.0',
      ];
      const fn = script().split('\nif ! inspected')[0]!;
      expect(fn).toContain('pep440_key() {');
      expect(fn).not.toContain('docker');
      const keys = await runStep(
        `${fn}\nfor v in ${corpus.join(' ')}; do echo "$v $(pep440_key "$v")"; done`,
        {},
        dir,
      );
      const key = new Map(
        keys.stdout
          .trim()
          .split('\n')
          .map((l) => l.split(' ') as [string, string]),
      );
      expect(keys.code).toBe(0);
      expect(key.size).toBe(corpus.length);
      const ours = [...corpus].sort((a, b) =>
        key.get(a)! < key.get(b)! ? -1 : key.get(a)! > key.get(b)! ? 1 : 0,
      );
      const oracle = spawnSync('python3', [
        '-c',
        'import sys; from packaging.version import Version as V; print(" ".join(sorted(sys.argv[1:], key=V)))',
        ...corpus,
      ]);
      expect(oracle.status).toBe(0);
      const theirs = oracle.stdout.toString().trim().split(' ');
      // Equal versions (0.2 and 0.2.0) may sit in either order: compare by rank.
      const rank = (list: string[]) => list.map((v) => key.get(v));
      expect(rank(ours)).toEqual(rank(theirs));
    });
  });

  it('template-image names the image after the template and tags latest, sha-<7> and runtime-<version>', async () => {
    const script = step('.github/workflows/template-image.yml', 'image', 'meta');
    const r = await runStep(script, { IMAGE: '', VERSION: '0.1.7' }, dir);
    expect(r.code).toBe(0);
    const image = 'ghcr.io/molecule-ai/workspace-template-claude-code';
    expect(r.outputs.image).toBe(image);
    expect(r.outputs.ref).toBe(`${image}:sha-0123456`);
    expect(r.outputs.tags?.split('\n')).toEqual([
      `${image}:latest`,
      `${image}:sha-0123456`,
      `${image}:runtime-0.1.7`,
    ]);
    const named = await runStep(script, { IMAGE: 'ghcr.io/acme/agent', VERSION: '0.2.0rc1' }, dir);
    expect(named.outputs.tags?.split('\n')).toEqual([
      'ghcr.io/acme/agent:latest',
      'ghcr.io/acme/agent:sha-0123456',
      'ghcr.io/acme/agent:runtime-0.2.0rc1',
    ]);
  });

  /**
   * No Docker daemon here: `docker` is a stand-in that runs the same Python
   * script with the real interpreter in a folder laid out like the image
   * (WORKDIR with the template's files, the runtime's dist-info on the path).
   */
  describe('template-image: the import smoke inside the image', () => {
    function image(runtimeVersion: string, files: Record<string, string>): Record<string, string> {
      const app = path.join(dir, 'app');
      const site = path.join(dir, 'site');
      mkdirSync(path.join(site, `molecule_ai_workspace_runtime-${runtimeVersion}.dist-info`), {
        recursive: true,
      });
      writeFileSync(
        path.join(site, `molecule_ai_workspace_runtime-${runtimeVersion}.dist-info`, 'METADATA'),
        `Metadata-Version: 2.1\nName: molecule-ai-workspace-runtime\nVersion: ${runtimeVersion}\n`,
      );
      mkdirSync(app, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(app, name), text);
      const bin = path.join(dir, 'bin');
      mkdirSync(bin);
      // The stand-in: honours --env-file, -e and the script on stdin; the rest
      // of `docker run`'s arguments only select the image.
      writeFileSync(
        path.join(bin, 'docker'),
        `#!/usr/bin/env bash
set -eu
[ "$1" = run ] || { echo "stand-in supports only docker run" >&2; exit 2; }
shift
envs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) while IFS= read -r l; do [ -n "$l" ] && envs+=("$l"); done < "$2"; shift 2 ;;
    -e) envs+=("$2"); shift 2 ;;
    --entrypoint) shift 2 ;;
    --rm|-i) shift ;;
    *) image="$1"; shift; break ;;
  esac
done
echo "image: $image" >&2
cd "${app}"
exec env "\${envs[@]}" PYTHONPATH="${site}" python3 "$@"
`,
        { mode: 0o755 },
      );
      return { PATH: `${bin}:${process.env.PATH ?? ''}` };
    }
    const smoke = () =>
      step('.github/workflows/template-image.yml', 'image', 'Import smoke inside the image');
    const env = {
      REF: 'ghcr.io/molecule-ai/workspace-template-claude-code:sha-0123456',
      PACKAGE: 'molecule-ai-workspace-runtime',
      VERSION: '0.1.7',
      SMOKE_ENV:
        'WORKSPACE_ID=00000000-0000-0000-0000-000000000000\nPLATFORM_URL=http://localhost:8080\n',
    };

    it('imports every *.py of the working directory with the smoke environment', async () => {
      const path_ = image('0.1.7', {
        'adapter.py': 'import os\nassert os.environ["WORKSPACE_ID"].startswith("0000")\n',
        'tools.py': 'X = 1\n',
      });
      const r = await runStep(smoke(), { ...env, ...path_ }, dir);
      expect(r.stderr).toContain(
        'image: ghcr.io/molecule-ai/workspace-template-claude-code:sha-0123456',
      );
      expect([r.code, r.stdout.trim().split('\n')]).toEqual([
        0,
        ['imported adapter.py', 'imported tools.py'],
      ]);
    });

    it('fails when the layer cache kept an older runtime', async () => {
      const r = await runStep(smoke(), { ...env, ...image('0.1.6', { 'adapter.py': '' }) }, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/The image holds runtime 0\.1\.6, not 0\.1\.7/);
    });

    it('fails on a template module that does not import', async () => {
      const r = await runStep(
        smoke(),
        { ...env, ...image('0.1.7', { 'adapter.py': 'from plugins import load_plugins\n' }) },
        dir,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/ModuleNotFoundError: No module named 'plugins'/);
    });
  });
});
