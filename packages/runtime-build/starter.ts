/**
 * `runtime-actions init`: a starter pyproject.runtime.toml written from what
 * the sources show (issue #20), so adopting the build on a monorepo whose
 * `[project]` table lived in its old build script starts from the imports
 * rather than from memory:
 * - `requires-python`: the lowest Python whose grammar parses every module
 *   (smoke-import's floor check) and whose standard library has every module
 *   imported (CPython's sys.stdlib_module_names per version);
 * - `dependencies`: one per third-party import, with requirements.txt's
 *   version as the lower bound where it names one, a comment where not;
 * - `[project.scripts]`: a `main_sync` (or else `main`) function;
 * - `readme`: a README beside the sources.
 * It never overwrites: the file is created exclusively.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ActionErrors } from '../toolkit/errors.js';
import { decodePythonSource } from '../python/encoding.js';
import { analyseModule } from '../python/analyse.js';
import type { ModuleAnalysis } from '../python/module-analysis.js';
import { STDLIB_MODULE_NAMES, STDLIB_VERSIONS } from '../python/stdlib-names.js';
import { normalizeName } from '../distribution/names.js';
import { defaultProject } from '../distribution/project.js';
import { floorMinor } from '../smoke/python-floor.js';
import { compileExcludes } from './exclude.js';
import { collectSource, posixJoin } from './tree.js';
import { deriveModules } from './modules.js';
import {
  candidateDistributions,
  requirementName,
  scanThirdPartyImports,
  siteCandidates,
  suggestedDistribution,
  type ThirdPartyImport,
} from './dependencies.js';
import { syntaxFloor } from './syntax-floor.js';

export const STARTER_FILE = 'pyproject.runtime.toml';

export interface StarterOptions {
  /** The workspace root; source resolves against it and messages are relative to it. */
  cwd: string;
  source: string;
  importName: string;
  exclude: string[];
  /** Interpreter asked for the syntax floor (default python3). */
  python?: string;
}

export interface StarterDependency {
  requirement: string;
  /** The import that needs it, with its first site (`yaml`, `transport.py:3`). */
  importName: string;
  site: string;
  /** Why it has no lower bound, when it has none. */
  note?: string;
}

export interface Starter {
  /** Absolute path of the file written. */
  file: string;
  /** As messages show it (relative to the workspace). */
  shown: string;
  text: string;
  requiresPython: string;
  dependencies: StarterDependency[];
  scripts: Array<[name: string, ref: string]>;
  readme?: string;
  /** requirements.txt lines that no packaged source imports (left out). */
  unusedRequirements: string[];
}

interface RequirementLine {
  line: string;
  name: string;
  /** PEP 440 specifier after the name ('==6.0.1', '>=0.27'), '' when none. */
  specifier: string;
  marker: string;
}

/** The requirement lines of a requirements.txt (options, includes, URLs and comments skipped). */
export function readRequirements(text: string): RequirementLine[] {
  const out: RequirementLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || line.startsWith('-') || line.includes('://')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*?)\s*(;.*)?$/.exec(line);
    if (!m) continue;
    out.push({ line, name: m[1]!, specifier: (m[3] ?? '').trim(), marker: (m[4] ?? '').trim() });
  }
  return out;
}

/**
 * requirements.txt's version as a lower bound: `==1.2` and `~=1.2` and `>=1.2`
 * all say the code works with 1.2, which is what a library should ask for
 * (a pin would fight every other package in the image).
 */
export function lowerBound(specifier: string): string | undefined {
  for (const clause of specifier.split(',')) {
    const m = /^\s*(===|==|~=|>=)\s*([0-9][^\s,*]*)\s*$/.exec(clause);
    if (m) return `>=${m[2]}`;
  }
  return undefined;
}

function dependencyFor(
  imp: ThirdPartyImport,
  requirements: RequirementLine[],
  hasRequirementsFile: boolean,
): StarterDependency {
  const first = imp.sites[0]!;
  const site = `${first.file}:${first.line}`;
  const candidates = candidateDistributions(imp.name);
  const named = requirements.find((r) => candidates.includes(normalizeName(r.name)));
  if (!named) {
    return {
      requirement: suggestedDistribution(imp.name),
      importName: imp.name,
      site,
      note: hasRequirementsFile
        ? 'not in requirements.txt: check the distribution name and add a lower bound'
        : 'no requirements.txt: add a lower bound',
    };
  }
  const bound = lowerBound(named.specifier);
  const requirement = `${named.name}${bound ?? ''}${named.marker ? named.marker.replace(/^;\s*/, '; ') : ''}`;
  const dep: StarterDependency = { requirement, importName: imp.name, site };
  if (!bound)
    dep.note = named.specifier
      ? `requirements.txt says ${named.specifier}, no lower bound to take: add one`
      : 'requirements.txt names no version: add a lower bound';
  return dep;
}

/** `main_sync` first (the console-script convention of the runtime), then `main`; in main.py first. */
function findEntryPoint(
  modules: ReadonlyArray<{ path: string; analysis: ModuleAnalysis }>,
): { module: string; fn: string } | undefined {
  const dotted = (p: string): string =>
    p
      .replace(/\.py$/, '')
      .replace(/\/__init__$/, '')
      .replace(/\//g, '.');
  for (const fn of ['main_sync', 'main']) {
    const hits = modules.filter(
      (m) => m.analysis.topLevelNames.has(fn) && !m.path.endsWith('__main__.py'),
    );
    const best = hits.find((m) => m.path === 'main.py') ?? hits[0];
    if (best && dotted(best.path) !== '__init__') return { module: dotted(best.path), fn };
  }
  return undefined;
}

const README_NAMES = ['README.md', 'README.rst', 'README.txt', 'README'];

function tomlString(s: string): string {
  return JSON.stringify(s); // a TOML basic string is JSON's for what we write (no control characters)
}

/** Reads the sources and writes `<source>/pyproject.runtime.toml`; refuses when it exists. */
export async function writeStarter(options: StarterOptions): Promise<Starter> {
  const sourceAbs = path.resolve(options.cwd, options.source);
  const display = path.relative(options.cwd, sourceAbs).split(path.sep).join('/') || '.';
  const file = path.join(sourceAbs, STARTER_FILE);
  const shown = posixJoin(display, STARTER_FILE);
  if (existsSync(file)) {
    throw new ActionError(`${shown} already exists; init never overwrites it.`, {
      title: 'Project file exists',
      file: shown,
      hint: 'Edit it, or move it away and run init again to compare.',
    });
  }
  const tree = collectSource(sourceAbs, display, compileExcludes(options.exclude, 'exclude'));
  const { set, errors, unimportable } = deriveModules(
    tree.files.map((f) => f.path),
    display,
  );
  if (errors.length > 0)
    throw new ActionErrors(`${errors.length} names under ${display} cannot be imported.`, errors);
  // What the build leaves out (a folder such as adapters/google-adk/) declares no dependency.
  const leftOut = new Set(unimportable.flatMap((u) => u.files));
  const sources: Array<{ path: string; text: string }> = [];
  for (const f of tree.files) {
    if (leftOut.has(f.path)) continue;
    if (!f.path.endsWith('.py')) continue;
    const text = decodePythonSource(
      new Uint8Array(readFileSync(f.absolute)),
      posixJoin(display, f.path),
    ).text;
    sources.push({ path: f.path, text });
  }
  const analysed = [];
  for (const s of sources)
    analysed.push({
      path: s.path,
      analysis: await analyseModule(s.text, posixJoin(display, s.path)),
    });
  const runtimeNames = new Set([...set.topLevelModules, ...set.subpackages]);
  const imports = scanThirdPartyImports(analysed, {
    runtimeNames,
    excluded: new Set(tree.excludedTopLevel),
    importName: options.importName,
  });

  // requires-python: the grammar's floor and the standard library's.
  const syntax = await syntaxFloor(options.python ?? 'python3', sources, display);
  let minor = syntax.minor;
  let why = syntax.neededBy
    ? `${syntax.neededBy} needs Python 3.${syntax.minor}'s grammar`
    : 'every module parses with Python 3.7’s grammar, the oldest that CPython’s ast checks';
  const oldestListed = Number(STDLIB_VERSIONS[0]!.split('.')[1]);
  for (const { path: p, analysis } of analysed) {
    for (const site of analysis.imports) {
      const s = site.statement;
      if (s.level !== 0) continue;
      const mods = s.kind === 'from' || s.names === '*' ? [s.module] : s.names.map((n) => n.name);
      for (const mod of mods) {
        const since = STDLIB_MODULE_NAMES.get(mod.split('.')[0]!)?.[0];
        const sinceMinor = since ? Number(since.split('.')[1]) : 0;
        // A name first listed in the oldest version asked may be older still: no floor from it.
        if (sinceMinor > oldestListed && sinceMinor > minor) {
          minor = sinceMinor;
          why = `${p}:${s.line} imports ${mod.split('.')[0]}, in the standard library from Python 3.${sinceMinor}`;
        }
      }
    }
  }
  // Never below the build's own default floor (the runtime's documented
  // >=3.11): the grammar cannot see library behaviour an older Python lacks.
  const defaultFloor = floorMinor(defaultProject().requiresPython)?.[1] ?? minor;
  if (defaultFloor > minor) {
    why = `the build's default floor; the sources alone would allow 3.${minor} (${why})`;
    minor = defaultFloor;
  }
  const requiresPython = `>=3.${minor}`;

  const requirementsFile = path.join(sourceAbs, 'requirements.txt');
  const hasRequirements = existsSync(requirementsFile);
  const requirements = hasRequirements
    ? readRequirements(readFileSync(requirementsFile, 'utf8'))
    : [];
  const dependencies = imports
    .filter((i) => !i.optional)
    .map((i) => dependencyFor(i, requirements, hasRequirements));
  const optionalImports = imports
    .filter((i) => i.optional)
    .map((i) => `${i.name} (${i.sites[0]!.file}:${i.sites[0]!.line})`);
  const usedNames = new Set([
    ...dependencies.map((d) => normalizeName(requirementName(d.requirement))),
    ...imports.flatMap((i) => i.sites.flatMap((site) => [...siteCandidates(site)])),
  ]);
  const unusedRequirements = requirements
    .filter((r) => !usedNames.has(normalizeName(r.name)))
    .map((r) => r.line);

  const entry = findEntryPoint(analysed);
  const scripts: Array<[string, string]> = entry
    ? [[options.importName.replace(/_/g, '-'), `${options.importName}.${entry.module}:${entry.fn}`]]
    : [];
  const readme = README_NAMES.find((n) => tree.files.some((f) => f.path === n));

  const lines: string[] = [
    `# The [project] table of the published runtime package (PEP 621): everything but`,
    `# the name and version, which the build sets. Written by \`runtime-actions init\``,
    `# from ${display}/; review it, then commit it beside the sources.`,
    '[project]',
    '# description = "One line: the summary PyPI shows"',
  ];
  if (readme) lines.push(`readme = ${tomlString(readme)}`);
  lines.push(`# ${why}.`);
  lines.push(`requires-python = ${tomlString(requiresPython)}`);
  lines.push('# license = { text = "…" }');
  if (dependencies.length === 0) lines.push('dependencies = []');
  else {
    lines.push('dependencies = [');
    for (const d of dependencies) {
      lines.push(
        `  ${tomlString(d.requirement)}, # import ${d.importName} (${d.site})${d.note ? `; ${d.note}` : ''}`,
      );
    }
    lines.push(']');
  }
  if (optionalImports.length > 0) {
    lines.push(
      `# Imported under try/except ImportError, so not required (an extra in [project.optional-dependencies]?): ${optionalImports.join(', ')}`,
    );
  }
  if (unusedRequirements.length > 0) {
    lines.push(
      `# Also in requirements.txt, not imported by the packaged sources (left out): ${unusedRequirements.join(', ')}`,
    );
  }
  if (scripts.length > 0) {
    lines.push('', '[project.scripts]');
    for (const [n, ref] of scripts) lines.push(`${n} = ${tomlString(ref)}`);
  } else {
    lines.push(
      '',
      '# No main_sync or main function found: add console scripts here.',
      '# [project.scripts]',
    );
  }
  const text = `${lines.join('\n')}\n`;
  try {
    writeFileSync(file, text, { flag: 'wx' }); // never overwrite, not even one written meanwhile
  } catch (e) {
    throw new ActionError(`Cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? e}.`, {
      title: 'Project file not written',
      file: shown,
      hint: 'init never overwrites: move an existing file away first.',
    });
  }
  const starter: Starter = {
    file,
    shown,
    text,
    requiresPython,
    dependencies,
    scripts,
    unusedRequirements,
  };
  if (readme) starter.readme = readme;
  return starter;
}
