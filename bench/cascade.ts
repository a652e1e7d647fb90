/**
 * Wall time of a cascade: the action's dispatch function (dispatchAll over
 * the suite's Octokit client) against what the chain does today, a shell
 * loop of `curl` POSTs one after another (real curl, spawned per target), on
 * the sandbox GitHub with 50 ms latency:
 *   1. eight templates (today's cascade);
 *   2. 500 repositories under a secondary rate limit (100 requests per
 *      second, Retry-After 1 s): the loop does not read Retry-After, so it
 *      reports what it lost; dispatchAll must lose nothing.
 *
 * Run: npx tsx bench/cascade.ts [rounds]
 */
import { spawn } from 'node:child_process';
import { createGitHubClient } from '../packages/github/client.js';
import { SharedBackoff } from '../packages/github/backoff.js';
import { dispatchAll } from '../packages/github/dispatch.js';
import { startGitHub, type GitHubSandbox } from '../sandbox/github/index.js';

const rounds = Number(process.argv[2] ?? 3);
const TOKEN = 'github_pat_benchCascade000000000000';
const LATENCY = 50;
const payload = {
  runtime_version: '0.1.7',
  source_repository: 'o/core',
  source_sha: 'c'.repeat(40),
  run_url: 'https://x',
  correlation_id: 'bench',
};

function curl(url: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      'curl',
      [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '-X',
        'POST',
        '-H',
        `Authorization: token ${TOKEN}`,
        '-H',
        'Accept: application/vnd.github+json',
        '-d',
        JSON.stringify({ event_type: 'runtime-published', client_payload: payload }),
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => resolve(Number(out)));
  });
}

async function curlLoop(
  gh: GitHubSandbox,
  targets: string[],
): Promise<{ ms: number; failed: number }> {
  const t = performance.now();
  let failed = 0;
  for (const repo of targets) {
    const code = await curl(`${gh.url}/repos/${repo}/dispatches`);
    if (code !== 204) failed++; // the old shell: a warning, and on to the next
  }
  return { ms: performance.now() - t, failed };
}

async function ours(gh: GitHubSandbox, targets: string[], concurrency: number) {
  const backoff = new SharedBackoff();
  const client = createGitHubClient({
    token: TOKEN,
    baseUrl: gh.url,
    retries: 0,
    writeIntervalMs: 0,
    fetch: backoff.gatedFetch(),
  });
  const t = performance.now();
  const results = await dispatchAll(client, {
    targets,
    eventType: 'runtime-published',
    payload,
    concurrency,
    backoff,
  });
  return {
    ms: performance.now() - t,
    failed: results.filter((r) => !r.ok).length,
    pauses: backoff.pauses.filter((p) => p.fresh).length,
  };
}

async function sandbox(
  n: number,
  limited: boolean,
): Promise<{ gh: GitHubSandbox; targets: string[] }> {
  const gh = await startGitHub({ tokens: { [TOKEN]: { login: 'releaser' } }, latencyMs: LATENCY });
  const targets = Array.from({ length: n }, (_, i) => `Molecule-AI/template-${i}`);
  for (const t of targets) gh.state.addRepo(t);
  if (limited)
    gh.faults.secondaryLimit({
      path: /\/dispatches$/,
      maxRequests: 100,
      windowMs: 1000,
      retryAfter: 1,
    });
  return { gh, targets };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (ms: number) => (ms < 2000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);

// 1. Eight templates.
const loop8: number[] = [];
const ours8: number[] = [];
for (let i = 0; i < rounds; i++) {
  let s = await sandbox(8, false);
  loop8.push((await curlLoop(s.gh, s.targets)).ms);
  await s.gh.close();
  s = await sandbox(8, false);
  ours8.push((await ours(s.gh, s.targets, 8)).ms);
  if (s.gh.state.dispatches.length !== 8) throw new Error('bench: not all eight dispatched');
  await s.gh.close();
}
console.log(`8 templates, ${LATENCY} ms latency (median of ${rounds}):`);
console.log(`  sequential curl loop  ${fmt(median(loop8))}`);
console.log(`  dispatchAll (8 wide)  ${fmt(median(ours8))}`);
console.log(`  ratio: ${(median(loop8) / median(ours8)).toFixed(1)}x faster`);

// 2. 500 repositories under a secondary limit (one round each: it takes a while).
{
  let s = await sandbox(500, true);
  const loop = await curlLoop(s.gh, s.targets);
  const loopViolations = s.gh.faults.limitViolations.length;
  await s.gh.close();
  s = await sandbox(500, true);
  const r = await ours(s.gh, s.targets, 8);
  const dispatched = new Set(s.gh.state.dispatches.map((d) => d.repo)).size;
  const violations = s.gh.faults.limitViolations.length;
  await s.gh.close();
  console.log(
    `\n500 repositories, ${LATENCY} ms latency, secondary limit 100/s (Retry-After 1 s):`,
  );
  console.log(
    `  sequential curl loop  ${fmt(loop.ms)}, ${loop.failed} lost to the limit, ${loopViolations} sent during a Retry-After`,
  );
  console.log(
    `  dispatchAll (8 wide)  ${fmt(r.ms)}, ${r.failed} lost, ${dispatched}/500 dispatched once, ${r.pauses} pause(s), ${violations} already in flight when a limit tripped`,
  );
  console.log(`  ratio: ${(loop.ms / r.ms).toFixed(1)}x faster, and complete`);
}
