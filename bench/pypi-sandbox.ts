/**
 * Start-up and request costs of the sandbox index and OIDC issuer, against
 * what someone would otherwise reach for to serve a local index:
 * `python3 -m http.server` over a static PEP 503 tree.
 *
 *   npx tsx bench/pypi-sandbox.ts
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startOidcIssuer } from '../sandbox/oidc/index.js';
import { startPyPI } from '../sandbox/pypi/index.js';
import { legacyUpload, makeWheel } from '../sandbox/pypi/dist-fixtures.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timeIt(runs: number, f: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** `python3 -m http.server` on a static simple tree: until it answers its first request. */
async function httpServerStart(root: string): Promise<number> {
  const t = performance.now();
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(
    'python3',
    ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root],
    {
      stdio: 'ignore',
    },
  );
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/simple/demo/`);
        await res.text();
        return performance.now() - t;
      } catch {
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  } finally {
    child.kill();
  }
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), 'bench-static-'));
  mkdirSync(path.join(root, 'simple', 'demo'), { recursive: true });
  writeFileSync(
    path.join(root, 'simple', 'demo', 'index.html'),
    '<a href="demo-1.0-py3-none-any.whl">demo</a>',
  );
  try {
    const pypiStart = await timeIt(10, async () => {
      const p = await startPyPI();
      await (await fetch(`${p.simpleUrl}`)).text();
      await p.close();
    });
    const oidcStart = await timeIt(10, async () => {
      const o = await startOidcIssuer();
      await (await fetch(o.jwksUrl)).text();
      await o.close();
    });
    const staticStart = await timeIt(5, async () => {
      await httpServerStart(root);
    });
    console.log(`start + first answer, median:`);
    console.log(`  sandbox PyPI        ${pypiStart.toFixed(1)} ms`);
    console.log(
      `  sandbox OIDC issuer ${oidcStart.toFixed(1)} ms (RSA-2048 key generation included)`,
    );
    console.log(`  python3 -m http.server (static PEP 503 tree) ${staticStart.toFixed(1)} ms`);
    console.log(`  ratio PyPI sandbox / http.server: ${(pypiStart / staticStart).toFixed(2)}x`);

    const pypi = await startPyPI({ tokens: { t: {} } });
    const wheel = makeWheel({ name: 'demo', version: '1.0' });
    await legacyUpload(pypi.uploadUrl, { token: 't' }, wheel, { name: 'demo', version: '1.0' });
    const pageRuns = 200;
    const t = performance.now();
    for (let i = 0; i < pageRuns; i++) {
      await (
        await fetch(`${pypi.simpleUrl}demo/`, {
          headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
        })
      ).text();
    }
    const perPage = (performance.now() - t) / pageRuns;
    await pypi.close();
    console.log(`project page (PEP 691 JSON), mean over ${pageRuns}: ${perPage.toFixed(2)} ms`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
