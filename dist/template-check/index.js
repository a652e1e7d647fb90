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

/***/ 2264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hF: () => (/* binding */ input),
  YF: () => (/* binding */ requiredInput),
  Cs: () => (/* binding */ runAction),
  pO: () => (/* binding */ runContext),
  Np: () => (/* binding */ runnerIo)
});

// UNUSED EXPORTS: debug, error, group, info, mask, notice, oidcRequest, runRepository, setOutput, tokenInput, useActionDefaults, warning, writeSummary

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    process.stdout.write(external_node_os_namespaceObject.EOL);
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
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
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
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
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

/***/ 2411:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2264);
/* harmony import */ var _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7414);
/* harmony import */ var _packages_template_template_check_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8998);
/* harmony import */ var _packages_versions_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1482);
/** template-check's entry: action.yml inputs → TemplateCheckInputs (packages/template/template-check.ts). */




const { /* input */ "hF": input, /* requiredInput */ "YF": requiredInput } = _runner_js__WEBPACK_IMPORTED_MODULE_0__;
await _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs('template-check', async () => {
    const packageName = requiredInput('package');
    const version = (0,_packages_versions_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalVersion */ .Bp)(requiredInput('version'), 'version');
    const indexUrl = (0,_packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIndexRoot */ .Ks)(requiredInput('index-url'), 'index-url');
    const root = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runContext */ .pO().workspace;
    const dockerfile = requiredInput('dockerfile');
    const patterns = (0,_packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMultiline */ .xl)(input('paths'));
    await (0,_packages_template_template_check_js__WEBPACK_IMPORTED_MODULE_2__/* .run */ .e)({ packageName, version, indexUrl, root, dockerfile, patterns }, _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerIo */ .Np);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8998:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ template_check_run)
});

// UNUSED EXPORTS: summary

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(9996);
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

;// CONCATENATED MODULE: ./packages/toolkit/http.ts
/**
 * The suite's one HTTP client (not GitHub's REST API, which has Octokit in
 * github/client.ts): fetch with a per-attempt timeout, retrying what is
 * worth retrying and nothing else. The index (index/http.ts), the OIDC and
 * Sigstore endpoints, mirror-guard and template-check all send through it.
 *
 * Retried: connection errors (refused, reset, DNS), timeouts, 5xx, and 429
 * (after its Retry-After). Never retried: any other 4xx, which is an answer,
 * not a failure. The caller gets the final Response (any status) or an
 * ActionError that says what was tried, how often, and what came back.
 *
 * Not Octokit's retry plugin: that one is tied to Octokit requests, and the
 * index speaks plain HTTP with multipart bodies.
 */

const DEFAULT_HTTP = {
    unreachableTitle: 'Server unreachable',
    unreachableHint: 'The server or the network is failing; check the URL, then re-run the job later.',
    attempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 120_000,
    timeoutMs: 30_000,
    userAgent: 'runtime-actions (+https://github.com/molecule-ai/runtime-actions)',
};
const sleepReal = (ms) => new Promise((r) => setTimeout(r, ms));
/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * A connection-level failure in words (fetch hides the code in `cause`).
 * Duck-typed, not `instanceof Error`: errors may come from another realm
 * (a VM context, a test runner).
 */
function describeNetworkError(e) {
    const err = (typeof e === 'object' && e !== null ? e : {});
    if (err.name === 'TimeoutError' || err.name === 'AbortError')
        return 'timed out';
    const code = err.cause?.code;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return 'connection reset';
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host not found';
    if (code === 'UND_ERR_CONNECT_TIMEOUT' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT')
        return 'timed out';
    if (code)
        return code;
    if (err.cause?.name === 'TimeoutError')
        return 'timed out';
    return err.cause?.message ?? err.message ?? String(e);
}
function backoffDelay(retry, base, max, random = Math.random) {
    const exp = Math.min(max, base * 2 ** retry);
    return Math.round(exp * (0.5 + random() / 2));
}
class HttpClient {
    options;
    constructor(options = {}) {
        this.options = {
            ...DEFAULT_HTTP,
            fetch: globalThis.fetch.bind(globalThis),
            sleep: sleepReal,
            ...options,
        };
    }
    /**
     * Sends `req`, retrying connection errors, timeouts, 5xx and 429. Returns
     * the first response that is not retryable; throws an ActionError when the
     * attempts run out, naming each failure.
     */
    async request(req) {
        const { attempts, baseDelayMs, maxDelayMs, maxRetryAfterMs, onRetry } = this.options;
        const method = req.method ?? 'GET';
        const failures = [];
        let lastStatus;
        for (let attempt = 1;; attempt++) {
            if (req.stats)
                req.stats.attempts = attempt;
            let reason;
            let retryAfter;
            try {
                const res = await this.options.fetch(req.url, {
                    method,
                    headers: { 'User-Agent': this.options.userAgent, ...req.headers },
                    body: req.body,
                    // Uploads must not follow redirects (a redirected POST loses its body,
                    // and twine refuses them too); reads may (PyPI redirects to canonical names).
                    redirect: method === 'GET' ? 'follow' : 'manual',
                    signal: AbortSignal.timeout(Math.ceil(req.timeoutMs ?? this.options.timeoutMs)),
                });
                if (res.status < 500 && res.status !== 429)
                    return res;
                lastStatus = res.status;
                retryAfter = parseRetryAfter(res.headers.get('retry-after'));
                const text = await res.text().catch(() => '');
                reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${summariseBody(text)}`;
                if (res.status === 429 && retryAfter !== undefined && retryAfter > maxRetryAfterMs) {
                    failures.push(`${reason} (Retry-After ${Math.round(retryAfter / 1000)} s is longer than we wait)`);
                    break;
                }
            }
            catch (e) {
                reason = describeNetworkError(e);
                lastStatus = undefined;
            }
            failures.push(reason);
            if (attempt >= attempts)
                break;
            const delayMs = retryAfter ?? backoffDelay(attempt - 1, baseDelayMs, maxDelayMs);
            onRetry?.({ url: req.url, method, attempt, attempts, delayMs, reason });
            await this.options.sleep(delayMs);
        }
        throw new errors/* ActionError */.lZ(`Gave up on ${req.purpose ?? `${method} ${req.url}`} after ${failures.length} attempt${failures.length === 1 ? '' : 's'}: ${failures.join('; ')}.`, {
            title: this.options.unreachableTitle,
            status: lastStatus,
            url: req.url,
            hint: this.options.unreachableHint,
        });
    }
    /** GET and parse JSON; the Response is returned too so callers can read its status. */
    async getJson(url, headers = {}, purpose) {
        const res = await this.request({
            url,
            headers: { Accept: 'application/json', ...headers },
            purpose,
        });
        const text = await res.text();
        try {
            return { res, body: text ? JSON.parse(text) : undefined };
        }
        catch {
            return { res, body: undefined };
        }
    }
}
/** A short, single-line excerpt of an error body for messages. */
function summariseBody(text) {
    const t = text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (!t)
        return '';
    return `: ${t.length > 200 ? `${t.slice(0, 200)}…` : t}`;
}

;// CONCATENATED MODULE: ./packages/index/http.ts
/**
 * The index's HTTP client: the suite's general client (toolkit/http.ts) with
 * the index's words for a failure, so every read and upload that gives up
 * says 'Index unreachable' (mirror-guard tells that title from other index
 * errors).
 */

/** The title of the error when an index cannot be reached. */
const INDEX_UNREACHABLE = 'Index unreachable';
/** The index's defaults; a caller's options override them. */
const INDEX_HTTP = {
    unreachableTitle: INDEX_UNREACHABLE,
    unreachableHint: 'The index or the network is failing; check the URL, then re-run the job later.',
};
/** The general client with the index's defaults. */
class IndexHttpClient extends HttpClient {
    constructor(options = {}) {
        super({ ...INDEX_HTTP, ...options });
    }
}
/**
 * The name the entries still being moved into packages/ (template-check,
 * github-release) import; new code says IndexHttpClient. Issue #16: drop
 * this alias once they do.
 */


;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./packages/python/parser.ts
/**
 * Loads tree-sitter's Python grammar (WebAssembly: nothing native to build).
 *
 * web-tree-sitter's ESM build reaches Node's `module` with a dynamic import
 * that ncc's bundle resolves to an object without `createRequire`, so the
 * bundles cannot inline it. Instead scripts/bundle.mjs copies its CommonJS
 * build and both .wasm files beside each bundle that parses Python, and this
 * module loads them from there; from source (tests, CLI) they come from
 * node_modules.
 */




const parser_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
function locate() {
    const beside = external_node_path_default().join(here, 'tree-sitter.cjs');
    if ((0,external_node_fs_.existsSync)(beside)) {
        return { runtime: beside, grammar: external_node_path_default().join(here, 'tree-sitter-python.wasm') };
    }
    return {
        runtime: parser_require.resolve('web-tree-sitter'),
        grammar: parser_require.resolve('tree-sitter-python/tree-sitter-python.wasm'),
    };
}
let loading;
let runtime_;
/** One parser per process, created on first use. */
function pythonParser() {
    loading ??= (async () => {
        const { runtime, grammar } = locate();
        const ts = parser_require(runtime);
        await ts.Parser.init();
        runtime_ = ts;
        const language = await ts.Language.load((0,external_node_fs_.readFileSync)(grammar));
        const parser = new ts.Parser();
        parser.setLanguage(language);
        return parser;
    })();
    return loading;
}
/**
 * Compiles a tree-sitter query over the Python grammar. It must come from the
 * same runtime instance as the parser, and `Language.query` (the only other way
 * to reach the Query class) prints a deprecation warning on every call.
 */
async function pythonQuery(source) {
    const parser = await pythonParser();
    return new runtime_.Query(parser.language, source);
}

;// CONCATENATED MODULE: ./packages/python/module-analysis.ts
/**
 * What the analysis of one Python module yields: its import statements (with
 * the offsets the rewriter needs), string-based imports and module-level
 * names. Data only, so analyse.ts (the tree-sitter walk), scan.ts (the token
 * scan that reproduces it) and imports.ts (the public reading) all depend on
 * this module and not on each other in a circle (issue #16).
 */
/**
 * Sets the flags a statement's place gives it, for both analysis paths
 * (the tokenizer scan and the tree-sitter walk), each only when true, as
 * the fields say. `scope`: the enclosing names already joined ('Heartbeat.stop'),
 * undefined at module level: the scan joins each scope once, not per import.
 */
function markContext(statement, inTypeChecking, inImportGuard, scope) {
    if (inTypeChecking)
        statement.inTypeChecking = true;
    if (inImportGuard)
        statement.optional = true;
    if (scope !== undefined)
        statement.scope = scope;
}

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

;// CONCATENATED MODULE: ./packages/python/tokenize.ts
/**
 * A Python tokenizer written to the language reference (lexical analysis),
 * for finding statements without a full parse: NAME, NUMBER, STRING (every
 * prefix and quote; f-strings with nested replacement fields and reused
 * quotes per PEP 701 are one token), OP, COMMENT, and the NEWLINE / INDENT /
 * DEDENT tokens that delimit logical lines. Bracketed newlines and backslash
 * continuations join lines, as in CPython.
 *
 * The source is already decoded (encoding.ts reads the encoding declaration
 * and BOM). Anything the tokenizer cannot prove well formed (an unterminated
 * string, unbalanced brackets, an inconsistent dedent, a stray character, a
 * lone CR, tabs and spaces mixed in one indentation) returns undefined: the
 * caller then falls back to the full parse, which reports the error with
 * file, line and column exactly as before.
 *
 * It allocates no string per token (issue #19: a slice for every NAME and a
 * shared constant for every OP, plus an object per logical line, kept the
 * garbage collector busy for as long as the tokenizing itself). Each token
 * is one byte of code instead: what a scan compares names and operators
 * against (a keyword, a soft keyword it reads, an operator) is that code,
 * and any other text is sliced from the source on demand.
 */

/**
 * The words a token code can name: the hard keywords, then the soft keywords
 * and names the statement scan looks for (all of these are plain names to
 * Python). An identifier that is none of them has code NAME.
 */
const WORDS = [
    ...PYTHON_KEYWORDS,
    // Not keywords:
    'match',
    'case',
    'type',
    '__all__',
];
/** The operators and delimiters, longest spelled out; each one's code is OP_BASE + its index. */
const OPS = [
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ',',
    ';',
    '~',
    ':',
    ':=',
    '.',
    '...',
    '=',
    '==',
    '!=',
    '->',
    '+',
    '-',
    '%',
    '&',
    '|',
    '^',
    '@',
    '*',
    '**',
    '/',
    '//',
    '<',
    '<<',
    '<=',
    '>',
    '>>',
    '>=',
    // Augmented assignments, last, so that they are one range of codes:
    '+=',
    '-=',
    '*=',
    '/=',
    '//=',
    '%=',
    '**=',
    '>>=',
    '<<=',
    '&=',
    '^=',
    '|=',
    '@=',
];
/** Code 0: no token (what reading past the last token gives). */
const NONE = 0;
/** An identifier that is not one of WORDS. */
const NAME = 1;
const WORD_BASE = 2;
/** Codes below this one are names; from WORD_BASE up to it, hard keywords. */
const SOFT_BASE = WORD_BASE + WORDS.indexOf('match');
const NAME_END = WORD_BASE + WORDS.length;
const NUMBER = 62;
const STRING = 63;
const OP_BASE = 64;
const AUGMENTED_BASE = OP_BASE + OPS.indexOf('+=');
/** The code of a word. */
function word(w) {
    return WORD_BASE + WORDS.indexOf(w);
}
/** The code of an operator. */
function op(o) {
    return OP_BASE + OPS.indexOf(o);
}
function isName(code) {
    return code >= NAME && code < NAME_END;
}
/** A name that is not a hard keyword. */
function isPlainName(code) {
    return code === NAME || (code >= SOFT_BASE && code < NAME_END);
}
function isOp(code) {
    return code >= OP_BASE;
}
/** `+=`, `//=` and the other augmented assignments. */
function isAugmented(code) {
    return code >= AUGMENTED_BASE;
}
/** Length of an operator token, from its code. */
const OP_LENGTH = Uint8Array.from({ length: 256 }, (_, c) => c >= OP_BASE && c - OP_BASE < OPS.length ? OPS[c - OP_BASE].length : 0);
/**
 * The words by a hash of their first and last characters and length, which
 * no two of them share: an identifier is compared with one word at most,
 * and most hash to no word at all.
 */
const WORD_HASH_SIZE = 256;
const WORD_BY_HASH = new Uint8Array(WORD_HASH_SIZE);
/** Multipliers found by a search over small ones: the first without a collision. */
function wordHash(first, last, length) {
    return (first + last * 4 + length * 19) & (WORD_HASH_SIZE - 1);
}
WORDS.forEach((w, n) => {
    const h = wordHash(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length);
    if (WORD_BY_HASH[h] !== 0)
        throw new Error(`tokenize: keyword hash collision for ${w}`);
    WORD_BY_HASH[h] = WORD_BASE + n;
});
/** The code of the identifier src[i, e). */
function nameCode(src, i, e) {
    const length = e - i;
    if (length > 8)
        return NAME; // no word is longer
    const code = WORD_BY_HASH[wordHash(src.charCodeAt(i), src.charCodeAt(e - 1), length)];
    if (code === 0)
        return NAME;
    const w = WORDS[code - WORD_BASE];
    if (w.length !== length)
        return NAME;
    for (let k = 0; k < length; k++)
        if (w.charCodeAt(k) !== src.charCodeAt(i + k))
            return NAME;
    return code;
}
const SEMICOLON_FLAG = 1;
function scratch(size) {
    return {
        code: new Uint8Array(size),
        start: new Int32Array(size),
        end: new Int32Array(size),
        partner: new Int32Array(size),
        startsLine: new Uint8Array(size),
    };
}
/**
 * The arrays are reused from one module to the next: allocating five arrays
 * per module and growing them token by token was a third of the tokenizer's
 * time on small files. A Tokens result views them, so it is valid until the
 * next call of tokenize(). Sized to the source (no module has more tokens
 * than characters), 14 bytes a character: kept only up to a 1 MiB source, so
 * one huge generated module does not stay in memory for the rest of the run.
 */
const KEPT_MAX = 1 << 20;
let kept = scratch(0);
function arraysFor(length) {
    const size = length + 1;
    if (size > KEPT_MAX)
        return scratch(size);
    if (kept.code.length < size)
        kept = scratch(Math.min(KEPT_MAX, Math.max(size, kept.code.length * 2, 4096)));
    return kept;
}
/**
 * The logical lines' arrays, far fewer than tokens: grown by doubling while
 * tokenizing, and kept (like the token arrays) unless a huge module grew them.
 */
const LINES_KEPT_MAX = 1 << 16;
let lineStarts = new Int32Array(1024);
let lineEnds = new Int32Array(1024);
let lineLevels = new Int32Array(1024);
let lineFlags = new Uint8Array(1024);
function growLines() {
    const size = lineStarts.length * 2;
    const grow = (a) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
    };
    lineStarts = grow(lineStarts);
    lineEnds = grow(lineEnds);
    lineLevels = grow(lineLevels);
    const flags = new Uint8Array(size);
    flags.set(lineFlags);
    lineFlags = flags;
}
/** Records logical line `at`: its first and past-last token, indent level and flags. */
function recordLine(at, start, end, level, flags) {
    if (at === lineStarts.length)
        growLines();
    lineStarts[at] = start;
    lineEnds[at] = end;
    lineLevels[at] = level;
    lineFlags[at] = flags;
}
function shrinkLines() {
    if (lineStarts.length <= LINES_KEPT_MAX)
        return;
    lineStarts = new Int32Array(1024);
    lineEnds = new Int32Array(1024);
    lineLevels = new Int32Array(1024);
    lineFlags = new Uint8Array(1024);
}
class Bail extends Error {
}
const bail = () => {
    throw new Bail();
};
const NAME_START = /[_\p{ID_Start}]/uy;
const NAME_REST = /[\p{ID_Continue}]*/uy;
const NUMBER_PATTERN = /(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;
/** 1 for the ASCII characters that continue an identifier, 2 for those that also start one. */
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)
        NAME_CHAR[c] = 2;
    else if (c >= 48 && c <= 57)
        NAME_CHAR[c] = 1;
}
/**
 * End of the identifier starting at `i` (which is a name start), or bails.
 * Reads stop at the end of the source (`n`): a character read past the end
 * deoptimizes the compiled loop, which then runs in the interpreter again
 * for hundreds of modules (issue #19: most of a fresh process's scan time).
 */
function nameEnd(src, i, n) {
    const c = src.charCodeAt(i);
    if (c > 127) {
        NAME_START.lastIndex = i;
        if (!NAME_START.test(src))
            bail();
        i = NAME_START.lastIndex;
    }
    else
        i++;
    while (i < n) {
        const d = src.charCodeAt(i);
        if (d < 128) {
            if (NAME_CHAR[d] === 0)
                return i;
            i++;
        }
        else {
            NAME_REST.lastIndex = i;
            NAME_REST.test(src);
            if (NAME_REST.lastIndex === i)
                return i;
            i = NAME_REST.lastIndex;
        }
    }
    return i;
}
function isNameStart(c) {
    return c < 128 ? NAME_CHAR[c] === 2 : c > 127;
}
const PREFIX_RAW = 1;
const PREFIX_F = 2;
/**
 * What the string prefix src[i, e) says, case-insensitively: r, u, b, f, br,
 * rb, fr or rf, as PREFIX_RAW | PREFIX_F bits; -1 for anything else. Only
 * ASCII letters can be prefixes (no other character lower-cases to one).
 */
function prefixFlags(src, i, e) {
    if (e - i === 1) {
        const a = src.charCodeAt(i) | 32;
        if (a === 114 /* r */)
            return PREFIX_RAW;
        if (a === 102 /* f */)
            return PREFIX_F;
        return a === 117 /* u */ || a === 98 /* b */ ? 0 : -1;
    }
    if (e - i !== 2)
        return -1;
    const a = src.charCodeAt(i) | 32;
    const b = src.charCodeAt(i + 1) | 32;
    if (a === 114) {
        if (b === 98)
            return PREFIX_RAW;
        return b === 102 ? PREFIX_RAW | PREFIX_F : -1;
    }
    if (b !== 114)
        return -1;
    if (a === 98)
        return PREFIX_RAW;
    return a === 102 ? PREFIX_RAW | PREFIX_F : -1;
}
/**
 * The end of the string literal whose opening quote is at `i`. `raw` and `f`
 * come from its prefix. Replacement fields of f-strings are scanned as
 * expressions (nested strings may reuse the outer quote, PEP 701).
 */
function scanString(src, i, raw, f) {
    const n = src.length;
    const q = src.charCodeAt(i);
    const triple = i + 2 < n && src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q;
    i += triple ? 3 : 1;
    for (;;) {
        if (i >= n)
            bail();
        const c = src.charCodeAt(i);
        if (c === 92 /* \ */) {
            // Even in a raw string a backslash keeps the next character from ending it.
            i += i + 2 < n && src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2;
        }
        else if (c === q) {
            if (!triple)
                return i + 1;
            if (i + 2 < n && src.charCodeAt(i + 1) === q && src.charCodeAt(i + 2) === q)
                return i + 3;
            i++;
        }
        else if (c === 10 || c === 13) {
            if (!triple)
                bail();
            i++;
        }
        else if (f && c === 123 /* { */) {
            if (i + 1 < n && src.charCodeAt(i + 1) === 123)
                i += 2;
            else
                i = scanField(src, i + 1, q, triple, raw);
        }
        else if (f && c === 125 /* } */) {
            if (i + 1 < n && src.charCodeAt(i + 1) === 125)
                i += 2;
            else
                bail();
        }
        else
            i++;
    }
}
/** A replacement field's expression, from after its `{` to after its `}`. */
function scanField(src, i, q, triple, raw) {
    let depth = 0;
    const n = src.length;
    for (;;) {
        if (i >= n)
            bail();
        const c = src.charCodeAt(i);
        if (c === 34 || c === 39) {
            i = scanString(src, i, false, false);
        }
        else if (isNameStart(c)) {
            const e = nameEnd(src, i, n);
            const next = e < n ? src.charCodeAt(e) : 0;
            const prefix = next === 34 || next === 39 ? prefixFlags(src, i, e) : -1;
            if (prefix >= 0) {
                i = scanString(src, e, (prefix & PREFIX_RAW) !== 0, (prefix & PREFIX_F) !== 0);
            }
            else
                i = e;
        }
        else if (c === 40 || c === 91 || c === 123) {
            depth++;
            i++;
        }
        else if (c === 41 || c === 93) {
            if (--depth < 0)
                bail();
            i++;
        }
        else if (c === 125) {
            if (depth === 0)
                return i + 1;
            depth--;
            i++;
        }
        else if (depth === 0 && c === 58 /* : */) {
            return scanFormatSpec(src, i + 1, q, triple, raw);
        }
        else if (c === 35 /* # */ || c === 92 /* \ */) {
            bail(); // comments and backslashes in replacement fields: rare, left to the full parse
        }
        else
            i++;
    }
}
/** A format spec, from after its `:` to after the field's closing `}`. */
function scanFormatSpec(src, i, q, triple, raw) {
    const n = src.length;
    for (;;) {
        if (i >= n)
            bail();
        const c = src.charCodeAt(i);
        if (c === 123)
            i = scanField(src, i + 1, q, triple, raw);
        else if (c === 125)
            return i + 1;
        else if (c === 92 && !raw)
            i += 2;
        else if (c === q || ((c === 10 || c === 13) && !triple))
            bail();
        else
            i++;
    }
}
/** Tokens of a whole module, or undefined when the text does not tokenize cleanly. */
function tokenize(src) {
    shrinkLines();
    try {
        return run(src);
    }
    catch (e) {
        if (e instanceof Bail)
            return undefined;
        throw e;
    }
}
// The brackets and `;`, by code: what the tokenizer pairs and the scan reads.
const LPAR = op('(');
const RPAR = op(')');
const LSQB = op('[');
const RSQB = op(']');
const LBRACE = op('{');
const RBRACE = op('}');
const SEMICOLON = op(';');
/**
 * Operator codes by their characters, for opAt: OP1 by the first one, OP2
 * and OP3 by the first two (OP3 for the three-character operators, whose
 * third character OP_THIRD holds).
 */
const OP1 = new Uint8Array(128);
const OP2 = new Uint8Array(128 * 128);
const OP3 = new Uint8Array(128 * 128);
const OP_THIRD = new Uint8Array(256);
OPS.forEach((o, n) => {
    const code = OP_BASE + n;
    const first = o.charCodeAt(0);
    if (o.length === 1)
        OP1[first] = code;
    else if (o.length === 2)
        OP2[(first << 7) | o.charCodeAt(1)] = code;
    else {
        OP3[(first << 7) | o.charCodeAt(1)] = code;
        OP_THIRD[code] = o.charCodeAt(2);
    }
});
/**
 * The code of the operator or delimiter at `i` (its first character is `c`),
 * longest match first; NONE for a character that starts none.
 */
function opAt(src, i, c) {
    if (c >= 128)
        return NONE;
    const n = src.length;
    const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
    if (d < 128) {
        const pair = (c << 7) | d;
        const three = OP3[pair];
        if (three !== NONE && i + 2 < n && src.charCodeAt(i + 2) === OP_THIRD[three])
            return three;
        const two = OP2[pair];
        if (two !== NONE)
            return two;
    }
    return OP1[c];
}
/**
 * End of the comment starting at `i`: the next line break. A native search
 * for the next LF, when the source holds no CR (`hasCR` false): faster than
 * a loop while the loop still runs in the interpreter.
 */
function commentEnd(src, i, hasCR) {
    const n = src.length;
    if (!hasCR) {
        const e = src.indexOf('\n', i);
        return e < 0 ? n : e;
    }
    let e = i;
    while (e < n) {
        const c = src.charCodeAt(e);
        if (c === 10 || c === 13)
            break;
        e++;
    }
    return e;
}
/** Depths of the open indentation levels and token indices of the open brackets, reused. */
const indents = [];
const brackets = [];
function run(src) {
    const fstrings = [];
    const comments = [];
    const { code, start, end, partner, startsLine } = arraysFor(src.length);
    let count = 0;
    let lines = 0;
    let lineStart = -1;
    /** The current logical line holds a `;` outside brackets. */
    let semicolon = 0;
    const n = src.length;
    const hasCR = src.indexOf('\r') >= 0;
    indents.length = 0;
    indents.push(0);
    brackets.length = 0;
    let i = 0;
    let atLineStart = true;
    // No read goes past the end of the source (see nameEnd).
    for (;;) {
        if (atLineStart && brackets.length === 0) {
            let col = 0;
            let tabs = false;
            let spaces = false;
            let c = 0;
            for (; i < n; i++) {
                c = src.charCodeAt(i);
                if (c === 32) {
                    col++;
                    spaces = true;
                }
                else if (c === 9) {
                    col = (Math.floor(col / 8) + 1) * 8;
                    tabs = true;
                }
                else if (c === 12) {
                    col = 0; // a form feed resets the indentation count, as in CPython
                }
                else
                    break;
            }
            if (i >= n)
                break;
            if (c === 35) {
                // A comment-only line: no NEWLINE, no INDENT.
                comments.push(i);
                i = commentEnd(src, i, hasCR);
                continue;
            }
            if (c === 10) {
                i++;
                continue;
            }
            if (c === 13) {
                if (i + 1 >= n || src.charCodeAt(i + 1) !== 10)
                    bail();
                i += 2;
                continue;
            }
            if (c === 92)
                bail();
            if (tabs && spaces)
                bail();
            const top = indents[indents.length - 1];
            if (col > top)
                indents.push(col);
            else {
                while (col < indents[indents.length - 1])
                    indents.pop();
                if (col !== indents[indents.length - 1])
                    bail();
            }
            atLineStart = false;
        }
        if (i >= n)
            break;
        const c = src.charCodeAt(i);
        if (c === 32 || c === 9 || c === 12) {
            i++;
            continue;
        }
        if (c === 10 || c === 13) {
            if (c === 13 && (i + 1 >= n || src.charCodeAt(i + 1) !== 10))
                bail();
            if (brackets.length === 0) {
                // NEWLINE: ends the logical line, if it holds tokens.
                if (lineStart >= 0) {
                    recordLine(lines, lineStart, count, indents.length - 1, semicolon);
                    lines++;
                }
                lineStart = -1;
                semicolon = 0;
                atLineStart = true;
            }
            i += c === 13 ? 2 : 1;
            continue;
        }
        if (c === 35) {
            comments.push(i);
            i = commentEnd(src, i, hasCR);
            continue;
        }
        if (c === 92) {
            const d = i + 1 < n ? src.charCodeAt(i + 1) : 0;
            if (d === 10)
                i += 2;
            else if (d === 13 && i + 2 < n && src.charCodeAt(i + 2) === 10)
                i += 3;
            else
                bail();
            if (i >= n)
                bail();
            continue;
        }
        // A token.
        let k;
        let e;
        let f = false;
        if (c === 34 || c === 39) {
            k = STRING;
            e = scanString(src, i, false, false);
        }
        else if (isNameStart(c)) {
            const ne = nameEnd(src, i, n);
            const next = ne < n ? src.charCodeAt(ne) : 0;
            if ((next === 34 || next === 39) && ne - i <= 2) {
                const prefix = prefixFlags(src, i, ne);
                if (prefix < 0)
                    bail(); // t-strings and typos: left to the full parse
                f = (prefix & PREFIX_F) !== 0;
                k = STRING;
                e = scanString(src, ne, (prefix & PREFIX_RAW) !== 0, f);
            }
            else {
                k = nameCode(src, i, ne);
                e = ne;
            }
        }
        else if ((c >= 48 && c <= 57) ||
            (c === 46 && i + 1 < n && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57)) {
            NUMBER_PATTERN.lastIndex = i;
            if (!NUMBER_PATTERN.test(src))
                bail();
            e = NUMBER_PATTERN.lastIndex;
            if (e < n && isNameStart(src.charCodeAt(e)))
                bail(); // `1if x else y` and the like
            k = NUMBER;
        }
        else {
            k = opAt(src, i, c);
            if (k === NONE)
                bail();
            e = i + OP_LENGTH[k];
        }
        const j = count++;
        if (f)
            fstrings.push(j);
        startsLine[j] = lineStart < 0 ? 1 : 0;
        if (lineStart < 0)
            lineStart = j;
        code[j] = k;
        start[j] = i;
        end[j] = e;
        partner[j] = -1;
        if (k === LPAR || k === LSQB || k === LBRACE)
            brackets.push(j);
        else if (k === RPAR || k === RSQB || k === RBRACE) {
            const open = brackets.pop();
            if (open === undefined)
                bail();
            if (code[open] !== (k === RPAR ? LPAR : k === RSQB ? LSQB : LBRACE))
                bail();
            partner[open] = j;
            partner[j] = open;
        }
        else if (k === SEMICOLON && brackets.length === 0)
            semicolon = SEMICOLON_FLAG;
        i = e;
    }
    if (brackets.length > 0)
        bail();
    if (lineStart >= 0) {
        recordLine(lines, lineStart, count, indents.length - 1, semicolon);
        lines++;
    }
    // Reading one or two past the last token finds no token (the arrays are reused).
    code[count] = NONE;
    if (count + 1 < code.length)
        code[count + 1] = NONE;
    return {
        count,
        code,
        start,
        end,
        fstrings,
        comments,
        partner,
        startsLine,
        lineCount: lines,
        lineStart: lineStarts,
        lineEnd: lineEnds,
        lineLevel: lineLevels,
        lineFlags,
    };
}

;// CONCATENATED MODULE: ./packages/python/scan.ts


class scan_Bail extends Error {
}
const scan_bail = () => {
    throw new scan_Bail();
};
// Token codes the scan compares (tokenize.ts): one byte per token, no text.
const AS = word('as');
const ASYNC = word('async');
const CASE = word('case');
const CLASS = word('class');
const DEF = word('def');
const DUNDER_ALL = word('__all__');
const ELIF = word('elif');
const ELSE = word('else');
const EXCEPT = word('except');
const FINALLY = word('finally');
const FOR = word('for');
const FROM = word('from');
const GLOBAL = word('global');
const IF = word('if');
const IMPORT = word('import');
const IN = word('in');
const LAMBDA = word('lambda');
const MATCH = word('match');
const RAISE = word('raise');
const TRY = word('try');
const TYPE = word('type');
const WITH = word('with');
const AT = op('@');
const COLON = op(':');
const COLON_EQUAL = op(':=');
const COMMA = op(',');
const DOT = op('.');
const ELLIPSIS = op('...');
const EQUAL = op('=');
const scan_LBRACE = op('{');
const STAR = op('*');
/** Flags by token code: 1 for the words that begin compound statements, 2 for simple statements that bind nothing. */
const HEAD = new Uint8Array(256);
for (const w of [
    'if',
    'elif',
    'else',
    'while',
    'for',
    'try',
    'except',
    'finally',
    'with',
    'def',
    'class',
    'async',
])
    HEAD[word(w)] = 1;
for (const w of [
    'pass',
    'return',
    'del',
    'assert',
    'raise',
    'break',
    'continue',
    'nonlocal',
])
    HEAD[word(w)] = 2;
const COMPOUND = 1;
const SIMPLE = 2;
// What a Ctx knows of where a block sits, one bit each (see Ctx).
const IN_FUNCTION = 1;
const IN_TYPE_CHECKING = 2;
const IN_IMPORT_GUARD = 4;
const MODULE_SCOPE = 8;
const MATCH_BODY = 16;
const MODULE_WITH = 32;
/**
 * Where a block sits: the def/class scope around it and a word of flags. One
 * shape for every context (a class, not spread copies), and each derived
 * context is the same two fields with one bit changed.
 */
class Ctx {
    scope;
    flags;
    constructor(scope, flags) {
        this.scope = scope;
        this.flags = flags;
    }
    get inFunction() {
        return (this.flags & IN_FUNCTION) !== 0;
    }
    get inTypeChecking() {
        return (this.flags & IN_TYPE_CHECKING) !== 0;
    }
    get inImportGuard() {
        return (this.flags & IN_IMPORT_GUARD) !== 0;
    }
    get moduleScope() {
        return (this.flags & MODULE_SCOPE) !== 0;
    }
    /** The body of a `match`: its lines are case clauses. */
    get matchBody() {
        return (this.flags & MATCH_BODY) !== 0;
    }
    /** Inside a module-level `with` (tree-sitter binds every `as` target in it, however deep). */
    get moduleWith() {
        return (this.flags & MODULE_WITH) !== 0;
    }
    with(flag, on) {
        return new Ctx(this.scope, on ? this.flags | flag : this.flags & ~flag);
    }
    withTypeChecking() {
        return this.with(IN_TYPE_CHECKING, true);
    }
    withImportGuard() {
        return this.with(IN_IMPORT_GUARD, true);
    }
    withModuleWith() {
        return this.with(MODULE_WITH, true);
    }
    withMatchBody(matchBody) {
        return this.with(MATCH_BODY, matchBody);
    }
    /**
     * The body of a def or class named by token `nameToken`: a new scope, in a
     * function if either is; no longer at module level, in a match or under an
     * import guard; still under TYPE_CHECKING and a module-level `with`.
     */
    definitionBody(nameToken, isFunction) {
        const kept = this.flags & (IN_FUNCTION | IN_TYPE_CHECKING | MODULE_WITH);
        const scope = { outer: this.scope, token: nameToken, dotted: undefined };
        return new Ctx(scope, isFunction ? kept | IN_FUNCTION : kept);
    }
}
class Scanner {
    src;
    rules;
    c;
    st;
    en;
    count;
    comments;
    /** For each bracket token, the index of its partner. */
    partner;
    /** 1 where the token begins a logical line (no expression reaches back across it). */
    startsLine;
    lineCount;
    lineStart;
    lineEnd;
    lineLevel;
    lineFlags;
    imports = [];
    names = new Set();
    dunderAll;
    open = false;
    /** Where dotted() stopped. */
    dottedEnd = 0;
    /** The `=` tokens of the module-level statement moduleExpression reads (reused). */
    equals = [];
    /**
     * lineCol()'s cursor: the line number and line start at `cursorOffset`.
     * Offsets are asked for in source order (a pass over the statements, then
     * one over the calls), so counting the newlines from the last offset asked
     * for costs no more than one pass over the source; an earlier offset starts
     * again from the top.
     */
    cursorOffset = 0;
    cursorLine = 1;
    cursorLineStart = 0;
    /** lineCol()'s answer: 1-based line, 0-based column (UTF-16 code units). */
    line = 1;
    column = 0;
    constructor(src, t, rules) {
        this.src = src;
        this.rules = rules;
        // The tokenizer has already dropped comments and worked out lines and brackets.
        this.c = t.code;
        this.st = t.start;
        this.en = t.end;
        this.count = t.count;
        this.comments = t.comments;
        this.partner = t.partner;
        this.startsLine = t.startsLine;
        this.lineCount = t.lineCount;
        this.lineStart = t.lineStart;
        this.lineEnd = t.lineEnd;
        this.lineLevel = t.lineLevel;
        this.lineFlags = t.lineFlags;
    }
    /** Sets `line` and `column` to where `offset` is. */
    lineCol(offset) {
        if (offset < this.cursorOffset) {
            this.cursorOffset = 0;
            this.cursorLine = 1;
            this.cursorLineStart = 0;
        }
        const src = this.src;
        let line = this.cursorLine;
        let lineStart = this.cursorLineStart;
        for (let i = src.indexOf('\n', this.cursorOffset); i >= 0 && i < offset;) {
            line++;
            lineStart = i + 1;
            i = src.indexOf('\n', lineStart);
        }
        this.cursorOffset = offset;
        this.cursorLine = line;
        this.cursorLineStart = lineStart;
        this.line = line;
        this.column = offset - lineStart;
    }
    /** The source text of token `i`. */
    text(i) {
        return this.src.slice(this.st[i], this.en[i]);
    }
    /** Is there a comment between two source offsets? */
    commentBetween(from, to) {
        for (const c of this.comments)
            if (c >= from && c < to)
                return true;
        return false;
    }
    /** Index of the first depth-0 token in [a, b) with code `code`, skipping bracket groups; -1 if none. */
    findTop(a, b, code) {
        for (let i = a; i < b; i++) {
            if (this.c[i] === code)
                return i;
            const p = this.partner[i];
            if (p > i)
                i = p;
        }
        return -1;
    }
    /** The enclosing def/class names joined by '.' ('Heartbeat.stop'), once per scope. */
    dottedScope(scope) {
        if (scope.dotted === undefined) {
            const name = this.text(scope.token);
            scope.dotted = scope.outer === undefined ? name : `${this.dottedScope(scope.outer)}.${name}`;
        }
        return scope.dotted;
    }
    run() {
        const root = new Ctx(undefined, MODULE_SCOPE);
        const frames = [root];
        let pending;
        let prevLevel = 0;
        const c = this.c;
        for (let li = 0; li < this.lineCount; li++) {
            const level = this.lineLevel[li];
            if (level > prevLevel) {
                if (!pending || level !== prevLevel + 1)
                    scan_bail();
                frames[level] = pending;
            }
            else if (pending)
                scan_bail();
            frames.length = level + 1;
            prevLevel = level;
            const ctx = frames[level];
            const s = this.lineStart[li];
            const e = this.lineEnd[li];
            if (ctx.moduleWith) {
                for (let i = s; i < e; i++)
                    if (c[i] === AS)
                        scan_bail();
            }
            pending = this.logicalLine(li, s, e, level, ctx);
        }
        if (pending)
            scan_bail();
    }
    /** One logical line, tokens [s, b); returns the context of the block it opens, if it opens one. */
    logicalLine(li, s, b, level, ctx) {
        const c = this.c;
        let a = s;
        let head = c[a];
        if (head === ASYNC) {
            a++;
            head = c[a];
            if (head !== DEF && head !== FOR && head !== WITH)
                scan_bail();
        }
        const soft = (head === MATCH && c[b - 1] === COLON && !ctx.matchBody) || (head === CASE && ctx.matchBody);
        if (ctx.matchBody && !soft)
            scan_bail();
        // Without a `;` (nearly always) the line is one simple statement: no need to look for one.
        const semicolon = this.lineFlags[li] === SEMICOLON_FLAG;
        if (HEAD[head] !== COMPOUND && !soft) {
            if (semicolon)
                this.simpleStatements(s, b, ctx);
            else
                this.simpleStatement(s, b, ctx);
            return undefined;
        }
        const colon = this.headerColon(a + 1, b);
        if ((head === ELSE || head === TRY || head === FINALLY) && colon !== a + 1)
            scan_bail();
        let body = ctx;
        if (head === IF || head === ELIF) {
            if (colon === a + 1)
                scan_bail();
            const condition = this.src.slice(this.st[a + 1], this.en[colon - 1]);
            if (this.rules.typeChecking.test(condition))
                body = ctx.withTypeChecking();
        }
        else if (head === TRY) {
            if (!ctx.inImportGuard && this.guardsImport(li, level))
                body = ctx.withImportGuard();
        }
        else if (head === FOR) {
            if (ctx.moduleScope) {
                const inAt = this.findTop(a + 1, colon, IN);
                if (inAt < 0)
                    scan_bail();
                this.bindTargets(a + 1, inAt);
            }
        }
        else if (head === WITH) {
            if (ctx.moduleScope) {
                this.withTargets(a + 1, colon);
                body = ctx.withModuleWith();
            }
        }
        else if (head === DEF || head === CLASS) {
            if (!isPlainName(c[a + 1]))
                scan_bail();
            const isFunction = head === DEF;
            if (ctx.moduleScope) {
                const name = this.text(a + 1);
                this.names.add(name);
                if (isFunction && name === '__getattr__')
                    this.open = true; // PEP 562
            }
            body = ctx.definitionBody(a + 1, isFunction);
        }
        else if (head === MATCH) {
            body = ctx.withMatchBody(true);
        }
        else if (head === CASE) {
            body = ctx.withMatchBody(false);
        } // while, else, except, finally: the same context
        if (colon + 1 < b) {
            // A one-line body: simple statements only.
            if (HEAD[c[colon + 1]] === COMPOUND || body.matchBody)
                scan_bail();
            if (body.moduleWith) {
                for (let i = colon + 1; i < b; i++)
                    if (c[i] === AS)
                        scan_bail();
            }
            if (semicolon)
                this.simpleStatements(colon + 1, b, body);
            else
                this.simpleStatement(colon + 1, b, body);
            if (li + 1 < this.lineCount && this.lineLevel[li + 1] > level)
                scan_bail();
            return undefined;
        }
        return body;
    }
    /** The `:` ending a compound statement's header (a depth-0 `:` not taken by a lambda). */
    headerColon(a, b) {
        const c = this.c;
        let lambdas = 0;
        for (let i = a; i < b; i++) {
            const p = this.partner[i];
            if (p > i) {
                i = p;
                continue;
            }
            if (c[i] === LAMBDA)
                lambdas++;
            else if (c[i] === COLON) {
                if (lambdas === 0)
                    return i;
                lambdas--;
            }
        }
        return scan_bail();
    }
    /** Does the `try` on line `li` have a handler that catches ImportError and does not only re-raise? */
    guardsImport(li, level) {
        const c = this.c;
        let guarded = false;
        for (let j = li + 1; j < this.lineCount; j++) {
            const lineLevel = this.lineLevel[j];
            if (lineLevel > level)
                continue;
            if (lineLevel < level)
                break;
            const s = this.lineStart[j];
            const e = this.lineEnd[j];
            const head = c[s];
            if (head === ELSE || head === FINALLY)
                continue;
            if (head !== EXCEPT)
                break;
            if (guarded)
                continue;
            const colon = this.headerColon(s + 1, e);
            const re = this.rules.importGuard;
            if (!re.test(this.src.slice(this.st[s], this.en[colon] + 1)))
                continue;
            // The handler's first statement: a `raise` makes the import required.
            let first;
            if (colon + 1 < e)
                first = colon + 1;
            else {
                if (j + 1 >= this.lineCount || this.lineLevel[j + 1] !== level + 1)
                    scan_bail();
                first = this.lineStart[j + 1];
            }
            // Comments before it sit in the except clause, not its block, in tree-sitter's tree too.
            if (c[first] !== RAISE)
                guarded = true;
        }
        return guarded;
    }
    simpleStatements(a, b, ctx) {
        const c = this.c;
        let s = a;
        for (let i = a; i <= b; i++) {
            if (i === b || c[i] === SEMICOLON) {
                if (i === s) {
                    if (i === b && s > a)
                        return; // a trailing `;`
                    scan_bail();
                }
                this.simpleStatement(s, i, ctx);
                s = i + 1;
                continue;
            }
            const p = this.partner[i];
            if (p > i)
                i = p;
        }
    }
    simpleStatement(a, b, ctx) {
        const c = this.c;
        const head = c[a];
        if (head === IMPORT)
            this.importStatement(a, b, ctx);
        else if (head === FROM)
            this.fromStatement(a, b, ctx);
        else if (head === GLOBAL) {
            for (let i = a + 1; i < b; i++)
                if (isName(c[i]))
                    this.names.add(this.text(i));
        }
        else if (HEAD[head] === SIMPLE) {
            // binds nothing the analysis counts
        }
        else if (head === TYPE && isName(c[a + 1]) && (c[a + 2] === EQUAL || c[a + 2] === LSQB)) {
            // `type X[T] = …` binds X in CPython, but not in the tree-sitter walk this matches.
            if (ctx.moduleScope && c[a + 2] === EQUAL)
                this.names.add(this.text(a + 1));
        }
        else if (head === AT) {
            // a decorator line
        }
        else if (HEAD[head] === COMPOUND) {
            scan_bail();
        }
        else if (ctx.moduleScope)
            this.moduleExpression(a, b);
    }
    /** The text of the dotted name starting at `i`; sets dottedEnd to the index after it. */
    dotted(i, b) {
        const c = this.c;
        if (!isPlainName(c[i]))
            scan_bail();
        let j = i + 1;
        let spaced = false;
        while (j + 1 < b && c[j] === DOT && isName(c[j + 1])) {
            if (!isPlainName(c[j + 1]))
                scan_bail();
            if (this.st[j] !== this.en[j - 1] || this.st[j + 1] !== this.en[j])
                spaced = true;
            j += 2;
        }
        this.dottedEnd = j;
        // Written without spaces (as nearly always), the name is its source text.
        if (!spaced)
            return this.src.slice(this.st[i], this.en[j - 1]);
        let name = this.text(i);
        for (let k = i + 2; k < j; k += 2)
            name += '.' + this.text(k);
        return name;
    }
    site(i, endToken) {
        this.lineCol(this.st[i]);
        return { start: this.st[i], end: this.en[endToken], line: this.line, column: this.column };
    }
    importStatement(a, b, ctx) {
        const c = this.c;
        // The statement's place first: lineCol() is asked for offsets in source order.
        this.lineCol(this.st[a]);
        const { line, column } = this;
        const names = [];
        const sites = [];
        let i = a + 1;
        for (;;) {
            const name = this.dotted(i, b);
            const end = this.dottedEnd;
            sites.push(this.site(i, end - 1));
            i = end;
            if (c[i] === AS) {
                if (!isPlainName(c[i + 1]))
                    scan_bail();
                names.push({ name, asname: this.text(i + 1) });
                i += 2;
            }
            else
                names.push({ name });
            if (i === b)
                break;
            if (c[i] !== COMMA || i + 1 === b)
                scan_bail();
            i++;
        }
        this.record(a, b, ctx, 'import', names[0].name, 0, -1, names, sites, false, line, column);
    }
    fromStatement(a, b, ctx) {
        const c = this.c;
        this.lineCol(this.st[a]);
        const { line, column } = this;
        let i = a + 1;
        let level = 0;
        while (c[i] === DOT || c[i] === ELLIPSIS) {
            level += OP_LENGTH[c[i]];
            i++;
        }
        let module = '';
        let moduleStart = -1;
        if (c[i] !== IMPORT) {
            module = this.dotted(i, b);
            if (level === 0)
                moduleStart = this.st[i];
            i = this.dottedEnd;
        }
        else if (level === 0)
            scan_bail();
        if (c[i] !== IMPORT)
            scan_bail();
        i++;
        const future = level === 0 && module === '__future__' && this.en[i - 2] === this.en[a + 1];
        const names = [];
        const sites = [];
        let star = false;
        let end = b;
        if (c[i] === STAR) {
            if (i + 1 !== b || future)
                scan_bail();
            star = true;
        }
        else {
            if (c[i] === LPAR) {
                if (this.partner[i] !== b - 1)
                    scan_bail();
                i++;
                end = b - 1;
            }
            for (;;) {
                if (!isPlainName(c[i]))
                    scan_bail();
                const name = this.text(i);
                sites.push(this.site(i, i));
                i++;
                if (c[i] === AS) {
                    if (!isPlainName(c[i + 1]))
                        scan_bail();
                    names.push({ name, asname: this.text(i + 1) });
                    i += 2;
                }
                else
                    names.push({ name });
                if (i === end)
                    break;
                if (c[i] !== COMMA)
                    scan_bail();
                i++;
                if (i === end) {
                    if (end === b)
                        scan_bail(); // a trailing comma needs parentheses
                    break;
                }
            }
        }
        if (future) {
            module = '__future__';
            moduleStart = -1;
        }
        this.record(a, b, ctx, 'from', module, level, moduleStart, names, sites, star, line, column);
    }
    record(a, b, ctx, kind, module, level, moduleStart, names, sites, star, line, column) {
        // The arrays kept are copies of exactly their length: one grown by push
        // holds room for 17, and the check keeps every module's analysis until
        // it is done (at 5,000 modules that slack was 11 of 26 MB).
        const statement = {
            kind,
            module,
            level,
            names: star ? '*' : names.slice(),
            line,
            column,
            inFunction: ctx.inFunction,
        };
        markContext(statement, ctx.inTypeChecking, ctx.inImportGuard, ctx.scope === undefined ? undefined : this.dottedScope(ctx.scope));
        this.imports.push({
            statement,
            start: this.st[a],
            end: this.en[b - 1],
            moduleStart,
            names: sites.slice(),
        });
        if (ctx.moduleScope) {
            for (let i = 0; i < names.length; i++) {
                const n = names[i];
                if (n.asname !== undefined)
                    this.names.add(n.asname);
                else if (kind === 'import') {
                    // `import a.b` binds a.
                    const dot = n.name.indexOf('.');
                    this.names.add(dot < 0 ? n.name : n.name.slice(0, dot));
                }
                else
                    this.names.add(n.name);
            }
        }
    }
    /** Module-level `x = …`, `a, b = …`, `x: T = …`, and `__all__` edits. */
    moduleExpression(a, b) {
        const c = this.c;
        const eqs = this.equals;
        eqs.length = 0;
        let augmented = -1;
        for (let i = a; i < b; i++) {
            const p = this.partner[i];
            if (p > i) {
                i = p;
                continue;
            }
            const t = c[i];
            if (t === LAMBDA)
                break; // its defaults' `=` are not assignments
            if (t === EQUAL)
                eqs.push(i);
            else if (isAugmented(t) && eqs.length === 0) {
                augmented = i;
                break;
            }
        }
        if (augmented >= 0) {
            if (augmented === a + 1 && c[a] === DUNDER_ALL) {
                this.dunderAll ??= [];
                this.addAll(augmented + 1, b);
            }
            return;
        }
        if (eqs.length > 0) {
            let s = a;
            const last = eqs.length - 1;
            for (let n = 0; n <= last; n++) {
                const eq = eqs[n];
                let targetEnd = eq;
                if (n === 0) {
                    const annotation = this.findTop(s, eq, COLON);
                    if (annotation >= 0)
                        targetEnd = annotation;
                }
                if (targetEnd === s)
                    scan_bail();
                this.bindTargets(s, targetEnd);
                if (n === last && targetEnd === s + 1 && c[s] === DUNDER_ALL) {
                    this.dunderAll = [];
                    this.addAll(eq + 1, b);
                }
                s = eq + 1;
            }
            return;
        }
        // __all__.extend([...]) / __all__.append("x")
        if (c[a] !== DUNDER_ALL || c[a + 1] !== DOT || c[a + 2] !== NAME || c[a + 3] !== LPAR)
            return;
        const method = this.text(a + 2);
        if (method !== 'extend' && method !== 'append')
            return;
        const close = this.partner[a + 3];
        if (close !== b - 1)
            scan_bail();
        if (this.en[a + 2] - this.st[a] !== method.length + 8)
            return; // spaced: not the literal callee text
        this.dunderAll ??= [];
        if (close === a + 4)
            return;
        if (this.commentBetween(this.en[a + 3], this.st[a + 4]))
            scan_bail();
        const comma = this.findTop(a + 4, close, COMMA);
        const argEnd = comma >= 0 ? comma : close;
        if (method === 'append')
            this.addItem(a + 4, argEnd);
        else
            this.addAll(a + 4, argEnd);
    }
    addItem(a, b) {
        if (b === a + 1 && this.c[a] === STRING) {
            const s = this.rules.stringValue(this.text(a));
            if (s !== undefined) {
                this.dunderAll.push(s);
                this.names.add(s);
                return;
            }
        }
        this.open = true;
    }
    /** A literal list or tuple of strings; anything else leaves the module open. */
    addAll(a, b) {
        const c = this.c;
        const opener = c[a];
        const isList = opener === LSQB && this.partner[a] === b - 1;
        const isParen = opener === LPAR && this.partner[a] === b - 1;
        if (!isList && !isParen) {
            this.open = true;
            return;
        }
        const first = a + 1;
        const last = b - 1;
        if (this.findTop(first, last, FOR) >= 0) {
            this.open = true; // a comprehension
            return;
        }
        const comma = this.findTop(first, last, COMMA);
        if (opener === LPAR && comma < 0 && last > first) {
            this.open = true; // a parenthesized expression, not a tuple
            return;
        }
        let s = first;
        for (let i = first; i <= last; i++) {
            if (i === last || c[i] === COMMA) {
                if (i > s)
                    this.addItem(s, i);
                else if (i !== last)
                    scan_bail();
                s = i + 1;
                continue;
            }
            const p = this.partner[i];
            if (p > i)
                i = p;
        }
    }
    /** The names an assignment target list binds (identifiers, not attributes or subscripts). */
    bindTargets(a, b) {
        let i = a;
        while (i < b) {
            i = this.target(i, b);
            if (i < b) {
                if (this.c[i] !== COMMA)
                    scan_bail();
                i++;
            }
        }
    }
    target(i, b) {
        const c = this.c;
        if (c[i] === STAR)
            i++;
        let name = -1;
        let innerStart = 0;
        let innerEnd = 0;
        if (isPlainName(c[i])) {
            name = i;
            i++;
        }
        else if (c[i] === LPAR || c[i] === LSQB) {
            const close = this.partner[i];
            innerStart = i + 1;
            innerEnd = close;
            i = close + 1;
        }
        else
            scan_bail();
        let trailers = false;
        while (i < b) {
            if (c[i] === DOT && isName(c[i + 1]))
                i += 2;
            else if (c[i] === LSQB || c[i] === LPAR)
                i = this.partner[i] + 1;
            else
                break;
            trailers = true;
        }
        if (!trailers) {
            if (name >= 0)
                this.names.add(this.text(name));
            else
                this.bindTargets(innerStart, innerEnd);
        }
        return i;
    }
    /** `with a as b, c as (d, e):` at module level binds b, d, e. */
    withTargets(a, colon) {
        const c = this.c;
        for (let i = a; i < colon; i++) {
            if (c[i] !== AS)
                continue;
            let depth = 0;
            let j = i + 1;
            for (; j < colon; j++) {
                const t = c[j];
                if (t === LPAR || t === LSQB || t === scan_LBRACE)
                    depth++;
                else if (t === RPAR || t === RSQB || t === RBRACE) {
                    if (depth === 0)
                        break;
                    depth--;
                }
                else if (t === COMMA && depth === 0)
                    break;
            }
            this.bindTargets(i + 1, j);
            i = j - 1;
        }
    }
    /** Walrus targets anywhere (tree-sitter's query counts each one). */
    walrus() {
        for (let i = 1; i < this.count; i++) {
            if (this.c[i] === COLON_EQUAL && isName(this.c[i - 1]))
                this.names.add(this.text(i - 1));
        }
    }
    /** Calls whose first argument is a plain string literal, when their callee imports by name. */
    stringImports() {
        const c = this.c;
        const found = [];
        for (let p = 1; p < this.count; p++) {
            if (c[p] !== LPAR || this.startsLine[p])
                continue;
            const n = p - 1;
            if (!isPlainName(c[n]))
                continue;
            const arg = p + 1;
            if (c[arg] !== STRING)
                continue;
            if (!(c[arg + 1] === COMMA || c[arg + 1] === RPAR))
                continue;
            // The callee: the identifier, or the whole attribute chain it ends.
            let s = n;
            while (s >= 2 && !this.startsLine[s] && c[s - 1] === DOT) {
                let o = s - 2;
                // Calls and subscripts on the way back: `x().patch`, `a[0].patch`.
                while (c[o] === RPAR || c[o] === RSQB) {
                    const open = this.partner[o];
                    const before = open - 1;
                    if (before >= 0 &&
                        !this.startsLine[open] &&
                        (isPlainName(c[before]) || c[before] === RPAR || c[before] === RSQB))
                        o = before;
                    else {
                        o = open;
                        break;
                    }
                }
                if (isPlainName(c[o])) {
                    s = o;
                    continue;
                }
                if (c[o] === STRING)
                    while (o > 0 && c[o - 1] === STRING)
                        o--;
                if (c[o] === STRING || c[o] === NUMBER || this.partner[o] > o)
                    s = o;
                break;
            }
            if (s === n && s > 0 && (c[s - 1] === CLASS || c[s - 1] === DEF))
                continue;
            const call = this.src.slice(this.st[s], this.en[n]).replace(/\s+/g, '');
            const text = this.rules.stringValue(this.text(arg));
            if (text === undefined)
                continue;
            const hit = this.rules.findStringImport(call, text);
            if (!hit)
                continue;
            this.lineCol(this.st[arg]);
            found.push({ module: hit.module, text, call, line: this.line, column: this.column });
        }
        return found;
    }
}
/** The analysis from tokens, or undefined when only the full parse can be trusted with this file. */
function scanModule(source, file, rules) {
    const tokens = tokenize(source);
    if (!tokens)
        return undefined;
    try {
        const s = new Scanner(source, tokens, rules);
        const walrus = source.includes(':=');
        const byString = rules.mayImportByString.test(source);
        if (walrus || byString) {
            for (const i of tokens.fstrings) {
                const text = s.text(i);
                // Expressions inside f-strings are parsed by tree-sitter: leave those files to it.
                if ((walrus && text.includes(':=')) || (byString && rules.mayImportByString.test(text)))
                    return undefined;
            }
        }
        s.run();
        if (walrus)
            s.walrus();
        if (rules.opensNamespace(source))
            s.open = true;
        const stringImports = byString ? s.stringImports() : [];
        return {
            file,
            imports: s.imports.slice(),
            topLevelNames: s.names,
            dunderAll: s.dunderAll,
            open: s.open,
            stringImports,
        };
    }
    catch (e) {
        if (e instanceof scan_Bail)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/python/analyse.ts




/** Statement types whose children may hold further statements. */
const CONTAINERS = [
    'block',
    'elif_clause',
    'else_clause',
    'try_statement',
    'except_clause',
    'finally_clause',
    'with_statement',
    'while_statement',
    'match_statement',
    'case_clause',
    'ERROR',
];
/** The node types the walk compares: the containers and the statements it reads. */
const NODE_TYPES = [
    'import_statement',
    'import_from_statement',
    'future_import_statement',
    'function_definition',
    'class_definition',
    'decorated_definition',
    'if_statement',
    'for_statement',
    'expression_statement',
    'global_statement',
    'type_alias_statement',
    ...CONTAINERS,
];
const FIELDS = [
    'name',
    'body',
    'condition',
    'consequence',
    'definition',
    'left',
    'right',
    'alias',
    'module_name',
];
// A call whose first argument is a plain string: the candidates for string imports.
const CALL_QUERY = `(call
  function: [(identifier) (attribute)] @fn
  arguments: (argument_list . (string) @arg))`;
const WALRUS_QUERY = '(named_expression name: (identifier) @name)';
/**
 * Calls that import by name. `kind` says how to read the string: a module name,
 * a dotted target (`module.attr`, as mock.patch takes), or `module:attr`.
 * `patch.object` is absent on purpose: its first argument is an object.
 */
const STRING_IMPORT_CALLS = [
    { callee: /(?:^|\.)import_module$/, kind: 'module' },
    { callee: /^(?:builtins\.)?__import__$/, kind: 'module' },
    { callee: /(?:^|\.)find_spec$/, kind: 'module' },
    {
        callee: /(?:^|\.)resources\.(?:files|read_text|read_binary|open_text|open_binary|path|contents|is_resource)$/,
        kind: 'module',
    },
    { callee: /(?:^|\.)pkgutil\.get_data$/, kind: 'module' },
    { callee: /(?:^|\.)patch(?:\.dict|\.multiple)?$/, kind: 'target' },
    { callee: /(?:^|\.)monkeypatch\.(?:setattr|delattr)$/, kind: 'target' },
    { callee: /(?:^|\.)(?:resolve_name|import_string|import_from_string)$/, kind: 'target' },
    { callee: /(?:^|\.)uvicorn\.run$/, kind: 'target' },
];
const MAY_IMPORT_BY_STRING = /import_module|__import__|find_spec|resources\.|get_data|patch|monkeypatch|resolve_name|import_string|import_from_string|uvicorn/;
const IMPORT_TARGET = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?::[A-Za-z_][\w.]*)?$/;
/** Writes to the module namespace the syntax tree cannot follow. */
const OPENS_NAMESPACE = /\b(?:globals|vars)\(\)\s*(?:\[[^\]\n]*\]\s*=(?!=)|\.(?:update|setdefault)\()|setattr\(\s*sys\.modules\[\s*__name__\s*\]|^\s*exec\(/m;
/**
 * OPENS_NAMESPACE.test, skipped when the source lacks the literal text every
 * match holds (`globals()`/`vars()` end in `s()`): the regex, with no literal
 * prefix to search for, cost a tenth of the scan on files that have none.
 */
function opensNamespace(source) {
    if (!source.includes('s()') && !source.includes('setattr(') && !source.includes('exec('))
        return false;
    return OPENS_NAMESPACE.test(source);
}
const TYPE_CHECKING = /^(?:typing\.|t\.|typing_extensions\.)?TYPE_CHECKING$/;
let analyse_loading;
/** The parser plus the grammar's ids and compiled queries, made once per process. */
function pythonGrammar() {
    analyse_loading ??= (async () => {
        const parser = await pythonParser();
        const language = parser.language;
        if (!language)
            throw new Error('python parser has no language');
        const t = {};
        for (const name of NODE_TYPES) {
            const id = language.idForNodeType(name, true);
            if (id === null)
                throw new Error(`tree-sitter-python has no node type ${name}`);
            t[name] = id;
        }
        const f = {};
        for (const name of FIELDS) {
            const id = language.fieldIdForName(name);
            if (id === null)
                throw new Error(`tree-sitter-python has no field ${name}`);
            f[name] = id;
        }
        const containers = new Set(CONTAINERS.map((name) => t[name]));
        return {
            parser,
            t,
            f,
            containers,
            calls: await pythonQuery(CALL_QUERY),
            walrus: await pythonQuery(WALRUS_QUERY),
        };
    })();
    return analyse_loading;
}
/** `except ImportError`, `except (ModuleNotFoundError, …)`, a bare `except:` or `except Exception`. */
const IMPORT_GUARD = /^except\s*(?::|\(?\s*(?:[\w.]+\s*,\s*)*(?:builtins\.)?(?:ImportError|ModuleNotFoundError|Exception|BaseException)\b)/;
function guardsImport(tryNode) {
    return tryNode.namedChildren.some((clause) => {
        if (clause?.type !== 'except_clause' || !IMPORT_GUARD.test(clause.text.trimStart()))
            return false;
        // A handler that only re-raises (with a friendlier message) makes the import required.
        const block = clause.namedChildren.find((n) => n?.type === 'block');
        return block?.firstNamedChild?.type !== 'raise_statement';
    });
}
class Walker {
    g;
    imports = [];
    names = new Set();
    dunderAll;
    open = false;
    constructor(g) {
        this.g = g;
    }
    /** Visits the children of the node under the cursor as statements. */
    children(c, ctx) {
        if (!c.gotoFirstChild())
            return;
        do
            this.statement(c, ctx);
        while (c.gotoNextSibling());
        c.gotoParent();
    }
    statement(c, ctx) {
        const { t, f } = this.g;
        const id = c.nodeTypeId;
        if (id === t.import_statement ||
            id === t.import_from_statement ||
            id === t.future_import_statement) {
            this.importStatement(c.currentNode, id, ctx);
        }
        else if (id === t.function_definition || id === t.class_definition) {
            const isFunction = id === t.function_definition;
            let name = '';
            if (!c.gotoFirstChild())
                return;
            do {
                const field = c.currentFieldId;
                if (field === f.name) {
                    name = c.nodeText;
                    if (ctx.moduleScope) {
                        this.names.add(name);
                        if (isFunction && name === '__getattr__')
                            this.open = true; // PEP 562
                    }
                }
                else if (field === f.body) {
                    this.children(c, {
                        scope: [...ctx.scope, name],
                        inFunction: ctx.inFunction || isFunction,
                        inTypeChecking: ctx.inTypeChecking,
                        moduleScope: false,
                    });
                }
            } while (c.gotoNextSibling());
            c.gotoParent();
        }
        else if (id === t.decorated_definition) {
            if (!c.gotoFirstChild())
                return;
            do
                if (c.currentFieldId === f.definition)
                    this.statement(c, ctx);
            while (c.gotoNextSibling());
            c.gotoParent();
        }
        else if (id === t.if_statement || id === t.elif_clause) {
            let typeChecking = false;
            if (!c.gotoFirstChild())
                return;
            do {
                const field = c.currentFieldId;
                if (field === f.condition)
                    typeChecking = TYPE_CHECKING.test(c.nodeText);
                else if (field === f.consequence)
                    this.children(c, typeChecking ? { ...ctx, inTypeChecking: true } : ctx);
                else
                    this.statement(c, ctx); // elif / else clauses
            } while (c.gotoNextSibling());
            c.gotoParent();
        }
        else if (id === t.for_statement) {
            if (ctx.moduleScope) {
                const left = c.currentNode.childForFieldId(f.left);
                if (left)
                    this.bindTarget(left);
            }
            this.children(c, ctx);
        }
        else if (id === t.with_statement && ctx.moduleScope) {
            for (const target of c.currentNode.descendantsOfType('as_pattern_target')) {
                if (target)
                    this.bindTarget(target);
            }
            this.children(c, ctx);
        }
        else if (id === t.try_statement && !ctx.inImportGuard && guardsImport(c.currentNode)) {
            if (!c.gotoFirstChild())
                return;
            do {
                if (c.currentFieldId === f.body)
                    this.children(c, { ...ctx, inImportGuard: true });
                else
                    this.statement(c, ctx); // except / else / finally clauses
            } while (c.gotoNextSibling());
            c.gotoParent();
        }
        else if (this.g.containers.has(id)) {
            this.children(c, ctx);
        }
        else if (id === t.expression_statement) {
            if (ctx.moduleScope)
                this.moduleExpression(c.currentNode);
        }
        else if (id === t.global_statement) {
            // `global x` in a function binds a module name when it runs: count it.
            for (const n of c.currentNode.namedChildren)
                if (n?.type === 'identifier')
                    this.names.add(n.text);
        }
        else if (id === t.type_alias_statement && ctx.moduleScope) {
            const left = c.currentNode.childForFieldId(f.left);
            const name = left?.firstNamedChild;
            if (name?.type === 'identifier')
                this.names.add(name.text);
        }
    }
    importStatement(node, id, ctx) {
        const { t, f } = this.g;
        const names = [];
        const sites = [];
        let module = '';
        let level = 0;
        let moduleStart = -1;
        // By field id, two calls for the whole statement: asking each child for
        // its field name costs a WebAssembly call and a string per child.
        const moduleNode = node.childForFieldId(f.module_name);
        if (moduleNode !== null) {
            if (moduleNode.type === 'relative_import') {
                for (const part of moduleNode.namedChildren) {
                    if (part?.type === 'import_prefix')
                        level = countDots(part.text);
                    else if (part?.type === 'dotted_name')
                        module = dotted(part);
                }
            }
            else {
                module = dotted(moduleNode);
                moduleStart = moduleNode.startIndex;
            }
        }
        for (const child of node.childrenForFieldId(f.name)) {
            if (child === null)
                continue;
            const aliased = child.type === 'aliased_import';
            const target = aliased ? child.childForFieldId(f.name) : child;
            const alias = aliased ? child.childForFieldId(f.alias) : null;
            names.push(alias ? { name: dotted(target), asname: alias.text } : { name: dotted(target) });
            sites.push({
                start: target.startIndex,
                end: target.endIndex,
                line: target.startPosition.row + 1,
                column: target.startPosition.column,
            });
        }
        // `from m import *` names nothing; only then is a wildcard worth looking for.
        const star = names.length === 0 &&
            id !== t.import_statement &&
            node.namedChildren.some((c) => c?.type === 'wildcard_import');
        if (id === t.future_import_statement)
            module = '__future__';
        const kind = id === t.import_statement ? 'import' : 'from';
        const statement = {
            kind,
            module: kind === 'import' ? (names[0]?.name ?? '') : module,
            level,
            names: star ? '*' : names,
            line: node.startPosition.row + 1,
            column: node.startPosition.column,
            inFunction: ctx.inFunction,
        };
        markContext(statement, ctx.inTypeChecking, ctx.inImportGuard === true, ctx.scope.length > 0 ? ctx.scope.join('.') : undefined);
        this.imports.push({
            statement,
            start: node.startIndex,
            end: node.endIndex,
            moduleStart,
            names: sites,
        });
        if (ctx.moduleScope) {
            for (const n of names) {
                this.names.add(n.asname ?? (kind === 'import' ? n.name.split('.')[0] : n.name));
            }
        }
    }
    /** Module-level `x = …`, `a, b = …`, `x: T = …`, and `__all__` edits. */
    moduleExpression(node) {
        const expr = node.firstNamedChild;
        if (!expr)
            return;
        if (expr.type === 'assignment') {
            let a = expr;
            while (a?.type === 'assignment') {
                const left = a.childForFieldName('left');
                const right = a.childForFieldName('right');
                // `x: int` with no value binds nothing at run time.
                if (left && right)
                    this.bindTarget(left);
                if (left?.type === 'identifier' &&
                    left.text === '__all__' &&
                    right &&
                    right.type !== 'assignment') {
                    this.dunderAll = [];
                    this.addAll(right);
                }
                a = right;
            }
        }
        else if (expr.type === 'augmented_assignment') {
            const left = expr.childForFieldName('left');
            const right = expr.childForFieldName('right');
            if (left?.text === '__all__' && right) {
                this.dunderAll ??= [];
                this.addAll(right);
            }
        }
        else if (expr.type === 'call') {
            // __all__.extend([...]) / __all__.append("x")
            const fn = expr.childForFieldName('function');
            const args = expr.childForFieldName('arguments');
            const m = fn && /^__all__\.(extend|append)$/.exec(fn.text);
            if (m && args) {
                this.dunderAll ??= [];
                const arg = args.firstNamedChild;
                if (arg)
                    this.addAll(arg, m[1] === 'append');
            }
        }
    }
    addAll(value, single = false) {
        const items = single
            ? [value]
            : ['list', 'tuple'].includes(value.type)
                ? value.namedChildren
                : null;
        if (!items) {
            this.open = true; // computed __all__: we cannot tell what it holds
            return;
        }
        for (const item of items) {
            const s = item ? stringValue(item) : undefined;
            if (s === undefined) {
                if (item?.type !== 'comment')
                    this.open = true;
            }
            else {
                this.dunderAll.push(s);
                this.names.add(s);
            }
        }
    }
    /** Identifiers an assignment target binds (not attributes or subscripts). */
    bindTarget(node) {
        switch (node.type) {
            case 'identifier':
                this.names.add(node.text);
                return;
            case 'attribute':
            case 'subscript':
                return;
            default:
                for (const child of node.namedChildren)
                    if (child)
                        this.bindTarget(child);
        }
    }
}
function countDots(prefix) {
    let n = 0;
    for (const ch of prefix)
        if (ch === '.')
            n++;
    return n;
}
/** `a . b` (spaces and continuations are legal inside) → 'a.b'. */
/**
 * A dotted name as Python reads it. Between its identifiers and dots a
 * dotted_name can hold only blanks and backslash continuations (a comment
 * would end the statement), so dropping those from its text is the same as
 * joining its identifiers, without a WebAssembly call per part.
 */
function dotted(node) {
    return node.text.replace(/[\s\\]+/g, '');
}
const FOLDABLE = /[#\\\r\n\t\f]| {2}/;
/**
 * An import statement's text on one line, for messages and summary tables:
 * comments dropped (an import statement holds no strings, so every `#` starts
 * one), continuations and line breaks folded, runs of blanks made one space.
 */
function statementLine(text) {
    // Most statements are one line with single spaces already: nothing to fold.
    if (!FOLDABLE.test(text))
        return text.trim();
    return text
        .replace(/#[^\r\n]*/g, '')
        .replace(/\\?\r?\n/g, ' ')
        .replace(/[ \t\f]+/g, ' ')
        .trim();
}
/** The value of a plain string literal (no f/b prefix, no escapes), else undefined. */
function stringValue(node) {
    if (node.type !== 'string')
        return undefined;
    return literalValue(node.text);
}
/** The value of a plain string literal's source text (no f/b prefix, no escapes), else undefined. */
function literalValue(text) {
    const m = /^[rRuU]?('''|"""|'|")([^\\]*)\1$/s.exec(text);
    return m ? m[2] : undefined;
}
/** The first syntax error in document order, as CPython would roughly place it. */
function syntaxError(root, file) {
    const find = (n) => {
        for (const c of n.children) {
            if (!c)
                continue;
            if (c.isMissing)
                return c;
            if (c.hasError)
                return find(c) ?? (c.isError ? c : undefined);
        }
        return undefined;
    };
    const bad = find(root) ?? root;
    const line = bad.startPosition.row + 1;
    const what = bad.isMissing
        ? `missing '${bad.type}'`
        : `unexpected '${bad.text.split('\n')[0].slice(0, 40)}'`;
    // The place goes in file/line/column only: annotations and the CLI print it from there.
    return new errors/* ActionError */.lZ(`The file does not parse: ${what}.`, {
        title: 'Syntax error',
        file,
        line,
        column: bad.startPosition.column + 1,
        hint: syntaxErrorHint(file),
    });
}
/**
 * What to do about a syntax error in `shown`, the file as the user finds it
 * (callers that analyse paths relative to a source folder pass it with the folder).
 */
function syntaxErrorHint(shown) {
    return `Fix the syntax (\`python3 -m py_compile ${shown}\` shows CPython's view). If CPython accepts the file, the tree-sitter grammar has a gap here: please report it with the snippet.`;
}
/** Whether `call("text")` imports by name, and which module (shared by both analysers). */
function stringImportOf(call, text) {
    const rule = STRING_IMPORT_CALLS.find((r) => r.callee.test(call));
    if (!rule)
        return undefined;
    if (!IMPORT_TARGET.test(text))
        return undefined;
    if (rule.kind === 'module' && text.includes(':'))
        return undefined;
    // monkeypatch.setattr(obj, "name", v) names an attribute, not a module path.
    if (/monkeypatch/.test(call) && !text.includes('.'))
        return undefined;
    return { module: text.split(':')[0] };
}
const SCAN_RULES = {
    typeChecking: TYPE_CHECKING,
    importGuard: IMPORT_GUARD,
    opensNamespace,
    mayImportByString: MAY_IMPORT_BY_STRING,
    findStringImport: stringImportOf,
    stringValue: literalValue,
};
function findStringImportSites(g, tree) {
    const found = [];
    for (const match of g.calls.matches(tree.rootNode)) {
        let fn;
        let arg;
        for (const cap of match.captures) {
            if (cap.name === 'fn')
                fn = cap.node;
            else if (cap.name === 'arg')
                arg = cap.node;
        }
        if (!fn || !arg)
            continue;
        const call = fn.text.replace(/\s+/g, '');
        const text = stringValue(arg);
        if (text === undefined)
            continue;
        const hit = stringImportOf(call, text);
        if (!hit)
            continue;
        found.push({
            module: hit.module,
            text,
            call,
            line: arg.startPosition.row + 1,
            column: arg.startPosition.column,
        });
    }
    return found;
}
/** Analyses source with a loaded grammar (synchronous: the pipeline calls it thousands of times). */
function analyseWith(g, source, file) {
    const tree = g.parser.parse(source);
    if (!tree)
        throw new Error(`tree-sitter returned no tree for ${file}`);
    try {
        const root = tree.rootNode;
        if (root.hasError)
            throw syntaxError(root, file);
        const walker = new Walker(g);
        const cursor = tree.walk();
        try {
            walker.children(cursor, {
                scope: [],
                inFunction: false,
                inTypeChecking: false,
                moduleScope: true,
            });
        }
        finally {
            cursor.delete();
        }
        if (source.includes(':=')) {
            // Walrus targets bind in the enclosing scope; counting every one over-approximates
            // the module's names, which only makes the static check more lenient.
            for (const cap of g.walrus.captures(root))
                walker.names.add(cap.node.text);
        }
        if (opensNamespace(source))
            walker.open = true;
        const stringImports = MAY_IMPORT_BY_STRING.test(source) ? findStringImportSites(g, tree) : [];
        return {
            file,
            imports: walker.imports,
            topLevelNames: walker.names,
            dunderAll: walker.dunderAll,
            open: walker.open,
            stringImports,
        };
    }
    finally {
        tree.delete();
    }
}
// The pipeline asks for the same module more than once (check, then rewrite):
// remember recent analyses by file, keyed on the exact text.
const CACHE_LIMIT = 20000;
const cache = new Map();
let fullParseOnly = false;
/**
 * Makes every analysis use the full parse (true) or the tokenizer first (false,
 * the default), and forgets cached analyses: for the test that proves both
 * give the same bytes and diagnostics.
 */
function useFullParse(on) {
    fullParseOnly = on;
    cache.clear();
}
/**
 * The tokenizer's analysis (scan.ts), at memory speed; the full parse only
 * for files the tokenizer cannot vouch for, which include every file with a
 * syntax error it can see: the parse then reports it with file, line and
 * column. tree-sitter is loaded on the first such file, never before.
 */
async function analyse(source, file) {
    const scanned = fullParseOnly ? undefined : scanModule(source, file, SCAN_RULES);
    return scanned ?? analyseWith(await pythonGrammar(), source, file);
}
/**
 * Analyses a module once and returns its imports, top-level names and string
 * imports. Syntax errors throw an ActionError with file, line and column.
 * `file` names the module in messages; the result is cached per file and text,
 * so checkImports and rewriteImports on the same text share one analysis.
 */
async function analyseModule(source, file) {
    const hit = cache.get(file);
    if (hit && hit.source === source)
        return hit.analysis;
    const analysis = await analyse(source, file);
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(file, { source, analysis });
    return analysis;
}
/** The rules the tokenizer's analysis shares with the full parse (for the equivalence test). */
const SCAN_RULES_FOR_TESTS = (/* unused pure expression or super */ null && (SCAN_RULES));
/**
 * Forgets every cached analysis. The build calls it once its import check is
 * done: at 5,000 modules the analyses hold about 17 MB that the archives,
 * written next, can use instead.
 */
function forgetAnalyses() {
    cache.clear();
}

;// CONCATENATED MODULE: ./packages/python/imports.ts
/**
 * Every import statement in a module, read from its tokens (scan.ts; the full
 * parse for files the tokenizer cannot vouch for): never from lines, so
 * strings, docstrings, comments, `;`-joined statements, one-line
 * `if x: import y` bodies and backslash continuations all come out right.
 */


/** All import statements of a module, in source order. Syntax errors → ActionError ('Syntax error'). */
async function parseImports(source, file) {
    const analysis = await analyseModule(source, file);
    return analysis.imports.map((site) => site.statement);
}
/**
 * String-based imports (importlib.import_module, __import__, mock.patch, …)
 * whose first dotted component is one of `modules`: the rewriter cannot touch
 * them, so the build warns about each.
 */
async function findStringImports(source, file, modules) {
    const analysis = await analyseModule(source, file);
    return analysis.stringImports
        .filter((s) => modules.has(s.module.split('.')[0]))
        .map(({ module, line, column, call }) => ({ module, line, column, call }));
}

;// CONCATENATED MODULE: ./packages/template/bare-imports.ts
/**
 * Bare imports of runtime modules in a template's Python files. In the
 * monorepo `from plugins import load_plugins` works because `workspace/` is
 * on sys.path; once the runtime is an installed package it is
 * `molecule_runtime.plugins`, and the bare form fails with
 * ModuleNotFoundError when the workspace starts (field notes, incident 5:
 * four incidents in one day). Imports inside functions are reported too:
 * an import smoke never runs them (incident 6).
 */


function renderNames(names) {
    if (names === '*')
        return '*';
    return names.map((n) => (n.asname ? `${n.name} as ${n.asname}` : n.name)).join(', ');
}
function renderStatement(s) {
    if (s.kind === 'from')
        return `from ${'.'.repeat(s.level)}${s.module} import ${renderNames(s.names)}`;
    return `import ${renderNames(s.names)}`;
}
/**
 * The fixed form. `import config` → `from molecule_runtime import config`
 * (binds the same name); `import config as c` → `import molecule_runtime.config as c`;
 * `import config.sub` binds `config` with `sub` loaded, so it needs both
 * `import molecule_runtime.config.sub` and `from molecule_runtime import config`.
 * Names that are not the runtime's stay in their own `import`.
 */
function fixStatement(s, isRuntime, importName) {
    if (s.kind === 'from')
        return `from ${importName}.${s.module} import ${renderNames(s.names)}`;
    if (s.names === '*')
        return renderStatement(s);
    const kept = [];
    const fixed = [];
    for (const n of s.names) {
        const head = n.name.split('.')[0];
        if (!isRuntime(head)) {
            kept.push(n.asname ? `${n.name} as ${n.asname}` : n.name);
        }
        else if (n.asname) {
            fixed.push(`import ${importName}.${n.name} as ${n.asname}`);
        }
        else if (n.name === head) {
            fixed.push(`from ${importName} import ${head}`);
        }
        else {
            fixed.push(`import ${importName}.${n.name}`, `from ${importName} import ${head}`);
        }
    }
    return [...(kept.length > 0 ? [`import ${kept.join(', ')}`] : []), ...fixed].join('; ');
}
/** Top-level names a template defines itself: `x.py` and `x/` at its root. */
function templateModules(paths) {
    const names = new Set();
    for (const p of paths) {
        const parts = p.split('/');
        if (parts.length === 1 && p.endsWith('.py'))
            names.add(p.slice(0, -3));
        else if (parts.length > 1)
            names.add(parts[0]);
    }
    return names;
}
async function findBareImports(files, runtime) {
    const local = templateModules(files.map((f) => f.path));
    const all = new Set([...runtime.topLevelModules, ...runtime.subpackages]);
    const shadowed = [...all].filter((m) => local.has(m)).sort();
    const modules = new Set([...all].filter((m) => !local.has(m)));
    const isRuntime = (name) => modules.has(name);
    const report = { found: [], stringImports: [], shadowed, syntaxErrors: [] };
    for (const file of files) {
        let statements;
        try {
            statements = await parseImports(file.source, file.path);
        }
        catch (e) {
            if (e instanceof errors/* ActionError */.lZ) {
                report.syntaxErrors.push(e);
                continue;
            }
            throw e;
        }
        for (const s of statements) {
            if (s.level > 0)
                continue;
            const named = s.kind === 'from'
                ? [s.module.split('.')[0]].filter(isRuntime)
                : s.names === '*'
                    ? []
                    : s.names.map((n) => n.name.split('.')[0]).filter(isRuntime);
            if (named.length === 0)
                continue;
            report.found.push({
                file: file.path,
                line: s.line,
                column: s.column + 1,
                statement: renderStatement(s),
                modules: [...new Set(named)],
                fixed: fixStatement(s, isRuntime, runtime.importName),
                inFunction: s.inFunction,
                inTypeChecking: s.inTypeChecking === true,
            });
        }
        for (const si of await findStringImports(file.source, file.path, modules)) {
            report.stringImports.push({
                file: file.path,
                line: si.line,
                column: si.column + 1,
                call: si.call,
                module: si.module,
                fixed: `${runtime.importName}.${si.module}`,
            });
        }
    }
    return report;
}
/** One error per bare import, annotated on its line, with the fixed import in the message. */
function bareImportError(b, runtime) {
    const which = b.modules.map((m) => `'${m}'`).join(', ');
    const where = b.inFunction
        ? ' It sits inside a function, so an import smoke test of the image would not catch it: the first call would.'
        : '';
    return new errors/* ActionError */.lZ(`\`${b.statement}\` imports the runtime module ${which} bare: it only works in the monorepo, and fails with ModuleNotFoundError once the runtime is the installed ${runtime.importName} package.${where} Write \`${b.fixed}\`.`, { title: 'Bare runtime import', file: b.file, line: b.line, column: b.column });
}

;// CONCATENATED MODULE: ./packages/template/dockerfile.ts
/**
 * The Python a Dockerfile's final image runs: read from the final stage's
 * base image (`FROM python:3.11-slim`, `FROM docker.io/library/python:3.12`,
 * `FROM python:${PYTHON_VERSION}-slim` with a global `ARG`, a stage built
 * `FROM` another stage), or from an `ENV`/`ARG PYTHON_VERSION` when the base
 * is not a Python image.
 *
 * Written by hand: no maintained Dockerfile parser is installed, and the
 * little this needs (instructions with line continuations and heredocs,
 * `FROM`, `ARG`, `ENV`, variable substitution) is Docker's documented
 * syntax (https://docs.docker.com/reference/dockerfile/).
 */
/** Variables that, set by ENV or ARG, name the Python of a non-Python base image. */
const PYTHON_VARIABLES = ['PYTHON_VERSION', 'PYTHON', 'PY_VERSION', 'PYVER'];
/** Splits a Dockerfile into instructions, honouring `# escape=`, comments, continuations and heredocs. */
function parseInstructions(text) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    let escape = '\\';
    let i = 0;
    // Parser directives: only at the very top, before any other line.
    for (; i < lines.length; i++) {
        const m = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]);
        if (!m)
            break;
        if (m[1]?.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            escape = m[2];
    }
    const out = [];
    while (i < lines.length) {
        const raw = lines[i];
        if (/^\s*(#|$)/.test(raw)) {
            i++;
            continue;
        }
        const line = i + 1;
        let logical = '';
        let current = raw;
        for (;;) {
            const trimmed = current.replace(/\s+$/, '');
            if (trimmed.endsWith(escape)) {
                logical += trimmed.slice(0, -1);
                i++;
                // Comment and empty lines inside a continuation are dropped, as Docker does.
                while (i < lines.length && /^\s*(#|$)/.test(lines[i]))
                    i++;
                if (i >= lines.length)
                    break;
                current = lines[i];
                continue;
            }
            logical += current;
            i++;
            break;
        }
        const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(logical);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const args = m[2].trim();
        out.push({ keyword, args, line });
        // BuildKit heredocs (`RUN <<EOF` … `EOF`): their body is not instructions.
        for (const h of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
            const strip = h[1] === '-';
            const delimiter = h[3];
            while (i < lines.length &&
                (strip ? lines[i].replace(/^\t+/, '') : lines[i]) !== delimiter)
                i++;
            i++;
        }
    }
    return out;
}
function unquote(s) {
    if (s.length >= 2 &&
        ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) {
        return s.slice(1, -1);
    }
    return s;
}
/** `KEY=value KEY2="v 2"` or the legacy `KEY value` form of ENV; ARG's `NAME[=default]` list. */
function parseAssignments(args, keyword) {
    const tokens = [...args.matchAll(/(?:[^\s"']+|"(?:[^"\\]|\\.)*"|'[^']*')+/g)].map((m) => m[0]);
    if (keyword === 'ENV' && tokens.length > 0 && !tokens[0].includes('=')) {
        // Legacy `ENV KEY value with spaces`.
        return [[tokens[0], unquote(args.slice(tokens[0].length).trim())]];
    }
    return tokens.map((t) => {
        const eq = t.indexOf('=');
        return eq < 0 ? [t, undefined] : [t.slice(0, eq), unquote(t.slice(eq + 1))];
    });
}
/** Docker's substitution: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alternative}`; unset → ''. */
function substitute(text, vars) {
    return text.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, op, word, bare) => {
        if (whole === '\\$')
            return '$';
        const name = (braced ?? bare);
        const value = vars.get(name);
        if (op === ':-')
            return value ? value : (word ?? '');
        if (op === ':+')
            return value ? (word ?? '') : '';
        return value ?? '';
    });
}
function parseImageRef(ref) {
    const [withoutDigest, digest] = ref.split('@', 2);
    const slash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    const hasTag = colon > slash;
    const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
    const out = {
        name,
        repository: name.slice(name.lastIndexOf('/') + 1).toLowerCase(),
        tag: hasTag ? withoutDigest.slice(colon + 1) : 'latest',
    };
    if (digest)
        out.digest = digest;
    return out;
}
/** The Python version an image reference names, if it names one. */
function pythonOfImage(ref) {
    if (ref.repository === 'python') {
        const m = /^(\d+(?:\.\d+){0,2})(?![\d.])/.exec(ref.tag);
        if (m)
            return { version: m[1] };
        // python:latest, python:slim, python:alpine: whatever is newest at build time.
        return { unpinned: true };
    }
    // Images that carry the interpreter in the tag: ghcr.io/astral-sh/uv:python3.12-bookworm-slim,
    // nikolaik/python-nodejs:python3.11-nodejs20.
    const m = /(?:^|[-_])python-?(\d+\.\d+(?:\.\d+)?)(?![\d.])/i.exec(ref.tag);
    return m ? { version: m[1] } : {};
}
/**
 * The Python of the image the Dockerfile builds (its last stage). Never
 * throws: a Dockerfile it cannot read says so in `unknown`.
 */
function imagePython(text) {
    const instructions = parseInstructions(text);
    const globalArgs = new Map();
    const globalArgLines = new Map();
    const stages = [];
    const runtimeVersionArgLines = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            const tokens = ins.args.split(/\s+/).filter((t) => !t.startsWith('--'));
            const image = substitute(tokens[0] ?? '', globalArgs);
            const stage = { from: ins, image, vars: [] };
            if (tokens[1]?.toLowerCase() === 'as' && tokens[2])
                stage.name = tokens[2].toLowerCase();
            stages.push(stage);
            continue;
        }
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV')
            continue;
        for (const [name, value] of parseAssignments(ins.args, ins.keyword)) {
            if (name === 'RUNTIME_VERSION' && ins.keyword === 'ARG')
                runtimeVersionArgLines.push(ins.line);
            const stage = stages[stages.length - 1];
            if (!stage) {
                // Before the first FROM: a global ARG, usable in FROM lines.
                if (ins.keyword === 'ARG') {
                    if (value !== undefined)
                        globalArgs.set(name, substitute(value, globalArgs));
                    else if (!globalArgs.has(name))
                        globalArgs.set(name, '');
                    globalArgLines.set(name, ins.line);
                }
                continue;
            }
            // Inside a stage, `ARG NAME` without a value takes the global default.
            const resolved = value !== undefined ? value : ins.keyword === 'ARG' ? globalArgs.get(name) : undefined;
            stage.vars.push({ name, value: resolved, line: ins.line, keyword: ins.keyword });
        }
    }
    const last = stages[stages.length - 1];
    if (!last) {
        return {
            image: '',
            line: 1,
            unknown: 'The Dockerfile has no FROM instruction, so its Python cannot be told.',
            runtimeVersionArgLines,
        };
    }
    // Follow `FROM <stage>` back to the stage that names a real image.
    const chain = [];
    const seen = new Set();
    for (let s = last; s && !seen.has(s);) {
        seen.add(s);
        chain.push(s);
        const image = s.image.toLowerCase();
        const index = stages.indexOf(s);
        s = stages
            .slice(0, index)
            .reverse()
            .find((p) => p.name === image);
    }
    const base = chain[chain.length - 1];
    const ref = parseImageRef(base.image);
    const result = { image: base.image, line: base.from.line, runtimeVersionArgLines };
    // An ARG default that built the tag: say which, since a --build-arg overrides it.
    const usedArg = [...base.from.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
        .map((m) => m[1])
        .find((n) => globalArgs.has(n));
    const fromTag = pythonOfImage(ref);
    if (fromTag.version) {
        result.version = fromTag.version;
        result.source = 'image-tag';
        if (usedArg)
            result.viaArg = {
                name: usedArg,
                value: globalArgs.get(usedArg) ?? '',
                line: globalArgLines.get(usedArg) ?? 1,
            };
        return result;
    }
    // Not a Python image: an ENV/ARG naming the version, nearest stage first. (In
    // an unpinned python image such an ENV would not say what the image holds.)
    for (const s of fromTag.unpinned ? [] : chain) {
        for (const v of [...s.vars].reverse()) {
            if (!PYTHON_VARIABLES.includes(v.name.toUpperCase()) || !v.value)
                continue;
            const m = /^(\d+\.\d+(?:\.\d+)?)/.exec(v.value);
            if (!m)
                continue;
            result.version = m[1];
            result.source = v.keyword === 'ENV' ? 'env' : 'arg';
            result.line = v.line;
            return result;
        }
    }
    const imageToken = base.from.args.split(/\s+/).find((t) => !t.startsWith('--')) ?? '';
    const unset = [...imageToken.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)]
        .map((m) => m[1])
        .filter((n) => !globalArgs.get(n));
    if (unset.length > 0) {
        result.unknown = `The final stage's base image ${imageToken} depends on ${unset.map((n) => `ARG ${n}`).join(', ')} with no default, so its Python cannot be told. Declare a default before the first FROM (ARG ${unset[0]}=…).`;
    }
    else if (fromTag.unpinned) {
        result.unknown = `The base image ${base.image} follows the newest Python, so whether it meets the runtime's Requires-Python can change any day. Pin the version: FROM python:3.11-slim (or newer).`;
    }
    else {
        result.unknown = `The base image ${base.image} is not a python image and no ENV/ARG PYTHON_VERSION says which Python it has, so the runtime's Requires-Python floor cannot be checked. Build FROM python:X.Y-slim, or set ENV PYTHON_VERSION=X.Y in the final stage.`;
    }
    return result;
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

;// CONCATENATED MODULE: ./packages/template/floor.ts
/**
 * The image's Python against the runtime's Requires-Python, said in words a
 * template maintainer can act on. pip, asked to install a release whose
 * Requires-Python excludes the interpreter, says only "Could not find a
 * version that satisfies the requirement … (from versions: none)" and never
 * mentions Python (field notes, incident 7); this says it before the build.
 */



const MINORS = Array.from({ length: 15 }, (_, i) => i + 6);
// Patch numbers probed for an X.Y the tag leaves open: 0 and a number above
// any real one, so a specifier such as >=3.11.4 is seen to split 3.11.
const HIGH_PATCH = 99;
function allows(version, spec) {
    return satisfiesSpecifier(version, spec);
}
/** The suggested FROM, keeping the image name and the tag's suffix the user wrote. */
function suggestedFrom(python, minor) {
    if (python.source !== 'image-tag')
        return `FROM python:${minor}-slim`;
    const ref = parseImageRef(python.image);
    if (ref.repository === 'python')
        return `FROM ${ref.name}:${ref.tag.replace(/^\d+(?:\.\d+){0,2}/, minor)}`;
    return `FROM ${ref.name}:${ref.tag.replace(/(python-?)\d+\.\d+(?:\.\d+)?/i, `$1${minor}`)}`;
}
function checkPythonFloor(input) {
    const { python, requiresPython, packageName, version, dockerfile } = input;
    const spec = requiresPython?.trim() ?? '';
    if (spec === '')
        return { verdict: 'no-requires-python', allowedMinors: MINORS.map((m) => `3.${m}`) };
    if (!isSpecifier(spec)) {
        return {
            verdict: 'unknown',
            allowedMinors: [],
            warning: `The runtime's Requires-Python '${spec}' is not a valid PEP 440 specifier, so the image's Python cannot be checked against it.`,
        };
    }
    const allowedMinors = MINORS.filter((m) => allows(`3.${m}.0`, spec) || allows(`3.${m}.${HIGH_PATCH}`, spec)).map((m) => `3.${m}`);
    if (python.version === undefined) {
        return {
            verdict: 'unknown',
            allowedMinors,
            warning: python.unknown ?? "The image's Python cannot be told.",
        };
    }
    const parts = python.version.split('.').map(Number);
    if (parts.length === 1) {
        return {
            verdict: 'unknown',
            allowedMinors,
            warning: `The base image ${python.image} follows the newest Python ${python.version}.x, so whether it meets Requires-Python ${spec} can change any day. Pin the minor version: ${suggestedFrom(python, allowedMinors[0] ?? '3.11')}.`,
        };
    }
    const [major, minor] = parts;
    const probes = parts.length >= 3
        ? [python.version]
        : [`${major}.${minor}.0`, `${major}.${minor}.${HIGH_PATCH}`];
    const results = probes.map((v) => allows(v, spec));
    if (results.every(Boolean))
        return { verdict: 'ok', allowedMinors };
    const where = python.viaArg
        ? ` (${python.viaArg.name}=${python.viaArg.value} comes from the ARG on line ${python.viaArg.line}; a --build-arg can override it)`
        : '';
    if (results.some(Boolean)) {
        return {
            verdict: 'patch-dependent',
            allowedMinors,
            warning: `The image's Python ${python.version} meets Requires-Python ${spec} only for some ${major}.${minor}.x releases${where}: pin a patch release the specifier allows, or use a newer minor version.`,
        };
    }
    const own = major * 100 + minor;
    const numeric = (m) => 300 + Number(m.split('.')[1]);
    const higher = allowedMinors.filter((m) => numeric(m) > own);
    const lower = allowedMinors.filter((m) => numeric(m) < own);
    const pip = `\`pip install ${packageName}==${version}\` in this image would fail with pip's 'Could not find a version that satisfies the requirement ${packageName}==${version} (from versions: none)', which never mentions Python.`;
    let verdict;
    let message;
    let title;
    if (higher.length > 0 && lower.length === 0) {
        verdict = 'below';
        title = "Python below the runtime's floor";
        message = `The image's Python ${python.version} is below the runtime's Requires-Python ${spec}${where}: ${pip} Use ${suggestedFrom(python, higher[0])} or newer.`;
    }
    else if (lower.length > 0 && higher.length === 0) {
        verdict = 'above';
        title = "Python above the runtime's ceiling";
        message = `The image's Python ${python.version} is above the runtime's Requires-Python ${spec}${where}: ${pip} Use ${suggestedFrom(python, lower[lower.length - 1])}.`;
    }
    else {
        verdict = 'excluded';
        title = 'Python excluded by the runtime';
        const allowed = allowedMinors.length > 0
            ? ` Allowed: ${allowedMinors.join(', ')}.`
            : ' No Python 3 release is allowed.';
        message = `The image's Python ${python.version} is excluded by the runtime's Requires-Python ${spec}${where}: ${pip}${allowed}`;
    }
    return {
        verdict,
        allowedMinors,
        error: new errors/* ActionError */.lZ(message, { title, file: dockerfile, line: python.line }),
    };
}

;// CONCATENATED MODULE: ./packages/template/check.ts



async function checkTemplate(input) {
    const { runtime, dockerfile } = input;
    const python = imagePython(dockerfile.text);
    const floor = checkPythonFloor({
        python,
        requiresPython: runtime.requiresPython,
        packageName: input.packageName,
        version: input.version,
        dockerfile: dockerfile.path,
    });
    const errors = [];
    const warnings = [];
    if (floor.error)
        errors.push(floor.error);
    if (floor.warning) {
        warnings.push({
            title: 'Image Python not checked',
            message: floor.warning,
            file: dockerfile.path,
            line: python.line,
        });
    }
    if (python.runtimeVersionArgLines.length === 0) {
        warnings.push({
            title: 'No ARG RUNTIME_VERSION',
            message: 'The Dockerfile declares no ARG RUNTIME_VERSION, so the RUNTIME_VERSION build-arg changes no layer and the build cache can keep the previous runtime. Add `ARG RUNTIME_VERSION` and install with `pip install "' +
                `${input.packageName}==\${RUNTIME_VERSION}"\`.`,
            file: dockerfile.path,
            line: python.line,
        });
    }
    const imports = await findBareImports(input.files, runtime.modules);
    errors.push(...imports.syntaxErrors);
    for (const b of imports.found) {
        const error = bareImportError(b, runtime.modules);
        if (b.inTypeChecking) {
            // Never executed, but a type checker run against the installed runtime fails on it.
            warnings.push({
                title: 'Bare runtime import (TYPE_CHECKING)',
                message: error.message,
                file: b.file,
                line: b.line,
                column: b.column,
            });
        }
        else {
            errors.push(error);
        }
    }
    for (const s of imports.stringImports) {
        warnings.push({
            title: 'Runtime module named by string',
            message: `${s.call}("${s.module}") names the runtime module bare; the installed runtime has it as "${s.fixed}".`,
            file: s.file,
            line: s.line,
            column: s.column,
        });
    }
    if (runtime.modules.source === 'file-list') {
        warnings.push({
            title: 'No runtime module manifest',
            message: `${runtime.wheelName} has no ${runtime.modules.importName}/_runtime_modules.json (built before the manifest existed): the runtime modules were taken from the wheel's file list.`,
        });
    }
    return { python, floor, imports, errors, warnings };
}

;// CONCATENATED MODULE: ./packages/python/encoding.ts
/**
 * PEP 263 source encodings: find the encoding CPython would use for a file,
 * decode it, and encode edited text back to the same bytes.
 *
 * The rewriter only ever inserts ASCII, so a file must come back byte for byte
 * except for those insertions; that rules out "decode as UTF-8 and hope".
 * Node's TextDecoder knows most single-byte codecs, but under WHATWG labels that
 * differ from Python's (WHATWG "iso-8859-1" is really windows-1252), so the
 * table below maps Python's names to the decoder that matches, and encoding
 * back uses a reverse table built from the same decoder (TextEncoder only does
 * UTF-8). Multi-byte legacy codecs (shift_jis, gbk, …) are refused with a hint
 * to re-save the file as UTF-8: nothing here can encode them back.
 */

const BOM = [0xef, 0xbb, 0xbf];
// CPython's tokenizer regexes (Lib/tokenize.py), applied to the first two lines.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;
/** Canonical name → codec. Aliases are folded by `canonicalName`. */
const CODECS = new Map([
    ['utf-8', { kind: 'utf-8' }],
    ['ascii', { kind: 'ascii' }],
    ['latin-1', { kind: 'latin-1' }],
    ['cp866', { kind: 'table', whatwg: 'ibm866' }],
    ['koi8-r', { kind: 'table', whatwg: 'koi8-r' }],
    ['koi8-u', { kind: 'table', whatwg: 'koi8-u' }],
    ['mac-roman', { kind: 'table', whatwg: 'macintosh' }],
    ['cp874', { kind: 'table', whatwg: 'windows-874' }],
]);
for (let n = 1250; n <= 1258; n++) {
    CODECS.set(`cp${n}`, { kind: 'table', whatwg: `windows-${n}` });
}
// WHATWG's iso-8859-1 and -9 are windows-1252/-1254 in disguise, so only these are true ISO.
for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]) {
    CODECS.set(`iso8859-${n}`, { kind: 'table', whatwg: `iso-8859-${n}` });
}
/** Python's spelling of a declared encoding, folded onto the names in CODECS. */
function canonicalName(declared) {
    // tokenize._get_normal_name first, then the codecs module's alias folding.
    const lower = declared.toLowerCase().replace(/_/g, '-');
    const head = lower.slice(0, 12);
    if (head === 'utf-8' ||
        head.startsWith('utf-8-') ||
        ['utf8', 'u8', 'utf', 'cp65001'].includes(lower))
        return 'utf-8';
    if (['latin-1', 'iso-8859-1', 'iso-latin-1'].includes(head) ||
        /^(latin-1|iso-8859-1|iso-latin-1)-/.test(head) ||
        ['latin1', 'latin', 'l1', 'iso8859-1', 'iso8859', '8859', 'cp819', 'iso-ir-100'].includes(lower))
        return 'latin-1';
    if (['ascii', 'us-ascii', 'us', '646', 'ansi-x3.4-1968', 'iso646-us'].includes(lower))
        return 'ascii';
    let m = /^(?:cp|windows-)(12[5][0-8]|866|874)$/.exec(lower);
    if (m)
        return `cp${m[1]}`;
    m = /^iso-?8859-(\d+)$/.exec(lower);
    if (m)
        return `iso8859-${m[1]}`;
    if (['macroman', 'mac-roman', 'macintosh'].includes(lower))
        return 'mac-roman';
    if (lower === 'koi8r')
        return 'koi8-r';
    if (lower === 'koi8u')
        return 'koi8-u';
    return lower;
}
/** The first line (through its newline), as latin-1 text: only its ASCII matters. */
function lineAt(bytes, start) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return { text, end };
}
/**
 * Can the line starting at `offset` match COOKIE or BLANK_OR_COMMENT? Both
 * need it to start with blanks then `#`, a line break or the end: one byte
 * answers for nearly every file (a docstring, an import), without building
 * the line as a string.
 */
function mayDeclare(bytes, offset) {
    if (offset >= bytes.length)
        return true;
    const b = bytes[offset];
    return b === 0x23 || b === 0x20 || b === 0x09 || b === 0x0c || b === 0x0a || b === 0x0d;
}
function findDeclaration(bytes, offset) {
    if (!mayDeclare(bytes, offset))
        return undefined;
    const first = lineAt(bytes, offset);
    let m = COOKIE.exec(first.text);
    if (m)
        return { name: m[1], line: 1 };
    if (!BLANK_OR_COMMENT.test(first.text) || first.end >= bytes.length)
        return undefined;
    m = COOKIE.exec(lineAt(bytes, first.end).text);
    return m ? { name: m[1], line: 2 } : undefined;
}
const tables = new Map();
/** A single-byte codec as two lookup tables, built once from Node's decoder. */
function table(whatwg) {
    let t = tables.get(whatwg);
    if (!t) {
        const decoder = new TextDecoder(whatwg, { fatal: true });
        const decode = [];
        const encode = new Map();
        for (let b = 0; b < 256; b++) {
            try {
                const ch = decoder.decode(Uint8Array.of(b));
                decode[b] = ch;
                encode.set(ch, b);
            }
            catch {
                decode[b] = ''; // undefined in this codec
            }
        }
        t = { decode, encode };
        tables.set(whatwg, t);
    }
    return t;
}
function position(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart };
}
/**
 * Offset of the first byte that makes UTF-8 decoding fail. Streaming decodes
 * only throw on sequences that are definitely invalid (a prefix cut inside a
 * character is merely incomplete), so "does the prefix of length n throw" is
 * monotonic in n and a binary search finds the spot with Node's own validator.
 */
function firstInvalidUtf8(bytes) {
    const fails = (n) => {
        try {
            new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), {
                stream: true,
            });
            return false;
        }
        catch {
            return true;
        }
    };
    let lo = 0;
    let hi = bytes.length;
    if (!fails(hi))
        return hi; // only an incomplete sequence at the very end
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (fails(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    // `lo` bytes are needed to see the failure, so byte lo - 1 is where it shows.
    // When that byte cuts short a multi-byte character, blame the character's
    // lead byte, as CPython does ("invalid continuation byte" at the lead).
    const at = Math.max(0, lo - 1);
    for (let k = 1; k <= 3 && at - k >= 0; k++) {
        const b = bytes[at - k];
        if (b >= 0xc0) {
            const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            return at - k + length - 1 >= at ? at - k : at;
        }
        if ((b & 0xc0) !== 0x80)
            break;
    }
    return at;
}
function notValid(encoding, file, bytes, offset) {
    const { line, column } = position(bytes, offset);
    const byte = bytes[offset];
    const shown = byte === undefined
        ? 'a truncated character at the end'
        : `byte 0x${byte.toString(16).padStart(2, '0')}`;
    return new errors/* ActionError */.lZ(`${file}:${line}: ${shown} is not valid ${encoding}.`, {
        title: `Not valid ${encoding}`,
        file,
        line,
        column: column + 1,
        hint: encoding === 'utf-8'
            ? 'Python reads source files as UTF-8 unless line 1 or 2 declares another encoding (PEP 263): re-save the file as UTF-8, or add a `# -*- coding: <encoding> -*-` line.'
            : `Line 1 or 2 declares ${encoding} (PEP 263): fix the declaration or re-save the file in that encoding.`,
    });
}
// One of each serves every file (a decode without `stream` starts afresh):
// constructing them per file cost about as much as decoding a small file.
// ignoreBOM: a second BOM after the first is text and must survive the round trip.
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_ENCODER = new TextEncoder();
/** Decodes a Python source file the way CPython's tokenizer does (PEP 263, PEP 3120). */
function decodePythonSource(bytes, file) {
    const bom = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
    const start = bom ? 3 : 0;
    const declaration = findDeclaration(bytes, start);
    const encoding = declaration ? canonicalName(declaration.name) : 'utf-8';
    const codec = CODECS.get(encoding);
    if (declaration && bom && encoding !== 'utf-8') {
        throw new errors/* ActionError */.lZ(`${file}:${declaration.line}: the file starts with a UTF-8 byte order mark but declares ${declaration.name}.`, {
            title: `Not valid ${declaration.name}`,
            file,
            line: declaration.line,
            hint: 'CPython refuses this ("encoding problem: utf-8"): drop the byte order mark or the declaration.',
        });
    }
    if (!codec) {
        throw new errors/* ActionError */.lZ(`${file}:${declaration?.line ?? 1}: unsupported source encoding '${declaration?.name}'.`, {
            title: 'Unsupported source encoding',
            file,
            line: declaration?.line ?? 1,
            hint: 'The build rewrites imports and must write the file back byte for byte; it handles UTF-8, ASCII, Latin-1 and the single-byte code pages. Re-save the file as UTF-8 and drop the coding line.',
        });
    }
    const body = bytes.subarray(start);
    let text;
    switch (codec.kind) {
        case 'utf-8':
            try {
                text = UTF8_DECODER.decode(body);
            }
            catch {
                throw notValid('utf-8', file, bytes, start + firstInvalidUtf8(body));
            }
            break;
        case 'ascii':
        case 'latin-1': {
            // Latin-1 is the first 256 code points, so bytes map straight across.
            const limit = codec.kind === 'ascii' ? 0x80 : 0x100;
            const parts = [];
            for (let i = 0; i < body.length; i += 8192) {
                const chunk = body.subarray(i, i + 8192);
                const bad = chunk.findIndex((b) => b >= limit);
                if (bad !== -1)
                    throw notValid(encoding, file, bytes, start + i + bad);
                parts.push(String.fromCharCode(...chunk));
            }
            text = parts.join('');
            break;
        }
        case 'table': {
            const { decode } = table(codec.whatwg);
            const parts = new Array(body.length);
            for (let i = 0; i < body.length; i++) {
                const ch = decode[body[i]];
                if (ch === '')
                    throw notValid(encoding, file, bytes, start + i);
                parts[i] = ch;
            }
            text = parts.join('');
            break;
        }
    }
    return { text, encoding, bom };
}
/** Encodes text back into the file's declared encoding: `encode(decode(b))` equals `b`. */
function encodePythonSource(source) {
    const codec = CODECS.get(source.encoding) ?? CODECS.get(canonicalName(source.encoding));
    if (!codec)
        throw new Error(`encodePythonSource: unknown encoding ${source.encoding}`);
    const { text } = source;
    let body;
    switch (codec.kind) {
        case 'utf-8':
            body = UTF8_ENCODER.encode(text);
            break;
        case 'ascii':
        case 'latin-1': {
            const limit = codec.kind === 'ascii' ? 0x80 : 0x100;
            body = new Uint8Array(text.length);
            for (let i = 0; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c >= limit)
                    throw unencodable(source, i);
                body[i] = c;
            }
            break;
        }
        case 'table': {
            const { encode } = table(codec.whatwg);
            const out = [];
            for (const ch of text) {
                const b = encode.get(ch);
                if (b === undefined)
                    throw unencodable(source, text.indexOf(ch));
                out.push(b);
            }
            body = Uint8Array.from(out);
            break;
        }
    }
    if (!source.bom)
        return body;
    const withBom = new Uint8Array(body.length + 3);
    withBom.set(BOM);
    withBom.set(body, 3);
    return withBom;
}
function unencodable(source, index) {
    const line = source.text.slice(0, index).split('\n').length;
    return new ActionError(`Character U+${source.text.codePointAt(index).toString(16).toUpperCase().padStart(4, '0')} on line ${line} cannot be written as ${source.encoding}.`, { title: `Not valid ${source.encoding}`, line });
}

;// CONCATENATED MODULE: ./packages/template/files.ts
/**
 * The template's Python files: the `paths` globs (one per line; a line
 * starting with `!` excludes), found with Node's own fs.glob. Folders that
 * are never the template's code (.git, virtualenvs, caches, node_modules)
 * are not walked at all.
 */




const NEVER_WALKED = new Set([
    '.git',
    'node_modules',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
]);
async function findTemplateFiles(root, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    for await (const rel of (0,promises_namespaceObject.glob)(include, {
        cwd: root,
        exclude: (name) => NEVER_WALKED.has(external_node_path_default().basename(name)),
    })) {
        const posix = rel.split((external_node_path_default()).sep).join('/');
        if (exclude.some((x) => external_node_path_default().posix.matchesGlob(posix, x)))
            continue;
        if ((await (0,promises_namespaceObject.stat)(external_node_path_default().join(root, rel))).isFile())
            found.add(posix);
    }
    return [...found].sort();
}
/** Reads each file as CPython would decode it (PEP 263), so line numbers match. */
async function readTemplateFiles(root, paths) {
    return Promise.all(paths.map(async (p) => {
        let bytes;
        try {
            bytes = await (0,promises_namespaceObject.readFile)(external_node_path_default().join(root, p));
        }
        catch (e) {
            throw new errors/* ActionError */.lZ(`Cannot read ${p}: ${e.message}`, {
                file: p,
                input: 'paths',
            });
        }
        return { path: p, source: decodePythonSource(bytes, p).text };
    }));
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
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
        throw new errors/* ActionError */.lZ(withMetadata.length === 0
            ? `${where} has no *.dist-info/METADATA: it is not a wheel pip would install.`
            : `${where} holds several metadata folders (${withMetadata.join(', ')}) and none is named as the file.`, { title: 'Not a wheel', hint: 'Build it with python -m build --wheel.' });
    }
    if (distInfos.length !== 1) {
        throw new errors/* ActionError */.lZ(`${where} has ${distInfos.length === 0 ? 'no' : `${distInfos.length}`} .dist-info folders (a wheel has exactly one).`, { title: 'Invalid wheel', details: distInfos });
    }
    const distInfo = distInfos[0];
    if (fileName !== undefined && expectedDistInfo(fileName) !== distInfo) {
        throw new errors/* ActionError */.lZ(`${where}: its metadata folder ${distInfo} does not match the file name.`, {
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
        throw new errors/* ActionError */.lZ(`${where} is not a readable zip archive: ${e.message}`, {
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
        throw new errors/* ActionError */.lZ(`${where} lacks ${distInfo}/${metadataText === undefined ? 'METADATA' : 'WHEEL'}.`, {
            title: 'Invalid wheel',
        });
    }
    const metadata = metadata_parseMetadata(metadataText, { strict });
    const missing = ['Name', 'Version'].find((field) => !metadata.get(field));
    if (missing !== undefined) {
        throw new errors/* ActionError */.lZ(`${where}: ${distInfo}/METADATA lacks ${missing}.`, {
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

// EXTERNAL MODULE: ./packages/toolkit/slashes.ts
var slashes = __nccwpck_require__(5062);
;// CONCATENATED MODULE: ./packages/index/urls.ts
/**
 * Where things live on an index, from the legacy upload URL users configure.
 */



/**
 * The index root for an upload URL: PyPI and TestPyPI upload to a separate
 * host (upload.pypi.org) from the one that serves the simple and JSON APIs;
 * any other index (devpi, a sandbox) serves everything from one origin.
 */
function deriveIndexUrl(uploadUrl, inputName = 'repository-url') {
    let u;
    try {
        u = new URL(uploadUrl);
    }
    catch {
        throw new ActionError(`'${uploadUrl}' is not a URL.`, {
            input: inputName,
            hint: 'Use https://upload.pypi.org/legacy/ for PyPI or https://test.pypi.org/legacy/ for TestPyPI.',
        });
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new ActionError(`'${uploadUrl}' is not an http(s) URL.`, { input: inputName });
    }
    if (u.hostname === 'upload.pypi.org')
        return 'https://pypi.org';
    if (u.hostname === 'test.pypi.org')
        return 'https://test.pypi.org';
    return u.origin;
}
/**
 * The project's path segment: its PEP 503 form (what index URLs use; the
 * index would redirect any other spelling), trimmed, and escaped in case a
 * caller passes something that is not a project name at all.
 */
function projectSegment(project) {
    return encodeURIComponent(normalizeName(project.trim()));
}
function simpleProjectUrl(indexUrl, project) {
    return `${trimSlash(indexUrl)}/simple/${projectSegment(project)}/`;
}
/** The JSON API of a whole project (every release). */
function jsonProjectUrl(indexUrl, project) {
    return `${trimSlash(indexUrl)}/pypi/${projectSegment(project)}/json`;
}
/** The JSON API of one release. */
function jsonReleaseUrl(indexUrl, project, version) {
    return `${(0,slashes/* trimSlash */.Y)(indexUrl)}/pypi/${projectSegment(project)}/${encodeURIComponent(version)}/json`;
}
/** The release page users click through to. */
function projectPageUrl(indexUrl, project, version) {
    return `${trimSlash(indexUrl)}/project/${projectSegment(project)}/${encodeURIComponent(version)}/`;
}

;// CONCATENATED MODULE: ./packages/index/release.ts
/**
 * One release on an index, from its JSON API
 * (`GET {index}/pypi/{name}/{version}/json`), and the download of one of its
 * files checked against the sha256 the index lists. mirror-guard (the
 * published sdist) and template-check (the published wheel) read releases
 * through these, over the one HttpClient and its retries.
 */



function resolveUrl(href, base) {
    if (!href)
        return undefined;
    try {
        return new URL(href, base).toString();
    }
    catch {
        return undefined;
    }
}
/** The JSON API's description of `project` `version`; any status is an answer, only retries running out throw. */
async function fetchRelease(http, indexUrl, project, version, purpose = `the index's release page of ${project} ${version}`) {
    const url = jsonReleaseUrl(indexUrl, project, version);
    const { res, body } = await http.getJson(url, {}, purpose);
    if (res.status !== 200 || !body || !Array.isArray(body.urls)) {
        return { url, status: res.status, files: undefined };
    }
    const files = body.urls.map((f) => {
        const file = { yanked: f.yanked === true };
        if (f.filename !== undefined)
            file.filename = f.filename;
        const resolved = resolveUrl(f.url, url);
        if (resolved !== undefined)
            file.url = resolved;
        if (f.packagetype !== undefined)
            file.packagetype = f.packagetype;
        if (f.digests?.sha256)
            file.sha256 = f.digests.sha256.toLowerCase();
        if (typeof f.requires_python === 'string')
            file.requires_python = f.requires_python;
        if (typeof f.size === 'number')
            file.size = f.size;
        return file;
    });
    return { url, status: res.status, files };
}
/** Downloads one file of a release; a status other than 200, or bytes that do not hash to the listed sha256, are errors. */
async function downloadFile(http, options) {
    const { url, filename, kind } = options;
    const req = { url, purpose: `the download of ${filename}` };
    if (options.timeoutMs !== undefined)
        req.timeoutMs = options.timeoutMs;
    const res = await http.request(req);
    if (res.status !== 200) {
        throw new errors/* ActionError */.lZ(`The index answered HTTP ${res.status} for ${url}.`, {
            status: res.status,
            url,
            title: `${kind} download failed`,
            hint: 'The release document names a file the index does not serve; re-run later.',
        });
    }
    const data = new Uint8Array(await res.arrayBuffer());
    const sha256 = files_sha256Hex(data);
    const listed = options.expectedSha256?.toLowerCase();
    if (listed && listed !== sha256) {
        throw new errors/* ActionError */.lZ(`${filename} from ${url} hashes to sha256 ${sha256}, but the index lists ${listed}.`, {
            url,
            title: `${kind} download corrupted`,
            hint: 'The download was altered on the way (a proxy or mirror) or the index is inconsistent; re-run the job, and check index-url.',
        });
    }
    return { data, sha256 };
}

;// CONCATENATED MODULE: ./packages/template/published.ts
/**
 * What the published runtime says about itself, read from the wheel the
 * index serves (not from the monorepo): its Requires-Python and the list of
 * runtime modules (`<import-name>/_runtime_modules.json`, written by build).
 * The JSON API (`GET {index}/pypi/{name}/{version}/json`) names the wheel;
 * the wheel is downloaded and checked against the sha256 the index lists
 * (packages/index/release.ts) and read with packages/distribution/read.ts.
 */



/**
 * The runtime's module list: the manifest when the wheel has one, else (older
 * wheels) every module and package directly under the import package.
 */
function runtimeModulesOf(wheel) {
    if (wheel.runtimeModules) {
        return {
            importName: wheel.runtimeModules.importName,
            topLevelModules: [...wheel.runtimeModules.top_level_modules].sort(),
            subpackages: [...wheel.runtimeModules.subpackages].sort(),
            source: 'manifest',
        };
    }
    // The import package: the top-level name holding the most Python files.
    const counts = new Map();
    for (const p of wheel.files.keys()) {
        const top = p.split('/')[0];
        if (p.endsWith('.py') && wheel.topLevel.includes(top))
            counts.set(top, (counts.get(top) ?? 0) + 1);
    }
    const importName = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ??
        wheel.topLevel[0] ??
        '';
    const modules = new Set();
    const packages = new Set();
    for (const p of wheel.files.keys()) {
        const parts = p.split('/');
        if (parts[0] !== importName || !p.endsWith('.py'))
            continue;
        if (parts.length === 2 && parts[1] !== '__init__.py')
            modules.add(parts[1].slice(0, -3));
        // Only importable folder names: a folder such as adapters/google-adk cannot be imported.
        else if (parts.length > 2 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(parts[1]))
            packages.add(parts[1]);
    }
    return {
        importName,
        topLevelModules: [...modules].sort(),
        subpackages: [...packages].sort(),
        source: 'file-list',
    };
}
async function fetchPublishedRuntime(options) {
    const { indexUrl, packageName, version, http } = options;
    const release = await fetchRelease(http, indexUrl, packageName, version, `the release ${packageName} ${version}`);
    const releaseUrl = release.url;
    if (release.status === 404) {
        throw new errors/* ActionError */.lZ(`${packageName} ${version} is not on the index at ${indexUrl}.`, {
            title: 'Runtime version not found',
            status: 404,
            url: releaseUrl,
            input: 'version',
            hint: 'Check the version, or run wait-for-pypi before template-check: a release can take a minute to appear.',
        });
    }
    if (release.status !== 200 || !release.files) {
        throw new errors/* ActionError */.lZ(`The index's JSON API did not describe ${packageName} ${version}.`, {
            title: 'Index answer unreadable',
            status: release.status,
            url: releaseUrl,
        });
    }
    const files = release.files;
    const wheels = files.filter((f) => f.packagetype === 'bdist_wheel' && f.url && f.filename);
    // The runtime is pure Python; prefer the universal wheel when there are several.
    const chosen = wheels.find((f) => f.filename?.endsWith('-none-any.whl')) ?? wheels[0];
    if (!chosen?.url || !chosen.filename) {
        throw new errors/* ActionError */.lZ(`${packageName} ${version} has no wheel on the index (files: ${files.map((f) => f.filename).join(', ') || 'none'}).`, {
            title: 'No wheel published',
            url: releaseUrl,
            hint: 'Publish the wheel with the sdist (the build action writes both).',
        });
    }
    const wheelUrl = chosen.url;
    const { data } = await downloadFile(http, {
        url: wheelUrl,
        filename: chosen.filename,
        expectedSha256: chosen.sha256,
        kind: 'Wheel',
    });
    const wheel = parseWheel(data, chosen.filename);
    return {
        releaseUrl,
        wheelUrl,
        wheelName: chosen.filename,
        requiresPython: wheel.metadata.get('Requires-Python')?.trim() || undefined,
        modules: runtimeModulesOf(wheel),
    };
}

;// CONCATENATED MODULE: ./packages/template/template-check.ts
/**
 * template-check: before a template image is built, check the template
 * against the runtime release it will install: the Dockerfile's Python
 * against the wheel's Requires-Python, and every Python file for bare
 * imports of runtime modules. All problems are reported in one run, each on
 * its line.
 */









const VERDICTS = {
    ok: '✅ allowed',
    'no-requires-python': '✅ (no Requires-Python)',
    below: '❌ below the floor',
    above: '❌ above the ceiling',
    excluded: '❌ excluded',
    'patch-dependent': '⚠️ depends on the patch release',
    unknown: '⚠️ not checked',
};
async function template_check_run(inputs, io) {
    const out = new OutputWriter(io);
    const { packageName, version, root, dockerfile: dockerfilePath } = inputs;
    let dockerfileText;
    try {
        dockerfileText = await (0,promises_namespaceObject.readFile)(external_node_path_default().resolve(root, dockerfilePath), 'utf8');
    }
    catch (e) {
        throw new errors/* ActionError */.lZ(`Cannot read the Dockerfile ${dockerfilePath}: ${e.message}`, {
            input: 'dockerfile',
            hint: 'Check out the template first (actions/checkout), and name its Dockerfile relative to the repository root.',
        });
    }
    const files = await readTemplateFiles(root, await findTemplateFiles(root, inputs.patterns));
    const http = new IndexHttpClient({
        onRetry: (r) => io.info(`Retrying ${r.url} in ${(r.delayMs / 1000).toFixed(1)} s: ${r.reason}`),
    });
    const runtime = await fetchPublishedRuntime({
        indexUrl: inputs.indexUrl,
        packageName,
        version,
        http,
    });
    io.info(`${runtime.wheelName}: Requires-Python ${runtime.requiresPython ?? '(none)'}; ${runtime.modules.topLevelModules.length + runtime.modules.subpackages.length} runtime modules (${runtime.modules.source}).`);
    const result = await checkTemplate({
        packageName,
        version,
        dockerfile: { path: dockerfilePath, text: dockerfileText },
        files,
        runtime,
    });
    for (const w of result.warnings)
        io.warning(w.message, w);
    out.set('python', result.python.version ?? '');
    out.set('requires-python', runtime.requiresPython ?? '');
    const text = summary(inputs, runtime, result, files.length);
    await io.summary(text);
    if (result.errors.length === 1)
        throw result.errors[0];
    if (result.errors.length > 1) {
        throw new errors/* ActionErrors */.o9(`template-check found ${result.errors.length} problems (each annotated on its line).`, result.errors);
    }
    io.info(`${files.length} Python files checked; the image's Python ${result.python.version ?? '(unknown)'} and ${runtime.requiresPython ?? 'no Requires-Python'}: ${VERDICTS[result.floor.verdict]}.`);
    return { outputs: out.outputs, summary: text };
}
/** The step summary: the floor check in one row, then each bare import with its fix. */
function summary(inputs, runtime, result, filesChecked) {
    const bare = result.imports.found.filter((b) => !b.inTypeChecking);
    let text = heading(`${result.errors.length === 0 ? '✅' : '❌'} Template check against ${inputs.packageName} ${inputs.version}`) +
        markdownTable([
            'Image Python',
            'Requires-Python',
            'Verdict',
            'Files checked',
            'Bare imports found',
            'Runtime modules from',
        ], [
            [
                result.python.version
                    ? `${result.python.version} (${code(`${inputs.dockerfile}:${result.python.line}`)})`
                    : 'unknown',
                runtime.requiresPython ?? '—',
                VERDICTS[result.floor.verdict],
                filesChecked,
                bare.length,
                runtime.modules.source === 'manifest'
                    ? code('_runtime_modules.json')
                    : 'the wheel’s file list',
            ],
        ]);
    if (bare.length > 0) {
        text +=
            '\n' +
                markdownTable(['Where', 'Written', 'Fixed'], bare.map((b) => [code(`${b.file}:${b.line}`), code(b.statement), code(b.fixed)]));
    }
    return text;
}


/***/ }),

/***/ 9996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ formatActionError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   o9: () => (/* binding */ ActionErrors)
/* harmony export */ });
/* unused harmony exports throwIfAny, isActionError */
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
/* harmony export */   Ks: () => (/* binding */ parseIndexRoot),
/* harmony export */   xl: () => (/* binding */ parseMultiline)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseList, parseDuration, parseInteger, parseChoice, parseKeyValues, parseJsonObject, parseUrl, parseSha, parseRepository, parseTagPrefix, parseJsonList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9996);
/* harmony import */ var _slashes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5062);
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
        throw new ActionError(`Input '${input}' must be a duration such as 90s, 5m or 1h30m, got '${raw}'.`, { input });
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
    throw new ActionError(`Input '${input}' must be one of ${choices.join(', ')}, got '${raw}'.`, {
        input,
    });
}
/** Multiline `KEY=VALUE` pairs. */
function parseKeyValues(raw, input) {
    const out = {};
    for (const line of parseMultiline(raw)) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new ActionError(`Input '${input}': expected KEY=VALUE, got '${line}'.`, { input });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`'${raw}' is not a URL.`, { input, hint });
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
    return parseUrl((0,_slashes_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlash */ .Y)(raw), input, 'Use the index root, e.g. https://pypi.org.');
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

/***/ 5062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ trimSlash)
/* harmony export */ });
/**
 * Trailing slashes, trimmed by one rule wherever a URL or folder gets a
 * path appended (issue #16: it was written out at a dozen places).
 */
/** `https://pypi.org//` → `https://pypi.org`, `src/` → `src`; every trailing `/` goes, nothing else. */
function trimSlash(text) {
    return text.replace(/\/+$/, '');
}


/***/ }),

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bp: () => (/* binding */ canonicalVersion)
});

// UNUSED EXPORTS: canonicalForm, canonicalPublicVersion

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __nccwpck_require__(8898);
;// CONCATENATED MODULE: ./packages/versions/pep440.ts
/**
 * PEP 440 versions as release tooling needs them: parsed once, compared by
 * the standard's ordering (never `sort -V`, which puts 1.0.0rc1 after 1.0.0
 * and cannot read `.dev1` or `.post1`), printed in canonical form.
 * Parsing and ordering come from @renovatebot/pep440, a port of
 * `packaging.version`; this module only adds the bumping rules. It and
 * specifiers.ts are the only importers of that library (issue #16): every
 * other package asks here, so one parser decides what a version is.
 */

const PRE_KINDS = (/* unused pure expression or super */ null && (['a', 'b', 'rc', 'dev']));
/** Parses a PEP 440 version; undefined when it is not one. */
function pep440_parseVersion(text) {
    const v = (0,pep440.explain)(text.trim());
    if (!v)
        return undefined;
    const pre = Array.isArray(v.pre) && v.pre.length === 2 ? v.pre : null;
    // @types say arrays, the runtime gives numbers or null: normalise both.
    const num = (x) => typeof x === 'number' ? x : Array.isArray(x) && typeof x[1] === 'number' ? x[1] : null;
    const canonical = v.local ? `${v.public}+${v.local}` : v.public;
    return {
        canonical,
        epoch: v.epoch,
        release: v.release,
        pre: pre ? [String(pre[0]), Number(pre[1])] : null,
        post: num(v.post),
        dev: num(v.dev),
        local: v.local,
        isPrerelease: v.is_prerelease,
    };
}
/**
 * True when `text` is a PEP 440 version exactly as written (no surrounding
 * whitespace allowed): what the index accepts in a file name or `Version:`.
 */
function isVersion(text) {
    return valid(text) !== null;
}
/**
 * The local segment (`abc.1` of `1.0+abc.1`) of a version as written, or
 * undefined when it has none or is not a version.
 */
function localSegment(text) {
    return explain(text)?.local ?? undefined;
}
/** PEP 440 equality (`1.0` equals `1.0.0`, `1.0-RC1` equals `1.0rc1`); both must be versions. */
function versionsEqual(a, b) {
    return eq(a, b);
}
/** PEP 440 ordering of two canonical versions: negative, zero or positive. */
function compareVersions(a, b) {
    return compare(typeof a === 'string' ? a : a.canonical, typeof b === 'string' ? b : b.canonical);
}
function sortVersions(items) {
    return [...items].sort((x, y) => compareVersions(x.version, y.version));
}
/**
 * The next final release after `base`: `0.1.9` + patch → `0.1.10`,
 * `1.0` + minor → `1.1.0`. Release segments are padded to three numbers so
 * every tag this suite writes has the same shape; a base's pre/post/dev parts
 * do not matter (`0.1.6.post1` + patch → `0.1.7`).
 */
function bumpRelease(base, bump) {
    const [major = 0, minor = 0, patch = 0] = base.release;
    const next = bump === 'major'
        ? [major + 1, 0, 0]
        : bump === 'minor'
            ? [major, minor + 1, 0]
            : [major, minor, patch + 1];
    return formatRelease(base.epoch, next);
}
function formatRelease(epoch, release) {
    return `${epoch ? `${epoch}!` : ''}${release.join('.')}`;
}
/** `0.2.0` + rc + 1 → `0.2.0rc1`; dev releases are `0.2.0.dev1`. */
function withPre(release, kind, n) {
    return kind === 'dev' ? `${release}.dev${n}` : `${release}${kind}${n}`;
}
/** Same epoch and release segment, trailing zeros aside (`1.0` is `1.0.0`). */
function sameRelease(a, b) {
    const trim = (r) => {
        const out = [...r];
        while (out.length > 1 && out[out.length - 1] === 0)
            out.pop();
        return out.join('.');
    };
    return a.epoch === b.epoch && trim(a.release) === trim(b.release);
}

// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(9996);
;// CONCATENATED MODULE: ./packages/versions/canonical.ts
/**
 * The one version policy of every action (README, "Versions"): a version
 * input is a PEP 440 version in its canonical spelling, the one the index and
 * pip show (0.1.7, 0.2.0rc1, 0.1.7.post1, 0.1.7.dev2). Any other spelling of a
 * valid version (v0.1.7, 0.1.07, 0.2.0-rc.1) is refused with the canonical form
 * suggested, never rewritten silently: the same string is a tag, a file name,
 * a Docker tag and a payload field down the chain, and they must agree.
 */


/**
 * The canonical form of a PEP 440 version (`0.1.06` → `0.1.6`, `1.0-rc1` →
 * `1.0rc1`, `v1.0` → `1.0`), or undefined when it is not one.
 */
function canonicalForm(raw) {
    return pep440_parseVersion(raw)?.canonical;
}
/** Accepts a canonical version; refuses anything else, suggesting the canonical form when there is one. */
function canonicalVersion(raw, input = 'version') {
    const canonical = canonicalForm(raw);
    if (canonical === undefined) {
        throw new errors/* ActionError */.lZ(`Input '${input}': '${raw}' is not a PEP 440 version.`, {
            title: 'Invalid version',
            input,
            hint: 'Use a version such as 0.1.6, 0.2.0rc1, 0.1.6.dev1 or 0.1.6.post1.',
        });
    }
    if (canonical !== raw) {
        throw new errors/* ActionError */.lZ(`Input '${input}': '${raw}' is not in canonical form; use '${canonical}'.`, {
            title: 'Non-canonical version',
            input,
            hint: `PyPI and pip show '${canonical}'; tags, file names and the published version must agree, so write it that way.`,
        });
    }
    return canonical;
}
/**
 * A canonical version with no local segment (`+abc`): one that releases can
 * be numbered from (auto-tag's initial-version; PyPI refuses local versions
 * on upload). Checked as the input is read, so a typo fails the first run
 * and not the first release.
 */
function canonicalPublicVersion(raw, input) {
    const canonical = canonicalVersion(raw, input);
    if (parseVersion(canonical)?.local !== null) {
        throw new ActionError(`${input} '${raw}' is not a PEP 440 version.`, {
            input,
            hint: 'Use a version such as 0.1.0.',
        });
    }
    return canonical;
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

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

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
/******/ var __webpack_exports__ = __nccwpck_require__(2411);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
