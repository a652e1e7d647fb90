/**
 * Cold start of the pypi-publish bundle: from spawning `node24 dist/pypi-publish/index.js`
 * to the first HTTP request the sandbox index sees, median of several runs,
 * beside the bundle size. Compared with the client a user would otherwise
 * run, real `twine upload` (/usr/bin/twine), measured the same way against
 * the same sandbox. (The Docker-based pypa action cannot run here; its
 * documented start-up is the container build or pull on top of twine.)
 *
 * The bundle carries the Sigstore libraries (@sigstore/sign, make-fetch-happen
 * …), loaded only when signing: the first line (an API-token upload, the
 * cold start as before) must stay under 300 ms (issue #18); the second
 * times the attestation path up to its Fulcio request, which includes the
 * OIDC token request and loading the Sigstore code.
 *
 * Run: npx tsx bench/publish.ts [runs]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startOidcIssuer } from '../sandbox/oidc/index.js';
import { startPyPI, type PyPISandbox } from '../sandbox/pypi/index.js';
import { node24, repoRoot } from '../sandbox/runner.js';
import { buildSample } from '../sandbox/samples/distributions.js';

const runs = Number(process.argv[2] ?? 9);
const bundle = path.join(repoRoot, 'dist', 'pypi-publish', 'index.js');

/** Times from spawning a client to the first request the sandbox index records. */
async function measure(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  pypi: PyPISandbox,
): Promise<number> {
  const seen = pypi.requests.length;
  const started = Date.now();
  const child = spawn(cmd, args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: 'ignore',
  });
  const deadline = started + 30_000;
  while (pypi.requests.length === seen) {
    if (Date.now() > deadline) throw new Error(`${cmd}: no request in 30 s`);
    await new Promise((r) => setTimeout(r, 1));
  }
  const first = pypi.requests[seen]?.at as number;
  child.kill('SIGKILL');
  await new Promise((r) => child.on('close', r));
  return first - started;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const work = mkdtempSync(path.join(tmpdir(), 'bench-publish-'));
try {
  const dist = buildSample(work);
  const pypi = await startPyPI({ tokens: { 'pypi-bench-token': {} } });
  const issuer = await startOidcIssuer();
  const timer = { url: pypi.url };
  const summaryFile = path.join(work, 'summary');
  const outputFile = path.join(work, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const ours: number[] = [];
  const twine: number[] = [];
  const attesting: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The floor: Node 24 starting and sending one fetch, nothing else.
    floor.push(
      await measure(
        node24,
        ['-e', `fetch(${JSON.stringify(`${timer.url}/floor`)}).catch(() => {})`],
        {},
        pypi,
      ),
    );
    ours.push(
      await measure(
        node24,
        [bundle],
        {
          'INPUT_PACKAGES-DIR': dist,
          'INPUT_REPOSITORY-URL': `${timer.url}/legacy/`,
          INPUT_PASSWORD: 'pypi-bench-token',
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_OUTPUT: outputFile,
        },
        pypi,
      ),
    );
    // Trusted Publishing with attestations (the default), up to the Fulcio
    // request: start-up, the OIDC token for Sigstore (sandbox issuer), the
    // Sigstore libraries loaded, the key made and the request signed. Fulcio
    // is pointed at the sandbox index so the request is timed the same way
    // (it answers 404 and the run stops there).
    attesting.push(
      await measure(
        node24,
        [bundle],
        {
          'INPUT_PACKAGES-DIR': dist,
          'INPUT_REPOSITORY-URL': `${timer.url}/legacy/`,
          INPUT_ATTESTATIONS: 'true',
          'INPUT_SIGSTORE-FULCIO-URL': timer.url,
          'INPUT_SIGSTORE-REKOR-URL': timer.url,
          ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_OUTPUT: outputFile,
        },
        pypi,
      ),
    );
    twine.push(
      await measure(
        '/usr/bin/twine',
        [
          'upload',
          '--non-interactive',
          '--disable-progress-bar',
          '--repository-url',
          `${timer.url}/legacy/`,
          '-u',
          '__token__',
          '-p',
          'pypi-bench-token',
          path.join(dist, '*'),
        ],
        { PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' },
        pypi,
      ),
    );
  }
  await pypi.close();
  await issuer.close();
  const size = statSync(bundle).size;
  const o = median(ours);
  const t = median(twine);
  console.log(
    `pypi-publish bundle: ${(size / 1024).toFixed(0)} KiB (${bundle.replace(`${repoRoot}/`, '')})`,
  );
  console.log(`cold start to first HTTP request, median of ${runs}:`);
  console.log(
    `  pypi-publish (node24 bundle): ${o.toFixed(0)} ms   [${ours.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  pypi-publish, attestations:   ${median(attesting).toFixed(0)} ms   [${attesting.map((x) => x.toFixed(0)).join(', ')}] (to the Fulcio request: token, Sigstore code loaded, key, proof)`,
  );
  console.log(
    `  twine upload 4.0.2 (python):  ${t.toFixed(0)} ms   [${twine.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  console.log(`  node24 -e fetch() (floor):    ${median(floor).toFixed(0)} ms`);
  console.log(
    `  ratio twine / pypi-publish: ${(t / o).toFixed(2)}x; pypi-publish above the bare-Node floor: ${(o - median(floor)).toFixed(0)} ms`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
