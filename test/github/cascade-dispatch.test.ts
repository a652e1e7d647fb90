/**
 * cascade-dispatch against the sandbox GitHub (requests checked against
 * GitHub's OpenAPI description, rate limits and faults injected). The
 * end-to-end cases run the bundle on Node 24 as the runner does (`cascade`:
 * the exact payload in parallel, and the inputs refused before anything is
 * sent); the others call run() in-process (`cascadeRun`) with the inputs the
 * entry maps action.yml's to.
 */
import {
  run,
  type CascadeInputs,
  type DispatchInputs,
} from '../../packages/github/cascade-dispatch.js';
import { parseDiscover } from '../../packages/github/discover.js';
import { startGitHub, type GitHubSandbox } from '../../sandbox/github/index.js';
import { allText, runAction, type RunResult } from '../../sandbox/runner.js';
import { inProcess, shownText, type InProcessResult } from '../toolkit/in-process.js';

const ORG = 'Molecule-AI';
const TOKEN = 'github_pat_cascadeDispatch11AAbbCCddEEff';
const TEMPLATES = [
  'claude-code',
  'langgraph',
  'crewai',
  'autogen',
  'deepagents',
  'hermes',
  'gemini-cli',
  'openclaw',
].map((t) => `${ORG}/molecule-ai-workspace-template-${t}`);
const SOURCE = {
  GITHUB_REPOSITORY: `${ORG}/molecule-core`,
  GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
  GITHUB_RUN_ID: '4242',
};

const visible = (r: RunResult) => allText(r).replace(/^::add-mask::.*$/gm, '');

let gh: GitHubSandbox;
afterEach(async () => {
  await gh?.close();
});

async function start(latencyMs = 0): Promise<GitHubSandbox> {
  gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } }, latencyMs });
  return gh;
}

async function cascade(
  inputs: Record<string, string>,
  opts: { timeoutMs?: number; token?: string } = {},
): Promise<RunResult> {
  const r = await runAction('cascade-dispatch', {
    inputs: { token: opts.token ?? TOKEN, version: '0.1.7', ...inputs },
    env: { GITHUB_API_URL: gh.url, ...SOURCE },
    timeoutMs: opts.timeoutMs ?? 120_000,
  });
  expect(visible(r)).not.toContain(TOKEN);
  return r;
}

/** The inputs action.yml's defaults map to, for a run that has a token. */
function dispatchInputs(over: Partial<DispatchInputs>): DispatchInputs {
  return {
    version: '0.1.7',
    token: TOKEN,
    apiUrl: gh.url,
    repository: SOURCE.GITHUB_REPOSITORY,
    sha: SOURCE.GITHUB_SHA,
    runUrl: `https://github.com/${SOURCE.GITHUB_REPOSITORY}/actions/runs/${SOURCE.GITHUB_RUN_ID}`,
    runId: SOURCE.GITHUB_RUN_ID,
    runAttempt: '1',
    eventType: 'runtime-published',
    extra: {},
    concurrency: 8,
    failOnError: false,
    wait: false,
    waitTimeoutMs: 30 * 60_000,
    repositories: [],
    rules: [],
    ...over,
  };
}

async function cascadeRun(inputs: CascadeInputs): Promise<InProcessResult> {
  const r = await inProcess((io) => run(inputs, io));
  expect(shownText(r)).not.toContain(TOKEN);
  return r;
}

/** Answer latency for the parallelism check (see 'dispatches to all eight templates'). */
const LATENCY_MS = 300;

describe('cascade-dispatch', () => {
  it('dispatches to all eight templates with the exact payload', async () => {
    await start(LATENCY_MS);
    for (const t of TEMPLATES) gh.state.addRepo(t);
    const r = await cascade({
      repositories: TEMPLATES.join('\n'),
      'client-payload': '{"channel": "stable"}',
    });
    expect(r.exitCode).toBe(0);
    const correlation = r.outputs['correlation-id'] as string;
    expect(correlation).toMatch(/^4242-1-[0-9a-f]{8}$/);
    expect(gh.state.dispatches.map((d) => d.repo).sort()).toEqual([...TEMPLATES].sort());
    for (const d of gh.state.dispatches) {
      expect(d.eventType).toBe('runtime-published');
      expect(d.sender).toBe('releaser');
      expect(d.clientPayload).toEqual({
        runtime_version: '0.1.7',
        source_repository: 'Molecule-AI/molecule-core',
        source_sha: SOURCE.GITHUB_SHA,
        run_url: 'https://github.com/Molecule-AI/molecule-core/actions/runs/4242',
        correlation_id: correlation,
        channel: 'stable',
      });
    }
    expect(JSON.parse(r.outputs.dispatched as string)).toEqual(TEMPLATES);
    expect(JSON.parse(r.outputs.failed as string)).toEqual([]);
    expect(r.annotations.filter((a) => a.level !== 'debug')).toEqual([]);
    expect(r.summary).toMatch(/8\/8 dispatched/);
    expect(r.summary).toContain('| Repository | Dispatched | Attempts | Run | Conclusion |');
    expect(r.summary).toContain(
      '| Molecule-AI/molecule-ai-workspace-template-crewai | ✅ | 1 | — | — |',
    );
    // In parallel: one after another, each POST would arrive at least one answer's latency after
    // the previous one, 7 latencies from first to last. A long latency keeps the margin wide
    // on a loaded machine, where the parallel requests themselves start up to ~0.2 s apart.
    const posts = gh.requests.filter((q) => q.operationId === 'repos/create-dispatch-event');
    expect(Math.max(...posts.map((q) => q.at)) - Math.min(...posts.map((q) => q.at))).toBeLessThan(
      4 * LATENCY_MS,
    );
    gh.assertNoViolations();
  });

  it('reports an archived and a missing repository without stopping the rest; fail-on-error fails the step', async () => {
    await start();
    for (const t of TEMPLATES) gh.state.addRepo(t);
    gh.state.updateRepo(TEMPLATES[2] as string, { archived: true });
    const missing = `${ORG}/molecule-ai-workspace-template-gone`;
    const repositories = [...TEMPLATES.slice(0, 4), missing, ...TEMPLATES.slice(4)];
    const r = await cascadeRun(dispatchInputs({ repositories }));
    expect(r.exitCode).toBe(0);
    expect(gh.state.dispatches).toHaveLength(7);
    const failed = JSON.parse(r.outputs.failed as string) as Array<{
      repo: string;
      status: number;
      message: string;
    }>;
    expect(failed).toEqual([
      { repo: TEMPLATES[2], status: 403, message: expect.stringMatching(/is archived/) },
      {
        repo: missing,
        status: 404,
        message: expect.stringMatching(/does not exist or the token cannot see it/),
      },
    ]);
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringContaining(TEMPLATES[2] as string),
      expect.stringContaining(missing),
    ]);
    expect(r.summary).toMatch(/7\/9 dispatched/);
    // Not retried: a 4xx says something a retry cannot change.
    expect(gh.requests.filter((q) => q.path.includes('template-gone'))).toHaveLength(1);

    const strict = await cascadeRun(dispatchInputs({ repositories, failOnError: true }));
    expect(strict.exitCode).toBe(1);
    expect(strict.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      'Dispatch failed',
      'Dispatch failed',
      undefined,
    ]);
    gh.assertNoViolations();
  });

  it('discovers targets by owner and prefix, and by topic; skips and reports archived ones', async () => {
    await start();
    for (const t of TEMPLATES.slice(0, 3)) gh.state.addRepo(t);
    gh.state.addRepo(`${ORG}/molecule-ai-workspace-template-old`, { archived: true });
    gh.state.addRepo(`${ORG}/molecule-core`);
    gh.state.addRepo(`${ORG}/custom-image`, { topics: ['workspace-template'] });
    gh.state.addRepo(`${ORG}/other`, { topics: ['docs'] });
    const r = await cascadeRun(
      dispatchInputs({
        rules: parseDiscover(
          `owner=${ORG} prefix=molecule-ai-workspace-template-\ntopic=workspace-template`,
          ORG,
        ),
        repositories: [TEMPLATES[0] as string],
      }),
    );
    expect(r.exitCode).toBe(0);
    expect(gh.state.dispatches.map((d) => d.repo).sort()).toEqual(
      [...TEMPLATES.slice(0, 3), `${ORG}/custom-image`].sort(),
    );
    expect(r.summary).toContain(
      '| Molecule-AI/molecule-ai-workspace-template-old | skipped (archived) |',
    );
    // Listed once for both rules, all pages.
    expect(gh.requests.filter((q) => q.operationId === 'repos/list-for-org')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('without a token: a warning naming TEMPLATE_DISPATCH_TOKEN, exit 0, nothing sent', async () => {
    await start();
    gh.state.addRepo(TEMPLATES[0] as string);
    const r = await cascadeRun({ version: '0.1.7' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('TEMPLATE_DISPATCH_TOKEN'),
      }),
    ]);
    expect(r.outputs.dispatched).toBe('[]');
    expect(gh.requests).toHaveLength(0);
  });

  it('refuses a payload or event type GitHub would refuse before sending anything, naming the input', async () => {
    await start();
    gh.state.addRepo(TEMPLATES[0] as string);
    const big = JSON.stringify(Object.fromEntries('abcdef'.split('').map((k) => [k, 1])));
    const r = await cascade({ repositories: TEMPLATES[0] as string, 'client-payload': big });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/11 top-level keys.*input 'client-payload'/);
    const long = await cascade({
      repositories: TEMPLATES[0] as string,
      'event-type': 'x'.repeat(101),
    });
    expect(long.exitCode).toBe(1);
    expect(long.annotations[0]?.message).toMatch(/input 'event-type'/);
    expect(gh.requests).toHaveLength(0);
  });

  it('refuses Molecule-AI/.. and every other malformed name in one error, and a payload overriding runtime_version, before sending anything', async () => {
    await start();
    gh.state.addRepo(TEMPLATES[0] as string);
    const r = await cascade({
      repositories: `${TEMPLATES[0]}\nMolecule-AI/..\nnot a repo`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringContaining(
        `Input 'repositories': 2 entries are not owner/repo: "Molecule-AI/.." (a repository cannot be named ..), "not a repo" (not owner/repo).`,
      ),
    ]);
    const override = await cascade({
      repositories: TEMPLATES[0] as string,
      'client-payload': '{"runtime_version": "6.6.6"}',
    });
    expect(override.exitCode).toBe(1);
    expect(override.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringContaining(
        `Input 'client-payload' may not override what this run publishes: runtime_version "6.6.6" (this run: "0.1.7").`,
      ),
    ]);
    expect(gh.requests).toHaveLength(0);
    expect(gh.state.dispatches).toEqual([]);
  });

  it('retries 5xx and connection resets, counting attempts per repository', async () => {
    await start();
    for (const t of TEMPLATES) gh.state.addRepo(t);
    const flaky = TEMPLATES[1] as string;
    gh.faults.add({ path: `/repos/${flaky}/dispatches`, kind: 'status', status: 503, times: 1 });
    gh.faults.add({ path: `/repos/${flaky}/dispatches`, kind: 'reset', times: 1 });
    gh.faults.add({
      path: `/repos/${TEMPLATES[5]}/dispatches`,
      kind: 'status',
      status: 502,
      times: 1,
    });
    const r = await cascadeRun(dispatchInputs({ repositories: [...TEMPLATES] }));
    expect(r.exitCode).toBe(0);
    expect(gh.state.dispatches).toHaveLength(8);
    expect(new Set(gh.state.dispatches.map((d) => d.repo)).size).toBe(8);
    expect(r.summary).toContain(`| ${flaky} | ✅ | 3 |`);
    expect(r.summary).toContain(`| ${TEMPLATES[5]} | ✅ | 2 |`);
    expect(gh.faults.pending()).toBe(0);
    gh.assertNoViolations();
  });

  it('500 repositories under a secondary rate limit at 50 ms latency: all dispatched once, in-flight refusals bounded', async () => {
    const latencyMs = 50;
    await start(latencyMs);
    const targets = Array.from(
      { length: 500 },
      (_, i) => `${ORG}/template-${String(i).padStart(3, '0')}`,
    );
    for (const t of targets) gh.state.addRepo(t);
    // The limit is set from the pace this machine reaches with no limit (a
    // first cascade to 64 other repositories): three quarters of it. The
    // run at full concurrency then outruns the limit, and at half of it
    // stays under; a fixed 100 a second, against a nominal 160 (8 in flight,
    // 50 ms each), was not met at all on a loaded machine.
    const calibration = Array.from(
      { length: 64 },
      (_, i) => `${ORG}/pace-${String(i).padStart(2, '0')}`,
    );
    for (const t of calibration) gh.state.addRepo(t);
    const paced = await cascadeRun(dispatchInputs({ repositories: calibration, concurrency: 8 }));
    expect(paced.exitCode).toBe(0);
    const times = gh.requests.filter((q) => q.path.endsWith('/dispatches')).map((q) => q.at);
    expect(times).toHaveLength(64);
    const perSecond = ((times.length - 1) * 1000) / Math.max(1, times.at(-1)! - times[0]!);
    const maxRequests = Math.max(8, Math.floor(0.75 * perSecond));
    gh.faults.secondaryLimit({
      path: /\/dispatches$/,
      maxRequests,
      windowMs: 1000,
      retryAfter: 1,
    });
    const r = await cascadeRun(dispatchInputs({ repositories: targets, concurrency: 8 }));
    expect(r.exitCode).toBe(0);
    const targetSet = new Set(targets);
    const dispatched = gh.state.dispatches.filter((d) => targetSet.has(d.repo));
    expect(dispatched).toHaveLength(500);
    expect(new Set(dispatched.map((d) => d.repo)).size).toBe(500);
    expect(JSON.parse(r.outputs.failed as string)).toEqual([]);
    const refused = gh.requests.filter((q) => q.status === 403);
    // The limit was really met (otherwise this proves nothing).
    expect(refused.length).toBeGreaterThan(0);

    // Every request on its way when a limit trips is refused too, and the
    // sandbox counts it; each worker can have sent at most one such request
    // before its own answer (or the shared pause) stops it, so a client that
    // stops everyone at the first refusal stays within concurrency - 1 per
    // trip. Halving what is in flight after the first trip keeps the pace
    // under the limit from then on (the limit is three quarters of the full pace). (test/github/dispatch.test.ts checks,
    // from the client's side, that nothing is sent while a pause is in force.)
    const trips = new Set(gh.faults.limitViolations.map((v) => v.blockedUntil));
    expect(trips.size).toBeLessThanOrEqual(2);
    expect(gh.faults.limitViolations.length).toBeLessThanOrEqual(7 * trips.size);
    expect(r.stdout).toMatch(/secondary rate limit, everyone waits 1 s/);
    expect(gh.violations.filter((v) => v.kind !== 'rate-limit')).toEqual([]);
  }, 120_000);

  it('with wait: runs that succeed, fail and never start are each reported by the timeout', async () => {
    await start();
    for (const t of TEMPLATES.slice(0, 4)) gh.state.addRepo(t);
    const [ok, bad, silent, slow] = TEMPLATES as [string, string, string, string];
    const timers: NodeJS.Timeout[] = [];
    gh.state.onRepositoryDispatch((d) => {
      if (d.repo === silent) return; // its workflow does not listen: no run
      const cid = String(d.clientPayload.correlation_id);
      // An unrelated run from another cascade must not be matched.
      gh.state.addRun(d.repo, {
        name: `runtime 0.1.6 other-cascade`,
        event: 'repository_dispatch',
        status: 'completed',
        conclusion: 'failure',
      });
      const id = gh.state.addRun(d.repo, {
        name: `runtime ${d.clientPayload.runtime_version} ${cid}`,
        event: 'repository_dispatch',
        status: 'queued',
      });
      timers.push(setTimeout(() => gh.state.updateRun(d.repo, id, { status: 'in_progress' }), 300));
      if (d.repo !== slow) {
        timers.push(
          setTimeout(
            () =>
              gh.state.updateRun(d.repo, id, {
                status: 'completed',
                conclusion: d.repo === bad ? 'failure' : 'success',
              }),
            1500,
          ),
        );
      }
    });
    try {
      const started = Date.now();
      const r = await cascadeRun(
        dispatchInputs({
          repositories: [ok, bad, silent, slow],
          wait: true,
          waitTimeoutMs: 6000,
        }),
      );
      const took = Date.now() - started;
      expect(r.exitCode).toBe(0);
      expect(took).toBeLessThan(6000 + 4000);
      const runs = JSON.parse(r.outputs.runs as string) as Array<{
        repo: string;
        url: string | null;
        state: string;
        conclusion: string | null;
      }>;
      expect(runs).toEqual([
        {
          repo: ok,
          url: expect.stringMatching(/\/actions\/runs\/\d+$/),
          state: 'completed',
          conclusion: 'success',
        },
        {
          repo: bad,
          url: expect.stringMatching(/\/actions\/runs\/\d+$/),
          state: 'completed',
          conclusion: 'failure',
        },
        { repo: silent, url: null, state: 'not-started', conclusion: null },
        {
          repo: slow,
          url: expect.stringMatching(/\/actions\/runs\/\d+$/),
          state: 'running',
          conclusion: null,
        },
      ]);
      expect(r.stdout).toMatch(/^2\/4 completed, 1 running, 1 not started \(\d+s\)$/m);
      const warnings = r.annotations.filter((a) => a.level === 'warning');
      expect(warnings.map((w) => w.title)).toEqual([
        'Run failed',
        'Run never started',
        'Run not finished',
      ]);
      expect(r.summary).toContain(`| ${bad} | ✅ | 1 | [run](`);
      expect(r.summary).toMatch(
        new RegExp(`\\| ${silent} \\| ✅ \\| 1 \\| never started \\| not-started \\|`),
      );
      // Found with the documented filters.
      const listing = gh.requests.find(
        (q) => q.operationId === 'actions/list-workflow-runs-for-repo',
      );
      expect(listing?.query).toMatchObject({
        event: 'repository_dispatch',
        created: expect.stringMatching(/^>=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      });
      gh.assertNoViolations();
    } finally {
      for (const t of timers) clearTimeout(t);
    }
  }, 60_000);
});
