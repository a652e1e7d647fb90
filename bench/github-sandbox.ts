/**
 * How fast the sandbox GitHub comes up: loading GitHub's REST description
 * in the form the sandbox uses (api.github.com.json, $refs kept, resolved per
 * operation) against the dereferenced one a user might reach for
 * (api.github.com.deref.json), then starting servers once it is cached.
 *
 *   npx tsx bench/github-sandbox.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadOpenApi, descriptionFile } from '../sandbox/github/openapi.js';
import { startGitHub } from '../sandbox/github/index.js';

function timeLoad(file: string): { ms: number; heapMb: number } {
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { paths: object };
  const ms = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  if (Object.keys(parsed.paths).length === 0) throw new Error('empty description');
  return { ms, heapMb };
}

const deref = path.join(path.dirname(descriptionFile), 'api.github.com.deref.json');
const plain = timeLoad(descriptionFile);
const full = timeLoad(deref);
console.log(
  `read+parse api.github.com.json:       ${plain.ms.toFixed(0)} ms, ~${plain.heapMb.toFixed(0)} MB heap`,
);
console.log(
  `read+parse api.github.com.deref.json: ${full.ms.toFixed(0)} ms, ~${full.heapMb.toFixed(0)} MB heap`,
);
console.log(`ratio deref/plain: ${(full.ms / plain.ms).toFixed(1)}x slower`);

const t0 = performance.now();
const api = loadOpenApi();
console.log(
  `first loadOpenApi (read, parse, index ${api.stats.operations} operations): ${(performance.now() - t0).toFixed(0)} ms`,
);

const starts: number[] = [];
for (let i = 0; i < 10; i++) {
  const s = performance.now();
  const gh = await startGitHub();
  starts.push(performance.now() - s);
  await gh.close();
}
starts.sort((a, b) => a - b);
console.log(`startGitHub with the description cached: median ${starts[5]!.toFixed(1)} ms over 10`);

// First request per operation compiles its validators; later ones reuse them.
const gh = await startGitHub();
gh.state.addRepo('o/r');
const first = performance.now();
await fetch(`${gh.url}/repos/o/r`);
const firstMs = performance.now() - first;
const n = 200;
const many = performance.now();
for (let i = 0; i < n; i++) await fetch(`${gh.url}/repos/o/r`);
console.log(
  `GET /repos: first ${firstMs.toFixed(1)} ms (compiles validators), then ${((performance.now() - many) / n).toFixed(2)} ms each`,
);
await gh.close();
