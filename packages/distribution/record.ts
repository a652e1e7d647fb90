/**
 * The wheel's RECORD (PEP 376/427): one CSV row per file with its sha256
 * (urlsafe base64, no padding) and size; RECORD's own row has both empty.
 */
import { createHash, hash } from 'node:crypto';

export interface RecordRow {
  path: string;
  hash: string;
  size: string;
}

export function recordDigest(data: Uint8Array): string {
  // The one-shot hash(): a Hash object per file cost more than the hashing of a small file.
  return `sha256=${hash('sha256', data, 'base64url')}`;
}

/*
 * CSV by hand: RECORD is three columns, and only paths can need quoting (a
 * comma, a quote or a line break), exactly as Python's csv module quotes
 * them (QUOTE_MINIMAL, quotes doubled). Not worth a dependency.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function renderRecord(
  files: Array<{ path: string; data: Uint8Array }>,
  recordPath: string,
): string {
  const rows = files.map((f) => `${csvField(f.path)},${recordDigest(f.data)},${f.data.byteLength}`);
  rows.push(`${csvField(recordPath)},,`);
  return `${rows.join('\n')}\n`;
}

export function parseRecord(text: string): RecordRow[] {
  const rows: RecordRow[] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(toRow(row));
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(toRow(row));
  }
  return rows;
}

function toRow(fields: string[]): RecordRow {
  return { path: fields[0] ?? '', hash: fields[1] ?? '', size: fields[2] ?? '' };
}

/**
 * Checks a wheel's files against its RECORD: every file listed once with
 * the right digest and size, nothing listed that is absent. Returns the
 * problems (empty when the wheel verifies).
 */
export function verifyRecord(files: ReadonlyMap<string, Uint8Array>, recordPath: string): string[] {
  const recordBytes = files.get(recordPath);
  if (!recordBytes) return [`${recordPath} is missing`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of parseRecord(new TextDecoder().decode(recordBytes))) {
    if (seen.has(row.path)) problems.push(`${row.path} is listed twice`);
    seen.add(row.path);
    if (row.path === recordPath) {
      if (row.hash !== '' || row.size !== '')
        problems.push(`${recordPath} lists a digest for itself`);
      continue;
    }
    const data = files.get(row.path);
    if (!data) {
      problems.push(`${row.path} is listed but not in the archive`);
      continue;
    }
    if (
      !row.hash.startsWith('sha256=') &&
      !row.hash.startsWith('sha384=') &&
      !row.hash.startsWith('sha512=')
    ) {
      problems.push(`${row.path} has no sha256 digest ('${row.hash}')`);
    } else if (row.hash.startsWith('sha256=') && row.hash !== recordDigest(data)) {
      problems.push(
        `${row.path}: digest ${row.hash} does not match the content (${recordDigest(data)})`,
      );
    } else if (!row.hash.startsWith('sha256=')) {
      const [algo, digest] = row.hash.split('=') as [string, string];
      if (createHash(algo).update(data).digest('base64url') !== digest) {
        problems.push(`${row.path}: digest ${row.hash} does not match the content`);
      }
    }
    if (row.size !== String(data.byteLength)) {
      problems.push(
        `${row.path}: size ${row.size || '(empty)'} but the file has ${data.byteLength} bytes`,
      );
    }
  }
  const signatures = new Set([`${recordPath}.jws`, `${recordPath}.p7s`]);
  for (const p of files.keys()) {
    if (!seen.has(p) && !signatures.has(p))
      problems.push(`${p} is in the archive but not in RECORD`);
  }
  if (!seen.has(recordPath)) problems.push(`${recordPath} does not list itself`);
  return problems;
}
