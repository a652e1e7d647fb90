/**
 * The Sigstore trusted root a verifier trusts: a file or URL holding a
 * `trusted_root.json` (protobuf JSON, as Sigstore's TUF repository
 * distributes it and as a private instance publishes it), or, when none is
 * given, the public instance's, fetched and checked through Sigstore's TUF
 * repository by @sigstore/tuf (the way sigstore-js and npm get it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { ActionError } from '../toolkit/errors.js';
import type { HttpClient } from '../toolkit/http.js';
import { IndexHttpClient } from './http.js';

export async function loadTrustedRoot(
  source: string,
  options: { http?: HttpClient; cacheDir: string; input: string },
): Promise<TrustedRoot> {
  const { TrustedRoot: Root } = await import('@sigstore/protobuf-specs');
  const parse = (text: string, where: string): TrustedRoot => {
    try {
      return Root.fromJSON(JSON.parse(text));
    } catch (e) {
      throw new ActionError(
        `The trusted root at ${where} is not a Sigstore trusted root: ${(e as Error).message}`,
        {
          title: 'Bad trusted root',
          input: options.input,
        },
      );
    }
  };
  if (!source) {
    const { getTrustedRoot } = await import('@sigstore/tuf');
    try {
      return await getTrustedRoot({ cachePath: path.join(options.cacheDir, 'sigstore-tuf') });
    } catch (e) {
      throw new ActionError(
        `Could not get the public Sigstore trusted root through its TUF repository: ${(e as Error).message}`,
        {
          title: 'No trusted root',
          input: options.input,
          hint: 'Re-run; or pass a trusted_root.json (path or URL) as this input.',
        },
      );
    }
  }
  if (/^https?:\/\//i.test(source)) {
    const http = options.http ?? new IndexHttpClient();
    const res = await http.request({ url: source, purpose: 'the Sigstore trusted root' });
    const text = await res.text();
    if (res.status !== 200) {
      throw new ActionError(`The trusted root at ${source} answered HTTP ${res.status}.`, {
        title: 'No trusted root',
        input: options.input,
        url: source,
      });
    }
    return parse(text, source);
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (e) {
    throw new ActionError(`Cannot read the trusted root ${source}: ${(e as Error).message}`, {
      title: 'No trusted root',
      input: options.input,
    });
  }
  return parse(text, source);
}
