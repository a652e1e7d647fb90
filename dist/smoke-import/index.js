import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(5763)
/* unused reexport */ __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 3219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ input),
  dK: () => (/* binding */ mask),
  YF: () => (/* binding */ requiredInput),
  Cs: () => (/* binding */ runAction),
  pO: () => (/* binding */ runContext),
  Np: () => (/* binding */ runnerIo)
});

// UNUSED EXPORTS: debug, error, group, info, notice, oidcRequest, runRepository, setOutput, tokenInput, useActionDefaults, warning, writeSummary

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./actions/workflow-commands.ts
/**
 * The part of @actions/core the runner adapter (runner.ts) uses: inputs,
 * outputs, logs, annotations, masking, log groups and the step summary,
 * without @actions/core's index module. That index (lib/core.js) imports its
 * OIDC client, which loads @actions/http-client and undici: 1.1 MB of every
 * bundle, compiled and partly evaluated at every start, though no action here
 * asks for an ID token through it (see oidcRequest in runner.ts).
 *
 * The runner's command protocol stays @actions/core's own code: command.js,
 * file-command.js, utils.js and summary.js are imported from the installed
 * package by path (its exports map offers only the index). The eleven short
 * functions core.js defines itself are copied from @actions/core 3.0.1's
 * lib/core.js, statement for statement; test/foundation/workflow-commands.test.ts
 * runs both on the same calls and compares the bytes they write.
 */





function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}
async function group(name, fn) {
    startGroup(name);
    let result;
    try {
        result = await fn();
    }
    finally {
        endGroup();
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var toolkit_errors = __nccwpck_require__(9996);
;// CONCATENATED MODULE: ./actions/runner.ts
/**
 * The imperative shell every action entry shares: inputs, outputs, logs,
 * annotations, the step summary and the error boundary. The runner adapter
 * on @actions/core: it lives under actions/ so that nothing under packages/
 * imports @actions/* or reads process.env for inputs (issue #16).
 */





let defaults = {};
/**
 * Reads the defaults of `<action>/action.yml`, found by walking up from this
 * bundle (dist/<action>/index.js sits two levels below the repository root).
 * The runner fills defaults in for a `uses:` step, but not when the bundle is
 * started directly: by the root composite action, the CLI or a test. With
 * this, action.yml stays the one place a default is written. Expression
 * defaults (`${{ github.token }}`) cannot be evaluated here and count as empty.
 */
async function useActionDefaults(action) {
    const inputs = await actionInputs(action);
    if (!inputs)
        return;
    defaults = {};
    for (const [name, def] of Object.entries(inputs)) {
        const value = def.default === undefined ? '' : String(def.default);
        defaults[name] = value.includes('${{') ? '' : value;
    }
}
/**
 * The `inputs` of `<action>/action.yml`. A bundle finds them in
 * action-inputs.json beside it, which scripts/bundle.mjs writes from the same
 * action.yml (the dist check keeps the two in step): loading and running a
 * YAML parser at every start cost ~25 ms of a build that takes ~200 ms.
 * The sources, run unbundled, parse action.yml.
 */
async function actionInputs(action) {
    const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const snapshot = external_node_path_default().join(here, 'action-inputs.json');
    if ((0,external_node_fs_.existsSync)(snapshot)) {
        const byAction = JSON.parse((0,external_node_fs_.readFileSync)(snapshot, 'utf8'));
        const inputs = byAction[action];
        if (inputs)
            return inputs;
    }
    let dir = here;
    for (let i = 0; i < 5; i++, dir = external_node_path_default().dirname(dir)) {
        const file = external_node_path_default().join(dir, action, 'action.yml');
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        const spec = parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return spec.inputs ?? {};
    }
    return undefined;
}
/** The value the runner passed for an input, else its action.yml default ('' when neither). */
function input(name) {
    const given = getInput(name, { trimWhitespace: false }).trim();
    return given !== '' ? given : (defaults[name] ?? '').trim();
}
/**
 * An input the runner always passes (it has a default in action.yml, or is
 * required). Empty means the action was started without it: say which one.
 */
function requiredInput(name) {
    const v = input(name);
    if (v === '') {
        throw new toolkit_errors/* ActionError */.lZ(`Input required and not supplied: ${name}`, {
            input: name,
            hint: `Set 'with: ${name}: …' on the step.`,
        });
    }
    return v;
}
/**
 * The `token` input, masked the moment it is read (before any check can log
 * it). Empty is an error saying what the token was for.
 */
function tokenInput(why, hint) {
    const token = input('token');
    mask(token);
    if (!token)
        throw new ActionError(why, { input: 'token', ...(hint ? { hint } : {}) });
    return token;
}
function runner_setOutput(name, value) {
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value));
}
function mask(secret) {
    if (secret)
        setSecret(secret);
}
const runner_info = (m) => info(m);
const runner_debug = (m) => debug(m);
function runner_warning(message, place = {}) {
    warning(message, annotationProps(place));
}
function runner_notice(message, place = {}) {
    notice(message, annotationProps(place));
}
function runner_error(message, place = {}) {
    error(message, annotationProps(place));
}
function annotationProps(place) {
    const props = {};
    if (place.title)
        props.title = place.title;
    if (place.file)
        props.file = place.file;
    if (place.line !== undefined)
        props.startLine = place.line;
    if (place.column !== undefined)
        props.startColumn = place.column;
    return props;
}
/** Appends markdown to the step summary; a runner without one (local CLI) just skips it. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await summary.addRaw(markdown, true).write();
}
/** The runner surface handed to an action's `run()`: this module's functions, bound to @actions/core. */
const runnerIo = {
    info: runner_info,
    debug: runner_debug,
    warning: runner_warning,
    notice: runner_notice,
    error: runner_error,
    mask,
    setOutput: (name, value) => setOutput(name, value),
    summary: writeSummary,
};
/** Runs `fn` in a collapsed log group. */
async function runner_group(title, fn) {
    return core.group(title, fn);
}
function runContext() {
    const env = process.env;
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || '';
    const runId = env.GITHUB_RUN_ID || '';
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    return {
        repository,
        sha: env.GITHUB_SHA || '',
        ref: env.GITHUB_REF || '',
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        workflowRef: env.GITHUB_WORKFLOW_REF || '',
        eventName: env.GITHUB_EVENT_NAME || '',
        event,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        actor: env.GITHUB_ACTOR || '',
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
        runnerTemp: env.RUNNER_TEMP || '',
        sourceDateEpoch: env.SOURCE_DATE_EPOCH || '',
    };
}
/** owner and name of GITHUB_REPOSITORY, which every run inside a job has. */
function runRepository(ctx, action) {
    const [owner, repo] = ctx.repository.split('/');
    if (!owner || !repo) {
        throw new ActionError(`GITHUB_REPOSITORY is not set: ${action} runs inside a GitHub Actions job.`);
    }
    return { owner, repo };
}
/** The job's OIDC request endpoint, present only with `permissions: id-token: write`. */
function oidcRequest() {
    const url = process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !token)
        return undefined;
    core.setSecret(token);
    return { url, token };
}
function reportActionError(e) {
    const place = { ...e.place, title: e.title };
    error((0,toolkit_errors/* formatActionError */.MA)(e), annotationProps(place));
    for (const d of e.details)
        info(d);
}
async function summariseFailure(errors) {
    const lines = errors.map((e) => {
        const where = e.place.file
            ? ` (\`${e.place.file}${e.place.line ? `:${e.place.line}` : ''}\`)`
            : '';
        return `- ${e.title ? `**${e.title}**: ` : ''}${(0,toolkit_errors/* formatActionError */.MA)(e)}${where}`;
    });
    const details = errors.flatMap((e) => e.details).map((d) => `    ${d}`);
    await writeSummary(`### ❌ Failed\n\n${lines.join('\n')}\n${details.length ? `\n\`\`\`\n${details.join('\n')}\n\`\`\`\n` : ''}`).catch(() => undefined);
}
/**
 * The error boundary of an action entry. Expected failures (ActionError)
 * become one `::error` line each with their file/line, a summary section and
 * exit code 1, with no stack trace. Anything else is a bug: its stack is shown.
 */
async function runAction(action, main) {
    try {
        await useActionDefaults(action);
        await main();
    }
    catch (e) {
        process.exitCode = 1;
        if (e instanceof toolkit_errors/* ActionErrors */.o9) {
            for (const err of e.errors)
                reportActionError(err);
            error(e.message);
            await summariseFailure(e.errors);
        }
        else if (e instanceof toolkit_errors/* ActionError */.lZ) {
            reportActionError(e);
            await summariseFailure([e]);
        }
        else {
            const err = e instanceof Error ? e : new Error(String(e));
            error(`Unexpected failure (a bug in runtime-actions): ${err.message}`);
            info(err.stack ?? '');
        }
    }
}


/***/ }),

/***/ 1469:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3219);
/* harmony import */ var _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7414);
/* harmony import */ var _packages_smoke_find_wheel_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3247);
/* harmony import */ var _packages_smoke_report_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7683);
/* harmony import */ var _packages_smoke_smoke_import_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(3961);
/** smoke-import's entry: action.yml inputs → SmokeImportInputs (packages/smoke/smoke-import.ts). */







const { /* input */ "hF": input, /* requiredInput */ "YF": requiredInput } = _runner_js__WEBPACK_IMPORTED_MODULE_2__;
const INSTALL = ['deps', 'offline', 'none'];
await _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs('smoke-import', async () => {
    const ctx = _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runContext */ .pO();
    // Read in this order so the first error on bad input stays the same.
    const wheelPath = (0,_packages_smoke_find_wheel_js__WEBPACK_IMPORTED_MODULE_4__/* .findWheel */ .$)(requiredInput('wheel'), ctx.workspace);
    const pythons = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMultiline */ .xl(input('python'));
    const install = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChoice */ .HU(input('install'), 'install', INSTALL);
    const indexUrl = (0,_packages_smoke_smoke_import_js__WEBPACK_IMPORTED_MODULE_6__/* .parseIndexUrl */ .Z0)(input('index-url'));
    const findLinks = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMultiline */ .xl(input('find-links'));
    // A private index's URL may carry credentials: masked before anything can log them.
    for (const u of [indexUrl, ...findLinks])
        (0,_packages_smoke_smoke_import_js__WEBPACK_IMPORTED_MODULE_6__/* .urlSecrets */ .Fn)(u).forEach(_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK);
    const inputs = {
        wheelPath,
        pythons: pythons.length ? pythons : ['python3'],
        install,
        indexUrl,
        findLinks,
        modules: _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseList */ .E1(input('modules')),
        symbols: (0,_packages_smoke_report_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSymbols */ .Zi)(_packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMultiline */ .xl(input('symbols')), 'symbols'),
        env: _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseKeyValues */ .Hl(input('env'), 'env'),
        timeoutMs: (0,_packages_smoke_smoke_import_js__WEBPACK_IMPORTED_MODULE_6__/* .importTimeoutMs */ .j2)(input('timeout')),
        source: input('source'),
        workspace: ctx.workspace,
        tempDir: ctx.runnerTemp || node_path__WEBPACK_IMPORTED_MODULE_1___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'smoke-import'),
    };
    await (0,_packages_smoke_smoke_import_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .eF)(inputs, _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerIo */ .Np);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findWheel)
/* harmony export */ });
/* unused harmony export globFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9996);
/**
 * Resolves the `wheel` input (a path or a glob such as `dist/*.whl`) to one
 * file. More than one match is an error: a stale wheel left beside the new
 * one is exactly what must not be checked by mistake.
 */



function segmentRegExp(segment) {
    const body = segment
        .split('')
        .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`);
}
/**
 * A small glob (`*`, `?`, `**`) written here because fs.globSync exists only
 * from Node 22, and the CLI shares this code on Node 20.
 */
function globFiles(pattern, cwd) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, pattern);
    const parts = absolute.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    const firstGlob = parts.findIndex((p) => /[*?]/.test(p));
    if (firstGlob < 0)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isFile() ? [absolute] : [];
    const base = parts.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
    const rest = parts.slice(firstGlob);
    const out = [];
    const walk = (dir, i) => {
        const seg = rest[i];
        if (seg === undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
            return;
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        if (seg === '**') {
            walk(dir, i + 1);
            for (const e of entries)
                if (e.isDirectory())
                    walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name), i);
            return;
        }
        const re = segmentRegExp(seg);
        for (const e of entries) {
            if (!re.test(e.name))
                continue;
            const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.name);
            if (i === rest.length - 1) {
                if (e.isFile())
                    out.push(full);
            }
            else if (e.isDirectory()) {
                walk(full, i + 1);
            }
        }
    };
    walk(base, 0);
    return [...new Set(out)].sort();
}
function findWheel(pattern, cwd) {
    const matches = globFiles(pattern, cwd);
    if (matches.length === 0) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`No wheel matches '${pattern}' (in ${cwd}).`, {
            input: 'wheel',
            title: 'No wheel',
            hint: 'Build it first (python -m build --wheel, or the build action), or download the artifact that holds it.',
        });
    }
    if (matches.length > 1) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`'${pattern}' matches ${matches.length} files: ${matches.map((m) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, m)).join(', ')}.`, {
            input: 'wheel',
            title: 'Several wheels',
            hint: 'Name one wheel, or clean the folder before building so a stale wheel cannot be checked instead.',
        });
    }
    const found = matches[0];
    if (!found.endsWith('.whl')) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`'${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, found)}' is not a .whl file.`, {
            input: 'wheel',
            title: 'Not a wheel',
        });
    }
    return found;
}


/***/ }),

/***/ 7683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tK: () => (/* binding */ failedOutput),
  Zi: () => (/* binding */ parseSymbols),
  Br: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(9996);
;// CONCATENATED MODULE: ./packages/toolkit/summary.ts
/** Markdown building blocks for step summaries: pure, so tests read them as text. */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${headers.map((_, i) => cell(r[i])).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
function formatSeconds(s) {
    if (s < 1)
        return `${Math.round(s * 1000)} ms`;
    if (s < 120)
        return `${s.toFixed(1)} s`;
    return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

;// CONCATENATED MODULE: ./packages/smoke/report.ts
/**
 * What the entry shows: the modules × interpreters table for the step
 * summary, the `failed` output, and the parsing of the `symbols` input.
 * Fault messages themselves appear once, as annotations (the toolkit's error
 * boundary also lists them in the summary): the table only says pass/fail.
 */


const IDENT = /^[\p{XID_Start}_]\p{XID_Continue}*(\.[\p{XID_Start}_]\p{XID_Continue}*)*$/u;
/** `module:attr` lines; the attribute may be dotted (`pkg.adapters:Registry.get`). */
function parseSymbols(lines, input) {
    return lines.map((line) => {
        const [module = '', attr = '', extra] = line.split(':').map((s) => s.trim());
        if (extra !== undefined || !IDENT.test(module) || !IDENT.test(attr)) {
            throw new errors/* ActionError */.lZ(`Input '${input}': expected module:attr (such as molecule_runtime.main:main_sync), got '${line}'.`, {
                input,
            });
        }
        return { module, attr };
    });
}
function failedOutput(report) {
    return report.faults
        .filter((f) => f.severity === 'error')
        .map((f) => ({
        kind: f.kind,
        title: f.title,
        cause: f.cause ?? null,
        module: f.modules[0] ?? null,
        modules: f.modules,
        interpreter: f.seenBy.find((s) => s !== 'static') ?? 'static',
        interpreters: f.seenBy,
        exception: f.exception ?? null,
        message: f.message,
        file: f.annotation?.file ?? null,
        line: f.annotation?.line ?? null,
        wheelFile: f.file ?? null,
        wheelLine: f.line ?? null,
    }));
}
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '—' };
function rowLabel(r) {
    if (r.kind === 'entry-point')
        return `script ${code(r.label)}`;
    if (r.kind === 'symbol')
        return `symbol ${code(r.label)}`;
    return code(r.label);
}
function cellText(c) {
    const time = c.seconds === undefined ? '' : c.seconds < 0.001 ? ' <1 ms' : ` ${formatSeconds(c.seconds)}`;
    if (c.status === 'fail')
        return `❌ ${c.exception ?? ''}${time}`.trim();
    return `${ICON[c.status]}${c.status === 'pass' ? time : ''}`;
}
/** How many rows a table shows before the passing ones fold away. */
const ROWS_SHOWN = 150;
function renderSummary(report) {
    const w = report.wheel;
    const errors = report.faults.filter((f) => f.severity === 'error');
    const warnings = report.faults.filter((f) => f.severity === 'warning');
    // With install: none nothing is imported: interpreter columns would only hold dashes.
    const runs = report.runs.some((r) => r.install) ? report.runs : [];
    const headers = [
        'module / target',
        `static (${report.static.python})`,
        ...runs.map((r) => {
            const note = !r.allowed
                ? ' — below Requires-Python'
                : r.install && !r.install.ok
                    ? ' — install failed'
                    : '';
            return `${r.requested} · ${r.interpreter.version}${note}`;
        }),
    ];
    const toRow = (r) => [
        rowLabel(r),
        ICON[r.static],
        ...r.cells.slice(0, runs.length).map(cellText),
    ];
    const bad = report.rows.filter((r) => r.static !== 'pass' || r.cells.some((c) => c.status === 'fail'));
    const good = report.rows.filter((r) => !bad.includes(r));
    let md = heading(`Smoke import: ${code(w.filename)}`);
    md +=
        `${w.name} ${w.version} · Requires-Python ${code(w.requiresPython ?? 'any')} · ` +
            `${report.static.modules.length} modules, static check in ${formatSeconds(report.static.wallMs / 1000)}` +
            report.runs
                .filter((r) => r.install)
                .map((r) => ` · Python ${r.interpreter.version}: venv and pip install ${formatSeconds((r.install?.ms ?? 0) / 1000)}`)
                .join('') +
            '\n\n';
    md += errors.length
        ? `❌ **${errors.length} fault${errors.length > 1 ? 's' : ''}**: not fit to publish (each is annotated on its line).\n\n`
        : `✅ Every module, console script and symbol passed${report.runs.some((r) => r.results.length) ? '' : ' the static check (install: none, nothing imported)'}.\n\n`;
    md += resolutionLine(report);
    if (bad.length + good.length <= ROWS_SHOWN) {
        md += markdownTable(headers, [...bad, ...good].map(toRow));
    }
    else {
        if (bad.length)
            md += markdownTable(headers, bad.map(toRow));
        md += `\n<details><summary>${good.length} passing</summary>\n\n${markdownTable(headers, good.map(toRow))}\n</details>\n`;
    }
    if (warnings.length) {
        md += `\n${heading('Warnings', 4)}${warnings.map((f) => `- **${f.title}**: ${f.message}`).join('\n')}\n`;
    }
    return md;
}
/** What the venv lookup of imported names found, or why it did not run. */
function resolutionLine(report) {
    if (report.resolutionSkipped)
        return `Import resolution: **not run**: ${report.resolutionSkipped}.\n\n`;
    const done = report.runs.filter((r) => r.resolution);
    if (!done.length)
        return '';
    const parts = done.map((r) => {
        const res = r.resolution;
        return (`Python ${r.interpreter.version}: ${res.names} names from ${res.statements} statements, ` +
            (res.unresolved.length
                ? `not found: ${res.unresolved.map((n) => code(n)).join(', ')}`
                : 'all found'));
    });
    return `Import resolution (importlib.util.find_spec in the venv, TYPE_CHECKING and try/except ImportError left out): ${parts.join('; ')}.\n\n`;
}


/***/ }),

/***/ 3961:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j2: () => (/* binding */ importTimeoutMs),
  Z0: () => (/* binding */ parseIndexUrl),
  eF: () => (/* binding */ run),
  Fn: () => (/* binding */ urlSecrets)
});

// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var toolkit_errors = __nccwpck_require__(9996);
// EXTERNAL MODULE: ./packages/toolkit/inputs.ts
var inputs = __nccwpck_require__(7414);
;// CONCATENATED MODULE: ./packages/toolkit/io.ts
/**
 * Sets outputs through `io` at the moment they are known (so a later failure
 * still leaves them on the step, as the runner would) and keeps them for the
 * result. Values that are not strings are written as JSON.
 */
class OutputWriter {
    io;
    outputs = {};
    constructor(io) {
        this.io = io;
    }
    set(name, value) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        this.outputs[name] = text;
        this.io.setOutput(name, text);
    }
}

// EXTERNAL MODULE: ./packages/smoke/report.ts + 1 modules
var smoke_report = __nccwpck_require__(7683);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [esm_gunzipSync]; }
    ], function (ev) { return pbf(esm_gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function esm_gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? esm_gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/smoke/faults.ts
const code = (s) => `\`${s}\``;
function where(file, line) {
    return file ? `${file}${line ? `:${line}` : ''}` : 'the wheel';
}
function lazyNote(scope, guard) {
    const notes = [];
    if (scope) {
        notes.push(`inside ${scope}(), so importing the module does not reveal it: it fails when ${scope}() runs`);
    }
    if (guard)
        notes.push(`guarded by ${guard}, so it fails quietly`);
    return notes.length ? ` (${notes.join('; ')})` : '';
}
/** The package module a bare top-level name means, if the package has one. */
function ourModuleFor(name, ctx) {
    for (const top of ctx.tops)
        if (ctx.modules.has(`${top}.${name}`))
            return `${top}.${name}`;
    return undefined;
}
function staticFault(f, ctx) {
    const at = where(f.file, f.line);
    const stmt = f.statement ? ` ${code(f.statement)}` : '';
    const lazy = lazyNote(f.scope, f.guard);
    const base = {
        severity: f.severity,
        file: f.file ?? undefined,
        line: f.line ?? undefined,
        modules: f.module ? [f.module] : [],
        seenBy: ['static'],
        details: [],
        key: `static:${f.file}:${f.line}:${f.name ?? f.target ?? ''}:${f.kind}`,
        place: f.file && f.line ? `${f.file}:${f.line}` : undefined,
    };
    switch (f.kind) {
        case 'unrewritten-import':
            return {
                ...base,
                kind: 'unrewritten-import',
                title: 'Unrewritten bare import',
                cause: 'an unrewritten bare import',
                exception: 'ModuleNotFoundError',
                message: `${at}:${stmt} imports '${f.name}', which exists only as ${f.ours} inside the package: ` +
                    `installed, it raises ModuleNotFoundError: No module named '${f.name}'${lazy}. ` +
                    `Likely cause: an unrewritten bare import.`,
                hint: `Import it as ${f.ours} (or relatively), or add '${f.name}' to the build's list of runtime modules.`,
            };
        case 'excluded-module':
            return {
                ...base,
                kind: 'excluded-module',
                title: 'Import of a module the package does not ship',
                cause: 'a monorepo module excluded from the package',
                exception: 'ModuleNotFoundError',
                message: `${at}:${stmt} imports '${f.name}', a module of the monorepo source that the wheel does not ship ` +
                    `(the build excluded it): installed, it raises ModuleNotFoundError: No module named '${f.name}'${lazy}.`,
                hint: `Ship '${f.name}' in the package, or stop importing it from runtime code.`,
            };
        case 'missing-module':
            return {
                ...base,
                kind: 'missing-module',
                title: 'Import of a missing module',
                cause: 'a module the wheel does not ship',
                exception: 'ModuleNotFoundError',
                message: `${at}:${stmt} imports ${f.target}, which the wheel does not ship` +
                    `${f.message ? ` (${f.message})` : ''}${lazy}.`,
                hint: 'Add the module to the package, or fix the import.',
            };
        case 'missing-name':
            return {
                ...base,
                kind: 'missing-symbol',
                title: 'Missing symbol',
                cause: 'a missing symbol',
                exception: 'ImportError',
                message: `${at}:${stmt} imports '${f.name}' from ${f.target}, which ${f.target_file ?? f.target} does not define ` +
                    `or re-export: installed, it raises ImportError: cannot import name '${f.name}'${lazy}. Likely cause: a missing symbol.`,
                hint: `Define '${f.name}' in ${f.target_file ?? f.target} (or re-export it), or import it from where it lives.`,
            };
        case 'syntax-error':
        case 'floor-syntax': {
            const floorNote = f.kind === 'floor-syntax'
                ? ` It is not valid on Python ${f.floor}, the lowest version Requires-Python allows.`
                : ctx.staticPythonAllowed
                    ? ''
                    : ` (Parsed with Python ${ctx.staticPython}, below Requires-Python ${ctx.requiresPython}: newer syntax may be fine.)`;
            return {
                ...base,
                severity: f.kind === 'syntax-error' && !ctx.staticPythonAllowed ? 'warning' : 'error',
                kind: f.kind,
                title: f.kind === 'syntax-error' ? 'Syntax error' : 'Syntax newer than Requires-Python',
                cause: f.kind === 'syntax-error' ? 'a syntax error' : 'syntax newer than the Python floor',
                exception: 'SyntaxError',
                message: `${at}: ${f.message}${stmt ? ` in${stmt}` : ''}: importing ${f.module} (and every module that imports it) fails.${floorNote}`,
                hint: f.kind === 'syntax-error'
                    ? 'Fix the syntax; python -m py_compile <file> shows it locally.'
                    : `Raise requires-python in pyproject.toml to the version that has this syntax, or write it for Python ${f.floor}.`,
                key: `syntax:${f.file}`,
            };
        }
        case 'missing-target':
        case 'missing-target-module': {
            const entry = f.target_kind === 'entry-point';
            const missing = f.kind === 'missing-target'
                ? `${f.target}${f.file ? ` (${f.file})` : ''} has no '${f.name}'`
                : `module ${f.target} is not in the wheel`;
            return {
                ...base,
                kind: entry ? 'missing-entry-point' : 'missing-symbol',
                title: entry ? 'Missing entry-point target' : 'Missing symbol',
                cause: entry ? 'a missing entry-point target' : 'a missing symbol',
                exception: f.kind === 'missing-target' ? 'AttributeError' : 'ModuleNotFoundError',
                modules: [f.label ?? `${f.target}:${f.name}`],
                message: entry
                    ? `Console script '${f.label}': ${missing}. pip installs it without complaint, then every run of the command fails.`
                    : `symbols entry ${f.target}:${f.name}: ${missing}.`,
                hint: entry
                    ? `Define ${f.name} in ${f.target}, or point the script in pyproject.toml ([project.scripts]) at one that exists.`
                    : `Define ${f.name} in ${f.target}, or fix the 'symbols' input.`,
                key: `target:${f.target}:${f.name}`,
            };
        }
        case 'not-normalised':
            return {
                ...base,
                kind: 'not-normalised',
                title: 'Module name not in NFKC form',
                cause: 'a file name stored in another Unicode form than Python reads',
                exception: 'ModuleNotFoundError',
                message: `${at}: ${f.message}: installed where file names are compared byte for byte (Linux), \`import\` does not find it.`,
                hint: 'Rename the file to its NFKC form (in Python: unicodedata.normalize("NFKC", name)) and rebuild.',
                key: `static:not-normalised:${f.file}`,
            };
        case 'not-importable':
            return {
                ...base,
                kind: 'not-importable',
                title: 'Files that cannot be imported',
                message: `${at}: ${f.message}; the wheel ships them anyway.`,
                hint: 'Rename the folder to a Python identifier (google_adk), or leave it out of the package.',
                key: `static:not-importable:${f.file}`,
            };
    }
}
/**
 * An import whose top-level name importlib.util.find_spec did not find in the
 * fresh venv on Python `python`: it raises ModuleNotFoundError when it runs.
 */
function unresolvedImportFault(e, python, requiresDist) {
    const lazy = e.scope
        ? ` inside ${e.scope}(), so importing the module does not reveal it: it raises ModuleNotFoundError when ${e.scope}() runs`
        : ': importing the module raises ModuleNotFoundError';
    const declared = requiresDist.length
        ? `Requires-Dist: ${requiresDist.map((d) => code(d)).join(', ')}`
        : 'Requires-Dist: none';
    return {
        kind: 'unresolved-import',
        severity: 'error',
        title: 'Import that cannot resolve',
        cause: 'an import no installed distribution provides',
        exception: 'ModuleNotFoundError',
        message: `${where(e.file, e.line)}: ${code(e.statement)} imports '${e.name}', which importlib.util.find_spec ` +
            `does not find after pip installed the wheel into a fresh venv on Python ${python}${lazy}. ${declared}.`,
        hint: `Declare the distribution that provides '${e.name}' in [project] dependencies (with install: offline, also put it in 'find-links'), or remove the import.`,
        file: e.file,
        line: e.line,
        modules: [e.module],
        seenBy: [python],
        details: [],
        key: `resolve:${e.file}:${e.line}:${e.name}`,
        place: `${e.file}:${e.line}`,
    };
}
/** The innermost frame inside the package: where the failing line is. */
function innermostOurs(frames) {
    return [...(frames ?? [])].reverse().find((f) => f.ours);
}
function moduleFileOf(module, ctx) {
    return module ? ctx.modules.get(module) : undefined;
}
function importEnvHint(exception) {
    if (['KeyError', 'RuntimeError', 'ValueError', 'OSError', 'SystemExit'].includes(exception)) {
        return "If the module reads configuration at import time, give placeholders in the 'env' input (WORKSPACE_ID=…).";
    }
    return undefined;
}
/** One failed probe → a fault. `python` is the interpreter's version. */
function runtimeFault(r, python, ctx) {
    const job = r.job;
    const frame = innermostOurs(r.frames);
    const file = frame?.file;
    const line = frame?.line ?? undefined;
    const at = frame ? `${where(file, line)}${frame.text ? `: ${code(frame.text)}` : ''}` : job.label;
    const exception = r.exception ?? 'Error';
    const raised = `${exception}: ${r.message ?? ''}`.trim();
    const details = r.traceback
        ? r.traceback.trimEnd().split('\n').slice(-20)
        : r.crashed
            ? [r.crashed]
            : [];
    const base = {
        severity: 'error',
        file,
        line,
        exception,
        modules: [job.label],
        seenBy: [python],
        details,
        key: frame && line ? `runtime:${file}:${line}:${exception}` : `runtime:${job.label}:${raised}`,
        place: frame && line ? `${file}:${line}` : undefined,
    };
    const missing = r.name ?? undefined;
    const top = missing?.split('.')[0];
    if (r.timedOut) {
        return {
            ...base,
            kind: 'timeout',
            title: 'Import timed out',
            message: `Importing ${job.label} ${r.message} on Python ${python}: it blocks at import time (a network call, a wait, a loop).`,
            hint: "Move the blocking work out of module level, or raise 'timeout'.",
            cause: 'blocking work at import time',
        };
    }
    if ((job.kind === 'entry-point' || job.kind === 'symbol') &&
        !frame &&
        /AttributeError|LookupError/.test(exception)) {
        const target = job.kind === 'entry-point' ? `${job.module}:${job.attr}` : job.label;
        return {
            ...base,
            kind: job.kind === 'entry-point' ? 'missing-entry-point' : 'missing-symbol',
            title: job.kind === 'entry-point' ? 'Missing entry-point target' : 'Missing symbol',
            cause: job.kind === 'entry-point' ? 'a missing entry-point target' : 'a missing symbol',
            file: moduleFileOf(job.module, ctx),
            message: job.kind === 'entry-point'
                ? `Console script '${job.name}' (${target}) cannot be loaded on Python ${python}: ${raised}.`
                : `symbols entry ${target} does not resolve on Python ${python}: ${raised}.`,
            hint: `Define ${job.attr} in ${job.module}, or fix the reference.`,
            key: `target:${job.module}:${job.attr}`,
        };
    }
    if (exception === 'SyntaxError' || exception === 'IndentationError' || exception === 'TabError') {
        return {
            ...base,
            kind: 'syntax-error',
            title: 'Syntax error',
            cause: 'a syntax error',
            message: `${at}: ${raised}: importing ${job.label} fails on Python ${python}.`,
            hint: 'Fix the syntax; python -m py_compile <file> shows it locally.',
            key: file ? `syntax:${file}` : base.key,
        };
    }
    if (exception === 'ModuleNotFoundError' && top) {
        const ours = ourModuleFor(top, ctx);
        if (!ctx.tops.includes(top) && ours) {
            return {
                ...base,
                kind: 'unrewritten-import',
                title: 'Unrewritten bare import',
                cause: 'an unrewritten bare import',
                message: `${at}: ${raised} on Python ${python}: '${top}' exists only as ${ours} inside the package. Likely cause: an unrewritten bare import.`,
                hint: `Import it as ${ours} (or relatively), or add '${top}' to the build's list of runtime modules.`,
            };
        }
        if (!ctx.tops.includes(top) && ctx.sourceModules.has(top)) {
            return {
                ...base,
                kind: 'excluded-module',
                title: 'Import of a module the package does not ship',
                cause: 'a monorepo module excluded from the package',
                message: `${at}: ${raised} on Python ${python}: '${top}' is a module of the monorepo source that the wheel does not ship.`,
                hint: `Ship '${top}' in the package, or stop importing it from runtime code.`,
            };
        }
        if (ctx.tops.includes(top)) {
            return {
                ...base,
                kind: 'missing-module',
                title: 'Import of a missing module',
                cause: 'a module the wheel does not ship',
                message: `${at}: ${raised} on Python ${python}: the wheel does not ship ${missing}.`,
                hint: 'Add the module to the package, or fix the import.',
            };
        }
        return {
            ...base,
            kind: 'missing-dependency',
            title: 'Missing dependency',
            cause: 'a dependency missing from Requires-Dist',
            message: `${at}: ${raised} on Python ${python}: no installed distribution provides '${top}'. Likely cause: a dependency missing from Requires-Dist.`,
            hint: "Declare it in [project] dependencies (pyproject.toml), or with install: offline add it to 'find-links'.",
        };
    }
    if (exception === 'ImportError' && r.dependency && r.dependency.length && missing) {
        const dists = r.dependency
            .map((d) => `${d.name} ${d.version ?? '(unknown version)'}`)
            .join(', ');
        return {
            ...base,
            kind: 'dependency-bound',
            title: 'Dependency bound too loose',
            cause: 'a dependency bound in Requires-Dist allows a version the code cannot use',
            message: `${at}: ${raised} on Python ${python}: ${missing} comes from ${dists}, which pip resolved within Requires-Dist. ` +
                `Likely cause: a dependency bound in Requires-Dist allows a version the code cannot use.`,
            hint: `Tighten the bound on ${r.dependency[0]?.name} in [project] dependencies to the versions the code was written for, or update the code.`,
        };
    }
    if (exception === 'ImportError' && missing && ctx.tops.includes(top ?? '')) {
        return {
            ...base,
            kind: 'missing-symbol',
            title: 'Missing symbol',
            cause: 'a missing symbol',
            message: `${at}: ${raised} on Python ${python}. Likely cause: a missing symbol in ${missing}.`,
            hint: `Define the name in ${missing} (or re-export it), or import it from where it lives.`,
        };
    }
    const envHint = importEnvHint(exception);
    return {
        ...base,
        kind: 'import-error',
        title: 'Import failed',
        message: `${at}: importing ${job.label} raised ${raised} on Python ${python}.`,
        ...(envHint ? { hint: envHint } : {}),
    };
}
/**
 * Merges faults: same key, or a runtime failure at the file:line of a static
 * finding (the static message, which says more, is kept).
 */
function mergeFaults(faults) {
    const byKey = new Map();
    const byPlace = new Map();
    for (const f of faults) {
        const existing = byKey.get(f.key) ?? (f.place ? byPlace.get(f.place) : undefined);
        if (existing) {
            for (const m of f.modules)
                if (!existing.modules.includes(m))
                    existing.modules.push(m);
            for (const s of f.seenBy)
                if (!existing.seenBy.includes(s))
                    existing.seenBy.push(s);
            if (!existing.details.length)
                existing.details = f.details;
            if (existing.severity === 'warning' && f.severity === 'error')
                existing.severity = 'error';
            continue;
        }
        const copy = { ...f, modules: [...f.modules], seenBy: [...f.seenBy], details: [...f.details] };
        byKey.set(f.key, copy);
        if (f.place && !byPlace.has(f.place))
            byPlace.set(f.place, copy);
    }
    return [...byKey.values()];
}
/** The sentence that closes a fault's message: where else it was seen. */
function seenNote(f) {
    const pythons = f.seenBy.filter((s) => s !== 'static');
    const parts = [];
    if (f.seenBy.includes('static') && pythons.length)
        parts.push(`Confirmed by importing on Python ${pythons.join(', ')}.`);
    if (f.modules.length > 1) {
        const shown = f.modules.slice(0, 5).join(', ');
        parts.push(`Breaks ${f.modules.length}: ${shown}${f.modules.length > 5 ? ', …' : ''}.`);
    }
    return parts.join(' ');
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __nccwpck_require__(8898);
;// CONCATENATED MODULE: ./packages/versions/specifiers.ts
/**
 * PEP 440 version specifiers (`>=3.10`, `~=1.4,!=1.4.2`), as in
 * Requires-Python and dependency requirements. With pep440.ts the only
 * importer of @renovatebot/pep440 (issue #16), so every check of a
 * specifier follows the same rules.
 */

/** True when `text` is a valid specifier set; an empty string is one (it allows everything). */
function isSpecifier(text) {
    return (0,pep440.validRange)(text);
}
/** True when `version` is allowed by `specifier` (pre-releases only when the specifier names one). */
function satisfiesSpecifier(version, specifier) {
    return (0,pep440.satisfies)(version, specifier);
}

;// CONCATENATED MODULE: ./packages/smoke/python-floor.ts
/**
 * Requires-Python against real interpreters, and the message pip never gives:
 * for an interpreter below the floor pip only says "Could not find a version
 * that satisfies the requirement … (from versions: none)", which never
 * mentions Python (field notes, incident 7).
 */


/** True when `version` (3.11.7) is allowed; no Requires-Python allows everything. */
function allowsPython(requiresPython, version) {
    if (!requiresPython || requiresPython.trim() === '')
        return true;
    return satisfiesSpecifier(version, requiresPython);
}
/** Throws when the wheel's Requires-Python is not a PEP 440 specifier (pip would refuse it too). */
function checkRequiresPython(requiresPython, wheel) {
    if (requiresPython && !isSpecifier(requiresPython)) {
        throw new toolkit_errors/* ActionError */.lZ(`${wheel}: Requires-Python '${requiresPython}' is not a valid PEP 440 specifier.`, {
            title: 'Invalid Requires-Python',
            hint: 'Fix requires-python in pyproject.toml (for example ">=3.11").',
        });
    }
}
/**
 * The lowest 3.N that Requires-Python allows any release of, or undefined when
 * there is no specifier. Used to parse sources with that version's grammar.
 */
function floorMinor(requiresPython) {
    if (!requiresPython || !isSpecifier(requiresPython))
        return undefined;
    for (let minor = 0; minor < 40; minor++) {
        if (satisfiesSpecifier(`3.${minor}.0`, requiresPython) ||
            satisfiesSpecifier(`3.${minor}.99`, requiresPython)) {
            return [3, minor];
        }
    }
    return undefined;
}
/** The plain statement of a Python floor failure: both versions, pip's words, the ways out. */
function floorMessage(f) {
    const floor = floorMinor(f.requiresPython);
    const need = floor ? `${floor[0]}.${floor[1]}` : f.requiresPython;
    const [major, minor] = f.interpreterVersion.split('.');
    return (`${f.distribution} ${f.version} requires Python ${f.requiresPython} (Requires-Python), ` +
        `but ${f.interpreter} is Python ${f.interpreterVersion}. ` +
        `pip on this interpreter would not say so: it skips the release and reports only ` +
        `"Could not find a version that satisfies the requirement ${f.distribution}==${f.version} (from versions: none)". ` +
        `Upgrade paths: run with Python ${need} or newer (actions/setup-python with python-version: '${need}', ` +
        `pyenv install ${need}, or a python:${need}-slim image); ` +
        `or, if Python ${major}.${minor} must keep working, lower requires-python in pyproject.toml ` +
        `and make the code run on ${major}.${minor}.`);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/smoke/process.ts
/**
 * Runs one child process to completion with a time limit, collecting its
 * output. Everything smoke-import starts (interpreters, venv, pip, probes)
 * goes through here, so a hung import can never hang the step.
 */

function runProcess(command, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            // The runner's environment is inherited unchanged: placeholders for the
            // imported code travel in the probe's job (probe.py sets them), and pip
            // gets its settings as flags.
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let spawnError;
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdin.on('error', () => undefined); // a child that exits early closes its stdin
        child.on('error', (e) => (spawnError = e));
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code: spawnError ? null : code,
                stdout,
                stderr,
                timedOut,
                spawnError,
                ms: performance.now() - started,
            });
        });
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./packages/smoke/interpreters.ts
/**
 * Finding and asking Python interpreters what they are, before any venv is
 * made: the version decides the Requires-Python check, and the executable
 * behind a shim (pyenv, a symlink) is what the venv is built from.
 */



// Runs on any Python 2.7+/3.x, so even a too-old interpreter can say what it is.
const QUERY = [
    'import json, sys',
    'd = {"executable": sys.executable, "version": "%d.%d.%d" % tuple(sys.version_info[:3])}',
    'try:',
    '    import pip',
    '    d["pip"] = pip.__version__',
    'except Exception:',
    '    pass',
    'print(json.dumps(d))',
].join('\n');
/** Asks one interpreter for its version; undefined when it is missing or does not run. */
async function queryInterpreter(command, timeoutMs = 30_000) {
    const r = await runProcess(command, ['-I', '-c', QUERY], { timeoutMs });
    if (r.code !== 0) {
        // -I is unknown before 3.4: ask once more without it.
        if (r.spawnError || r.timedOut || !/-I|option/i.test(r.stderr))
            return undefined;
        const again = await runProcess(command, ['-c', QUERY], { timeoutMs });
        if (again.code !== 0)
            return undefined;
        r.stdout = again.stdout;
    }
    try {
        const d = JSON.parse(r.stdout.trim().split('\n').pop() ?? '');
        return {
            requested: command,
            executable: d.executable || command,
            version: d.version,
            pip: d.pip,
        };
    }
    catch {
        return undefined;
    }
}
/** Resolves one `python` input line, failing plainly when it is not there. */
async function requireInterpreter(command) {
    const found = await queryInterpreter(command);
    if (!found) {
        throw new toolkit_errors/* ActionError */.lZ(`Python interpreter '${command}' was not found or did not run.`, {
            input: 'python',
            title: 'No interpreter',
            hint: 'Install it first (actions/setup-python) or name one that is on PATH; use "floor" to pick the lowest one Requires-Python allows.',
        });
    }
    return found;
}
/**
 * Every `python3.N` the OS resolves on PATH, lowest version first, one per
 * real executable. The names are looked up by spawning them (the OS searches
 * PATH the way a shell would), so no environment variable is read here;
 * shims that exist but fail (pyenv's for versions not enabled) drop out.
 */
async function listInterpreters(maxMinor = 30) {
    const names = Array.from({ length: maxMinor + 1 }, (_, minor) => `python3.${minor}`);
    const found = await Promise.all(names.map((n) => queryInterpreter(n, 15_000)));
    const byExecutable = new Map();
    for (const i of found)
        if (i && !byExecutable.has(i.executable))
            byExecutable.set(i.executable, i);
    return [...byExecutable.values()].sort((a, b) => compareVersions(a.version, b.version));
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}
/** `python: floor`: the lowest interpreter on PATH that Requires-Python allows. */
function pickFloor(candidates, requiresPython) {
    return candidates.find((c) => allowsPython(requiresPython, c.version));
}
async function findFloorInterpreter(requiresPython) {
    const candidates = await listInterpreters();
    const pick = pickFloor(candidates, requiresPython);
    if (!pick) {
        const seen = candidates.map((c) => `${c.requested} (${c.version})`).join(', ') || 'none';
        throw new toolkit_errors/* ActionError */.lZ(`python: floor found no interpreter on PATH that Requires-Python ${requiresPython ?? '(none)'} allows; found: ${seen}.`, {
            input: 'python',
            title: 'No floor interpreter',
            hint: 'Install the lowest Python the package supports (actions/setup-python) before this step.',
        });
    }
    return pick;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/smoke/probe-script.ts
// Generated from probe.py by embed-scripts.ts: edit the .py file, then run
// `npx tsx scripts/embed-scripts.ts`.
const PROBE_PY = '"""One runtime probe of smoke-import, run in a fresh interpreter of the test venv.\n\nargv[1] is a JSON job:\n  {"kind": "module", "module": "pkg.a"}\n  {"kind": "symbol", "module": "pkg.main", "attr": "main_sync"}\n  {"kind": "entry-point", "dist": "name", "group": "console_scripts", "name": "cli"}\nplus "tops" (the wheel\'s top-level import names) and "env" (placeholders to set\nbefore importing). The result is one JSON object on the original stdout; what\nthe imported code prints goes to stderr, so it can never corrupt the result.\nStandard library only; runs on any CPython >= 3.8.\n"""\nimport importlib\nimport json\nimport os\nimport sys\nimport sysconfig\nimport time\nimport traceback\n\nPROBE_FILE = "<smoke-import probe>"\n\n\ndef relative_to_site(filename, site_dirs):\n    try:\n        real = os.path.realpath(filename)\n    except (TypeError, ValueError):\n        return None\n    for site in site_dirs:\n        rel = os.path.relpath(real, site)\n        if not rel.startswith(".."):\n            return rel.replace(os.sep, "/")\n    return None\n\n\ndef dependency_of(module_name):\n    """(distribution, version) pairs that provide a top-level module, when importlib can tell."""\n    top = module_name.split(".")[0]\n    try:\n        from importlib import metadata\n    except ImportError:\n        return []\n    mapping = getattr(metadata, "packages_distributions", None)\n    if mapping is None:\n        return []\n    out = []\n    for dist in mapping().get(top, []):\n        try:\n            out.append({"name": dist, "version": metadata.version(dist)})\n        except Exception:\n            out.append({"name": dist, "version": None})\n    return out\n\n\ndef short_traceback(error, frames, site_dirs):\n    """The frames a reader needs: installed code only (not importlib\'s or this probe\'s), site-relative paths."""\n    shown = [f for f in frames if f["installed"]]\n    if isinstance(error, SyntaxError) and shown:\n        shown = shown[:-1]  # format_exception_only below shows the faulty line itself\n    lines = ["Traceback (most recent call last):"] if shown else []\n    for f in shown[-8:]:\n        lines.append(\'  File "%s", line %s, in %s\' % (f["file"], f["line"], f["function"]))\n        if f["text"]:\n            lines.append("    " + f["text"])\n    last = "".join(traceback.format_exception_only(type(error), error)).rstrip()\n    for site in site_dirs:\n        last = last.replace(site + os.sep, "")\n    lines.extend(last.splitlines())\n    return "\\n".join(lines)[-4000:]\n\n\ndef describe(error, job):\n    tops = set(job.get("tops") or [])\n    paths = sysconfig.get_paths()\n    site_dirs = sorted({os.path.realpath(paths[k]) for k in ("purelib", "platlib") if k in paths}, key=len)\n    frames = []\n    for frame in traceback.extract_tb(error.__traceback__):\n        rel = relative_to_site(frame.filename, site_dirs)\n        frames.append(\n            {\n                "file": rel or frame.filename,\n                "installed": rel is not None,\n                "ours": rel is not None and rel.split("/")[0].split(".")[0] in tops,\n                "line": frame.lineno,\n                "function": frame.name,\n                "text": (frame.line or "").strip(),\n            }\n        )\n    if isinstance(error, SyntaxError) and error.filename:\n        # The faulty file never became a frame: it did not compile.\n        rel = relative_to_site(error.filename, site_dirs)\n        frames.append(\n            {\n                "file": rel or error.filename,\n                "installed": rel is not None,\n                "ours": rel is not None and rel.split("/")[0] in tops,\n                "line": error.lineno,\n                "function": "<module>",\n                "text": (error.text or "").strip(),\n            }\n        )\n    kind = type(error)\n    name = kind.__qualname__ if kind.__module__ == "builtins" else kind.__module__ + "." + kind.__qualname__\n    result = {\n        "ok": False,\n        "exception": name,\n        "message": str(error) if not isinstance(error, SystemExit) else "SystemExit(%r)" % (error.code,),\n        "name": getattr(error, "name", None) if isinstance(error, ImportError) else None,\n        "frames": frames[-12:],\n        "traceback": short_traceback(error, frames, site_dirs),\n    }\n    if isinstance(error, ImportError) and error.name and error.name.split(".")[0] not in tops:\n        result["dependency"] = dependency_of(error.name)\n    return result\n\n\ndef run(job):\n    kind = job["kind"]\n    if kind == "module":\n        importlib.import_module(job["module"])\n    elif kind == "symbol":\n        obj = importlib.import_module(job["module"])\n        for part in job["attr"].split("."):\n            obj = getattr(obj, part)\n    elif kind == "entry-point":\n        from importlib import metadata\n\n        dist = metadata.distribution(job["dist"])\n        found = [ep for ep in dist.entry_points if ep.group == job["group"] and ep.name == job["name"]]\n        if not found:\n            raise LookupError("%s has no %s entry point named %r" % (job["dist"], job["group"], job["name"]))\n        found[0].load()\n    else:\n        raise ValueError("unknown probe kind %r" % kind)\n\n\ndef main():\n    job = json.loads(sys.argv[1])\n    result_out = os.fdopen(os.dup(1), "w")\n    os.dup2(2, 1)\n    os.environ.update(job.get("env") or {})\n    started = time.perf_counter()\n    try:\n        run(job)\n        result = {"ok": True}\n    except BaseException as error:  # SystemExit and KeyboardInterrupt at import time are failures too\n        result = describe(error, job)\n    result["seconds"] = time.perf_counter() - started\n    sys.stdout.flush()\n    result_out.write(json.dumps(result))\n    result_out.flush()\n\n\nmain()\n';

;// CONCATENATED MODULE: ./packages/smoke/resolve-imports-script.ts
// Generated from resolve_imports.py by embed-scripts.ts: edit the .py file, then run
// `npx tsx scripts/embed-scripts.ts`.
const RESOLVE_IMPORTS_PY = '"""Resolves top-level import names in the test venv (runtime-actions smoke-import).\n\nargv[1] is a JSON list of top-level names. Prints a JSON object: {"unresolved": [...]}.\n\nimportlib.util.find_spec asks the finders on sys.meta_path whether a module\nexists without executing it: for a top-level name no parent package is\nimported, so none of the package\'s (or a dependency\'s) code runs. Run with -I\nin an empty folder, so only what pip installed into the venv and the standard\nlibrary can answer. Standard library only; runs on any CPython >= 3.8.\n"""\nimport importlib.util\nimport json\nimport sys\n\n\ndef resolves(name):\n    if name in sys.modules:\n        return True  # already loaded by the interpreter itself (sys, builtins, __main__)\n    try:\n        return importlib.util.find_spec(name) is not None\n    except (ImportError, ValueError):\n        return False\n\n\ndef main():\n    names = json.loads(sys.argv[1])\n    print(json.dumps({"unresolved": [n for n in names if not resolves(n)]}))\n\n\nmain()\n';

;// CONCATENATED MODULE: ./packages/smoke/runtime.ts
/**
 * The runtime phase: a fresh venv per interpreter, the wheel installed as a
 * user would (pip), then every module imported, every console script loaded
 * by name and every named symbol resolved -- each in its own interpreter
 * process (probe.py), so one broken module cannot hide the others.
 */






function venvPythonPath(venv) {
    return (0,external_node_os_.platform)() === 'win32'
        ? external_node_path_default().join(venv, 'Scripts', 'python.exe')
        : external_node_path_default().join(venv, 'bin', 'python');
}
// pip gained --python (install into another interpreter's environment) in 22.3.
function pipHasPythonOption(version) {
    if (!version)
        return false;
    const [major = 0, minor = 0] = version.split('.').map(Number);
    return major > 22 || (major === 22 && minor >= 3);
}
function pipInstallArgs(o) {
    const args = ['install', '--no-input', '--disable-pip-version-check'];
    if (o.mode === 'offline') {
        args.push('--no-index');
        for (const f of o.findLinks ?? [])
            args.push('--find-links', f);
    }
    else if (o.indexUrl) {
        args.push('--index-url', o.indexUrl);
    }
    args.push(o.wheelPath);
    return args;
}
/** Creates a fresh venv and installs the wheel into it with pip. */
async function createVenvAndInstall(o) {
    const started = performance.now();
    const venv = external_node_path_default().join(o.workDir, 'venv');
    (0,external_node_fs_.mkdirSync)(o.workDir, { recursive: true });
    const venvPython = venvPythonPath(venv);
    const timeoutMs = o.timeoutMs ?? 600_000;
    // When the interpreter has a recent pip, the venv is made without one and
    // that pip installs into it (--python): the same install, ~3 s faster per
    // interpreter than bootstrapping pip into every venv with ensurepip.
    const borrowPip = pipHasPythonOption(o.interpreter.pip);
    const venvArgs = ['-m', 'venv', ...(borrowPip ? ['--without-pip'] : []), venv];
    const made = await runProcess(o.interpreter.executable, venvArgs, { timeoutMs });
    if (made.code !== 0) {
        return {
            ok: false,
            ms: performance.now() - started,
            errors: [
                made.spawnError
                    ? `could not start ${o.interpreter.executable}: ${made.spawnError.message}`
                    : `python -m venv failed${made.timedOut ? ' (timed out)' : ''}: ${lastLines(made.stderr + made.stdout, 3)}`,
            ],
            log: made.stdout + made.stderr,
            venvPython,
        };
    }
    const pip = borrowPip
        ? {
            cmd: o.interpreter.executable,
            args: ['-m', 'pip', '--python', venvPython, ...pipInstallArgs(o)],
        }
        : { cmd: venvPython, args: ['-m', 'pip', ...pipInstallArgs(o)] };
    const r = await runProcess(pip.cmd, pip.args, { timeoutMs, cwd: o.workDir });
    const log = `$ ${[pip.cmd, ...pip.args].join(' ')}\n${r.stdout}${r.stderr}`;
    const ok = r.code === 0;
    const errors = ok
        ? []
        : r.timedOut
            ? [`pip install timed out after ${Math.round(timeoutMs / 1000)} s`]
            : pipErrors(r.stderr + r.stdout);
    return { ok, ms: performance.now() - started, errors, log, venvPython };
}
/** pip's own ERROR lines, which say what failed; the tail of the output when there are none. */
function pipErrors(output) {
    const errors = output
        .split('\n')
        .filter((l) => l.startsWith('ERROR:'))
        .map((l) => l.trim());
    return errors.length ? errors : [lastLines(output, 5)];
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join(' / ');
}
/** Runs every job in its own fresh interpreter, in parallel up to the CPU count. */
async function runProbes(o) {
    (0,external_node_fs_.mkdirSync)(o.cwd, { recursive: true });
    return mapBounded(o.jobs, o.concurrency ?? (0,external_node_os_.availableParallelism)(), async (job) => {
        const payload = JSON.stringify({ ...job, tops: o.tops, env: o.env });
        // -I: no current directory or user site on sys.path, no PYTHON* variables:
        // only what pip installed into the venv can be imported.
        const r = await runProcess(o.venvPython, ['-I', '-c', PROBE_PY, payload], {
            cwd: o.cwd,
            timeoutMs: o.timeoutMs,
        });
        if (r.timedOut) {
            return {
                job,
                ok: false,
                seconds: r.ms / 1000,
                timedOut: true,
                exception: 'TimeoutError',
                message: `did not finish within ${formatLimit(o.timeoutMs)}`,
            };
        }
        try {
            const parsed = JSON.parse(r.stdout);
            return { job, ...parsed };
        }
        catch {
            return {
                job,
                ok: false,
                seconds: r.ms / 1000,
                exception: 'ProcessExit',
                message: `the interpreter exited with ${r.code ?? 'a signal'} before reporting`,
                crashed: lastLines(r.stderr, 8),
            };
        }
    });
}
function formatLimit(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
/**
 * The top-level names among `names` that importlib.util.find_spec cannot find
 * in the venv (resolve_imports.py): found by the finders, never imported, so
 * no code of the package or its dependencies runs.
 */
async function unresolvedNames(o) {
    if (!o.names.length)
        return [];
    (0,external_node_fs_.mkdirSync)(o.cwd, { recursive: true });
    const r = await runProcess(o.venvPython, ['-I', '-c', RESOLVE_IMPORTS_PY, JSON.stringify(o.names)], { cwd: o.cwd, timeoutMs: o.timeoutMs ?? 60_000 });
    try {
        return JSON.parse(r.stdout).unresolved;
    }
    catch {
        throw new Error(`resolving imports with ${o.venvPython} ${r.timedOut ? 'timed out' : `exited with ${r.code ?? 'a signal'}`}: ${lastLines(r.stderr, 5)}`);
    }
}

;// CONCATENATED MODULE: ./packages/smoke/source-map.ts
/**
 * Maps a path inside the wheel back to the monorepo file it was built from
 * (`molecule_runtime/x.py` → `workspace/x.py`), so the annotation lands on
 * the line a developer edits rather than on a file that exists only in the
 * build output.
 */


function mapToSource(installedPath, line, o) {
    if (!installedPath)
        return undefined;
    const [top, ...rest] = installedPath.split('/');
    if (top && rest.length && o.tops.includes(top) && o.source) {
        const candidate = external_node_path_default().join(o.source, ...rest);
        const absolute = external_node_path_default().resolve(o.workspace, candidate);
        if ((0,external_node_fs_.existsSync)(absolute) && (0,external_node_fs_.statSync)(absolute).isFile()) {
            return {
                file: candidate.split((external_node_path_default()).sep).join('/'),
                line: line === undefined ? undefined : matchLine(absolute, installedPath, line, o),
                mapped: true,
            };
        }
    }
    return { file: installedPath, line, mapped: false };
}
/**
 * The build rewrites imports in place, so the line number normally carries
 * over; when the source line differs (the build moved code), look for the same
 * text nearby instead of annotating an unrelated line.
 */
function matchLine(sourceFile, installedPath, line, o) {
    const built = o.wheelText?.(installedPath)?.split(/\r?\n/)[line - 1]?.trim();
    if (!built)
        return line;
    const lines = (0,external_node_fs_.readFileSync)(sourceFile, 'utf8').split(/\r?\n/);
    if (lines[line - 1]?.trim() === built)
        return line;
    for (let d = 1; d <= 50; d++) {
        if (lines[line - 1 - d]?.trim() === built)
            return line - d;
        if (lines[line - 1 + d]?.trim() === built)
            return line + d;
    }
    return line;
}

;// CONCATENATED MODULE: ./packages/smoke/static-check-script.ts
// Generated from static_check.py by embed-scripts.ts: edit the .py file, then run
// `npx tsx scripts/embed-scripts.ts`.
const STATIC_CHECK_PY = '"""Static import check of a wheel\'s modules (runtime-actions smoke-import).\n\nReads one JSON document on stdin:\n  {"files": {"pkg/a.py": "<base64 of the source bytes>", ...},\n   "sourceModules": ["lib", ...],  # top-level names of the monorepo folder the package came from\n   "targets": [{"label": "...", "kind": "entry-point" | "symbol", "module": "pkg.main", "attr": "main_sync"}],\n   "floor": [3, 11] | null}          # the lowest Python that Requires-Python allows\nand writes one JSON document on stdout: {"python", "modules", "findings", "external", "seconds"}\n("external": every unguarded absolute import of a name outside the wheel, for the venv to resolve).\n\nUses CPython\'s own parser (ast), so what it calls a syntax error is one, and\nchecks every import -- at module level, in `if TYPE_CHECKING:` blocks and\ninside function bodies, which a plain `import package` never runs -- against\nthe modules the wheel ships and the names those modules bind. Standard\nlibrary only: it runs with no dependency installed, in milliseconds.\n"""\nimport ast\nimport base64\nimport json\nimport sys\nimport time\nimport unicodedata\n\nSTDLIB = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)\n# Handlers that make an import deliberately optional: `try: import x / except ImportError:`.\nOPTIONAL_GUARDS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}\n\n\nclass Module:\n    def __init__(self, name, path, is_pkg, source):\n        self.name = name\n        self.path = path\n        self.is_pkg = is_pkg\n        self.source = source\n        self.lines = None\n        self.tree = None\n        self.bindings = set()\n        self.all_names = None  # a literal __all__, when there is one\n        self.imports = []  # (node, enclosing function or None, guard or None)\n        self.stars = []  # (module name, is it shipped) of `from x import *` at top level\n        # Open: names appear at run time in ways ast cannot see (module __getattr__,\n        # globals() writes, a star import from outside the wheel, a syntax error).\n        self.open = False\n\n    def line_text(self, lineno):\n        if self.lines is None:\n            self.lines = self.source.decode("utf-8", "replace").splitlines()\n        if lineno and 0 < lineno <= len(self.lines):\n            return self.lines[lineno - 1].strip()\n        return ""\n\n\ndef module_name(path):\n    parts = path[:-3].split("/")\n    is_pkg = parts[-1] == "__init__"\n    if is_pkg:\n        parts = parts[:-1]\n    return ".".join(parts), is_pkg\n\n\ndef bind_target(target, names):\n    if isinstance(target, ast.Name):\n        names.add(target.id)\n    elif isinstance(target, (ast.Tuple, ast.List)):\n        for elt in target.elts:\n            bind_target(elt, names)\n    elif isinstance(target, ast.Starred):\n        bind_target(target.value, names)\n\n\ndef literal_strings(node):\n    if isinstance(node, (ast.List, ast.Tuple)):\n        out = []\n        for elt in node.elts:\n            if isinstance(elt, ast.Constant) and isinstance(elt.value, str):\n                out.append(elt.value)\n            else:\n                return None\n        return out\n    return None\n\n\ndef walk_expressions(node):\n    """Every node under `node` that runs at module level (not function or class bodies, not lambdas)."""\n    stack = [node]\n    while stack:\n        current = stack.pop()\n        yield current\n        for child in ast.iter_child_nodes(current):\n            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):\n                continue\n            stack.append(child)\n\n\ndef collect_bindings(body, mod, resolve):\n    """The names a module binds at top level, following compound statements but not def/class bodies."""\n    for node in body:\n        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):\n            mod.bindings.add(node.name)\n            if node.name == "__getattr__" and not isinstance(node, ast.ClassDef):\n                mod.open = True  # PEP 562: any name may resolve\n            continue\n        if isinstance(node, ast.Assign):\n            for target in node.targets:\n                bind_target(target, mod.bindings)\n                if isinstance(target, ast.Name) and target.id == "__all__":\n                    mod.all_names = literal_strings(node.value)\n        elif isinstance(node, ast.AnnAssign):\n            # `x: int` alone binds nothing: `from m import x` would fail.\n            if node.value is not None:\n                bind_target(node.target, mod.bindings)\n        elif isinstance(node, ast.AugAssign):\n            bind_target(node.target, mod.bindings)\n            if isinstance(node.target, ast.Name) and node.target.id == "__all__" and mod.all_names is not None:\n                extra = literal_strings(node.value)\n                mod.all_names = None if extra is None else mod.all_names + extra\n        elif isinstance(node, ast.Import):\n            for alias in node.names:\n                mod.bindings.add(alias.asname or alias.name.split(".")[0])\n        elif isinstance(node, ast.ImportFrom):\n            target = resolve(mod, node)\n            for alias in node.names:\n                if alias.name == "*":\n                    if target is not None:\n                        mod.stars.append(target)\n                else:\n                    mod.bindings.add(alias.asname or alias.name)\n        elif isinstance(node, (ast.For, ast.AsyncFor)):\n            bind_target(node.target, mod.bindings)\n            collect_bindings(node.body, mod, resolve)\n            collect_bindings(node.orelse, mod, resolve)\n        elif isinstance(node, (ast.While, ast.If)):\n            collect_bindings(node.body, mod, resolve)\n            collect_bindings(node.orelse, mod, resolve)\n        elif isinstance(node, (ast.With, ast.AsyncWith)):\n            for item in node.items:\n                if item.optional_vars is not None:\n                    bind_target(item.optional_vars, mod.bindings)\n            collect_bindings(node.body, mod, resolve)\n        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":\n            collect_bindings(node.body, mod, resolve)\n            for handler in node.handlers:\n                collect_bindings(handler.body, mod, resolve)\n            collect_bindings(node.orelse, mod, resolve)\n            collect_bindings(node.finalbody, mod, resolve)\n        elif type(node).__name__ == "Match":\n            for case in node.cases:\n                for sub in ast.walk(case.pattern):\n                    if getattr(sub, "name", None):\n                        mod.bindings.add(sub.name)\n                collect_bindings(case.body, mod, resolve)\n        elif type(node).__name__ == "TypeAlias":\n            bind_target(node.name, mod.bindings)\n        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):\n            func = node.value.func\n            # __all__.extend([...]) / __all__.append("x")\n            if (\n                isinstance(func, ast.Attribute)\n                and isinstance(func.value, ast.Name)\n                and func.value.id == "__all__"\n                and mod.all_names is not None\n            ):\n                args = node.value.args\n                if func.attr == "extend" and args and literal_strings(args[0]) is not None:\n                    mod.all_names = mod.all_names + literal_strings(args[0])\n                elif func.attr == "append" and args and isinstance(args[0], ast.Constant):\n                    mod.all_names = mod.all_names + [args[0].value]\n                else:\n                    mod.all_names = None\n        for sub in walk_expressions(node):\n            if isinstance(sub, ast.NamedExpr):\n                bind_target(sub.target, mod.bindings)\n            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in ("globals", "vars"):\n                mod.open = True  # globals()[name] = ... / globals().update(...)\n            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "setattr":\n                # setattr(sys.modules[__name__], ...): which object it targets is a run-time\n                # question, so any module-level setattr keeps the module open (no false alarms).\n                mod.open = True\n\n\ndef is_type_checking(test):\n    if isinstance(test, ast.Name):\n        return test.id == "TYPE_CHECKING"\n    if isinstance(test, ast.Attribute):\n        return test.attr == "TYPE_CHECKING"\n    return False\n\n\ndef catches_import_error(handler):\n    kind = handler.type\n    if kind is None:\n        return True\n    names = kind.elts if isinstance(kind, ast.Tuple) else [kind]\n    for n in names:\n        ident = n.id if isinstance(n, ast.Name) else getattr(n, "attr", None)\n        if ident in OPTIONAL_GUARDS:\n            return True\n    return False\n\n\nFUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)\nTRIES = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)\nMATCH = getattr(ast, "Match", None)\n\n\ndef collect_imports(body, scope, functions, guard, found, globals_):\n    """Every import statement, with the function it sits in and the guard around it.\n\n    Imports and `global` are statements, so only statement lists are walked:\n    several times faster than visiting every expression node.\n    """\n    for node in body:\n        kind = type(node)\n        if kind is ast.Import or kind is ast.ImportFrom:\n            found.append((node, ".".join(scope) if functions else None, guard))\n        elif kind in FUNCTIONS:\n            collect_imports(node.body, scope + [node.name], functions + 1, guard, found, globals_)\n        elif kind is ast.ClassDef:\n            collect_imports(node.body, scope + [node.name], functions, guard, found, globals_)\n        elif kind is ast.If:\n            inner = "TYPE_CHECKING" if is_type_checking(node.test) else guard\n            collect_imports(node.body, scope, functions, inner, found, globals_)\n            collect_imports(node.orelse, scope, functions, guard, found, globals_)\n        elif kind in TRIES:\n            inner = "try/except ImportError" if any(catches_import_error(h) for h in node.handlers) else guard\n            collect_imports(node.body, scope, functions, inner, found, globals_)\n            for handler in node.handlers:\n                collect_imports(handler.body, scope, functions, guard, found, globals_)\n            collect_imports(node.orelse, scope, functions, guard, found, globals_)\n            collect_imports(node.finalbody, scope, functions, guard, found, globals_)\n        elif kind in (ast.For, ast.AsyncFor, ast.While):\n            collect_imports(node.body, scope, functions, guard, found, globals_)\n            collect_imports(node.orelse, scope, functions, guard, found, globals_)\n        elif kind in (ast.With, ast.AsyncWith):\n            collect_imports(node.body, scope, functions, guard, found, globals_)\n        elif MATCH is not None and kind is MATCH:\n            for case in node.cases:\n                collect_imports(case.body, scope, functions, guard, found, globals_)\n        elif kind is ast.Global:\n            # `global x` inside a function binds x at module level once it runs: accept it.\n            globals_.update(node.names)\n\n\nclass Checker:\n    def __init__(self, files, source_modules, floor):\n        self.modules = {}\n        self.findings = []\n        self.floor = tuple(floor) if floor else None\n        self.namespace = set()  # folders that import as implicit namespace packages\n        self.source_modules = set(source_modules)\n        skipped_dirs = set()\n        for path in sorted(files):\n            parts = path[:-3].split("/")\n            bad = next((p for p in parts if not p.isidentifier()), None)\n            unnormalised = next((p for p in parts if unicodedata.normalize("NFKC", p) != p), None)\n            if bad is None and unnormalised is not None:\n                # Python reads identifiers in NFKC (PEP 3131): `import café` looks for the\n                # NFKC spelling, and a file stored under another form is not found.\n                self.add(\n                    "not-normalised",\n                    "error",\n                    path,\n                    None,\n                    message="\'%s\' is not in NFKC form (Python reads it as \'%s\'), so no import statement can name it"\n                    % (unnormalised.encode("unicode_escape").decode("ascii"), unicodedata.normalize("NFKC", unnormalised)),\n                    name=unnormalised,\n                )\n                continue\n            if bad is not None:\n                folder = "/".join(parts[: parts.index(bad) + 1])\n                if folder not in skipped_dirs:\n                    skipped_dirs.add(folder)\n                    self.add(\n                        "not-importable",\n                        "warning",\n                        path,\n                        None,\n                        message="\'%s\' is not a Python identifier, so nothing under %s can be imported" % (bad, folder),\n                        name=bad,\n                    )\n                continue\n            name, is_pkg = module_name(path)\n            self.modules[name] = Module(name, path, is_pkg, base64.b64decode(files[path]))\n        for name in list(self.modules):\n            parts = name.split(".")\n            for i in range(1, len(parts)):\n                prefix = ".".join(parts[:i])\n                if prefix not in self.modules:\n                    self.namespace.add(prefix)\n        self.tops = {n.split(".")[0] for n in self.modules} | {n.split(".")[0] for n in self.namespace}\n        self._exports = {}\n        # Unguarded absolute imports of names outside the wheel (TYPE_CHECKING and\n        # try/except ImportError left out): what the venv must provide.\n        self.external = []\n\n    def add(self, kind, severity, file, line, **extra):\n        finding = {"kind": kind, "severity": severity, "file": file, "line": line}\n        finding.update(extra)\n        self.findings.append(finding)\n\n    def exists(self, name):\n        return name in self.modules or name in self.namespace\n\n    def resolve(self, mod, node):\n        """The absolute module an ImportFrom names, or None when the relative import climbs out."""\n        if not node.level:\n            return node.module\n        base = mod.name.split(".") if mod.is_pkg else mod.name.split(".")[:-1]\n        if node.level - 1 > len(base) - 1:\n            return None\n        if node.level > 1:\n            base = base[: len(base) - (node.level - 1)]\n        return ".".join(base + ([node.module] if node.module else []))\n\n    def parse(self, mod):\n        try:\n            mod.tree = ast.parse(mod.source, filename=mod.path)\n        except (SyntaxError, ValueError) as e:\n            mod.open = True\n            line = getattr(e, "lineno", None)\n            self.add(\n                "syntax-error",\n                "error",\n                mod.path,\n                line,\n                column=getattr(e, "offset", None),\n                module=mod.name,\n                message="%s: %s" % (type(e).__name__, getattr(e, "msg", None) or str(e)),\n                statement=(getattr(e, "text", None) or "").strip() or mod.line_text(line),\n            )\n            return\n        if self.floor and self.floor < sys.version_info[:2]:\n            # The syntax this interpreter accepts may be newer than the floor (a\n            # `match` in a wheel that allows 3.9): ask the parser for that version.\n            try:\n                ast.parse(mod.source, filename=mod.path, feature_version=max(self.floor, (3, 7)))\n            except SyntaxError as e:\n                self.add(\n                    "floor-syntax",\n                    "error",\n                    mod.path,\n                    e.lineno,\n                    column=e.offset,\n                    module=mod.name,\n                    message="%s: %s" % (type(e).__name__, e.msg),\n                    floor="%d.%d" % self.floor,\n                    statement=mod.line_text(e.lineno),\n                )\n            except ValueError:\n                pass\n\n    def exported(self, name, seen=None):\n        """Names `from name import *` brings, or None when they cannot be known statically."""\n        if name in self._exports:\n            return self._exports[name]\n        seen = seen or set()\n        if name in seen:\n            return set()\n        seen.add(name)\n        mod = self.modules.get(name)\n        if mod is None or mod.open:\n            result = None\n        elif mod.all_names is not None:\n            result = set(mod.all_names)\n        else:\n            result = {n for n in self.bound(name, seen) or () if not n.startswith("_")}\n        self._exports[name] = result\n        return result\n\n    def bound(self, name, seen=None):\n        """Everything module `name` binds at top level (star imports followed), or None when open."""\n        mod = self.modules.get(name)\n        if mod is None:\n            return set()\n        if mod.open:\n            return None\n        names = set(mod.bindings)\n        for star in mod.stars:\n            if not self.exists(star):\n                if star.split(".")[0] in self.tops:\n                    continue  # reported as a missing module on its own\n                return None  # a star import from a dependency: any name may come from it\n            extra = self.exported(star, set(seen or ()))\n            if extra is None:\n                return None\n            names |= extra\n        return names\n\n    def defines(self, module, name):\n        if self.exists(module + "." + name):\n            return True  # a submodule: the import system loads it\n        if module in self.namespace and module not in self.modules:\n            return False\n        names = self.bound(module)\n        return names is None or name in names\n\n    def package_root_children(self, mod):\n        """Top-level modules of the package this file is in, and its siblings."""\n        parts = mod.name.split(".")\n        root = parts[0]\n        here = ".".join(parts if mod.is_pkg else parts[:-1])\n        return root, here\n\n    def classify_bare(self, mod, first):\n        """A bare `import first` inside the package: unrewritten, excluded, or a dependency (None)."""\n        if first in self.tops or first in STDLIB or first == "__future__":\n            return None\n        root, here = self.package_root_children(mod)\n        if self.exists(root + "." + first):\n            return ("unrewritten-import", root + "." + first)\n        if here and here != root and self.exists(here + "." + first):\n            return ("unrewritten-import", here + "." + first)\n        if first in self.source_modules:\n            return ("excluded-module", first)\n        return None\n\n    def check_imports(self, mod):\n        for node, scope, guard in mod.imports:\n            severity = "warning" if guard else "error"\n            base = {\n                "module": mod.name,\n                "scope": scope,\n                "guard": guard,\n                "statement": mod.line_text(node.lineno),\n            }\n            if isinstance(node, ast.Import):\n                for alias in node.names:\n                    self.check_module_path(mod, alias.name, node, severity, base, "import")\n                continue\n            target = self.resolve(mod, node)\n            if target is None:\n                self.add(\n                    "missing-module",\n                    severity,\n                    mod.path,\n                    node.lineno,\n                    target="." * node.level + (node.module or ""),\n                    message="relative import climbs above the top-level package",\n                    **base\n                )\n                continue\n            if node.level == 0 and not self.check_module_path(mod, target, node, severity, base, "from"):\n                continue\n            if node.level and not self.exists(target):\n                self.add("missing-module", severity, mod.path, node.lineno, target=target, **base)\n                continue\n            if target.split(".")[0] not in self.tops:\n                continue\n            for alias in node.names:\n                if alias.name != "*" and not self.defines(target, alias.name):\n                    defined_in = self.modules.get(target)\n                    self.add(\n                        "missing-name",\n                        severity,\n                        mod.path,\n                        getattr(alias, "lineno", node.lineno),\n                        target=target,\n                        name=alias.name,\n                        target_file=defined_in.path if defined_in else None,\n                        **base\n                    )\n\n    def check_module_path(self, mod, dotted, node, severity, base, form):\n        """Checks an absolute module path; False when a finding was made (or it is not ours to check)."""\n        first = dotted.split(".")[0]\n        if first not in self.tops:\n            bare = self.classify_bare(mod, first)\n            if bare is not None:\n                kind, ours = bare\n                self.add(kind, severity, mod.path, node.lineno, target=dotted, name=first, ours=ours, form=form, **base)\n                return False\n            if not base["guard"] and first != "__future__":\n                # The standard library or a dependency: only the installed venv can tell\n                # whether it resolves (smoke.ts asks importlib.util.find_spec there).\n                self.external.append(\n                    {\n                        "name": first,\n                        "file": mod.path,\n                        "line": node.lineno,\n                        "statement": base["statement"],\n                        "scope": base["scope"],\n                        "module": mod.name,\n                    }\n                )\n            return False\n        parts = dotted.split(".")\n        for i in range(1, len(parts) + 1):\n            prefix = ".".join(parts[:i])\n            if not self.exists(prefix):\n                self.add("missing-module", severity, mod.path, node.lineno, target=prefix, **base)\n                return False\n        return True\n\n    def check_targets(self, targets):\n        for target in targets:\n            module, attr = target["module"], target["attr"]\n            first = module.split(".")[0]\n            if first not in self.tops:\n                continue  # another distribution\'s module: only the runtime phase can tell\n            mod = self.modules.get(module)\n            if not self.exists(module):\n                self.add(\n                    "missing-target-module",\n                    "error",\n                    None,\n                    None,\n                    label=target["label"],\n                    target_kind=target["kind"],\n                    target=module,\n                    name=attr,\n                )\n                continue\n            head = attr.split(".")[0] if attr else None\n            if head and not self.defines(module, head):\n                self.add(\n                    "missing-target",\n                    "error",\n                    mod.path if mod else None,\n                    None,\n                    label=target["label"],\n                    target_kind=target["kind"],\n                    target=module,\n                    name=attr,\n                )\n\n    def run(self, targets):\n        mods = sorted(self.modules.values(), key=lambda m: m.name)\n        for mod in mods:\n            self.parse(mod)\n            if mod.tree is not None:\n                collect_bindings(mod.tree.body, mod, self.resolve)\n                collect_imports(mod.tree.body, [], 0, None, mod.imports, mod.bindings)\n        for mod in mods:\n            if mod.tree is not None:\n                self.check_imports(mod)\n        self.check_targets(targets)\n        return [{"name": m.name, "file": m.path, "package": m.is_pkg} for m in mods]\n\n\ndef main():\n    started = time.perf_counter()\n    request = json.load(sys.stdin)\n    checker = Checker(request["files"], request.get("sourceModules") or [], request.get("floor"))\n    modules = checker.run(request.get("targets") or [])\n    json.dump(\n        {\n            "python": "%d.%d.%d" % sys.version_info[:3],\n            "modules": modules,\n            "findings": checker.findings,\n            "external": checker.external,\n            "seconds": time.perf_counter() - started,\n        },\n        sys.stdout,\n    )\n\n\nif __name__ == "__main__":\n    main()\n';

;// CONCATENATED MODULE: ./packages/python/keywords.ts
/**
 * Python's hard keywords, in the order of CPython's `keyword.kwlist` (the
 * same list since 3.7, when async and await joined it; a test compares it
 * with the python3 on the machine). A name among them is never an
 * identifier; the soft keywords (`match`, `case`, `type`, `_`) are.
 */
const PYTHON_KEYWORDS = [
    'False',
    'None',
    'True',
    'and',
    'as',
    'assert',
    'async',
    'await',
    'break',
    'class',
    'continue',
    'def',
    'del',
    'elif',
    'else',
    'except',
    'finally',
    'for',
    'from',
    'global',
    'if',
    'import',
    'in',
    'is',
    'lambda',
    'nonlocal',
    'not',
    'or',
    'pass',
    'raise',
    'return',
    'try',
    'while',
    'with',
    'yield',
];

;// CONCATENATED MODULE: ./packages/distribution/names.ts
/**
 * Distribution names as the packaging specifications spell them: the name a
 * user types (PEP 508), its comparable form (PEP 503), and the escaped forms
 * used in wheel (PEP 427) and sdist (PEP 625) file names.
 */


/** PEP 508 project names: ASCII letters, digits, `.`, `_`, `-`, starting and ending alphanumeric. */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function isValidProjectName(name) {
    return PROJECT_NAME.test(name);
}
/** PEP 503: runs of `-`, `_`, `.` become one `-`, lower case. Two names are the same project when these agree. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/**
 * The distribution component of wheel and sdist file names (PEP 427 as
 * amended by the binary distribution format spec, and PEP 625): the PEP 503
 * form with `-` replaced by `_`, so the file name splits unambiguously on `-`.
 */
function escapedName(name) {
    return normalizeName(name).replace(/-/g, '_');
}
/** Versions in file names: a canonical PEP 440 version holds no `-`, but escape it anyway as the spec says. */
function escapedVersion(version) {
    return version.replace(/-/g, '_');
}
const PURE_TAG = 'py3-none-any';
function wheelFileName(name, version, tag = PURE_TAG) {
    return `${escapedName(name)}-${escapedVersion(version)}-${tag}.whl`;
}
/** `{name}-{version}.dist-info`, the metadata folder inside a wheel. */
function distInfoDir(name, version) {
    return `${escapedName(name)}-${escapedVersion(version)}.dist-info`;
}
/** PEP 625: `{normalized}-{version}`, both the file's stem and its single top-level folder. */
function sdistBaseName(name, version) {
    return `${escapedName(name)}-${escapedVersion(version)}`;
}
function sdistFileName(name, version) {
    return `${sdistBaseName(name, version)}.tar.gz`;
}
/**
 * Extras as Metadata 2.1 consumers compare them: setuptools' `safe_extra`
 * (runs of other characters → `_`, lower case). PEP 685's `-` form applies
 * only from Metadata-Version 2.3, which old pip/twine do not read.
 */
function names_safeExtra(extra) {
    return extra.replace(/[^A-Za-z0-9.-]+/g, '_').toLowerCase();
}
const KEYWORDS = new Set(PYTHON_KEYWORDS);
/** Whether `name` can be written after `import` (a Python identifier that is not a keyword). */
function isPythonIdentifier(name) {
    return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name) && !KEYWORDS.has(name);
}
/** Checks a distribution name an input gave, with the fix in the message. */
function checkProjectName(name, input) {
    if (!isValidProjectName(name)) {
        throw new ActionError(`Input '${input}': '${name}' is not a valid distribution name (PEP 508: letters, digits, '.', '_', '-', starting and ending with a letter or digit).`, { input });
    }
    return name;
}
/** `name-version-[build-]python-abi-platform.whl`, the wheel spec's own regex. */
const WHEEL_RE = /^(?<name>[^-]+)-(?<version>[^-]+)(?:-(?<build>\d[^-]*))?-(?<python>[^-]+)-(?<abi>[^-]+)-(?<platform>[^-]+)\.whl$/;
function parseFilename(filename) {
    const w = WHEEL_RE.exec(filename);
    if (w?.groups) {
        const g = w.groups;
        return {
            kind: 'wheel',
            name: g.name,
            version: g.version,
            build: g.build,
            python: g.python,
            abi: g.abi,
            platform: g.platform,
        };
    }
    const ext = filename.endsWith('.tar.gz')
        ? '.tar.gz'
        : filename.endsWith('.zip')
            ? '.zip'
            : undefined;
    if (!ext)
        return undefined;
    const stem = filename.slice(0, -ext.length);
    // The version starts after the last '-' that is followed by a digit (an sdist
    // name may itself contain '-' when it is not normalised).
    const m = /^(.+)-(\d[^-]*)$/.exec(stem);
    if (!m)
        return undefined;
    return { kind: 'sdist', name: m[1], version: m[2], extension: ext };
}
/** Files a directory holds that look like distributions (wheels, .tar.gz / .zip sdists). */
function isDistributionFilename(filename) {
    return filename.endsWith('.whl') || filename.endsWith('.tar.gz') || filename.endsWith('.zip');
}

;// CONCATENATED MODULE: ./packages/distribution/metadata.ts

const METADATA_VERSION = '2.1';
/** `Name <email>` lists, split the way the core metadata spec asks: names without e-mail go in Author. */
function people(list) {
    const names = list
        .filter((p) => p.email === undefined && p.name !== undefined)
        .map((p) => p.name);
    const emails = list
        .filter((p) => p.email !== undefined)
        .map((p) => (p.name !== undefined ? `${p.name} <${p.email}>` : p.email));
    return { names: names.join(', '), emails: emails.join(', ') };
}
/**
 * Multi-line header values (License) are folded RFC 822 style: continuation
 * lines start with whitespace, which email parsers (and pkginfo) unfold.
 */
function fold(value) {
    return value.replace(/\r\n?/g, '\n').split('\n').join('\n        ');
}
/** One header per field; a requirement inside an extra gets the extra in its marker. */
function extraRequirement(req, extra) {
    const [spec, marker] = splitMarker(req);
    const cond = `extra == '${safeExtra(extra)}'`;
    return marker ? `${spec} ; (${marker}) and ${cond}` : `${spec} ; ${cond}`;
}
function splitMarker(req) {
    // The first ';' outside a URL separates the marker (a URL's ';' is followed by no space per PEP 508).
    const i = req.search(/\s*;\s/);
    const j = i >= 0 ? i : req.indexOf(';');
    if (j < 0)
        return [req.trim(), undefined];
    return [
        req.slice(0, j).trim(),
        req
            .slice(j)
            .replace(/^\s*;\s*/, '')
            .trim(),
    ];
}
function renderRequirement(req) {
    const [spec, marker] = splitMarker(req);
    return marker ? `${spec} ; ${marker}` : spec;
}
/** The description a wheel shows when the project gives no readme: its summary, as plain text. */
function longDescription(input) {
    const readme = input.project.readme;
    if (readme)
        return { text: readme.text, contentType: readme.contentType };
    // twine check --strict fails on a missing long description, and an empty
    // project page helps nobody: fall back to the one-line summary.
    return { text: input.project.description ?? input.name, contentType: 'text/plain' };
}
function renderMetadata(input) {
    const { project } = input;
    const headers = [
        ['Metadata-Version', METADATA_VERSION],
        ['Name', input.name],
        ['Version', input.version],
    ];
    if (project.description !== undefined)
        headers.push(['Summary', project.description]);
    if (project.keywords.length > 0)
        headers.push(['Keywords', project.keywords.join(',')]);
    const authors = people(project.authors);
    if (authors.names)
        headers.push(['Author', authors.names]);
    if (authors.emails)
        headers.push(['Author-email', authors.emails]);
    const maintainers = people(project.maintainers);
    if (maintainers.names)
        headers.push(['Maintainer', maintainers.names]);
    if (maintainers.emails)
        headers.push(['Maintainer-email', maintainers.emails]);
    if (project.license !== undefined)
        headers.push(['License', fold(project.license)]);
    for (const [label, url] of project.urls)
        headers.push(['Project-URL', `${label}, ${url}`]);
    for (const c of project.classifiers)
        headers.push(['Classifier', c]);
    if (project.requiresPython !== undefined)
        headers.push(['Requires-Python', project.requiresPython]);
    const description = longDescription(input);
    headers.push(['Description-Content-Type', description.contentType]);
    for (const d of project.dependencies)
        headers.push(['Requires-Dist', renderRequirement(d)]);
    for (const [extra, reqs] of project.optionalDependencies) {
        headers.push(['Provides-Extra', safeExtra(extra)]);
        for (const r of reqs)
            headers.push(['Requires-Dist', extraRequirement(r, extra)]);
    }
    for (const [k, v] of headers) {
        if (/[\r\n]/.test(v.replace(/\n {8}/g, '')))
            throw new Error(`metadata field ${k} holds a line break`);
    }
    const body = description.text.replace(/\r\n?/g, '\n');
    return `${headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
/** A header line: a printable name without spaces or colons, then `:` (email.parser's rule). */
const HEADER = /^([\x21-\x39\x3b-\x7e]+):[ \t]?(.*)$/;
/**
 * THE core-metadata parser (METADATA, PKG-INFO, WHEEL), for every reader in
 * the suite; the views below (parseMetadata, and the index's getAll/getOne)
 * only decide how a continued value is unfolded.
 *
 * Parsed by hand because it is not quite RFC 822 and not quite MIME: Python's
 * `email.parser` (compat32) is the reference every tool uses, and the rules
 * follow it and pkginfo, which twine uses to read the same files:
 * - a line starting with a space or tab continues the previous header;
 * - headers end at the first empty line, or (unless `strict`) at the first
 *   line that is neither a header nor a continuation, which then begins the
 *   body; `strict` refuses such a line instead (files we wrote ourselves);
 * - repeated fields (Classifier, Requires-Dist …) keep every occurrence;
 * - the body is returned verbatim (line endings normalised to `\n`).
 */
function parseCoreMetadata(text, options = {}) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const headers = [];
    let i = 0;
    let current;
    const flush = () => {
        if (current)
            headers.push([current.name, current.lines.join('\n')]);
        current = undefined;
    };
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') {
            i++;
            break;
        }
        if (/^[ \t]/.test(line) && current) {
            current.lines.push(line);
            continue;
        }
        const m = HEADER.exec(line);
        if (!m) {
            if (options.strict)
                throw new Error(`not a metadata header line: ${JSON.stringify(line)}`);
            break; // not a header: the body starts here (email.parser does the same)
        }
        flush();
        current = { name: m[1], lines: [m[2]] };
    }
    flush();
    return { headers, body: lines.slice(i).join('\n') };
}
/**
 * Core metadata with values unfolded the way renderMetadata folds them: the
 * first line trimmed, continuation lines kept on their own lines minus the
 * 8-space (or tab) indent. Strict by default: a line that is neither header
 * nor continuation is an error, since build wrote these files; `strict:
 * false` lets it begin the body, as email.parser does (files we were given).
 */
function metadata_parseMetadata(text, options = {}) {
    const raw = parseCoreMetadata(text, { strict: options.strict ?? true });
    const headers = raw.headers.map(([k, v]) => {
        const [first = '', ...rest] = v.split('\n');
        return [k, [first.trim(), ...rest.map((l) => l.replace(/^ {8}|^\t/, ''))].join('\n')];
    });
    const lower = (s) => s.toLowerCase();
    return {
        headers,
        body: raw.body,
        get: (field) => headers.find(([k]) => lower(k) === lower(field))?.[1],
        getAll: (field) => headers.filter(([k]) => lower(k) === lower(field)).map(([, v]) => v),
    };
}
/** entry_points.txt: INI sections of `name = module:attr`, in the project's order. */
function renderEntryPoints(project) {
    const groups = [];
    if (project.scripts.length > 0)
        groups.push(['console_scripts', project.scripts]);
    if (project.guiScripts.length > 0)
        groups.push(['gui_scripts', project.guiScripts]);
    for (const g of project.entryPoints)
        if (g[1].length > 0)
            groups.push(g);
    if (groups.length === 0)
        return undefined;
    return groups
        .map(([group, entries]) => `[${group}]\n${entries.map(([n, ref]) => `${n} = ${ref.trim()}`).join('\n')}\n`)
        .join('\n');
}
/**
 * THE entry_points.txt reader (INI: `[group]` then `name = reference`), in
 * file order; comments (`#`, `;`), blank lines and entries before any
 * section are skipped.
 */
function parseEntryPointLines(text) {
    const out = [];
    let group;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        const section = /^\[(.+)\]$/.exec(line);
        if (section) {
            group = section[1].trim();
            continue;
        }
        const eq = line.indexOf('=');
        if (eq > 0 && group)
            out.push({ group, name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
    }
    return out;
}
/** Parses entry_points.txt into group → name → reference. */
function parseEntryPoints(text) {
    const groups = new Map();
    for (const { group, name, value } of parseEntryPointLines(text)) {
        const entries = groups.get(group) ?? new Map();
        entries.set(name, value);
        groups.set(group, entries);
    }
    return groups;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
;// CONCATENATED MODULE: ./packages/distribution/archive.ts
/**
 * Reading archives back: the files of a zip, the entries of a tar or
 * tar.gz. Writing is archive-writer.ts (only bundles that build archives
 * carry its compressor). Inflating needs no pinned decoder: any correct
 * inflate gives the same bytes.
 */



/** 1980-01-01T00:00:00Z: a zip (DOS) time cannot be earlier. */
const ZIP_MIN_EPOCH = 315532800;
/** 2107-12-31T23:59:58Z: nor later. */
const ZIP_MAX_EPOCH = 4354819198;
function clampZipEpoch(epoch) {
    return Math.min(Math.max(Math.floor(epoch), ZIP_MIN_EPOCH), ZIP_MAX_EPOCH);
}
/**
 * The files of a zip (directory entries left out). `keep`, when given, sees
 * every entry's path and decides which are inflated: readers that need one
 * file of a large archive skip inflating the rest.
 */
function archive_readZip(data, keep) {
    const out = new Map();
    const files = keep ? unzipSync(data, { filter: (f) => keep(f.name) }) : unzipSync(data);
    for (const [name, content] of Object.entries(files)) {
        if (!name.endsWith('/'))
            out.set(name, content);
    }
    return out;
}
async function archive_readTarGz(data, keep) {
    return archive_readTar(gunzipSync(data), keep);
}
/**
 * The files and folders of an uncompressed tar. `keep`, when given, sees
 * every entry's path (links included) and decides which are returned; the
 * others are skipped without buffering their data.
 */
async function archive_readTar(tar, keep) {
    const extract = tarExtract();
    const entries = [];
    const done = new Promise((resolve, reject) => {
        extract.on('entry', (header, stream, next) => {
            const path = header.name.replace(/\/$/, '');
            const kept = keep?.(path) ?? true; // asked for every entry, so callers can note every path
            const wanted = kept && (header.type === 'file' || header.type === 'directory');
            if (!wanted) {
                stream.on('end', () => next());
                stream.resume();
                return;
            }
            const parts = [];
            stream.on('data', (c) => parts.push(c));
            stream.on('end', () => {
                entries.push({
                    path,
                    type: header.type,
                    data: new Uint8Array(Buffer.concat(parts)),
                    mode: (header.mode ?? 0) & 0o7777,
                });
                next();
            });
            stream.resume();
        });
        extract.on('finish', resolve);
        extract.on('error', reject);
    });
    extract.end(Buffer.from(tar.buffer, tar.byteOffset, tar.byteLength));
    await done;
    return entries;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/distribution/files.ts
/** The files a distribution packs, with the path checks both writers share. */

function files_sha256Hex(data) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(data).digest('hex');
}
/** Code-unit order: the same on every machine (no locale collation). */
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** Archive paths must stay inside the install root: relative, no `..`, no backslashes, no empty parts. */
function checkArchivePath(p) {
    if (p === '' ||
        p.startsWith('/') ||
        p.includes('\\') ||
        p.split('/').some((part) => part === '' || part === '.' || part === '..')) {
        throw new Error(`unsafe archive path ${JSON.stringify(p)}`);
    }
}
const utf8 = (s) => new TextEncoder().encode(s);

;// CONCATENATED MODULE: ./packages/distribution/record.ts
/**
 * The wheel's RECORD (PEP 376/427): one CSV row per file with its sha256
 * (urlsafe base64, no padding) and size; RECORD's own row has both empty.
 */

function recordDigest(data) {
    // The one-shot hash(): a Hash object per file cost more than the hashing of a small file.
    return `sha256=${(0,external_node_crypto_namespaceObject.hash)('sha256', data, 'base64url')}`;
}
/*
 * CSV by hand: RECORD is three columns, and only paths can need quoting (a
 * comma, a quote or a line break), exactly as Python's csv module quotes
 * them (QUOTE_MINIMAL, quotes doubled). Not worth a dependency.
 */
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function renderRecord(files, recordPath) {
    const rows = files.map((f) => `${csvField(f.path)},${recordDigest(f.data)},${f.data.byteLength}`);
    rows.push(`${csvField(recordPath)},,`);
    return `${rows.join('\n')}\n`;
}
function parseRecord(text) {
    const rows = [];
    let field = '';
    let row = [];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"' && field === '')
            quoted = true;
        else if (c === ',') {
            row.push(field);
            field = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            row.push(field);
            field = '';
            if (row.some((f) => f !== ''))
                rows.push(toRow(row));
            row = [];
        }
        else
            field += c;
    }
    if (field !== '' || row.length > 0) {
        row.push(field);
        rows.push(toRow(row));
    }
    return rows;
}
function toRow(fields) {
    return { path: fields[0] ?? '', hash: fields[1] ?? '', size: fields[2] ?? '' };
}
/**
 * Checks a wheel's files against its RECORD: every file listed once with
 * the right digest and size, nothing listed that is absent. Returns the
 * problems (empty when the wheel verifies).
 */
function verifyRecord(files, recordPath) {
    const recordBytes = files.get(recordPath);
    if (!recordBytes)
        return [`${recordPath} is missing`];
    const problems = [];
    const seen = new Set();
    for (const row of parseRecord(new TextDecoder().decode(recordBytes))) {
        if (seen.has(row.path))
            problems.push(`${row.path} is listed twice`);
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
        if (!row.hash.startsWith('sha256=') &&
            !row.hash.startsWith('sha384=') &&
            !row.hash.startsWith('sha512=')) {
            problems.push(`${row.path} has no sha256 digest ('${row.hash}')`);
        }
        else if (row.hash.startsWith('sha256=') && row.hash !== recordDigest(data)) {
            problems.push(`${row.path}: digest ${row.hash} does not match the content (${recordDigest(data)})`);
        }
        else if (!row.hash.startsWith('sha256=')) {
            const [algo, digest] = row.hash.split('=');
            if ((0,external_node_crypto_namespaceObject.createHash)(algo).update(data).digest('base64url') !== digest) {
                problems.push(`${row.path}: digest ${row.hash} does not match the content`);
            }
        }
        if (row.size !== String(data.byteLength)) {
            problems.push(`${row.path}: size ${row.size || '(empty)'} but the file has ${data.byteLength} bytes`);
        }
    }
    const signatures = new Set([`${recordPath}.jws`, `${recordPath}.p7s`]);
    for (const p of files.keys()) {
        if (!seen.has(p) && !signatures.has(p))
            problems.push(`${p} is in the archive but not in RECORD`);
    }
    if (!seen.has(recordPath))
        problems.push(`${recordPath} does not list itself`);
    return problems;
}

;// CONCATENATED MODULE: ./packages/distribution/read.ts
/**
 * THE distribution reader: nothing else in the suite opens a wheel or an
 * sdist. A wheel's files, its METADATA, WHEEL and entry points parsed, its
 * RECORD verified (strict) or not (lenient, see ReadMode); an sdist's tree
 * and PKG-INFO. template-check and mirror-guard read what build wrote or the
 * index serves through these, smoke-import any wheel it is given (lenient,
 * viewed by smoke/wheel.ts); pypi-publish reads only the core-metadata file
 * of each upload (readCoreMetadataFile).
 */








const decoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');
/** The installers' choice among candidates: the one the file name expects, else the only one. */
function chooseExpected(candidates, expected) {
    return candidates.includes(expected)
        ? expected
        : candidates.length === 1
            ? candidates[0]
            : undefined;
}
/** `name-1.0-py3-none-any.whl` → `name-1.0.dist-info`. */
function expectedDistInfo(fileName) {
    return `${external_node_path_default().basename(fileName).split('-').slice(0, 2).join('-')}.dist-info`;
}
/** The .dist-info a wheel's metadata is read from, by the mode's rule. */
function findDistInfo(files, where, fileName, mode) {
    const tops = [...new Set([...files.keys()].map((p) => p.split('/')[0]))];
    const distInfos = tops.filter((top) => top.endsWith('.dist-info'));
    if (mode === 'lenient') {
        const withMetadata = distInfos.filter((d) => files.has(`${d}/METADATA`));
        const chosen = fileName === undefined
            ? withMetadata.length === 1
                ? withMetadata[0]
                : undefined
            : chooseExpected(withMetadata, expectedDistInfo(fileName));
        if (chosen !== undefined)
            return chosen;
        throw new toolkit_errors/* ActionError */.lZ(withMetadata.length === 0
            ? `${where} has no *.dist-info/METADATA: it is not a wheel pip would install.`
            : `${where} holds several metadata folders (${withMetadata.join(', ')}) and none is named as the file.`, { title: 'Not a wheel', hint: 'Build it with python -m build --wheel.' });
    }
    if (distInfos.length !== 1) {
        throw new toolkit_errors/* ActionError */.lZ(`${where} has ${distInfos.length === 0 ? 'no' : `${distInfos.length}`} .dist-info folders (a wheel has exactly one).`, { title: 'Invalid wheel', details: distInfos });
    }
    const distInfo = distInfos[0];
    if (fileName !== undefined && expectedDistInfo(fileName) !== distInfo) {
        throw new toolkit_errors/* ActionError */.lZ(`${where}: its metadata folder ${distInfo} does not match the file name.`, {
            title: 'Invalid wheel',
        });
    }
    return distInfo;
}
/** Reads a wheel's archive: strict for what we publish, lenient for what we are given (see ReadMode). */
function parseWheel(data, fileName, mode = 'strict') {
    const where = fileName ?? 'wheel';
    let files;
    try {
        files = archive_readZip(data);
    }
    catch (e) {
        throw new toolkit_errors/* ActionError */.lZ(`${where} is not a readable zip archive: ${e.message}`, {
            title: 'Unreadable wheel',
            hint: 'Rebuild it (python -m build --wheel) and check that the upload/download step kept it intact.',
        });
    }
    const distInfo = findDistInfo(files, where, fileName, mode);
    const strict = mode === 'strict';
    const text = (file) => {
        const bytes = files.get(file);
        return bytes === undefined ? undefined : (strict ? decoder : lenientDecoder).decode(bytes);
    };
    const metadataText = text(`${distInfo}/METADATA`);
    const wheelText = text(`${distInfo}/WHEEL`);
    if (metadataText === undefined || (strict && wheelText === undefined)) {
        throw new toolkit_errors/* ActionError */.lZ(`${where} lacks ${distInfo}/${metadataText === undefined ? 'METADATA' : 'WHEEL'}.`, {
            title: 'Invalid wheel',
        });
    }
    const metadata = metadata_parseMetadata(metadataText, { strict });
    const missing = ['Name', 'Version'].find((field) => !metadata.get(field));
    if (missing !== undefined) {
        throw new toolkit_errors/* ActionError */.lZ(`${where}: ${distInfo}/METADATA lacks ${missing}.`, {
            title: 'Invalid wheel metadata',
        });
    }
    const topLevel = new Set();
    for (const p of files.keys()) {
        const parts = p.split('/');
        if (parts[0]?.endsWith('.dist-info') || parts[0]?.endsWith('.data'))
            continue;
        if (parts.length === 1 && p.endsWith('.py'))
            topLevel.add(p.slice(0, -3));
        else if (parts.length === 2 && parts[1] === '__init__.py')
            topLevel.add(parts[0]);
    }
    const contents = {
        mode,
        sha256: files_sha256Hex(data),
        files,
        distInfo,
        metadata,
        wheel: metadata_parseMetadata(wheelText ?? '', { strict }),
        entryPoints: parseEntryPoints(text(`${distInfo}/entry_points.txt`) ?? ''),
        topLevel: [...topLevel].sort(),
        text,
    };
    if (strict)
        contents.recordProblems = verifyRecord(files, `${distInfo}/RECORD`);
    if (fileName !== undefined)
        contents.fileName = external_node_path_default().basename(fileName);
    for (const name of strict ? contents.topLevel : []) {
        const manifest = text(`${name}/_runtime_modules.json`);
        if (manifest === undefined)
            continue;
        const parsed = JSON.parse(manifest);
        const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
        contents.runtimeModules = {
            importName: name,
            top_level_modules: strings(parsed.top_level_modules),
            subpackages: strings(parsed.subpackages),
        };
        break;
    }
    return contents;
}
/** The bytes of a distribution file; an error that names it when it cannot be read. */
async function readDistributionFile(file, kind) {
    try {
        return await readFile(file);
    }
    catch (e) {
        throw new ActionError(`Cannot read the ${kind} ${file}: ${e.message}`, {
            title: `Missing ${kind}`,
        });
    }
}
async function readWheel(file, mode = 'strict') {
    return parseWheel(await readDistributionFile(file, 'wheel'), file, mode);
}
async function parseSdist(data, fileName) {
    const where = fileName ?? 'sdist';
    let entries;
    try {
        entries = await readTarGz(data);
    }
    catch (e) {
        throw new ActionError(`${where} is not a readable .tar.gz: ${e.message}`, {
            title: 'Unreadable sdist',
        });
    }
    const tops = new Set(entries.map((e) => e.path.split('/')[0]));
    if (tops.size !== 1) {
        throw new ActionError(`${where} must hold exactly one top-level folder, has ${[...tops].join(', ')}.`, {
            title: 'Invalid sdist',
        });
    }
    const baseName = [...tops][0];
    const files = new Map();
    const modes = new Map();
    for (const e of entries) {
        if (e.type !== 'file')
            continue;
        const rel = e.path.slice(baseName.length + 1);
        files.set(rel, e.data);
        modes.set(rel, e.mode);
    }
    const pkgInfo = files.get('PKG-INFO');
    if (!pkgInfo)
        throw new ActionError(`${where} lacks ${baseName}/PKG-INFO.`, { title: 'Invalid sdist' });
    const out = {
        sha256: sha256Hex(data),
        baseName,
        files,
        modes,
        pkgInfo: parseMetadata(decoder.decode(pkgInfo)),
    };
    if (fileName !== undefined)
        out.fileName = path.basename(fileName);
    return out;
}
async function readSdist(file) {
    return parseSdist(await readDistributionFile(file, 'sdist'), file);
}
function invalid(file, what, cause) {
    return new ActionError(`${file} is not a valid ${what}${cause instanceof Error ? `: ${cause.message}` : ''}.`, {
        title: 'Unreadable distribution',
        hint: 'Rebuild it (python -m build) and upload the fresh file.',
        cause,
    });
}
function readWheelMetadataFile(filename, bytes, parts) {
    let files;
    try {
        // Inflate only METADATA files directly inside a top-level *.dist-info.
        files = readZip(bytes, (name) => /^[^/]+\.dist-info\/METADATA$/.test(name));
    }
    catch (e) {
        throw invalid(filename, 'wheel (zip archive)', e);
    }
    const names = [...files.keys()].sort();
    const expected = `${parts.name}-${parts.version}.dist-info/METADATA`;
    const chosen = chooseExpected(names, expected);
    if (!chosen) {
        throw new ActionError(names.length === 0
            ? `${filename} holds no *.dist-info/METADATA, so it is not a wheel any installer accepts.`
            : `${filename} holds several metadata files (${names.join(', ')}) and none is ${expected}.`, { title: 'Unreadable distribution', hint: 'Rebuild the wheel with a current build backend.' });
    }
    return { path: chosen, text: new TextDecoder('utf-8').decode(files.get(chosen)) };
}
async function readSdistMetadataFile(filename, bytes, parts) {
    const top = new Set();
    const pkgInfos = new Map();
    const isPkgInfo = (name) => /^[^/]+\/PKG-INFO$/.test(name);
    if (parts.extension === '.zip') {
        let files;
        try {
            // `keep` sees every entry: note the top-level names, inflate only PKG-INFO.
            files = readZip(bytes, (name) => {
                top.add(name.split('/')[0]);
                return isPkgInfo(name);
            });
        }
        catch (e) {
            throw invalid(filename, 'sdist (zip archive)', e);
        }
        for (const [name, data] of files)
            pkgInfos.set(name, data);
    }
    else {
        let tarBytes;
        try {
            tarBytes = gunzipSync(bytes);
        }
        catch (e) {
            throw invalid(filename, 'sdist (gzip-compressed tar)', e);
        }
        // Some tar writers prefix every name with `./` (and list `./` itself, which readTar gives as `.`).
        const relative = (name) => (name === '.' ? '' : name.replace(/^\.\//, ''));
        try {
            const entries = await readTar(tarBytes, (raw) => {
                const name = relative(raw);
                const first = name.split('/')[0];
                if (first)
                    top.add(first);
                return isPkgInfo(name);
            });
            for (const e of entries)
                if (e.type === 'file')
                    pkgInfos.set(relative(e.path), e.data);
        }
        catch (e) {
            throw invalid(filename, 'sdist (tar archive)', e);
        }
    }
    const expected = `${parts.name}-${parts.version}/PKG-INFO`;
    const names = [...pkgInfos.keys()].sort();
    const chosen = chooseExpected(names, expected);
    if (!chosen) {
        throw new ActionError(names.length === 0
            ? `${filename} has no PKG-INFO in its top-level folder: the index refuses sdists without one.`
            : `${filename} has several PKG-INFO files (${names.join(', ')}) and none is ${expected}.`, { title: 'Unreadable distribution', hint: 'Rebuild the sdist with python -m build.' });
    }
    return {
        path: chosen,
        text: new TextDecoder('utf-8').decode(pkgInfos.get(chosen)),
        topLevel: [...top].sort(),
    };
}
async function readCoreMetadataFile(filename, bytes, parts) {
    return parts.kind === 'wheel'
        ? readWheelMetadataFile(filename, bytes, parts)
        : readSdistMetadataFile(filename, bytes, parts);
}

;// CONCATENATED MODULE: ./packages/smoke/wheel.ts
/**
 * What smoke-import needs from a wheel: its core metadata, console scripts,
 * top-level import names and Python sources.
 *
 * The wheel is read by packages/distribution/read.ts in its lenient mode
 * (smoke-import tests any wheel it is given, under any file name, and
 * reports import failures rather than packaging ones); this module is the
 * smoke-import view of what it read. Core-metadata and entry-point parsing
 * are packages/distribution's too.
 */


/**
 * Core metadata by lower-cased field name: repeated fields collect, continued
 * values keep one trimmed line per source line, the body is skipped.
 */
function wheel_parseCoreMetadata(text) {
    const fields = new Map();
    for (const [name, raw] of parseCoreMetadata(text).headers) {
        const key = name.toLowerCase();
        const value = raw
            .split('\n')
            .map((l) => l.trim())
            .join('\n');
        fields.set(key, [...(fields.get(key) ?? []), value]);
    }
    return fields;
}
/** entry_points.txt as a list; `[extras]` after a reference are dropped (they do not change what is imported). */
function wheel_parseEntryPoints(text) {
    return parseEntryPointLines(text).map(({ group, name, value: written }) => {
        const value = written.replace(/\[.*\]\s*$/, '').trim();
        const [module, attr = ''] = value.split(':').map((s) => s.trim());
        return { group, name, module, attr, spec: `${name} = ${value}` };
    });
}
/** `name-1.0.data/purelib/pkg/a.py` installs as `pkg/a.py`; scripts/headers/data do not import. */
function installedPath(path) {
    const data = /^[^/]+\.data\/(purelib|platlib|[^/]+)\/(.+)$/.exec(path);
    if (data)
        return data[1] === 'purelib' || data[1] === 'platlib' ? data[2] : undefined;
    return path;
}
/** What smoke-import needs of a wheel, read by the distribution reader in its lenient mode. */
function wheel_readWheel(bytes, filename) {
    const { files, distInfo, text: read } = parseWheel(bytes, filename, 'lenient');
    const text = (p) => read(`${distInfo}/${p}`);
    const meta = wheel_parseCoreMetadata(text('METADATA') ?? '');
    const first = (k) => meta.get(k)?.[0];
    // Both present: the reader refuses a METADATA without them.
    const name = first('name') ?? '';
    const version = first('version') ?? '';
    const pyFiles = new Map();
    const roots = new Set();
    for (const [path, content] of files) {
        if (path.startsWith(`${distInfo}/`))
            continue;
        const installed = installedPath(path);
        if (installed === undefined || installed.includes('.dist-info/'))
            continue;
        const top = installed.split('/')[0];
        if (installed.endsWith('.py')) {
            pyFiles.set(installed, content);
            roots.add(installed.includes('/') ? top : top.slice(0, -3));
        }
        else if (/\.(so|pyd)$/.test(installed) && !installed.includes('/')) {
            roots.add(top.split('.')[0]);
        }
    }
    const declared = (text('top_level.txt') ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    return {
        filename,
        name,
        version,
        metadataVersion: first('metadata-version') ?? '',
        requiresPython: first('requires-python'),
        requiresDist: meta.get('requires-dist') ?? [],
        entryPoints: wheel_parseEntryPoints(text('entry_points.txt') ?? ''),
        // top_level.txt is optional and setuptools-only; the archive itself is the truth.
        topLevel: [
            ...new Set([...declared.filter((t) => roots.has(t) || !roots.size), ...roots]),
        ].sort(),
        pyFiles,
        distInfo,
    };
}
/**
 * A Python identifier as PEP 3131 defines it (XID_Start or _, then XID_Continue),
 * non-ASCII included. Which modules to import comes from CPython itself (the
 * static check's list); this serves names read from inputs and folders.
 */
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

;// CONCATENATED MODULE: ./packages/smoke/static.ts
/**
 * The static phase: one Python process parses every module of the wheel with
 * CPython's own `ast` and checks every import against what the wheel ships
 * (static_check.py). Needs no venv and no dependency installed.
 */






async function runStaticCheck(o) {
    const files = {};
    for (const [p, bytes] of o.pyFiles)
        files[p] = Buffer.from(bytes).toString('base64');
    const request = JSON.stringify({
        files,
        sourceModules: o.sourceModules ?? [],
        targets: o.targets,
        floor: o.floor ?? null,
    });
    // -I: no user site, no PYTHON* variables, no current directory on sys.path.
    const r = await runProcess(o.python, ['-I', '-c', STATIC_CHECK_PY], {
        input: request,
        timeoutMs: o.timeoutMs ?? 120_000,
    });
    if (r.code !== 0) {
        const why = r.spawnError
            ? `could not be started (${r.spawnError.code ?? r.spawnError.message})`
            : r.timedOut
                ? 'timed out'
                : `exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`;
        throw new toolkit_errors/* ActionError */.lZ(`The static import check with '${o.python}' ${why}.`, {
            input: 'python',
            title: 'Static check failed to run',
            hint: 'It needs a Python 3.8+ interpreter on PATH.',
        });
    }
    const parsed = JSON.parse(r.stdout);
    return { ...parsed, wallMs: r.ms };
}
/**
 * Top-level module names of the monorepo folder a package was built from
 * (`workspace/lib/` → `lib`): a bare import of one that the wheel lacks was
 * excluded by the build, and fails once installed.
 */
function sourceModules(sourceDir) {
    if (!(0,external_node_fs_.existsSync)(sourceDir) || !(0,external_node_fs_.statSync)(sourceDir).isDirectory())
        return [];
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(sourceDir, { withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.py'))
            out.push(entry.name.slice(0, -3));
        else if (entry.isDirectory() && IDENTIFIER.test(entry.name)) {
            const dir = external_node_path_default().join(sourceDir, entry.name);
            if ((0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.py')))
                out.push(entry.name);
        }
    }
    return out.filter((n) => IDENTIFIER.test(n)).sort();
}

;// CONCATENATED MODULE: ./packages/smoke/smoke.ts
/**
 * smoke-import from start to end: read the wheel, say plainly when an
 * interpreter is below Requires-Python, run the static check, then (unless
 * install is none) install into a fresh venv per interpreter and import every
 * module, console script and symbol in a fresh process each. Returns the
 * merged faults and a modules × interpreters grid; the entry renders them.
 */











async function smokeWheel(o) {
    const log = o.log ?? (() => undefined);
    const wheel = wheel_readWheel((0,external_node_fs_.readFileSync)(o.wheelPath), external_node_path_default().basename(o.wheelPath));
    checkRequiresPython(wheel.requiresPython, wheel.filename);
    // 1. What each interpreter is, before anything is installed.
    const runs = [];
    const faults = [];
    for (const requested of o.pythons) {
        let interpreter;
        if (requested === 'floor') {
            try {
                interpreter = await findFloorInterpreter(wheel.requiresPython);
            }
            catch (e) {
                // "Test on the floor when one is available": with other interpreters
                // listed, a missing floor is a warning; alone, there is nothing to test.
                if (!(e instanceof toolkit_errors/* ActionError */.lZ) || o.pythons.length === 1)
                    throw e;
                faults.push({
                    kind: 'python-floor',
                    severity: 'warning',
                    title: 'No floor interpreter',
                    message: `${e.message} Tested with the other interpreters only.`,
                    ...(e.hint ? { hint: e.hint } : {}),
                    modules: [],
                    seenBy: [],
                    details: [],
                    key: 'floor:none',
                });
                continue;
            }
            const floor = floorMinor(wheel.requiresPython);
            const exact = !floor || interpreter.version.startsWith(`${floor[0]}.${floor[1]}.`);
            log(`python: floor picked ${interpreter.requested} (${interpreter.version})` +
                (exact ? '.' : `; Requires-Python allows ${floor?.join('.')}, which is not on PATH.`));
        }
        else {
            interpreter = await requireInterpreter(requested);
        }
        if (runs.some((r) => r.interpreter.executable === interpreter.executable))
            continue;
        runs.push({
            requested,
            interpreter,
            allowed: allowsPython(wheel.requiresPython, interpreter.version),
            results: [],
        });
    }
    for (const run of runs.filter((r) => !r.allowed)) {
        faults.push({
            kind: 'python-floor',
            severity: 'error',
            title: 'Python below Requires-Python',
            cause: 'the interpreter is older than Requires-Python allows',
            message: floorMessage({
                distribution: wheel.name,
                version: wheel.version,
                requiresPython: wheel.requiresPython ?? '',
                interpreter: run.interpreter.requested,
                interpreterVersion: run.interpreter.version,
            }),
            modules: [],
            seenBy: [run.interpreter.version],
            details: [],
            key: `floor:${run.interpreter.executable}`,
        });
    }
    // 2. The static check, with an interpreter the wheel allows when there is one.
    const staticRun = runs.find((r) => r.allowed) ?? runs[0];
    if (!staticRun)
        throw new toolkit_errors/* ActionError */.lZ('No Python interpreter to check with.', { input: 'python' });
    const entryPoints = wheel.entryPoints.filter((e) => e.group === 'console_scripts' || e.group === 'gui_scripts');
    const targets = [
        ...entryPoints.map((e) => ({
            label: e.spec,
            kind: 'entry-point',
            module: e.module,
            attr: e.attr,
        })),
        ...(o.symbols ?? []).map((s) => ({
            label: `${s.module}:${s.attr}`,
            kind: 'symbol',
            module: s.module,
            attr: s.attr,
        })),
    ];
    const fromSource = sourceModules(external_node_path_default().resolve(o.workspace, o.source));
    const staticResult = await runStaticCheck({
        python: staticRun.interpreter.executable,
        pyFiles: wheel.pyFiles,
        targets,
        sourceModules: fromSource,
        floor: floorMinor(wheel.requiresPython),
    });
    const moduleFiles = new Map(staticResult.modules.map((m) => [m.name, m.file]));
    const ctx = {
        tops: wheel.topLevel,
        modules: moduleFiles,
        sourceModules: new Set(fromSource),
        staticPython: staticResult.python,
        staticPythonAllowed: staticRun.allowed,
        ...(wheel.requiresPython ? { requiresPython: wheel.requiresPython } : {}),
    };
    faults.push(...staticResult.findings.map((f) => staticFault(f, ctx)));
    const staticErrors = staticResult.findings.filter((f) => f.severity === 'error').length;
    log(`Static check: ${staticResult.modules.length} modules parsed with Python ${staticResult.python} in ` +
        `${Math.round(staticResult.wallMs)} ms: ${staticErrors ? `${staticErrors} problem(s)` : 'no problems'}.`);
    // 3. The runtime phase. Every module CPython's parser listed (each part a
    // valid identifier per PEP 3131, non-ASCII included), but not __main__:
    // importing one runs the program.
    const moduleNames = o.modules?.length
        ? o.modules
        : staticResult.modules.map((m) => m.name).filter((n) => n.split('.').pop() !== '__main__');
    const externalNames = [...new Set(staticResult.external.map((e) => e.name))].sort();
    const jobs = [
        ...moduleNames.map((m) => ({ kind: 'module', label: m, module: m })),
        ...entryPoints.map((e) => ({
            kind: 'entry-point',
            label: e.spec,
            dist: wheel.name,
            group: e.group,
            name: e.name,
            module: e.module,
            attr: e.attr,
        })),
        ...(o.symbols ?? []).map((s) => ({
            kind: 'symbol',
            label: `${s.module}:${s.attr}`,
            module: s.module,
            attr: s.attr,
        })),
    ];
    const mode = o.install;
    if (mode !== 'none') {
        for (const run of runs) {
            if (!run.allowed)
                continue;
            const v = run.interpreter.version;
            (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
            const workDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(o.tempDir, `smoke-import-${v}-`));
            try {
                await runtimeFor(run, workDir, mode);
            }
            finally {
                (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
            }
        }
    }
    async function runtimeFor(run, workDir, mode) {
        const v = run.interpreter.version;
        run.install = await createVenvAndInstall({
            interpreter: run.interpreter,
            wheelPath: o.wheelPath,
            mode,
            ...(o.indexUrl ? { indexUrl: o.indexUrl } : {}),
            findLinks: o.findLinks ?? [],
            workDir,
        });
        if (!run.install.ok) {
            faults.push(installFault(run, o, wheel));
            log(`Python ${v}: pip install failed after ${seconds(run.install.ms)}.`);
            return;
        }
        log(`Python ${v}: fresh venv and pip install in ${seconds(run.install.ms)}.`);
        const cwd = external_node_path_default().join(workDir, 'cwd');
        let unresolved;
        try {
            unresolved = await unresolvedNames({
                venvPython: run.install.venvPython,
                names: externalNames,
                cwd,
            });
        }
        catch (e) {
            throw new toolkit_errors/* ActionError */.lZ(`Python ${v}: ${e.message}`, {
                title: 'Import resolution failed to run',
            });
        }
        run.resolution = {
            names: externalNames.length,
            statements: staticResult.external.length,
            unresolved,
        };
        // Before the import probes: a module-level import that fails both ways
        // merges into this fault (same file:line), which names Requires-Dist.
        for (const e of staticResult.external) {
            if (unresolved.includes(e.name))
                faults.push(unresolvedImportFault(e, v, wheel.requiresDist));
        }
        log(`Python ${v}: ${externalNames.length} top-level names imported outside the package ` +
            `(${staticResult.external.length} statements) looked up with importlib.util.find_spec: ` +
            `${unresolved.length ? `not found: ${unresolved.join(', ')}` : 'all found'}.`);
        const started = performance.now();
        run.results = await runProbes({
            venvPython: run.install.venvPython,
            jobs,
            tops: wheel.topLevel,
            env: o.env ?? {},
            timeoutMs: o.timeoutMs,
            cwd,
        });
        const failed = run.results.filter((r) => !r.ok).length;
        log(`Python ${v}: ${jobs.length} imports (${moduleNames.length} modules, ${entryPoints.length} scripts, ` +
            `${o.symbols?.length ?? 0} symbols) in ${seconds(performance.now() - started)}: ${failed ? `${failed} failed` : 'all passed'}.`);
        for (const r of run.results)
            if (!r.ok)
                faults.push(runtimeFault(r, v, ctx));
    }
    // 4. One fault per cause, placed on the monorepo source when it exists.
    const wheelText = (p) => {
        const bytes = wheel.pyFiles.get(p);
        return bytes ? strFromU8(bytes) : undefined;
    };
    const staticFaults = faults.filter((f) => f.seenBy.includes('static'));
    const merged = mergeFaults(faults).map((f) => {
        const note = seenNote(f);
        return {
            ...f,
            message: note ? `${f.message} ${note}` : f.message,
            annotation: mapToSource(f.file, f.line, {
                tops: wheel.topLevel,
                source: o.source,
                workspace: o.workspace,
                wheelText,
            }),
        };
    });
    merged.sort((a, b) => order(a) - order(b) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
    const rows = buildRows(jobs, runs, staticFaults);
    const ran = runs.filter((r) => r.results.length);
    const imported = ran.length === 0
        ? []
        : rows
            .filter((r) => r.kind === 'module' && r.cells.every((c) => c.status === 'pass'))
            .map((r) => r.label);
    const { pyFiles: _files, ...wheelFacts } = wheel;
    return {
        wheel: wheelFacts,
        static: staticResult,
        runs,
        rows,
        faults: merged,
        imported,
        ...(mode === 'none'
            ? {
                resolutionSkipped: 'install: none installs nothing, so the imported names were not looked up in a venv (importlib.util.find_spec did not run)',
            }
            : {}),
    };
}
function order(f) {
    return f.kind === 'python-floor' || f.kind === 'install-failed'
        ? 0
        : f.severity === 'error'
            ? 1
            : 2;
}
function seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function installFault(run, o, wheel) {
    const errors = run.install?.errors ?? [];
    const text = errors.join(' ');
    let hint = 'Run the same pip install locally to see the whole resolution.';
    if (o.install === 'offline' && /No matching distribution|from versions: none/i.test(text)) {
        hint =
            "With install: offline every dependency must be in 'find-links' (pip download -d <dir> <requirements> makes such a folder).";
    }
    else if (o.install === 'deps' && /No matching distribution|from versions: none/i.test(text)) {
        hint = "A dependency is not on the index: check 'index-url' and the bounds in Requires-Dist.";
    }
    return {
        kind: 'install-failed',
        severity: 'error',
        title: 'pip install failed',
        cause: 'the wheel does not install',
        message: `pip could not install ${wheel.filename} into a fresh venv on Python ${run.interpreter.version} (install: ${o.install}): ${text}`,
        hint,
        modules: [],
        seenBy: [run.interpreter.version],
        details: (run.install?.log ?? '').trimEnd().split('\n').slice(-15),
        key: `install:${run.interpreter.executable}`,
    };
}
/** `staticFaults` before merging: a module's static cell speaks of its own source only. */
function buildRows(jobs, runs, staticFaults) {
    const staticStatus = (label) => {
        const mine = staticFaults.filter((f) => f.modules.includes(label));
        if (mine.some((f) => f.severity === 'error'))
            return 'fail';
        return mine.length ? 'warn' : 'pass';
    };
    return jobs.map((job, i) => ({
        label: job.label,
        kind: job.kind,
        static: staticStatus(job.label),
        cells: runs.map((run) => {
            const r = run.results[i];
            if (!r)
                return { status: 'skip' };
            return r.ok
                ? { status: 'pass', seconds: r.seconds }
                : {
                    status: 'fail',
                    seconds: r.seconds,
                    ...(r.exception ? { exception: r.exception } : {}),
                };
        }),
    }));
}

;// CONCATENATED MODULE: ./packages/smoke/smoke-import.ts
/**
 * smoke-import: the last gate before PyPI. Runs smokeWheel (static checks,
 * then a fresh venv per interpreter) and reports every fault once: one
 * annotation on the source line, the likely cause named.
 */





/** `index-url`: an http(s) or file URL. */
function parseIndexUrl(raw) {
    if (raw && !/^(https?|file):\/\//.test(raw)) {
        throw new toolkit_errors/* ActionError */.lZ(`Input 'index-url' must be an http(s) or file URL, got '${raw}'.`, {
            input: 'index-url',
        });
    }
    return raw;
}
/**
 * The secrets a private index URL may carry (https://user:token@host/simple),
 * to be masked before anything logs it. A folder of find-links has none.
 */
function urlSecrets(raw) {
    if (!/^[a-z]+:\/\//i.test(raw))
        return [];
    try {
        const u = new URL(raw);
        if (u.password)
            return [decodeURIComponent(u.password), u.password];
        // pip also accepts a bare token as the user name.
        return u.username ? [decodeURIComponent(u.username)] : [];
    }
    catch {
        return [];
    }
}
/** Under a millisecond every import "times out": refused rather than rounded up to 1 ms. */
function importTimeoutMs(raw) {
    const ms = Math.round((0,inputs/* parseDuration */.E9)(raw, 'timeout') * 1000);
    if (ms < 1) {
        throw new toolkit_errors/* ActionError */.lZ(`Input 'timeout' must be at least 1 ms, got '${raw}': every import would fail as timed out.`, { input: 'timeout', hint: 'Give the time one import may take, such as 60s.' });
    }
    return ms;
}
function toActionError(f) {
    return new toolkit_errors/* ActionError */.lZ(f.message, {
        title: f.title,
        ...(f.hint ? { hint: f.hint } : {}),
        ...(f.annotation ? { file: f.annotation.file } : {}),
        ...(f.annotation?.line ? { line: f.annotation.line } : {}),
        details: f.details,
    });
}
async function run(inputs, io) {
    const report = await smokeWheel({ ...inputs, log: (line) => io.info(line) });
    if (report.resolutionSkipped) {
        io.notice(`Import resolution did not run: ${report.resolutionSkipped}.`, {
            title: 'Import resolution not run',
            input: 'install',
        });
    }
    const out = new OutputWriter(io);
    out.set('imported', report.imported);
    out.set('failed', (0,smoke_report/* failedOutput */.tK)(report));
    const summary = (0,smoke_report/* renderSummary */.Br)(report);
    await io.summary(summary);
    for (const f of report.faults.filter((x) => x.severity === 'warning')) {
        io.warning(f.message, {
            title: f.title,
            ...(f.annotation ? { file: f.annotation.file } : {}),
            ...(f.annotation?.line ? { line: f.annotation.line } : {}),
        });
    }
    const errors = report.faults.filter((f) => f.severity === 'error').map(toActionError);
    (0,toolkit_errors/* throwIfAny */.MI)(errors, `${report.wheel.filename}: ${errors.length} faults; it must not be published.`);
    io.info(`${report.wheel.filename}: ${report.rows.length} checks passed` +
        (report.imported.length
            ? `; imported on ${report.runs.map((r) => r.interpreter.version).join(', ')}.`
            : ' (static only).'));
    return { outputs: out.outputs, summary };
}


/***/ }),

/***/ 9996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ formatActionError),
/* harmony export */   MI: () => (/* binding */ throwIfAny),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   o9: () => (/* binding */ ActionErrors)
/* harmony export */ });
/* unused harmony export isActionError */
class ActionError extends Error {
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
    return e instanceof ActionError;
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


/***/ }),

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   xl: () => (/* binding */ parseMultiline)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseInteger, parseJsonObject, parseUrl, parseSha, parseRepository, parseTagPrefix, parseIndexRoot, parseJsonList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9996);
/**
 * Pure parsers for action inputs. Each takes the raw string the runner gave and
 * the input's name, and throws an ActionError naming that input when the value
 * is unusable, so the user sees which line of their workflow to change.
 */



const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);
function parseBoolean(raw, input) {
    const v = raw.trim();
    if (TRUE.has(v))
        return true;
    if (FALSE.has(v))
        return false;
    throw new ActionError(`Input '${input}' must be true or false, got '${raw}'.`, { input });
}
/** Lines, trimmed, without blanks and `#` comments: how lists are written in YAML `|` blocks. */
function parseMultiline(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
        .filter((l) => l.length > 0);
}
/** A list written one per line or separated by commas/spaces. */
function parseList(raw) {
    return parseMultiline(raw).flatMap((l) => l.split(/[\s,]+/).filter(Boolean));
}
const UNIT_SECONDS = { ms: 0.001, s: 1, m: 60, h: 3600 };
/** `90`, `90s`, `5m`, `1h30m`, `250ms` → seconds. A bare number is seconds. */
function parseDuration(raw, input) {
    const v = raw.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
        total += Number(m[1]) * UNIT_SECONDS[m[2]];
        consumed = re.lastIndex;
    }
    if (v.length === 0 || consumed !== v.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}' must be a duration such as 90s, 5m or 1h30m, got '${raw}'.`, { input });
    }
    return total;
}
function parseInteger(raw, input, min = 0, max = Number.MAX_SAFE_INTEGER) {
    const v = raw.trim();
    if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new ActionError(`Input '${input}' must be a whole number from ${min} to ${max}, got '${raw}'.`, {
            input,
        });
    }
    return Number(v);
}
function parseChoice(raw, input, choices) {
    const v = raw.trim();
    if (choices.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}' must be one of ${choices.join(', ')}, got '${raw}'.`, {
        input,
    });
}
/** Multiline `KEY=VALUE` pairs. */
function parseKeyValues(raw, input) {
    const out = {};
    for (const line of parseMultiline(raw)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}': expected KEY=VALUE, got '${line}'.`, { input });
        out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
}
function parseJsonObject(raw, input) {
    if (raw.trim() === '')
        return {};
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (e) {
        throw new ActionError(`Input '${input}' is not valid JSON: ${e.message}`, { input });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ActionError(`Input '${input}' must be a JSON object.`, { input });
    }
    return value;
}
/** An absolute URL, returned as given. */
function parseUrl(raw, input, hint) {
    try {
        new URL(raw);
    }
    catch {
        throw new ActionError(`'${raw}' is not a URL.`, { input, hint });
    }
    return raw;
}
/** A full commit sha, lower-cased. */
function parseSha(raw, input, hint) {
    const sha = raw.toLowerCase();
    if (!isCommitSha(sha)) {
        throw new ActionError(`'${sha}' is not a full 40-character commit sha.`, {
            input,
            ...(hint ? { hint } : {}),
        });
    }
    return sha;
}
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
/** `owner/name`, as GitHub spells a repository (no URL, no .git). */
function parseRepository(raw, input, hint) {
    if (!REPOSITORY.test(raw)) {
        throw new ActionError(`'${raw}' is not an owner/name repository.`, {
            input,
            ...(hint ? { hint } : {}),
        });
    }
    return raw;
}
/** The start of a git tag name: nothing git refuses in a ref (check-ref-format), no trailing slash. */
function parseTagPrefix(raw, input) {
    if (!isRefPrefix(raw)) {
        throw new ActionError(`${input} '${raw}' cannot start a git tag name.`, { input });
    }
    return raw;
}
/** An index root such as https://pypi.org: the trailing slash dropped, then checked to be a URL. */
function parseIndexRoot(raw, input) {
    return parseUrl(trimSlash(raw), input, 'Use the index root, e.g. https://pypi.org.');
}
/**
 * A JSON list, as another action's list output is passed on ('' means []).
 * Only the shape is checked, not the elements: they are read as `T`.
 */
function parseJsonList(raw, input, hint) {
    let parsed;
    try {
        parsed = JSON.parse(raw.trim() || '[]');
    }
    catch (e) {
        throw new ActionError(`Input '${input}' is not JSON: ${e.message}.`, {
            input,
            hint,
        });
    }
    if (!Array.isArray(parsed)) {
        throw new ActionError(`Input '${input}' is not a JSON list.`, { input });
    }
    return parsed;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 8898:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { valid, clean, explain, parse } = __nccwpck_require__(4818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __nccwpck_require__(2124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __nccwpck_require__(790);

const { major, minor, patch, inc } = __nccwpck_require__(8940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 2124:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { parse } = __nccwpck_require__(4818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 8940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { explain, parse, stringify } = __nccwpck_require__(4818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __nccwpck_require__(4818);

const Operator = __nccwpck_require__(2124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 4818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1469);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
