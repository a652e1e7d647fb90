/**
 * The step runner on tiny planted workflows: needs order and outputs, the
 * runner's files (GITHUB_OUTPUT/ENV/PATH), if-conditions and status
 * functions, continue-on-error, matrix legs, reusable workflows (inputs,
 * secrets, outputs, job_workflow_ref), the checks before a run, timeouts,
 * masking, id-token, artifacts, stand-ins and this repository's own actions.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../sandbox/runner.js';
import { runWorkflow } from '../../sandbox/workflows/run.js';
import type {
  JobResult,
  Permissions,
  Platform,
  RunOptions,
  RunResult,
  StepResult,
} from '../../sandbox/workflows/types.js';

let dir: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'steps-runner-'));
  mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function plant(name: string, yaml: string): string {
  const file = path.join(dir, '.github', 'workflows', name);
  writeFileSync(file, yaml);
  return file;
}

interface StubPlatform extends Platform {
  claims: Array<Record<string, string | undefined>>;
  tokens: Array<{ token: string; job: string; permissions: Permissions }>;
}

function stubPlatform(): StubPlatform {
  const claims: StubPlatform['claims'] = [];
  const tokens: StubPlatform['tokens'] = [];
  return {
    githubApiUrl: 'http://127.0.0.1:9',
    claims,
    tokens,
    jobToken({ job, permissions }) {
      const token = `ghs_planted${tokens.length}x${job.replace(/\W/g, '')}`;
      tokens.push({ token, job, permissions });
      return token;
    },
    oidc: {
      requestUrl: 'http://127.0.0.1:9/token?api-version=2.0',
      requestToken: 'id-token-request-bearer-0123456789',
      setClaims: (c) => claims.push(c),
    },
    endpoints: { 'https://pypi.org': 'http://127.0.0.1:8' },
  };
}

async function run(file: string, extra: Partial<RunOptions> = {}): Promise<RunResult> {
  return runWorkflow({
    workflow: file,
    localRoot: dir,
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    repository: 'Acme/app',
    sha: 'a'.repeat(40),
    sources: {},
    platform: stubPlatform(),
    runDir: path.join(dir, 'runs', String(++runs)),
    ...extra,
  });
}

const step = (job: JobResult, id: string): StepResult => {
  const s = job.steps.find((x) => x.id === id || x.name === id);
  if (!s) throw new Error(`no step ${id} in ${job.path}: ${job.steps.map((x) => x.id).join(', ')}`);
  return s;
};

describe('jobs, outputs and the runner files', () => {
  it('runs jobs in needs order and passes outputs; GITHUB_OUTPUT heredocs, GITHUB_ENV and GITHUB_PATH reach later steps', async () => {
    const r = await run(
      plant(
        'outputs.yml',
        `name: outputs
on: push
env:
  LEVEL: workflow
jobs:
  first:
    runs-on: ubuntu-24.04
    env:
      LEVEL: job
    outputs:
      multi: \${{ steps.out.outputs.multi }}
      level: \${{ steps.out.outputs.level }}
    steps:
      - id: out
        env:
          LEVEL: step
        run: |
          {
            echo "multi<<EOF"
            echo "line one"
            echo "line two"
            echo "EOF"
            echo "level=$LEVEL"
          } >> "$GITHUB_OUTPUT"
          echo "FROM_FILE=set by a step" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/my-tool"
          chmod +x "$RUNNER_TEMP/bin/my-tool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
      - id: later
        run: |
          echo "env=$FROM_FILE level=$LEVEL tool=$(my-tool)"
          echo "seen=\${{ env.FROM_FILE }}" >> "$GITHUB_OUTPUT"
  second:
    needs: first
    runs-on: ubuntu-24.04
    steps:
      - id: show
        run: printf '%s|%s' "\${{ needs.first.outputs.multi }}" "\${{ needs.first.outputs.level }}"
`,
      ),
    );
    expect(r.status).toBe('success');
    expect(r.jobs.first!.outputs).toEqual({ multi: 'line one\nline two', level: 'step' });
    expect(step(r.jobs.first!, 'later').stdout).toBe('env=set by a step level=job tool=tool-ran\n');
    expect(step(r.jobs.first!, 'later').outputs.seen).toBe('set by a step');
    expect(step(r.jobs.second!, 'show').stdout).toBe('line one\nline two|step');
    const order = r.log.filter((l) => l.startsWith('▶')).map((l) => l.slice(2));
    expect(order).toEqual(['first', 'second']);
  });

  it('a malformed GITHUB_OUTPUT fails the step, as on the runner', async () => {
    const r = await run(
      plant(
        'bad-output.yml',
        `on: push
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - id: s
        run: |
          echo "x<<END" >> "$GITHUB_OUTPUT"
          echo "never closed" >> "$GITHUB_OUTPUT"
`,
      ),
    );
    expect(r.status).toBe('failure');
    expect(step(r.jobs.j!, 's').note).toMatch(/matching delimiter not found 'END'/);
  });
});

describe('if-conditions, status functions, continue-on-error', () => {
  it('steps after a failure are skipped unless failure()/always(); continue-on-error keeps the job green', async () => {
    const r = await run(
      plant(
        'status.yml',
        `on: push
jobs:
  soft:
    runs-on: ubuntu-24.04
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 3
      - id: after
        run: echo "outcome=\${{ steps.flaky.outcome }} conclusion=\${{ steps.flaky.conclusion }}"
  hard:
    runs-on: ubuntu-24.04
    steps:
      - id: boom
        run: exit 1
      - id: skipped
        run: echo never
      - id: on-failure
        if: failure()
        run: echo cleanup
      - id: always
        if: \${{ always() }}
        run: echo always
      - id: guarded
        if: steps.boom.outcome == 'failure'
        run: echo "implicit success() makes this skip"
  after-hard:
    needs: hard
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  report:
    needs: [hard, soft]
    if: always()
    runs-on: ubuntu-24.04
    steps:
      - id: r
        run: echo "hard=\${{ needs.hard.result }} soft=\${{ needs.soft.result }}"
`,
      ),
    );
    expect(r.status).toBe('failure');
    const soft = r.jobs.soft!;
    expect(soft.status).toBe('success');
    expect(step(soft, 'flaky')).toMatchObject({ status: 'success', outcome: 'failure' });
    expect(step(soft, 'after').stdout).toBe('outcome=failure conclusion=success\n');
    const hard = r.jobs.hard!;
    expect(hard.steps.map((s) => [s.id, s.status])).toEqual([
      ['boom', 'failure'],
      ['skipped', 'skipped'],
      ['on-failure', 'success'],
      ['always', 'success'],
      ['guarded', 'skipped'],
    ]);
    expect(r.jobs['after-hard']!.status).toBe('skipped');
    expect(step(r.jobs.report!, 'r').stdout).toBe('hard=failure soft=success\n');
  });
});

describe('strategy.matrix', () => {
  it('expands include/exclude into legs named after their values; outputs merge; fail-fast off runs every leg', async () => {
    const r = await run(
      plant(
        'matrix.yml',
        `on: push
jobs:
  versions:
    runs-on: ubuntu-24.04
    outputs:
      list: \${{ steps.v.outputs.list }}
    steps:
      - id: v
        run: echo 'list=["3.11","3.12","3.13"]' >> "$GITHUB_OUTPUT"
  test:
    needs: versions
    name: test (\${{ matrix.python }}\${{ matrix.extra && ' extra' || '' }})
    runs-on: ubuntu-24.04
    strategy:
      fail-fast: false
      matrix:
        python: \${{ fromJSON(needs.versions.outputs.list) }}
        exclude:
          - python: '3.12'
        include:
          - python: '3.13'
            extra: true
    outputs:
      last: \${{ steps.t.outputs.seen }}
    steps:
      - id: t
        run: |
          echo "seen=\${{ matrix.python }} \${{ strategy.job-index }}/\${{ strategy.job-total }}" >> "$GITHUB_OUTPUT"
          test "\${{ matrix.python }}" != "3.13"
`,
      ),
    );
    const legs = r.jobs.test!.legs!;
    expect(legs.map((l) => [l.name, l.status])).toEqual([
      ['test (3.11)', 'success'],
      ['test (3.13 extra)', 'failure'],
    ]);
    expect(legs[1]!.matrix).toEqual({ python: '3.13', extra: true });
    expect(r.jobs.test!.status).toBe('failure');
    expect(r.jobs.test!.outputs.last).toMatch(/^3\.1[13] [01]\/2$/);
  });
  it('job-level continue-on-error (an experimental leg) keeps the run green', async () => {
    const r = await run(
      plant(
        'experimental.yml',
        `on: push
jobs:
  t:
    runs-on: ubuntu-24.04
    continue-on-error: \${{ matrix.experimental == true }}
    strategy:
      matrix:
        v: [1, 2]
        include:
          - v: 2
            experimental: true
    steps:
      - run: test "\${{ matrix.v }}" = 1
`,
      ),
    );
    expect(r.status).toBe('success');
    expect(r.jobs.t!.legs!.map((l) => [l.name, l.status, l.note])).toEqual([
      ['t (1)', 'success', undefined],
      ['t (2, true)', 'success', 'failed, tolerated by continue-on-error'],
    ]);
  });
});

describe('reusable workflows', () => {
  it('maps with: to typed inputs with defaults, passes secrets, maps outputs back to needs; job_workflow_ref is the called file', async () => {
    plant(
      'callee.yml',
      `name: callee
on:
  workflow_call:
    inputs:
      who: { type: string, required: true }
      loud: { type: boolean, required: false, default: true }
      count: { type: number, required: false, default: 2 }
    secrets:
      token: { required: false }
    outputs:
      said:
        value: \${{ jobs.speak.outputs.said }}
jobs:
  speak:
    runs-on: ubuntu-24.04
    permissions:
      contents: write
      id-token: write
    outputs:
      said: \${{ steps.s.outputs.said }}
      refs: \${{ steps.s.outputs.refs }}
    steps:
      - id: s
        if: inputs.loud && inputs.count == 2
        env:
          TOKEN: \${{ secrets.token }}
        run: |
          echo "said=HELLO \${{ inputs.who }}" >> "$GITHUB_OUTPUT"
          echo "refs=\${{ github.workflow_ref }} \${{ github.job_workflow_ref }} \${{ github.event_name }}" >> "$GITHUB_OUTPUT"
          echo "token length \${#TOKEN}; oidc=\${ACTIONS_ID_TOKEN_REQUEST_URL:+yes}"
`,
    );
    const platform = stubPlatform();
    const r = await run(
      plant(
        'caller.yml',
        `name: caller
on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
      id-token: write
    uses: ./.github/workflows/callee.yml
    with:
      who: \${{ github.repository }}
    secrets:
      token: \${{ secrets.MY_TOKEN }}
  use:
    needs: call
    runs-on: ubuntu-24.04
    steps:
      - id: u
        run: echo "\${{ needs.call.outputs.said }} / \${{ needs.call.result }} / oidc=\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}"
`,
      ),
      { secrets: { MY_TOKEN: 'super-secret-value-42' }, platform },
    );
    expect(r.status).toBe('success');
    const call = r.jobs.call!;
    expect(call.workflow?.file).toBe(
      path.relative(repoRoot, path.join(dir, '.github/workflows/callee.yml')),
    );
    expect(call.outputs).toEqual({ said: 'HELLO Acme/app' });
    const speak = call.workflow!.jobs.speak!;
    expect(speak.path).toBe('call/speak');
    expect(speak.outputs.refs).toBe(
      'Acme/app/.github/workflows/caller.yml@refs/heads/main Acme/app/.github/workflows/callee.yml@refs/heads/main push',
    );
    expect(step(speak, 's').stdout).toBe('token length 21; oidc=yes\n');
    expect(step(r.jobs.use!, 'u').stdout).toBe('HELLO Acme/app / success / oidc=none\n');
    // The called job asked for contents: write; the caller allowed read.
    expect(platform.tokens.find((t) => t.job === 'call/speak')?.permissions).toMatchObject({
      contents: 'read',
      'id-token': 'write',
    });
    // permissions: {} at the top: the job without its own block gets nothing.
    expect(platform.tokens.find((t) => t.job === 'use')?.permissions).toMatchObject({
      contents: 'none',
      'id-token': 'none',
    });
    // Claims for the one job with id-token: write: the caller's workflow_ref, the callee's job_workflow_ref.
    expect(platform.claims).toEqual([
      expect.objectContaining({
        repository: 'Acme/app',
        workflow_ref: 'Acme/app/.github/workflows/caller.yml@refs/heads/main',
        job_workflow_ref: 'Acme/app/.github/workflows/callee.yml@refs/heads/main',
        event_name: 'push',
        environment: undefined,
      }),
    ]);
    expect(r.log.join('\n')).not.toContain('super-secret-value-42');
  });

  it('secrets: inherit passes every secret of the caller, declared or not', async () => {
    plant(
      'inheriting.yml',
      `on:
  workflow_call:
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - id: s
        env:
          T: \${{ secrets.MY_TOKEN }}
        run: echo "\${#T} \${{ secrets.GITHUB_TOKEN != '' }}"
`,
    );
    const r = await run(
      plant(
        'inherit-caller.yml',
        `on: push
jobs:
  c:
    uses: ./.github/workflows/inheriting.yml
    secrets: inherit
`,
      ),
      { secrets: { MY_TOKEN: 'super-secret-value-42' } },
    );
    expect(step(r.jobs.c!.workflow!.jobs.j!, 's').stdout).toBe('21 true\n');
  });

  it('refuses an input the called workflow does not declare, a missing required one, and a wrong type', async () => {
    plant(
      'typed.yml',
      `on:
  workflow_call:
    inputs:
      flag: { type: boolean, required: true }
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - run: echo \${{ inputs.flag }}
`,
    );
    const caller = (w: string) =>
      plant(
        'typed-caller.yml',
        `on: push
jobs:
  c:
    uses: ./.github/workflows/typed.yml
${w}`,
      );
    await expect(run(caller('    with:\n      flag: true\n      nope: 1\n'))).rejects.toThrow(
      /typed-caller\.yml:7: .*has no input 'nope'/,
    );
    await expect(run(caller(''))).rejects.toThrow(/required input 'flag'/);
    const r = await run(caller("    with:\n      flag: ${{ 'yes' }}\n"), { strict: false });
    expect(r.jobs.c!.status).toBe('failure');
    expect(r.jobs.c!.note).toMatch(/input 'flag' is a boolean, got "yes"/);
  });
});

describe('environment secrets (issue #17)', () => {
  it("a secret that exists only in an environment reaches a reusable workflow's job that names the environment, passed by name; not a job without it", async () => {
    plant(
      'env-called.yml',
      `name: env-called
on:
  workflow_call:
    secrets:
      key:
        required: false
jobs:
  inside:
    runs-on: ubuntu-24.04
    environment: runtime-fanout
    steps:
      - id: s
        env:
          K: \${{ secrets.key }}
        run: echo "len=\${#K}" >>"$GITHUB_OUTPUT"
  outside:
    runs-on: ubuntu-24.04
    steps:
      - id: s
        env:
          K: \${{ secrets.key }}
        run: echo "len=\${#K}" >>"$GITHUB_OUTPUT"
`,
    );
    const caller = plant(
      'env-caller.yml',
      `name: env-caller
on: push
jobs:
  call:
    uses: ./.github/workflows/env-called.yml
    secrets:
      key: \${{ secrets.APP_KEY }}
`,
    );
    const key = 'environment-only-key-0123456789';
    const r = await run(caller, {
      secrets: {},
      environments: { 'runtime-fanout': { secrets: { APP_KEY: key } } },
    });
    expect(r.status).toBe('success');
    const called = r.jobs.call!.workflow!;
    expect(called.jobs.inside!.environment).toBe('runtime-fanout');
    expect(step(called.jobs.inside!, 's').outputs.len).toBe(String(key.length));
    expect(step(called.jobs.outside!, 's').outputs.len).toBe('0');
    expect(r.log.join('\n')).not.toContain(key);
  });
});

describe('checks before a run (strict)', () => {
  it('names a wrong output, an unknown step, a need that is not declared and an undeclared input, with file:line', async () => {
    const file = plant(
      'defects.yml',
      `on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    outputs:
      version: \${{ steps.v.outputs.version }}
    steps:
      - id: v
        uses: molecule-ai/runtime-actions/wait-for-pypi@v1
        with:
          package: x
          version: '1.0'
          nonsense: 1
      - run: echo \${{ steps.v.outputs.versoin }} \${{ steps.later.outputs.x }}
      - id: later
        run: echo
  b:
    needs: a
    runs-on: ubuntu-24.04
    steps:
      - run: echo \${{ needs.a.outputs.verison }} \${{ needs.c.outputs.x }} \${{ inputs.nope }}
  c:
    runs-on: ubuntu-24.04
    steps:
      - uses: someone/unknown-action@v1
`,
    );
    const err = await run(file).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toMatch(
      /defects\.yml:6: steps\.v\.outputs\.version: .*wait-for-pypi@v1 has no output 'version' \(outputs: files, waited, verified-files, verified-file, verified-filename, verified-sha256\)/,
    );
    expect(message).toMatch(/defects\.yml:14: steps\.v\.outputs\.versoin/);
    expect(message).toMatch(/steps\.later\.outputs\.x: step 'later' runs after this one/);
    expect(message).toMatch(/defects\.yml:13: wait-for-pypi has no input 'nonsense'/);
    expect(message).toMatch(
      /defects\.yml:21: needs\.a\.outputs\.verison: job 'a' has no output 'verison' \(outputs: version\)/,
    );
    expect(message).toMatch(/needs\.c\.outputs\.x: job 'b' does not need 'c'/);
    expect(message).toMatch(/inputs\.nope: no input 'nope' is declared/);
    expect(message).toMatch(
      /defects\.yml:25: third-party action 'someone\/unknown-action' has no declared stand-in/,
    );
  });

  it('refuses a workflow that does not run on the event, or on that dispatch type', async () => {
    const file = plant(
      'dispatch.yml',
      `on:\n  repository_dispatch:\n    types: [runtime-published]\njobs:\n  j:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo\n`,
    );
    await expect(run(file)).rejects.toThrow(/does not run on 'push'/);
    await expect(
      run(file, { event: { name: 'repository_dispatch', payload: { action: 'other' } } }),
    ).rejects.toThrow(/type 'other' \(types: runtime-published\)/);
    const ok = await run(file, {
      event: { name: 'repository_dispatch', payload: { action: 'runtime-published' } },
    });
    expect(ok.status).toBe('success');
  });
});

describe('defaults, timeouts, masking', () => {
  it('defaults.run (shell, working-directory), a step timeout as a hang guard, and secrets and ::add-mask:: values masked in the log', async () => {
    const r = await run(
      plant(
        'misc.yml',
        `on: push
defaults:
  run:
    working-directory: sub
jobs:
  j:
    runs-on: ubuntu-24.04
    defaults:
      run:
        shell: sh
    steps:
      - working-directory: .
        shell: bash
        run: mkdir sub && echo "::add-mask::masked-at-runtime-987" && echo "value masked-at-runtime-987 and \${{ secrets.S }}"
      - id: where
        run: pwd
      - id: hang
        timeout-minutes: 0.02
        run: sleep 30
`,
      ),
      { secrets: { S: 'planted-secret-xyz' } },
    );
    const j = r.jobs.j!;
    expect(step(j, 'where').stdout.trim()).toBe(path.join(j.workspace!, 'sub'));
    const hang = step(j, 'hang');
    expect(hang.status).toBe('failure');
    expect(hang.note).toMatch(/timed out after 1 s/);
    expect(hang.durationMs).toBeLessThan(10_000);
    // The raw output keeps what the step printed; the log masks it.
    expect(j.steps[0]!.stdout).toContain('masked-at-runtime-987');
    const log = r.log.join('\n');
    expect(log).not.toContain('masked-at-runtime-987');
    expect(log).not.toContain('planted-secret-xyz');
    expect(r.masked).toEqual(
      expect.arrayContaining(['planted-secret-xyz', 'masked-at-runtime-987']),
    );
  });
});

describe('stand-ins', () => {
  it('checkout copies the declared source; artifacts go between jobs by name, pattern and merge-multiple', async () => {
    const src = path.join(dir, 'src-app');
    mkdirSync(path.join(src, 'pkg'), { recursive: true });
    writeFileSync(path.join(src, 'pkg', 'a.txt'), 'A');
    const r = await run(
      plant(
        'artifacts.yml',
        `on: push
jobs:
  make:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          path: code
      - run: mkdir -p out/x && cp code/pkg/a.txt out/x/ && echo B > out/b.txt && echo hidden > out/.hidden
      - uses: actions/upload-artifact@v4
        with:
          name: first
          path: out/
      - uses: actions/upload-artifact@v4
        with:
          name: second
          path: |
            out/b.txt
      - id: again
        continue-on-error: true
        uses: actions/upload-artifact@v4
        with:
          name: second
          path: out/b.txt
  take:
    needs: make
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: first
          path: one
      - uses: actions/download-artifact@v4
        with:
          path: all
      - uses: actions/download-artifact@v4
        with:
          pattern: 'sec*'
          path: merged
          merge-multiple: true
      - id: ls
        run: find one all merged -type f | sort
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
`,
      ),
      { sources: { 'acme/APP': src } },
    );
    expect(r.status).toBe('success');
    expect(step(r.jobs.make!, 'again')).toMatchObject({ status: 'success', outcome: 'failure' });
    expect(step(r.jobs.make!, 'again').note).toMatch(/already uploaded/);
    expect(step(r.jobs.take!, 'ls').stdout.trim().split('\n')).toEqual([
      'all/first/b.txt',
      'all/first/x/a.txt',
      'all/second/b.txt',
      'merged/b.txt',
      'one/b.txt',
      'one/x/a.txt',
    ]);
    const setup = r.jobs.take!.steps.at(-1)!;
    expect(setup.standIn?.key).toBe('actions/setup-python');
    expect(setup.note).toMatch(/Python 3\.12 requested, the machine's python3 is 3\.\d+/);
  });

  it('Docker steps: buildx is a no-op, the build ends the job (stopped), its inputs still evaluated; later steps are not run', async () => {
    const r = await run(
      plant(
        'docker.yml',
        `on: push
jobs:
  image:
    runs-on: ubuntu-24.04
    outputs:
      digest: \${{ steps.push.outputs.digest }}
    steps:
      - id: meta
        run: echo "tags=img:\${GITHUB_SHA::7}" >> "$GITHUB_OUTPUT"
      - uses: docker/setup-buildx-action@v3
      - uses: docker/build-push-action@v6
        with:
          tags: \${{ steps.meta.outputs.tags }}
          build-args: RUNTIME_VERSION=1.2.3
      - id: push
        run: docker push img
  after:
    needs: image
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
`,
      ),
    );
    expect(r.status).toBe('stopped');
    const image = r.jobs.image!;
    expect(image.status).toBe('stopped');
    expect(image.steps.map((s) => [s.name, s.status])).toEqual([
      ['Run echo "tags=img:${GITHUB_SHA::7}" >> "$GITHUB_OUTPUT"', 'success'],
      ['Run docker/setup-buildx-action', 'not-run'],
      ['Run docker/build-push-action', 'not-run'],
      ['Run docker push img', 'not-run'],
    ]);
    expect(image.steps[2]!.inputs).toMatchObject({
      tags: 'img:aaaaaaa',
      'build-args': 'RUNTIME_VERSION=1.2.3',
    });
    expect(image.steps[2]!.note).toBe('stand-in: not run here (no Docker engine)');
    expect(image.steps[3]!.note).toMatch(/the job stopped at 'Run docker\/build-push-action'/);
    expect(r.jobs.after!.status).toBe('skipped');
  });

  it('a run: step that calls docker stops the job; a mention in an echo or a comment does not', async () => {
    const r = await run(
      plant(
        'docker-run.yml',
        `on: push
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          # docker is not needed here
          echo "docker images are built later"
      - run: |
          printf '%s\\n' x > "$RUNNER_TEMP/env"
          docker run --rm -i img python - <<'PY'
          print("hi")
          PY
`,
      ),
    );
    expect(r.jobs.j!.steps.map((s) => s.status)).toEqual(['success', 'not-run']);
    expect(r.jobs.j!.steps[1]!.standIn?.key).toBe('docker (run:)');
  });
});

describe("this repository's actions", () => {
  it('runs uses: molecule-ai/runtime-actions/<name>@v1 from dist/ with with:, action.yml defaults and endpoint mapping; outputs reach steps', async () => {
    const src = path.join(dir, 'src-mono');
    mkdirSync(src, { recursive: true });
    for (const f of ['config.py', 'main.py']) {
      writeFileSync(
        path.join(src, f),
        readFileSync(path.join(repoRoot, 'examples/monorepo/workspace', f)),
      );
    }
    const r = await run(
      plant(
        'ours.yml',
        `on: push
jobs:
  j:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          path: workspace
      - id: wait
        continue-on-error: true
        uses: molecule-ai/runtime-actions/wait-for-pypi@v1
        with:
          version: '0.0.1'
          timeout: 1s
      - run: echo "\${{ steps.wait.outcome }}"
`,
      ),
      { sources: { 'Acme/app': src } },
    );
    const wait = step(r.jobs.j!, 'wait');
    expect(wait.action).toBe('wait-for-pypi');
    // The action.yml default https://pypi.org went to the mapped loopback port (nothing listens: it fails fast).
    expect(wait.inputs).toMatchObject({
      package: 'molecule-ai-workspace-runtime',
      version: '0.0.1',
      'index-url': 'http://127.0.0.1:8',
    });
    expect(r.endpointsUsed).toContainEqual(
      expect.objectContaining({ from: 'https://pypi.org', to: 'http://127.0.0.1:8' }),
    );
    expect(wait.outcome).toBe('failure');
    expect(wait.annotations.some((a) => a.level === 'error')).toBe(true);
    expect(r.jobs.j!.steps.at(-1)!.stdout).toBe('failure\n');
  });
});
