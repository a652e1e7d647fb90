/**
 * Third-party imports against the project table's dependencies.
 *
 * A wheel built without its `[project]` table installs, then fails at the
 * first third-party import, and the console script the templates start is
 * gone (issue #20). The sources say which distributions they need: every
 * absolute import that is neither the package's own module, nor an excluded
 * folder of source, nor the standard library (CPython's own list,
 * packages/python/stdlib-names.ts) names something a dependency must provide.
 * Matching is on PEP 503 names, plus the small table of import names that
 * differ from their distribution's (import-distributions.ts).
 */
import { normalizeName } from '../distribution/names.js';
import type { ImportStatement, ModuleAnalysis } from '../python/module-analysis.js';
import { STDLIB_MODULE_NAMES } from '../python/stdlib-names.js';
import { IMPORT_DISTRIBUTIONS } from './import-distributions.js';
import { trimSlash } from '../toolkit/slashes.js';

export interface ImportSiteRef {
  /** Posix path relative to source. */
  file: string;
  /** 1-based line; 0-based column. */
  line: number;
  column: number;
  /** The dotted module as written. */
  module: string;
  /** For `from m import a, b`: the names imported (each may be a submodule, as in `from google.cloud import storage`). */
  names?: string[];
  /** Inside a `try:` that catches ImportError: the code runs without it. */
  optional?: boolean;
}

/** One imported third-party name and where it is imported (source order). */
export interface ThirdPartyImport {
  /** The top-level name, or a dotted key of IMPORT_DISTRIBUTIONS (`google.protobuf`). */
  name: string;
  sites: ImportSiteRef[];
  /** Every site is optional (guarded by `except ImportError`): no dependency is required. */
  optional?: boolean;
}

export interface ScanOptions {
  /** Top-level names that ship in the package (module stems and subpackages). */
  runtimeNames: ReadonlySet<string>;
  /** Top-level names of source the build excludes (the static check covers imports of them). */
  excluded: ReadonlySet<string>;
  /** The import package: `import molecule_runtime.x` is the package's own. */
  importName: string;
}

export function isStdlibModule(top: string): boolean {
  return STDLIB_MODULE_NAMES.has(top);
}

/** The IMPORT_DISTRIBUTIONS key a dotted module falls under, else its top-level name. */
export function importKey(module: string): string {
  const parts = module.split('.');
  for (let i = parts.length; i > 1; i--) {
    const prefix = parts.slice(0, i).join('.');
    if (IMPORT_DISTRIBUTIONS[prefix]) return prefix;
  }
  return parts[0] as string;
}

/**
 * Third-party imports of the analysed modules, by name in order of first
 * appearance. Imports under `if TYPE_CHECKING:` do not run and need no
 * dependency: they are left out. `__future__` is the standard library's.
 */
export function scanThirdPartyImports(
  modules: ReadonlyArray<{ path: string; analysis: ModuleAnalysis }>,
  options: ScanOptions,
): ThirdPartyImport[] {
  const found = new Map<string, ImportSiteRef[]>();
  // Per dotted module: its group, or null when it is not third-party.
  const keys = new Map<string, string | null>();
  const note = (path: string, s: ImportStatement, module: string): void => {
    let key = keys.get(module);
    if (key === undefined) {
      const dot = module.indexOf('.');
      const top = dot < 0 ? module : module.slice(0, dot);
      const own =
        top === '' ||
        top === options.importName ||
        options.runtimeNames.has(top) ||
        options.excluded.has(top) ||
        isStdlibModule(top);
      key = own ? null : importKey(module);
      keys.set(module, key);
    }
    if (key === null) return;
    const site: ImportSiteRef = { file: path, line: s.line, column: s.column, module };
    if (s.kind === 'from' && s.names !== '*') site.names = s.names.map((n) => n.name);
    if (s.optional) site.optional = true;
    const list = found.get(key);
    if (list === undefined) found.set(key, [site]);
    else list.push(site);
  };
  // Indexed loops: this runs once per build, mostly before V8 optimises it,
  // where each iterator step allocates.
  for (let m = 0; m < modules.length; m++) {
    const { path, analysis } = modules[m]!;
    const imports = analysis.imports;
    for (let k = 0; k < imports.length; k++) {
      const s = imports[k]!.statement;
      if (s.level !== 0 || s.inTypeChecking) continue;
      if (s.kind === 'from' || s.names === '*') note(path, s, s.module);
      else for (let i = 0; i < s.names.length; i++) note(path, s, s.names[i]!.name);
    }
  }
  return [...found].map(([name, sites]) =>
    sites.every((x) => x.optional) ? { name, sites, optional: true } : { name, sites },
  );
}

/** The distribution name a PEP 508 requirement starts with ('PyYAML>=6; python_version<"4"' → 'PyYAML'). */
export function requirementName(requirement: string): string {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? requirement.trim();
}

/** The distributions that may provide an import, normalised: its own name and the table's. */
export function candidateDistributions(name: string): string[] {
  const own = normalizeName(name.split('.')[0] as string);
  return [own, ...(IMPORT_DISTRIBUTIONS[name] ?? []).map(normalizeName)];
}

/** The distribution `init` writes for an import: the table's usual one, else the import's own name. */
export function suggestedDistribution(name: string): string {
  return IMPORT_DISTRIBUTIONS[name]?.[0] ?? (name.split('.')[0] as string).replace(/_/g, '-');
}

/**
 * Every distribution an import site may come from, normalised: each dotted
 * prefix of the module (and of `module.name` for a from-import) as a name,
 * since namespace packages are published that way (`opentelemetry.sdk` by
 * opentelemetry-sdk, `google.cloud.storage` by google-cloud-storage), and
 * the table's distributions for each prefix.
 */
export function siteCandidates(
  site: ImportSiteRef,
  memo = new Map<string, string[]>(),
): Set<string> {
  const out = new Set<string>();
  for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)]) {
    for (const c of dottedCandidates(dotted, memo)) out.add(c);
  }
  return out;
}

/** The candidates of one dotted name, memoised: a big tree imports the same names thousands of times. */
function dottedCandidates(dotted: string, memo: Map<string, string[]>): string[] {
  const hit = memo.get(dotted);
  if (hit) return hit;
  const out: string[] = [];
  const parts = dotted.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    out.push(normalizeName(prefix));
    for (const d of IMPORT_DISTRIBUTIONS[prefix] ?? []) out.push(normalizeName(d));
  }
  memo.set(dotted, out);
  return out;
}

export interface DependencyCoverage {
  /** Imports no requirement covers. */
  undeclared: ThirdPartyImport[];
  /** Indexes into `dependencies` of the requirements no source imports. */
  unused: number[];
}

/**
 * Which imports no requirement covers, and which `dependencies` no import
 * uses. Optional dependencies (extras) cover imports too, since an optional
 * import is their point, but are never called unused: an extra is for the
 * installer to choose.
 */
export function dependencyCoverage(
  imports: readonly ThirdPartyImport[],
  dependencies: readonly string[],
  optional: readonly string[] = [],
): DependencyCoverage {
  const declared = new Set(
    [...dependencies, ...optional].map((d) => normalizeName(requirementName(d))),
  );
  const used = new Set<string>();
  const undeclared: ThirdPartyImport[] = [];
  const memo = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const imp of imports) {
    let covered = false;
    for (const site of imp.sites) {
      for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)]) {
        if (seen.has(dotted)) continue; // its candidates are in used already
        seen.add(dotted);
        for (const c of dottedCandidates(dotted, memo)) used.add(c);
      }
    }
    for (const site of imp.sites) {
      if (covered) break;
      for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)])
        if (dottedCandidates(dotted, memo).some((c) => declared.has(c))) covered = true;
    }
    if (!covered && !imp.optional) undeclared.push(imp);
  }
  const unused = dependencies
    .map((d, i) => ({ name: normalizeName(requirementName(d)), i }))
    .filter(({ name }) => !used.has(name))
    .map(({ i }) => i);
  return { undeclared, unused };
}

/** The 1-based line of a dependency string in the project file's text (best effort: the string's first occurrence). */
export function lineOfRequirement(text: string, requirement: string): number | undefined {
  const lines = text.split(/\r?\n/);
  for (const quote of ['"', "'"]) {
    const i = lines.findIndex((l) => l.includes(`${quote}${requirement}${quote}`));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

/** Where the build's project table came from. */
export type ProjectOrigin =
  | { kind: 'file'; shown: string; text: string }
  /** `project: none`: the bare package, on purpose. */
  | { kind: 'none' }
  /** No project input and no `<source>/pyproject.runtime.toml`. */
  | { kind: 'absent'; expected: string };

export interface DependencyWarning {
  /** Relative to the workspace. */
  file: string;
  line: number;
  /** 1-based, as annotations count. */
  column: number;
  title: string;
  message: string;
}

function code(text: string): string {
  return '`' + text + '`';
}

/** `yaml (workspace/config.py:3)` for a list of imports. */
function firstSites(imports: readonly ThirdPartyImport[], display: string): string {
  return imports
    .map((i) => `${i.name} (${joinShown(display, i.sites[0]!.file)}:${i.sites[0]!.line})`)
    .join(', ');
}

function joinShown(display: string, rel: string): string {
  return display === '' || display === '.' ? rel : `${trimSlash(display)}/${rel}`;
}

/**
 * The absent table with third-party imports is refused (returned as one
 * error per import, the caller throws them together); with a table, imports
 * no requirement covers and requirements no import uses are warnings.
 */
export function checkDependencies(
  imports: readonly ThirdPartyImport[],
  origin: ProjectOrigin,
  project: {
    dependencies: readonly string[];
    optionalDependencies: ReadonlyArray<[string, string[]]>;
  },
  display: string,
): { refusal?: { message: string; errors: DependencyWarning[] }; warnings: DependencyWarning[] } {
  if (origin.kind === 'none') return { warnings: [] };
  if (origin.kind === 'absent') {
    // Optional imports (guarded by except ImportError) do not make a bare wheel break.
    const required = imports.filter((i) => !i.optional);
    if (required.length === 0) return { warnings: [] };
    const fix =
      `Write the table: \`npx runtime-actions init --source ${display}\` writes a starter ${origin.expected} ` +
      `from these imports (or set the project input to another file); set \`project: none\` to build the bare package on purpose.`;
    const message =
      `No project table: the project input is empty and ${origin.expected} does not exist, so the wheel would declare ` +
      `no dependencies and no console scripts, yet the sources import ${required.length} third-party ` +
      `${required.length === 1 ? 'module' : 'modules'}: ${firstSites(required, display)}. ` +
      `It would install, then fail at the first of these imports. ${fix}`;
    const errors = required.map((i) => {
      const site = i.sites[0]!;
      const more = i.sites.length > 1 ? ` (and ${i.sites.length - 1} more imports)` : '';
      return {
        file: joinShown(display, site.file),
        line: site.line,
        column: site.column + 1,
        title: 'Third-party import without a project table',
        message: `${code(site.module)} is a third-party module${more}, but there is no project table, so the wheel would declare no dependencies and no scripts. ${fix}`,
      };
    });
    return { refusal: { message, errors }, warnings: [] };
  }
  const optional = project.optionalDependencies.flatMap(([, reqs]) => reqs);
  const { undeclared, unused } = dependencyCoverage(imports, project.dependencies, optional);
  const warnings: DependencyWarning[] = undeclared.map((i) => {
    const site = i.sites[0]!;
    const dists = candidateDistributions(i.name);
    const suggested = suggestedDistribution(i.name);
    const more = i.sites.length > 1 ? ` (imported ${i.sites.length} times; this is the first)` : '';
    return {
      file: joinShown(display, site.file),
      line: site.line,
      column: site.column + 1,
      title: 'Undeclared dependency',
      message:
        `${code(site.module)} is a third-party module${more} that no entry of dependencies in ${origin.shown} covers ` +
        `(looked for ${dists.map(code).join(' or ')}): an install without it fails at this import. ` +
        `Add ${code(`"${suggested}"`)} (the distribution that provides it) to dependencies.`,
    };
  });
  const dependencyLine =
    origin.text.split(/\r?\n/).findIndex((l) => /^\s*dependencies\s*=/.test(l)) + 1 || 1;
  for (const i of unused) {
    const req = project.dependencies[i]!;
    warnings.push({
      file: origin.shown,
      line: lineOfRequirement(origin.text, req) ?? dependencyLine,
      column: 1,
      title: 'Unused dependency',
      message:
        `dependencies[${i}] ${code(req)} in ${origin.shown}: no module under ${display} imports ${code(requirementName(req))} ` +
        `(or an import name it is known to provide). Remove it, or keep it if it is needed without an import (a plugin, a server it starts).`,
    });
  }
  return { warnings };
}
