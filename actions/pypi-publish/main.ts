/** pypi-publish's entry: action.yml inputs → PypiPublishInputs (packages/index/pypi-publish.ts). */
import path from 'node:path';
import * as runner from '../runner.js';
import { parseBoolean, parseDuration } from '../../packages/toolkit/inputs.js';
import { trimSlash } from '../../packages/toolkit/slashes.js';
import { run } from '../../packages/index/pypi-publish.js';
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL } from '../../packages/index/sigstore-instance.js';
import { deriveIndexUrl } from '../../packages/index/urls.js';

const { input } = runner;
const flag = (name: string): boolean => parseBoolean(input(name), name);

await runner.runAction('pypi-publish', async () => {
  const uploadUrl = input('repository-url');
  // Derived even when index-url is given: it validates repository-url.
  const derived = deriveIndexUrl(uploadUrl);
  const indexUrl = trimSlash(input('index-url') || derived);
  // The API token is masked here, as it is read, and nowhere else.
  const password = input('password');
  runner.mask(password);
  const packagesDir = path.resolve(runner.runContext().workspace, input('packages-dir'));
  const inputs = {
    packagesDir,
    uploadUrl,
    indexUrl,
    password,
    // The request token is masked as it is read (runner.oidcRequest).
    oidc: password ? undefined : runner.oidcRequest(),
    skipExisting: flag('skip-existing'),
    verifyMetadata: flag('verify-metadata'),
    waitVisible: flag('wait-visible'),
    waitTimeoutSeconds: parseDuration(input('wait-timeout'), 'wait-timeout'),
    attestations: flag('attestations'),
    sigstore: {
      fulcioUrl: trimSlash(input('sigstore-fulcio-url') || DEFAULT_FULCIO_URL),
      rekorUrl: trimSlash(input('sigstore-rekor-url') || DEFAULT_REKOR_URL),
    },
  };
  await run(inputs, runner.runnerIo);
});
