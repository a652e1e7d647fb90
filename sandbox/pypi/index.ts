/**
 * A loopback stand-in for PyPI (warehouse): the legacy upload API, the
 * simple repository API (PEP 503 HTML / PEP 691 JSON), the JSON API, file
 * downloads (with PEP 658 `.metadata`), and Trusted Publishing. Checked
 * against real twine, pip and PyJWT in the tests beside it. Routing only;
 * the behaviour lives in the modules it imports.
 *
 * Where it knowingly differs from pypi.org:
 * - a byte-identical re-upload is refused like any other (400 File already
 *   exists) unless `identicalReupload: 'accept'`, which is what warehouse
 *   does today (200, nothing stored);
 * - an upload whose form Requires-Python differs from the file's own
 *   METADATA/PKG-INFO is refused (a sandbox check: PyPI trusts the form);
 * - `invalid-token` refusals say only "malformed or invalid token", as PyPI
 *   does; `mintAttempts[].reason` says why (expired, signature, audience…);
 * - the repository owner in a publisher compares case-insensitively.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TokenStore } from './auth.js';
import { readDistMetadata, firstField } from './archive.js';
import { Faults, type FaultSwitch } from './faults.js';
import { listenLoopback, readBody, sendJson, sendText, writeHead } from './http.js';
import { projectJson, releaseJson } from './json-api.js';
import { readForm } from './multipart.js';
import { normalizeName, parseSdistFilename, parseVersion, parseWheelFilename } from './names.js';
import {
  escapeHtml,
  renderIndex,
  renderProject,
  selectContentType,
  type SimpleFormat,
} from './simple.js';
import { hashFile, Registry, storagePath, type Release } from './storage.js';
import {
  TrustedPublishing,
  type MintAttempt,
  type TrustedPublisher,
  type TrustedPublishingOptions,
} from './trusted-publishing.js';
import { handleUpload } from './upload.js';
import { IntegrityService } from './attestations.js';
import type { Provenance } from '../../packages/index/attestation.js';

export type { TrustedPublisher, MintAttempt } from './trusted-publishing.js';
export type { Fault } from './faults.js';

export interface PyPIOptions {
  trustedPublishing?: TrustedPublishingOptions;
  /** Configured per project, as on PyPI's "Publishing" page (a project that does not exist yet is created on the first exchange, as for a pending publisher). */
  publishers?: TrustedPublisher[];
  /** Static API tokens (the upload password, user `__token__`) and the projects they are scoped to (any, and may create projects, when omitted). */
  tokens?: Record<string, { projects?: string[] }>;
  /** A new file (and a new project) stays out of /simple/ and the JSON API this long after upload. Downloads work at once. */
  propagationDelayMs?: number;
  /** Bytes; default 100 MiB, PyPI's default per-file limit. */
  maxFileSize?: number;
  /** What the simple index offers; default both. ['html'] is an index that predates PEP 691. */
  simpleFormats?: SimpleFormat[];
  /** A byte-identical re-upload: 'reject' (400 File already exists, default) or 'accept' (200, as warehouse does today). */
  identicalReupload?: 'reject' | 'accept';
  /**
   * The Sigstore instance whose attestations the index accepts (its trusted
   * root; the sandbox's in tests). Without it an upload with attestations is
   * refused. The issuer is trustedPublishing's.
   */
  sigstore?: { trustedRoot: unknown };
}

export interface RecordedUpload {
  /** Every form field, repeated ones as several values; `content` as the file's name. */
  fields: Record<string, string[]>;
  filename: string;
  status: number;
  /** warehouse's message (the HTTP reason phrase); '' on success. */
  message: string;
  at: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  accept?: string;
  status: number;
  /** Content-Type of the answer. */
  contentType?: string;
  at: number;
}

export interface SandboxFile {
  filename: string;
  version: string;
  sha256: string;
  size: number;
  requiresPython?: string;
  uploadedAt: number;
}

export interface PyPISandbox {
  /** Index root, like https://pypi.org */
  url: string;
  /** `${url}/legacy/`, like https://upload.pypi.org/legacy/ */
  uploadUrl: string;
  /** `${url}/simple/` */
  simpleUrl: string;
  uploads: RecordedUpload[];
  /** Every API token minted by Trusted Publishing. */
  mintedTokens: string[];
  /** Every token exchange, with the sandbox's reason for refusals. */
  mintAttempts: MintAttempt[];
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  files(project: string): SandboxFile[];
  addPublisher(p: TrustedPublisher): void;
  addToken(token: string, scope?: { projects?: string[] }): void;
  /** Pre-existing releases: visible at once, metadata read from each file (or its name). */
  seed(
    project: string,
    files: Array<{ filename: string; content: Uint8Array; requiresPython?: string }>,
  ): void;
  faults: FaultSwitch;
  /**
   * A compromised index or mirror, for consumer-side tests: serve other
   * bytes for a file (listed with their own sha256, as a rewritten mirror
   * would), or other (or no) provenance for it.
   */
  compromise: {
    replaceContent(filename: string, content: Uint8Array): void;
    setProvenance(filename: string, provenance: Provenance | undefined): void;
  };
  close(): Promise<void>;
}

const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

const EXPLANATIONS: Record<number, [string, string]> = {
  400: [
    'Bad Request',
    'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  ],
  403: ['Forbidden', 'Access was denied to this resource.'],
  404: ['Not Found', 'The resource could not be found.'],
  410: ['Gone', 'This resource is no longer available.  No forwarding address is given.'],
};

/**
 * How warehouse answers an upload: the message is the HTTP reason phrase
 * (`400 File already exists …`, which twine prints) and Pyramid's HTML error
 * page the body.
 */
function sendForklift(res: ServerResponse, status: number, message: string): void {
  if (status === 200) {
    writeHead(res, 200, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': '0' });
    res.end();
    return;
  }
  // Reason phrases are latin-1 without line breaks (warehouse encodes with 'replace').
  const reason = message.replace(/[\r\n]+/g, ' ').replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
  const [, explanation] = EXPLANATIONS[status] ?? ['Error', ''];
  const html = `<html>
 <head>
  <title>${status} ${escapeHtml(message)}</title>
 </head>
 <body>
  <h1>${status} ${escapeHtml(message)}</h1>
  ${explanation}<br/><br/>
${escapeHtml(message)}


 </body>
</html>`;
  writeHead(
    res,
    status,
    {
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Length': String(Buffer.byteLength(html)),
    },
    reason,
  );
  res.end(html);
}

/** The Integrity API's content negotiation: its own type first, then JSON; no Accept takes the first. */
function selectIntegrityType(accept: string | undefined): string | undefined {
  const offers = ['application/vnd.pypi.integrity.v1+json', 'application/json'];
  if (!accept) return offers[0];
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { range: range.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
  });
  let best: { offer: string; q: number } | undefined;
  for (const offer of offers) {
    const [type] = offer.split('/');
    const q = Math.max(
      0,
      ...ranges
        .filter((r) => r.range === offer || r.range === `${type}/*` || r.range === '*/*')
        .map((r) => r.q),
    );
    if (q > 0 && (!best || q > best.q)) best = { offer, q };
  }
  return best?.offer;
}

export async function startPyPI(options: PyPIOptions = {}): Promise<PyPISandbox> {
  const registry = new Registry();
  const faults = new Faults();
  const uploads: RecordedUpload[] = [];
  const requests: RecordedRequest[] = [];
  const mintedTokens: string[] = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const delay = options.propagationDelayMs ?? 0;
  const formats = options.simpleFormats ?? ['json', 'html'];
  let baseUrl = '';
  const tokens = new TokenStore(() => `${baseUrl}/help/`, options.tokens);
  const trusted = new TrustedPublishing(options.trustedPublishing, registry, tokens, (t) =>
    mintedTokens.push(t),
  );
  for (const p of options.publishers ?? []) trusted.addPublisher(p);
  const integrity = new IntegrityService(
    options.sigstore && options.trustedPublishing
      ? { trustedRoot: options.sigstore.trustedRoot, issuer: options.trustedPublishing.issuer }
      : undefined,
  );

  const simple = (req: IncomingMessage, res: ServerResponse, url: URL, segments: string[]) => {
    const at = Date.now();
    const chosen = selectContentType(req.headers.accept, url.searchParams.get('format'), formats);
    if (!chosen) return sendText(res, 406, '406 Not Acceptable\n', 'text/plain');
    const headers = { Vary: 'Accept' };
    if (segments.length === 0) {
      return sendText(
        res,
        200,
        renderIndex(registry, chosen.format, at),
        chosen.contentType,
        headers,
      );
    }
    const name = segments[0] as string;
    const normalized = normalizeName(name);
    if (name !== normalized || segments.length > 1 || !url.pathname.endsWith('/')) {
      // PyPI redirects any non-normalised spelling to the canonical URL.
      writeHead(res, 301, { Location: `${baseUrl}/simple/${normalized}/${url.search}` });
      return res.end();
    }
    const project = registry.project(normalized);
    if (!project || project.visibleAt > at)
      return sendText(res, 404, '404 Not Found\n', 'text/plain');
    sendText(
      res,
      200,
      renderProject(registry, project, baseUrl, chosen.format, at),
      chosen.contentType,
      headers,
    );
  };

  const jsonApi = (res: ServerResponse, segments: string[]) => {
    // /pypi/<name>/json or /pypi/<name>/<version>/json
    const at = Date.now();
    const notFound = () => sendJson(res, 404, { message: 'Not Found' });
    const name = segments[0] as string;
    const project = registry.project(name);
    if (!project || project.visibleAt > at) return notFound();
    if (segments.length === 1) {
      if (name !== project.name) {
        writeHead(res, 301, { Location: `${baseUrl}/pypi/${project.name}/json` });
        return res.end();
      }
      const doc = projectJson(registry, project, baseUrl, at);
      return doc ? sendJson(res, 200, doc) : notFound();
    }
    const version = parseVersion(segments[1] as string);
    const release = version && project.releases.get(version.canonical);
    if (!release) return notFound();
    const doc = releaseJson(registry, project, release, baseUrl, at);
    return doc ? sendJson(res, 200, doc) : notFound();
  };

  const download = (res: ServerResponse, path: string) => {
    const metadata = path.endsWith('.metadata');
    const file = registry.fileByPath(metadata ? path.slice(0, -'.metadata'.length) : path);
    if (!file) return sendText(res, 404, '404 Not Found\n', 'text/plain');
    if (metadata) {
      if (!file.coreMetadata) return sendText(res, 404, '404 Not Found\n', 'text/plain');
      return sendText(res, 200, file.coreMetadata, 'binary/octet-stream');
    }
    sendText(res, 200, file.content, 'binary/octet-stream', { ETag: `"${file.hashes.md5}"` });
  };

  /**
   * warehouse's `api/integrity.py::provenance_for_file` at
   * /integrity/<project>/<version>/<filename>/provenance: 406 unless the
   * client accepts application/vnd.pypi.integrity.v1+json or
   * application/json, 404 with "No provenance available for <file>".
   */
  const integrityApi = (
    req: IncomingMessage,
    res: ServerResponse,
    [name, versionText, filename]: [string, string, string],
  ) => {
    const at = Date.now();
    const project = registry.project(name);
    const version = parseVersion(versionText);
    const release = version && project?.releases.get(version.canonical);
    const file = release?.files.find((f) => f.filename === filename && f.visibleAt <= at);
    if (!project || project.visibleAt > at || !file)
      return sendJson(res, 404, { message: 'Not Found' });
    const contentType = selectIntegrityType(req.headers.accept);
    if (!contentType) return sendJson(res, 406, { message: 'Request not acceptable' });
    if (!file.provenance) {
      return sendJson(res, 404, { message: `No provenance available for ${file.filename}` });
    }
    const body = JSON.stringify(file.provenance);
    writeHead(res, 200, {
      'Content-Type': contentType,
      'Content-Length': String(Buffer.byteLength(body)),
      Vary: 'Accept',
    });
    res.end(body);
  };

  const upload = async (req: IncomingMessage, res: ServerResponse) => {
    const form = await readForm(req, maxFileSize);
    const recorded: Record<string, string[]> = Object.fromEntries(form.fields);
    for (const part of form.files) (recorded[part.field] ??= []).push(part.filename);
    const record = (status: number, message: string, filename: string) =>
      uploads.push({ fields: recorded, filename, status, message, at: Date.now() });
    const content = form.files.find((f) => f.field === 'content');
    const action = form.fields.get(':action')?.[0];
    if (action === 'submit' || action === 'submit_pkg_info') {
      const message =
        'Project pre-registration is no longer required or supported, upload your files instead.';
      record(410, message, '');
      return sendForklift(res, 410, message);
    }
    if (action === 'doc_upload') {
      const message =
        'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.';
      record(410, message, '');
      return sendForklift(res, 410, message);
    }
    if (action !== 'file_upload') {
      record(404, 'Not Found', content?.filename ?? '');
      return sendForklift(res, 404, 'Not Found');
    }
    const outcome = await handleUpload(
      form.fields,
      form.files,
      tokens.authenticate(req.headers.authorization),
      registry,
      tokens,
      {
        helpUrl: `${baseUrl}/help/`,
        maxFileSize,
        propagationDelayMs: delay,
        identicalReupload: options.identicalReupload ?? 'reject',
        integrity,
      },
    );
    record(outcome.status, outcome.message, outcome.filename);
    sendForklift(res, outcome.status, outcome.message);
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', baseUrl);
    const path = url.pathname;
    const fault = faults.take(method, req.url ?? '/');
    if (fault) {
      // Read an upload before failing it, so the attempt is on record and the
      // client is not cut off mid-body (unless the fault is a reset).
      if (path === '/legacy/' && method === 'POST' && fault.kind !== 'reset') {
        const form = await readForm(req, maxFileSize);
        const fields: Record<string, string[]> = Object.fromEntries(form.fields);
        for (const part of form.files) (fields[part.field] ??= []).push(part.filename);
        const status =
          fault.kind === 'status' ? fault.status : fault.kind === 'rate-limit' ? 429 : 0;
        uploads.push({
          fields,
          filename: form.files.find((f) => f.field === 'content')?.filename ?? '',
          status,
          message: `sandbox fault: ${fault.kind}`,
          at: Date.now(),
        });
      }
      return faults.apply(fault, req, res);
    }
    if (method === 'POST' && path === '/legacy/') return upload(req, res);
    if (method === 'POST' && path === '/legacy') {
      writeHead(
        res,
        308,
        { Location: '/legacy/' },
        'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
      );
      return res.end();
    }
    if (path === '/_/oidc/audience' && method === 'GET') {
      const a = trusted.audience();
      return sendJson(res, a.status, a.body);
    }
    if (path === '/_/oidc/mint-token' && method === 'POST') {
      const a = await trusted.mint(await readBody(req));
      return sendJson(res, a.status, a.body);
    }
    if (method !== 'GET' && method !== 'HEAD')
      return sendText(res, 405, '405 Method Not Allowed\n', 'text/plain');
    if (path === '/simple') {
      writeHead(res, 301, { Location: `${baseUrl}/simple/${url.search}` });
      return res.end();
    }
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (segments[0] === 'simple') return simple(req, res, url, segments.slice(1));
    if (
      segments[0] === 'pypi' &&
      segments[segments.length - 1] === 'json' &&
      (segments.length === 3 || segments.length === 4)
    ) {
      return jsonApi(res, segments.slice(1, -1));
    }
    if (segments[0] === 'packages') return download(res, segments.slice(1).join('/'));
    if (segments[0] === 'integrity' && segments.length === 5 && segments[4] === 'provenance') {
      return integrityApi(req, res, segments.slice(1, 4) as [string, string, string]);
    }
    sendText(res, 404, '404 Not Found\n', 'text/plain');
  };

  const loop = await listenLoopback(async (req, res) => {
    const entry: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      accept: req.headers.accept,
      status: 0,
      at: Date.now(),
    };
    requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
      entry.contentType = res.getHeader('content-type')?.toString();
    });
    await route(req, res);
  });
  baseUrl = loop.url;

  const seed = (
    projectName: string,
    files: Array<{ filename: string; content: Uint8Array; requiresPython?: string }>,
  ) => {
    const project = registry.ensureProject(projectName);
    project.visibleAt = Math.min(project.visibleAt, Date.now());
    for (const f of files) {
      const read = readDistMetadata(f.filename, f.content);
      const fromName = f.filename.endsWith('.whl')
        ? parseWheelFilename(f.filename).version
        : parseSdistFilename(f.filename).version;
      const version =
        parseVersion((read && firstField(read.metadata, 'version')) ?? fromName.normalized) ??
        fromName;
      const requiresPython =
        f.requiresPython ?? (read && firstField(read.metadata, 'requires-python')) ?? undefined;
      const release: Release = project.releases.get(version.canonical) ?? {
        version: version.normalized,
        canonicalVersion: version.canonical,
        isPrerelease: version.isPrerelease,
        metadata: {
          name: (read && firstField(read.metadata, 'name')) ?? projectName,
          version: version.normalized,
          summary: read && firstField(read.metadata, 'summary'),
          requiresPython,
          requiresDist: read?.metadata.get('requires-dist') ?? [],
          classifiers: read?.metadata.get('classifier') ?? [],
          providesExtra: read?.metadata.get('provides-extra') ?? [],
          projectUrls: {},
        },
        files: [],
      };
      const hashes = hashFile(f.content);
      const isWheel = f.filename.endsWith('.whl');
      const at = Date.now();
      registry.addFile(project, release, {
        filename: f.filename,
        project: project.normalized,
        version: release.version,
        packagetype: isWheel ? 'bdist_wheel' : 'sdist',
        pythonVersion: isWheel ? 'py3' : 'source',
        content: f.content,
        size: f.content.length,
        hashes,
        requiresPython,
        coreMetadata: isWheel ? read?.raw : undefined,
        coreMetadataSha256: isWheel && read ? hashFile(read.raw).sha256 : undefined,
        path: storagePath(hashes.blake2_256, f.filename),
        uploadedAt: at,
        visibleAt: at,
      });
    }
  };

  return {
    url: baseUrl,
    uploadUrl: `${baseUrl}/legacy/`,
    simpleUrl: `${baseUrl}/simple/`,
    uploads,
    mintedTokens,
    mintAttempts: trusted.attempts,
    requests,
    files(projectName) {
      const project = registry.project(projectName);
      if (!project) return [];
      return [...project.releases.values()].flatMap((r) =>
        r.files.map((f) => ({
          filename: f.filename,
          version: f.version,
          sha256: f.hashes.sha256,
          size: f.size,
          requiresPython: f.requiresPython,
          uploadedAt: f.uploadedAt,
        })),
      );
    },
    addPublisher: (p) => trusted.addPublisher(p),
    addToken: (token, scope) => tokens.addStatic(token, scope?.projects),
    seed,
    faults,
    compromise: {
      replaceContent(filename, content) {
        const file = registry.fileByFilename(filename);
        if (!file) throw new Error(`no file ${filename}`);
        file.content = content;
        file.size = content.length;
        // Same path: the link the index gives now leads to other bytes.
        file.hashes = { ...hashFile(content) };
      },
      setProvenance(filename, provenance) {
        const file = registry.fileByFilename(filename);
        if (!file) throw new Error(`no file ${filename}`);
        file.provenance = provenance;
      },
    },
    close: async () => {
      for (const s of faults.held) s.destroy();
      await loop.close();
    },
  };
}
