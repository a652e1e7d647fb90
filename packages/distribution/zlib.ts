/**
 * Deflate by zlib compiled to WebAssembly, the module pinned inside the
 * bundle: the wheel's members and the sdist's gzip are compressed here.
 *
 * Why this compressor (issue #19, the lead's decision): the archives' bytes
 * may change once, to bytes fixed by a compressor that ships inside the
 * bundle. WebAssembly runs the same instructions on every CPU and every Node
 * release, so the same input gives the same bytes on any runner. The module
 * is zlib (madler/zlib 1.3.1, built by zlib-streams) as @zip.js/zip.js ships
 * it (`dist/zip-module.wasm`, BSD-3-Clause, its zlib part under the zlib
 * licence), so its version is the lock file's: updating @zip.js/zip.js may
 * change the archives' bytes, and test/distribution/golden.test.ts then
 * fails and says what to do. Its raw deflate at level 6 gives the bytes
 * CPython's zlib module gives (checked on 1,003 files, stdlib included).
 *
 * Not node:zlib: its output is the runner's Node's bundled zlib (Chromium's
 * fork, which picks code paths by CPU features), so the bytes could drift
 * between runners. Not fflate (the compressor until then): plain JavaScript,
 * pinned too, but about 4× slower on small files (a fresh 170 kB scratch
 * state per file) and 1.5–2× on the sdist.
 *
 * The module is driven through its exports directly (zip.js's own wrapper
 * is a WHATWG stream per file): `deflate_process` copies its input into the
 * module's own buffer and returns bytes produced | zlib's code << 24.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file scripts/bundle.mjs copies beside each bundle that compresses. */
export const ZLIB_WASM_FILE = 'zlib.wasm';

/** The few WebAssembly names used here (the project's TypeScript libs do not declare them). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

interface ZlibExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  deflate_new(): number;
  deflate_init_raw(stream: number, level: number): number;
  deflate_init_gzip(stream: number, level: number): number;
  deflate_process(
    stream: number,
    input: number,
    inputLength: number,
    output: number,
    outputLength: number,
    flush: number,
  ): number;
  deflate_last_consumed(stream: number): number;
  deflate_end(stream: number): number;
}

const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;

/** Input handed to the module per call, and room for its output. */
const CHUNK = 1 << 16;
const OUT_CAPACITY = CHUNK + (CHUNK >> 3) + 1024;

/** Where the module is: beside the bundle, else the package's own file (source runs, tests). */
export function zlibWasmPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, ZLIB_WASM_FILE);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve('@zip.js/zip.js/dist/zip-module.wasm');
}

let instance: { z: ZlibExports; input: number; output: number } | undefined;

/** Compiled on first use (about 2 ms): builds that write no archive never pay for it. */
function zlib(): { z: ZlibExports; input: number; output: number } {
  if (instance) return instance;
  const module = new WebAssembly.Module(readFileSync(zlibWasmPath()));
  const z = new WebAssembly.Instance(module, {}).exports as unknown as ZlibExports;
  const input = z.malloc(CHUNK);
  const output = z.malloc(OUT_CAPACITY);
  if (input === 0 || output === 0) throw new Error('zlib (WebAssembly): out of memory');
  instance = { z, input, output };
  return instance;
}

/**
 * One deflate stream: raw (a zip member) or gzip (the sdist). `push` feeds
 * it any number of chunks; `end` finishes it and returns every byte it
 * produced. Nothing of the input is kept.
 */
export class DeflateStream {
  private readonly stream: number;
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  private ended = false;
  /**
   * Small pushes (a tar header, a short file, padding) gather here and go to
   * the module a CHUNK at a time: one call per piece cost more than the
   * compression of the sdist itself.
   */
  private staged: Uint8Array | undefined;
  private stagedLength = 0;

  constructor(format: 'raw' | 'gzip', level: number) {
    const { z } = zlib();
    this.stream = z.deflate_new();
    if (this.stream === 0) throw new Error('zlib (WebAssembly): out of memory');
    const code =
      format === 'raw'
        ? z.deflate_init_raw(this.stream, level)
        : z.deflate_init_gzip(this.stream, level);
    if (code !== Z_OK) {
      z.deflate_end(this.stream);
      throw new Error(`zlib (WebAssembly): deflateInit failed (${code}) at level ${level}`);
    }
  }

  push(data: Uint8Array): void {
    if (this.ended) throw new Error('deflate stream already ended');
    let at = 0;
    while (at < data.length) {
      if (this.stagedLength === 0 && data.length - at >= CHUNK) {
        this.run(data.subarray(at, at + CHUNK), Z_NO_FLUSH);
        at += CHUNK;
        continue;
      }
      this.staged ??= new Uint8Array(CHUNK);
      const n = Math.min(CHUNK - this.stagedLength, data.length - at);
      this.staged.set(data.subarray(at, at + n), this.stagedLength);
      this.stagedLength += n;
      at += n;
      if (this.stagedLength === CHUNK) this.flushStaged(Z_NO_FLUSH);
    }
  }

  end(): Uint8Array {
    if (this.ended) throw new Error('deflate stream already ended');
    this.flushStaged(Z_FINISH);
    this.ended = true;
    zlib().z.deflate_end(this.stream);
    if (this.parts.length === 1) return this.parts[0] as Uint8Array;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private flushStaged(flush: number): void {
    const staged = this.staged?.subarray(0, this.stagedLength) ?? new Uint8Array(0);
    this.stagedLength = 0;
    this.run(staged, flush);
  }

  /** Feeds `chunk` (at most CHUNK bytes) and drains the output; with Z_FINISH, until the stream ends. */
  private run(chunk: Uint8Array, flush: number): void {
    const { z, input, output } = zlib();
    new Uint8Array(z.memory.buffer, input, chunk.length).set(chunk);
    let consumed = 0;
    for (;;) {
      const r = z.deflate_process(
        this.stream,
        input + consumed,
        chunk.length - consumed,
        output,
        OUT_CAPACITY,
        flush,
      );
      const produced = r & 0xffffff;
      const code = (r >> 24) as number; // sign-extended: zlib's error codes are negative
      if (produced > 0) {
        this.parts.push(new Uint8Array(z.memory.buffer, output, produced).slice());
        this.size += produced;
      }
      consumed += z.deflate_last_consumed(this.stream);
      if (code === Z_STREAM_END) return;
      // Z_BUF_ERROR: no progress was possible, which only an empty Z_NO_FLUSH call meets.
      if (code === Z_BUF_ERROR && flush !== Z_FINISH && consumed === chunk.length) return;
      if (code !== Z_OK) {
        z.deflate_end(this.stream);
        this.ended = true;
        throw new Error(`zlib (WebAssembly): deflate failed (${code})`);
      }
      // More to do while input is left, the output filled up, or the finish is not written yet.
      if (consumed < chunk.length || produced === OUT_CAPACITY || flush === Z_FINISH) continue;
      return;
    }
  }
}

/** Raw deflate of one buffer (a zip member), one stream. */
export function deflateRaw(data: Uint8Array, level: number): Uint8Array {
  if (data.length <= CHUNK) {
    // One call: the whole input and room for all its output (zlib's deflateBound of CHUNK is smaller).
    const { z, input, output } = zlib();
    const stream = z.deflate_new();
    if (stream !== 0 && z.deflate_init_raw(stream, level) === Z_OK) {
      new Uint8Array(z.memory.buffer, input, data.length).set(data);
      const r = z.deflate_process(stream, input, data.length, output, OUT_CAPACITY, Z_FINISH);
      z.deflate_end(stream);
      if (r >> 24 === Z_STREAM_END)
        return new Uint8Array(z.memory.buffer, output, r & 0xffffff).slice();
    } else if (stream !== 0) z.deflate_end(stream);
    // Anything unexpected: the general path below, which names the error.
  }
  const s = new DeflateStream('raw', level);
  s.push(data);
  return s.end();
}
