import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./packages/distribution/zlib.ts
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




/** The file scripts/bundle.mjs copies beside each bundle that compresses. */
const ZLIB_WASM_FILE = 'zlib.wasm';
const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;
/** Input handed to the module per call, and room for its output. */
const CHUNK = 1 << 16;
const OUT_CAPACITY = CHUNK + (CHUNK >> 3) + 1024;
/** Where the module is: beside the bundle, else the package's own file (source runs, tests). */
function zlibWasmPath() {
    const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const beside = external_node_path_default().join(here, ZLIB_WASM_FILE);
    if ((0,external_node_fs_namespaceObject.existsSync)(beside))
        return beside;
    return (0,external_node_module_namespaceObject.createRequire)(import.meta.url).resolve('@zip.js/zip.js/dist/zip-module.wasm');
}
let instance;
/** Compiled on first use (about 2 ms): builds that write no archive never pay for it. */
function zlib() {
    if (instance)
        return instance;
    const module = new WebAssembly.Module((0,external_node_fs_namespaceObject.readFileSync)(zlibWasmPath()));
    const z = new WebAssembly.Instance(module, {}).exports;
    const input = z.malloc(CHUNK);
    const output = z.malloc(OUT_CAPACITY);
    if (input === 0 || output === 0)
        throw new Error('zlib (WebAssembly): out of memory');
    instance = { z, input, output };
    return instance;
}
/**
 * One deflate stream: raw (a zip member) or gzip (the sdist). `push` feeds
 * it any number of chunks; `end` finishes it and returns every byte it
 * produced. Nothing of the input is kept.
 */
class DeflateStream {
    stream;
    parts = [];
    size = 0;
    ended = false;
    /**
     * Small pushes (a tar header, a short file, padding) gather here and go to
     * the module a CHUNK at a time: one call per piece cost more than the
     * compression of the sdist itself.
     */
    staged;
    stagedLength = 0;
    constructor(format, level) {
        const { z } = zlib();
        this.stream = z.deflate_new();
        if (this.stream === 0)
            throw new Error('zlib (WebAssembly): out of memory');
        const code = format === 'raw'
            ? z.deflate_init_raw(this.stream, level)
            : z.deflate_init_gzip(this.stream, level);
        if (code !== Z_OK) {
            z.deflate_end(this.stream);
            throw new Error(`zlib (WebAssembly): deflateInit failed (${code}) at level ${level}`);
        }
    }
    push(data) {
        if (this.ended)
            throw new Error('deflate stream already ended');
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
            if (this.stagedLength === CHUNK)
                this.flushStaged(Z_NO_FLUSH);
        }
    }
    end() {
        if (this.ended)
            throw new Error('deflate stream already ended');
        this.flushStaged(Z_FINISH);
        this.ended = true;
        zlib().z.deflate_end(this.stream);
        if (this.parts.length === 1)
            return this.parts[0];
        const out = new Uint8Array(this.size);
        let at = 0;
        for (const p of this.parts) {
            out.set(p, at);
            at += p.length;
        }
        return out;
    }
    flushStaged(flush) {
        const staged = this.staged?.subarray(0, this.stagedLength) ?? new Uint8Array(0);
        this.stagedLength = 0;
        this.run(staged, flush);
    }
    /** Feeds `chunk` (at most CHUNK bytes) and drains the output; with Z_FINISH, until the stream ends. */
    run(chunk, flush) {
        const { z, input, output } = zlib();
        new Uint8Array(z.memory.buffer, input, chunk.length).set(chunk);
        let consumed = 0;
        for (;;) {
            const r = z.deflate_process(this.stream, input + consumed, chunk.length - consumed, output, OUT_CAPACITY, flush);
            const produced = r & 0xffffff;
            const code = (r >> 24); // sign-extended: zlib's error codes are negative
            if (produced > 0) {
                this.parts.push(new Uint8Array(z.memory.buffer, output, produced).slice());
                this.size += produced;
            }
            consumed += z.deflate_last_consumed(this.stream);
            if (code === Z_STREAM_END)
                return;
            // Z_BUF_ERROR: no progress was possible, which only an empty Z_NO_FLUSH call meets.
            if (code === Z_BUF_ERROR && flush !== Z_FINISH && consumed === chunk.length)
                return;
            if (code !== Z_OK) {
                z.deflate_end(this.stream);
                this.ended = true;
                throw new Error(`zlib (WebAssembly): deflate failed (${code})`);
            }
            // More to do while input is left, the output filled up, or the finish is not written yet.
            if (consumed < chunk.length || produced === OUT_CAPACITY || flush === Z_FINISH)
                continue;
            return;
        }
    }
}
/** Raw deflate of one buffer (a zip member), one stream. */
function deflateRaw(data, level) {
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
        }
        else if (stream !== 0)
            z.deflate_end(stream);
        // Anything unexpected: the general path below, which names the error.
    }
    const s = new DeflateStream('raw', level);
    s.push(data);
    return s.end();
}

;// CONCATENATED MODULE: ./packages/distribution/compressor.ts
/**
 * The compressor the archive writers use: zlib compiled to WebAssembly
 * (zlib.ts) in every build. Tests swap in the compressor of earlier
 * releases (fflate, a devDependency for that purpose only) to prove that
 * nothing but the compressed bytes changed with it.
 */

/** zlib 1.3.1 in WebAssembly, as @zip.js/zip.js ships it: the bytes every build writes. */
const pinnedZlib = {
    deflateRaw: deflateRaw,
    gzip: (level) => new DeflateStream('gzip', level),
};
let current = pinnedZlib;
function archiveCompressor() {
    return current;
}
/** For tests only: builds in this thread compress with `c` until reset (undefined). */
function useArchiveCompressor(c) {
    current = c ?? pinnedZlib;
}

;// CONCATENATED MODULE: ./packages/toolkit/packed.ts
/**
 * Many buffers as one, for messages between threads: one buffer and its end
 * offsets can be moved (transferred), where hundreds of small buffers would
 * each be cloned on their own, which costs the posting thread more than one
 * copy into a single buffer does.
 */
function packed_pack(parts) {
    let total = 0;
    for (const p of parts)
        total += p.length;
    const bytes = new Uint8Array(total);
    const ends = new Uint32Array(parts.length);
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
        bytes.set(parts[i], at);
        at += parts[i].length;
        ends[i] = at;
    }
    return { bytes, ends };
}
/** The buffers of `pack()`, as views of its one buffer. */
function packed_unpack({ bytes, ends }) {
    const out = new Array(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
        out[i] = bytes.subarray(start, ends[i]);
        start = ends[i];
    }
    return out;
}
/** What to transfer to move a Packed to another thread. */
const packed_buffersOf = (p) => [
    p.bytes.buffer,
    p.ends.buffer,
];
/** Whether `data` spans its whole buffer, so that moving the buffer moves just `data`. */
function fillsItsBuffer(data) {
    return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
}
/**
 * An allocator that carves small buffers out of shared slabs of
 * `slabSize` bytes: one allocation (and one external-memory record for the
 * collector) per slab instead of per buffer. A buffer larger than half a
 * slab gets its own. Buffers from a slab are views of it: they must not be
 * transferred to another thread (pack() copies them).
 */
function slabAllocator(slabSize = 1 << 18) {
    let slab = new Uint8Array(0);
    let used = 0;
    return (length) => {
        if (length > slabSize >> 1)
            return new Uint8Array(length);
        if (used + length > slab.length) {
            slab = new Uint8Array(slabSize);
            used = 0;
        }
        const view = slab.subarray(used, used + length);
        used += length;
        return view;
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/toolkit/worker.ts



const ROLE = 'runtime-actions:worker';
/**
 * node:worker_threads, loaded when first needed: a build below its worker
 * threshold starts no thread, and loading the module (about 6 ms) is a
 * noticeable part of a small build, whose time is mostly start-up.
 */
function workerThreads() {
    return process.getBuiltinModule('node:worker_threads');
}
/** A handler's result whose buffers move back to the caller's thread instead of being copied. */
class Moved {
    // Fields, not constructor parameter properties: the worker tests load this
    // file through Node's type stripping, which does not support those.
    value;
    transfer;
    constructor(value, transfer) {
        this.value = value;
        this.transfer = transfer;
    }
}
/**
 * In a worker started by `SelfWorker`: answer requests with `handlers` and
 * return true (the caller must then do nothing else). Elsewhere: false.
 */
function serveWorker(handlers) {
    const { isMainThread, parentPort: port, workerData } = workerThreads();
    if (isMainThread || port === null || workerData?.role !== ROLE)
        return false;
    port.on('message', (req) => {
        void (async () => {
            try {
                const handler = handlers[req.kind];
                if (handler === undefined)
                    throw new Error(`no handler for ${req.kind}`);
                const result = await handler(req.payload);
                if (result instanceof Moved)
                    port.postMessage({ id: req.id, result: result.value }, result.transfer);
                else
                    port.postMessage({ id: req.id, result });
            }
            catch (e) {
                port.postMessage({
                    id: req.id,
                    error: e instanceof Error ? e.message : String(e),
                });
            }
        })();
    });
    return true;
}
/**
 * The worker bundle beside the calling bundle (`worker.js` next to
 * `index.js`, built from the entry's `worker.ts` by scripts/bundle.mjs), or
 * undefined when the caller runs from source (.ts: everything stays on one
 * thread). A path, not `new URL('./worker.js', import.meta.url)`: ncc would
 * copy the source file that names as an asset and point the bundle at it.
 */
function bundledWorkerScript(callerUrl) {
    if (!callerUrl.endsWith('.js'))
        return undefined;
    return path.join(path.dirname(fileURLToPath(callerUrl)), 'worker.js');
}
/**
 * Worker threads for this machine: one per core beyond this thread's, at
 * most MAX_WORKER_THREADS. On 2 cores (GitHub's runners for private
 * repositories, and this project's test machines) that is one; on 4 (its
 * runners for public repositories) three. Each thread loads its own bundle
 * and grammar (about 85 ms and 50 MiB), so more than three would cost more
 * than they save on the sizes a workspace has.
 */
const MAX_WORKER_THREADS = 3;
function defaultWorkerThreads() {
    return Math.max(0, Math.min(MAX_WORKER_THREADS, availableParallelism() - 1));
}
/**
 * The worker threads of one run, used as one: each call goes to the thread
 * with the fewest calls outstanding. A thread that dies or fails to load
 * takes the group down (`available` turns false and every outstanding call
 * rejects), and callers do the rest of the work on their own thread.
 */
class SelfWorker {
    threads = [];
    nextId = 0;
    pending = new Map();
    failure;
    /**
     * `script`: the bundle that calls `serveWorker()` at its top; undefined: no
     * threads. `count`: how many (default: defaultWorkerThreads(), none on one core).
     */
    constructor(script, count = defaultWorkerThreads()) {
        if (script === undefined)
            return;
        for (let i = 0; i < count; i++)
            this.start(script);
    }
    start(script) {
        const worker = new (workerThreads().Worker)(script, { workerData: { role: ROLE } });
        const thread = { worker, pending: 0 };
        worker.on('message', (r) => {
            const p = this.pending.get(r.id);
            if (p === undefined)
                return;
            this.pending.delete(r.id);
            if (--thread.pending === 0)
                worker.unref();
            if (r.error !== undefined)
                p.reject(new Error(`worker thread: ${r.error}`));
            else
                p.resolve(r.result);
        });
        const fail = (e) => {
            this.failure ??= e;
            for (const p of this.pending.values())
                p.reject(e);
            this.pending.clear();
            for (const t of this.threads) {
                t.pending = 0;
                t.worker.unref();
            }
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
        // Idle, a thread must never keep the process alive; while a reply is
        // awaited it must (else a top-level await would find an empty event loop).
        worker.unref();
        this.threads.push(thread);
    }
    /** True when work can go to other threads. */
    get available() {
        return this.threads.length > 0 && this.failure === undefined;
    }
    /** How many threads there are (0 when unavailable). */
    get size() {
        return this.available ? this.threads.length : 0;
    }
    /**
     * Runs `handlers[kind](payload)` on the least busy thread. The payload is
     * copied, except the buffers in `transfer`, which move to the worker and
     * are empty here afterwards.
     */
    call(kind, payload, transfer = []) {
        const unusable = this.unusable();
        if (unusable !== undefined)
            return Promise.reject(unusable);
        let thread = this.threads[0];
        for (const t of this.threads)
            if (t.pending < thread.pending)
                thread = t;
        return this.send(thread, kind, payload, transfer);
    }
    /** Runs `handlers[kind](payload)` on every thread (a warm-up, say). */
    callEach(kind, payload) {
        const unusable = this.unusable();
        if (unusable !== undefined)
            return Promise.reject(unusable);
        return Promise.all(this.threads.map((t) => this.send(t, kind, payload)));
    }
    /** Why no call can be sent, if none can. */
    unusable() {
        if (this.threads.length === 0)
            return new Error('no worker thread');
        return this.failure;
    }
    send(thread, kind, payload, transfer = []) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve: resolve, reject });
            thread.pending++;
            thread.worker.ref();
            thread.worker.postMessage({ id, kind, payload }, transfer);
        });
    }
    async close() {
        await Promise.all(this.threads.map(async (t) => {
            t.worker.removeAllListeners('exit');
            await t.worker.terminate();
        }));
    }
}
/**
 * `items` mapped in order by `local` here and by the worker threads' `kind`
 * handler (which maps a chunk of items to their results the same way) there,
 * in chunks taken from both ends of one queue: this thread from the front,
 * the workers from the back, so no thread waits on another while work
 * remains, whatever each item costs. Without workers, all of it runs here.
 */
async function worker_shareWork(worker, kind, items, local, chunkSize = 64, 
/** What the handler receives for a chunk (default: the chunk itself). */
payload = (chunk) => chunk) {
    const results = new Array(items.length);
    if (worker === undefined || !worker.available) {
        for (let i = 0; i < items.length; i++)
            results[i] = await local(items[i]);
        return results;
    }
    let front = 0;
    let back = items.length;
    // The first failure stops the handing out; the work already under way
    // (here and on the worker) is waited for before it is thrown, so a caller
    // that cleans up after a failure does not race a chunk still running.
    let failure;
    const stop = (error) => {
        failure ??= { error };
        back = front;
    };
    const runLocal = async (start, end) => {
        for (let i = start; i < end; i++)
            results[i] = await local(items[i]);
    };
    // The worker threads eat from the back, two chunks in flight per thread so
    // none idles on a round trip. A chunk that fails there (the thread died) is
    // done here instead.
    const feed = async () => {
        try {
            while (front < back) {
                const start = Math.max(front, back - chunkSize);
                const end = back;
                back = start;
                let out;
                if (worker.available) {
                    try {
                        out = await worker.call(kind, payload(items.slice(start, end)));
                    }
                    catch {
                        out = undefined;
                    }
                }
                if (out === undefined)
                    await runLocal(start, end);
                else
                    for (let i = start; i < end; i++)
                        results[i] = out[i - start];
            }
        }
        catch (e) {
            stop(e);
        }
    };
    const feeders = Array.from({ length: 2 * worker.size }, () => feed());
    try {
        while (front < back) {
            // Claim the chunk before working on it: the feeders move `back` meanwhile.
            const start = front;
            const end = Math.min(back, front + chunkSize);
            front = end;
            await runLocal(start, end);
            // Let the worker's replies in, so it is handed its next chunk at once.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    catch (e) {
        stop(e);
    }
    await Promise.all(feeders);
    if (failure !== undefined)
        throw failure.error;
    return results;
}

;// CONCATENATED MODULE: ./packages/distribution/deflate-pool.ts
/**
 * The wheel's deflate (one stream per file), on a worker thread when the
 * build has one: the worker compresses while this thread analyses and
 * checks the imports and writes the package tree. Without a worker
 * (tests, source runs, small trees) everything runs inline: same functions,
 * same bytes (the pinned zlib of zlib.ts, in either thread).
 */



/** Files per message handed to the worker: big enough to make posting cheap, small enough to stream replies back. */
const HANDOFF_CHUNK = 512;
const MIN_HANDOFF_CHUNK = 64;
function deflateOne(data, level) {
    return archiveCompressor().deflateRaw(data, level);
}
/** What the worker serves for `DeflatePool` (the bundle passes these to `serveWorker`). */
const compressionHandlers = {
    deflate: (p) => {
        const out = packed_pack(packed_unpack(p.packed).map((d) => deflateOne(d, p.level)));
        return new Moved(out, packed_buffersOf(out));
    },
};
class DeflatePool {
    worker;
    /** Deflates posted early (`prefetch`), by buffer identity, with their level. */
    early = new WeakMap();
    constructor(worker) {
        this.worker = worker;
    }
    /** True when work can go to another thread. */
    get parallel() {
        return this.worker?.available ?? false;
    }
    /**
     * Starts the worker on these buffers now, while this thread does other
     * work (the import check); deflateEach then finds them done or under way.
     * Without a worker it does nothing: deflateEach compresses inline.
     */
    prefetch(data, level) {
        if (!this.parallel)
            return;
        const todo = data.filter((d) => this.early.get(d)?.level !== level);
        this.handOff(todo, level).forEach((deflated, i) => this.early.set(todo[i], { level, deflated }));
    }
    /**
     * Raw deflate of every buffer (one stream each), in order. With a worker,
     * all of it is handed over at once (posted before this returns) and this
     * thread stays free: the build writes the package tree meanwhile, which
     * costs as much again in file creation.
     */
    async deflateEach(data, level) {
        if (!this.parallel)
            return data.map((d) => deflateOne(d, level));
        const out = new Array(data.length);
        const missing = [];
        data.forEach((d, i) => {
            const early = this.early.get(d);
            if (early?.level === level)
                out[i] = early.deflated;
            else
                missing.push(i);
        });
        this.handOff(missing.map((i) => data[i]), level).forEach((deflated, k) => (out[missing[k]] = deflated));
        return Promise.all(out);
    }
    /**
     * Posts `data` to the workers in a few large messages, all before this
     * returns; a promise per buffer. A chunk the worker fails on (the thread
     * died) is compressed here instead.
     */
    handOff(data, level) {
        const worker = this.worker;
        const out = [];
        // With several threads, at least two messages each, so every one gets a share.
        const chunkSize = worker.size > 1
            ? Math.min(HANDOFF_CHUNK, Math.max(MIN_HANDOFF_CHUNK, Math.ceil(data.length / (2 * worker.size))))
            : HANDOFF_CHUNK;
        for (let start = 0; start < data.length; start += chunkSize) {
            const chunk = data.slice(start, start + chunkSize);
            const packed = pack(chunk);
            const done = worker
                .call('deflate', { packed, level }, buffersOf(packed))
                .then(unpack)
                // Never rejects, so work nobody awaits (a failed check drops what was
                // prefetched) cannot surface as an unhandled rejection.
                .catch(() => chunk.map((d) => deflateOne(d, level)));
            chunk.forEach((_, k) => out.push(done.then((r) => r[k])));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/distribution/tar-writer.ts

/**
 * A POSIX ustar archive (pax headers only for names ustar cannot hold), every
 * entry owned by uid/gid 0 with empty user and group names, stamped with
 * `epoch`, then gzip with header mtime 0 and the OS byte fixed to 255
 * ("unknown", what Python's gzip writes) so no build machine shows through.
 *
 * Streamed: the tar is never held whole. Each header and file goes straight
 * into the gzip stream (at 5,000 files the tar is ~9 MB, the .gz ~0.4 MB).
 * In a build with a worker thread this runs there (tar-gz-job.ts).
 */
function tar_writer_writeTarGz(entries, epoch) {
    // Level 6, not Python tarfile's 9: about half the time for an archive a few % larger.
    const gz = archiveCompressor().gzip(SDIST_GZIP_LEVEL);
    writeTar(entries, epoch, (piece) => gz.push(piece));
    const out = gz.end();
    // OS byte 255 ("unknown", what Python's gzip writes); the header's mtime is already 0.
    out[9] = 255;
    return out;
}
/** The sdist's gzip level (see writeTarGz). */
const SDIST_GZIP_LEVEL = 6;
const BLOCK = 512;
const ZEROS = new Uint8Array(2 * BLOCK);
/**
 * The tar bytes tar-stream 3's `pack` wrote for these entries (the writer
 * until issue #19, and still the reference in test/distribution/tar.test.ts),
 * without its stream machinery: its ustar header encoding field for field,
 * a pax header (named PaxHeader, as tar-stream names it) when the name is not
 * ASCII or cannot be split into ustar's 100-byte name and 155-byte prefix,
 * padding to 512 bytes, and 1,024 zero bytes at the end. `push` sees each
 * piece once and may not keep it (the header buffer is reused).
 */
function writeTar(entries, epoch, push) {
    const mtime = Math.max(0, Math.floor(epoch)) | 0; // seconds, as tar-stream took them from a Date
    const header = Buffer.alloc(BLOCK);
    const pad = (size) => {
        if (size % BLOCK !== 0)
            push(ZEROS.subarray(0, BLOCK - (size % BLOCK)));
    };
    for (const e of entries) {
        const size = e.type === 'file' ? e.data.byteLength : 0;
        const typeflag = e.type === 'file' ? 0 : 5;
        if (!ustarHeader(header, e.path, e.mode, size, mtime, typeflag)) {
            const pax = Buffer.from(paxRecord(` path=${e.path}\n`));
            ustarHeader(header, 'PaxHeader', e.mode, pax.byteLength, mtime, 72);
            push(header);
            push(pax);
            pad(pax.byteLength);
            ustarHeader(header, 'PaxHeader', e.mode, size, mtime, typeflag);
        }
        push(header);
        if (size > 0) {
            push(e.data);
            pad(size);
        }
    }
    push(ZEROS);
}
/** ustar's 100-byte name and 155-byte prefix for a path; undefined when they cannot hold it (a pax record then does). */
function ustarName(fullName) {
    // tar-stream leaves directory names without a trailing slash (its check reads a field it never sets).
    if (Buffer.byteLength(fullName) !== fullName.length)
        return undefined; // not ASCII
    let name = fullName;
    let prefix = '';
    while (name.length > 100) {
        const i = name.indexOf('/');
        if (i === -1)
            return undefined;
        prefix += prefix ? `/${name.slice(0, i)}` : name.slice(0, i);
        name = name.slice(i + 1);
    }
    if (name.length > 100 || prefix.length > 155)
        return undefined;
    return { name, prefix };
}
/** tar-stream's headers.encode (uid, gid 0; empty uname, gname, linkname); false when ustar cannot hold the name. */
function ustarHeader(buf, fullName, mode, size, mtime, typeflag) {
    const split = ustarName(fullName);
    if (split === undefined)
        return false;
    const { name, prefix } = split;
    buf.fill(0);
    buf.write(name, 0, 'latin1');
    buf.write(octal(mode & 0o7777, 6), 100, 'latin1');
    buf.write(octal(0, 6), 108, 'latin1');
    buf.write(octal(0, 6), 116, 'latin1');
    if (size.toString(8).length > 11) {
        buf[124] = 0x80;
        let n = size;
        for (let i = 11; i > 0; i--) {
            buf[124 + i] = n & 0xff;
            n = Math.floor(n / 0x100);
        }
    }
    else
        buf.write(octal(size, 11), 124, 'latin1');
    buf.write(octal(mtime, 11), 136, 'latin1');
    buf[156] = 48 + typeflag;
    buf.write('ustar\u000000', 257, 'latin1');
    buf.write(octal(0, 6), 329, 'latin1');
    buf.write(octal(0, 6), 337, 'latin1');
    if (prefix)
        buf.write(prefix, 345, 'latin1');
    let sum = 8 * 32;
    for (let i = 0; i < 148; i++)
        sum += buf[i];
    for (let i = 156; i < BLOCK; i++)
        sum += buf[i];
    buf.write(octal(sum, 6), 148, 'latin1');
    return true;
}
function octal(value, digits) {
    const s = value.toString(8);
    return s.length > digits ? `${'7'.repeat(digits)} ` : `${'0'.repeat(digits - s.length)}${s} `;
}
/** A pax record: its own decimal length, then the text (tar-stream's addLength). */
function paxRecord(text) {
    const len = Buffer.byteLength(text);
    let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
    if (len + digits >= Math.pow(10, digits))
        digits++;
    return `${len + digits}${text}`;
}

;// CONCATENATED MODULE: ./packages/distribution/tar-gz-job.ts



const EMPTY = new Uint8Array(0);
/** What the worker serves for `tarGzElsewhere` (the bundle passes these to `serveWorker`). */
const tarGzHandlers = {
    'tar-gz': (p) => {
        const data = packed_unpack(p.files);
        let next = 0;
        const entries = p.layout.map((e) => ({
            ...e,
            data: e.type === 'file' ? data[next++] : EMPTY,
        }));
        if (next !== data.length)
            throw new Error(`tar-gz: ${data.length} files for ${next} entries`);
        const out = tar_writer_writeTarGz(entries, p.epoch);
        return new Moved(out, fillsItsBuffer(out) ? [out.buffer] : []);
    },
};
/**
 * writeTarGz on a worker thread when one is available (the file data is
 * copied once into a packed buffer, which moves), else here. Should the
 * worker fail, it is written here: the entries are still this thread's.
 */
async function tarGzElsewhere(worker, entries, epoch) {
    if (worker === undefined || !worker.available)
        return writeTarGz(entries, epoch);
    const files = pack(entries.filter((e) => e.type === 'file').map((e) => e.data));
    const layout = entries.map(({ path, type, mode }) => ({ path, type, mode }));
    try {
        return await worker.call('tar-gz', { layout, files, epoch }, buffersOf(files));
    }
    catch {
        return writeTarGz(entries, epoch);
    }
}

;// CONCATENATED MODULE: ./packages/toolkit/errors.ts
class errors_ActionError extends Error {
    title;
    hint;
    details;
    place;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.title = options.title;
        this.hint = options.hint;
        this.details = options.details ?? [];
        const { file, line, column, input, status, url } = options;
        this.place = { file, line, column, input, status, url };
    }
}
/** Several independent failures found in one pass (one annotation each). */
class ActionErrors extends Error {
    errors;
    constructor(message, errors) {
        super(message);
        this.errors = errors;
        this.name = 'ActionErrors';
    }
}
/**
 * Throws what one pass found: nothing when `errors` is empty, a single error
 * as itself (one annotation, no "1 problems" line), several as one
 * ActionErrors under `message` (one annotation each, then the message).
 */
function throwIfAny(errors, message) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new ActionErrors(message, [...errors]);
}
function isActionError(e) {
    return e instanceof errors_ActionError;
}
/** The message as one line a user reads: what, where, what to do. */
function formatActionError(e) {
    const where = [];
    if (e.place.input)
        where.push(`input '${e.place.input}'`);
    if (e.place.status !== undefined || e.place.url) {
        where.push([e.place.status !== undefined ? `HTTP ${e.place.status}` : '', e.place.url ?? '']
            .filter(Boolean)
            .join(' '));
    }
    let text = e.message;
    if (where.length > 0 && !where.every((w) => text.includes(w)))
        text += ` (${where.join(', ')})`;
    if (e.hint)
        text += ` ${e.hint}`;
    return text;
}

;// CONCATENATED MODULE: ./packages/runtime-build/output.ts
/**
 * Atomic output: everything is written to a staging folder beside its
 * destination (same file system, so rename is atomic), then renamed into
 * place. A failure before that leaves nothing behind; files already in the
 * destination that are not ours are never touched.
 */




function nearestExisting(p) {
    let dir = path.resolve(p);
    while (!existsSync(dir)) {
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return dir;
}
function reason(e) {
    const err = e;
    const why = {
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ENOTDIR: 'a path component is a file',
        ENOSPC: 'no space left on the device',
        EEXIST: 'already exists',
    };
    return err.code ? `${why[err.code] ?? err.code}` : String(e);
}
function stagingBeside(destination, input, display) {
    if (existsSync(destination) && !statSync(destination).isDirectory()) {
        throw new ActionError(`Input '${input}': ${display} exists and is not a folder.`, {
            title: 'Unwritable output',
            input,
            hint: 'Point it at a folder (it is created when missing).',
        });
    }
    const base = nearestExisting(path.dirname(path.resolve(destination)));
    if (!statSync(base).isDirectory()) {
        throw new ActionError(`Input '${input}': cannot create ${display}: ${base} is a file.`, {
            title: 'Unwritable output',
            input,
        });
    }
    try {
        return mkdtempSync(path.join(base, `.${path.basename(destination)}.staging-`));
    }
    catch (e) {
        throw new ActionError(`Input '${input}': cannot write beside ${display} (${reason(e)} in ${base}).`, {
            title: 'Unwritable output',
            input,
            hint: 'Choose a folder the job can write to, e.g. dist under the workspace.',
        });
    }
}
function writeOne(dir, f) {
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(dir, ...f.path.split('/')), f.data, {
        mode: f.executable ? 0o755 : 0o644,
    });
}
/** What the worker serves for `stageFolder` (the bundle passes these to `serveWorker`). */
const outputHandlers = {
    'write-files': (p) => p.files.map((f) => {
        writeOne(p.dir, f);
        return null;
    }),
};
/**
 * Every folder first (a few hundred), then the files. Creating a file is
 * most of the cost (one new inode each: over 100 µs apiece on some
 * virtualised disks), so with a worker the files are shared with it, chunk
 * by chunk from both ends: it joins in as soon as its other work is done.
 */
async function writeAll(dir, files, worker) {
    const folders = new Set();
    for (const f of files) {
        const at = f.path.lastIndexOf('/');
        if (at > 0)
            folders.add(f.path.slice(0, at));
    }
    for (const folder of [...folders].sort())
        mkdirSync(path.join(dir, ...folder.split('/')), { recursive: true });
    await shareWork(worker, 'write-files', files, (f) => writeOne(dir, f), 64, (chunk) => ({ dir, files: chunk }));
}
function unwritable(staging, e, input, display) {
    rmSync(staging, { recursive: true, force: true });
    return new ActionError(`Input '${input}': cannot write ${display}: ${reason(e)}.`, {
        title: 'Unwritable output',
        input,
    });
}
/**
 * Stages files that go INTO an existing or new folder (out-dir): at commit,
 * a missing folder is created by renaming the staging folder itself; an
 * existing one receives each file by rename, and a failure part-way takes
 * back the files already moved.
 */
function stageFilesInto(destination, files, input, display) {
    const staging = stagingBeside(destination, input, display);
    try {
        for (const f of files)
            writeOne(staging, f);
    }
    catch (e) {
        throw unwritable(staging, e, input, display);
    }
    return {
        commit() {
            try {
                if (!existsSync(destination)) {
                    mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
                    renameSync(staging, destination);
                    return;
                }
                const moved = [];
                try {
                    for (const f of files) {
                        const to = path.join(destination, ...f.path.split('/'));
                        renameSync(path.join(staging, ...f.path.split('/')), to);
                        moved.push(to);
                    }
                }
                catch (e) {
                    for (const m of moved)
                        unlinkSync(m);
                    throw e;
                }
            }
            catch (e) {
                throw new ActionError(`Input '${input}': cannot move the artifacts into ${display}: ${reason(e)}.`, {
                    title: 'Unwritable output',
                    input,
                });
            }
            finally {
                rmSync(staging, { recursive: true, force: true });
            }
        },
        discard() {
            rmSync(staging, { recursive: true, force: true });
        },
    };
}
/**
 * Stages a whole folder that REPLACES its destination at commit (package-dir:
 * ours entirely). `worker`, when given, writes part of the files.
 */
async function stageFolder(destination, files, input, display, worker) {
    const staging = stagingBeside(destination, input, display);
    try {
        await writeAll(staging, files, worker);
    }
    catch (e) {
        throw unwritable(staging, e, input, display);
    }
    return {
        commit() {
            const old = `${staging}.old`;
            try {
                mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
                if (existsSync(destination))
                    renameSync(destination, old);
                renameSync(staging, destination);
            }
            catch (e) {
                if (existsSync(old) && !existsSync(destination))
                    renameSync(old, destination);
                rmSync(staging, { recursive: true, force: true });
                throw new ActionError(`Input '${input}': cannot replace ${display}: ${reason(e)}.`, {
                    title: 'Unwritable output',
                    input,
                });
            }
            rmSync(old, { recursive: true, force: true });
        },
        discard() {
            rmSync(staging, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./actions/build/worker.ts
/**
 * build's worker thread: the wheel's deflate, the sdist's tar and gzip and
 * package tree writes, and nothing else (the import analysis is a tokenizer pass on the main thread,
 * python/scan.ts, cheaper than sending the files here). A bundle of its own
 * (dist/build/worker.js) rather than the action's bundle started again: no
 * toolkit, TOML, PEP 440 or Python code to evaluate, so it answers its
 * first request sooner.
 */




if (!serveWorker({ ...compressionHandlers, ...tarGzHandlers, ...outputHandlers })) {
    throw new Error('worker.js runs only as the worker thread of the index.js beside it');
}

