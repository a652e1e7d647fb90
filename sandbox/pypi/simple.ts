/**
 * The simple repository API as PyPI serves it: PEP 503 HTML and PEP 691 JSON
 * (API version 1.1: PEP 700's `versions`, `size`, `upload-time`), chosen by
 * the `Accept` header with q-values (or `?format=`), with PEP 658/714 core
 * metadata advertised for wheels.
 */
import type { Project, Registry, StoredFile } from './storage.js';

export const JSON_V1 = 'application/vnd.pypi.simple.v1+json';
export const HTML_V1 = 'application/vnd.pypi.simple.v1+html';
const JSON_LATEST = 'application/vnd.pypi.simple.latest+json';
const HTML_LATEST = 'application/vnd.pypi.simple.latest+html';
const TEXT_HTML = 'text/html';

export type SimpleFormat = 'json' | 'html';

interface AcceptEntry {
  type: string;
  q: number;
}

function parseAccept(header: string): AcceptEntry[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim());
      let q = 1;
      for (const p of params) {
        const m = /^q=([0-9.]+)$/i.exec(p);
        if (m) q = Number(m[1]);
      }
      return { type: type.toLowerCase(), q };
    })
    .filter((e) => e.type !== '');
}

function matches(range: string, offer: string): boolean {
  if (range === '*/*') return true;
  if (range.endsWith('/*')) return offer.startsWith(range.slice(0, -1));
  return range === offer;
}

/**
 * warehouse's `_select_content_type`: webob's `acceptable_offers` over
 * [text/html, v1+html, v1+json, latest+html, latest+json] (best q first,
 * ties in that order), text/html when nothing matches. `offered` narrows the
 * formats, for an index that only speaks one of them. Undefined: 406.
 */
export function selectContentType(
  accept: string | undefined,
  format: string | null,
  offered: SimpleFormat[],
): { contentType: string; format: SimpleFormat } | undefined {
  const offers = [TEXT_HTML, HTML_V1, JSON_V1, HTML_LATEST, JSON_LATEST].filter((o) =>
    offered.includes(o.endsWith('json') ? 'json' : 'html'),
  );
  const resolve = (o: string) => ({
    contentType: o === JSON_LATEST ? JSON_V1 : o === HTML_LATEST ? HTML_V1 : o,
    format: (o.endsWith('json') ? 'json' : 'html') as SimpleFormat,
  });
  if (format && offers.includes(format)) return resolve(format);
  if (!accept) return offers[0] ? resolve(offers[0]) : undefined;
  const entries = parseAccept(accept);
  let best: { offer: string; q: number } | undefined;
  for (const offer of offers) {
    // The most specific matching range decides the offer's quality.
    const ranges = entries.filter((e) => matches(e.type, offer));
    if (ranges.length === 0) continue;
    const specific = ranges.sort(
      (a, b) => specificity(b.type) - specificity(a.type),
    )[0] as AcceptEntry;
    if (specific.q <= 0) continue;
    if (!best || specific.q > best.q) best = { offer, q: specific.q };
  }
  if (best) return resolve(best.offer);
  if (offered.includes('html')) return resolve(TEXT_HTML);
  return undefined;
}

function specificity(range: string): number {
  return range === '*/*' ? 0 : range.endsWith('/*') ? 1 : 2;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/** `2024-05-01T12:00:00.123000Z`, the PEP 700 / JSON API form. */
export function isoMicro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function fileUrl(baseUrl: string, file: StoredFile): string {
  return `${baseUrl}/packages/${file.path}`;
}

export function renderIndex(registry: Registry, format: SimpleFormat, at: number): string {
  const projects = [...registry.projects.values()]
    .filter((p) => p.visibleAt <= at)
    .sort((a, b) => a.normalized.localeCompare(b.normalized));
  if (format === 'json') {
    return JSON.stringify({
      meta: { '_last-serial': registry.serial, 'api-version': '1.1' },
      projects: projects.map((p) => ({ '_last-serial': p.lastSerial, name: p.name })),
    });
  }
  const links = projects
    .map((p) => `    <a href="/simple/${p.normalized}/">${escapeHtml(p.name)}</a>`)
    .join('\n');
  return `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="1.1">
    <title>Simple index</title>
  </head>
  <body>
${links}
  </body>
</html>
<!--SERIAL ${registry.serial}-->`;
}

/** warehouse's `integrity.provenance` route for a file (PEP 740). */
export function provenanceUrl(baseUrl: string, f: StoredFile): string {
  return `${baseUrl}/integrity/${f.project}/${encodeURIComponent(f.version)}/${encodeURIComponent(f.filename)}/provenance`;
}

export function renderProject(
  registry: Registry,
  project: Project,
  baseUrl: string,
  format: SimpleFormat,
  at: number,
): string {
  const releases = registry.visibleReleases(project, at);
  const files = releases
    .flatMap((r) => registry.visibleFiles(r, at))
    .sort((a, b) => a.filename.localeCompare(b.filename));
  if (format === 'json') {
    return JSON.stringify({
      files: files.map((f) => {
        const coreMetadata = f.coreMetadataSha256 ? { sha256: f.coreMetadataSha256 } : false;
        return {
          'core-metadata': coreMetadata,
          'data-dist-info-metadata': coreMetadata,
          filename: f.filename,
          hashes: { sha256: f.hashes.sha256 },
          provenance: f.provenance ? provenanceUrl(baseUrl, f) : null,
          'requires-python': f.requiresPython ?? null,
          size: f.size,
          'upload-time': isoMicro(f.uploadedAt),
          url: fileUrl(baseUrl, f),
          yanked: false,
        };
      }),
      meta: { '_last-serial': project.lastSerial, 'api-version': '1.1' },
      name: project.normalized,
      versions: releases.map((r) => r.version),
    });
  }
  const links = files
    .map((f) => {
      let attrs = '';
      if (f.requiresPython) attrs += ` data-requires-python="${escapeHtml(f.requiresPython)}"`;
      if (f.coreMetadataSha256) {
        attrs += ` data-dist-info-metadata="sha256=${f.coreMetadataSha256}"`;
        attrs += ` data-core-metadata="sha256=${f.coreMetadataSha256}"`;
      }
      if (f.provenance) attrs += ` data-provenance="${escapeHtml(provenanceUrl(baseUrl, f))}"`;
      const href = `${fileUrl(baseUrl, f)}#sha256=${f.hashes.sha256}`;
      return `    <a href="${escapeHtml(href)}"${attrs}>${escapeHtml(f.filename)}</a><br />`;
    })
    .join('\n');
  const title = escapeHtml(project.normalized);
  return `<!DOCTYPE html>
<html>
  <head>
    <meta name="pypi:repository-version" content="1.1">
    <title>Links for ${title}</title>
  </head>
  <body>
    <h1>Links for ${title}</h1>
${links}
  </body>
</html>
<!--SERIAL ${project.lastSerial}-->`;
}
