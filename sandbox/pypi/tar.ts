/**
 * A synchronous reader for (gunzipped) tar archives: member names and file
 * bytes. Written by hand because `seed()` is synchronous by contract and
 * tar-stream only reads streams; an sdist needs no more than ustar headers
 * plus the pax (`x`) and GNU (`L`) long-name records, which is what
 * setuptools and CPython's tarfile write.
 */

export interface TarMember {
  name: string;
  type: 'file' | 'directory' | 'other';
  data?: Uint8Array;
}

function cString(buf: Uint8Array, start: number, length: number): string {
  const slice = buf.subarray(start, start + length);
  const end = slice.indexOf(0);
  return Buffer.from(end >= 0 ? slice.subarray(0, end) : slice).toString('utf8');
}

function octal(buf: Uint8Array, start: number, length: number): number {
  const first = buf[start] as number;
  if (first & 0x80) {
    // GNU base-256 for large sizes.
    let n = 0;
    for (let i = 1; i < length; i++) n = n * 256 + (buf[start + i] as number);
    return n;
  }
  const text = cString(buf, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function paxPath(record: Uint8Array): string | undefined {
  const text = Buffer.from(record).toString('utf8');
  let i = 0;
  while (i < text.length) {
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    const len = parseInt(text.slice(i, space), 10);
    if (!(len > 0)) break;
    const entry = text.slice(space + 1, i + len - 1);
    const eq = entry.indexOf('=');
    if (entry.slice(0, eq) === 'path') return entry.slice(eq + 1);
    i += len;
  }
  return undefined;
}

/** Every member of the archive; throws when it is not a tar. */
export function readTarSync(tar: Uint8Array): TarMember[] {
  const members: TarMember[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const checksum = octal(header, 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] as number);
    if (sum !== checksum) throw new Error(`tar header checksum mismatch at offset ${offset}`);
    const size = octal(header, 124, 12);
    const typeflag = String.fromCharCode(header[156] as number);
    const magic = cString(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
    let name = cString(header, 0, 100);
    if (prefix) name = `${prefix}/${name}`;
    const dataStart = offset + 512;
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (typeflag === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (typeflag === 'L') {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (typeflag === 'g') continue;
    if (longName !== undefined) {
      name = longName;
      longName = undefined;
    }
    const isDir = typeflag === '5' || (typeflag !== '0' && name.endsWith('/'));
    const isFile = typeflag === '0' || typeflag === '\0' || typeflag === '7';
    members.push({
      // CPython's tarfile strips the trailing slash of directory names.
      name: isDir ? name.replace(/\/+$/, '') : name,
      type: isDir ? 'directory' : isFile ? 'file' : 'other',
      data: isFile ? data : undefined,
    });
  }
  if (members.length === 0) throw new Error('no tar members');
  return members;
}
