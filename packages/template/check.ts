/**
 * template-check as one function of plain values: the Dockerfile's text, the
 * template's Python files and what the published wheel says. It finds every
 * problem in one pass (the floor and all bare imports), so a maintainer fixes
 * them together instead of one per run.
 */
import type { ActionError } from '../toolkit/errors.js';
import {
  bareImportError,
  findBareImports,
  type BareImportReport,
  type TemplateFile,
} from './bare-imports.js';
import { imagePython, type ImagePython } from './dockerfile.js';
import { checkPythonFloor, type FloorCheck } from './floor.js';
import type { PublishedRuntime } from './published.js';

export interface TemplateWarning {
  title: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface TemplateCheckInput {
  packageName: string;
  version: string;
  dockerfile: { path: string; text: string };
  files: TemplateFile[];
  runtime: PublishedRuntime;
}

export interface TemplateCheckResult {
  python: ImagePython;
  floor: FloorCheck;
  imports: BareImportReport;
  /** Expected failures, each with its file and line. */
  errors: ActionError[];
  warnings: TemplateWarning[];
}

export async function checkTemplate(input: TemplateCheckInput): Promise<TemplateCheckResult> {
  const { runtime, dockerfile } = input;
  const python = imagePython(dockerfile.text);
  const floor = checkPythonFloor({
    python,
    requiresPython: runtime.requiresPython,
    packageName: input.packageName,
    version: input.version,
    dockerfile: dockerfile.path,
  });
  const errors: ActionError[] = [];
  const warnings: TemplateWarning[] = [];
  if (floor.error) errors.push(floor.error);
  if (floor.warning) {
    warnings.push({
      title: 'Image Python not checked',
      message: floor.warning,
      file: dockerfile.path,
      line: python.line,
    });
  }
  if (python.runtimeVersionArgLines.length === 0) {
    warnings.push({
      title: 'No ARG RUNTIME_VERSION',
      message:
        'The Dockerfile declares no ARG RUNTIME_VERSION, so the RUNTIME_VERSION build-arg changes no layer and the build cache can keep the previous runtime. Add `ARG RUNTIME_VERSION` and install with `pip install "' +
        `${input.packageName}==\${RUNTIME_VERSION}"\`.`,
      file: dockerfile.path,
      line: python.line,
    });
  }

  const imports = await findBareImports(input.files, runtime.modules);
  errors.push(...imports.syntaxErrors);
  for (const b of imports.found) {
    const error = bareImportError(b, runtime.modules);
    if (b.inTypeChecking) {
      // Never executed, but a type checker run against the installed runtime fails on it.
      warnings.push({
        title: 'Bare runtime import (TYPE_CHECKING)',
        message: error.message,
        file: b.file,
        line: b.line,
        column: b.column,
      });
    } else {
      errors.push(error);
    }
  }
  for (const s of imports.stringImports) {
    warnings.push({
      title: 'Runtime module named by string',
      message: `${s.call}("${s.module}") names the runtime module bare; the installed runtime has it as "${s.fixed}".`,
      file: s.file,
      line: s.line,
      column: s.column,
    });
  }
  if (runtime.modules.source === 'file-list') {
    warnings.push({
      title: 'No runtime module manifest',
      message: `${runtime.wheelName} has no ${runtime.modules.importName}/_runtime_modules.json (built before the manifest existed): the runtime modules were taken from the wheel's file list.`,
    });
  }
  return { python, floor, imports, errors, warnings };
}
