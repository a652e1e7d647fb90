/**
 * build's worker thread: the import check's parse, the wheel's deflate and
 * package tree writes, and nothing else. A bundle of its own
 * (dist/build/worker.js) rather than the action's bundle started again: it
 * answers its first request about 85 ms after it starts instead of about
 * 145 ms (no toolkit, TOML, PEP 440 or tar code to evaluate), so on large
 * trees the second core joins the parse sooner.
 */
import { compressionHandlers } from '../../packages/dist/deflate-pool.js';
import { analysisHandlers } from '../../packages/python/parallel.js';
import { outputHandlers } from '../../packages/build/output.js';
import { serveWorker } from '../../packages/toolkit/worker.js';

if (!serveWorker({ ...compressionHandlers, ...analysisHandlers, ...outputHandlers })) {
  throw new Error('worker.js runs only as the worker thread of the index.js beside it');
}
