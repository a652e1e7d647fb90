/**
 * What went into the wheel's METADATA, in the few fields that show at a
 * glance whether the project table was there: a wheel with no dependencies
 * and no scripts is visible in every build's summary (issue #20).
 */
import type { ProjectTable } from '../distribution/project.js';
import type { ProjectOrigin } from './dependencies.js';

export interface WheelMetadataSummary {
  name: string;
  version: string;
  requiresPython?: string;
  dependencies: number;
  /** `name = module:function`, console and GUI scripts. */
  scripts: string[];
  /** Where the table came from: the file (relative to the workspace), 'none' or 'absent'. */
  from: string;
}

export function projectSummary(
  name: string,
  version: string,
  project: ProjectTable,
  origin: ProjectOrigin,
): WheelMetadataSummary {
  const summary: WheelMetadataSummary = {
    name,
    version,
    dependencies: project.dependencies.length,
    scripts: [...project.scripts, ...project.guiScripts].map(([n, ref]) => `${n} = ${ref}`),
    from: origin.kind === 'file' ? origin.shown : origin.kind,
  };
  if (project.requiresPython !== undefined) summary.requiresPython = project.requiresPython;
  return summary;
}
