/**
 * The `[project]` table (PEP 621) of the runtime's project file, parsed with
 * smol-toml and validated key by key, so a mistake is reported as
 * `pyproject.runtime.toml:12: project.dependencies[2] …` instead of surfacing
 * as a confusing metadata error on the index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { ActionError, throwIfAny } from '../toolkit/errors.js';
import { isSpecifier } from '../versions/specifiers.js';
import { isPythonIdentifier, isValidProjectName, normalizeName } from './names.js';

export interface Person {
  name?: string;
  email?: string;
}

export interface Readme {
  text: string;
  contentType: string;
  /** The file's name when the readme came from a file (the sdist ships it under this name). */
  fileName?: string;
}

/** Everything but name and version, which the build sets. Ordered lists keep the file's order. */
export interface ProjectTable {
  description?: string;
  readme?: Readme;
  requiresPython?: string;
  /** License text (from `license.text`, `license.file`, or a PEP 639 expression string). */
  license?: string;
  authors: Person[];
  maintainers: Person[];
  keywords: string[];
  classifiers: string[];
  urls: Array<[label: string, url: string]>;
  dependencies: string[];
  optionalDependencies: Array<[extra: string, requirements: string[]]>;
  scripts: Array<[name: string, ref: string]>;
  guiScripts: Array<[name: string, ref: string]>;
  entryPoints: Array<[group: string, entries: Array<[name: string, ref: string]>]>;
}

export function emptyProject(): ProjectTable {
  return {
    authors: [],
    maintainers: [],
    keywords: [],
    classifiers: [],
    urls: [],
    dependencies: [],
    optionalDependencies: [],
    scripts: [],
    guiScripts: [],
    entryPoints: [],
  };
}

/** What the build assumes without a project file: the runtime's own floor, nothing else. */
export function defaultProject(): ProjectTable {
  return { ...emptyProject(), requiresPython: '>=3.11' };
}

const KNOWN_KEYS = new Set([
  'name',
  'version',
  'description',
  'readme',
  'requires-python',
  'license',
  'authors',
  'maintainers',
  'keywords',
  'classifiers',
  'urls',
  'scripts',
  'gui-scripts',
  'entry-points',
  'dependencies',
  'optional-dependencies',
  'dynamic',
]);

/**
 * PEP 508 requirement, checked for shape: a name, optional extras, then a
 * PEP 440 specifier (validated by packages/versions) or a URL, then an
 * optional marker. Markers are only checked for being non-empty: pip
 * evaluates them, and a wrong one fails loudly at install time.
 */
const REQUIREMENT =
  /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[\s*[A-Za-z0-9._-]+(?:\s*,\s*[A-Za-z0-9._-]+)*\s*\])?\s*(\(?[^;@()]*\)?|@\s*\S+)?\s*(;\s*\S.*)?$/;

export function checkRequirement(req: string): string | undefined {
  const m = REQUIREMENT.exec(req);
  if (!m) return `'${req}' is not a PEP 508 requirement (name[extras] specifier ; marker)`;
  const spec = (m[3] ?? '').trim();
  if (spec && !spec.startsWith('@')) {
    const bare = spec.replace(/^\((.*)\)$/, '$1').trim();
    if (bare && !isSpecifier(bare)) return `'${req}': '${bare}' is not a PEP 440 version specifier`;
  }
  return undefined;
}

/** `module.sub:attr.attr` (PEP 621 object references, as entry points take them). */
const OBJECT_REF = /^\s*([^\s:[\]]+)\s*(?::\s*([^\s[\]]+))?\s*(\[[^\]]*\])?\s*$/;

function checkObjectRef(ref: string, needsAttr: boolean): string | undefined {
  const m = OBJECT_REF.exec(ref);
  const mod = m?.[1];
  const attr = m?.[2];
  if (!m || !mod || !mod.split('.').every(isPythonIdentifier)) {
    return `'${ref}' is not an object reference (module.sub:function)`;
  }
  if (attr !== undefined && !attr.split('.').every(isPythonIdentifier)) {
    return `'${ref}': '${attr}' is not an attribute path`;
  }
  if (needsAttr && attr === undefined)
    return `'${ref}' names a module, not a function (module:function)`;
  return undefined;
}

const README_TYPES: Record<string, string> = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.rst': 'text/x-rst',
  '.txt': 'text/plain',
};

/** Best-effort line of a key in the TOML text, for annotations (smol-toml keeps no positions). */
function lineOfKey(text: string, key: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [
    new RegExp(`^\\s*\\[\\s*project\\s*\\.\\s*["']?${escaped}["']?\\s*[\\].]`),
    new RegExp(`^\\s*["']?${escaped}["']?\\s*=`),
  ];
  let inProject = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (patterns[0]?.test(line)) return i + 1;
    const header = /^\s*\[([^\]]*)\]/.exec(line);
    if (header) inProject = header[1]?.trim() === 'project';
    else if (inProject && patterns[1]?.test(line)) return i + 1;
  }
  return undefined;
}

export interface ProjectFileOptions {
  /** The distribution name the build uses; a `name` in the table must agree with it. */
  name: string;
  /** File name shown in errors (relative to the workspace). */
  displayPath: string;
}

type Problem = { key: string; message: string; hint?: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Reads and validates a project file. Relative paths (readme, license.file) are relative to it. */
export function readProjectFile(file: string, options: ProjectFileOptions): ProjectTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ActionError(
      `Cannot read the project file ${options.displayPath}: ${(e as Error).message}`,
      {
        input: 'project',
        file: options.displayPath,
        hint: 'Point the project input at a TOML file holding a [project] table.',
      },
    );
  }
  return parseProjectToml(text, { ...options, baseDir: path.dirname(file) });
}

export function parseProjectToml(
  text: string,
  options: ProjectFileOptions & { baseDir: string },
): ProjectTable {
  const where = options.displayPath;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const te = e as TomlError;
    throw new ActionError(
      `${where} is not valid TOML: ${te.message.split('\n')[0] ?? te.message}`,
      {
        title: 'Invalid project file',
        file: where,
        line: te instanceof TomlError ? te.line : undefined,
        column: te instanceof TomlError ? te.column : undefined,
        details: te.message.split('\n').slice(1),
      },
    );
  }
  const table = doc.project;
  if (!isRecord(table)) {
    throw new ActionError(`${where} has no [project] table.`, {
      title: 'Invalid project file',
      file: where,
      hint: 'Add a [project] table (PEP 621) with description, requires-python, dependencies, scripts.',
    });
  }

  const problems: Problem[] = [];
  const project = emptyProject();
  const str = (key: string, v: unknown): string | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string')
      problems.push({ key, message: `must be a string, got ${describe(v)}` });
    else return v;
    return undefined;
  };
  const strArray = (key: string, v: unknown): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push({ key, message: `must be an array of strings, got ${describe(v)}` });
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else problems.push({ key, message: `[${i}] must be a string, got ${describe(item)}` });
    });
    return out;
  };
  const strTable = (key: string, v: unknown): Array<[string, string]> => {
    if (v === undefined) return [];
    if (!isRecord(v)) {
      problems.push({ key, message: `must be a table of strings, got ${describe(v)}` });
      return [];
    }
    const out: Array<[string, string]> = [];
    for (const [k, item] of Object.entries(v)) {
      if (typeof item === 'string') out.push([k, item]);
      else problems.push({ key, message: `'${k}' must be a string, got ${describe(item)}` });
    }
    return out;
  };

  for (const key of Object.keys(table)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push({
        key,
        message: 'is not a PEP 621 key',
        hint: `Known keys: ${[...KNOWN_KEYS].join(', ')}.`,
      });
    }
  }

  if (table.name !== undefined) {
    const name = str('name', table.name);
    if (
      name !== undefined &&
      (!isValidProjectName(name) || normalizeName(name) !== normalizeName(options.name))
    ) {
      problems.push({
        key: 'name',
        message: `is '${name}' but the build's package-name is '${options.name}'`,
        hint: 'Remove project.name (the package-name input sets it) or make the two agree.',
      });
    }
  }
  if (table.version !== undefined) {
    problems.push({
      key: 'version',
      message: 'must not be set: the version comes from the build’s version input',
      hint: 'Remove project.version; a static version here would go stale at the next release.',
    });
  }
  if (table.dynamic !== undefined) {
    const dyn = strArray('dynamic', table.dynamic);
    if (dyn.length > 0) {
      problems.push({
        key: 'dynamic',
        message: `lists ${dyn.join(', ')}, but nothing is computed at build time here`,
        hint: 'Write the values into the table (version comes from the version input); remove project.dynamic.',
      });
    }
  }

  project.description = str('description', table.description);
  if (project.description?.includes('\n')) {
    problems.push({
      key: 'description',
      message: 'must be one line (it is the summary; the long text goes in readme)',
    });
  }

  const rp = str('requires-python', table['requires-python']);
  if (rp !== undefined) {
    if (!isSpecifier(rp) || rp.trim() === '') {
      problems.push({
        key: 'requires-python',
        message: `'${rp}' is not a PEP 440 version specifier (e.g. ">=3.11")`,
      });
    } else project.requiresPython = rp.trim();
  }

  // readme: a path, or {file|text, content-type}.
  const readme = table.readme;
  if (readme !== undefined) {
    let file: string | undefined;
    let readmeText: string | undefined;
    let contentType: string | undefined;
    if (typeof readme === 'string') file = readme;
    else if (isRecord(readme)) {
      file = str('readme.file', readme.file);
      readmeText = str('readme.text', readme.text);
      contentType = str('readme.content-type', readme['content-type']);
      if ((file === undefined) === (readmeText === undefined)) {
        problems.push({ key: 'readme', message: 'must have exactly one of file or text' });
      }
      if (contentType === undefined)
        problems.push({ key: 'readme', message: 'table needs a content-type' });
    } else
      problems.push({
        key: 'readme',
        message: `must be a path or a table, got ${describe(readme)}`,
      });
    if (file !== undefined) {
      const ext = path.extname(file).toLowerCase();
      contentType ??= README_TYPES[ext];
      if (contentType === undefined) {
        problems.push({
          key: 'readme',
          message: `cannot tell the content type of '${file}'`,
          hint: 'Use a .md, .rst or .txt file, or a table {file = "…", content-type = "text/markdown"}.',
        });
      }
      try {
        readmeText = readFileSync(path.resolve(options.baseDir, file), 'utf8');
      } catch (e) {
        problems.push({
          key: 'readme',
          message: `file '${file}' cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          hint: `Paths are relative to ${where}.`,
        });
      }
    }
    if (readmeText !== undefined && contentType !== undefined) {
      project.readme = { text: readmeText, contentType };
      if (file !== undefined) project.readme.fileName = path.basename(file);
    }
  }

  const license = table.license;
  if (license !== undefined) {
    if (typeof license === 'string')
      project.license = license; // PEP 639 expression: License: under 2.1
    else if (isRecord(license)) {
      const lt = str('license.text', license.text);
      const lf = str('license.file', license.file);
      if ((lt === undefined) === (lf === undefined)) {
        problems.push({ key: 'license', message: 'table must have exactly one of text or file' });
      } else if (lt !== undefined) project.license = lt;
      else if (lf !== undefined) {
        try {
          project.license = readFileSync(path.resolve(options.baseDir, lf), 'utf8').trimEnd();
        } catch (e) {
          problems.push({
            key: 'license',
            message: `file '${lf}' cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          });
        }
      }
    } else
      problems.push({
        key: 'license',
        message: `must be a string or a table, got ${describe(license)}`,
      });
  }

  for (const key of ['authors', 'maintainers'] as const) {
    const v = table[key];
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      problems.push({
        key,
        message: `must be an array of {name, email} tables, got ${describe(v)}`,
      });
      continue;
    }
    v.forEach((p, i) => {
      if (!isRecord(p))
        return problems.push({ key, message: `[${i}] must be a table {name, email}` });
      const name = str(`${key}[${i}].name`, p.name);
      const email = str(`${key}[${i}].email`, p.email);
      if (name === undefined && email === undefined)
        problems.push({ key, message: `[${i}] needs a name or an email` });
      if (name?.includes(','))
        problems.push({ key, message: `[${i}].name must not contain a comma` });
      const person: Person = {};
      if (name !== undefined) person.name = name;
      if (email !== undefined) person.email = email;
      project[key].push(person);
    });
  }

  project.keywords = strArray('keywords', table.keywords);
  project.classifiers = strArray('classifiers', table.classifiers);
  project.urls = strTable('urls', table.urls);
  for (const [label] of project.urls) {
    if (label.length > 32)
      problems.push({ key: 'urls', message: `label '${label}' is longer than 32 characters` });
  }

  project.dependencies = strArray('dependencies', table.dependencies);
  project.dependencies.forEach((d, i) => {
    const bad = checkRequirement(d);
    if (bad) problems.push({ key: 'dependencies', message: `[${i}] ${bad}` });
  });

  const od = table['optional-dependencies'];
  if (od !== undefined) {
    if (!isRecord(od))
      problems.push({ key: 'optional-dependencies', message: 'must be a table of arrays' });
    else {
      for (const [extra, reqs] of Object.entries(od)) {
        if (!isValidProjectName(extra)) {
          problems.push({
            key: 'optional-dependencies',
            message: `'${extra}' is not a valid extra name`,
          });
        }
        const list = strArray(`optional-dependencies.${extra}`, reqs);
        list.forEach((d, i) => {
          const bad = checkRequirement(d);
          if (bad)
            problems.push({ key: 'optional-dependencies', message: `${extra}[${i}] ${bad}` });
        });
        project.optionalDependencies.push([extra, list]);
      }
    }
  }

  const entries = (key: string, v: unknown, needsAttr: boolean): Array<[string, string]> => {
    const list = strTable(key, v);
    for (const [name, ref] of list) {
      if (!/^[^\s=[\]]+$/.test(name) || name.startsWith('#')) {
        problems.push({
          key,
          message: `entry name '${name}' must not contain whitespace, '=' or brackets`,
        });
      }
      const bad = checkObjectRef(ref, needsAttr);
      if (bad) problems.push({ key, message: `'${name}': ${bad}` });
    }
    return list;
  };
  project.scripts = entries('scripts', table.scripts, true);
  project.guiScripts = entries('gui-scripts', table['gui-scripts'], true);
  const ep = table['entry-points'];
  if (ep !== undefined) {
    if (!isRecord(ep)) problems.push({ key: 'entry-points', message: 'must be a table of tables' });
    else {
      for (const [group, list] of Object.entries(ep)) {
        if (group === 'console_scripts' || group === 'gui_scripts') {
          problems.push({
            key: 'entry-points',
            message: `group '${group}' belongs in project.${group === 'console_scripts' ? 'scripts' : 'gui-scripts'}`,
          });
          continue;
        }
        if (!/^\w+(\.\w+)*$/.test(group)) {
          problems.push({ key: 'entry-points', message: `group '${group}' must be dotted words` });
        }
        project.entryPoints.push([group, entries(`entry-points.${group}`, list, false)]);
      }
    }
  }

  if (problems.length > 0) {
    const errors = problems.map(
      (p) =>
        new ActionError(`${where}: project.${p.key} ${p.message}.`, {
          title: 'Invalid project file',
          file: where,
          line: lineOfKey(text, p.key.split(/[.[]/)[0] as string),
          hint: p.hint,
        }),
    );
    throwIfAny(errors, `${where}: ${errors.length} problems in the [project] table.`);
  }
  return project;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a date';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'a table' : `${typeof v} ${JSON.stringify(v)}`;
}
