/**
 * Where things live on an index, from the legacy upload URL users configure.
 */
import { ActionError } from '../toolkit/errors.js';
import { normalizeName } from '../distribution/names.js';
import { trimSlash } from '../toolkit/slashes.js';

/**
 * The index root for an upload URL: PyPI and TestPyPI upload to a separate
 * host (upload.pypi.org) from the one that serves the simple and JSON APIs;
 * any other index (devpi, a sandbox) serves everything from one origin.
 */
export function deriveIndexUrl(uploadUrl: string, inputName = 'repository-url'): string {
  let u: URL;
  try {
    u = new URL(uploadUrl);
  } catch {
    throw new ActionError(`'${uploadUrl}' is not a URL.`, {
      input: inputName,
      hint: 'Use https://upload.pypi.org/legacy/ for PyPI or https://test.pypi.org/legacy/ for TestPyPI.',
    });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new ActionError(`'${uploadUrl}' is not an http(s) URL.`, { input: inputName });
  }
  if (u.hostname === 'upload.pypi.org') return 'https://pypi.org';
  if (u.hostname === 'test.pypi.org') return 'https://test.pypi.org';
  return u.origin;
}

/**
 * The project's path segment: its PEP 503 form (what index URLs use; the
 * index would redirect any other spelling), trimmed, and escaped in case a
 * caller passes something that is not a project name at all.
 */
function projectSegment(project: string): string {
  return encodeURIComponent(normalizeName(project.trim()));
}

export function simpleProjectUrl(indexUrl: string, project: string): string {
  return `${trimSlash(indexUrl)}/simple/${projectSegment(project)}/`;
}

/** The JSON API of a whole project (every release). */
export function jsonProjectUrl(indexUrl: string, project: string): string {
  return `${trimSlash(indexUrl)}/pypi/${projectSegment(project)}/json`;
}

/** The JSON API of one release. */
export function jsonReleaseUrl(indexUrl: string, project: string, version: string): string {
  return `${trimSlash(indexUrl)}/pypi/${projectSegment(project)}/${encodeURIComponent(version)}/json`;
}

/** The release page users click through to. */
export function projectPageUrl(indexUrl: string, project: string, version: string): string {
  return `${trimSlash(indexUrl)}/project/${projectSegment(project)}/${encodeURIComponent(version)}/`;
}
