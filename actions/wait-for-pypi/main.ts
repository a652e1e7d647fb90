/** wait-for-pypi's entry: action.yml inputs → WaitForPypiInputs (packages/index/wait-for-pypi.ts). */
import path from 'node:path';
import * as runner from '../runner.js';
import * as parse from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/index/wait-for-pypi.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

const { input, requiredInput } = runner;

await runner.runAction('wait-for-pypi', async () => {
  const ctx = runner.runContext();
  const project = requiredInput('package');
  const version = canonicalVersion(requiredInput('version'), 'version');
  const indexUrl = parse.parseIndexRoot(requiredInput('index-url'), 'index-url');
  const timeoutSeconds = parse.parseDuration(input('timeout'), 'timeout');
  // Checked before the wait (it used to be after it), so a typo does not wait out the timeout first.
  const verify = parse.parseBoolean(input('verify-provenance'), 'verify-provenance');
  const temp = ctx.runnerTemp || ctx.workspace;
  const downloadDir = input('download-dir') || path.join(temp, 'verified-dists');
  const provenance = verify
    ? {
        expected: {
          repository: input('expected-repository'),
          workflow: input('expected-workflow'),
        },
        issuer: input('expected-issuer'),
        trustedRoot: input('trusted-root'),
        cacheDir: temp,
        downloadDir: path.resolve(ctx.workspace, downloadDir),
      }
    : undefined;
  await run({ project, version, indexUrl, timeoutSeconds, provenance }, runner.runnerIo);
});
