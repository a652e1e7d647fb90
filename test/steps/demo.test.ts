/**
 * End to end, once: `npm run demo`'s main function, which runs through the
 * step runner
 * - examples/workflows/release-runtime.yml (prepare → publish → fan-out, the
 *   reusable release-prepare.yml and release-fanout.yml inside) on the push
 *   of a merged pull request labelled release:minor, against the sandbox
 *   GitHub (the monorepo at runtime-v0.1.6, the mirror, eight template
 *   repositories), the sandbox PyPI (Trusted Publisher: the monorepo's
 *   release-runtime.yml, environment pypi-publish) and the OIDC issuer;
 * - examples/workflows/template-image.yml (the reusable template-image.yml)
 *   for each sample template on the dispatch the cascade sent, up to the
 *   image build;
 * - and the "rebuild": pip install of the published version from the
 *   sandbox index into a fresh venv, every template module imported.
 */
import { decodeJwt } from 'jose';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demo, type DemoResult } from '../../scripts/demo.js';
import {
  FANOUT_ENVIRONMENT,
  MIRROR,
  MIRROR_APP,
  MONOREPO,
  PACKAGE,
  PR_NUMBER,
  SAMPLE_TEMPLATES,
  TEMPLATE_NAMES,
  templateRepo,
  type ChainRun,
} from '../../sandbox/workflows/chain.js';
import type { JobResult, RunResult, StepResult } from '../../sandbox/workflows/types.js';

let out: string;
let result: DemoResult;
let chain: ChainRun;
const printed: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'steps-demo-'));
  result = await demo({ out, print: (l) => printed.push(l) });
  if (!result.chain) throw new Error(`the demo did not run:\n${printed.join('\n')}`);
  chain = result.chain;
}, 180_000);

afterAll(async () => {
  await chain?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Every job of a run, reusable workflows and matrix legs included. */
function allJobs(r: { jobs: Record<string, JobResult> }): JobResult[] {
  return Object.values(r.jobs).flatMap((j) => [
    j,
    ...(j.legs ?? []),
    ...(j.workflow ? allJobs(j.workflow) : []),
  ]);
}
const allSteps = (r: RunResult): StepResult[] => allJobs(r).flatMap((j) => j.steps);
const jobAt = (r: { jobs: Record<string, JobResult> }, p: string): JobResult => {
  const j = allJobs(r).find((x) => x.path === p);
  if (!j)
    throw new Error(
      `no job ${p}: ${allJobs(r)
        .map((x) => x.path)
        .join(', ')}`,
    );
  return j;
};

describe('npm run demo', () => {
  it('succeeds, printing each stage with its timing, then the summary table and the artifacts folder', () => {
    if (result.exitCode !== 0) throw new Error(printed.join('\n'));
    const stageNames = chain.stages.map((s) => s.name);
    expect(stageNames.slice(0, 3)).toEqual(['merge', 'tag', 'build']);
    expect(stageNames).toEqual(
      expect.arrayContaining([
        'smoke (Python 3.11)',
        'publish (OIDC)',
        'mirror',
        'cascade',
        'mirror-settings',
        'mirror-audit',
        'mirror-guard',
        ...SAMPLE_TEMPLATES.flatMap((t) => [
          `wait-for-pypi (${t})`,
          `template-check (${t})`,
          `image build (${t})`,
          `rebuild (${t})`,
        ]),
      ]),
    );
    // Order of the chain: publish after every smoke, mirror after publish, cascade after mirror.
    const at = (n: string) => stageNames.indexOf(n);
    expect(Math.max(...stageNames.filter((n) => n.startsWith('smoke')).map(at))).toBeLessThan(
      at('publish (OIDC)'),
    );
    expect(at('publish (OIDC)')).toBeLessThan(at('mirror'));
    expect(at('mirror')).toBeLessThan(at('cascade'));
    expect(at('mirror')).toBeLessThan(at('mirror-audit'));
    expect(at('mirror-settings')).toBeLessThan(at('mirror-audit'));
    for (const t of SAMPLE_TEMPLATES) {
      expect(at('cascade')).toBeLessThan(at(`wait-for-pypi (${t})`));
      expect(at(`wait-for-pypi (${t})`)).toBeLessThan(at(`template-check (${t})`));
      expect(at(`template-check (${t})`)).toBeLessThan(at(`rebuild (${t})`));
    }
    expect(chain.stages.filter((s) => s.status === 'failed')).toEqual([]);
    expect(chain.stages.find((s) => s.name === 'build')?.detail).toBe(
      'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl, molecule_ai_workspace_runtime-0.2.0.tar.gz',
    );
    expect(printed).toContainEqual(
      expect.stringMatching(
        /^✓ build\s+\d+\.\d s {2}molecule_ai_workspace_runtime-0\.2\.0-py3-none-any\.whl/,
      ),
    );
    expect(printed).toContainEqual(
      expect.stringMatching(
        /^◌ image build \(langgraph\)\s+\d+\.\d s {2}not run here \(no Docker engine\)/,
      ),
    );
    expect(printed.join('\n')).toMatch(/\| stage +\| result +\| time +\| detail +\|/);
    expect(printed).toContainEqual(`Artifacts: ${out}`);
    const dists = path.join(out, 'release-run', 'artifacts', 'runtime-dists');
    expect(printed).toContainEqual(`  the wheel and sdist: ${dists}`);
    expect(readdirSync(dists).sort()).toEqual([
      'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl',
      'molecule_ai_workspace_runtime-0.2.0.tar.gz',
    ]);
    expect(readFileSync(path.join(out, 'release-run', 'log.txt'), 'utf8')).toMatch(
      /release-runtime\.yml: success in/,
    );
    expect(printed).toContainEqual(
      expect.stringMatching(/^Released 0\.2\.0 through the whole chain in \d+\.\d s\.$/),
    );
  });

  it('tags the merge commit runtime-v0.2.0 (minor from runtime-v0.1.6), annotated by github-actions[bot]', () => {
    const tag = chain.gh.state.tagsOf(MONOREPO).find((t) => t.name === 'runtime-v0.2.0');
    expect(tag?.commit).toBe(chain.gh.state.getRef(MONOREPO, 'refs/heads/main'));
    expect(tag?.annotated?.tagger.name).toBe('github-actions[bot]');
    expect(chain.release!.jobs.prepare!.outputs).toMatchObject({
      version: '0.2.0',
      tag: 'runtime-v0.2.0',
      skipped: '',
      artifact: 'runtime-dists',
    });
    // The tag was written with the job's own token, which had contents: write and nothing else.
    const create = chain.gh.requests.find((q) => q.operationId === 'git/create-ref');
    expect(create?.login).toBe('github-actions[bot]');
  });

  it('publishes the wheel and sdist with Trusted Publishing: the token names the caller file and the pypi-publish environment', () => {
    expect(
      chain.pypi
        .files(PACKAGE)
        .map((f) => [f.filename, f.version])
        .sort(),
    ).toEqual([
      ['molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl', '0.2.0'],
      ['molecule_ai_workspace_runtime-0.2.0.tar.gz', '0.2.0'],
    ]);
    const minted = chain.pypi.mintAttempts.filter((a) => a.status === 200);
    expect(minted).toHaveLength(1);
    expect(chain.pypi.mintAttempts.filter((a) => a.status !== 200)).toEqual([]);
    const claims = decodeJwt(minted[0]!.jwt);
    expect(claims).toMatchObject({
      repository: MONOREPO,
      workflow_ref: `${MONOREPO}/.github/workflows/release-runtime.yml@refs/heads/main`,
      job_workflow_ref: `${MONOREPO}/.github/workflows/release-runtime.yml@refs/heads/main`,
      environment: 'pypi-publish',
      event_name: 'push',
      sha: chain.gh.state.getRef(MONOREPO, 'refs/heads/main'),
    });
    // Only the publish job could ask for an ID token.
    const withIdToken = allJobs(chain.release!).filter((j) =>
      j.steps.some((s) => s.action === 'pypi-publish'),
    );
    expect(withIdToken.map((j) => j.path)).toEqual(['publish']);
    expect(jobAt(chain.release!, 'publish').environment).toBe('pypi-publish');
  });

  it('the prepare jobs run inside the reusable workflow of this repository at the commit the caller pins, smoke once per interpreter leg', () => {
    const prepare = chain.release!.jobs.prepare!;
    // Read from the pinned commit with git, not from the working tree.
    expect(prepare.workflow?.file).toMatch(
      /^\.tmp\/pinned\/[0-9a-f]{40}\/\.github\/workflows\/release-prepare\.yml$/,
    );
    const smoke = prepare.workflow!.jobs.smoke!;
    expect(smoke.legs?.map((l) => l.name)).toEqual([
      'smoke-import (Python 3.11)',
      'smoke-import (Python 3.12)',
      'smoke-import (Python 3.13)',
    ]);
    for (const leg of smoke.legs!) {
      const s = leg.steps.find((x) => x.action === 'smoke-import')!;
      expect(s.status).toBe('success');
      expect(JSON.parse(s.outputs.imported!)).toEqual(
        expect.arrayContaining(['molecule_runtime.main', 'molecule_runtime.transcript_auth']),
      );
    }
  });

  it('writes the published tree to the mirror as one commit tagged v0.2.0', () => {
    const commit = chain.release!.jobs.fanout!.outputs['mirror-commit'];
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(chain.gh.state.getRef(MIRROR, 'refs/heads/main')).toBe(commit);
    expect(chain.gh.state.tagsOf(MIRROR).map((t) => [t.name, t.commit])).toContainEqual([
      'v0.2.0',
      commit,
    ]);
    const tree = chain.gh.state.readTree(MIRROR, commit!);
    expect(Object.keys(tree)).toEqual(
      expect.arrayContaining(['PKG-INFO', 'pyproject.toml', 'molecule_runtime/main.py']),
    );
    expect(tree['PKG-INFO']).toMatch(/^Version: 0\.2\.0$/m);
  });

  it("writes the mirror as the App's installation (<app-slug>[bot], GitHub-verified), from the environment's key, and the mirror's guard with the example's settings passes that push", () => {
    const fanout = chain.release!.jobs.fanout!;
    const bot = `${MIRROR_APP.slug}[bot]`;
    expect(fanout.outputs['mirror-identity']).toBe(bot);
    const mirrorJob = jobAt(chain.release!, 'fanout/mirror');
    expect(mirrorJob.environment).toBe(FANOUT_ENVIRONMENT);
    const app = mirrorJob.steps.find((s) => s.standIn?.key === 'actions/create-github-app-token');
    expect(app?.status).toBe('success');
    expect(app?.note).toContain(`for ${MIRROR}`);
    const c = chain.gh.state.getCommit(MIRROR, fanout.outputs['mirror-commit']!);
    expect(c?.verified).toBe(true);
    expect(c?.author.name).toBe(bot);
    expect(c?.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    const guard = chain.guard!;
    expect(guard.status).toBe('success');
    const step = allSteps(guard).find((s) => s.action === 'mirror-guard');
    expect(JSON.parse(step!.outputs.verified!)).toEqual([
      { sha: c!.sha, version: '0.2.0', passed: true, failed_rules: [] },
    ]);
    expect(step!.stdout).toContain(
      `rule 1 (publisher identity): ok: pushed by ${bot}, authored by ${bot}`,
    );
  });

  it('dispatches runtime-published with the version to all eight template repositories', () => {
    const dispatches = chain.gh.state.dispatches;
    expect(dispatches.map((d) => d.repo.toLowerCase()).sort()).toEqual(
      TEMPLATE_NAMES.map((t) => templateRepo(t).toLowerCase()).sort(),
    );
    for (const d of dispatches) {
      expect(d.eventType).toBe('runtime-published');
      expect(d.clientPayload.runtime_version).toBe('0.2.0');
      expect(d.sender).toBe('molecule-release-bot');
    }
    expect(JSON.parse(chain.release!.jobs.fanout!.outputs.dispatched!)).toHaveLength(8);
  });

  it('template-image.yml runs each sample template up to the image build, with the dispatched version and correlation id', () => {
    for (const name of SAMPLE_TEMPLATES) {
      const run = chain.templates[name]!.run!;
      const dispatch = chain.gh.state.dispatches.find(
        (d) => d.repo.toLowerCase() === templateRepo(name).toLowerCase(),
      )!;
      const head = chain.gh.state.getRef(templateRepo(name), 'refs/heads/main')!;
      expect(run.status).toBe('stopped');
      expect(run.runName).toBe(`runtime 0.2.0 [${String(dispatch.clientPayload.correlation_id)}]`);
      const check = jobAt(run, 'image/check');
      expect(check.status).toBe('success');
      expect(check.outputs.version).toBe('0.2.0');
      expect(check.steps.map((s) => s.action ?? s.standIn?.key ?? s.kind)).toEqual([
        'actions/checkout',
        'run',
        'wait-for-pypi',
        'template-check',
      ]);
      const image = jobAt(run, 'image/image');
      expect(image.status).toBe('stopped');
      const build = image.steps.find((s) => s.standIn?.key === 'docker/build-push-action')!;
      expect(build.status).toBe('not-run');
      const wheelSha256 = chain.pypi
        .files(PACKAGE)
        .find((f) => f.filename.endsWith('.whl'))!.sha256;
      expect(check.outputs['runtime-sha256']).toBe(wheelSha256);
      expect(build.inputs).toMatchObject({
        'build-args': `RUNTIME_VERSION=0.2.0\nRUNTIME_SHA256=${wheelSha256}\n`,
        tags: [
          `ghcr.io/molecule-ai/workspace-template-${name}:latest`,
          `ghcr.io/molecule-ai/workspace-template-${name}:sha-${head.slice(0, 7)}`,
          `ghcr.io/molecule-ai/workspace-template-${name}:runtime-0.2.0`,
        ].join('\n'),
      });
      expect(build.inputs!.labels).toContain(
        `ai.molecule.correlation-id=${String(dispatch.clientPayload.correlation_id)}`,
      );
      expect(
        image.steps.slice(image.steps.indexOf(build) + 1).every((s) => s.status === 'not-run'),
      ).toBe(true);
      expect(run.jobs.image!.outputs['runtime-version']).toBe('0.2.0');
    }
  });

  it('publishes with PEP 740 attestations: the index serves provenance for both files, and both templates verify it before their rebuild', async () => {
    const publish = allSteps(chain.release!).find((s) => s.action === 'pypi-publish')!;
    const attested = JSON.parse(publish.outputs.attestations ?? '[]') as Array<{
      filename: string;
      identity: string;
    }>;
    expect(attested.map((a) => a.filename).sort()).toEqual([
      'molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl',
      'molecule_ai_workspace_runtime-0.2.0.tar.gz',
    ]);
    for (const a of attested) {
      expect(a.identity).toBe(
        `https://github.com/${MONOREPO}/.github/workflows/release-runtime.yml@refs/heads/main`,
      );
    }
    expect(chain.sigstore.entries).toHaveLength(2);
    for (const f of chain.pypi.files(PACKAGE)) {
      const res = await fetch(
        `${chain.pypi.url}/integrity/${PACKAGE}/0.2.0/${f.filename}/provenance`,
      );
      expect(res.status).toBe(200);
      const provenance = (await res.json()) as {
        attestation_bundles: Array<{ publisher: unknown }>;
      };
      expect(provenance.attestation_bundles[0]!.publisher).toEqual({
        kind: 'GitHub',
        repository: MONOREPO,
        workflow: 'release-runtime.yml',
        environment: 'pypi-publish',
      });
    }
    for (const name of SAMPLE_TEMPLATES) {
      const check = jobAt(chain.templates[name]!.run!, 'image/check');
      const wait = check.steps.find((s) => s.action === 'wait-for-pypi')!;
      expect(wait.inputs).toMatchObject({
        'verify-provenance': 'true',
        'expected-workflow': 'release-runtime.yml',
      });
      const verified = JSON.parse(wait.outputs['verified-files'] ?? '[]') as unknown[];
      expect(verified).toHaveLength(2);
      // Verified before the image build (which comes in the next job).
      const stages = chain.stages.map((s) => s.name);
      expect(stages.indexOf(`wait-for-pypi (${name})`)).toBeLessThan(
        stages.indexOf(`rebuild (${name})`),
      );
      expect(chain.templates[name]!.rebuild!.detail).toMatch(/installed by hash/);
    }
  });

  it('the rebuild installs the published version from the sandbox index and imports every template module', () => {
    for (const name of SAMPLE_TEMPLATES) {
      expect(chain.templates[name]!.rebuild).toMatchObject({
        status: 'ok',
        detail: expect.stringMatching(/Adapter/),
      });
    }
    expect(chain.templates['claude-code']!.rebuild!.detail).toMatch(
      /imported 2 module\(s\), adapter\.Adapter/,
    );
    expect(
      chain.pypi.requests.some((q) => q.url.startsWith('/simple/molecule-ai-workspace-runtime/')),
    ).toBe(true);
    expect(
      chain.pypi.requests.some(
        (q) =>
          q.url.endsWith('/molecule_ai_workspace_runtime-0.2.0-py3-none-any.whl') &&
          q.status === 200,
      ),
    ).toBe(true);
  });

  it('leaves one published GitHub Release: the PR, the bump, the files with their hashes, the mirror commit, the templates; the demo prints it', () => {
    const releases = chain.gh.state.releasesOf(MONOREPO);
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect(rel).toMatchObject({ tagName: 'runtime-v0.2.0', draft: false });
    const body = rel.body ?? '';
    expect(body).toContain(`- Tune the heartbeat interval ([#${PR_NUMBER}]`);
    expect(body).toContain('**Bump:** minor, 0.1.6 → 0.2.0: PR #42 has the label release:minor.');
    const files = chain.pypi.files(PACKAGE).filter((f) => f.version === '0.2.0');
    expect(files.length).toBe(2);
    for (const f of files) expect(body).toContain(`| \`${f.sha256}\` |`);
    const mirror = chain.release!.jobs.fanout!.outputs['mirror-commit']!;
    expect(body).toContain(`${MIRROR}@${mirror.slice(0, 7)}`);
    for (const t of TEMPLATE_NAMES) expect(body).toContain(`- ${templateRepo(t)} ([runs]`);
    expect(printed).toContain('GitHub Release runtime-v0.2.0 (published):');
    expect(printed.join('\n')).toContain(`  │ - Tune the heartbeat interval ([#${PR_NUMBER}]`);
  });

  it('a re-run of the release changes nothing on the release', async () => {
    const before = chain.gh.state.releasesOf(MONOREPO).map((r) => ({ ...r }));
    const writes = () =>
      chain.gh.requests.filter(
        (q) => q.method !== 'GET' && (q.operationId ?? '').includes('release'),
      ).length;
    const writesBefore = writes();
    const again = await chain.rerunRelease();
    expect(again.status).toBe('success');
    expect(chain.gh.state.releasesOf(MONOREPO)).toEqual(before);
    expect(writes()).toBe(writesBefore);
    const step = allSteps(again).find((s) => s.action === 'github-release');
    expect(step?.outputs).toMatchObject({ published: 'true', changed: 'false' });
  }, 180_000);

  it('sent GitHub nothing it would refuse, and nothing the run handed out leaks into the log or the printout', () => {
    chain.gh.assertNoViolations();
    // The JWT with audience sigstore is among chain.oidc.issued.
    const secrets = [
      ...chain.secrets,
      ...chain.pypi.mintedTokens,
      ...chain.oidc.issued,
      chain.oidc.requestToken,
    ];
    expect(secrets.length).toBeGreaterThan(4);
    const runs = [chain.release!, ...SAMPLE_TEMPLATES.map((t) => chain.templates[t]!.run!)];
    const text = [
      printed.join('\n'),
      ...runs.map((r) => r.log.join('\n')),
      // What the run folders keep on disk.
      ...runs.flatMap((r) =>
        ['log.txt', 'result.json'].map((f) => readFileSync(path.join(r.runDir, f), 'utf8')),
      ),
    ].join('\n');
    for (const s of secrets) expect(text).not.toContain(s);
    // The installation and job tokens minted during the run never reach a log either.
    expect(chain.mintedTokens.length).toBeGreaterThan(0);
    for (const s of chain.mintedTokens) expect(text).not.toContain(s);
    // Steps never print them either, masked or not (an ::add-mask:: line is the runner's, not output).
    const raw = runs
      .flatMap((r) => allSteps(r))
      .map((s) =>
        [
          s.stdout.replace(/^::add-mask::.*$/gm, ''),
          s.stderr,
          s.summary,
          JSON.stringify(s.outputs),
        ].join('\n'),
      )
      .join('\n');
    for (const s of secrets) expect(raw).not.toContain(s);
    // Every public URL the workflows name went to loopback instead.
    expect(chain.release!.endpointsUsed.map((e) => e.from)).toEqual(
      expect.arrayContaining(['https://pypi.org', 'https://upload.pypi.org/legacy']),
    );
  });
});
