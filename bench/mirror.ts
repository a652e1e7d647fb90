/**
 * The mirror's costs, on the sample monorepo's real sdist and the sandbox
 * GitHub with 50 ms latency per request:
 *   1. the tree id of the package folder computed locally vs what a user
 *      would run, `git init && git add -A && git write-tree` (real git);
 *   2. mirror-sync's writes (text inline in one tree request, blobs the
 *      repository has reused) vs the common API recipe, one
 *      `POST /git/blobs` per file, for a first sync, the next version and a
 *      re-run; GitHub asks for about one second between writes, so the write
 *      count is the floor of a real run's time;
 *   3. mirror-guard's rule 4 on a commit equal to the sdist (the tree-id
 *      shortcut) vs downloading every blob of the commit to compare hashes.
 *
 * Run: npx tsx bench/mirror.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGitHubClient } from '../packages/github/client.js';
import type { GitHubApi } from '../packages/github/client.js';
import { parseSdist } from '../packages/distribution/read.js';
import { readFolderFiles, sdistFiles, type MirrorFile } from '../packages/mirror/files.js';
import { treeId } from '../packages/mirror/git-objects.js';
import { checkContent, listTreeFiles, type CommitInfo } from '../packages/mirror/guard.js';
import { subtreeOf, syncMirror } from '../packages/mirror/sync.js';
import { startGitHub } from '../sandbox/github/index.js';
import { buildSample } from '../sandbox/samples/monorepo-build.js';

const LATENCY = 50;
const REPO = 'Molecule-AI/mirror';
const where = { owner: 'Molecule-AI', repo: 'mirror' };

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

const v7 = await buildSample('0.1.7');
const v8 = await buildSample('0.1.8', (ws) => {
  // A second release that changes one module, as most releases do.
  execFileSync('sh', ['-c', `printf '\\n# 0.1.8\\n' >> "${ws}/heartbeat.py"`]);
});
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-mirror-'));
try {
  const files7 = await readFolderFiles(v7.packageDir);
  const files8 = await readFolderFiles(v8.packageDir);
  const bytes = files7.reduce((n, f) => n + f.data.byteLength, 0);
  console.log(`Sample package: ${files7.length} files, ${(bytes / 1024).toFixed(0)} KiB`);

  // 1. Tree id.
  const rounds = 20;
  let local = Infinity;
  for (let i = 0; i < rounds; i++) {
    const [, t] = await timed(async () => treeId(await readFolderFiles(v7.packageDir)));
    local = Math.min(local, t);
  }
  let gitTime = Infinity;
  for (let i = 0; i < 5; i++) {
    const dir = path.join(scratch, `git-${i}`);
    cpSync(v7.packageDir, dir, { recursive: true });
    const [id, t] = await timed(() => {
      const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
      execFileSync('git', ['init', '-q'], { cwd: dir, env });
      execFileSync('git', ['add', '-A'], { cwd: dir, env });
      return execFileSync('git', ['write-tree'], { cwd: dir, env }).toString().trim();
    });
    if (id !== treeId(files7)) throw new Error('tree ids disagree');
    gitTime = Math.min(gitTime, t);
  }
  console.log(
    `\n1. Tree id of the package folder (best of ${rounds}/5): local ${ms(local)}, git init+add+write-tree ${ms(gitTime)} → ${(gitTime / local).toFixed(1)}× faster, same id`,
  );

  // 2. Sync writes.
  const scenario = async (inlineLimit: number | undefined) => {
    const gh = await startGitHub({ latencyMs: LATENCY });
    gh.state.addRepo(REPO);
    gh.state.addCommit(REPO, {
      message: 'guard',
      tree: { '.github/workflows/mirror-guard.yml': 'on: push\n' },
    });
    const github: GitHubApi = createGitHubClient({
      token: 't',
      baseUrl: gh.url,
      writeIntervalMs: 0,
    });
    const run = async (version: string, files: MirrorFile[]) => {
      const before = gh.requests.length;
      const [r, t] = await timed(() =>
        syncMirror({
          github,
          ...where,
          branch: 'main',
          version,
          files,
          provenance: {
            sourceRepository: 'o/core',
            sourceCommit: 'a'.repeat(40),
            publishedBy: 'https://github.com/o/core/actions/runs/1',
          },
          ...(inlineLimit === undefined ? {} : { inlineLimit }),
        }),
      );
      const reqs = gh.requests.slice(before);
      return {
        created: r.created,
        t,
        requests: reqs.length,
        writes: reqs.filter((q) => q.method !== 'GET').length,
      };
    };
    const out = {
      first: await run('0.1.7', files7),
      next: await run('0.1.8', files8),
      rerun: await run('0.1.8', files8),
    };
    await gh.close();
    return out;
  };
  const ours = await scenario(undefined);
  const naive = await scenario(0);
  console.log(
    `\n2. mirror-sync vs one POST /git/blobs per file (sandbox, ${LATENCY} ms per request; GitHub asks ~1 s between writes)`,
  );
  console.log(
    '   case           ours: requests/writes/time     blob per file: requests/writes/time   writes ratio',
  );
  for (const k of ['first', 'next', 'rerun'] as const) {
    const a = ours[k];
    const b = naive[k];
    console.log(
      `   ${k.padEnd(14)} ${String(a.requests).padStart(4)} / ${String(a.writes).padStart(3)} / ${ms(a.t).padStart(8)}        ${String(b.requests).padStart(4)} / ${String(b.writes).padStart(3)} / ${ms(b.t).padStart(8)}          ${a.writes ? (b.writes / a.writes).toFixed(1) + '×' : '—'}`,
    );
  }
  console.log(
    `   (the blob-per-file recipe as usually written re-uploads every file each release: ${files8.length} blob writes, ≥ ${files8.length} s at 1 write/s; it is shown here with this suite's reuse of the head's blobs)`,
  );

  // 3. Guard rule 4 on an identical commit.
  const gh = await startGitHub({ latencyMs: LATENCY });
  try {
    gh.state.addRepo(REPO);
    gh.state.addCommit(REPO, {
      message: 'guard',
      tree: { '.github/workflows/mirror-guard.yml': 'on: push\n' },
    });
    const github: GitHubApi = createGitHubClient({
      token: 't',
      baseUrl: gh.url,
      writeIntervalMs: 0,
    });
    const synced = await syncMirror({
      github,
      ...where,
      branch: 'main',
      version: '0.1.7',
      files: files7,
      provenance: {
        sourceRepository: 'o/core',
        sourceCommit: 'a'.repeat(40),
        publishedBy: 'https://github.com/o/core/actions/runs/1',
      },
    });
    const c = gh.state.getCommit(REPO, synced.commit);
    const sdist = sdistFiles(await parseSdist(v7.sdist));
    const info: CommitInfo = {
      sha: synced.commit,
      message: synced.message,
      tree: synced.tree,
      author: { name: '', email: '', login: undefined },
      committer: { name: '', email: '', login: undefined },
      verification: { verified: true, reason: 'valid' },
      parents: c?.parents ?? [],
    };
    const before = gh.requests.length;
    const [res, tShort] = await timed(() =>
      checkContent(info, '0.1.7', {
        sdist: async () => ({
          found: true,
          version: '0.1.7',
          filename: v7.sdistFileName,
          url: '',
          sha256: '',
          size: 0,
          yanked: false,
          files: sdist,
        }),
        tree: (sha) => listTreeFiles(github, where, sha),
        subtree: (sha, name) => subtreeOf(github, where, sha, name),
        commitTree: async (sha) =>
          (
            await github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
              ...where,
              commit_sha: sha,
            })
          ).data.tree.sha,
      }),
    );
    if (res.result.ok !== true) throw new Error(res.result.reason);
    const shortReqs = gh.requests.length - before;
    const before2 = gh.requests.length;
    const [, tAll] = await timed(async () => {
      const listed = await listTreeFiles(github, where, synced.tree);
      for (const f of listed) {
        if (f.path.startsWith('.github/')) continue;
        const { data } = await github.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
          ...where,
          file_sha: f.blob,
        });
        const bytes = Buffer.from(data.content, 'base64');
        if (
          !sdist.some((s) => s.path === f.path && Buffer.compare(Buffer.from(s.data), bytes) === 0)
        )
          throw new Error(`differs: ${f.path}`);
      }
    });
    const allReqs = gh.requests.length - before2;
    console.log(
      `\n3. mirror-guard rule 4 on a commit equal to the sdist: tree-id shortcut ${shortReqs} requests, ${ms(tShort)}; downloading every blob ${allReqs} requests, ${ms(tAll)} → ${(tAll / tShort).toFixed(1)}× faster`,
    );
  } finally {
    await gh.close();
  }
} finally {
  v7.cleanup();
  v8.cleanup();
  rmSync(scratch, { recursive: true, force: true });
}
