/**
 * The simple repository API as installers see it: PEP 691 JSON, with the
 * PEP 503 HTML page as a fallback for indexes that serve only HTML. What this
 * lists is what `pip install` can find, so "visible" means listed here.
 */
import { ActionError } from '../toolkit/errors.js';
import { isVersion, versionsEqual } from '../versions/pep440.js';
import { parseFilename } from './distribution.js';
import { summariseBody, type HttpClient } from '../toolkit/http.js';
import { IndexHttpClient, INDEX_UNREACHABLE } from './http.js';
import { normalizeName } from './metadata.js';
import { simpleProjectUrl } from './urls.js';

export interface IndexFile {
  filename: string;
  url: string;
  /** Hex sha256 when the index gives one. */
  sha256?: string;
  requiresPython?: string;
  size?: number;
  yanked: boolean;
  /** Version parsed from the filename ('' when it cannot be). */
  version: string;
  /** PEP 740: the URL of the file's provenance, when the index links one. */
  provenance?: string;
}

export interface Listing {
  project: string;
  /** `json` (PEP 691) or `html` (PEP 503). */
  format: 'json' | 'html';
  files: IndexFile[];
  /** 404: the project does not exist (yet). */
  missing: boolean;
  url: string;
}

const ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1';

function versionOf(filename: string): string {
  return parseFilename(filename)?.version ?? '';
}

function htmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_m, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos' || l === '#39') return "'";
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
    return String.fromCodePoint(parseInt(l.slice(1), 10));
  });
}

/**
 * PEP 503 page → files. A regex over anchors rather than an HTML parser: the
 * format is a flat list of `<a href=…>filename</a>` with a few data-*
 * attributes, and no HTML parser is among the installed dependencies.
 */
export function parseSimpleHtml(html: string, pageUrl: string): IndexFile[] {
  const files: IndexFile[] = [];
  for (const m of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
    const attrs = m[1] as string;
    const attr = (name: string): string | undefined => {
      const a = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
        attrs,
      );
      return a ? htmlUnescape((a[1] ?? a[2] ?? a[3]) as string) : undefined;
    };
    const href = attr('href');
    if (!href) continue;
    const abs = new URL(href, pageUrl);
    const hash = /^#sha256=([0-9a-f]{64})$/i.exec(abs.hash);
    abs.hash = '';
    const filename =
      htmlUnescape((m[2] as string).trim()) ||
      decodeURIComponent(abs.pathname.split('/').pop() ?? '');
    const rp = attr('data-requires-python');
    const provenance = attr('data-provenance');
    files.push({
      filename,
      url: abs.toString(),
      sha256: hash?.[1]?.toLowerCase(),
      requiresPython: rp,
      yanked: attr('data-yanked') !== undefined,
      version: versionOf(filename),
      ...(provenance ? { provenance: new URL(provenance, pageUrl).toString() } : {}),
    });
  }
  return files;
}

interface Pep691File {
  filename?: unknown;
  url?: unknown;
  hashes?: Record<string, unknown>;
  'requires-python'?: unknown;
  size?: unknown;
  yanked?: unknown;
  provenance?: unknown;
}

export function parseSimpleJson(body: { files?: Pep691File[] }, pageUrl: string): IndexFile[] {
  return (body.files ?? []).map((f) => {
    const filename = String(f.filename ?? '');
    return {
      filename,
      url: new URL(String(f.url ?? filename), pageUrl).toString(),
      sha256: typeof f.hashes?.sha256 === 'string' ? f.hashes.sha256.toLowerCase() : undefined,
      requiresPython: typeof f['requires-python'] === 'string' ? f['requires-python'] : undefined,
      size: typeof f.size === 'number' ? f.size : undefined,
      yanked: f.yanked !== undefined && f.yanked !== false,
      version: versionOf(filename),
      ...(typeof f.provenance === 'string' && f.provenance
        ? { provenance: new URL(f.provenance, pageUrl).toString() }
        : {}),
    };
  });
}

/** Lists a project's files on the index (empty and `missing` when it has none). */
export async function listFiles(
  indexUrl: string,
  project: string,
  http = new IndexHttpClient(),
): Promise<Listing> {
  const url = simpleProjectUrl(indexUrl, project);
  const res = await http.request({
    url,
    // max-age=0: PyPI's simple pages sit behind a CDN; ask for a fresh copy,
    // as pip does, or a just-uploaded file can stay invisible for minutes.
    headers: { Accept: ACCEPT, 'Cache-Control': 'max-age=0' },
    purpose: `the simple index page of ${project}`,
  });
  const text = await res.text();
  if (res.status === 404)
    return { project: normalizeName(project), format: 'json', files: [], missing: true, url };
  if (res.status !== 200) {
    throw new ActionError(
      `The index answered ${url} with HTTP ${res.status}${summariseBody(text)}.`,
      {
        title: 'Simple index unreadable',
        status: res.status,
        url,
        hint: 'Check `index-url`: it must be the index root (https://pypi.org), not the upload URL.',
      },
    );
  }
  const type = res.headers.get('content-type') ?? '';
  const pageUrl = res.url || url;
  if (type.includes('json')) {
    let body: { files?: Pep691File[] };
    try {
      body = JSON.parse(text) as { files?: Pep691File[] };
    } catch {
      throw new ActionError(`The index sent invalid JSON for ${url}.`, {
        title: 'Simple index unreadable',
        status: 200,
        url,
      });
    }
    return {
      project: normalizeName(project),
      format: 'json',
      files: parseSimpleJson(body, pageUrl),
      missing: false,
      url,
    };
  }
  return {
    project: normalizeName(project),
    format: 'html',
    files: parseSimpleHtml(text, pageUrl),
    missing: false,
    url,
  };
}

export interface WaitOptions {
  indexUrl: string;
  project: string;
  /** Wait until some file of this version is listed … */
  version?: string;
  /** … or until each of these files is listed. */
  filenames?: string[];
  timeoutSeconds: number;
  onProgress?: (p: WaitProgress) => void;
  http?: HttpClient;
  /**
   * Polls in a row that may fail to read the index (each after the client's
   * own retries) before giving up: an index that cannot be reached is not
   * one that has not listed the files yet, and waiting out the timeout for
   * it only hides the cause. Default 3.
   */
  maxFailedPolls?: number;
  /** First poll interval and cap (defaults 1 s and 15 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface WaitProgress {
  attempt: number;
  elapsedSeconds: number;
  /** Files wanted that are listed. */
  found: string[];
  /** Files wanted that are not listed yet ([] in version mode). */
  missing: string[];
  /** Versions the index lists for the project. */
  versions: string[];
  nextPollSeconds: number;
  /** Set when this poll could not read the index: why, and how many polls in a row failed. */
  unreachable?: { reason: string; failedPolls: number; maxFailedPolls: number };
}

export interface WaitResult {
  /** The wanted files as the index lists them. */
  files: IndexFile[];
  waitedSeconds: number;
  attempts: number;
}

function matchesVersion(file: IndexFile, version: string): boolean {
  if (file.version === version) return true;
  return isVersion(file.version) && isVersion(version) && versionsEqual(file.version, version);
}

function sortVersions(vs: string[]): string[] {
  return [...new Set(vs.filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Polls the simple index until the wanted files are listed, with backoff
 * (1 s doubling to 15 s, never past the deadline). Times out with an
 * ActionError saying what the index last listed.
 */
export async function waitForFiles(options: WaitOptions): Promise<WaitResult> {
  const { indexUrl, project, version, filenames, timeoutSeconds } = options;
  if (!version && (!filenames || filenames.length === 0)) {
    throw new Error('waitForFiles needs a version or filenames');
  }
  const http = options.http ?? new IndexHttpClient({ attempts: 2 });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  const deadline = started + timeoutSeconds * 1000;
  let delay = options.initialDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 15_000;
  let last: Listing | undefined;
  let lastError: string | undefined;
  const maxFailedPolls = options.maxFailedPolls ?? 3;
  let failedPolls = 0;

  for (let attempt = 1; ; attempt++) {
    try {
      last = await listFiles(indexUrl, project, http);
      lastError = undefined;
      failedPolls = 0;
    } catch (e) {
      // A flaky index while waiting is not fatal, a few polls in a row are.
      lastError = e instanceof Error ? e.message : String(e);
      failedPolls++;
    }
    const listed = last?.files ?? [];
    let wanted: IndexFile[];
    let missing: string[];
    if (filenames && filenames.length > 0) {
      wanted = filenames
        .map((f) => listed.find((l) => l.filename === f))
        .filter((f): f is IndexFile => !!f);
      missing = filenames.filter((f) => !listed.some((l) => l.filename === f));
    } else {
      wanted = listed.filter((f) => matchesVersion(f, version as string));
      missing = wanted.length > 0 ? [] : [`any file of version ${version}`];
    }
    const elapsed = now() - started;
    const done = missing.length === 0 && !lastError;
    const remaining = deadline - now();
    const next = Math.min(delay, Math.max(0, remaining));
    options.onProgress?.({
      attempt,
      elapsedSeconds: elapsed / 1000,
      found: wanted.map((f) => f.filename),
      missing: done ? [] : missing,
      versions: sortVersions(listed.map((f) => f.version)),
      nextPollSeconds: done ? 0 : next / 1000,
      ...(lastError ? { unreachable: { reason: lastError, failedPolls, maxFailedPolls } } : {}),
    });
    if (done) return { files: wanted, waitedSeconds: elapsed / 1000, attempts: attempt };
    if (lastError && failedPolls >= maxFailedPolls) {
      const url = simpleProjectUrl(indexUrl, project);
      throw new ActionError(
        `Cannot reach the index at ${indexUrl}: ${failedPolls} polls in a row failed over ${Math.round(elapsed / 1000)} s, ` +
          `so this stops now rather than after the ${timeoutSeconds} s timeout (${normalizeName(project)} ` +
          `${filenames?.length ? missing.join(', ') : version} may be listed there or not; nothing could tell). Last failure: ${lastError}`,
        {
          title: INDEX_UNREACHABLE,
          url,
          hint: "Check 'index-url' (the index root, such as https://pypi.org) and the runner's network, then re-run.",
          details: [
            `Polled ${url} ${attempt} time${attempt === 1 ? '' : 's'}; ${last ? 'earlier polls read it' : 'no poll got an answer'}.`,
          ],
        },
      );
    }
    if (remaining <= 0) {
      const versions = sortVersions(listed.map((f) => f.version));
      const details = [
        `Polled ${last?.url ?? simpleProjectUrl(indexUrl, project)} ${attempt} time${attempt === 1 ? '' : 's'} over ${Math.round(elapsed / 1000)} s.`,
        !last
          ? 'No poll got an answer from the index.'
          : last.missing
            ? `The index has no project '${normalizeName(project)}' at all (404).`
            : `Last listing (${listed.length} file${listed.length === 1 ? '' : 's'}, versions: ${versions.join(', ') || 'none'}):`,
        ...listed.slice(-20).map((f) => `  ${f.filename}${f.yanked ? ' (yanked)' : ''}`),
        ...(lastError ? [`Last poll failed: ${lastError}`] : []),
      ];
      const saw = !last
        ? `the index could not be read (${lastError ?? 'no answer'})`
        : last.missing
          ? 'the project does not exist there'
          : `it lists ${listed.length ? `versions ${versions.slice(-5).join(', ')}` : 'no files'}`;
      throw new ActionError(
        `Timed out after ${timeoutSeconds} s waiting for ${normalizeName(project)} ${
          filenames?.length ? missing.join(', ') : version
        } on ${indexUrl}: ${saw}.`,
        {
          title: 'Not visible on the index',
          url: last?.url,
          hint: 'The upload may have failed or the index may be slow; check the publish job, then re-run with a longer timeout.',
          details,
        },
      );
    }
    await sleep(next);
    delay = Math.min(maxDelay, delay * 2);
  }
}
