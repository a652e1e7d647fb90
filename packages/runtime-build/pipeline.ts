/**
 * The build: source folder → rewritten package tree → wheel and sdist.
 *
 * Order matters for "no partial artifact": every check (inputs, project
 * file, tree, module names, encodings, the static import check) runs before
 * anything is written, and the writing itself is staged and renamed into
 * place.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import { decodePythonSource, encodePythonSource } from '../python/encoding.js';
import { insertIntoBytes, rewriteImports } from '../python/rewrite.js';
import { checkEntryPoints, checkImports, type ImportDiagnostic } from '../python/check.js';
import { forgetAnalyses } from '../python/analyse.js';
import { checkProjectName, isPythonIdentifier } from '../distribution/names.js';
import { defaultProject, readProjectFile, type ProjectTable } from '../distribution/project.js';
import { utf8, type PackageFile } from '../distribution/files.js';
import {
  buildWheelParallel,
  type BuiltWheel,
  type DistributionInput,
} from '../distribution/wheel.js';
import { DeflatePool } from '../distribution/deflate-pool.js';
import { WHEEL_DEFLATE_LEVEL } from '../distribution/archive-writer.js';
import { SelfWorker } from '../toolkit/worker.js';
import { slabAllocator } from '../toolkit/packed.js';
import { buildSdist, sdistTree, type BuiltSdist } from '../distribution/sdist.js';
import { canonicalVersion } from '../versions/canonical.js';
import { compileExcludes } from './exclude.js';
import { collectSource, posixJoin, readSourceFile } from './tree.js';
import {
  checkDeclaredModules,
  deriveModules,
  runtimeModulesJson,
  unimportableFolderDiagnostic,
} from './modules.js';
import { resolveEpoch, type Epoch } from './epoch.js';
import { stageFilesInto, stageFolder, type StagedOutput } from './output.js';
import { dependencyStep } from './dependency-step.js';
import type { ProjectOrigin } from './dependencies.js';
import { projectSummary, type WheelMetadataSummary } from './metadata-summary.js';

export interface BuildOptions {
  /** Source folder, absolute or relative to cwd. */
  source: string;
  /** The workspace root: relative inputs resolve against it and annotations are relative to it. */
  cwd: string;
  /** The version input as given (must already be canonical PEP 440). */
  version: string;
  packageName: string;
  importName: string;
  outDir: string;
  /** Project TOML path ('' or undefined: `<source>/pyproject.runtime.toml` when present, else defaults). */
  project?: string;
  exclude: string[];
  /** Optional closed list of top-level names; any drift fails. */
  modules?: string[];
  allowUnresolved?: string[];
  /** SOURCE_DATE_EPOCH as given by the environment ('' or undefined: the source's last commit time). */
  sourceDateEpoch?: string;
  /** Where to write the unpacked sdist tree (replaced when it exists); undefined: not written. */
  packageDir?: string;
  /**
   * The bundled worker that calls `serveWorker()` first (with compression,
   * analysis and file-writing handlers): parsing, compression and writing
   * are then shared with worker threads. Undefined (tests, source runs): one thread.
   */
  workerScript?: string | URL;
  /** Fewest files for which workers are started (default WORKER_MIN_FILES; tests lower it). */
  workerMinFiles?: number;
  /**
   * Folders holding Python under a name that is not an identifier stop the
   * build instead of being left out with a warning.
   */
  strict?: boolean;
  /** How many worker threads (default: one per core beyond the first, at most MAX_WORKER_THREADS). */
  workerThreads?: number;
}

export interface Artifact {
  path: string;
  fileName: string;
  sha256: string;
  size: number;
}

export interface RewriteRow {
  /** Relative to the workspace: `<source>/<path>`. */
  file: string;
  line: number;
  column: number;
  before: string;
  after: string;
}

export interface BuildResult {
  version: string;
  wheel: Artifact;
  sdist: Artifact;
  packageDir?: string;
  modules: { top_level_modules: string[]; subpackages: string[] };
  /** Files in the package (sources and generated). */
  fileCount: number;
  pythonFileCount: number;
  /** Files written by the build rather than copied (`__init__.py`, py.typed, the manifest). */
  generated: string[];
  excluded: string[];
  /** Output folders (out-dir, package-dir) under source, never packaged: `<source>/<path>/`. */
  outputsLeftOut: string[];
  rewrites: RewriteRow[];
  warnings: ImportDiagnostic[];
  epoch: Epoch;
  /** The project file used, relative to the workspace (undefined: built-in defaults). */
  projectFile?: string;
  /** What went into the wheel's METADATA, for the summary. */
  metadata: WheelMetadataSummary;
  source: string;
  /**
   * Milliseconds per phase: tree, read+decode, rewrite (the import analysis
   * included), check, archives (wheel, sdist and the package tree together), write.
   */
  timings: Record<string, number>;
  /** Worker threads that shared the deflate and the package tree writes (0: all on this thread). */
  workerThreads: number;
}

/** A path as annotations and messages show it: relative to the workspace when inside it. */
export function displayPath(cwd: string, target: string): string {
  const rel = path.relative(cwd, target);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return target.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

function resolveProject(
  options: BuildOptions,
  sourceAbs: string,
  packageName: string,
): { project: ProjectTable; file?: string; origin: ProjectOrigin } {
  const given = options.project?.trim() ?? '';
  // `project: none` asks for the bare package on purpose (issue #20).
  if (given === 'none') return { project: defaultProject(), origin: { kind: 'none' } };
  const file =
    given !== ''
      ? path.resolve(options.cwd, given)
      : path.join(sourceAbs, 'pyproject.runtime.toml');
  const shown = displayPath(options.cwd, file);
  if (given === '' && !existsSync(file))
    return { project: defaultProject(), origin: { kind: 'absent', expected: shown } };
  const project = readProjectFile(file, { name: packageName, displayPath: shown });
  return { project, file, origin: { kind: 'file', shown, text: readFileSync(file, 'utf8') } };
}

function generatedInit(importName: string, dir: string): Uint8Array {
  const dotted = dir === '' ? importName : `${importName}.${dir.replace(/\//g, '.')}`;
  return utf8(`"""${dotted} (package marker generated by runtime-actions build)."""\n`);
}

function diagnosticError(d: ImportDiagnostic, display: string): ActionError {
  return new ActionError(d.message, {
    title: d.title,
    file: posixJoin(display, d.file),
    line: d.line,
    column: d.column,
  });
}

export async function buildRuntime(options: BuildOptions): Promise<BuildResult> {
  const threads: { worker?: SelfWorker } = {};
  try {
    return await build(options, threads);
  } finally {
    await threads.worker?.close();
  }
}

/**
 * Below this many files a worker thread costs more than it saves. It takes
 * about 0.1 s to come up on a 2-core runner, and file work does not scale
 * across two threads of one process as computing does: two threads each
 * reading and writing half of 5,000 files get 1.45×, not 2×, and
 * bench/build's two-thread floor is slower than its one-thread floor at
 * every size. Measured with the bundle
 * on 2 cores, 10 alternating runs each, medians with the worker against
 * without: 1,000 files 0.56 against 0.49 s, 2,000 0.77 against 0.73 s,
 * 3,000 0.97 against 0.98 s, 5,000 1.31 against 1.50 s. (It was 300 when
 * the analysis was tree-sitter's, whose parse the worker shared.)
 */
export const WORKER_MIN_FILES = 3000;

/**
 * Files per batch handed to the deflate worker during the rewrite: small
 * enough that it starts while most files are still to analyse, large enough
 * that a message costs little against the work in it.
 */
const PREFETCH_BATCH = 256;

/**
 * Milliseconds from a monotonic clock. process.hrtime, not performance.now():
 * the global `performance` loads perf_hooks and ten internal modules on first
 * use, about 2 ms of a start-up that is most of a small build's time.
 */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

async function build(
  options: BuildOptions,
  threads: { worker?: SelfWorker },
): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  let lapStart = nowMs();
  const lap = (phase: string): void => {
    const now = nowMs();
    timings[phase] = Math.round(now - lapStart);
    lapStart = now;
  };
  // 1. Inputs.
  const version = canonicalVersion(options.version, 'version');
  const packageName = checkProjectName(options.packageName.trim(), 'package-name');
  const importName = options.importName.trim();
  if (!isPythonIdentifier(importName)) {
    throw new ActionError(`Input 'import-name': '${importName}' is not a Python identifier.`, {
      title: 'Invalid import name',
      input: 'import-name',
      hint: 'Use letters, digits and underscores, not starting with a digit (e.g. molecule_runtime).',
    });
  }
  const sourceAbs = path.resolve(options.cwd, options.source);
  // Started before anything is read (see epoch.ts); awaited when the archives need it.
  const epochLookup = resolveEpoch(options.sourceDateEpoch, sourceAbs);
  const display = displayPath(options.cwd, sourceAbs);
  const exclude = compileExcludes(options.exclude, 'exclude');

  // 2. The tree, minus the project file when it lives in source (build
  // configuration, not runtime) and the build's own output folders.
  const outAbs = path.resolve(options.cwd, options.outDir);
  const packageDirAbs =
    options.packageDir !== undefined && options.packageDir !== ''
      ? path.resolve(options.cwd, options.packageDir)
      : undefined;
  const tree = collectSource(sourceAbs, display, exclude, [
    { input: 'out-dir', absolute: outAbs },
    ...(packageDirAbs !== undefined ? [{ input: 'package-dir', absolute: packageDirAbs }] : []),
  ]);
  const { project, file: projectFile, origin } = resolveProject(options, sourceAbs, packageName);
  const projectShown = projectFile ? displayPath(options.cwd, projectFile) : undefined;
  const projectRel = projectFile
    ? path.relative(sourceAbs, projectFile).split(path.sep).join('/')
    : undefined;
  const found = tree.files.filter((f) => f.path !== projectRel);

  // 3. Module names. A folder holding Python under a name that is not an
  // identifier is left out with a warning (an error under strict): nothing
  // can import it, and shipping it by accident is what the old chain did.
  const {
    set,
    errors: nameErrors,
    unimportable,
  } = deriveModules(
    found.map((f) => f.path),
    display,
  );
  const strict = options.strict === true;
  const folderNotes = unimportable.map((f) => unimportableFolderDiagnostic(f, display, strict));
  const refusals = [
    ...(strict ? folderNotes.map((n) => new ActionError(n.message, n)) : []),
    ...nameErrors,
  ];
  throwIfAny(refusals, `${refusals.length} names under ${display} cannot be imported.`);
  const leftOut = new Set(unimportable.flatMap((f) => f.files));
  const entries = found.filter((f) => !leftOut.has(f.path));
  const excluded = [
    ...tree.excluded,
    ...(projectRel !== undefined && found.length !== tree.files.length ? [projectRel] : []),
    ...unimportable.map((f) => `${f.dir}/`),
  ];

  // Started as soon as the size is known, so it loads while the files are read.
  const worker = new SelfWorker(
    entries.length >= (options.workerMinFiles ?? WORKER_MIN_FILES)
      ? options.workerScript
      : undefined,
    options.workerThreads,
  );
  threads.worker = worker;
  const pool = new DeflatePool(worker);
  lap('tree');
  if (options.modules && options.modules.length > 0)
    checkDeclaredModules(options.modules, set, display);
  const runtimeNames = new Set([...set.topLevelModules, ...set.subpackages]);
  if (runtimeNames.has(importName)) {
    throw new ActionError(
      `The import package '${importName}' has the same name as the runtime module '${importName}' under ${display}.`,
      {
        title: 'Import name clashes with a module',
        input: 'import-name',
        hint: `Rename the module or choose another import-name: rewritten and unrewritten imports could not be told apart.`,
      },
    );
  }

  // 4. Read and decode every file (PEP 263 for .py), collecting every failure.
  const decodeErrors: ActionError[] = [];
  const sources: Array<{ path: string; bytes: Uint8Array; executable: boolean }> = [];
  const decoded = new Map<string, ReturnType<typeof decodePythonSource>>();
  for (const f of entries) {
    const { bytes, executable } = readSourceFile(f.absolute);
    sources.push({ path: f.path, bytes, executable });
    if (!f.path.endsWith('.py')) continue;
    try {
      decoded.set(f.path, decodePythonSource(bytes, posixJoin(display, f.path)));
    } catch (e) {
      if (e instanceof ActionError) decodeErrors.push(e);
      else throw e;
    }
  }
  throwIfAny(decodeErrors, `${decodeErrors.length} files under ${display} cannot be decoded.`);

  lap('read+decode');
  // 5. The parse, for the static import check and the rewrite.
  const excludedNames = new Set(
    tree.excludedTopLevel.filter((n) => isPythonIdentifier(n) && !runtimeNames.has(n)),
  );
  const checked = [...decoded].map(([p, d]) => ({ path: p, text: d.text }));
  const checkOptions = {
    modules: runtimeNames,
    shipped: set.shipped,
    excluded: excludedNames,
    allowUnresolved: new Set(options.allowUnresolved ?? []),
    importName,
    sourceDisplay: display,
  };
  // Console-script targets too: `import molecule_runtime.main` passing says nothing about `main_sync`.
  const targets: Record<string, string> = {};
  for (const [name, ref] of [...project.scripts, ...project.guiScripts]) targets[name] = ref;
  for (const [group, list] of project.entryPoints) {
    for (const [name, ref] of list)
      if (ref.includes(':')) targets[`${group}:${name}`] = ref.replace(/\s*\[.*\]\s*$/, '');
  }
  // The analysis runs here: the tokenizer (python/scan.ts) reads a module
  // faster than a worker thread could be sent it and send the result back.
  // 6. Rewrite imports; encode back to each file's own encoding. Done before
  // the check (whose verdict it does not change) so that the worker can
  // deflate the wheel's files while the check runs here; a failed check
  // throws that work away. A module that cannot be analysed stops the
  // rewrite: the check reports it, with every other error.
  const rewrites: RewriteRow[] = [];
  const files: PackageFile[] = [];
  // Finished files go to the deflate worker in batches while this thread
  // analyses the rest, instead of all at once after the last one.
  let posted = 0;
  const prefetchFrom = (from: number): number => {
    pool.prefetch(
      files.slice(from).map((f) => f.data),
      WHEEL_DEFLATE_LEVEL,
    );
    return files.length;
  };
  // The rewritten files' bytes, carved from shared slabs (toolkit/packed.ts).
  const allocate = slabAllocator();
  let unrewritable: { error: unknown } | undefined;
  try {
    // Indexed, as is the analysis it calls: most of it runs before V8 optimises it.
    for (let k = 0; k < sources.length; k++) {
      const s = sources[k]!;
      const dec = decoded.get(s.path);
      let data = s.bytes;
      if (dec) {
        const result = await rewriteImports(dec.text, {
          modules: runtimeNames,
          importName,
          file: s.path,
        });
        if (result.rewrites.length > 0) {
          data =
            insertIntoBytes(s.bytes, dec.text.length, result.insertions, allocate) ??
            encodePythonSource({ ...dec, text: result.source });
          const file = posixJoin(display, s.path);
          for (let i = 0; i < result.rewrites.length; i++)
            rewrites.push({ file, ...result.rewrites[i]! });
        }
      }
      files.push({ path: `${importName}/${s.path}`, data, executable: s.executable });
      if (files.length - posted >= PREFETCH_BATCH) posted = prefetchFrom(posted);
    }
    prefetchFrom(posted);
  } catch (error) {
    unrewritable = { error };
  }
  lap('rewrite');

  // 7. The static import check, on the sources as written.
  const diagnostics = [
    ...(await checkImports(checked, checkOptions)),
    ...(await checkEntryPoints(checked, targets, checkOptions)).map((d) =>
      d.file === 'pyproject.toml'
        ? { ...d, file: projectShown ?? 'pyproject.toml', line: projectShown ? d.line : 1 }
        : d,
    ),
  ];
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((d) =>
      d.file === projectShown
        ? new ActionError(d.message, { title: d.title, file: d.file, line: d.line })
        : diagnosticError(d, display),
    );
    throwIfAny(list, `The import check found ${list.length} errors under ${display}.`);
  }
  if (unrewritable !== undefined) throw unrewritable.error;
  const warnings: ImportDiagnostic[] = [
    ...folderNotes.map((n) => ({ severity: 'warning' as const, column: 1, ...n })),
    ...diagnostics
      .filter((d) => d.severity === 'warning')
      .map((d) => ({ ...d, file: posixJoin(display, d.file) })),
  ];
  // The table against the imports: refused when absent, warnings when it falls short.
  warnings.push(
    ...(await dependencyStep(checked, {
      origin,
      project,
      display,
      runtimeNames,
      excluded: new Set(tree.excludedTopLevel),
      importName,
    })),
  );

  // Nothing reads the sources as text or their analyses after the check:
  // let the collector have them before the archives are built.
  forgetAnalyses();
  decoded.clear();
  checked.length = 0;
  lap('check');
  // 8. Generated files.
  const have = new Set(entries.map((f) => f.path));
  const generated: string[] = [];
  for (const dir of set.packageDirs) {
    const init = dir === '' ? '__init__.py' : `${dir}/__init__.py`;
    if (have.has(init)) continue;
    files.push({ path: `${importName}/${init}`, data: generatedInit(importName, dir) });
    generated.push(`${importName}/${init}`);
  }
  if (!have.has('py.typed')) {
    files.push({ path: `${importName}/py.typed`, data: new Uint8Array() });
    generated.push(`${importName}/py.typed`);
  }
  const manifest = runtimeModulesJson(set);
  const manifestPath = `${importName}/_runtime_modules.json`;
  const withoutOld = files.filter((f) => f.path !== manifestPath);
  withoutOld.push({ path: manifestPath, data: utf8(`${JSON.stringify(manifest, null, 2)}\n`) });
  generated.push(manifestPath);

  // 9. Archives, in memory.
  const epoch = await epochLookup;
  const input: DistributionInput = {
    name: packageName,
    version,
    project,
    files: withoutOld,
    sourceDateEpoch: epoch.value,
  };
  // The archives and the package tree at once. The wheel's deflate went to
  // the worker during the rewrite, and the sdist's tar and gzip go to it now
  // (tar-gz-job.ts), while this thread lays out the wheel and writes the
  // package tree, file creation being as costly as compression; the worker
  // then helps with the tree. Without a worker, the same in turn.
  const contents = sdistTree(input);
  const archives = Promise.all([
    buildWheelParallel(input, pool),
    buildSdist(input, contents, worker),
  ]);
  // Awaited below; until then a failure must not count as unhandled.
  archives.catch(() => undefined);

  // 10. Stage everything, then move it into place.
  const staged: StagedOutput[] = [];
  let sdist: BuiltSdist;
  let wheel: BuiltWheel;
  try {
    if (packageDirAbs !== undefined) {
      staged.push(
        await stageFolder(
          packageDirAbs,
          contents.tree,
          'package-dir',
          displayPath(options.cwd, packageDirAbs),
          worker, // shareWork falls back to this thread when it is not available
        ),
      );
    }
    [wheel, sdist] = await archives;
    lap('archives');
    staged.push(
      stageFilesInto(
        outAbs,
        [
          { path: wheel.fileName, data: wheel.data },
          { path: sdist.fileName, data: sdist.data },
        ],
        'out-dir',
        displayPath(options.cwd, outAbs),
      ),
    );
    for (const s of staged) s.commit();
  } finally {
    // Nothing half-done: wait for the archives even when the tree failed.
    await archives.catch(() => undefined);
    for (const s of staged) s.discard();
  }

  lap('write');
  const result: BuildResult = {
    version,
    wheel: {
      path: path.join(outAbs, wheel.fileName),
      fileName: wheel.fileName,
      sha256: wheel.sha256,
      size: wheel.data.byteLength,
    },
    sdist: {
      path: path.join(outAbs, sdist.fileName),
      fileName: sdist.fileName,
      sha256: sdist.sha256,
      size: sdist.data.byteLength,
    },
    modules: manifest,
    fileCount: withoutOld.length,
    pythonFileCount: withoutOld.filter((f) => f.path.endsWith('.py')).length,
    generated: generated.sort(),
    excluded,
    outputsLeftOut: tree.outputsLeftOut.map((p) => `${posixJoin(display, p)}/`),
    rewrites,
    warnings,
    epoch,
    source: display,
    metadata: projectSummary(packageName, version, project, origin),
    timings,
    workerThreads: worker.size,
  };
  if (packageDirAbs !== undefined) result.packageDir = packageDirAbs;
  if (projectFile !== undefined) result.projectFile = displayPath(options.cwd, projectFile);
  return result;
}
