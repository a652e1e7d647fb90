/**
 * The index's HTTP client: the suite's general client (toolkit/http.ts) with
 * the index's words for a failure, so every read and upload that gives up
 * says 'Index unreachable' (mirror-guard tells that title from other index
 * errors).
 */
import { HttpClient, type HttpOptions } from '../toolkit/http.js';

/** The title of the error when an index cannot be reached. */
export const INDEX_UNREACHABLE = 'Index unreachable';

/** The index's defaults; a caller's options override them. */
export const INDEX_HTTP = {
  unreachableTitle: INDEX_UNREACHABLE,
  unreachableHint: 'The index or the network is failing; check the URL, then re-run the job later.',
} as const satisfies HttpOptions;

/** The general client with the index's defaults. */
export class IndexHttpClient extends HttpClient {
  constructor(options: HttpOptions = {}) {
    super({ ...INDEX_HTTP, ...options });
  }
}

/**
 * The name the entries still being moved into packages/ (template-check,
 * github-release) import; new code says IndexHttpClient. Issue #16: drop
 * this alias once they do.
 */
export { IndexHttpClient as HttpClient };
