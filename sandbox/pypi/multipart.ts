/**
 * Reads an upload request body with busboy: every field with all of its
 * values in order (core metadata fields such as `classifiers` arrive once per
 * value), and the files. The whole body is always consumed, even past the
 * size limit, so a client sending a large file still gets our answer instead
 * of a broken pipe.
 */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

export interface UploadedPart {
  field: string;
  filename: string;
  mimeType: string;
  data: Buffer;
  /** The part exceeded the size limit; `data` holds only the first bytes. */
  truncated: boolean;
  /** Bytes kept (at most the limit). */
  size: number;
}

export interface ParsedForm {
  fields: Map<string, string[]>;
  files: UploadedPart[];
}

export async function readForm(req: IncomingMessage, maxFileSize: number): Promise<ParsedForm> {
  const form: ParsedForm = { fields: new Map(), files: [] };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: maxFileSize, fieldSize: 64 * 1024 * 1024 },
    });
  } catch {
    // Not multipart nor urlencoded: an empty form, which fails validation
    // the way warehouse's does ("This field is required").
    req.resume();
    await new Promise((resolve) => req.on('end', resolve).on('error', resolve));
    return form;
  }
  await new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => {
      const values = form.fields.get(name) ?? [];
      values.push(value);
      form.fields.set(name, values);
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      const part: UploadedPart = {
        field,
        filename: info.filename ?? '',
        mimeType: info.mimeType,
        data: Buffer.alloc(0),
        truncated: false,
        size: 0,
      };
      stream.on('data', (chunk: Buffer) => {
        part.size += chunk.length;
        chunks.push(chunk);
      });
      // Past `fileSize` bytes busboy emits 'limit' and discards (but still
      // consumes) the rest of the part.
      stream.on('limit', () => {
        part.truncated = true;
      });
      stream.on('end', () => {
        part.data = Buffer.concat(chunks);
        form.files.push(part);
      });
    });
    parser.on('close', resolve);
    parser.on('error', reject);
    req.pipe(parser);
  });
  return form;
}
