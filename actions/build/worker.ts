/**
 * build's worker thread: the wheel's deflate, the sdist's tar and gzip and
 * package tree writes, and nothing else (the import analysis is a tokenizer pass on the main thread,
 * python/scan.ts, cheaper than sending the files here). A bundle of its own
 * (dist/build/worker.js) rather than the action's bundle started again: no
 * toolkit, TOML, PEP 440 or Python code to evaluate, so it answers its
 * first request sooner.
 */
import { compressionHandlers } from '../../packages/distribution/deflate-pool.js';
import { tarGzHandlers } from '../../packages/distribution/tar-gz-job.js';
import { outputHandlers } from '../../packages/runtime-build/output.js';
import { serveWorker } from '../../packages/toolkit/worker.js';

if (!serveWorker({ ...compressionHandlers, ...tarGzHandlers, ...outputHandlers })) {
  throw new Error('worker.js runs only as the worker thread of the index.js beside it');
}
