/**
 * template-check: before a template image is built, check the template
 * against the runtime release it will install: the Dockerfile's Python
 * against the wheel's Requires-Python, and every Python file for bare
 * imports of runtime modules. All problems are reported in one run, each on
 * its line.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import { OutputWriter, type ActionResult, type RunnerIo } from '../toolkit/io.js';
import { code, heading, markdownTable } from '../toolkit/summary.js';
import { HttpClient } from '../index/http.js';
import { checkTemplate, type TemplateCheckResult } from './check.js';
import { findTemplateFiles, readTemplateFiles } from './files.js';
import { fetchPublishedRuntime, type PublishedRuntime } from './published.js';

/** template-check's inputs, validated. */
export interface TemplateCheckInputs {
  /** The runtime's distribution name. */
  packageName: string;
  /** Canonical PEP 440. */
  version: string;
  /** The index root, without a trailing slash. */
  indexUrl: string;
  /** The template's checkout (GITHUB_WORKSPACE): paths below are relative to it. */
  root: string;
  /** The Dockerfile, as the user wrote it (relative to root). */
  dockerfile: string;
  /** Globs of the Python files to check; `!` excludes. */
  patterns: string[];
}

const VERDICTS: Record<TemplateCheckResult['floor']['verdict'], string> = {
  ok: '✅ allowed',
  'no-requires-python': '✅ (no Requires-Python)',
  below: '❌ below the floor',
  above: '❌ above the ceiling',
  excluded: '❌ excluded',
  'patch-dependent': '⚠️ depends on the patch release',
  unknown: '⚠️ not checked',
};

export async function run(inputs: TemplateCheckInputs, io: RunnerIo): Promise<ActionResult> {
  const out = new OutputWriter(io);
  const { packageName, version, root, dockerfile: dockerfilePath } = inputs;
  let dockerfileText: string;
  try {
    dockerfileText = await readFile(path.resolve(root, dockerfilePath), 'utf8');
  } catch (e) {
    throw new ActionError(`Cannot read the Dockerfile ${dockerfilePath}: ${(e as Error).message}`, {
      input: 'dockerfile',
      hint: 'Check out the template first (actions/checkout), and name its Dockerfile relative to the repository root.',
    });
  }
  const files = await readTemplateFiles(root, await findTemplateFiles(root, inputs.patterns));

  const http = new HttpClient({
    onRetry: (r) => io.info(`Retrying ${r.url} in ${(r.delayMs / 1000).toFixed(1)} s: ${r.reason}`),
  });
  const runtime = await fetchPublishedRuntime({
    indexUrl: inputs.indexUrl,
    packageName,
    version,
    http,
  });
  io.info(
    `${runtime.wheelName}: Requires-Python ${runtime.requiresPython ?? '(none)'}; ${runtime.modules.topLevelModules.length + runtime.modules.subpackages.length} runtime modules (${runtime.modules.source}).`,
  );

  const result = await checkTemplate({
    packageName,
    version,
    dockerfile: { path: dockerfilePath, text: dockerfileText },
    files,
    runtime,
  });
  for (const w of result.warnings) io.warning(w.message, w);

  out.set('python', result.python.version ?? '');
  out.set('requires-python', runtime.requiresPython ?? '');
  const text = summary(inputs, runtime, result, files.length);
  await io.summary(text);

  if (result.errors.length === 1) throw result.errors[0] as ActionError;
  if (result.errors.length > 1) {
    throw new ActionErrors(
      `template-check found ${result.errors.length} problems (each annotated on its line).`,
      result.errors,
    );
  }
  io.info(
    `${files.length} Python files checked; the image's Python ${result.python.version ?? '(unknown)'} and ${runtime.requiresPython ?? 'no Requires-Python'}: ${VERDICTS[result.floor.verdict]}.`,
  );
  return { outputs: out.outputs, summary: text };
}

/** The step summary: the floor check in one row, then each bare import with its fix. */
export function summary(
  inputs: Pick<TemplateCheckInputs, 'packageName' | 'version' | 'dockerfile'>,
  runtime: Pick<PublishedRuntime, 'requiresPython' | 'modules'>,
  result: Pick<TemplateCheckResult, 'errors' | 'python' | 'floor' | 'imports'>,
  filesChecked: number,
): string {
  const bare = result.imports.found.filter((b) => !b.inTypeChecking);
  let text =
    heading(
      `${result.errors.length === 0 ? '✅' : '❌'} Template check against ${inputs.packageName} ${inputs.version}`,
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
            ? `${result.python.version} (${code(`${inputs.dockerfile}:${result.python.line}`)})`
            : 'unknown',
          runtime.requiresPython ?? '—',
          VERDICTS[result.floor.verdict],
          filesChecked,
          bare.length,
          runtime.modules.source === 'manifest'
            ? code('_runtime_modules.json')
            : 'the wheel’s file list',
        ],
      ],
    );
  if (bare.length > 0) {
    text +=
      '\n' +
      markdownTable(
        ['Where', 'Written', 'Fixed'],
        bare.map((b) => [code(`${b.file}:${b.line}`), code(b.statement), code(b.fixed)]),
      );
  }
  return text;
}
