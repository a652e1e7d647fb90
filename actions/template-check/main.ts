/**
 * template-check: before a template image is built, check the template
 * against the runtime release it will install: the Dockerfile's Python
 * against the wheel's Requires-Python, and every Python file for bare
 * imports of runtime modules. All problems are reported in one run, each on
 * its line.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonicalVersion } from '../../packages/versions/canonical.js';
import { HttpClient } from '../../packages/index/http.js';
import { checkTemplate } from '../../packages/template/check.js';
import { findTemplateFiles, readTemplateFiles } from '../../packages/template/files.js';
import { fetchPublishedRuntime } from '../../packages/template/published.js';
import {
  info,
  input,
  requiredInput,
  runAction,
  runContext,
  setOutput,
  warning,
  writeSummary,
} from '../runner.js';
import { ActionError, ActionErrors } from '../../packages/toolkit/errors.js';
import { parseMultiline, parseUrl } from '../../packages/toolkit/inputs.js';
import { code, heading, markdownTable } from '../../packages/toolkit/summary.js';
import { trimSlash } from '../../packages/toolkit/slashes.js';

await runAction('template-check', async () => {
  const packageName = requiredInput('package');
  const version = canonicalVersion(requiredInput('version'), 'version');
  const indexUrl = parseUrl(
    trimSlash(requiredInput('index-url')),
    'index-url',
    'Use the index root, e.g. https://pypi.org.',
  );
  const root = runContext().workspace;
  const dockerfilePath = requiredInput('dockerfile');
  const patterns = parseMultiline(input('paths'));

  let dockerfileText: string;
  try {
    dockerfileText = await readFile(path.resolve(root, dockerfilePath), 'utf8');
  } catch (e) {
    throw new ActionError(`Cannot read the Dockerfile ${dockerfilePath}: ${(e as Error).message}`, {
      input: 'dockerfile',
      hint: 'Check out the template first (actions/checkout), and name its Dockerfile relative to the repository root.',
    });
  }
  const files = await readTemplateFiles(root, await findTemplateFiles(root, patterns));

  const http = new HttpClient({
    onRetry: (r) => info(`Retrying ${r.url} in ${(r.delayMs / 1000).toFixed(1)} s: ${r.reason}`),
  });
  const runtime = await fetchPublishedRuntime({ indexUrl, packageName, version, http });
  info(
    `${runtime.wheelName}: Requires-Python ${runtime.requiresPython ?? '(none)'}; ${runtime.modules.topLevelModules.length + runtime.modules.subpackages.length} runtime modules (${runtime.modules.source}).`,
  );

  const result = await checkTemplate({
    packageName,
    version,
    dockerfile: { path: dockerfilePath, text: dockerfileText },
    files,
    runtime,
  });
  for (const w of result.warnings) warning(w.message, w);

  const bare = result.imports.found.filter((b) => !b.inTypeChecking);
  setOutput('python', result.python.version ?? '');
  setOutput('requires-python', runtime.requiresPython ?? '');
  const verdict = {
    ok: '✅ allowed',
    'no-requires-python': '✅ (no Requires-Python)',
    below: '❌ below the floor',
    above: '❌ above the ceiling',
    excluded: '❌ excluded',
    'patch-dependent': '⚠️ depends on the patch release',
    unknown: '⚠️ not checked',
  }[result.floor.verdict];
  let summary =
    heading(
      `${result.errors.length === 0 ? '✅' : '❌'} Template check against ${packageName} ${version}`,
    ) +
    markdownTable(
      [
        'Image Python',
        'Requires-Python',
        'Verdict',
        'Files checked',
        'Bare imports found',
        'Runtime modules from',
      ],
      [
        [
          result.python.version
            ? `${result.python.version} (${code(`${dockerfilePath}:${result.python.line}`)})`
            : 'unknown',
          runtime.requiresPython ?? '—',
          verdict,
          files.length,
          bare.length,
          runtime.modules.source === 'manifest'
            ? code('_runtime_modules.json')
            : 'the wheel’s file list',
        ],
      ],
    );
  if (bare.length > 0) {
    summary +=
      '\n' +
      markdownTable(
        ['Where', 'Written', 'Fixed'],
        bare.map((b) => [code(`${b.file}:${b.line}`), code(b.statement), code(b.fixed)]),
      );
  }
  await writeSummary(summary);

  if (result.errors.length === 1) throw result.errors[0] as ActionError;
  if (result.errors.length > 1) {
    throw new ActionErrors(
      `template-check found ${result.errors.length} problems (each annotated on its line).`,
      result.errors,
    );
  }
  info(
    `${files.length} Python files checked; the image's Python ${result.python.version ?? '(unknown)'} and ${runtime.requiresPython ?? 'no Requires-Python'}: ${verdict}.`,
  );
});
