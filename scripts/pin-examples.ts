/**
 * Pins the example callers' reusable workflows (examples/workflows/*.yml:
 * `molecule-ai/runtime-actions/.github/workflows/<file>@…`) to one commit
 * of this repository, after checking that the commit holds every file they
 * name:
 *
 *   npx tsx scripts/pin-examples.ts [<commit>]    # default: HEAD
 *
 * Why a SHA and not @v1: the callers hand the called workflows the mirror
 * App's private key and the dispatch token; a tag can be moved to other
 * code, a commit cannot. Run it after a change to a reusable workflow (and
 * after merging one), then commit: the examples then run, and are checked
 * against, exactly the workflows they pin (sandbox/workflows/workflow-file.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../sandbox/runner.js';

const REF =
  /(molecule-ai\/runtime-actions\/(\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml))@[^\s#]+(?:[ \t]*#[^\n]*)?/gi;

const git = (...args: string[]) =>
  execFileSync('git', ['-C', repoRoot, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

const commit = git('rev-parse', `${process.argv[2] ?? 'HEAD'}^{commit}`);
const dir = path.join(repoRoot, 'examples', 'workflows');
let changed = 0;
for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
  const file = path.join(dir, f);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(REF, (_all, spec: string, sub: string) => {
    try {
      git('cat-file', '-e', `${commit}:${sub}`);
    } catch {
      throw new Error(`${commit.slice(0, 12)} holds no ${sub} (named in examples/workflows/${f})`);
    }
    return `${spec}@${commit} # v1`;
  });
  if (next !== text) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`examples/workflows: ${changed} file(s) pinned to ${commit}`);
