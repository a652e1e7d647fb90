/** template-check's entry: action.yml inputs → TemplateCheckInputs (packages/template/template-check.ts). */
import * as runner from '../runner.js';
import { parseIndexRoot, parseMultiline } from '../../packages/toolkit/inputs.js';
import { run } from '../../packages/template/template-check.js';
import { canonicalVersion } from '../../packages/versions/canonical.js';

const { input, requiredInput } = runner;

await runner.runAction('template-check', async () => {
  const packageName = requiredInput('package');
  const version = canonicalVersion(requiredInput('version'), 'version');
  const indexUrl = parseIndexRoot(requiredInput('index-url'), 'index-url');
  const root = runner.runContext().workspace;
  const dockerfile = requiredInput('dockerfile');
  const patterns = parseMultiline(input('paths'));
  await run({ packageName, version, indexUrl, root, dockerfile, patterns }, runner.runnerIo);
});
