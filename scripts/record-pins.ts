/**
 * Writes test/workflows/pinned-actions.json: for every third-party action the
 * workflows pin, what its action.yml says AT THE PINNED COMMIT (runs.using,
 * input names, output names) and the tag that commit carries. Read from
 * local clones of the actions' repositories, never from memory:
 *
 *   npx tsx scripts/record-pins.ts <folder holding owner+name/repo clones>
 *
 * The folder is what the session's `fetch` tool fills (/work/.mirror). The
 * pins test (test/workflows/pins.test.ts) reads only the committed record.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../sandbox/runner.js';

export interface PinRecord {
  action: string;
  sha: string;
  tag: string;
  using: string;
  inputs: string[];
  outputs: string[];
}

const USES = /^\s*(?:-\s+)?uses:\s*([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)@([0-9a-f]{40})\s*#\s*(\S+)/;

/** Every `owner/repo@sha # tag` of the workflows (this suite's own references excepted). */
export function pinsInWorkflows(): Array<{ action: string; sha: string; tag: string }> {
  const out = new Map<string, { action: string; sha: string; tag: string }>();
  for (const dir of ['.github/workflows', 'examples/workflows']) {
    for (const f of readdirSync(path.join(repoRoot, dir))) {
      if (!/\.ya?ml$/.test(f)) continue;
      for (const line of readFileSync(path.join(repoRoot, dir, f), 'utf8').split('\n')) {
        const m = USES.exec(line);
        if (!m || m[1]!.toLowerCase().startsWith('molecule-ai/')) continue;
        out.set(`${m[1]}@${m[2]}`, { action: m[1]!, sha: m[2]!, tag: m[3]! });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.action.localeCompare(b.action));
}

function main(): void {
  const clones = process.argv[2];
  if (!clones) throw new Error('usage: npx tsx scripts/record-pins.ts <clones folder>');
  const records: PinRecord[] = pinsInWorkflows().map(({ action, sha, tag }) => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', path.join(clones, action.replace('/', '+'), 'repo'), ...args])
        .toString()
        .trim();
    const tagged = git('rev-parse', `${tag}^{commit}`);
    if (tagged !== sha) throw new Error(`${action}: tag ${tag} is ${tagged}, the pin says ${sha}`);
    const file = ['action.yml', 'action.yaml'].find((f) => {
      try {
        git('cat-file', '-e', `${sha}:${f}`);
        return true;
      } catch {
        return false;
      }
    });
    if (!file) throw new Error(`${action}@${sha} has no action.yml`);
    const meta = parse(git('show', `${sha}:${file}`)) as {
      runs: { using: string };
      inputs?: Record<string, unknown>;
      outputs?: Record<string, unknown>;
    };
    return {
      action,
      sha,
      tag,
      using: meta.runs.using,
      inputs: Object.keys(meta.inputs ?? {}).sort(),
      outputs: Object.keys(meta.outputs ?? {}).sort(),
    };
  });
  const target = path.join(repoRoot, 'test', 'workflows', 'pinned-actions.json');
  writeFileSync(target, `${JSON.stringify(records, null, 2)}\n`);
  // In the repository's own format, so `prettier --check .` stays clean.
  execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', target]);
  console.log(`${records.length} pins recorded in ${path.relative(process.cwd(), target)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('record-pins.ts')) main();
