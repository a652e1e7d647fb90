/**
 * The build's dependency step: scans the parsed sources (the analyses are
 * cached by the import check) and applies checkDependencies, throwing the
 * refusal with one annotation per import.
 */
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import { analyseModule } from '../python/analyse.js';
import type { ImportDiagnostic } from '../python/check.js';
import type { ProjectTable } from '../distribution/project.js';
import { checkDependencies, scanThirdPartyImports, type ProjectOrigin } from './dependencies.js';

export interface DependencyStepOptions {
  origin: ProjectOrigin;
  project: ProjectTable;
  /** Source as messages show it (relative to the workspace). */
  display: string;
  runtimeNames: ReadonlySet<string>;
  excluded: ReadonlySet<string>;
  importName: string;
}

/** Warnings with workspace-relative files; throws when the table is absent and third-party imports exist. */
export async function dependencyStep(
  sources: ReadonlyArray<{ path: string; text: string }>,
  o: DependencyStepOptions,
): Promise<ImportDiagnostic[]> {
  const analysed = [];
  for (const s of sources)
    analysed.push({ path: s.path, analysis: await analyseModule(s.text, s.path) });
  const imports = scanThirdPartyImports(analysed, o);
  const { refusal, warnings } = checkDependencies(imports, o.origin, o.project, o.display);
  if (refusal) {
    const errors = refusal.errors.map(
      (e) =>
        new ActionError(e.message, {
          title: e.title,
          file: e.file,
          line: e.line,
          column: e.column,
        }),
    );
    throw new ActionErrors(refusal.message, errors);
  }
  return warnings.map((w) => ({ severity: 'warning', ...w }));
}
