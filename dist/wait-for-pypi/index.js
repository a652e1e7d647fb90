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

/***/ 8128:
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
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
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
    process.stdout.write(cmd.toString() + external_os_.EOL);
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
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
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
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
        return this.addRaw(external_os_.EOL);
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

/***/ 3218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8128);
/* harmony import */ var _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7414);
/* harmony import */ var _packages_index_wait_for_pypi_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7983);
/* harmony import */ var _packages_versions_canonical_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1320);
/** wait-for-pypi's entry: action.yml inputs → WaitForPypiInputs (packages/index/wait-for-pypi.ts). */





const { /* input */ "hF": input, /* requiredInput */ "YF": requiredInput } = _runner_js__WEBPACK_IMPORTED_MODULE_1__;
await _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs('wait-for-pypi', async () => {
    const ctx = _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .pO();
    const project = requiredInput('package');
    const version = (0,_packages_versions_canonical_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalVersion */ .Bp)(requiredInput('version'), 'version');
    const indexUrl = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIndexRoot */ .Ks(requiredInput('index-url'), 'index-url');
    const timeoutSeconds = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9(input('timeout'), 'timeout');
    // Checked before the wait (it used to be after it), so a typo does not wait out the timeout first.
    const verify = _packages_toolkit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG(input('verify-provenance'), 'verify-provenance');
    const temp = ctx.runnerTemp || ctx.workspace;
    const downloadDir = input('download-dir') || node_path__WEBPACK_IMPORTED_MODULE_0___default().join(temp, 'verified-dists');
    const provenance = verify
        ? {
            expected: {
                repository: input('expected-repository'),
                workflow: input('expected-workflow'),
            },
            issuer: input('expected-issuer'),
            trustedRoot: input('trusted-root'),
            cacheDir: temp,
            downloadDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.workspace, downloadDir),
        }
        : undefined;
    await (0,_packages_index_wait_for_pypi_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)({ project, version, indexUrl, timeoutSeconds, provenance }, _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerIo */ .Np);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ INDEX_UNREACHABLE),
/* harmony export */   kF: () => (/* binding */ IndexHttpClient)
/* harmony export */ });
/* unused harmony exports INDEX_HTTP, HttpClient */
/* harmony import */ var _toolkit_http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);
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
class IndexHttpClient extends _toolkit_http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq {
    constructor(options = {}) {
        super({ ...INDEX_HTTP, ...options });
    }
}
/**
 * The name the entries still being moved into packages/ (template-check,
 * github-release) import; new code says IndexHttpClient. Issue #16: drop
 * this alias once they do.
 */



/***/ }),

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: progressLine, summary

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

// EXTERNAL MODULE: ./packages/toolkit/summary.ts
var summary = __nccwpck_require__(5143);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(9996);
// EXTERNAL MODULE: ./packages/versions/pep440.ts
var pep440 = __nccwpck_require__(3523);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
function names_parseFilename(filename) {
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
function names_isDistributionFilename(filename) {
    return filename.endsWith('.whl') || filename.endsWith('.tar.gz') || filename.endsWith('.zip');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/distribution/files.ts
/** The files a distribution packs, with the path checks both writers share. */

function files_sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
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
function metadata_parseCoreMetadata(text, options = {}) {
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
    const raw = metadata_parseCoreMetadata(text, { strict: options.strict ?? true });
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
function metadata_parseEntryPoints(text) {
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
    return `sha256=${hash('sha256', data, 'base64url')}`;
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
function record_verifyRecord(files, recordPath) {
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
            if (createHash(algo).update(data).digest('base64url') !== digest) {
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
    return `${path.basename(fileName).split('-').slice(0, 2).join('-')}.dist-info`;
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
        throw new ActionError(withMetadata.length === 0
            ? `${where} has no *.dist-info/METADATA: it is not a wheel pip would install.`
            : `${where} holds several metadata folders (${withMetadata.join(', ')}) and none is named as the file.`, { title: 'Not a wheel', hint: 'Build it with python -m build --wheel.' });
    }
    if (distInfos.length !== 1) {
        throw new ActionError(`${where} has ${distInfos.length === 0 ? 'no' : `${distInfos.length}`} .dist-info folders (a wheel has exactly one).`, { title: 'Invalid wheel', details: distInfos });
    }
    const distInfo = distInfos[0];
    if (fileName !== undefined && expectedDistInfo(fileName) !== distInfo) {
        throw new ActionError(`${where}: its metadata folder ${distInfo} does not match the file name.`, {
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
        files = readZip(data);
    }
    catch (e) {
        throw new ActionError(`${where} is not a readable zip archive: ${e.message}`, {
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
        throw new ActionError(`${where} lacks ${distInfo}/${metadataText === undefined ? 'METADATA' : 'WHEEL'}.`, {
            title: 'Invalid wheel',
        });
    }
    const metadata = parseMetadata(metadataText, { strict });
    const missing = ['Name', 'Version'].find((field) => !metadata.get(field));
    if (missing !== undefined) {
        throw new ActionError(`${where}: ${distInfo}/METADATA lacks ${missing}.`, {
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
        sha256: sha256Hex(data),
        files,
        distInfo,
        metadata,
        wheel: parseMetadata(wheelText ?? '', { strict }),
        entryPoints: parseEntryPoints(text(`${distInfo}/entry_points.txt`) ?? ''),
        topLevel: [...topLevel].sort(),
        text,
    };
    if (strict)
        contents.recordProblems = verifyRecord(files, `${distInfo}/RECORD`);
    if (fileName !== undefined)
        contents.fileName = path.basename(fileName);
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
async function read_readCoreMetadataFile(filename, bytes, parts) {
    return parts.kind === 'wheel'
        ? readWheelMetadataFile(filename, bytes, parts)
        : readSdistMetadataFile(filename, bytes, parts);
}

;// CONCATENATED MODULE: ./packages/index/blake2b.ts
/**
 * BLAKE2b with a 32-byte digest (RFC 7693), for the `blake2_256_digest` field
 * of the upload form and the index's file paths.
 *
 * Written by hand because nothing installed provides it: node:crypto offers
 * only `blake2b512`, and OpenSSL refuses `createHash('blake2b512',
 * {outputLength: 32})` (ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH: BLAKE2b is
 * not an XOF). A truncated BLAKE2b-512 is NOT BLAKE2b-256 either: the digest
 * length is mixed into the initial state. The test suite checks this
 * implementation against Python's `hashlib.blake2b(data, digest_size=32)`.
 *
 * 64-bit words are held as pairs of 32-bit halves (low, high) in a
 * Uint32Array: BigInt arithmetic would be ~50x slower on multi-megabyte wheels.
 */
// The SHA-512 initialisation vector, as (low, high) 32-bit halves.
const IV = new Uint32Array([
    0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
    0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
// The ten permutations of the message words (RFC 7693); the 12 rounds use
// them in turn, rounds 10 and 11 taking 0 and 1 again.
const SIGMA_10 = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const SIGMA = [...SIGMA_10, ...SIGMA_10.slice(0, 2)].map((row) => row.map((i) => i * 2));
const v = new Uint32Array(32);
const m = new Uint32Array(32);
/** v[a] += v[b] (64-bit, word indices already doubled). */
function add(a, b) {
    const lo = v[a] + v[b];
    v[a] = lo;
    v[a + 1] = v[a + 1] + v[b + 1] + (lo >= 0x100000000 ? 1 : 0);
}
/** v[a] += m[i] (64-bit). */
function addMessage(a, i) {
    const lo = v[a] + m[i];
    v[a] = lo;
    v[a + 1] = v[a + 1] + m[i + 1] + (lo >= 0x100000000 ? 1 : 0);
}
/** v[d] = rotr64(v[d] ^ v[a], n) for the four rotation amounts BLAKE2b uses. */
function xorRotate(d, a, n) {
    const lo = v[d] ^ v[a];
    const hi = v[d + 1] ^ v[a + 1];
    if (n === 32) {
        v[d] = hi;
        v[d + 1] = lo;
    }
    else if (n === 63) {
        v[d] = (lo << 1) | (hi >>> 31);
        v[d + 1] = (hi << 1) | (lo >>> 31);
    }
    else {
        v[d] = (lo >>> n) | (hi << (32 - n));
        v[d + 1] = (hi >>> n) | (lo << (32 - n));
    }
}
function mix(a, b, c, d, x, y) {
    add(a, b);
    addMessage(a, x);
    xorRotate(d, a, 32);
    add(c, d);
    xorRotate(b, c, 24);
    add(a, b);
    addMessage(a, y);
    xorRotate(d, a, 16);
    add(c, d);
    xorRotate(b, c, 63);
}
function compress(h, block, offset, counter, last) {
    for (let i = 0; i < 16; i++) {
        v[i] = h[i];
        v[i + 16] = IV[i];
    }
    // The byte counter is < 2^53 here, so its high 64-bit word stays zero.
    v[24] = v[24] ^ counter;
    v[25] = v[25] ^ Math.floor(counter / 0x100000000);
    if (last) {
        v[28] = ~v[28];
        v[29] = ~v[29];
    }
    for (let i = 0; i < 32; i++) {
        const o = offset + i * 4;
        m[i] =
            block[o] |
                (block[o + 1] << 8) |
                (block[o + 2] << 16) |
                (block[o + 3] << 24);
    }
    for (const s of SIGMA) {
        mix(0, 8, 16, 24, s[0], s[1]);
        mix(2, 10, 18, 26, s[2], s[3]);
        mix(4, 12, 20, 28, s[4], s[5]);
        mix(6, 14, 22, 30, s[6], s[7]);
        mix(0, 10, 20, 30, s[8], s[9]);
        mix(2, 12, 22, 24, s[10], s[11]);
        mix(4, 14, 16, 26, s[12], s[13]);
        mix(6, 8, 18, 28, s[14], s[15]);
    }
    for (let i = 0; i < 16; i++)
        h[i] = h[i] ^ v[i] ^ v[i + 16];
}
/** Unkeyed BLAKE2b of `data` with a `digestBytes`-byte digest (1..64), as lowercase hex. */
function blake2bHex(data, digestBytes = 32) {
    if (!Number.isInteger(digestBytes) || digestBytes < 1 || digestBytes > 64) {
        throw new RangeError(`BLAKE2b digest length must be 1..64 bytes, got ${digestBytes}`);
    }
    const h = new Uint32Array(IV);
    // Parameter block: digest length, key length 0, fanout 1, depth 1.
    h[0] = h[0] ^ 0x01010000 ^ digestBytes;
    const full = data.length === 0 ? 0 : Math.floor((data.length - 1) / 128);
    for (let i = 0; i < full; i++)
        compress(h, data, i * 128, (i + 1) * 128, false);
    const tail = new Uint8Array(128);
    tail.set(data.subarray(full * 128));
    compress(h, tail, 0, data.length, true);
    const out = new Uint8Array(64);
    for (let i = 0; i < 16; i++) {
        const w = h[i];
        out[i * 4] = w & 0xff;
        out[i * 4 + 1] = (w >>> 8) & 0xff;
        out[i * 4 + 2] = (w >>> 16) & 0xff;
        out[i * 4 + 3] = (w >>> 24) & 0xff;
    }
    return Buffer.from(out.subarray(0, digestBytes)).toString('hex');
}
/** BLAKE2b-256, the digest PyPI calls `blake2_256`. */
function blake2b_blake2b256Hex(data) {
    return blake2bHex(data, 32);
}

;// CONCATENATED MODULE: ./packages/index/metadata.ts


/** Case-insensitive field lookup (email headers are case-insensitive). */
function getAll(meta, field) {
    const want = field.toLowerCase();
    return meta.headers.filter(([k]) => k.toLowerCase() === want).map(([k, v]) => unfold(k, v));
}
/** The first value of a single-use field, undefined when absent or `UNKNOWN`. */
function metadata_getOne(meta, field) {
    const first = getAll(meta, field)[0];
    return first === undefined || first === 'UNKNOWN' ? undefined : first;
}
function unfold(field, raw) {
    if (field.toLowerCase() === 'description') {
        return raw
            .trim()
            .split('\n')
            .map((l) => (l.startsWith('        ') ? l.slice(8) : l))
            .join('\n');
    }
    return raw
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim();
}
/** The description: the body when there is one, else the Description header. */
function description(meta) {
    return meta.body !== '' ? meta.body : metadata_getOne(meta, 'Description');
}
/**
 * Core-metadata fields and the form names of the legacy upload API, in the
 * order twine sends them. The form names are the keys Warehouse maps back to
 * metadata (packaging's RawMetadata names, with `platform` and
 * `supported_platform` singular).
 */
const FORM_FIELDS = [
    { field: 'Summary', form: 'summary', multiple: false },
    { field: 'Home-page', form: 'home_page', multiple: false },
    { field: 'Author', form: 'author', multiple: false },
    { field: 'Author-email', form: 'author_email', multiple: false },
    { field: 'Maintainer', form: 'maintainer', multiple: false },
    { field: 'Maintainer-email', form: 'maintainer_email', multiple: false },
    { field: 'License', form: 'license', multiple: false },
    { field: 'License-Expression', form: 'license_expression', multiple: false },
    { field: 'License-File', form: 'license_files', multiple: true },
    // description goes here (body or header), see uploadFields
    { field: 'Keywords', form: 'keywords', multiple: false },
    { field: 'Platform', form: 'platform', multiple: true },
    { field: 'Classifier', form: 'classifiers', multiple: true },
    { field: 'Download-URL', form: 'download_url', multiple: false },
    { field: 'Supported-Platform', form: 'supported_platform', multiple: true },
    { field: 'Provides', form: 'provides', multiple: true },
    { field: 'Requires', form: 'requires', multiple: true },
    { field: 'Obsoletes', form: 'obsoletes', multiple: true },
    { field: 'Project-URL', form: 'project_urls', multiple: true },
    { field: 'Provides-Dist', form: 'provides_dist', multiple: true },
    { field: 'Obsoletes-Dist', form: 'obsoletes_dist', multiple: true },
    { field: 'Requires-Dist', form: 'requires_dist', multiple: true },
    { field: 'Requires-External', form: 'requires_external', multiple: true },
    { field: 'Requires-Python', form: 'requires_python', multiple: false },
    { field: 'Provides-Extra', form: 'provides_extra', multiple: true },
    { field: 'Description-Content-Type', form: 'description_content_type', multiple: false },
    { field: 'Dynamic', form: 'dynamic', multiple: true },
];
/** Metadata versions the core metadata specification defines and PyPI accepts. */
const KNOWN_METADATA_VERSIONS = (/* unused pure expression or super */ null && ([
    '1.0',
    '1.1',
    '1.2',
    '2.0',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
]));
/**
 * The metadata part of the upload form as ordered [name, value] pairs; a
 * multi-use field appears once per value, absent fields not at all.
 */
function metadataFormFields(meta) {
    const out = [];
    for (const { field, form, multiple } of FORM_FIELDS) {
        if (multiple) {
            for (const value of getAll(meta, field))
                out.push([form, value]);
        }
        else {
            const value = metadata_getOne(meta, field);
            if (value !== undefined)
                out.push([form, value]);
        }
        if (field === 'License') {
            const d = description(meta);
            if (d !== undefined)
                out.push(['description', d]);
        }
    }
    return out;
}
/**
 * The name twine puts in the `name` form field (pkg_resources.safe_name):
 * runs of anything but letters, digits and `.` become one `-`. Kept so that
 * what reaches the index is what twine would have sent.
 */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}

;// CONCATENATED MODULE: ./packages/index/distribution.ts
/**
 * A distribution file read back for upload: its bytes, digests, the core
 * metadata inside it (wheel: `<name>-<version>.dist-info/METADATA`; sdist:
 * `<name>-<version>/PKG-INFO`) and what its filename claims.
 */









/** Reads one distribution file: bytes, digests and metadata. */
async function readDistribution(file) {
    const filename = path.basename(file);
    const parts = parseFilename(filename);
    if (!parts) {
        throw new ActionError(`${filename} is neither a wheel (name-version-python-abi-platform.whl) nor an sdist (name-version.tar.gz).`, {
            title: 'Unknown distribution',
            hint: 'Only wheels and sdists can be uploaded; remove other files from the folder.',
        });
    }
    const bytes = new Uint8Array(await readFile(file));
    const found = await readCoreMetadataFile(filename, bytes, parts);
    const metadata = parseCoreMetadata(found.text);
    return {
        path: file,
        filename,
        kind: parts.kind,
        filetype: parts.kind === 'wheel' ? 'bdist_wheel' : 'sdist',
        pyversion: parts.kind === 'wheel' ? parts.python : 'source',
        bytes,
        size: bytes.length,
        sha256: sha256Hex(bytes),
        blake2_256: blake2b256Hex(bytes),
        parts,
        metadataPath: found.path,
        metadata,
        metadataVersion: getOne(metadata, 'Metadata-Version'),
        name: getOne(metadata, 'Name'),
        version: getOne(metadata, 'Version'),
        ...(found.topLevel !== undefined ? { topLevel: found.topLevel } : {}),
    };
}
/**
 * Every distribution in `dir`, wheels first (an installer that finds the
 * version listed picks the wheel, so it should never see an sdist-only
 * window), then sdists, each group by name. Signatures and other files are
 * ignored.
 */
async function findDistributions(dir, inputName = 'packages-dir') {
    let names;
    try {
        names = await readdir(dir);
    }
    catch (e) {
        const code = e.code;
        throw new ActionError(`The folder ${dir} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}.`, {
            input: inputName,
            title: 'No distributions',
            hint: "Build the wheel and sdist first, or download the build job's artifact into this folder.",
        });
    }
    const dists = names.filter(isDistributionFilename).sort((a, b) => {
        const wa = a.endsWith('.whl') ? 0 : 1;
        const wb = b.endsWith('.whl') ? 0 : 1;
        return wa - wb || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (dists.length === 0) {
        throw new ActionError(`The folder ${dir} holds no distributions (*.whl, *.tar.gz)${names.length ? `; it has: ${names.slice(0, 10).join(', ')}` : ' (it is empty)'}.`, {
            input: inputName,
            title: 'No distributions',
            hint: "Build the wheel and sdist first, or download the build job's artifact into this folder.",
        });
    }
    return Promise.all(dists.map((n) => readDistribution(path.join(dir, n))));
}

// EXTERNAL MODULE: ./packages/toolkit/http.ts
var toolkit_http = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./packages/index/http.ts
var index_http = __nccwpck_require__(5885);
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
    return `${(0,slashes/* trimSlash */.Y)(indexUrl)}/simple/${projectSegment(project)}/`;
}
/** The JSON API of a whole project (every release). */
function jsonProjectUrl(indexUrl, project) {
    return `${trimSlash(indexUrl)}/pypi/${projectSegment(project)}/json`;
}
/** The JSON API of one release. */
function jsonReleaseUrl(indexUrl, project, version) {
    return `${trimSlash(indexUrl)}/pypi/${projectSegment(project)}/${encodeURIComponent(version)}/json`;
}
/** The release page users click through to. */
function projectPageUrl(indexUrl, project, version) {
    return `${trimSlash(indexUrl)}/project/${projectSegment(project)}/${encodeURIComponent(version)}/`;
}

;// CONCATENATED MODULE: ./packages/index/simple.ts
/**
 * The simple repository API as installers see it: PEP 691 JSON, with the
 * PEP 503 HTML page as a fallback for indexes that serve only HTML. What this
 * lists is what `pip install` can find, so "visible" means listed here.
 */







const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1';
function versionOf(filename) {
    return names_parseFilename(filename)?.version ?? '';
}
function htmlUnescape(s) {
    return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_m, e) => {
        const l = e.toLowerCase();
        if (l === 'amp')
            return '&';
        if (l === 'lt')
            return '<';
        if (l === 'gt')
            return '>';
        if (l === 'quot')
            return '"';
        if (l === 'apos' || l === '#39')
            return "'";
        if (l.startsWith('#x'))
            return String.fromCodePoint(parseInt(l.slice(2), 16));
        return String.fromCodePoint(parseInt(l.slice(1), 10));
    });
}
/**
 * PEP 503 page → files. A regex over anchors rather than an HTML parser: the
 * format is a flat list of `<a href=…>filename</a>` with a few data-*
 * attributes, and no HTML parser is among the installed dependencies.
 */
function parseSimpleHtml(html, pageUrl) {
    const files = [];
    for (const m of html.matchAll(/<a\s([^>]*)>([^<]*)<\/a>/gi)) {
        const attrs = m[1];
        const attr = (name) => {
            const a = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
            return a ? htmlUnescape((a[1] ?? a[2] ?? a[3])) : undefined;
        };
        const href = attr('href');
        if (!href)
            continue;
        const abs = new URL(href, pageUrl);
        const hash = /^#sha256=([0-9a-f]{64})$/i.exec(abs.hash);
        abs.hash = '';
        const filename = htmlUnescape(m[2].trim()) ||
            decodeURIComponent(abs.pathname.split('/').pop() ?? '');
        const rp = attr('data-requires-python');
        const provenance = attr('data-provenance');
        files.push({
            filename,
            url: abs.toString(),
            sha256: hash?.[1]?.toLowerCase(),
            requiresPython: rp,
            yanked: attr('data-yanked') !== undefined,
            version: versionOf(filename),
            ...(provenance ? { provenance: new URL(provenance, pageUrl).toString() } : {}),
        });
    }
    return files;
}
function parseSimpleJson(body, pageUrl) {
    return (body.files ?? []).map((f) => {
        const filename = String(f.filename ?? '');
        return {
            filename,
            url: new URL(String(f.url ?? filename), pageUrl).toString(),
            sha256: typeof f.hashes?.sha256 === 'string' ? f.hashes.sha256.toLowerCase() : undefined,
            requiresPython: typeof f['requires-python'] === 'string' ? f['requires-python'] : undefined,
            size: typeof f.size === 'number' ? f.size : undefined,
            yanked: f.yanked !== undefined && f.yanked !== false,
            version: versionOf(filename),
            ...(typeof f.provenance === 'string' && f.provenance
                ? { provenance: new URL(f.provenance, pageUrl).toString() }
                : {}),
        };
    });
}
/** Lists a project's files on the index (empty and `missing` when it has none). */
async function listFiles(indexUrl, project, http = new index_http/* IndexHttpClient */.kF()) {
    const url = simpleProjectUrl(indexUrl, project);
    const res = await http.request({
        url,
        // max-age=0: PyPI's simple pages sit behind a CDN; ask for a fresh copy,
        // as pip does, or a just-uploaded file can stay invisible for minutes.
        headers: { Accept: ACCEPT, 'Cache-Control': 'max-age=0' },
        purpose: `the simple index page of ${project}`,
    });
    const text = await res.text();
    if (res.status === 404)
        return { project: normalizeName(project), format: 'json', files: [], missing: true, url };
    if (res.status !== 200) {
        throw new errors/* ActionError */.lZ(`The index answered ${url} with HTTP ${res.status}${(0,toolkit_http/* summariseBody */.n8)(text)}.`, {
            title: 'Simple index unreadable',
            status: res.status,
            url,
            hint: 'Check `index-url`: it must be the index root (https://pypi.org), not the upload URL.',
        });
    }
    const type = res.headers.get('content-type') ?? '';
    const pageUrl = res.url || url;
    if (type.includes('json')) {
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ActionError */.lZ(`The index sent invalid JSON for ${url}.`, {
                title: 'Simple index unreadable',
                status: 200,
                url,
            });
        }
        return {
            project: normalizeName(project),
            format: 'json',
            files: parseSimpleJson(body, pageUrl),
            missing: false,
            url,
        };
    }
    return {
        project: normalizeName(project),
        format: 'html',
        files: parseSimpleHtml(text, pageUrl),
        missing: false,
        url,
    };
}
function matchesVersion(file, version) {
    if (file.version === version)
        return true;
    return (0,pep440/* isVersion */.lF)(file.version) && (0,pep440/* isVersion */.lF)(version) && (0,pep440/* versionsEqual */.At)(file.version, version);
}
function sortVersions(vs) {
    return [...new Set(vs.filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Polls the simple index until the wanted files are listed, with backoff
 * (1 s doubling to 15 s, never past the deadline). Times out with an
 * ActionError saying what the index last listed.
 */
async function waitForFiles(options) {
    const { indexUrl, project, version, filenames, timeoutSeconds } = options;
    if (!version && (!filenames || filenames.length === 0)) {
        throw new Error('waitForFiles needs a version or filenames');
    }
    const http = options.http ?? new index_http/* IndexHttpClient */.kF({ attempts: 2 });
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = options.now ?? Date.now;
    const started = now();
    const deadline = started + timeoutSeconds * 1000;
    let delay = options.initialDelayMs ?? 1000;
    const maxDelay = options.maxDelayMs ?? 15_000;
    let last;
    let lastError;
    const maxFailedPolls = options.maxFailedPolls ?? 3;
    let failedPolls = 0;
    for (let attempt = 1;; attempt++) {
        try {
            last = await listFiles(indexUrl, project, http);
            lastError = undefined;
            failedPolls = 0;
        }
        catch (e) {
            // A flaky index while waiting is not fatal, a few polls in a row are.
            lastError = e instanceof Error ? e.message : String(e);
            failedPolls++;
        }
        const listed = last?.files ?? [];
        let wanted;
        let missing;
        if (filenames && filenames.length > 0) {
            wanted = filenames
                .map((f) => listed.find((l) => l.filename === f))
                .filter((f) => !!f);
            missing = filenames.filter((f) => !listed.some((l) => l.filename === f));
        }
        else {
            wanted = listed.filter((f) => matchesVersion(f, version));
            missing = wanted.length > 0 ? [] : [`any file of version ${version}`];
        }
        const elapsed = now() - started;
        const done = missing.length === 0 && !lastError;
        const remaining = deadline - now();
        const next = Math.min(delay, Math.max(0, remaining));
        options.onProgress?.({
            attempt,
            elapsedSeconds: elapsed / 1000,
            found: wanted.map((f) => f.filename),
            missing: done ? [] : missing,
            versions: sortVersions(listed.map((f) => f.version)),
            nextPollSeconds: done ? 0 : next / 1000,
            ...(lastError ? { unreachable: { reason: lastError, failedPolls, maxFailedPolls } } : {}),
        });
        if (done)
            return { files: wanted, waitedSeconds: elapsed / 1000, attempts: attempt };
        if (lastError && failedPolls >= maxFailedPolls) {
            const url = simpleProjectUrl(indexUrl, project);
            throw new errors/* ActionError */.lZ(`Cannot reach the index at ${indexUrl}: ${failedPolls} polls in a row failed over ${Math.round(elapsed / 1000)} s, ` +
                `so this stops now rather than after the ${timeoutSeconds} s timeout (${normalizeName(project)} ` +
                `${filenames?.length ? missing.join(', ') : version} may be listed there or not; nothing could tell). Last failure: ${lastError}`, {
                title: index_http/* INDEX_UNREACHABLE */.U0,
                url,
                hint: "Check 'index-url' (the index root, such as https://pypi.org) and the runner's network, then re-run.",
                details: [
                    `Polled ${url} ${attempt} time${attempt === 1 ? '' : 's'}; ${last ? 'earlier polls read it' : 'no poll got an answer'}.`,
                ],
            });
        }
        if (remaining <= 0) {
            const versions = sortVersions(listed.map((f) => f.version));
            const details = [
                `Polled ${last?.url ?? simpleProjectUrl(indexUrl, project)} ${attempt} time${attempt === 1 ? '' : 's'} over ${Math.round(elapsed / 1000)} s.`,
                !last
                    ? 'No poll got an answer from the index.'
                    : last.missing
                        ? `The index has no project '${normalizeName(project)}' at all (404).`
                        : `Last listing (${listed.length} file${listed.length === 1 ? '' : 's'}, versions: ${versions.join(', ') || 'none'}):`,
                ...listed.slice(-20).map((f) => `  ${f.filename}${f.yanked ? ' (yanked)' : ''}`),
                ...(lastError ? [`Last poll failed: ${lastError}`] : []),
            ];
            const saw = !last
                ? `the index could not be read (${lastError ?? 'no answer'})`
                : last.missing
                    ? 'the project does not exist there'
                    : `it lists ${listed.length ? `versions ${versions.slice(-5).join(', ')}` : 'no files'}`;
            throw new errors/* ActionError */.lZ(`Timed out after ${timeoutSeconds} s waiting for ${normalizeName(project)} ${filenames?.length ? missing.join(', ') : version} on ${indexUrl}: ${saw}.`, {
                title: 'Not visible on the index',
                url: last?.url,
                hint: 'The upload may have failed or the index may be slow; check the publish job, then re-run with a longer timeout.',
                details,
            });
        }
        await sleep(next);
        delay = Math.min(maxDelay, delay * 2);
    }
}

;// CONCATENATED MODULE: ./packages/index/wait-for-pypi.ts
/**
 * wait-for-pypi: poll the simple index until a version's files are listed,
 * so a following `pip install` or image build can find them; then, when
 * asked, verify their PEP 740 provenance (wait-for-pypi-provenance.ts).
 */



async function run(inputs, io) {
    const out = new OutputWriter(io);
    const { project, version, indexUrl, timeoutSeconds } = inputs;
    io.info(`Waiting up to ${(0,summary/* formatSeconds */.Xo)(timeoutSeconds)} for ${project} ${version} on ${indexUrl}`);
    const result = await waitForFiles({
        indexUrl,
        project,
        version,
        timeoutSeconds,
        onProgress: (p) => io.info(progressLine(p)),
    });
    out.set('files', result.files.map((f) => ({
        filename: f.filename,
        url: f.url,
        sha256: f.sha256,
        size: f.size,
        requires_python: f.requiresPython,
        yanked: f.yanked,
    })));
    out.set('waited', result.waitedSeconds.toFixed(1));
    const listed = wait_for_pypi_summary(project, version, result);
    await io.summary(listed);
    if (!inputs.provenance)
        return { outputs: out.outputs, summary: listed };
    // PEP 740: before anything is built from these files, prove who built them.
    // Loaded only here: the Sigstore verifier is most of the bundle.
    const { verifyProvenance } = await Promise.all(/* import() */[__nccwpck_require__.e(168), __nccwpck_require__.e(209)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7209));
    const verified = await verifyProvenance({ indexUrl, project, version, files: result.files }, inputs.provenance, io, out);
    // Each summary chunk ends a line on the runner (core.summary's addRaw(…, true)).
    return { outputs: out.outputs, summary: `${listed}\n${verified}` };
}
/** The progress line of one poll. */
function progressLine(p) {
    if (p.missing.length === 0) {
        return `Listed after ${p.elapsedSeconds.toFixed(1)} s (poll ${p.attempt}): ${p.found.join(', ')}`;
    }
    if (p.unreachable) {
        return (`Cannot reach the index (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}; ${p.unreachable.failedPolls} of at most ${p.unreachable.maxFailedPolls} failed polls in a row): ${p.unreachable.reason}` +
            (p.unreachable.failedPolls < p.unreachable.maxFailedPolls
                ? `; next poll in ${p.nextPollSeconds.toFixed(1)} s`
                : ''));
    }
    return `Not listed yet (${p.elapsedSeconds.toFixed(1)} s, poll ${p.attempt}); index has versions: ${p.versions.slice(-5).join(', ') || 'none'}; next poll in ${p.nextPollSeconds.toFixed(1)} s`;
}
/** The step summary of the wait: each file as the index lists it, and how long it took. */
function wait_for_pypi_summary(project, version, result) {
    return ((0,summary/* heading */.R_)(`⏱️ ${project} ${version} is on the index`) +
        (0,summary/* markdownTable */.Qj)(['File', 'Size', 'sha256', 'Requires-Python'], result.files.map((f) => [
            `[${f.filename}](${f.url})`,
            f.size === undefined ? '—' : (0,summary/* formatBytes */.z3)(f.size),
            f.sha256 ? (0,summary/* code */.aY)(f.sha256) : '—',
            f.requiresPython ?? '—',
        ])) +
        `\nListed after ${(0,summary/* formatSeconds */.Xo)(result.waitedSeconds)} (${result.attempts} poll${result.attempts === 1 ? '' : 's'}).\n`);
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

/***/ 8115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   n8: () => (/* binding */ summariseBody)
/* harmony export */ });
/* unused harmony exports DEFAULT_HTTP, parseRetryAfter, describeNetworkError, backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9996);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Gave up on ${req.purpose ?? `${method} ${req.url}`} after ${failures.length} attempt${failures.length === 1 ? '' : 's'}: ${failures.join('; ')}.`, {
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


/***/ }),

/***/ 7414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Ks: () => (/* binding */ parseIndexRoot),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports parseMultiline, parseList, parseInteger, parseChoice, parseKeyValues, parseJsonObject, parseUrl, parseSha, parseRepository, parseTagPrefix, parseJsonList */
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}' must be true or false, got '${raw}'.`, { input });
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

/***/ 5143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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


/***/ }),

/***/ 1320:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ canonicalVersion)
/* harmony export */ });
/* unused harmony exports canonicalForm, canonicalPublicVersion */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3523);
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9996);
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
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(raw)?.canonical;
}
/** Accepts a canonical version; refuses anything else, suggesting the canonical form when there is one. */
function canonicalVersion(raw, input = 'version') {
    const canonical = canonicalForm(raw);
    if (canonical === undefined) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Input '${input}': '${raw}' is not a PEP 440 version.`, {
            title: 'Invalid version',
            input,
            hint: 'Use a version such as 0.1.6, 0.2.0rc1, 0.1.6.dev1 or 0.1.6.post1.',
        });
    }
    if (canonical !== raw) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Input '${input}': '${raw}' is not in canonical form; use '${canonical}'.`, {
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

/***/ 3523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ versionsEqual),
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* unused harmony exports PRE_KINDS, localSegment, compareVersions, sortVersions, bumpRelease, formatRelease, withPre, sameRelease */
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
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
function parseVersion(text) {
    const v = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(text.trim());
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
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(text) !== null;
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
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.eq)(a, b);
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
