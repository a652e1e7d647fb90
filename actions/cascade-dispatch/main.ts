/** cascade-dispatch's entry: action.yml inputs → CascadeInputs (packages/github/cascade-dispatch.ts). */
import * as runner from '../runner.js';
import { ActionError } from '../../packages/toolkit/errors.js';
import * as parse from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/github/cascade-dispatch.js';
import { parseDiscover, parseRepositories } from '../../packages/github/discover.js';
import { validateEventType } from '../../packages/github/dispatch.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

const { input } = runner;

await runner.runAction('cascade-dispatch', async () => {
  const ctx = runner.runContext();
  // The version first: a step that names no version is misconfigured even
  // without a token, and says so.
  const version = canonicalVersion(runner.requiredInput('version'), 'version');
  const token = input('token');
  if (!token) {
    await run({ version }, runner.runnerIo);
    return;
  }
  runner.mask(token);
  const eventType = validateEventType(input('event-type'));
  const extra = parse.parseJsonObject(input('client-payload'), 'client-payload');
  const concurrency = parse.parseInteger(input('concurrency') || '8', 'concurrency', 1, 100);
  const failOnError = parse.parseBoolean(input('fail-on-error') || 'false', 'fail-on-error');
  const wait = parse.parseBoolean(input('wait') || 'false', 'wait');
  const waitTimeoutMs = parse.parseDuration(input('wait-timeout') || '30m', 'wait-timeout') * 1000;
  const repositories = parseRepositories(input('repositories'));
  const rules = parseDiscover(input('discover'), ctx.repository.split('/')[0] ?? '');
  if (repositories.length === 0 && rules.length === 0) {
    throw new ActionError('No targets: neither repositories nor discover is set.', {
      input: 'repositories',
      hint: 'List the template repositories (owner/name per line) or set discover, e.g. "owner=ORG prefix=NAME-PREFIX".',
    });
  }
  const { apiUrl, repository, sha, runUrl, runId, runAttempt } = ctx;
  const context = { apiUrl, repository, sha, runUrl, runId, runAttempt };
  const settings = { concurrency, failOnError, wait, waitTimeoutMs, repositories, rules };
  await run({ version, token, eventType, extra, ...context, ...settings }, runner.runnerIo);
});
