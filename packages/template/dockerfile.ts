/**
 * The Python a Dockerfile's final image runs: read from the final stage's
 * base image (`FROM python:3.11-slim`, `FROM docker.io/library/python:3.12`,
 * `FROM python:${PYTHON_VERSION}-slim` with a global `ARG`, a stage built
 * `FROM` another stage), or from an `ENV`/`ARG PYTHON_VERSION` when the base
 * is not a Python image.
 *
 * Written by hand: no maintained Dockerfile parser is installed, and the
 * little this needs (instructions with line continuations and heredocs,
 * `FROM`, `ARG`, `ENV`, variable substitution) is Docker's documented
 * syntax (https://docs.docker.com/reference/dockerfile/).
 */

export interface Instruction {
  /** Upper-cased: FROM, ARG, ENV, RUN … */
  keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  args: string;
  /** 1-based line of the keyword. */
  line: number;
}

export interface ImagePython {
  /** '3.11' or '3.11.7'; undefined when the Dockerfile does not tell. */
  version?: string;
  /** How the version was found. */
  source?: 'image-tag' | 'env' | 'arg';
  /** The final stage's base image, variables substituted ('' when there is no FROM). */
  image: string;
  /** The line to annotate: the FROM (or ENV/ARG) that fixes the Python. */
  line: number;
  /** The ARG whose default made the tag (`ARG PYTHON_VERSION=3.11`), with its line. */
  viaArg?: { name: string; value: string; line: number };
  /** Why the version could not be told, and what to do about it. */
  unknown?: string;
  /** Lines of `ARG RUNTIME_VERSION` declarations (empty: the layer cache may keep an old runtime). */
  runtimeVersionArgLines: number[];
}

/** Variables that, set by ENV or ARG, name the Python of a non-Python base image. */
const PYTHON_VARIABLES = ['PYTHON_VERSION', 'PYTHON', 'PY_VERSION', 'PYVER'];

/** Splits a Dockerfile into instructions, honouring `# escape=`, comments, continuations and heredocs. */
export function parseInstructions(text: string): Instruction[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let escape = '\\';
  let i = 0;
  // Parser directives: only at the very top, before any other line.
  for (; i < lines.length; i++) {
    const m = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[i] as string);
    if (!m) break;
    if (m[1]?.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
  }
  const out: Instruction[] = [];
  while (i < lines.length) {
    const raw = lines[i] as string;
    if (/^\s*(#|$)/.test(raw)) {
      i++;
      continue;
    }
    const line = i + 1;
    let logical = '';
    let current = raw;
    for (;;) {
      const trimmed = current.replace(/\s+$/, '');
      if (trimmed.endsWith(escape)) {
        logical += trimmed.slice(0, -1);
        i++;
        // Comment and empty lines inside a continuation are dropped, as Docker does.
        while (i < lines.length && /^\s*(#|$)/.test(lines[i] as string)) i++;
        if (i >= lines.length) break;
        current = lines[i] as string;
        continue;
      }
      logical += current;
      i++;
      break;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(logical);
    if (!m) continue;
    const keyword = (m[1] as string).toUpperCase();
    const args = (m[2] as string).trim();
    out.push({ keyword, args, line });
    // BuildKit heredocs (`RUN <<EOF` … `EOF`): their body is not instructions.
    for (const h of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
      const strip = h[1] === '-';
      const delimiter = h[3] as string;
      while (
        i < lines.length &&
        (strip ? (lines[i] as string).replace(/^\t+/, '') : lines[i]) !== delimiter
      )
        i++;
      i++;
    }
  }
  return out;
}

function unquote(s: string): string {
  if (
    s.length >= 2 &&
    ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))
  ) {
    return s.slice(1, -1);
  }
  return s;
}

/** `KEY=value KEY2="v 2"` or the legacy `KEY value` form of ENV; ARG's `NAME[=default]` list. */
export function parseAssignments(
  args: string,
  keyword: 'ENV' | 'ARG',
): [string, string | undefined][] {
  const tokens = [...args.matchAll(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g)].map((m) => m[0]);
  if (keyword === 'ENV' && tokens.length > 0 && !(tokens[0] as string).includes('=')) {
    // Legacy `ENV KEY value with spaces`.
    return [[tokens[0] as string, unquote(args.slice((tokens[0] as string).length).trim())]];
  }
  return tokens.map((t) => {
    const eq = t.indexOf('=');
    return eq < 0 ? [t, undefined] : [t.slice(0, eq), unquote(t.slice(eq + 1))];
  });
}

/** Docker's substitution: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alternative}`; unset → ''. */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(
    /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced?: string, op?: string, word?: string, bare?: string) => {
      if (whole === '\\$') return '$';
      const name = (braced ?? bare) as string;
      const value = vars.get(name);
      if (op === ':-') return value ? value : (word ?? '');
      if (op === ':+') return value ? (word ?? '') : '';
      return value ?? '';
    },
  );
}

export interface ImageRef {
  /** Everything before the tag: docker.io/library/python */
  name: string;
  /** The last path component: python */
  repository: string;
  /** The tag; 'latest' when none is written. */
  tag: string;
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  const [withoutDigest, digest] = ref.split('@', 2) as [string, string | undefined];
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const out: ImageRef = {
    name,
    repository: name.slice(name.lastIndexOf('/') + 1).toLowerCase(),
    tag: hasTag ? withoutDigest.slice(colon + 1) : 'latest',
  };
  if (digest) out.digest = digest;
  return out;
}

/** The Python version an image reference names, if it names one. */
export function pythonOfImage(ref: ImageRef): { version?: string; unpinned?: boolean } {
  if (ref.repository === 'python') {
    const m = /^(\d+(?:\.\d+){0,2})(?![\d.])/.exec(ref.tag);
    if (m) return { version: m[1] as string };
    // python:latest, python:slim, python:alpine: whatever is newest at build time.
    return { unpinned: true };
  }
  // Images that carry the interpreter in the tag: ghcr.io/astral-sh/uv:python3.12-bookworm-slim,
  // nikolaik/python-nodejs:python3.11-nodejs20.
  const m = /(?:^|[-_])python-?(\d+\.\d+(?:\.\d+)?)(?![\d.])/i.exec(ref.tag);
  return m ? { version: m[1] as string } : {};
}

interface Stage {
  from: Instruction;
  image: string;
  name?: string;
  /** ARG/ENV values set inside the stage, in order, with their lines. */
  vars: { name: string; value: string | undefined; line: number; keyword: 'ENV' | 'ARG' }[];
}

/**
 * The Python of the image the Dockerfile builds (its last stage). Never
 * throws: a Dockerfile it cannot read says so in `unknown`.
 */
export function imagePython(text: string): ImagePython {
  const instructions = parseInstructions(text);
  const globalArgs = new Map<string, string>();
  const globalArgLines = new Map<string, number>();
  const stages: Stage[] = [];
  const runtimeVersionArgLines: number[] = [];

  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const tokens = ins.args.split(/\s+/).filter((t) => !t.startsWith('--'));
      const image = substitute(tokens[0] ?? '', globalArgs);
      const stage: Stage = { from: ins, image, vars: [] };
      if (tokens[1]?.toLowerCase() === 'as' && tokens[2]) stage.name = tokens[2].toLowerCase();
      stages.push(stage);
      continue;
    }
    if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
    for (const [name, value] of parseAssignments(ins.args, ins.keyword)) {
      if (name === 'RUNTIME_VERSION' && ins.keyword === 'ARG')
        runtimeVersionArgLines.push(ins.line);
      const stage = stages[stages.length - 1];
      if (!stage) {
        // Before the first FROM: a global ARG, usable in FROM lines.
        if (ins.keyword === 'ARG') {
          if (value !== undefined) globalArgs.set(name, substitute(value, globalArgs));
          else if (!globalArgs.has(name)) globalArgs.set(name, '');
          globalArgLines.set(name, ins.line);
        }
        continue;
      }
      // Inside a stage, `ARG NAME` without a value takes the global default.
      const resolved =
        value !== undefined ? value : ins.keyword === 'ARG' ? globalArgs.get(name) : undefined;
      stage.vars.push({ name, value: resolved, line: ins.line, keyword: ins.keyword });
    }
  }

  const last = stages[stages.length - 1];
  if (!last) {
    return {
      image: '',
      line: 1,
      unknown: 'The Dockerfile has no FROM instruction, so its Python cannot be told.',
      runtimeVersionArgLines,
    };
  }

  // Follow `FROM <stage>` back to the stage that names a real image.
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let s: Stage | undefined = last; s && !seen.has(s);) {
    seen.add(s);
    chain.push(s);
    const image = s.image.toLowerCase();
    const index: number = stages.indexOf(s);
    s = stages
      .slice(0, index)
      .reverse()
      .find((p) => p.name === image);
  }
  const base = chain[chain.length - 1] as Stage;
  const ref = parseImageRef(base.image);
  const result: ImagePython = { image: base.image, line: base.from.line, runtimeVersionArgLines };

  // An ARG default that built the tag: say which, since a --build-arg overrides it.
  const usedArg = [...base.from.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map((m) => m[1] as string)
    .find((n) => globalArgs.has(n));
  const fromTag = pythonOfImage(ref);
  if (fromTag.version) {
    result.version = fromTag.version;
    result.source = 'image-tag';
    if (usedArg)
      result.viaArg = {
        name: usedArg,
        value: globalArgs.get(usedArg) ?? '',
        line: globalArgLines.get(usedArg) ?? 1,
      };
    return result;
  }

  // Not a Python image: an ENV/ARG naming the version, nearest stage first. (In
  // an unpinned python image such an ENV would not say what the image holds.)
  for (const s of fromTag.unpinned ? [] : chain) {
    for (const v of [...s.vars].reverse()) {
      if (!PYTHON_VARIABLES.includes(v.name.toUpperCase()) || !v.value) continue;
      const m = /^(\d+\.\d+(?:\.\d+)?)/.exec(v.value);
      if (!m) continue;
      result.version = m[1] as string;
      result.source = v.keyword === 'ENV' ? 'env' : 'arg';
      result.line = v.line;
      return result;
    }
  }

  const imageToken = base.from.args.split(/\s+/).find((t) => !t.startsWith('--')) ?? '';
  const unset = [...imageToken.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
    .map((m) => m[1] as string)
    .filter((n) => !globalArgs.get(n));
  if (unset.length > 0) {
    result.unknown = `The final stage's base image ${imageToken} depends on ${unset.map((n) => `ARG ${n}`).join(', ')} with no default, so its Python cannot be told. Declare a default before the first FROM (ARG ${unset[0]}=…).`;
  } else if (fromTag.unpinned) {
    result.unknown = `The base image ${base.image} follows the newest Python, so whether it meets the runtime's Requires-Python can change any day. Pin the version: FROM python:3.11-slim (or newer).`;
  } else {
    result.unknown = `The base image ${base.image} is not a python image and no ENV/ARG PYTHON_VERSION says which Python it has, so the runtime's Requires-Python floor cannot be checked. Build FROM python:X.Y-slim, or set ENV PYTHON_VERSION=X.Y in the final stage.`;
  }
  return result;
}
