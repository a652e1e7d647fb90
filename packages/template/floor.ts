/**
 * The image's Python against the runtime's Requires-Python, said in words a
 * template maintainer can act on. pip, asked to install a release whose
 * Requires-Python excludes the interpreter, says only "Could not find a
 * version that satisfies the requirement … (from versions: none)" and never
 * mentions Python (field notes, incident 7); this says it before the build.
 */
import { ActionError } from '../toolkit/errors.js';
import { isSpecifier, satisfiesSpecifier } from '../versions/specifiers.js';
import { parseImageRef, type ImagePython } from './dockerfile.js';

export type FloorVerdict =
  /** Every patch release of the image's Python is allowed. */
  | 'ok'
  /** No Requires-Python: any interpreter may install the release. */
  | 'no-requires-python'
  | 'below'
  | 'above'
  /** Excluded by a `!=` or a gap, neither below nor above. */
  | 'excluded'
  /** `python:3.11` (whatever 3.11.x is newest) and a specifier that allows some 3.11.x only. */
  | 'patch-dependent'
  /** The Dockerfile does not say which Python, or Requires-Python cannot be read. */
  | 'unknown';

export interface FloorCheck {
  verdict: FloorVerdict;
  /** The minor versions (3.Y) Requires-Python allows, lowest first, among 3.6 … 3.20. */
  allowedMinors: string[];
  /** Set for below, above and excluded. */
  error?: ActionError;
  /** Set for patch-dependent and unknown. */
  warning?: string;
}

export interface FloorInput {
  python: ImagePython;
  requiresPython: string | undefined;
  packageName: string;
  version: string;
  /** Path of the Dockerfile, for the annotation. */
  dockerfile: string;
}

const MINORS = Array.from({ length: 15 }, (_, i) => i + 6);
// Patch numbers probed for an X.Y the tag leaves open: 0 and a number above
// any real one, so a specifier such as >=3.11.4 is seen to split 3.11.
const HIGH_PATCH = 99;

function allows(version: string, spec: string): boolean {
  return satisfiesSpecifier(version, spec);
}

/** The suggested FROM, keeping the image name and the tag's suffix the user wrote. */
function suggestedFrom(python: ImagePython, minor: string): string {
  if (python.source !== 'image-tag') return `FROM python:${minor}-slim`;
  const ref = parseImageRef(python.image);
  if (ref.repository === 'python')
    return `FROM ${ref.name}:${ref.tag.replace(/^\d+(?:\.\d+){0,2}/, minor)}`;
  return `FROM ${ref.name}:${ref.tag.replace(/(python-?)\d+\.\d+(?:\.\d+)?/i, `$1${minor}`)}`;
}

export function checkPythonFloor(input: FloorInput): FloorCheck {
  const { python, requiresPython, packageName, version, dockerfile } = input;
  const spec = requiresPython?.trim() ?? '';
  if (spec === '')
    return { verdict: 'no-requires-python', allowedMinors: MINORS.map((m) => `3.${m}`) };
  if (!isSpecifier(spec)) {
    return {
      verdict: 'unknown',
      allowedMinors: [],
      warning: `The runtime's Requires-Python '${spec}' is not a valid PEP 440 specifier, so the image's Python cannot be checked against it.`,
    };
  }
  const allowedMinors = MINORS.filter(
    (m) => allows(`3.${m}.0`, spec) || allows(`3.${m}.${HIGH_PATCH}`, spec),
  ).map((m) => `3.${m}`);
  if (python.version === undefined) {
    return {
      verdict: 'unknown',
      allowedMinors,
      warning: python.unknown ?? "The image's Python cannot be told.",
    };
  }
  const parts = python.version.split('.').map(Number);
  if (parts.length === 1) {
    return {
      verdict: 'unknown',
      allowedMinors,
      warning: `The base image ${python.image} follows the newest Python ${python.version}.x, so whether it meets Requires-Python ${spec} can change any day. Pin the minor version: ${suggestedFrom(python, allowedMinors[0] ?? '3.11')}.`,
    };
  }
  const [major, minor] = parts as [number, number];
  const probes =
    parts.length >= 3
      ? [python.version]
      : [`${major}.${minor}.0`, `${major}.${minor}.${HIGH_PATCH}`];
  const results = probes.map((v) => allows(v, spec));
  if (results.every(Boolean)) return { verdict: 'ok', allowedMinors };

  const where = python.viaArg
    ? ` (${python.viaArg.name}=${python.viaArg.value} comes from the ARG on line ${python.viaArg.line}; a --build-arg can override it)`
    : '';
  if (results.some(Boolean)) {
    return {
      verdict: 'patch-dependent',
      allowedMinors,
      warning: `The image's Python ${python.version} meets Requires-Python ${spec} only for some ${major}.${minor}.x releases${where}: pin a patch release the specifier allows, or use a newer minor version.`,
    };
  }

  const own = major * 100 + minor;
  const numeric = (m: string) => 300 + Number(m.split('.')[1]);
  const higher = allowedMinors.filter((m) => numeric(m) > own);
  const lower = allowedMinors.filter((m) => numeric(m) < own);
  const pip = `\`pip install ${packageName}==${version}\` in this image would fail with pip's 'Could not find a version that satisfies the requirement ${packageName}==${version} (from versions: none)', which never mentions Python.`;
  let verdict: FloorVerdict;
  let message: string;
  let title: string;
  if (higher.length > 0 && lower.length === 0) {
    verdict = 'below';
    title = "Python below the runtime's floor";
    message = `The image's Python ${python.version} is below the runtime's Requires-Python ${spec}${where}: ${pip} Use ${suggestedFrom(python, higher[0] as string)} or newer.`;
  } else if (lower.length > 0 && higher.length === 0) {
    verdict = 'above';
    title = "Python above the runtime's ceiling";
    message = `The image's Python ${python.version} is above the runtime's Requires-Python ${spec}${where}: ${pip} Use ${suggestedFrom(python, lower[lower.length - 1] as string)}.`;
  } else {
    verdict = 'excluded';
    title = 'Python excluded by the runtime';
    const allowed =
      allowedMinors.length > 0
        ? ` Allowed: ${allowedMinors.join(', ')}.`
        : ' No Python 3 release is allowed.';
    message = `The image's Python ${python.version} is excluded by the runtime's Requires-Python ${spec}${where}: ${pip}${allowed}`;
  }
  return {
    verdict,
    allowedMinors,
    error: new ActionError(message, { title, file: dockerfile, line: python.line }),
  };
}
