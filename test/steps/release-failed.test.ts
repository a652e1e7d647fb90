/**
 * A failed publish leaves the GitHub Release a draft that says so: the chain
 * with the index's Trusted Publisher naming another environment than the
 * workflow's, so PyPI refuses the token; the fan-out then runs only its
 * release job, which writes the failure into the draft auto-tag made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MONOREPO, runChain, type ChainRun } from '../../sandbox/workflows/chain.js';

let chain: ChainRun;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'release-failed-'));
  chain = await runChain({ workDir: dir, publisherEnvironment: 'production' });
}, 180_000);

afterAll(async () => {
  await chain?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a failed publish', () => {
  it('fails the run at the publish, mirrors and cascades nothing', () => {
    expect(chain.ok).toBe(false);
    expect(chain.stages.find((s) => s.status === 'failed')?.name).toBe('publish (OIDC)');
    expect(chain.gh.state.dispatches).toEqual([]);
    const fanout = chain.release!.jobs.fanout!;
    expect(fanout.workflow!.jobs.mirror!.status).toBe('skipped');
    expect(fanout.workflow!.jobs.cascade!.status).toBe('skipped');
    expect(fanout.workflow!.jobs.release!.status).toBe('success');
  });

  it('leaves the one release a draft with a line saying what failed', () => {
    const releases = chain.gh.state.releasesOf(MONOREPO);
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect(rel).toMatchObject({ tagName: 'runtime-v0.2.0', draft: true });
    expect(rel.body).toContain("**Publish failed:** the publish job ended with 'failure'");
    expect(rel.body).toContain('This release stays a draft');
    expect(rel.body).not.toContain('## Published');
    chain.gh.assertNoViolations();
  });
});
