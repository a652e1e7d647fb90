#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 57:
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

/***/ 251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(434)


/***/ }),

/***/ 587:
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

/***/ 867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(587)

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

/***/ 204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(580)
const FIFO = __nccwpck_require__(867)
const TextDecoder = __nccwpck_require__(934)

const StreamError = __nccwpck_require__(657)

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

/***/ 657:
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
  module.exports = (__nccwpck_require__(896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(204)
const FIFO = __nccwpck_require__(867)
const b4a = __nccwpck_require__(57)
const headers = __nccwpck_require__(428)

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

/***/ 428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

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

/***/ 118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(763)
/* unused reexport */ __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(204)
const b4a = __nccwpck_require__(57)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(428)

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

/***/ 934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(256)
const UTF8Decoder = __nccwpck_require__(414)

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

/***/ 256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

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

/***/ 414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(57)

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

/***/ 951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ buildCommand)
});

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

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __nccwpck_require__(898);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var toolkit_errors = __nccwpck_require__(996);
// EXTERNAL MODULE: ./packages/python/encoding.ts
var encoding = __nccwpck_require__(788);
// EXTERNAL MODULE: ./packages/python/analyse.ts + 4 modules
var analyse = __nccwpck_require__(600);
;// CONCATENATED MODULE: ./packages/python/rewrite.ts
/**
 * Rewrites absolute imports of runtime modules so they work from inside the
 * import package (`from a2a_client import x` → `from molecule_runtime.a2a_client import x`).
 *
 * The rewrite only ever INSERTS text, never removes or moves any, and never
 * inserts a newline: every line keeps its number (tracebacks and annotations
 * map back to the monorepo) and everything not inserted is byte-identical.
 * Each form binds exactly the names the original bound, to the same objects:
 *
 *   from a.b import x         → from molecule_runtime.a.b import x
 *   import a                  → import molecule_runtime.a as a
 *   import a as c             → import molecule_runtime.a as c
 *   import a.b as c           → import molecule_runtime.a.b as c
 *   import a.b                → import molecule_runtime.a.b as a, molecule_runtime.a as a
 *   import os, a              → import os, molecule_runtime.a as a
 *
 * `import a.b` binds `a` (the package) and guarantees `a.b` is loaded. The
 * first alias imports `molecule_runtime.a.b` (binding `a` to it for an
 * instant), the second rebinds `a` to the package: one statement, no extra
 * name (`import molecule_runtime.a.b` would also bind `molecule_runtime`),
 * so it fits anywhere the original did (`if x: import a.b`, after `;`).
 * Relative imports, third-party names sharing a prefix (`a2a` vs `a2a_client`)
 * and already-rewritten imports are left alone, so the rewrite is idempotent.
 */


const IMPORT_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
function validate(options) {
    const { importName, modules } = options;
    if (!IMPORT_NAME.test(importName)) {
        throw new toolkit_errors/* ActionError */.lZ(`'${importName}' is not a valid Python import name.`, {
            title: 'Invalid import name',
            input: 'import-name',
            hint: 'Use letters, digits and underscores, e.g. molecule_runtime.',
        });
    }
    const head = importName.split('.')[0];
    if (modules.has(head)) {
        throw new toolkit_errors/* ActionError */.lZ(`The import package '${importName}' has the same name as a runtime module, so rewritten and unrewritten imports could not be told apart.`, {
            title: 'Import name clashes with a module',
            input: 'import-name',
            hint: `Rename the module '${head}' or choose another import name.`,
        });
    }
    return head;
}
/** `text` with insertions[from, to) made; their offsets count from `offset`. */
function apply(text, insertions, offset = 0, from = 0, to = insertions.length) {
    let out = '';
    let at = 0;
    for (let i = from; i < to; i++) {
        const ins = insertions[i];
        out += text.slice(at, ins.at - offset) + ins.text;
        at = ins.at - offset;
    }
    return out + text.slice(at);
}
/** Rewrites a module already analysed (the pipeline analyses each file once). */
function rewriteAnalysed(source, analysis, options) {
    const head = validate(options);
    const { modules, importName } = options;
    const prefix = `${importName}.`;
    const isRuntime = (dotted) => {
        const dot = dotted.indexOf('.');
        const first = dot < 0 ? dotted : dotted.slice(0, dot);
        return first !== head && modules.has(first);
    };
    const all = [];
    const rewrites = [];
    for (const site of analysis.imports) {
        const { statement } = site;
        if (statement.level > 0)
            continue;
        const first = all.length;
        if (statement.kind === 'from') {
            if (site.moduleStart >= 0 && isRuntime(statement.module)) {
                all.push({ at: site.moduleStart, text: prefix });
            }
        }
        else if (statement.names !== '*') {
            statement.names.forEach((name, i) => {
                if (!isRuntime(name.name))
                    return;
                const where = site.names[i];
                all.push({ at: where.start, text: prefix });
                if (name.asname !== undefined)
                    return;
                const top = name.name.split('.')[0];
                all.push({
                    at: where.end,
                    text: name.name.includes('.') ? ` as ${top}, ${prefix}${top} as ${top}` : ` as ${top}`,
                });
            });
        }
        if (all.length === first)
            continue;
        const before = source.slice(site.start, site.end);
        rewrites.push({
            line: statement.line,
            column: statement.column,
            before: (0,analyse/* statementLine */.O6)(before),
            after: (0,analyse/* statementLine */.O6)(apply(before, all, site.start, first)),
        });
    }
    // Statements never overlap and come in source order, each statement's
    // insertions in order too; sorted anyway should an analysis ever list
    // them otherwise.
    for (let i = 1; i < all.length; i++) {
        if (all[i].at < all[i - 1].at) {
            all.sort((a, b) => a.at - b.at);
            break;
        }
    }
    // The text is built only when asked for: the build splices single-byte
    // sources' bytes instead (insertIntoBytes) and never needs it.
    let rewritten;
    return {
        get source() {
            return (rewritten ??= apply(source, all));
        },
        rewrites,
        insertions: all,
    };
}
/**
 * The rewritten file's bytes straight from its original bytes, when each
 * character of its text was one byte (ASCII in UTF-8, or a single-byte
 * codec: `textLength === bytes.length`) and every insertion is ASCII, which
 * every source encoding CPython accepts writes as those same bytes. Spares
 * encoding the whole text again; undefined when that does not hold, and the
 * caller encodes the rewritten text as before. Same bytes either way.
 */
function insertIntoBytes(bytes, textLength, insertions, 
/** Where the result goes (default: a new array); the build carves them from slabs. */
allocate = (length) => new Uint8Array(length)) {
    if (textLength !== bytes.length)
        return undefined;
    let added = 0;
    // Indexed loops here and below: this runs mostly before V8 optimises it,
    // where each iterator step allocates.
    for (let i = 0; i < insertions.length; i++) {
        const text = insertions[i].text;
        if (asciiBytes(text) === undefined)
            return undefined;
        added += text.length;
    }
    const out = allocate(bytes.length + added);
    let from = 0;
    let to = 0;
    for (let i = 0; i < insertions.length; i++) {
        const ins = insertions[i];
        out.set(bytes.subarray(from, ins.at), to);
        to += ins.at - from;
        from = ins.at;
        const text = asciiBytes(ins.text);
        out.set(text, to);
        to += text.length;
    }
    out.set(bytes.subarray(from), to);
    return out;
}
/**
 * An insertion's bytes when it is ASCII, else undefined. Insertions repeat
 * (the prefix, and ` as name` once per module), so each text is encoded
 * once: a character loop per insertion was most of insertIntoBytes's time
 * while V8 still interprets it, which in a build is most of the time.
 */
const NOT_ASCII = /[\u0080-\uffff]/;
const asciiCache = new Map();
function asciiBytes(text) {
    let bytes = asciiCache.get(text);
    if (bytes === undefined) {
        if (asciiCache.size >= 65536)
            asciiCache.clear();
        bytes = NOT_ASCII.test(text) ? null : Buffer.from(text, 'latin1');
        asciiCache.set(text, bytes);
    }
    return bytes ?? undefined;
}
/**
 * Rewrites every absolute import of a runtime module in one file. Syntax errors
 * throw an ActionError with file, line and column.
 */
async function rewriteImports(source, options) {
    validate(options);
    return rewriteAnalysed(source, await (0,analyse/* analyseModule */.ij)(source, options.file), options);
}

// EXTERNAL MODULE: ./packages/toolkit/slashes.ts
var slashes = __nccwpck_require__(62);
;// CONCATENATED MODULE: ./packages/python/check.ts
/**
 * The static import check the build runs before packaging: every import of a
 * runtime module (module level, in functions, in class bodies, under
 * TYPE_CHECKING) must resolve to something that ships, and a `from m import n`
 * must name something `m` actually defines at its top level.
 *
 * It exists for the failures an import smoke test cannot see: imports inside
 * functions (never run by the smoke), a console-script target that a module
 * does not define (`main_sync`), and imports of folders the build excludes
 * (`lib/`). Third-party imports are not its business: a name that is neither a
 * runtime module nor an excluded folder is left alone. It errs on the side of
 * silence: a module whose namespace it cannot see in full (a module
 * `__getattr__`, a star import from a third-party module, a computed
 * `__all__`) is never said to lack a name.
 */



/** 'adapters/base.py' → 'adapters.base'; 'adapters/__init__.py' → 'adapters'; '__init__.py' → ''. */
function moduleOf(path) {
    const parts = path.replace(/\.py$/, '').split('/');
    const isPackage = parts[parts.length - 1] === '__init__';
    if (isPackage)
        parts.pop();
    return { dotted: parts.join('.'), isPackage };
}
function check_code(text) {
    return '`' + text + '`';
}
class Checker {
    options;
    diagnostics = [];
    modulesByName = new Map();
    exportsMemo = new Map();
    importName;
    /** Dotted names of the packages that ship ('' is the import package itself). */
    packages = new Set(['']);
    constructor(options, analysed) {
        this.options = options;
        this.importName = options.importName ?? 'molecule_runtime';
        for (const dotted of options.shipped) {
            const parts = dotted.split('.');
            for (let i = 1; i < parts.length; i++)
                this.packages.add(parts.slice(0, i).join('.'));
        }
        for (const info of analysed)
            this.modulesByName.set(info.module.dotted, info);
    }
    allowed(dotted) {
        if (this.options.allowUnresolved.size === 0)
            return false;
        const parts = dotted.split('.');
        for (let i = parts.length; i > 0; i--) {
            if (this.options.allowUnresolved.has(parts.slice(0, i).join('.')))
                return true;
        }
        return false;
    }
    isRuntime(top) {
        return this.options.modules.has(top) || this.options.shipped.has(top);
    }
    ships(dotted) {
        return dotted === '' || this.options.shipped.has(dotted);
    }
    /** Names a shipped module binds at its top level, following star imports; undefined when its source is unknown. */
    exportsOf(dotted, visiting) {
        if (this.exportsMemo.has(dotted))
            return this.exportsMemo.get(dotted);
        const info = this.modulesByName.get(dotted);
        if (!info)
            return undefined;
        // Made on a miss only: most calls find the answer memoised.
        visiting ??= new Set();
        if (visiting.has(dotted))
            return { names: new Set(), open: true }; // star-import cycle
        visiting.add(dotted);
        // Copied only when a star import adds to it: most modules have none.
        let names = info.analysis.topLevelNames;
        let own;
        let open = info.analysis.open;
        const { isPackage } = info.module;
        for (const site of info.analysis.imports) {
            const s = site.statement;
            if (s.names !== '*' || s.inFunction)
                continue;
            const target = this.resolveFrom(s.module, s.level, dotted, isPackage);
            if (target === undefined || (s.level === 0 && !this.isRuntime(target.split('.')[0]))) {
                open = true; // star import from a module we cannot see
                continue;
            }
            const inner = this.exportsOf(target, visiting);
            const innerInfo = this.modulesByName.get(target);
            if (!inner || !innerInfo) {
                open = true;
                continue;
            }
            if (inner.open)
                open = true;
            const all = innerInfo.analysis.dunderAll;
            if (!own)
                names = own = new Set(names);
            for (const n of all ?? inner.names)
                if (all || !n.startsWith('_'))
                    own.add(n);
        }
        visiting.delete(dotted);
        const result = { names, open };
        this.exportsMemo.set(dotted, result);
        return result;
    }
    /** The absolute module a `from` import names, or undefined when it climbs above the package root. */
    resolveFrom(module, level, from, isPackage) {
        if (level === 0)
            return module;
        const pkg = from === '' ? [] : from.split('.');
        if (!isPackage)
            pkg.pop();
        const up = level - 1;
        if (up > pkg.length)
            return undefined;
        const base = pkg.slice(0, pkg.length - up);
        if (module)
            base.push(module);
        return base.join('.');
    }
    report(severity, file, at, title, message) {
        this.diagnostics.push({ severity, file, line: at.line, column: at.column + 1, title, message });
    }
    /** Why a reader should care where the import sits. */
    where(site) {
        const s = site.statement;
        if (s.inFunction) {
            return ` This import is inside ${check_code(`${s.scope}()`)}: it runs only when that code is called, so an import smoke test would never catch it.`;
        }
        if (s.inTypeChecking) {
            return ' It sits under `if TYPE_CHECKING:`, so it does not fail at run time, but type checkers of the published package cannot resolve it.';
        }
        return ' It runs when the module is imported.';
    }
    checkFile(info) {
        const { path, analysis } = info;
        const { dotted: self, isPackage } = info.module;
        // Indexed loops, no closure per import: most of a build's check runs
        // before V8 optimises it, where each iterator step and closure allocates.
        const imports = analysis.imports;
        for (let k = 0; k < imports.length; k++) {
            const site = imports[k];
            const s = site.statement;
            if (s.module === '__future__')
                continue;
            if (s.kind === 'import' && s.names !== '*') {
                for (let i = 0; i < s.names.length; i++)
                    this.checkModule(info, site, s.names[i].name, site.names[i]);
                continue;
            }
            const target = this.resolveFrom(s.module, s.level, self, isPackage);
            if (target === undefined) {
                this.report('error', path, s, 'Relative import beyond the package', `${check_code(statementText(site, info))} climbs ${s.level} levels from ${check_code(self || this.importName)}, above the top of the ${check_code(this.importName)} package: it raises ImportError.${this.where(site)} Use fewer dots or an absolute import.`);
                continue;
            }
            if (!this.checkModule(info, site, target, s))
                continue;
            if (s.names === '*')
                continue;
            for (let i = 0; i < s.names.length; i++)
                this.checkName(info, site, target, s.names[i].name, site.names[i]);
        }
        this.checkStringImports(info);
    }
    /** Does `dotted` (absolute) resolve? Reports and returns false when it does not. */
    checkModule(info, site, dotted, at) {
        const s = site.statement;
        const dot = dotted.indexOf('.');
        const top = dot < 0 ? dotted : dotted.slice(0, dot);
        const relative = s.level > 0;
        if (!relative && !this.isRuntime(top)) {
            if (this.options.excluded.has(top) && !this.allowed(dotted)) {
                this.report('error', info.path, at, 'Import of an excluded module', `${check_code(statementText(site, info))} imports ${check_code(dotted)}, but the build excludes ${check_code(top)} from the package, so in the published runtime it raises ModuleNotFoundError.${this.where(site)} Either stop excluding ${check_code(top)} so it ships (and its imports are rewritten), or move the code this module needs into a module that ships. If this code path can never run in the package, list ${check_code(dotted)} under allow-unresolved.`);
                return false;
            }
            return false; // third party, or allowed: nothing further to check
        }
        if (this.ships(dotted) || this.allowed(dotted))
            return true;
        this.report('error', info.path, at, 'Import of a module that does not ship', `${check_code(statementText(site, info))} imports ${check_code(dotted)}, which is not in the package (${check_code(top)} ships, ${check_code(dotted)} does not), so it raises ModuleNotFoundError.${this.where(site)} Fix the module name, or add ${check_code(dotted.replace(/\./g, '/') + '.py')} to the sources.`);
        return false;
    }
    checkName(info, site, module, name, at) {
        // A package with no __init__.py among the sources gets a generated one that defines nothing.
        const generated = !this.modulesByName.has(module) && this.packages.has(module);
        const exports = generated ? { names: new Set(), open: false } : this.exportsOf(module);
        // Most imported names are defined: that test first, before building the submodule's name.
        if (!exports || exports.open || exports.names.has(name))
            return;
        const full = module ? `${module}.${name}` : name;
        if (this.options.shipped.has(full) || this.allowed(full))
            return; // a submodule
        const where = generated
            ? `${module ? module.replace(/\./g, '/') + '/' : ''}__init__.py, generated by the build`
            : this.modulesByName.get(module).path;
        const target = { path: where };
        const shown = module || this.importName;
        this.report('error', info.path, at, 'Import of a name the module does not define', `${check_code(statementText(site, info))}: ${check_code(name)} is not defined at the top level of ${check_code(shown)} (${target.path}) nor is it a submodule, so it raises ImportError.${this.where(site)} Define ${check_code(name)} in ${target.path}, or import it from the module that defines it.`);
    }
    checkStringImports(info) {
        for (const s of info.analysis.stringImports) {
            const top = s.module.split('.')[0];
            if (top === this.importName.split('.')[0] || !this.options.modules.has(top))
                continue;
            if (this.allowed(s.module))
                continue;
            const suggested = `${this.importName}.${s.text}`;
            this.report('warning', info.path, s, 'String import not rewritten', `${check_code(`${s.call}("${s.text}")`)} names the runtime module ${check_code(top)}, but the build rewrites import statements, not strings: in the package there is no top-level ${check_code(top)}, so this fails at run time. Write "${suggested}" instead (or build the name from __package__).`);
        }
    }
}
/** A source file's path as the user finds it: under the source folder when one is named. */
function shownPath(options, file) {
    const dir = options.sourceDisplay === undefined ? undefined : (0,slashes/* trimSlash */.Y)(options.sourceDisplay);
    return dir === undefined || dir === '' || dir === '.' ? file : `${dir}/${file}`;
}
/** The statement as written, on one line. */
function statementText(site, info) {
    return (0,analyse/* statementLine */.O6)(info.text.slice(site.start, site.end));
}
/**
 * Checks the imports of every file that ships. `files` are the package's
 * sources (posix paths relative to the source root); non-.py paths are ignored.
 * Returns diagnostics sorted by file, line and column; a file that does not
 * parse yields one 'Syntax error' diagnostic.
 */
async function checkImports(files, options) {
    const analysed = [];
    const failures = [];
    for (const file of files) {
        if (!file.path.endsWith('.py'))
            continue;
        try {
            analysed.push({
                ...file,
                module: moduleOf(file.path),
                analysis: await (0,analyse/* analyseModule */.ij)(file.text, file.path),
            });
        }
        catch (e) {
            if (!(0,toolkit_errors/* isActionError */.Bd)(e))
                throw e;
            failures.push({
                severity: 'error',
                file: file.path,
                line: e.place.line ?? 1,
                column: e.place.column ?? 1,
                title: e.title ?? 'Syntax error',
                message: `${e.message} ${e.title === 'Syntax error' ? (0,analyse/* syntaxErrorHint */.rH)(shownPath(options, file.path)) : (e.hint ?? '')}`.trim(),
            });
        }
    }
    const checker = new Checker(options, analysed);
    for (const info of analysed)
        checker.checkFile(info);
    return [...failures, ...checker.diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
}
/**
 * Checks console-script targets ('molecule_runtime.main:main_sync'): the module
 * must ship and define the attribute at its top level. An import smoke test of
 * `molecule_runtime.main` passes when `main_sync` is missing; every start fails.
 * Diagnostics carry the module's file and, for a missing name, line 1.
 */
async function checkEntryPoints(files, scripts, options) {
    const importName = options.importName ?? 'molecule_runtime';
    const diagnostics = [];
    for (const [script, target] of Object.entries(scripts)) {
        const m = /^\s*([\w.]+)\s*:\s*([\w.]+)\s*$/.exec(target);
        const where = { severity: 'error', line: 1, column: 1 };
        if (!m) {
            diagnostics.push({
                ...where,
                file: 'pyproject.toml',
                title: 'Invalid entry point',
                message: `Script ${check_code(script)} = ${check_code(target)} is not of the form module:attribute.`,
            });
            continue;
        }
        const module = m[1];
        const attr = m[2];
        const inPackage = module === importName
            ? ''
            : module.startsWith(`${importName}.`)
                ? module.slice(importName.length + 1)
                : undefined;
        if (inPackage === undefined)
            continue; // another distribution's code: not ours to check
        const path = files.find((f) => moduleOf(f.path).dotted === inPackage)?.path;
        if (!path || (inPackage !== '' && !options.shipped.has(inPackage))) {
            diagnostics.push({
                ...where,
                file: path ?? 'pyproject.toml',
                title: 'Entry point module does not ship',
                message: `Script ${check_code(script)} runs ${check_code(target)}, but ${check_code(module)} is not in the package: every start would fail with ModuleNotFoundError. Fix the script target or add the module.`,
            });
            continue;
        }
        const text = files.find((f) => f.path === path).text;
        const analysis = await (0,analyse/* analyseModule */.ij)(text, path);
        const first = attr.split('.')[0];
        if (analysis.open || analysis.topLevelNames.has(first))
            continue;
        diagnostics.push({
            ...where,
            file: path,
            title: 'Entry point not defined',
            message: `Script ${check_code(script)} runs ${check_code(target)}, but ${path} defines no top-level ${check_code(first)}: an import smoke test of ${check_code(module)} passes, yet every start fails with AttributeError. Define ${check_code(first)} in ${path} or fix the script target.`,
        });
    }
    return diagnostics;
}

// EXTERNAL MODULE: ./packages/distribution/names.ts
var names = __nccwpck_require__(677);
// EXTERNAL MODULE: ./packages/distribution/project.ts
var distribution_project = __nccwpck_require__(264);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/distribution/files.ts
/** The files a distribution packs, with the path checks both writers share. */

function sha256Hex(data) {
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

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(118);
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
function archive_clampZipEpoch(epoch) {
    return Math.min(Math.max(Math.floor(epoch), ZIP_MIN_EPOCH), ZIP_MAX_EPOCH);
}
/**
 * The files of a zip (directory entries left out). `keep`, when given, sees
 * every entry's path and decides which are inflated: readers that need one
 * file of a large archive skip inflating the rest.
 */
function readZip(data, keep) {
    const out = new Map();
    const files = keep ? unzipSync(data, { filter: (f) => keep(f.name) }) : unzipSync(data);
    for (const [name, content] of Object.entries(files)) {
        if (!name.endsWith('/'))
            out.set(name, content);
    }
    return out;
}
async function readTarGz(data, keep) {
    return readTar(gunzipSync(data), keep);
}
/**
 * The files and folders of an uncompressed tar. `keep`, when given, sees
 * every entry's path (links included) and decides which are returned; the
 * others are skipped without buffering their data.
 */
async function readTar(tar, keep) {
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

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(136);
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
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const beside = external_node_path_default().join(here, ZLIB_WASM_FILE);
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    return (0,external_node_module_.createRequire)(import.meta.url).resolve('@zip.js/zip.js/dist/zip-module.wasm');
}
let instance;
/** Compiled on first use (about 2 ms): builds that write no archive never pay for it. */
function zlib() {
    if (instance)
        return instance;
    const module = new WebAssembly.Module((0,external_node_fs_.readFileSync)(zlibWasmPath()));
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
function compressor_archiveCompressor() {
    return current;
}
/** For tests only: builds in this thread compress with `c` until reset (undefined). */
function useArchiveCompressor(c) {
    current = c ?? pinnedZlib;
}

;// CONCATENATED MODULE: ./packages/distribution/archive-writer.ts
/**
 * Reproducible archives: zip (wheels) laid out here, tar.gz (sdists) with
 * tar-stream's header encoding in tar-writer.ts; both compressed by zlib
 * compiled to WebAssembly and pinned in the bundle (zlib.ts). Same entries
 * and epoch → same bytes, on any machine, in any time zone, under any Node
 * version.
 *
 * The compressed bytes changed once (issue #19, the lead's decision): from
 * fflate's deflate to that zlib's, for speed. Everything else is as fflate
 * wrote it, field for field: member order, names, times, modes, the zip and
 * tar headers, the gzip header and trailer (test/runtime-build/compressor.test.ts
 * reads both generations with CPython's zipfile and tarfile and compares every
 * member; test/runtime-build/parallel.test.ts lays fflate's own deflate out
 * here and gets zipSync's bytes). Not node:zlib for writing: see zlib.ts.
 */



/**
 * The DOS time is read from a Date's *local* fields (as fflate's zipSync
 * read it), so build a Date whose local fields are the epoch's UTC fields:
 * the archive then holds UTC, as Python's wheel builders write it, whatever
 * TZ the runner has.
 */
function zipDate(epoch) {
    const u = new Date(archive_clampZipEpoch(epoch) * 1000);
    return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
}
const S_IFREG = 0o100000;
/** Writes the files in the order given (callers sort) with Unix modes and one fixed time. */
function archive_writer_writeZip(files, epoch) {
    checkUniquePaths(files);
    const deflate = archiveCompressor();
    return layoutZip(files, files.map((f) => deflate.deflateRaw(f.data, WHEEL_DEFLATE_LEVEL)), epoch);
}
function checkUniquePaths(files) {
    const seen = new Set();
    for (const f of files) {
        if (seen.has(f.path))
            throw new Error(`duplicate archive path ${f.path}`);
        seen.add(f.path);
    }
}
/** Deflate level of every wheel entry: zlib's default, which Python's zipfile and bdist_wheel use. */
const WHEEL_DEFLATE_LEVEL = 6;
/**
 * The same bytes as `writeZip`, with each file's deflate done by `pool`
 * (on a worker thread when it has one).
 */
async function writeZipParallel(files, epoch, pool) {
    checkUniquePaths(files);
    const deflated = await pool.deflateEach(files.map((f) => f.data), WHEEL_DEFLATE_LEVEL);
    return layoutZip(files, deflated, epoch);
}
/**
 * CRC-32 (ISO-HDLC), as zip stores it: node:zlib's, native (a CRC is a
 * function of the bytes alone, so unlike its deflate it cannot differ
 * between Node builds), about 10× the slice-by-8 JavaScript loop it replaced.
 */
function crc32(data) {
    return (0,external_node_zlib_namespaceObject.crc32)(data);
}
/**
 * The zip container around members already deflated, field for field as
 * fflate's zipSync laid it out before (a test compares the two byte for
 * byte, with fflate's deflate as the bodies).
 */
function layoutZip(files, deflated, epoch) {
    const d = zipDate(epoch);
    // fflate's zipSync's limit (its DOS year field stops at 2099), kept.
    if (d.getFullYear() < 1980 || d.getFullYear() > 2099)
        throw new Error('date not in range 1980-2099');
    const dosTime = (((d.getFullYear() - 1980) << 25) |
        ((d.getMonth() + 1) << 21) |
        (d.getDate() << 16) |
        (d.getHours() << 11) |
        (d.getMinutes() << 5) |
        (d.getSeconds() >> 1)) >>>
        0;
    const enc = new TextEncoder();
    const names = files.map((f) => enc.encode(f.path));
    let localSize = 0;
    let centralSize = 0;
    names.forEach((n, i) => {
        if (n.length > 65535)
            throw new Error(`archive path too long: ${files[i]?.path}`);
        localSize += 30 + n.length + deflated[i].length;
        centralSize += 46 + n.length;
    });
    const out = new Uint8Array(localSize + centralSize + 22);
    const view = new DataView(out.buffer);
    let at = 0;
    let central = localSize;
    files.forEach((f, i) => {
        const name = names[i];
        const body = deflated[i];
        const crc = crc32(f.data);
        // General-purpose flag byte 1 bit 3 (0x0800, UTF-8 names) only when the name is not ASCII, as zipSync does.
        const utf8Flag = name.length !== f.path.length ? 8 : 0;
        const offset = at;
        for (const central_ of [false, true]) {
            let b = central_ ? central : at;
            view.setUint32(b, central_ ? 0x02014b50 : 0x04034b50, true);
            b += 4;
            if (central_) {
                out[b++] = 20; // version made by: 2.0
                out[b++] = 3; // ... on Unix, so the permission bits count
            }
            out[b] = 20; // version needed: 2.0
            out[b + 2] = 0;
            out[b + 3] = utf8Flag;
            view.setUint16(b + 4, 8, true); // deflate
            view.setUint32(b + 6, dosTime, true);
            view.setUint32(b + 10, crc, true);
            view.setUint32(b + 14, body.length, true);
            view.setUint32(b + 18, f.data.length, true);
            view.setUint16(b + 22, name.length, true);
            b += 26; // extra field length stays 0
            if (central_) {
                b += 2 + 2 + 2; // comment length, disk, internal attributes: 0
                view.setUint32(b, ((S_IFREG | f.mode) << 16) >>> 0, true);
                view.setUint32(b + 4, offset, true);
                b += 8;
            }
            out.set(name, b);
            b += name.length;
            if (central_)
                central = b;
            else {
                out.set(body, b);
                at = b + body.length;
            }
        }
    });
    view.setUint32(central, 0x06054b50, true);
    view.setUint16(central + 8, files.length, true);
    view.setUint16(central + 10, files.length, true);
    view.setUint32(central + 12, centralSize, true);
    view.setUint32(central + 16, localSize, true);
    return out;
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
    const cond = `extra == '${(0,names/* safeExtra */.mn)(extra)}'`;
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
        headers.push(['Provides-Extra', (0,names/* safeExtra */.mn)(extra)]);
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
function parseMetadata(text, options = {}) {
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

;// CONCATENATED MODULE: ./packages/distribution/wheel.ts
/**
 * PEP 427 wheels, written natively: the package files, then
 * `{name}-{version}.dist-info/` with METADATA, WHEEL, entry_points.txt and
 * RECORD last, in one zip whose bytes depend only on the inputs.
 */






const WHEEL_GENERATOR = 'runtime-actions';
function renderWheelFile() {
    return `Wheel-Version: 1.0\nGenerator: ${WHEEL_GENERATOR}\nRoot-Is-Purelib: true\nTag: ${names/* PURE_TAG */.OQ}\n`;
}
function buildWheel(input) {
    const archive = wheelEntries(input);
    return builtWheel(input, archive, writeZip(archive, clampZipEpoch(input.sourceDateEpoch)));
}
/** The same bytes as `buildWheel`, with the per-file deflate shared with `pool`'s worker. */
async function buildWheelParallel(input, pool) {
    const archive = wheelEntries(input);
    return builtWheel(input, archive, await writeZipParallel(archive, archive_clampZipEpoch(input.sourceDateEpoch), pool));
}
function builtWheel(input, archive, data) {
    return {
        fileName: (0,names/* wheelFileName */.H7)(input.name, input.version),
        data,
        sha256: sha256Hex(data),
        files: archive.map((f) => f.path),
    };
}
function wheelEntries(input) {
    const distInfo = (0,names/* distInfoDir */.es)(input.name, input.version);
    const payload = [...input.files].sort(byPath);
    for (const f of payload) {
        checkArchivePath(f.path);
        if (f.path.split('/')[0]?.endsWith('.dist-info') || f.path.split('/')[0]?.endsWith('.data')) {
            throw new Error(`package file ${f.path} would shadow the wheel's own metadata folders`);
        }
    }
    const meta = [
        { path: `${distInfo}/METADATA`, data: utf8(renderMetadata(input)) },
        { path: `${distInfo}/WHEEL`, data: utf8(renderWheelFile()) },
    ];
    const entryPoints = renderEntryPoints(input.project);
    if (entryPoints !== undefined)
        meta.push({ path: `${distInfo}/entry_points.txt`, data: utf8(entryPoints) });
    const recordPath = `${distInfo}/RECORD`;
    const recorded = [...payload, ...meta];
    const record = utf8(renderRecord(recorded, recordPath));
    const archive = [
        ...payload.map((f) => ({ path: f.path, data: f.data, mode: f.executable ? 0o755 : 0o644 })),
        ...meta.map((f) => ({ ...f, mode: 0o644 })),
        { path: recordPath, data: record, mode: 0o644 },
    ];
    return archive;
}

;// CONCATENATED MODULE: ./packages/toolkit/packed.ts
/**
 * Many buffers as one, for messages between threads: one buffer and its end
 * offsets can be moved (transferred), where hundreds of small buffers would
 * each be cloned on their own, which costs the posting thread more than one
 * copy into a single buffer does.
 */
function pack(parts) {
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
function unpack({ bytes, ends }) {
    const out = new Array(ends.length);
    let start = 0;
    for (let i = 0; i < ends.length; i++) {
        out[i] = bytes.subarray(start, ends[i]);
        start = ends[i];
    }
    return out;
}
/** What to transfer to move a Packed to another thread. */
const buffersOf = (p) => [
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
    return external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(callerUrl)), 'worker.js');
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
    return Math.max(0, Math.min(MAX_WORKER_THREADS, (0,external_node_os_namespaceObject.availableParallelism)() - 1));
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
async function shareWork(worker, kind, items, local, chunkSize = 64, 
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
    return compressor_archiveCompressor().deflateRaw(data, level);
}
/** What the worker serves for `DeflatePool` (the bundle passes these to `serveWorker`). */
const compressionHandlers = {
    deflate: (p) => {
        const out = pack(unpack(p.packed).map((d) => deflateOne(d, p.level)));
        return new Moved(out, buffersOf(out));
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(292);
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
function writeTarGz(entries, epoch) {
    // Level 6, not Python tarfile's 9: about half the time for an archive a few % larger.
    const gz = compressor_archiveCompressor().gzip(SDIST_GZIP_LEVEL);
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
        const data = unpack(p.files);
        let next = 0;
        const entries = p.layout.map((e) => ({
            ...e,
            data: e.type === 'file' ? data[next++] : EMPTY,
        }));
        if (next !== data.length)
            throw new Error(`tar-gz: ${data.length} files for ${next} entries`);
        const out = writeTarGz(entries, p.epoch);
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

;// CONCATENATED MODULE: ./packages/distribution/sdist.ts
/**
 * PEP 625 sdists: `{normalized}-{version}.tar.gz` holding one folder of the
 * same name with PKG-INFO, a pyproject.toml, the readme and the package tree.
 *
 * The pyproject.toml builds THE SAME wheel with setuptools (≥ 61, the first
 * with PEP 621 support; Debian ships 66 and it builds offline with
 * `python3 -m build --no-isolation`). flit_core would be simpler but is not
 * installed here, so it could not be tested. setuptools silently drops every
 * non-.py file unless told, so the packages and each package's data files
 * are listed explicitly: no discovery, no MANIFEST.in, no include-package-data.
 */





const SETUPTOOLS_REQUIREMENT = 'setuptools>=61';
/** Folders (POSIX) holding an `__init__.py`, as dotted package names. */
function packagesOf(files) {
    return files
        .filter((f) => f.path === '__init__.py' || f.path.endsWith('/__init__.py'))
        .map((f) => f.path.split('/').slice(0, -1).join('.'))
        .filter((p) => p !== '')
        .sort();
}
/** setuptools reads package-data entries as globs: escape the glob characters in real names. */
function globEscape(p) {
    return p.replace(/[[*?]/g, (c) => `[${c}]`);
}
/**
 * Every file that is not a `.py` module of a package, keyed by its nearest
 * package (setuptools installs package data relative to the package folder,
 * subfolders included).
 */
function packageDataOf(files, packages) {
    const dirs = new Set(packages.map((p) => p.replace(/\./g, '/')));
    // The nearest package folder: the file's folder, else its parent, and so on.
    const ownerOf = (dir) => {
        for (let d = dir; d !== ''; d = d.slice(0, Math.max(0, d.lastIndexOf('/'))))
            if (dirs.has(d))
                return d;
        return undefined;
    };
    const data = {};
    for (const f of [...files].sort(byPath)) {
        const dir = f.path.slice(0, Math.max(0, f.path.lastIndexOf('/')));
        const owner = ownerOf(dir);
        if (owner === undefined) {
            throw new Error(`${f.path} lies outside every package (${packages.join(', ')})`);
        }
        if (f.path.endsWith('.py') && dir === owner)
            continue; // a module of that package
        const pkg = owner.replace(/\//g, '.');
        (data[pkg] ??= []).push(globEscape(f.path.slice(owner.length + 1)));
    }
    return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
}
function personTable(p) {
    const out = {};
    if (p.name !== undefined)
        out.name = p.name;
    if (p.email !== undefined)
        out.email = p.email;
    return out;
}
/** The readme's name inside the sdist: its own name, unless that would overwrite one of ours. */
function readmeFileName(project) {
    const readme = project.readme;
    if (!readme?.fileName)
        return undefined;
    const reserved = new Set(['pyproject.toml', 'PKG-INFO', 'setup.py', 'setup.cfg']);
    if (reserved.has(readme.fileName))
        return `README${readme.contentType === 'text/x-rst' ? '.rst' : '.md'}`;
    return readme.fileName;
}
function renderSdistPyproject(input) {
    const p = input.project;
    const project = { name: input.name, version: input.version };
    if (p.description !== undefined)
        project.description = p.description;
    const readmeName = readmeFileName(p);
    if (p.readme) {
        project.readme =
            readmeName !== undefined
                ? { file: readmeName, 'content-type': p.readme.contentType }
                : { text: p.readme.text, 'content-type': p.readme.contentType };
    }
    if (p.requiresPython !== undefined)
        project['requires-python'] = p.requiresPython;
    // setuptools < 77 takes only the table form; a PEP 639 expression is kept as text.
    if (p.license !== undefined)
        project.license = { text: p.license };
    if (p.authors.length > 0)
        project.authors = p.authors.map(personTable);
    if (p.maintainers.length > 0)
        project.maintainers = p.maintainers.map(personTable);
    if (p.keywords.length > 0)
        project.keywords = p.keywords;
    if (p.classifiers.length > 0)
        project.classifiers = p.classifiers;
    project.dependencies = p.dependencies;
    if (p.optionalDependencies.length > 0)
        project['optional-dependencies'] = Object.fromEntries(p.optionalDependencies);
    if (p.urls.length > 0)
        project.urls = Object.fromEntries(p.urls);
    if (p.scripts.length > 0)
        project.scripts = Object.fromEntries(p.scripts);
    if (p.guiScripts.length > 0)
        project['gui-scripts'] = Object.fromEntries(p.guiScripts);
    if (p.entryPoints.length > 0) {
        project['entry-points'] = Object.fromEntries(p.entryPoints.map(([g, e]) => [g, Object.fromEntries(e)]));
    }
    const packages = packagesOf(input.files);
    const doc = {
        'build-system': {
            requires: [SETUPTOOLS_REQUIREMENT],
            'build-backend': 'setuptools.build_meta',
        },
        project,
        tool: {
            setuptools: {
                packages,
                'include-package-data': false,
                'license-files': [],
                'package-data': packageDataOf(input.files, packages),
            },
        },
    };
    return ('# Generated by runtime-actions build: builds the same wheel as the one published beside this sdist.\n' +
        `${(0,dist/* stringify */.As)(doc)}\n`);
}
/** The sdist's contents, without packing them: the package tree can be written while the archive is made. */
function sdistTree(input) {
    const tree = [...input.files];
    for (const f of tree)
        checkArchivePath(f.path);
    const top = new Set(tree.map((f) => f.path.split('/')[0]));
    const extra = [
        { path: 'PKG-INFO', data: utf8(renderMetadata(input)) },
        { path: 'pyproject.toml', data: utf8(renderSdistPyproject(input)) },
    ];
    const readmeName = readmeFileName(input.project);
    if (readmeName !== undefined && input.project.readme) {
        extra.push({ path: readmeName, data: utf8(input.project.readme.text) });
    }
    for (const f of extra) {
        if (top.has(f.path))
            throw new Error(`package file ${f.path} collides with the sdist's own ${f.path}`);
        tree.push(f);
    }
    tree.sort(byPath);
    return { baseName: (0,names/* sdistBaseName */.Ed)(input.name, input.version), tree };
}
/**
 * `contents`: `sdistTree(input)` when the caller already has it. `worker`:
 * the build's worker thread, which then writes the tar and gzips it
 * (tar-gz-job.ts) while this thread goes on.
 */
async function buildSdist(input, contents = sdistTree(input), worker) {
    const { baseName: base, tree } = contents;
    const dirs = new Set([base]);
    for (const f of tree) {
        const parts = f.path.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(`${base}/${parts.slice(0, i).join('/')}`);
    }
    const entries = [
        ...[...dirs].map((d) => ({
            path: d,
            type: 'directory',
            data: new Uint8Array(),
            mode: 0o755,
        })),
        ...tree.map((f) => ({
            path: `${base}/${f.path}`,
            type: 'file',
            data: f.data,
            mode: f.executable ? 0o755 : 0o644,
        })),
    ].sort(byPath);
    const data = await tarGzElsewhere(worker, entries, input.sourceDateEpoch);
    return {
        fileName: (0,names/* sdistFileName */.hJ)(input.name, input.version),
        data,
        sha256: sha256Hex(data),
        baseName: base,
        tree,
    };
}

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
        throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': '${raw}' is not a PEP 440 version.`, {
            title: 'Invalid version',
            input,
            hint: 'Use a version such as 0.1.6, 0.2.0rc1, 0.1.6.dev1 or 0.1.6.post1.',
        });
    }
    if (canonical !== raw) {
        throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': '${raw}' is not in canonical form; use '${canonical}'.`, {
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

// EXTERNAL MODULE: ./packages/runtime-build/exclude.ts
var runtime_build_exclude = __nccwpck_require__(282);
// EXTERNAL MODULE: ./packages/runtime-build/tree.ts
var runtime_build_tree = __nccwpck_require__(810);
// EXTERNAL MODULE: ./packages/runtime-build/modules.ts
var modules = __nccwpck_require__(721);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: ./packages/runtime-build/epoch.ts
/**
 * SOURCE_DATE_EPOCH for the archives: given, else the time of the last
 * commit touching source, else 1980-01-01 (the earliest zip time). The
 * same commit then always yields the same wheel, on any runner.
 */



function parseEpoch(raw) {
    if (!/^\d+$/.test(raw.trim())) {
        throw new toolkit_errors/* ActionError */.lZ(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${raw}'.`, {
            title: 'Invalid SOURCE_DATE_EPOCH',
            hint: 'Unset it to use the source’s last commit time, or set it to e.g. $(git log -1 --format=%ct).',
        });
    }
    return Number(raw.trim());
}
/**
 * The last commit time of `sourceDir` per git, or undefined outside a
 * repository (or without git). Asynchronous so the build can start it first
 * and read it last: forking from a process that has read a few thousand
 * files costs tens of milliseconds more than forking at start-up (measured:
 * 12 ms for one file, 50 ms after 1,000, on 2 cores), and git's own run then
 * overlaps the build instead of stopping it.
 */
function gitCommitTime(sourceDir) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: sourceDir, encoding: 'utf8', timeout: 30_000 }, (error, stdout) => {
            const out = error ? '' : stdout.trim();
            resolve(/^\d+$/.test(out) ? Number(out) : undefined);
        });
    });
}
/**
 * The epoch, started now and awaited when the archives are written. A bad
 * SOURCE_DATE_EPOCH rejects the promise, so it is reported at that same
 * point, after the checks that come before it, as before; until then the
 * rejection is held, not unhandled.
 */
function resolveEpoch(given, sourceDir) {
    const epoch = lookUpEpoch(given, sourceDir);
    epoch.catch(() => undefined);
    return epoch;
}
async function lookUpEpoch(given, sourceDir) {
    if (given !== undefined && given.trim() !== '')
        return { value: parseEpoch(given), from: 'SOURCE_DATE_EPOCH' };
    const git = await gitCommitTime(sourceDir);
    if (git !== undefined)
        return { value: git, from: 'git' };
    return { value: ZIP_MIN_EPOCH, from: 'default' };
}

;// CONCATENATED MODULE: ./packages/runtime-build/output.ts
/**
 * Atomic output: everything is written to a staging folder beside its
 * destination (same file system, so rename is atomic), then renamed into
 * place. A failure before that leaves nothing behind; files already in the
 * destination that are not ours are never touched.
 */




function nearestExisting(p) {
    let dir = external_node_path_default().resolve(p);
    while (!(0,external_node_fs_.existsSync)(dir)) {
        const parent = external_node_path_default().dirname(dir);
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
    if ((0,external_node_fs_.existsSync)(destination) && !(0,external_node_fs_.statSync)(destination).isDirectory()) {
        throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': ${display} exists and is not a folder.`, {
            title: 'Unwritable output',
            input,
            hint: 'Point it at a folder (it is created when missing).',
        });
    }
    const base = nearestExisting(external_node_path_default().dirname(external_node_path_default().resolve(destination)));
    if (!(0,external_node_fs_.statSync)(base).isDirectory()) {
        throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': cannot create ${display}: ${base} is a file.`, {
            title: 'Unwritable output',
            input,
        });
    }
    try {
        return (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(base, `.${external_node_path_default().basename(destination)}.staging-`));
    }
    catch (e) {
        throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': cannot write beside ${display} (${reason(e)} in ${base}).`, {
            title: 'Unwritable output',
            input,
            hint: 'Choose a folder the job can write to, e.g. dist under the workspace.',
        });
    }
}
function writeOne(dir, f) {
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, ...f.path.split('/')), f.data, {
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
        (0,external_node_fs_.mkdirSync)(external_node_path_default().join(dir, ...folder.split('/')), { recursive: true });
    await shareWork(worker, 'write-files', files, (f) => writeOne(dir, f), 64, (chunk) => ({ dir, files: chunk }));
}
function unwritable(staging, e, input, display) {
    (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    return new toolkit_errors/* ActionError */.lZ(`Input '${input}': cannot write ${display}: ${reason(e)}.`, {
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
                if (!(0,external_node_fs_.existsSync)(destination)) {
                    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(destination)), { recursive: true });
                    (0,external_node_fs_.renameSync)(staging, destination);
                    return;
                }
                const moved = [];
                try {
                    for (const f of files) {
                        const to = external_node_path_default().join(destination, ...f.path.split('/'));
                        (0,external_node_fs_.renameSync)(external_node_path_default().join(staging, ...f.path.split('/')), to);
                        moved.push(to);
                    }
                }
                catch (e) {
                    for (const m of moved)
                        (0,external_node_fs_.unlinkSync)(m);
                    throw e;
                }
            }
            catch (e) {
                throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': cannot move the artifacts into ${display}: ${reason(e)}.`, {
                    title: 'Unwritable output',
                    input,
                });
            }
            finally {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
        },
        discard() {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
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
                (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(destination)), { recursive: true });
                if ((0,external_node_fs_.existsSync)(destination))
                    (0,external_node_fs_.renameSync)(destination, old);
                (0,external_node_fs_.renameSync)(staging, destination);
            }
            catch (e) {
                if ((0,external_node_fs_.existsSync)(old) && !(0,external_node_fs_.existsSync)(destination))
                    (0,external_node_fs_.renameSync)(old, destination);
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
                throw new toolkit_errors/* ActionError */.lZ(`Input '${input}': cannot replace ${display}: ${reason(e)}.`, {
                    title: 'Unwritable output',
                    input,
                });
            }
            (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
        },
        discard() {
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: ./packages/runtime-build/dependencies.ts + 1 modules
var dependencies = __nccwpck_require__(507);
;// CONCATENATED MODULE: ./packages/runtime-build/dependency-step.ts
/**
 * The build's dependency step: scans the parsed sources (the analyses are
 * cached by the import check) and applies checkDependencies, throwing the
 * refusal with one annotation per import.
 */



/** Warnings with workspace-relative files; throws when the table is absent and third-party imports exist. */
async function dependencyStep(sources, o) {
    const analysed = [];
    for (const s of sources)
        analysed.push({ path: s.path, analysis: await (0,analyse/* analyseModule */.ij)(s.text, s.path) });
    const imports = (0,dependencies/* scanThirdPartyImports */.ri)(analysed, o);
    const { refusal, warnings } = (0,dependencies/* checkDependencies */.qP)(imports, o.origin, o.project, o.display);
    if (refusal) {
        const errors = refusal.errors.map((e) => new toolkit_errors/* ActionError */.lZ(e.message, {
            title: e.title,
            file: e.file,
            line: e.line,
            column: e.column,
        }));
        throw new toolkit_errors/* ActionErrors */.o9(refusal.message, errors);
    }
    return warnings.map((w) => ({ severity: 'warning', ...w }));
}

;// CONCATENATED MODULE: ./packages/runtime-build/metadata-summary.ts
function projectSummary(name, version, project, origin) {
    const summary = {
        name,
        version,
        dependencies: project.dependencies.length,
        scripts: [...project.scripts, ...project.guiScripts].map(([n, ref]) => `${n} = ${ref}`),
        from: origin.kind === 'file' ? origin.shown : origin.kind,
    };
    if (project.requiresPython !== undefined)
        summary.requiresPython = project.requiresPython;
    return summary;
}

;// CONCATENATED MODULE: ./packages/runtime-build/pipeline.ts
/**
 * The build: source folder → rewritten package tree → wheel and sdist.
 *
 * Order matters for "no partial artifact": every check (inputs, project
 * file, tree, module names, encodings, the static import check) runs before
 * anything is written, and the writing itself is staged and renamed into
 * place.
 */
























/** A path as annotations and messages show it: relative to the workspace when inside it. */
function displayPath(cwd, target) {
    const rel = external_node_path_default().relative(cwd, target);
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return target.split((external_node_path_default()).sep).join('/');
    return rel.split((external_node_path_default()).sep).join('/');
}
function resolveProject(options, sourceAbs, packageName) {
    const given = options.project?.trim() ?? '';
    // `project: none` asks for the bare package on purpose (issue #20).
    if (given === 'none')
        return { project: (0,distribution_project/* defaultProject */.fu)(), origin: { kind: 'none' } };
    const file = given !== ''
        ? external_node_path_default().resolve(options.cwd, given)
        : external_node_path_default().join(sourceAbs, 'pyproject.runtime.toml');
    const shown = displayPath(options.cwd, file);
    if (given === '' && !(0,external_node_fs_.existsSync)(file))
        return { project: (0,distribution_project/* defaultProject */.fu)(), origin: { kind: 'absent', expected: shown } };
    const project = (0,distribution_project/* readProjectFile */.SI)(file, { name: packageName, displayPath: shown });
    return { project, file, origin: { kind: 'file', shown, text: (0,external_node_fs_.readFileSync)(file, 'utf8') } };
}
function generatedInit(importName, dir) {
    const dotted = dir === '' ? importName : `${importName}.${dir.replace(/\//g, '.')}`;
    return utf8(`"""${dotted} (package marker generated by runtime-actions build)."""\n`);
}
function diagnosticError(d, display) {
    return new toolkit_errors/* ActionError */.lZ(d.message, {
        title: d.title,
        file: (0,runtime_build_tree/* posixJoin */.iO)(display, d.file),
        line: d.line,
        column: d.column,
    });
}
async function buildRuntime(options) {
    const threads = {};
    try {
        return await build(options, threads);
    }
    finally {
        await threads.worker?.close();
    }
}
/**
 * Below this many files a worker thread costs more than it saves. It takes
 * about 0.1 s to come up on a 2-core runner, and file work does not scale
 * across two threads of one process as computing does: two threads each
 * reading and writing half of 5,000 files get 1.45×, not 2×, and
 * bench/build's two-thread floor is slower than its one-thread floor at
 * every size. Measured with the bundle
 * on 2 cores, 10 alternating runs each, medians with the worker against
 * without: 1,000 files 0.56 against 0.49 s, 2,000 0.77 against 0.73 s,
 * 3,000 0.97 against 0.98 s, 5,000 1.31 against 1.50 s. (It was 300 when
 * the analysis was tree-sitter's, whose parse the worker shared.)
 */
const WORKER_MIN_FILES = 3000;
/**
 * Files per batch handed to the deflate worker during the rewrite: small
 * enough that it starts while most files are still to analyse, large enough
 * that a message costs little against the work in it.
 */
const PREFETCH_BATCH = 256;
/**
 * Milliseconds from a monotonic clock. process.hrtime, not performance.now():
 * the global `performance` loads perf_hooks and ten internal modules on first
 * use, about 2 ms of a start-up that is most of a small build's time.
 */
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
async function build(options, threads) {
    const timings = {};
    let lapStart = nowMs();
    const lap = (phase) => {
        const now = nowMs();
        timings[phase] = Math.round(now - lapStart);
        lapStart = now;
    };
    // 1. Inputs.
    const version = canonicalVersion(options.version, 'version');
    const packageName = (0,names/* checkProjectName */.xX)(options.packageName.trim(), 'package-name');
    const importName = options.importName.trim();
    if (!(0,names/* isPythonIdentifier */.G_)(importName)) {
        throw new toolkit_errors/* ActionError */.lZ(`Input 'import-name': '${importName}' is not a Python identifier.`, {
            title: 'Invalid import name',
            input: 'import-name',
            hint: 'Use letters, digits and underscores, not starting with a digit (e.g. molecule_runtime).',
        });
    }
    const sourceAbs = external_node_path_default().resolve(options.cwd, options.source);
    // Started before anything is read (see epoch.ts); awaited when the archives need it.
    const epochLookup = resolveEpoch(options.sourceDateEpoch, sourceAbs);
    const display = displayPath(options.cwd, sourceAbs);
    const exclude = (0,runtime_build_exclude/* compileExcludes */.p)(options.exclude, 'exclude');
    // 2. The tree, minus the project file when it lives in source (build
    // configuration, not runtime) and the build's own output folders.
    const outAbs = external_node_path_default().resolve(options.cwd, options.outDir);
    const packageDirAbs = options.packageDir !== undefined && options.packageDir !== ''
        ? external_node_path_default().resolve(options.cwd, options.packageDir)
        : undefined;
    const tree = (0,runtime_build_tree/* collectSource */.IB)(sourceAbs, display, exclude, [
        { input: 'out-dir', absolute: outAbs },
        ...(packageDirAbs !== undefined ? [{ input: 'package-dir', absolute: packageDirAbs }] : []),
    ]);
    const { project, file: projectFile, origin } = resolveProject(options, sourceAbs, packageName);
    const projectShown = projectFile ? displayPath(options.cwd, projectFile) : undefined;
    const projectRel = projectFile
        ? external_node_path_default().relative(sourceAbs, projectFile).split((external_node_path_default()).sep).join('/')
        : undefined;
    const found = tree.files.filter((f) => f.path !== projectRel);
    // 3. Module names. A folder holding Python under a name that is not an
    // identifier is left out with a warning (an error under strict): nothing
    // can import it, and shipping it by accident is what the old chain did.
    const { set, errors: nameErrors, unimportable, } = (0,modules/* deriveModules */.tb)(found.map((f) => f.path), display);
    const strict = options.strict === true;
    const folderNotes = unimportable.map((f) => (0,modules/* unimportableFolderDiagnostic */.wn)(f, display, strict));
    const refusals = [
        ...(strict ? folderNotes.map((n) => new toolkit_errors/* ActionError */.lZ(n.message, n)) : []),
        ...nameErrors,
    ];
    (0,toolkit_errors/* throwIfAny */.MI)(refusals, `${refusals.length} names under ${display} cannot be imported.`);
    const leftOut = new Set(unimportable.flatMap((f) => f.files));
    const entries = found.filter((f) => !leftOut.has(f.path));
    const excluded = [
        ...tree.excluded,
        ...(projectRel !== undefined && found.length !== tree.files.length ? [projectRel] : []),
        ...unimportable.map((f) => `${f.dir}/`),
    ];
    // Started as soon as the size is known, so it loads while the files are read.
    const worker = new SelfWorker(entries.length >= (options.workerMinFiles ?? WORKER_MIN_FILES)
        ? options.workerScript
        : undefined, options.workerThreads);
    threads.worker = worker;
    const pool = new DeflatePool(worker);
    lap('tree');
    if (options.modules && options.modules.length > 0)
        (0,modules/* checkDeclaredModules */._3)(options.modules, set, display);
    const runtimeNames = new Set([...set.topLevelModules, ...set.subpackages]);
    if (runtimeNames.has(importName)) {
        throw new toolkit_errors/* ActionError */.lZ(`The import package '${importName}' has the same name as the runtime module '${importName}' under ${display}.`, {
            title: 'Import name clashes with a module',
            input: 'import-name',
            hint: `Rename the module or choose another import-name: rewritten and unrewritten imports could not be told apart.`,
        });
    }
    // 4. Read and decode every file (PEP 263 for .py), collecting every failure.
    const decodeErrors = [];
    const sources = [];
    const decoded = new Map();
    for (const f of entries) {
        const { bytes, executable } = (0,runtime_build_tree/* readSourceFile */.uj)(f.absolute);
        sources.push({ path: f.path, bytes, executable });
        if (!f.path.endsWith('.py'))
            continue;
        try {
            decoded.set(f.path, (0,encoding/* decodePythonSource */.m)(bytes, (0,runtime_build_tree/* posixJoin */.iO)(display, f.path)));
        }
        catch (e) {
            if (e instanceof toolkit_errors/* ActionError */.lZ)
                decodeErrors.push(e);
            else
                throw e;
        }
    }
    (0,toolkit_errors/* throwIfAny */.MI)(decodeErrors, `${decodeErrors.length} files under ${display} cannot be decoded.`);
    lap('read+decode');
    // 5. The parse, for the static import check and the rewrite.
    const excludedNames = new Set(tree.excludedTopLevel.filter((n) => (0,names/* isPythonIdentifier */.G_)(n) && !runtimeNames.has(n)));
    const checked = [...decoded].map(([p, d]) => ({ path: p, text: d.text }));
    const checkOptions = {
        modules: runtimeNames,
        shipped: set.shipped,
        excluded: excludedNames,
        allowUnresolved: new Set(options.allowUnresolved ?? []),
        importName,
        sourceDisplay: display,
    };
    // Console-script targets too: `import molecule_runtime.main` passing says nothing about `main_sync`.
    const targets = {};
    for (const [name, ref] of [...project.scripts, ...project.guiScripts])
        targets[name] = ref;
    for (const [group, list] of project.entryPoints) {
        for (const [name, ref] of list)
            if (ref.includes(':'))
                targets[`${group}:${name}`] = ref.replace(/\s*\[.*\]\s*$/, '');
    }
    // The analysis runs here: the tokenizer (python/scan.ts) reads a module
    // faster than a worker thread could be sent it and send the result back.
    // 6. Rewrite imports; encode back to each file's own encoding. Done before
    // the check (whose verdict it does not change) so that the worker can
    // deflate the wheel's files while the check runs here; a failed check
    // throws that work away. A module that cannot be analysed stops the
    // rewrite: the check reports it, with every other error.
    const rewrites = [];
    const files = [];
    // Finished files go to the deflate worker in batches while this thread
    // analyses the rest, instead of all at once after the last one.
    let posted = 0;
    const prefetchFrom = (from) => {
        pool.prefetch(files.slice(from).map((f) => f.data), WHEEL_DEFLATE_LEVEL);
        return files.length;
    };
    // The rewritten files' bytes, carved from shared slabs (toolkit/packed.ts).
    const allocate = slabAllocator();
    let unrewritable;
    try {
        // Indexed, as is the analysis it calls: most of it runs before V8 optimises it.
        for (let k = 0; k < sources.length; k++) {
            const s = sources[k];
            const dec = decoded.get(s.path);
            let data = s.bytes;
            if (dec) {
                const result = await rewriteImports(dec.text, {
                    modules: runtimeNames,
                    importName,
                    file: s.path,
                });
                if (result.rewrites.length > 0) {
                    data =
                        insertIntoBytes(s.bytes, dec.text.length, result.insertions, allocate) ??
                            (0,encoding/* encodePythonSource */.K)({ ...dec, text: result.source });
                    const file = (0,runtime_build_tree/* posixJoin */.iO)(display, s.path);
                    for (let i = 0; i < result.rewrites.length; i++)
                        rewrites.push({ file, ...result.rewrites[i] });
                }
            }
            files.push({ path: `${importName}/${s.path}`, data, executable: s.executable });
            if (files.length - posted >= PREFETCH_BATCH)
                posted = prefetchFrom(posted);
        }
        prefetchFrom(posted);
    }
    catch (error) {
        unrewritable = { error };
    }
    lap('rewrite');
    // 7. The static import check, on the sources as written.
    const diagnostics = [
        ...(await checkImports(checked, checkOptions)),
        ...(await checkEntryPoints(checked, targets, checkOptions)).map((d) => d.file === 'pyproject.toml'
            ? { ...d, file: projectShown ?? 'pyproject.toml', line: projectShown ? d.line : 1 }
            : d),
    ];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        const list = errors.map((d) => d.file === projectShown
            ? new toolkit_errors/* ActionError */.lZ(d.message, { title: d.title, file: d.file, line: d.line })
            : diagnosticError(d, display));
        (0,toolkit_errors/* throwIfAny */.MI)(list, `The import check found ${list.length} errors under ${display}.`);
    }
    if (unrewritable !== undefined)
        throw unrewritable.error;
    const warnings = [
        ...folderNotes.map((n) => ({ severity: 'warning', column: 1, ...n })),
        ...diagnostics
            .filter((d) => d.severity === 'warning')
            .map((d) => ({ ...d, file: (0,runtime_build_tree/* posixJoin */.iO)(display, d.file) })),
    ];
    // The table against the imports: refused when absent, warnings when it falls short.
    warnings.push(...(await dependencyStep(checked, {
        origin,
        project,
        display,
        runtimeNames,
        excluded: new Set(tree.excludedTopLevel),
        importName,
    })));
    // Nothing reads the sources as text or their analyses after the check:
    // let the collector have them before the archives are built.
    (0,analyse/* forgetAnalyses */.Q_)();
    decoded.clear();
    checked.length = 0;
    lap('check');
    // 8. Generated files.
    const have = new Set(entries.map((f) => f.path));
    const generated = [];
    for (const dir of set.packageDirs) {
        const init = dir === '' ? '__init__.py' : `${dir}/__init__.py`;
        if (have.has(init))
            continue;
        files.push({ path: `${importName}/${init}`, data: generatedInit(importName, dir) });
        generated.push(`${importName}/${init}`);
    }
    if (!have.has('py.typed')) {
        files.push({ path: `${importName}/py.typed`, data: new Uint8Array() });
        generated.push(`${importName}/py.typed`);
    }
    const manifest = (0,modules/* runtimeModulesJson */.GV)(set);
    const manifestPath = `${importName}/_runtime_modules.json`;
    const withoutOld = files.filter((f) => f.path !== manifestPath);
    withoutOld.push({ path: manifestPath, data: utf8(`${JSON.stringify(manifest, null, 2)}\n`) });
    generated.push(manifestPath);
    // 9. Archives, in memory.
    const epoch = await epochLookup;
    const input = {
        name: packageName,
        version,
        project,
        files: withoutOld,
        sourceDateEpoch: epoch.value,
    };
    // The archives and the package tree at once. The wheel's deflate went to
    // the worker during the rewrite, and the sdist's tar and gzip go to it now
    // (tar-gz-job.ts), while this thread lays out the wheel and writes the
    // package tree, file creation being as costly as compression; the worker
    // then helps with the tree. Without a worker, the same in turn.
    const contents = sdistTree(input);
    const archives = Promise.all([
        buildWheelParallel(input, pool),
        buildSdist(input, contents, worker),
    ]);
    // Awaited below; until then a failure must not count as unhandled.
    archives.catch(() => undefined);
    // 10. Stage everything, then move it into place.
    const staged = [];
    let sdist;
    let wheel;
    try {
        if (packageDirAbs !== undefined) {
            staged.push(await stageFolder(packageDirAbs, contents.tree, 'package-dir', displayPath(options.cwd, packageDirAbs), worker));
        }
        [wheel, sdist] = await archives;
        lap('archives');
        staged.push(stageFilesInto(outAbs, [
            { path: wheel.fileName, data: wheel.data },
            { path: sdist.fileName, data: sdist.data },
        ], 'out-dir', displayPath(options.cwd, outAbs)));
        for (const s of staged)
            s.commit();
    }
    finally {
        // Nothing half-done: wait for the archives even when the tree failed.
        await archives.catch(() => undefined);
        for (const s of staged)
            s.discard();
    }
    lap('write');
    const result = {
        version,
        wheel: {
            path: external_node_path_default().join(outAbs, wheel.fileName),
            fileName: wheel.fileName,
            sha256: wheel.sha256,
            size: wheel.data.byteLength,
        },
        sdist: {
            path: external_node_path_default().join(outAbs, sdist.fileName),
            fileName: sdist.fileName,
            sha256: sdist.sha256,
            size: sdist.data.byteLength,
        },
        modules: manifest,
        fileCount: withoutOld.length,
        pythonFileCount: withoutOld.filter((f) => f.path.endsWith('.py')).length,
        generated: generated.sort(),
        excluded,
        outputsLeftOut: tree.outputsLeftOut.map((p) => `${(0,runtime_build_tree/* posixJoin */.iO)(display, p)}/`),
        rewrites,
        warnings,
        epoch,
        source: display,
        metadata: projectSummary(packageName, version, project, origin),
        timings,
        workerThreads: worker.size,
    };
    if (packageDirAbs !== undefined)
        result.packageDir = packageDirAbs;
    if (projectFile !== undefined)
        result.projectFile = displayPath(options.cwd, projectFile);
    return result;
}

;// CONCATENATED MODULE: ./packages/runtime-build/summary.ts
/** The build's step summary: pure markdown from a BuildResult, so tests read it as text. */

const REWRITE_ROWS = 200;
function renderBuildSummary(r, packageName) {
    let md = heading(`📦 Built ${packageName} ${r.version}`);
    md += markdownTable(['files', 'Python files', 'top-level modules', 'subpackages', 'imports rewritten', 'warnings'], [
        [
            r.fileCount,
            r.pythonFileCount,
            r.modules.top_level_modules.length,
            r.modules.subpackages.length,
            r.rewrites.length,
            r.warnings.length,
        ],
    ]);
    md += '\n';
    md += markdownTable(['artifact', 'size', 'sha256'], [r.wheel, r.sdist].map((a) => [code(a.fileName), formatBytes(a.size), code(a.sha256)]));
    const epochFrom = {
        SOURCE_DATE_EPOCH: 'SOURCE_DATE_EPOCH',
        git: `last commit touching ${r.source}`,
        default: 'no commit found: 1980-01-01',
    }[r.epoch.from];
    md += `\nTimestamps: ${new Date(r.epoch.value * 1000).toISOString()} (${epochFrom}). `;
    md += `Project metadata: ${r.projectFile ? code(r.projectFile) : 'built-in defaults (requires-python >=3.11, no dependencies)'}.\n\n`;
    md += metadataTable(r.metadata);
    md += `**Modules**: ${r.modules.top_level_modules.map(code).join(', ') || '—'}  \n`;
    md += `**Subpackages**: ${r.modules.subpackages.map(code).join(', ') || '—'}\n\n`;
    if (r.warnings.length > 0) {
        md += heading('⚠️ Warnings', 4);
        md += markdownTable(['file', 'line', 'warning'], r.warnings.map((w) => [code(w.file), w.line, `**${w.title}**: ${w.message}`]));
        md += '\n';
    }
    md += heading(`Rewritten imports (${r.rewrites.length})`, 4);
    if (r.rewrites.length === 0)
        md += 'None.\n\n';
    else {
        md += markdownTable(['file', 'line', 'before → after'], r.rewrites
            .slice(0, REWRITE_ROWS)
            .map((w) => [code(w.file), w.line, `${code(w.before)} → ${code(w.after)}`]));
        if (r.rewrites.length > REWRITE_ROWS)
            md += `\n…and ${r.rewrites.length - REWRITE_ROWS} more.\n`;
        md += '\n';
    }
    if (r.generated.length > 0)
        md += `Generated: ${r.generated.map(code).join(', ')}.\n\n`;
    if (r.outputsLeftOut.length > 0)
        md += `Left out: ${r.outputsLeftOut.map(code).join(', ')} (this build’s output, under source: never packaged).\n\n`;
    if (r.excluded.length > 0) {
        const shown = r.excluded.slice(0, 50);
        md += `Excluded (${r.excluded.length}): ${shown.map(code).join(', ')}${r.excluded.length > shown.length ? ', …' : ''}.\n`;
    }
    return md;
}
/** The wheel's metadata in one row, so a missing project table shows at a glance. */
function metadataTable(m) {
    const from = m.from === 'none'
        ? 'none (`project: none`: bare on purpose)'
        : m.from === 'absent'
            ? '**no project table**'
            : code(m.from);
    return (markdownTable(['name', 'version', 'requires-python', 'dependencies', 'scripts', 'table'], [
        [
            code(m.name),
            code(m.version),
            m.requiresPython ? code(m.requiresPython) : '—',
            m.dependencies,
            m.scripts.map(code).join('<br>') || '**none**',
            from,
        ],
    ]) + '\n');
}

;// CONCATENATED MODULE: ./packages/runtime-build/build.ts
/**
 * build: the runtime's sources → a rewritten package → a byte-reproducible
 * wheel and sdist, with the static import check run first. The action and
 * the CLI's `build` both call run(); the CLI prints `build` (the whole
 * result) its own way.
 */





async function run(inputs, io) {
    const result = await buildRuntime(inputs);
    for (const w of result.warnings)
        io.warning(w.message, { file: w.file, line: w.line, column: w.column, title: w.title });
    for (const [name, a] of [
        ['Wheel', result.wheel],
        ['Sdist', result.sdist],
    ])
        io.info(`${name}: ${a.path} (${formatBytes(a.size)}, sha256 ${a.sha256})`);
    io.info(`${result.fileCount} files, ${result.modules.top_level_modules.length} modules, ${result.modules.subpackages.length} subpackages, ${result.rewrites.length} imports rewritten`);
    if (result.outputsLeftOut.length > 0)
        io.info(`Left out (this build's output, under source): ${result.outputsLeftOut.join(', ')}`);
    const m = result.metadata;
    io.info(`Metadata: requires-python ${m.requiresPython ?? '(none)'}, ${m.dependencies} dependencies, scripts: ${m.scripts.join('; ') || 'none'} (table: ${m.from === 'absent' ? 'none found' : m.from})`);
    const phases = Object.entries(result.timings).map(([phase, ms]) => `${phase} ${ms}`);
    io.debug(`Phases (ms): ${phases.join(', ')}; worker threads: ${result.workerThreads}`);
    const out = new OutputWriter(io);
    out.set('wheel', result.wheel.path);
    out.set('sdist', result.sdist.path);
    out.set('wheel-sha256', result.wheel.sha256);
    out.set('sdist-sha256', result.sdist.sha256);
    out.set('version', result.version);
    out.set('package-dir', result.packageDir ?? '');
    out.set('modules', result.modules);
    // PEP 440's answer (a, b, rc or dev), so no workflow re-derives it with a pattern of its own.
    out.set('prerelease', String(pep440_parseVersion(result.version)?.isPrerelease === true));
    const summary = renderBuildSummary(result, inputs.packageName);
    await io.summary(summary);
    return { outputs: out.outputs, summary, build: result };
}

// EXTERNAL MODULE: ./packages/runtime-build/defaults.ts
var defaults = __nccwpck_require__(248);
// EXTERNAL MODULE: ./cli/command.ts
var command = __nccwpck_require__(314);
// EXTERNAL MODULE: ./cli/terminal-io.ts
var terminal_io = __nccwpck_require__(408);
;// CONCATENATED MODULE: ./cli/build.ts
/** `runtime-actions build`: the build action, from a terminal. */







const buildCommand = {
    summary: 'Build the runtime wheel and sdist from a source folder (the build action, locally).',
    options: {
        source: {
            type: 'string',
            description: 'Folder holding the runtime sources.',
            default: defaults/* BUILD_DEFAULTS */.u.source,
        },
        version: {
            type: 'string',
            description: 'Version to build, canonical PEP 440 (0.1.6, 0.2.0rc1).',
            required: true,
        },
        'package-name': {
            type: 'string',
            description: 'Distribution name.',
            default: defaults/* BUILD_DEFAULTS */.u['package-name'],
        },
        'import-name': {
            type: 'string',
            description: 'Import package the sources move into.',
            default: defaults/* BUILD_DEFAULTS */.u['import-name'],
        },
        'out-dir': {
            type: 'string',
            description: 'Folder the wheel and sdist are written to.',
            default: defaults/* BUILD_DEFAULTS */.u['out-dir'],
        },
        project: {
            type: 'string',
            description: 'TOML file with the [project] table; none builds the bare package on purpose.',
            default: '<source>/pyproject.runtime.toml when present',
        },
        exclude: {
            type: 'string',
            multiple: true,
            description: 'Glob of files/folders not packaged (repeatable; replaces the defaults).',
            default: defaults/* BUILD_DEFAULTS */.u.exclude.join(' '),
        },
        modules: {
            type: 'string',
            multiple: true,
            description: 'Closed list of top-level names; drift fails.',
        },
        'allow-unresolved': {
            type: 'string',
            multiple: true,
            description: 'Module names an import may leave unresolved.',
        },
        strict: {
            type: 'boolean',
            description: 'A folder holding Python under a name that is not an identifier stops the build (default: left out with a warning).',
        },
        'package-dir': {
            type: 'string',
            description: 'Also write the unpacked sdist tree here (replaced).',
        },
        json: { type: 'boolean', description: 'Print the result as JSON instead of text.' },
        verbose: { type: 'boolean', description: 'List every rewritten import.' },
    },
    async run(values, io) {
        const json = values.json === true;
        const packageName = (0,command/* optionString */.DJ)(values['package-name']) ?? defaults/* BUILD_DEFAULTS */.u['package-name'];
        const inputs = {
            cwd: io.cwd,
            source: (0,command/* optionString */.DJ)(values.source) ?? defaults/* BUILD_DEFAULTS */.u.source,
            version: (0,command/* optionString */.DJ)(values.version) ?? '',
            packageName,
            importName: (0,command/* optionString */.DJ)(values['import-name']) ?? defaults/* BUILD_DEFAULTS */.u['import-name'],
            outDir: (0,command/* optionString */.DJ)(values['out-dir']) ?? defaults/* BUILD_DEFAULTS */.u['out-dir'],
            project: (0,command/* optionString */.DJ)(values.project) ?? '',
            exclude: (0,command/* optionList */.UX)(values.exclude) ?? [...defaults/* BUILD_DEFAULTS */.u.exclude],
            modules: (0,command/* optionList */.UX)(values.modules, /[\s,]+/) ?? [],
            allowUnresolved: (0,command/* optionList */.UX)(values['allow-unresolved'], /[\s,]+/) ?? [],
            packageDir: (0,command/* optionString */.DJ)(values['package-dir']),
            strict: values.strict === true,
            sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
            workerScript: bundledWorkerScript(import.meta.url),
        };
        // Warnings go to stderr as they are found; with --json they are in the result instead.
        const { build: result } = await run(inputs, (0,terminal_io/* terminalIo */.l)(io, { annotations: !json }));
        if (json) {
            io.out(JSON.stringify(result, null, 2));
            return command/* EXIT */.dc.ok;
        }
        io.out(`Built ${packageName} ${result.version}`);
        for (const a of [result.wheel, result.sdist]) {
            io.out(`  ${a.path}  ${formatBytes(a.size)}  sha256 ${a.sha256}`);
        }
        if (result.packageDir)
            io.out(`  package tree: ${result.packageDir}`);
        io.out(`  ${result.fileCount} files (${result.pythonFileCount} Python), ${result.modules.top_level_modules.length} modules, ` +
            `${result.modules.subpackages.length} subpackages, ${result.rewrites.length} imports rewritten, ${result.warnings.length} warnings`);
        if (result.outputsLeftOut.length > 0)
            io.out(`  left out (this build's output, under source): ${result.outputsLeftOut.join(', ')}`);
        const m = result.metadata;
        io.out(`  metadata: requires-python ${m.requiresPython ?? '(none)'}, ${m.dependencies} dependencies, ` +
            `scripts: ${m.scripts.join('; ') || 'none'} (table: ${m.from === 'absent' ? 'none found' : m.from})`);
        io.out(`  modules: ${result.modules.top_level_modules.join(', ')}`);
        io.out(`  subpackages: ${result.modules.subpackages.join(', ')}`);
        if (values.verbose === true) {
            for (const r of result.rewrites)
                io.out(`  ${r.file}:${r.line}: ${r.before}  →  ${r.after}`);
        }
        else if (result.rewrites.length > 0) {
            io.out(`  (--verbose lists the ${result.rewrites.length > REWRITE_ROWS ? `${result.rewrites.length} ` : ''}rewrites)`);
        }
        return command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ optionString),
/* harmony export */   UX: () => (/* binding */ optionList),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/** Exit codes: 0 success, 1 the command failed (bad input or source), 2 usage error, 70 a bug here. */
const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 };
/** A string option's value (undefined when not given). */
const optionString = (v) => typeof v === 'string' ? v : undefined;
/**
 * A repeatable option's values: each given value is split further by
 * `separators` (commas and newlines; build's module names also by spaces).
 * Undefined when the option was not given, so the caller's default applies.
 */
function optionList(v, separators = /[\n,]/) {
    if (v === undefined)
        return undefined;
    return (Array.isArray(v) ? v : [String(v)])
        .flatMap((s) => s.split(separators))
        .map((s) => s.trim())
        .filter(Boolean);
}


/***/ }),

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./packages/runtime-build/defaults.ts
var defaults = __nccwpck_require__(248);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var toolkit_errors = __nccwpck_require__(996);
// EXTERNAL MODULE: ./packages/python/encoding.ts
var encoding = __nccwpck_require__(788);
// EXTERNAL MODULE: ./packages/python/analyse.ts + 4 modules
var analyse = __nccwpck_require__(600);
// EXTERNAL MODULE: ./packages/python/stdlib-names.ts
var stdlib_names = __nccwpck_require__(468);
// EXTERNAL MODULE: ./packages/distribution/names.ts
var names = __nccwpck_require__(677);
// EXTERNAL MODULE: ./packages/distribution/project.ts
var project = __nccwpck_require__(264);
// EXTERNAL MODULE: ./packages/versions/specifiers.ts
var specifiers = __nccwpck_require__(929);
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
        throw new ActionError(`${wheel}: Requires-Python '${requiresPython}' is not a valid PEP 440 specifier.`, {
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
    if (!requiresPython || !(0,specifiers/* isSpecifier */.t)(requiresPython))
        return undefined;
    for (let minor = 0; minor < 40; minor++) {
        if ((0,specifiers/* satisfiesSpecifier */.y)(`3.${minor}.0`, requiresPython) ||
            (0,specifiers/* satisfiesSpecifier */.y)(`3.${minor}.99`, requiresPython)) {
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

// EXTERNAL MODULE: ./packages/runtime-build/exclude.ts
var exclude = __nccwpck_require__(282);
// EXTERNAL MODULE: ./packages/runtime-build/tree.ts
var runtime_build_tree = __nccwpck_require__(810);
// EXTERNAL MODULE: ./packages/runtime-build/modules.ts
var modules = __nccwpck_require__(721);
// EXTERNAL MODULE: ./packages/runtime-build/dependencies.ts + 1 modules
var runtime_build_dependencies = __nccwpck_require__(507);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: ./packages/smoke/process.ts
/**
 * Runs one child process to completion with a time limit, collecting its
 * output. Everything smoke-import starts (interpreters, venv, pip, probes)
 * goes through here, so a hung import can never hang the step.
 */

function runProcess(command, args, options = {}) {
    const started = performance.now();
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
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

;// CONCATENATED MODULE: ./packages/runtime-build/syntax-floor.ts
/**
 * The lowest Python whose grammar parses every module, asked of CPython the
 * way smoke-import's floor check does (static_check.py: `ast.parse` with
 * `feature_version`). That check fails a wheel whose sources do not parse at
 * its Requires-Python floor; `init` picks the lowest floor it passes.
 *
 * feature_version is best effort (CPython's words): it catches new syntax
 * (walrus 3.8, match 3.10, except* 3.11, type parameters 3.12), not new
 * library behaviour, so the floor is a lower bound. It goes down to 3.7, the
 * lowest version ast accepts; newer syntax than the interpreter's own cannot
 * be told apart from a syntax error.
 */


/** Reads {"files": [{"path", "text"}]} on stdin; prints {"version": [3, N], "floors": {path: minor}, "errors": [...]}. */
const FLOOR_SCRIPT = String.raw `
import ast, json, sys
request = json.load(sys.stdin)
top = sys.version_info[1]
floors, errors = {}, []
for f in request["files"]:
    try:
        ast.parse(f["text"], filename=f["path"])
    except SyntaxError as e:
        errors.append({"path": f["path"], "line": e.lineno or 1, "message": e.msg})
        continue
    for minor in range(7, top + 1):
        try:
            ast.parse(f["text"], filename=f["path"], feature_version=(3, minor))
        except SyntaxError:
            continue
        floors[f["path"]] = minor
        break
    else:
        floors[f["path"]] = top
json.dump({"version": list(sys.version_info[:2]), "floors": floors, "errors": errors}, sys.stdout)
`;
/**
 * @param python interpreter command (`python3`, a path)
 * @param display how source is named in messages (relative to the workspace)
 */
async function syntaxFloor(python, files, display) {
    const run = await runProcess(python, ['-c', FLOOR_SCRIPT], {
        input: JSON.stringify({ files }),
        timeoutMs: 120_000,
    });
    if (run.spawnError || run.code !== 0) {
        throw new toolkit_errors/* ActionError */.lZ(`Could not ask ${python} for the Python floor of the sources: ${run.spawnError?.message ?? run.stderr.trim().split('\n').pop() ?? `exit ${run.code}`}.`, { title: 'No Python interpreter', hint: 'Install CPython 3 or name one with --python.' });
    }
    const out = JSON.parse(run.stdout);
    const interpreter = out.version.join('.');
    if (out.errors.length > 0) {
        const errors = out.errors.map((e) => new toolkit_errors/* ActionError */.lZ(`${display}/${e.path} does not parse on ${python} (Python ${interpreter}): ${e.message}.`, {
            title: 'Syntax error',
            file: `${display}/${e.path}`,
            line: e.line,
            hint: 'Fix it, or run init with a newer interpreter (--python) if the code uses newer syntax.',
        }));
        (0,toolkit_errors/* throwIfAny */.MI)(errors, `${errors.length} modules under ${display} do not parse.`);
    }
    let minor = 7;
    let neededBy;
    for (const [p, m] of Object.entries(out.floors)) {
        if (m > minor) {
            minor = m;
            neededBy = p;
        }
    }
    const floor = { minor, interpreter };
    if (neededBy !== undefined)
        floor.neededBy = neededBy;
    return floor;
}

;// CONCATENATED MODULE: ./packages/runtime-build/starter.ts
/**
 * `runtime-actions init`: a starter pyproject.runtime.toml written from what
 * the sources show (issue #20), so adopting the build on a monorepo whose
 * `[project]` table lived in its old build script starts from the imports
 * rather than from memory:
 * - `requires-python`: the lowest Python whose grammar parses every module
 *   (smoke-import's floor check) and whose standard library has every module
 *   imported (CPython's sys.stdlib_module_names per version);
 * - `dependencies`: one per third-party import, with requirements.txt's
 *   version as the lower bound where it names one, a comment where not;
 * - `[project.scripts]`: a `main_sync` (or else `main`) function;
 * - `readme`: a README beside the sources.
 * It never overwrites: the file is created exclusively.
 */














const STARTER_FILE = 'pyproject.runtime.toml';
/** The requirement lines of a requirements.txt (options, includes, URLs and comments skipped). */
function readRequirements(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '' || line.startsWith('-') || line.includes('://'))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*([^;]*?)\s*(;.*)?$/.exec(line);
        if (!m)
            continue;
        out.push({ line, name: m[1], specifier: (m[3] ?? '').trim(), marker: (m[4] ?? '').trim() });
    }
    return out;
}
/**
 * requirements.txt's version as a lower bound: `==1.2` and `~=1.2` and `>=1.2`
 * all say the code works with 1.2, which is what a library should ask for
 * (a pin would fight every other package in the image).
 */
function lowerBound(specifier) {
    for (const clause of specifier.split(',')) {
        const m = /^\s*(===|==|~=|>=)\s*([0-9][^\s,*]*)\s*$/.exec(clause);
        if (m)
            return `>=${m[2]}`;
    }
    return undefined;
}
function dependencyFor(imp, requirements, hasRequirementsFile) {
    const first = imp.sites[0];
    const site = `${first.file}:${first.line}`;
    const candidates = (0,runtime_build_dependencies/* candidateDistributions */.Pl)(imp.name);
    const named = requirements.find((r) => candidates.includes((0,names/* normalizeName */.Pc)(r.name)));
    if (!named) {
        return {
            requirement: (0,runtime_build_dependencies/* suggestedDistribution */._5)(imp.name),
            importName: imp.name,
            site,
            note: hasRequirementsFile
                ? 'not in requirements.txt: check the distribution name and add a lower bound'
                : 'no requirements.txt: add a lower bound',
        };
    }
    const bound = lowerBound(named.specifier);
    const requirement = `${named.name}${bound ?? ''}${named.marker ? named.marker.replace(/^;\s*/, '; ') : ''}`;
    const dep = { requirement, importName: imp.name, site };
    if (!bound)
        dep.note = named.specifier
            ? `requirements.txt says ${named.specifier}, no lower bound to take: add one`
            : 'requirements.txt names no version: add a lower bound';
    return dep;
}
/** `main_sync` first (the console-script convention of the runtime), then `main`; in main.py first. */
function findEntryPoint(modules) {
    const dotted = (p) => p
        .replace(/\.py$/, '')
        .replace(/\/__init__$/, '')
        .replace(/\//g, '.');
    for (const fn of ['main_sync', 'main']) {
        const hits = modules.filter((m) => m.analysis.topLevelNames.has(fn) && !m.path.endsWith('__main__.py'));
        const best = hits.find((m) => m.path === 'main.py') ?? hits[0];
        if (best && dotted(best.path) !== '__init__')
            return { module: dotted(best.path), fn };
    }
    return undefined;
}
const README_NAMES = ['README.md', 'README.rst', 'README.txt', 'README'];
function tomlString(s) {
    return JSON.stringify(s); // a TOML basic string is JSON's for what we write (no control characters)
}
/** Reads the sources and writes `<source>/pyproject.runtime.toml`; refuses when it exists. */
async function writeStarter(options) {
    const sourceAbs = external_node_path_default().resolve(options.cwd, options.source);
    const display = external_node_path_default().relative(options.cwd, sourceAbs).split((external_node_path_default()).sep).join('/') || '.';
    const file = external_node_path_default().join(sourceAbs, STARTER_FILE);
    const shown = (0,runtime_build_tree/* posixJoin */.iO)(display, STARTER_FILE);
    if ((0,external_node_fs_.existsSync)(file)) {
        throw new toolkit_errors/* ActionError */.lZ(`${shown} already exists; init never overwrites it.`, {
            title: 'Project file exists',
            file: shown,
            hint: 'Edit it, or move it away and run init again to compare.',
        });
    }
    const tree = (0,runtime_build_tree/* collectSource */.IB)(sourceAbs, display, (0,exclude/* compileExcludes */.p)(options.exclude, 'exclude'));
    const { set, errors, unimportable } = (0,modules/* deriveModules */.tb)(tree.files.map((f) => f.path), display);
    if (errors.length > 0)
        throw new toolkit_errors/* ActionErrors */.o9(`${errors.length} names under ${display} cannot be imported.`, errors);
    // What the build leaves out (a folder such as adapters/google-adk/) declares no dependency.
    const leftOut = new Set(unimportable.flatMap((u) => u.files));
    const sources = [];
    for (const f of tree.files) {
        if (leftOut.has(f.path))
            continue;
        if (!f.path.endsWith('.py'))
            continue;
        const text = (0,encoding/* decodePythonSource */.m)(new Uint8Array((0,external_node_fs_.readFileSync)(f.absolute)), (0,runtime_build_tree/* posixJoin */.iO)(display, f.path)).text;
        sources.push({ path: f.path, text });
    }
    const analysed = [];
    for (const s of sources)
        analysed.push({
            path: s.path,
            analysis: await (0,analyse/* analyseModule */.ij)(s.text, (0,runtime_build_tree/* posixJoin */.iO)(display, s.path)),
        });
    const runtimeNames = new Set([...set.topLevelModules, ...set.subpackages]);
    const imports = (0,runtime_build_dependencies/* scanThirdPartyImports */.ri)(analysed, {
        runtimeNames,
        excluded: new Set(tree.excludedTopLevel),
        importName: options.importName,
    });
    // requires-python: the grammar's floor and the standard library's.
    const syntax = await syntaxFloor(options.python ?? 'python3', sources, display);
    let minor = syntax.minor;
    let why = syntax.neededBy
        ? `${syntax.neededBy} needs Python 3.${syntax.minor}'s grammar`
        : 'every module parses with Python 3.7’s grammar, the oldest that CPython’s ast checks';
    const oldestListed = Number(stdlib_names/* STDLIB_VERSIONS */.j[0].split('.')[1]);
    for (const { path: p, analysis } of analysed) {
        for (const site of analysis.imports) {
            const s = site.statement;
            if (s.level !== 0)
                continue;
            const mods = s.kind === 'from' || s.names === '*' ? [s.module] : s.names.map((n) => n.name);
            for (const mod of mods) {
                const since = stdlib_names/* STDLIB_MODULE_NAMES */.t.get(mod.split('.')[0])?.[0];
                const sinceMinor = since ? Number(since.split('.')[1]) : 0;
                // A name first listed in the oldest version asked may be older still: no floor from it.
                if (sinceMinor > oldestListed && sinceMinor > minor) {
                    minor = sinceMinor;
                    why = `${p}:${s.line} imports ${mod.split('.')[0]}, in the standard library from Python 3.${sinceMinor}`;
                }
            }
        }
    }
    // Never below the build's own default floor (the runtime's documented
    // >=3.11): the grammar cannot see library behaviour an older Python lacks.
    const defaultFloor = floorMinor((0,project/* defaultProject */.fu)().requiresPython)?.[1] ?? minor;
    if (defaultFloor > minor) {
        why = `the build's default floor; the sources alone would allow 3.${minor} (${why})`;
        minor = defaultFloor;
    }
    const requiresPython = `>=3.${minor}`;
    const requirementsFile = external_node_path_default().join(sourceAbs, 'requirements.txt');
    const hasRequirements = (0,external_node_fs_.existsSync)(requirementsFile);
    const requirements = hasRequirements
        ? readRequirements((0,external_node_fs_.readFileSync)(requirementsFile, 'utf8'))
        : [];
    const dependencies = imports
        .filter((i) => !i.optional)
        .map((i) => dependencyFor(i, requirements, hasRequirements));
    const optionalImports = imports
        .filter((i) => i.optional)
        .map((i) => `${i.name} (${i.sites[0].file}:${i.sites[0].line})`);
    const usedNames = new Set([
        ...dependencies.map((d) => (0,names/* normalizeName */.Pc)((0,runtime_build_dependencies/* requirementName */.xV)(d.requirement))),
        ...imports.flatMap((i) => i.sites.flatMap((site) => [...(0,runtime_build_dependencies/* siteCandidates */.At)(site)])),
    ]);
    const unusedRequirements = requirements
        .filter((r) => !usedNames.has((0,names/* normalizeName */.Pc)(r.name)))
        .map((r) => r.line);
    const entry = findEntryPoint(analysed);
    const scripts = entry
        ? [[options.importName.replace(/_/g, '-'), `${options.importName}.${entry.module}:${entry.fn}`]]
        : [];
    const readme = README_NAMES.find((n) => tree.files.some((f) => f.path === n));
    const lines = [
        `# The [project] table of the published runtime package (PEP 621): everything but`,
        `# the name and version, which the build sets. Written by \`runtime-actions init\``,
        `# from ${display}/; review it, then commit it beside the sources.`,
        '[project]',
        '# description = "One line: the summary PyPI shows"',
    ];
    if (readme)
        lines.push(`readme = ${tomlString(readme)}`);
    lines.push(`# ${why}.`);
    lines.push(`requires-python = ${tomlString(requiresPython)}`);
    lines.push('# license = { text = "…" }');
    if (dependencies.length === 0)
        lines.push('dependencies = []');
    else {
        lines.push('dependencies = [');
        for (const d of dependencies) {
            lines.push(`  ${tomlString(d.requirement)}, # import ${d.importName} (${d.site})${d.note ? `; ${d.note}` : ''}`);
        }
        lines.push(']');
    }
    if (optionalImports.length > 0) {
        lines.push(`# Imported under try/except ImportError, so not required (an extra in [project.optional-dependencies]?): ${optionalImports.join(', ')}`);
    }
    if (unusedRequirements.length > 0) {
        lines.push(`# Also in requirements.txt, not imported by the packaged sources (left out): ${unusedRequirements.join(', ')}`);
    }
    if (scripts.length > 0) {
        lines.push('', '[project.scripts]');
        for (const [n, ref] of scripts)
            lines.push(`${n} = ${tomlString(ref)}`);
    }
    else {
        lines.push('', '# No main_sync or main function found: add console scripts here.', '# [project.scripts]');
    }
    const text = `${lines.join('\n')}\n`;
    try {
        (0,external_node_fs_.writeFileSync)(file, text, { flag: 'wx' }); // never overwrite, not even one written meanwhile
    }
    catch (e) {
        throw new toolkit_errors/* ActionError */.lZ(`Cannot write ${shown}: ${e.code ?? e}.`, {
            title: 'Project file not written',
            file: shown,
            hint: 'init never overwrites: move an existing file away first.',
        });
    }
    const starter = {
        file,
        shown,
        text,
        requiresPython,
        dependencies,
        scripts,
        unusedRequirements,
    };
    if (readme)
        starter.readme = readme;
    return starter;
}

// EXTERNAL MODULE: ./cli/command.ts
var command = __nccwpck_require__(314);
;// CONCATENATED MODULE: ./cli/init.ts
/** `runtime-actions init`: a starter pyproject.runtime.toml beside the sources (never overwrites). */



const initCommand = {
    summary: 'Write a starter <source>/pyproject.runtime.toml from the sources: requires-python, dependencies, scripts, readme.',
    options: {
        source: {
            type: 'string',
            description: 'Folder holding the runtime sources.',
            default: defaults/* BUILD_DEFAULTS */.u.source,
        },
        'import-name': {
            type: 'string',
            description: 'Import package the sources move into (names the console script).',
            default: defaults/* BUILD_DEFAULTS */.u['import-name'],
        },
        exclude: {
            type: 'string',
            multiple: true,
            description: 'Glob of files/folders the build leaves out (repeatable; replaces the defaults).',
            default: defaults/* BUILD_DEFAULTS */.u.exclude.join(' '),
        },
        python: {
            type: 'string',
            description: 'Interpreter that finds the lowest Python the grammar needs.',
            default: 'python3',
        },
    },
    async run(values, io) {
        const starter = await writeStarter({
            cwd: io.cwd,
            source: (0,command/* optionString */.DJ)(values.source) ?? defaults/* BUILD_DEFAULTS */.u.source,
            importName: (0,command/* optionString */.DJ)(values['import-name']) ?? defaults/* BUILD_DEFAULTS */.u['import-name'],
            exclude: (0,command/* optionList */.UX)(values.exclude) ?? [...defaults/* BUILD_DEFAULTS */.u.exclude],
            python: (0,command/* optionString */.DJ)(values.python) ?? 'python3',
        });
        io.out(`Wrote ${starter.shown}:`);
        io.out(`  requires-python ${starter.requiresPython}`);
        for (const d of starter.dependencies)
            io.out(`  dependency ${d.requirement} (import ${d.importName}, ${d.site})${d.note ? `: ${d.note}` : ''}`);
        if (starter.dependencies.length === 0)
            io.out('  no third-party imports: dependencies = []');
        for (const [n, ref] of starter.scripts)
            io.out(`  script ${n} = ${ref}`);
        if (starter.scripts.length === 0)
            io.out('  no main_sync or main found: no console script');
        if (starter.readme)
            io.out(`  readme ${starter.readme}`);
        if (starter.unusedRequirements.length > 0)
            io.out(`  left out (in requirements.txt, never imported): ${starter.unusedRequirements.join(', ')}`);
        io.out('Review it (description, license, bounds), then commit it beside the sources.');
        return command/* EXIT */.dc.ok;
    },
};


/***/ }),

/***/ 698:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(996);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(951);
/* harmony import */ var _release_suite_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(931);
/* harmony import */ var _init_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(662);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(314);
/* harmony import */ var _terminal_io_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(408);
/**
 * `runtime-actions <command> [--option value …]`: the actions' packages from
 * a terminal, so what an operator rehearses locally is what CI runs. Options
 * are named like the action inputs. Add a command by adding it to COMMANDS.
 */







const COMMANDS = {
    build: _build_js__WEBPACK_IMPORTED_MODULE_2__/* .buildCommand */ .O,
    'release-suite': _release_suite_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseSuiteCommand */ .Z,
    init: _init_js__WEBPACK_IMPORTED_MODULE_4__/* .initCommand */ ._,
};
const PROGRAM = 'runtime-actions';
function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    return [
        `Usage: ${PROGRAM} <command> [options]`,
        '',
        'Commands:',
        ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
        '',
        `Run '${PROGRAM} <command> --help' for a command's options.`,
    ].join('\n');
}
function commandHelp(name, c) {
    const rows = Object.entries(c.options).map(([opt, spec]) => {
        const flag = `--${opt}${spec.type === 'string' ? ' <value>' : ''}`;
        const extra = [spec.required ? 'required' : '', spec.default ? `default: ${spec.default}` : '']
            .filter(Boolean)
            .join('; ');
        return [flag, `${spec.description}${extra ? ` (${extra})` : ''}`];
    });
    const width = Math.max(...rows.map(([f]) => f.length));
    return [
        `Usage: ${PROGRAM} ${name} [options]`,
        '',
        c.summary,
        '',
        'Options:',
        ...rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
        `  ${'--help'.padEnd(width)}  Show this help.`,
        '',
        'Exit codes: 0 success, 1 failed (the errors say where and why), 2 usage error.',
    ].join('\n');
}
function reportError(e, io) {
    io.err((0,_terminal_io_js__WEBPACK_IMPORTED_MODULE_6__/* .terminalLine */ .t)('error', (0,_packages_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatActionError */ .MA)(e), { ...e.place, title: e.title }));
    for (const d of e.details)
        io.err(`  ${d}`);
}
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (name === undefined ? io.err : io.out)(mainHelp());
        return name === undefined ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    const command = COMMANDS[name];
    if (!command) {
        io.err(`${PROGRAM}: unknown command '${name}'.\n\n${mainHelp()}`);
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    let values;
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: rest,
            strict: true,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(Object.entries(command.options).map(([opt, spec]) => [
                    opt,
                    { type: spec.type, multiple: spec.multiple ?? false },
                ])),
                help: { type: 'boolean', short: 'h' },
            },
        });
        values = parsed.values;
    }
    catch (e) {
        io.err(`${PROGRAM} ${name}: ${e.message}\nRun '${PROGRAM} ${name} --help' for the options.`);
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    if (values.help === true) {
        io.out(commandHelp(name, command));
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    const missing = Object.entries(command.options)
        .filter(([opt, spec]) => spec.required && (values[opt] === undefined || values[opt] === ''))
        .map(([opt]) => `--${opt}`);
    if (missing.length > 0) {
        io.err(`${PROGRAM} ${name}: missing ${missing.join(', ')}.\nRun '${PROGRAM} ${name} --help' for the options.`);
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.usage;
    }
    try {
        return await command.run(values, io);
    }
    catch (e) {
        if (e instanceof _packages_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionErrors */ .o9) {
            for (const err of e.errors)
                reportError(err, io);
            io.err(`error: ${e.message}`);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed;
        }
        if (e instanceof _packages_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ) {
            reportError(e, io);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.failed;
        }
        const err = e instanceof Error ? e : new Error(String(e));
        io.err(`${PROGRAM}: unexpected failure (a bug in runtime-actions): ${err.stack ?? err.message}`);
        return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.internal;
    }
}
// The CLI's own process boundary: the one place argv, cwd and the environment are read.
const isEntry = process.argv[1] !== undefined &&
    /(?:actions[\\/]cli[\\/]main\.[cm]?[jt]s|cli[\\/]index\.js|runtime-actions)$/.test(process.argv[1]);
if (isEntry) {
    process.exitCode = await runCli(process.argv.slice(2), {
        out: (l) => process.stdout.write(`${l}\n`),
        err: (l) => process.stderr.write(`${l}\n`),
        cwd: process.cwd(),
        env: process.env,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ releaseSuiteCommand)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /agents/repos/{owner}/{repo}/tasks",
  "GET /agents/tasks",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/dependabot/repository-access",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/settings/billing/budgets",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/agents/secrets",
  "GET /orgs/{org}/agents/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/agents/variables",
  "GET /orgs/{org}/agents/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot-spaces",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/coding-agent/permissions/repositories",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/repository-access",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/secret-scanning/custom-patterns",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/agents/organization-secrets",
  "GET /repos/{owner}/{repo}/agents/organization-variables",
  "GET /repos/{owner}/{repo}/agents/secrets",
  "GET /repos/{owner}/{repo}/agents/variables",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-quality/findings",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/suggestions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/secret-scanning/custom-patterns",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stacks",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/copilot-spaces",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;

/* v8 ignore next -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const dist_src_version_VERSION = "18.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheRetentionLimitForEnterprise: [
      "GET /enterprises/{enterprise}/actions/cache/retention-limit"
    ],
    getActionsCacheRetentionLimitForOrganization: [
      "GET /organizations/{org}/actions/cache/retention-limit"
    ],
    getActionsCacheRetentionLimitForRepository: [
      "GET /repos/{owner}/{repo}/actions/cache/retention-limit"
    ],
    getActionsCacheStorageLimitForEnterprise: [
      "GET /enterprises/{enterprise}/actions/cache/storage-limit"
    ],
    getActionsCacheStorageLimitForOrganization: [
      "GET /organizations/{org}/actions/cache/storage-limit"
    ],
    getActionsCacheStorageLimitForRepository: [
      "GET /repos/{owner}/{repo}/actions/cache/storage-limit"
    ],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setActionsCacheRetentionLimitForEnterprise: [
      "PUT /enterprises/{enterprise}/actions/cache/retention-limit"
    ],
    setActionsCacheRetentionLimitForOrganization: [
      "PUT /organizations/{org}/actions/cache/retention-limit"
    ],
    setActionsCacheRetentionLimitForRepository: [
      "PUT /repos/{owner}/{repo}/actions/cache/retention-limit"
    ],
    setActionsCacheStorageLimitForEnterprise: [
      "PUT /enterprises/{enterprise}/actions/cache/storage-limit"
    ],
    setActionsCacheStorageLimitForOrganization: [
      "PUT /organizations/{org}/actions/cache/storage-limit"
    ],
    setActionsCacheStorageLimitForRepository: [
      "PUT /repos/{owner}/{repo}/actions/cache/storage-limit"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    deleteBudgetOrg: [
      "DELETE /organizations/{org}/settings/billing/budgets/{budget_id}"
    ],
    getAllBudgetsOrg: ["GET /organizations/{org}/settings/billing/budgets"],
    getBudgetOrg: [
      "GET /organizations/{org}/settings/billing/budgets/{budget_id}"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubBillingUsageSummaryReportOrg: [
      "GET /organizations/{org}/settings/billing/usage/summary"
    ],
    getGithubBillingUsageSummaryReportUser: [
      "GET /users/{username}/settings/billing/usage/summary"
    ],
    updateBudgetOrg: [
      "PATCH /organizations/{org}/settings/billing/budgets/{budget_id}"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactDeploymentRecord: [
      "POST /orgs/{org}/artifacts/metadata/deployment-record"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactDeploymentRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/deployment-records"
    ],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setClusterDeploymentRecords: [
      "POST /orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addFieldForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/fields"],
    addFieldForUser: [
      "POST /users/{username}/projectsV2/{project_number}/fields"
    ],
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    createDraftItemForAuthenticatedUser: [
      "POST /user/{user_id}/projectsV2/{project_number}/drafts"
    ],
    createDraftItemForOrg: [
      "POST /orgs/{org}/projectsV2/{project_number}/drafts"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(251);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(996);
// EXTERNAL MODULE: ./packages/toolkit/slashes.ts
var slashes = __nccwpck_require__(62);
;// CONCATENATED MODULE: ./packages/github/errors.ts
/**
 * Turns a failed GitHub call into an ActionError a user can act on: what
 * was being done, on which repository, GitHub's status and URL, GitHub's own
 * message, and what to do — for a 403, which permission is missing.
 *
 * Errors that are not HTTP or network failures (bugs) are rethrown
 * unchanged, so they keep their stack.
 */

function errors_isRequestError(e) {
    return (e instanceof Error &&
        typeof e.status === 'number' &&
        (e.request !== undefined ||
            e.response !== undefined));
}
/**
 * The fine-grained permission a route needs, from GitHub's documentation of
 * each endpoint. Used when GitHub's `x-accepted-github-permissions` header
 * is absent (classic tokens, GHES).
 */
function permissionFor(method, url) {
    const path = (() => {
        try {
            return new URL(url).pathname;
        }
        catch {
            return url;
        }
    })();
    const write = !['GET', 'HEAD'].includes(method.toUpperCase());
    const level = write ? 'write' : 'read';
    if (/\/actions\/workflows\/[^/]+\/dispatches$/.test(path))
        return 'actions: write';
    if (/^\/repos\/[^/]+\/[^/]+\/dispatches$/.test(path))
        return 'contents: write';
    if (/\/actions\//.test(path))
        return `actions: ${level}`;
    if (/\/statuses\//.test(path))
        return `statuses: ${level}`;
    if (/\/check-runs|\/check-suites/.test(path))
        return `checks: ${level}`;
    if (/\/commits\/[^/]+\/pulls$|\/pulls(\/|$)/.test(path))
        return `pull-requests: ${level}`;
    if (/\/issues(\/|$)/.test(path))
        return `issues: ${level}`;
    if (/\/(git|contents|commits|tags|branches|compare|releases)(\/|$)/.test(path))
        return `contents: ${level}`;
    return write ? 'contents: write' : 'metadata: read';
}
/** `contents=write,actions=write` (GitHub's header) → `contents: write` or `contents: write or actions: write`. */
function acceptedPermissions(header) {
    if (header === undefined || header === '')
        return undefined;
    const alternatives = String(header)
        .split(';')
        .map((set) => set
        .split(',')
        // GitHub names the permission as the REST API does (pull_requests=read);
        // a workflow's `permissions:` block spells it with a hyphen (pull-requests).
        .map((p) => p.trim().replace(/^([^=]*)=/, (_, name) => `${name.replace(/_/g, '-')}: `))
        .filter(Boolean)
        .join(' and '))
        .filter(Boolean);
    return alternatives.length > 0 ? alternatives.join(' or ') : undefined;
}
/** GitHub's message plus the details of a 422's `errors` list. */
function githubMessage(e) {
    const data = e.response?.data;
    if (data && typeof data === 'object') {
        const d = data;
        const parts = [];
        if (typeof d.message === 'string')
            parts.push(d.message.replace(/\s+/g, ' ').trim());
        if (Array.isArray(d.errors)) {
            for (const item of d.errors) {
                if (typeof item === 'string')
                    parts.push(item);
                else if (item && typeof item === 'object') {
                    const x = item;
                    parts.push([x.resource, x.field, x.code, x.message]
                        .filter((v) => typeof v === 'string' && v !== '')
                        .join(' '));
                }
            }
        }
        if (parts.length > 0)
            return parts.join('; ');
    }
    if (typeof data === 'string' && data.trim() !== '' && data.length < 300)
        return data.trim();
    return e.message;
}
function header(e, name) {
    const v = e.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
function attempts(e) {
    const n = e.request?.request?.retryCount;
    return typeof n === 'number' && n > 0 ? ` after ${n + 1} attempts` : '';
}
function errors_explainGitHubError(e, context) {
    if (e instanceof errors/* ActionError */.lZ)
        return e;
    if (!errors_isRequestError(e))
        throw e;
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const url = e.response?.url || e.request?.url || '';
    const status = e.status;
    const what = `${context.operation} (${context.repo})`;
    const gh = githubMessage(e);
    const base = { status, url, cause: e };
    // No answer at all: @octokit/request reports connection failures and
    // timeouts as status 500 without a response.
    if (!e.response) {
        const cause = e.message || 'no answer';
        return new errors/* ActionError */.lZ(`Could not reach GitHub to ${what}${attempts(e)}: ${cause}.`, {
            ...base,
            status: undefined,
            title: 'GitHub unreachable',
            hint: 'Check that GITHUB_API_URL is right for this server (GitHub Enterprise Server: https://HOST/api/v3) and that the runner can reach it; re-run the job if GitHub was briefly unavailable.',
        });
    }
    const remaining = header(e, 'x-ratelimit-remaining');
    const secondary = /secondary rate limit/i.test(gh);
    if ((status === 403 || status === 429) && (secondary || remaining === '0')) {
        if (secondary) {
            const after = header(e, 'retry-after');
            return new errors/* ActionError */.lZ(`GitHub's secondary rate limit stopped ${what}: ${gh}`, {
                ...base,
                title: 'GitHub secondary rate limit',
                hint: `GitHub asked to wait${after ? ` ${after} s` : ''} and the client gave up. Send fewer requests at once (lower the action's concurrency) or re-run later.`,
            });
        }
        const reset = Number(header(e, 'x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'later';
        return new errors/* ActionError */.lZ(`GitHub's API rate limit is used up, so ${what} failed: ${gh}`, {
            ...base,
            title: 'GitHub rate limit exhausted',
            hint: `The limit resets at ${when}. Re-run after that, or use a token with its own limit (a GitHub App installation token has a higher one than GITHUB_TOKEN).`,
        });
    }
    switch (status) {
        case 401:
            return new errors/* ActionError */.lZ(`GitHub refused the token (401 ${gh}) to ${what}.`, {
                ...base,
                title: 'Bad GitHub credentials',
                hint: "The token is wrong, revoked or expired: check the secret the workflow passes (fine-grained tokens expire; a job's GITHUB_TOKEN is valid only while that job runs).",
            });
        case 403: {
            if (/archived/i.test(gh)) {
                return new errors/* ActionError */.lZ(`${context.repo} is archived (read-only), so ${context.operation} failed: ${gh}`, {
                    ...base,
                    title: 'Repository archived',
                    hint: 'Unarchive the repository, or leave it out of the targets.',
                });
            }
            const permission = context.permission ??
                acceptedPermissions(header(e, 'x-accepted-github-permissions')) ??
                permissionFor(method, url);
            return new errors/* ActionError */.lZ(`The token may not ${what}: GitHub answered 403 ${gh}.`, {
                ...base,
                title: 'Missing GitHub permission',
                hint: `It needs '${permission}' on ${context.repo}. For the job's GITHUB_TOKEN, add 'permissions: ${permission.replace(' or ', ' (or ')}${permission.includes(' or ') ? ')' : ''}' to the job; ` +
                    `a fine-grained token needs that repository permission and access to ${context.repo}; a classic token needs the 'repo' scope (and 'workflow' to change workflow files).`,
            });
        }
        case 404:
            return new errors/* ActionError */.lZ(`GitHub answered 404 Not Found to ${what}: the repository (or what the call names in it) does not exist, or the token cannot see it.`, {
                ...base,
                title: 'Not found on GitHub',
                hint: `Check the name '${context.repo}'. GitHub answers 404, not 403, when a token has no access: a job's GITHUB_TOKEN reaches only the workflow's own repository, so another repository needs a fine-grained token or an App installation that includes it.`,
            });
        case 409:
            return new errors/* ActionError */.lZ(`GitHub answered 409 Conflict to ${what}: ${gh}`, {
                ...base,
                title: 'GitHub conflict',
                hint: /empty/i.test(gh)
                    ? `${context.repo} has no commits yet: push one first.`
                    : 'The repository changed while this ran; re-run the job.',
            });
        case 422:
            return new errors/* ActionError */.lZ(`GitHub rejected the request to ${what} (422): ${gh}`, {
                ...base,
                title: 'GitHub rejected the request',
                hint: /already exists/i.test(gh)
                    ? 'Something with that name exists already (another run may have created it a moment ago).'
                    : /fast forward/i.test(gh)
                        ? 'The branch moved on since it was read; re-run the job (or update with force if overwriting is intended).'
                        : 'GitHub says what it refused above; fix that value.',
            });
        default:
            if (status >= 500) {
                return new errors/* ActionError */.lZ(`GitHub answered ${status} to ${what}${attempts(e)}: ${gh}`, {
                    ...base,
                    title: 'GitHub server error',
                    hint: 'GitHub failed on its side and kept failing through the retries: check https://www.githubstatus.com and re-run the job.',
                });
            }
            return new errors/* ActionError */.lZ(`GitHub answered ${status} to ${what}: ${gh}`, {
                ...base,
                title: `GitHub ${status}`,
            });
    }
}

;// CONCATENATED MODULE: ./packages/github/client.ts
/**
 * The one Octokit every action uses: @octokit/core with the REST endpoint
 * methods, pagination, retries and throttling, pointed at the caller's
 * GITHUB_API_URL (GitHub Enterprise Server included).
 *
 * What is retried, and how:
 * - 5xx answers, 429 without a rate-limit signal, connection errors
 *   (resets, refused) and per-attempt timeouts: @octokit/plugin-retry, up to
 *   `retries` times with (n+1)² × `retryBaseMs` between attempts (1 s, 4 s,
 *   9 s by default). 400/401/403/404/410/422/451 are never retried.
 * - 403/429 secondary rate limits (Retry-After) and exhausted primary limits
 *   (x-ratelimit-remaining 0, x-ratelimit-reset): @octokit/plugin-throttling,
 *   waiting exactly what GitHub asked, up to `retries` times and only when
 *   the wait is at most `maxRateLimitWaitSeconds`; beyond that the request
 *   fails and explainGitHubError says when the limit resets.
 * - While GitHub has asked for a pause, EVERY request of this client waits
 *   (the gate in `timedFetch`): the plugin alone would let concurrent
 *   requests keep sending during another request's Retry-After, which is
 *   what turns a secondary limit into a longer one.
 * - Writes (POST/PATCH/PUT/DELETE) are spaced by `writeIntervalMs`
 *   (GitHub's guidance: one second between mutating requests).
 *
 * A retried POST can repeat a request GitHub had already carried out (the
 * answer, not the request, was lost). Callers of non-idempotent writes make
 * them safe to repeat: e.g. on `422 Reference already exists` after a
 * retry, compare the existing ref's SHA with the one being created. Pass
 * `request: { retries: 0 }` on a call to opt out of retries for it.
 */









// The error explanation belongs with the client: callers take both from here.

const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
/**
 * A pause every request of one client honours before it is sent. Written
 * here (a dozen lines) because plugin-throttling only delays the request
 * that was limited.
 */
class SharedPause {
    until = 0;
    extend(ms) {
        this.until = Math.max(this.until, Date.now() + ms);
    }
    async wait() {
        for (let left = this.until - Date.now(); left > 0; left = this.until - Date.now()) {
            await new Promise((resolve) => setTimeout(resolve, left));
        }
    }
}
function normaliseBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ActionError */.lZ(`The GitHub API URL '${raw}' is not a URL.`, {
            hint: 'Actions set GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server); pass it unchanged.',
        });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ActionError */.lZ(`The GitHub API URL '${raw}' is not an http(s) URL.`, {
            hint: 'Pass GITHUB_API_URL unchanged.',
        });
    }
    return (0,slashes/* trimSlash */.Y)(url.toString());
}
function createGitHubClient(options) {
    const retries = options.retries ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const writeIntervalMs = options.writeIntervalMs ?? 1000;
    const baseFetch = options.fetch ?? globalThis.fetch;
    const log = options.log ?? {};
    const warn = log.warn ?? log.warning ?? (() => { });
    const pause = new SharedPause();
    // Each attempt (first try and every retry) passes through here: it waits
    // out any pause GitHub asked for, and gets its own timeout. A timeout
    // surfaces as a 500 RequestError, which plugin-retry retries.
    const timedFetch = async (input, init) => {
        await pause.wait();
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await baseFetch(input, { ...init, signal });
        }
        catch (e) {
            if (timeout.aborted && !init?.signal?.aborted) {
                // @octokit/request reports a TypeError's cause message as the error's
                // message, so the cause says what happened; the original is kept below it.
                const why = new Error(`no answer within ${timeoutMs} ms (timeout)`, { cause: e });
                // eslint-disable-next-line preserve-caught-error -- `e` is kept as why.cause
                throw new TypeError('fetch failed', { cause: why });
            }
            throw e;
        }
    };
    const onLimit = (kind) => (retryAfter, req, _octokit, retryCount) => {
        // The options carry the route template and its parameters separately.
        const url = req.url.replace(/\{(\w+)\}/g, (m, name) => typeof req[name] === 'string' || typeof req[name] === 'number' ? String(req[name]) : m);
        const willRetry = retryCount < retries && retryAfter <= maxWait;
        if (willRetry)
            pause.extend(retryAfter * 1000);
        const what = kind === 'secondary' ? 'secondary rate limit' : 'rate limit';
        warn(willRetry
            ? `GitHub ${what} on ${req.method} ${url}: waiting ${retryAfter} s as asked (retry ${retryCount + 1} of ${retries}).`
            : `GitHub ${what} on ${req.method} ${url}: giving up (asked to wait ${retryAfter} s; ${retryCount} retries made).`);
        options.onRateLimit?.({
            kind,
            retryAfterSeconds: retryAfter,
            method: req.method,
            url,
            retryCount,
            willRetry,
        });
        return willRetry;
    };
    // Per-client groups, so one client's write spacing does not hold up
    // another's (the plugin's default groups are shared process-wide).
    const write = new (light_default()).Group(writeIntervalMs > 0
        ? { maxConcurrent: 1, minTime: writeIntervalMs }
        : { maxConcurrent: null, minTime: 0 });
    const notifications = new (light_default()).Group(writeIntervalMs > 0
        ? { maxConcurrent: 1, minTime: Math.max(writeIntervalMs, 3000) }
        : { maxConcurrent: null, minTime: 0 });
    return new GitHubOctokit({
        auth: options.token || undefined,
        baseUrl: normaliseBaseUrl(options.baseUrl),
        userAgent: options.userAgent ?? 'runtime-actions',
        log: {
            debug: log.debug ?? (() => { }),
            info: log.info ?? (() => { }),
            warn,
            error: log.error ?? warn,
        },
        request: { fetch: timedFetch },
        // plugin-retry's default list plus 409: GitHub answers 409 for a
        // conflict that a retry cannot resolve (an empty repository's git data
        // API), and retrying it only delays the explanation.
        retry: {
            retries,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
        },
        throttle: {
            onSecondaryRateLimit: onLimit('secondary'),
            onRateLimit: onLimit('primary'),
            write,
            notifications,
        },
    });
}
/**
 * The calls of one action on one repository (`owner/repo`): a failure names
 * the operation (a phrase: 'read commit 1a2b3c4') and the repository, with
 * GitHub's answer and what to do. An ActionError passes through unchanged;
 * an error that is not an HTTP or network failure (a bug) is rethrown as it is.
 */
function githubCalls(repo) {
    return async (operation, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw explainGitHubError(e, { operation, repo });
        }
    };
}

;// CONCATENATED MODULE: ./packages/github/release.ts
/**
 * Release tags through the API: the pull request a commit came from, the
 * tags under a prefix (every page), and an atomic, race-safe tag creation.
 *
 * Why the API and not `git push`: creating `refs/tags/<name>` is atomic on
 * GitHub (422 "Reference already exists" for the loser of a race), so two
 * merges seconds apart cannot both publish 0.1.7 (field notes, incident 8);
 * the loser re-reads the tags and takes the next version. A re-run finds its
 * commit already tagged and changes nothing.
 */

/**
 * The merged pull request `sha` came from: the one whose merge commit is
 * `sha` (merge and squash merges), else a merged one containing it (rebase
 * merges, where `sha` is one of the rebased commits). Undefined for a direct push.
 */
async function findMergedPull(github, where) {
    const pulls = (await github.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: where.owner,
        repo: where.repo,
        commit_sha: where.sha,
        per_page: 100,
    }));
    const merged = pulls.filter((p) => p.merged_at !== null);
    const chosen = merged.find((p) => p.merge_commit_sha === where.sha) ?? merged[0];
    if (!chosen)
        return undefined;
    return {
        number: chosen.number,
        title: chosen.title,
        labels: chosen.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        url: chosen.html_url,
        mergeCommitSha: chosen.merge_commit_sha,
    };
}
async function readCommitMessage(github, where) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        owner: where.owner,
        repo: where.repo,
        commit_sha: where.sha,
    });
    return data.message;
}
/**
 * Every tag whose name starts with `prefix`. GitHub answers this one with all
 * matching refs (the description gives it no page parameters); paginate()
 * still follows a Link header should one ever come, so no tag past the
 * hundredth is missed.
 */
async function listTagRefs(github, where) {
    const refs = (await github.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner: where.owner,
        repo: where.repo,
        ref: `tags/${where.prefix}`,
    }));
    return refs.map((r) => ({
        name: r.ref.replace(/^refs\/tags\//, ''),
        objectType: r.object.type,
        objectSha: r.object.sha,
    }));
}
/** The commit a tag object points at (following tags of tags). */
async function peelTag(github, where, tagSha) {
    let sha = tagSha;
    for (let depth = 0; depth < 5; depth++) {
        const { data } = await github.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
            owner: where.owner,
            repo: where.repo,
            tag_sha: sha,
        });
        if (data.object.type !== 'tag')
            return data.object.sha;
        sha = data.object.sha;
    }
    return sha;
}
/**
 * Commits of tags, remembered by tag-object sha across attempts. Many unknown
 * annotated tags (a first look at a repository) are read from the tags
 * listing, which gives each tag's commit; a few (tags made since the last
 * look) are peeled one by one.
 */
class TagCommits {
    github;
    where;
    bulkThreshold;
    byObject = new Map();
    constructor(github, where, bulkThreshold = 8) {
        this.github = github;
        this.where = where;
        this.bulkThreshold = bulkThreshold;
    }
    async resolve(refs) {
        const unknown = refs.filter((r) => r.objectType !== 'commit' && !this.byObject.has(r.objectSha));
        if (unknown.length > this.bulkThreshold) {
            const listed = (await this.github.paginate('GET /repos/{owner}/{repo}/tags', {
                owner: this.where.owner,
                repo: this.where.repo,
                per_page: 100,
            }));
            const byName = new Map(listed.map((t) => [t.name, t.commit.sha]));
            for (const r of unknown) {
                const commit = byName.get(r.name);
                if (commit)
                    this.byObject.set(r.objectSha, commit);
            }
        }
        for (const r of refs) {
            if (r.objectType === 'commit')
                this.byObject.set(r.objectSha, r.objectSha);
            else if (!this.byObject.has(r.objectSha))
                this.byObject.set(r.objectSha, await peelTag(this.github, this.where, r.objectSha));
        }
        return new Map(refs.map((r) => [r.name, this.byObject.get(r.objectSha)]));
    }
}
/** github-actions[bot], as the tags of the chain it replaces were signed. */
const TAGGER = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * An annotated tag object, then its ref. A 422 for the ref means someone else
 * holds the name: the answer says which commit it points at.
 */
async function createAnnotatedTag(github, where) {
    const { data: tagObject } = await github.request('POST /repos/{owner}/{repo}/git/tags', {
        owner: where.owner,
        repo: where.repo,
        tag: where.tag,
        message: where.message,
        object: where.sha,
        type: 'commit',
        tagger: { ...TAGGER, date: (where.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    });
    try {
        await github.request('POST /repos/{owner}/{repo}/git/refs', {
            owner: where.owner,
            repo: where.repo,
            ref: `refs/tags/${where.tag}`,
            sha: tagObject.sha,
        });
        return { created: true, tagSha: tagObject.sha };
    }
    catch (e) {
        // Also after a retried POST whose first try did land: the ref then points
        // at this commit, which the caller treats as already released.
        if (e.status !== 422)
            throw e;
        const { data: ref } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: where.owner,
            repo: where.repo,
            ref: `tags/${where.tag}`,
        });
        const commit = ref.object.type === 'commit' ? ref.object.sha : await peelTag(github, where, ref.object.sha);
        return { created: false, existingCommit: commit };
    }
}
/**
 * Tags `sha` with the next version: list, plan, create; on a lost race
 * re-list and plan again (bounded, with jitter so the losers spread out).
 * If `sha` already carries a release tag, that is the answer and nothing is
 * created: re-running a release job is safe.
 */
async function tagRelease(github, opts) {
    const maxAttempts = opts.maxAttempts ?? 10;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const commits = new TagCommits(github, opts);
    const lostRaces = [];
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const refs = await listTagRefs(github, opts);
        const resolved = await commits.resolve(refs.filter((r) => opts.isReleaseTag(r.name)));
        const mine = [...resolved].filter(([, commit]) => commit === opts.sha).map(([name]) => name);
        if (mine.length > 0) {
            const tag = mine.sort(opts.compareTags)[mine.length - 1];
            return { kind: 'exists', tag, attempts: attempt, tagNames: refs.map((r) => r.name) };
        }
        const next = opts.plan(refs.map((r) => r.name));
        if (opts.dryRun)
            return { kind: 'dry-run', ...next };
        const outcome = await createAnnotatedTag(github, {
            ...opts,
            tag: next.tag,
            message: opts.message(next.version),
        });
        if (outcome.created)
            return { kind: 'created', ...next, attempts: attempt, lostRaces };
        if (outcome.existingCommit === opts.sha) {
            return {
                kind: 'exists',
                tag: next.tag,
                attempts: attempt,
                tagNames: refs.map((r) => r.name),
            };
        }
        lostRaces.push(next.tag);
        opts.log?.(`${next.tag} was created for ${outcome.existingCommit.slice(0, 7)} meanwhile; reading the tags again`);
        await sleep(50 + Math.random() * 200 * attempt);
    }
    throw new ActionError(`Could not tag ${opts.sha.slice(0, 7)} in ${maxAttempts} attempts: ${lostRaces.join(', ')} were each taken by another commit first.`, {
        title: 'Tag race',
        hint: 'Many releases are being tagged at once; re-run this job (it continues from the tags as they are now).',
    });
}
/**
 * Starts `workflow` (a file name such as `publish.yml`, or an id) on `ref`
 * with `inputs`. A tag created with the job token starts no workflow; a
 * workflow_dispatch does, which is how the publish job learns of the release.
 */
async function dispatchWorkflow(github, where) {
    const workflowId = /^\d+$/.test(where.workflow)
        ? Number(where.workflow)
        : where.workflow.replace(/^\.github\/workflows\//, '');
    try {
        await github.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
            owner: where.owner,
            repo: where.repo,
            workflow_id: workflowId,
            ref: where.ref,
            inputs: where.inputs,
        });
    }
    catch (e) {
        const err = e;
        const url = `https://github.com/${where.owner}/${where.repo}/actions/workflows/${workflowId}`;
        const hint = err.status === 404
            ? `No workflow '${workflowId}' in ${where.owner}/${where.repo} (or the token cannot see it): check dispatch-workflow.`
            : err.status === 422
                ? `The workflow must have an 'on: workflow_dispatch' trigger declaring a 'version' input (GitHub said: ${err.message}).`
                : err.status === 403
                    ? "The token needs 'actions: write' (add it to the job's permissions)."
                    : undefined;
        if (err.status === undefined || err.status >= 500 || hint === undefined)
            throw e;
        throw new ActionError(`Could not start ${workflowId} for ${where.ref}.`, {
            input: 'dispatch-workflow',
            status: err.status,
            url,
            hint,
            cause: e,
        });
    }
}

;// CONCATENATED MODULE: ./packages/github/releases.ts
function toInfo(r) {
    return {
        id: r.id,
        tag: r.tag_name,
        name: r.name,
        body: r.body ?? '',
        draft: r.draft,
        prerelease: r.prerelease,
        url: r.html_url,
    };
}
/**
 * The release of `tag`: the published one if there is one, else the oldest
 * draft (the one a first run made). `others` counts further drafts of the
 * tag, made by hand or by an older client, which are left alone.
 */
async function findRelease(github, where) {
    const listed = (await github.paginate('GET /repos/{owner}/{repo}/releases', {
        owner: where.owner,
        repo: where.repo,
        per_page: 100,
    }));
    const mine = listed.filter((r) => r.tag_name === where.tag);
    const chosen = mine.find((r) => !r.draft) ?? [...mine].filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
    return { release: chosen ? toInfo(chosen) : undefined, others: Math.max(0, mine.length - 1) };
}
async function createDraftRelease(github, where) {
    const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
        owner: where.owner,
        repo: where.repo,
        tag_name: where.tag,
        target_commitish: where.sha,
        name: where.name,
        body: where.body,
        draft: true,
        prerelease: where.prerelease,
        // A retried POST whose first try landed would make a second draft: the
        // caller looks for the draft first, and this call is not retried.
        request: { retries: 0 },
    });
    return toInfo(data);
}
async function updateRelease(github, where) {
    const { data } = await github.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner: where.owner,
        repo: where.repo,
        release_id: where.id,
        ...(where.body !== undefined ? { body: where.body } : {}),
        ...(where.name !== undefined ? { name: where.name } : {}),
        ...(where.draft !== undefined ? { draft: where.draft } : {}),
        // Publishing makes it the latest unless it is a pre-release (GitHub refuses that).
        ...(where.draft === false ? { make_latest: 'legacy' } : {}),
    });
    return toInfo(data);
}
/** GitHub's generated notes for `tag` since `previousTag` (POST …/releases/generate-notes). */
async function generateNotes(github, where) {
    const { data } = await github.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
        owner: where.owner,
        repo: where.repo,
        tag_name: where.tag,
        target_commitish: where.sha,
        ...(where.previousTag ? { previous_tag_name: where.previousTag } : {}),
    });
    return data.body;
}
/**
 * The merged pull requests of the commits after `base` up to `head` (all of
 * `head`'s history when there is no base), at most `maxCommits` commits
 * looked at; `truncated` says when there were more.
 */
async function mergedPullsBetween(github, where) {
    const max = where.maxCommits ?? 100;
    let shas;
    let total;
    if (where.base) {
        const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            owner: where.owner,
            repo: where.repo,
            basehead: `${where.base}...${where.head}`,
            per_page: max,
        });
        shas = data.commits.map((c) => c.sha);
        total = data.total_commits;
    }
    else {
        shas = [where.head];
        total = 1;
    }
    shas = shas.slice(-max);
    const pulls = new Map();
    // A few at a time: one request per commit, within GitHub's concurrency guidance.
    for (let i = 0; i < shas.length; i += 4) {
        const batch = await Promise.all(shas.slice(i, i + 4).map((sha) => github.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
            owner: where.owner,
            repo: where.repo,
            commit_sha: sha,
            per_page: 100,
        })));
        for (const p of batch.flat()) {
            if (p.merged_at === null || pulls.has(p.number))
                continue;
            pulls.set(p.number, {
                number: p.number,
                title: p.title,
                url: p.html_url,
                labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
                author: p.user?.login,
            });
        }
    }
    return { pulls: [...pulls.values()], commits: shas.length, truncated: total > shas.length };
}

;// CONCATENATED MODULE: ./packages/github/suite-release.ts
/**
 * How this suite releases itself, on a `vX.Y.Z` tag: a GitHub Release with
 * notes (GitHub's generate-notes since the previous `vX.Y.Z`), and the major
 * tag `vX` (what users write in `uses: …@v1`) moved to the new version, only
 * ever forward: a tag pushed for an older version (a backport, a mistake)
 * must not pull every `@v1` user back. Dry-run computes the same plan and
 * writes nothing.
 */



/** `vX.Y.Z` exactly (no pre-release: those never move a major tag). */
function parseSuiteTag(tag) {
    const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(tag);
    return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}
function compareSemVer(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
const show = (v) => `v${v.major}.${v.minor}.${v.patch}`;
async function releaseSuite(github, o) {
    const log = o.log ?? (() => { });
    const version = parseSuiteTag(o.tag);
    if (!version) {
        throw new errors/* ActionError */.lZ(`'${o.tag}' is not a vX.Y.Z tag.`, {
            input: 'tag',
            hint: 'The suite releases from tags such as v1.2.0; the major tag (v1) is moved by this command, never pushed by hand.',
        });
    }
    const where = { owner: o.owner, repo: o.repo };
    const majorTag = `v${version.major}`;
    const refs = await listTagRefs(github, { ...where, prefix: 'v' });
    const own = refs.find((r) => r.name === o.tag);
    if (!own) {
        throw new errors/* ActionError */.lZ(`There is no tag ${o.tag} in ${o.owner}/${o.repo}.`, {
            input: 'tag',
            hint: `Push it first: git tag -a ${o.tag} -m "${o.tag}" && git push origin ${o.tag}`,
        });
    }
    const versions = refs
        .map((r) => ({ ref: r, v: parseSuiteTag(r.name) }))
        .filter((x) => x.v !== undefined);
    const majorRef = refs.find((r) => r.name === majorTag);
    const commits = await new TagCommits(github, where).resolve([
        ...versions.map((x) => x.ref),
        ...(majorRef ? [majorRef] : []),
    ]);
    const commit = commits.get(o.tag);
    const below = versions
        .filter((x) => compareSemVer(x.v, version) < 0)
        .sort((a, b) => compareSemVer(a.v, b.v));
    const previousTag = below[below.length - 1]?.ref.name;
    const latest = versions.every((x) => compareSemVer(x.v, version) <= 0);
    // The major tag: only forward.
    let major;
    let majorFrom;
    let refusal;
    if (!majorRef) {
        major = o.dryRun ? 'would-create' : 'created';
    }
    else {
        const from = commits.get(majorTag);
        const there = versions
            .filter((x) => x.v.major === version.major && commits.get(x.ref.name) === from)
            .sort((a, b) => compareSemVer(a.v, b.v));
        const fromVersion = there[there.length - 1]?.v;
        majorFrom = { commit: from, version: fromVersion ? show(fromVersion) : undefined };
        if (from === commit) {
            major = 'unchanged';
        }
        else if (fromVersion && compareSemVer(fromVersion, version) > 0) {
            // A backport (v1.1.1 after v1.2.0) is released, but @v1 stays on the newest.
            major = 'refused';
            refusal = `${majorTag} points at ${show(fromVersion)} (${from.slice(0, 7)}): moving it to ${o.tag} would take every @${majorTag} user back to an older version, so it stays.`;
        }
        else {
            let status = 'ahead';
            // No version tag where vX points (moved by hand): the history decides.
            if (!fromVersion) {
                try {
                    const { data } = await github.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                        ...where,
                        basehead: `${from}...${commit}`,
                        per_page: 1,
                    });
                    status = data.status;
                }
                catch (e) {
                    // GitHub answers 404 when the two commits share no history.
                    if (e.status !== 404)
                        throw e;
                    status = 'no common history';
                }
            }
            if (status !== 'ahead') {
                major = 'refused';
                refusal = `${majorTag} points at ${from.slice(0, 7)}, which ${o.tag} (${commit.slice(0, 7)}) does not descend from (${status}): moving it could take users back, so it stays.`;
            }
            else {
                major = o.dryRun ? 'would-move' : 'moved';
            }
        }
    }
    // The release: found (a re-run) or created with notes since the previous version.
    const found = await findRelease(github, { ...where, tag: o.tag });
    let release;
    let releaseUrl;
    if (found.release) {
        release = 'exists';
        releaseUrl = found.release.url;
        log(`${o.tag}: release already there (${releaseUrl}); left as it is.`);
    }
    else if (o.dryRun) {
        release = 'would-create';
        log(`${o.tag}: would create the release, notes since ${previousTag ?? 'the first commit'}.`);
    }
    else {
        const body = await generateNotes(github, { ...where, tag: o.tag, sha: commit, previousTag });
        const { data } = await github.request('POST /repos/{owner}/{repo}/releases', {
            ...where,
            tag_name: o.tag,
            name: o.tag,
            body,
            draft: false,
            prerelease: false,
            make_latest: latest ? 'true' : 'false',
            request: { retries: 0 },
        });
        release = 'created';
        releaseUrl = data.html_url;
        log(`${o.tag}: created the release ${releaseUrl}.`);
    }
    if (major === 'created') {
        await github.request('POST /repos/{owner}/{repo}/git/refs', {
            ...where,
            ref: `refs/tags/${majorTag}`,
            sha: commit,
        });
    }
    else if (major === 'moved') {
        await github.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            ...where,
            ref: `tags/${majorTag}`,
            sha: commit,
            force: true,
        });
    }
    log({
        created: `${majorTag}: created at ${commit.slice(0, 7)} (${o.tag}).`,
        'would-create': `${majorTag}: would be created at ${commit.slice(0, 7)} (${o.tag}).`,
        moved: `${majorTag}: moved from ${majorFrom?.commit.slice(0, 7)} (${majorFrom?.version ?? 'no version tag'}) to ${commit.slice(0, 7)} (${o.tag}).`,
        'would-move': `${majorTag}: would move from ${majorFrom?.commit.slice(0, 7)} (${majorFrom?.version ?? 'no version tag'}) to ${commit.slice(0, 7)} (${o.tag}).`,
        unchanged: `${majorTag}: already at ${commit.slice(0, 7)} (${o.tag}).`,
        refused: `${majorTag}: not moved. ${refusal ?? ''}`,
    }[major]);
    return {
        tag: o.tag,
        commit,
        majorTag,
        release,
        releaseUrl,
        previousTag,
        major,
        majorFrom,
        refusal,
        latest,
    };
}

;// CONCATENATED MODULE: ./packages/toolkit/inputs.ts
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
function inputs_parseUrl(raw, input, hint) {
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
        throw new errors/* ActionError */.lZ(`'${raw}' is not an owner/name repository.`, {
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
    return inputs_parseUrl(trimSlash(raw), input, 'Use the index root, e.g. https://pypi.org.');
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

// EXTERNAL MODULE: ./cli/command.ts
var command = __nccwpck_require__(314);
;// CONCATENATED MODULE: ./cli/release-suite.ts
/**
 * `runtime-actions release-suite --tag vX.Y.Z [--dry-run]`: this suite's own
 * release (packages/github/suite-release.ts), run by
 * .github/workflows/release.yml. The token comes from GITHUB_TOKEN (never a
 * command-line option, which would show in process lists and logs).
 */






const releaseSuiteCommand = {
    summary: "Release this suite from a vX.Y.Z tag: GitHub Release with notes, major tag vX moved forward only (GITHUB_TOKEN's contents: write).",
    options: {
        tag: { type: 'string', description: 'The version tag, e.g. v1.2.0.', required: true },
        repository: {
            type: 'string',
            description: 'owner/name of the suite repository.',
            default: '$GITHUB_REPOSITORY',
        },
        'api-url': {
            type: 'string',
            description: 'REST API root.',
            default: '$GITHUB_API_URL or https://api.github.com',
        },
        'dry-run': { type: 'boolean', description: 'Show what would be done; write nothing.' },
    },
    async run(values, io) {
        const tag = String(values.tag);
        const repository = parseRepository(values.repository ?? io.env.GITHUB_REPOSITORY ?? '', 'repository', 'Pass --repository owner/name or set GITHUB_REPOSITORY.');
        const [owner, repo] = repository.split('/');
        const token = io.env.GITHUB_TOKEN ?? '';
        if (!token) {
            throw new errors/* ActionError */.lZ('GITHUB_TOKEN is not set.', {
                hint: 'Set GITHUB_TOKEN to a token with contents: write on the repository (in a workflow: ${{ github.token }}).',
            });
        }
        const dryRun = values['dry-run'] === true;
        const github = createGitHubClient({
            token,
            baseUrl: values['api-url'] ??
                io.env.GITHUB_API_URL ??
                'https://api.github.com',
            userAgent: 'runtime-actions/release-suite',
            log: { warning: (m) => io.err(`warning: ${m}`) },
            writeIntervalMs: 0,
        });
        try {
            const outcome = await releaseSuite(github, {
                owner,
                repo,
                tag,
                dryRun,
                log: (l) => io.out(l),
            });
            if (outcome.refusal) {
                // On a runner, an annotation; in a terminal, a warning line.
                io.err(io.env.GITHUB_ACTIONS === 'true'
                    ? `::warning title=Major tag not moved::${outcome.refusal}`
                    : `warning: ${outcome.refusal}`);
            }
            io.out(`${dryRun ? 'Dry run: ' : ''}${tag} at ${outcome.commit.slice(0, 7)}: release ${outcome.release}${outcome.releaseUrl ? ` (${outcome.releaseUrl})` : ''}, ${outcome.majorTag} ${outcome.major}.`);
            return command/* EXIT */.dc.ok;
        }
        catch (e) {
            if (e instanceof errors/* ActionError */.lZ)
                throw e;
            throw errors_explainGitHubError(e, { operation: `release ${tag}`, repo: repository });
        }
    },
};


/***/ }),

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ terminalIo),
/* harmony export */   t: () => (/* binding */ terminalLine)
/* harmony export */ });
/** `level: file:line:column: title: message`, each part only when known. */
function terminalLine(level, message, place = {}) {
    const { file, line, column, title } = place;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
    return `${level}: ${where}${title ? `${title}: ` : ''}${message}`;
}
function terminalIo(cli, options = {}) {
    const log = options.log === true;
    const annotate = options.annotations !== false;
    const annotation = (level) => (message, place) => {
        if (annotate)
            cli.err(terminalLine(level, message, place));
    };
    return {
        info: (message) => {
            if (log)
                cli.out(message);
        },
        debug: () => undefined,
        warning: annotation('warning'),
        notice: annotation('notice'),
        error: annotation('error'),
        mask: () => undefined,
        setOutput: () => undefined,
        summary: async () => undefined,
    };
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ sdistBaseName),
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   G_: () => (/* binding */ isPythonIdentifier),
/* harmony export */   H7: () => (/* binding */ wheelFileName),
/* harmony export */   OQ: () => (/* binding */ PURE_TAG),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   es: () => (/* binding */ distInfoDir),
/* harmony export */   hJ: () => (/* binding */ sdistFileName),
/* harmony export */   mn: () => (/* binding */ safeExtra),
/* harmony export */   xX: () => (/* binding */ checkProjectName)
/* harmony export */ });
/* unused harmony exports escapedName, escapedVersion, parseFilename, isDistributionFilename */
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(996);
/* harmony import */ var _python_keywords_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(425);
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
function safeExtra(extra) {
    return extra.replace(/[^A-Za-z0-9.-]+/g, '_').toLowerCase();
}
const KEYWORDS = new Set(_python_keywords_js__WEBPACK_IMPORTED_MODULE_1__/* .PYTHON_KEYWORDS */ .I);
/** Whether `name` can be written after `import` (a Python identifier that is not a keyword). */
function isPythonIdentifier(name) {
    return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name) && !KEYWORDS.has(name);
}
/** Checks a distribution name an input gave, with the fix in the message. */
function checkProjectName(name, input) {
    if (!isValidProjectName(name)) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}': '${name}' is not a valid distribution name (PEP 508: letters, digits, '.', '_', '-', starting and ending with a letter or digit).`, { input });
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


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SI: () => (/* binding */ readProjectFile),
/* harmony export */   fu: () => (/* binding */ defaultProject)
/* harmony export */ });
/* unused harmony exports emptyProject, checkRequirement, parseProjectToml */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(292);
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(996);
/* harmony import */ var _versions_specifiers_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(929);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(677);
/**
 * The `[project]` table (PEP 621) of the runtime's project file, parsed with
 * smol-toml and validated key by key, so a mistake is reported as
 * `pyproject.runtime.toml:12: project.dependencies[2] …` instead of surfacing
 * as a confusing metadata error on the index.
 */






function emptyProject() {
    return {
        authors: [],
        maintainers: [],
        keywords: [],
        classifiers: [],
        urls: [],
        dependencies: [],
        optionalDependencies: [],
        scripts: [],
        guiScripts: [],
        entryPoints: [],
    };
}
/** What the build assumes without a project file: the runtime's own floor, nothing else. */
function defaultProject() {
    return { ...emptyProject(), requiresPython: '>=3.11' };
}
const KNOWN_KEYS = new Set([
    'name',
    'version',
    'description',
    'readme',
    'requires-python',
    'license',
    'authors',
    'maintainers',
    'keywords',
    'classifiers',
    'urls',
    'scripts',
    'gui-scripts',
    'entry-points',
    'dependencies',
    'optional-dependencies',
    'dynamic',
]);
/**
 * PEP 508 requirement, checked for shape: a name, optional extras, then a
 * PEP 440 specifier (validated by packages/versions) or a URL, then an
 * optional marker. Markers are only checked for being non-empty: pip
 * evaluates them, and a wrong one fails loudly at install time.
 */
const REQUIREMENT = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[\s*[A-Za-z0-9._-]+(?:\s*,\s*[A-Za-z0-9._-]+)*\s*\])?\s*(\(?[^;@()]*\)?|@\s*\S+)?\s*(;\s*\S.*)?$/;
function checkRequirement(req) {
    const m = REQUIREMENT.exec(req);
    if (!m)
        return `'${req}' is not a PEP 508 requirement (name[extras] specifier ; marker)`;
    const spec = (m[3] ?? '').trim();
    if (spec && !spec.startsWith('@')) {
        const bare = spec.replace(/^\((.*)\)$/, '$1').trim();
        if (bare && !(0,_versions_specifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .isSpecifier */ .t)(bare))
            return `'${req}': '${bare}' is not a PEP 440 version specifier`;
    }
    return undefined;
}
/** `module.sub:attr.attr` (PEP 621 object references, as entry points take them). */
const OBJECT_REF = /^\s*([^\s:[\]]+)\s*(?::\s*([^\s[\]]+))?\s*(\[[^\]]*\])?\s*$/;
function checkObjectRef(ref, needsAttr) {
    const m = OBJECT_REF.exec(ref);
    const mod = m?.[1];
    const attr = m?.[2];
    if (!m || !mod || !mod.split('.').every(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isPythonIdentifier */ .G_)) {
        return `'${ref}' is not an object reference (module.sub:function)`;
    }
    if (attr !== undefined && !attr.split('.').every(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isPythonIdentifier */ .G_)) {
        return `'${ref}': '${attr}' is not an attribute path`;
    }
    if (needsAttr && attr === undefined)
        return `'${ref}' names a module, not a function (module:function)`;
    return undefined;
}
const README_TYPES = {
    '.md': 'text/markdown',
    '.markdown': 'text/markdown',
    '.rst': 'text/x-rst',
    '.txt': 'text/plain',
};
/** Best-effort line of a key in the TOML text, for annotations (smol-toml keeps no positions). */
function lineOfKey(text, key) {
    const lines = text.split(/\r?\n/);
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = [
        new RegExp(`^\\s*\\[\\s*project\\s*\\.\\s*["']?${escaped}["']?\\s*[\\].]`),
        new RegExp(`^\\s*["']?${escaped}["']?\\s*=`),
    ];
    let inProject = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (patterns[0]?.test(line))
            return i + 1;
        const header = /^\s*\[([^\]]*)\]/.exec(line);
        if (header)
            inProject = header[1]?.trim() === 'project';
        else if (inProject && patterns[1]?.test(line))
            return i + 1;
    }
    return undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** Reads and validates a project file. Relative paths (readme, license.file) are relative to it. */
function readProjectFile(file, options) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Cannot read the project file ${options.displayPath}: ${e.message}`, {
            input: 'project',
            file: options.displayPath,
            hint: 'Point the project input at a TOML file holding a [project] table.',
        });
    }
    return parseProjectToml(text, { ...options, baseDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file) });
}
function parseProjectToml(text, options) {
    const where = options.displayPath;
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (e) {
        const te = e;
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where} is not valid TOML: ${te.message.split('\n')[0] ?? te.message}`, {
            title: 'Invalid project file',
            file: where,
            line: te instanceof smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .TomlError */ .zx ? te.line : undefined,
            column: te instanceof smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .TomlError */ .zx ? te.column : undefined,
            details: te.message.split('\n').slice(1),
        });
    }
    const table = doc.project;
    if (!isRecord(table)) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where} has no [project] table.`, {
            title: 'Invalid project file',
            file: where,
            hint: 'Add a [project] table (PEP 621) with description, requires-python, dependencies, scripts.',
        });
    }
    const problems = [];
    const project = emptyProject();
    const str = (key, v) => {
        if (v === undefined)
            return undefined;
        if (typeof v !== 'string')
            problems.push({ key, message: `must be a string, got ${describe(v)}` });
        else
            return v;
        return undefined;
    };
    const strArray = (key, v) => {
        if (v === undefined)
            return [];
        if (!Array.isArray(v)) {
            problems.push({ key, message: `must be an array of strings, got ${describe(v)}` });
            return [];
        }
        const out = [];
        v.forEach((item, i) => {
            if (typeof item === 'string')
                out.push(item);
            else
                problems.push({ key, message: `[${i}] must be a string, got ${describe(item)}` });
        });
        return out;
    };
    const strTable = (key, v) => {
        if (v === undefined)
            return [];
        if (!isRecord(v)) {
            problems.push({ key, message: `must be a table of strings, got ${describe(v)}` });
            return [];
        }
        const out = [];
        for (const [k, item] of Object.entries(v)) {
            if (typeof item === 'string')
                out.push([k, item]);
            else
                problems.push({ key, message: `'${k}' must be a string, got ${describe(item)}` });
        }
        return out;
    };
    for (const key of Object.keys(table)) {
        if (!KNOWN_KEYS.has(key)) {
            problems.push({
                key,
                message: 'is not a PEP 621 key',
                hint: `Known keys: ${[...KNOWN_KEYS].join(', ')}.`,
            });
        }
    }
    if (table.name !== undefined) {
        const name = str('name', table.name);
        if (name !== undefined &&
            (!(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidProjectName */ .FE)(name) || (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(name) !== (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(options.name))) {
            problems.push({
                key: 'name',
                message: `is '${name}' but the build's package-name is '${options.name}'`,
                hint: 'Remove project.name (the package-name input sets it) or make the two agree.',
            });
        }
    }
    if (table.version !== undefined) {
        problems.push({
            key: 'version',
            message: 'must not be set: the version comes from the build’s version input',
            hint: 'Remove project.version; a static version here would go stale at the next release.',
        });
    }
    if (table.dynamic !== undefined) {
        const dyn = strArray('dynamic', table.dynamic);
        if (dyn.length > 0) {
            problems.push({
                key: 'dynamic',
                message: `lists ${dyn.join(', ')}, but nothing is computed at build time here`,
                hint: 'Write the values into the table (version comes from the version input); remove project.dynamic.',
            });
        }
    }
    project.description = str('description', table.description);
    if (project.description?.includes('\n')) {
        problems.push({
            key: 'description',
            message: 'must be one line (it is the summary; the long text goes in readme)',
        });
    }
    const rp = str('requires-python', table['requires-python']);
    if (rp !== undefined) {
        if (!(0,_versions_specifiers_js__WEBPACK_IMPORTED_MODULE_4__/* .isSpecifier */ .t)(rp) || rp.trim() === '') {
            problems.push({
                key: 'requires-python',
                message: `'${rp}' is not a PEP 440 version specifier (e.g. ">=3.11")`,
            });
        }
        else
            project.requiresPython = rp.trim();
    }
    // readme: a path, or {file|text, content-type}.
    const readme = table.readme;
    if (readme !== undefined) {
        let file;
        let readmeText;
        let contentType;
        if (typeof readme === 'string')
            file = readme;
        else if (isRecord(readme)) {
            file = str('readme.file', readme.file);
            readmeText = str('readme.text', readme.text);
            contentType = str('readme.content-type', readme['content-type']);
            if ((file === undefined) === (readmeText === undefined)) {
                problems.push({ key: 'readme', message: 'must have exactly one of file or text' });
            }
            if (contentType === undefined)
                problems.push({ key: 'readme', message: 'table needs a content-type' });
        }
        else
            problems.push({
                key: 'readme',
                message: `must be a path or a table, got ${describe(readme)}`,
            });
        if (file !== undefined) {
            const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase();
            contentType ??= README_TYPES[ext];
            if (contentType === undefined) {
                problems.push({
                    key: 'readme',
                    message: `cannot tell the content type of '${file}'`,
                    hint: 'Use a .md, .rst or .txt file, or a table {file = "…", content-type = "text/markdown"}.',
                });
            }
            try {
                readmeText = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.baseDir, file), 'utf8');
            }
            catch (e) {
                problems.push({
                    key: 'readme',
                    message: `file '${file}' cannot be read (${e.code ?? e.message})`,
                    hint: `Paths are relative to ${where}.`,
                });
            }
        }
        if (readmeText !== undefined && contentType !== undefined) {
            project.readme = { text: readmeText, contentType };
            if (file !== undefined)
                project.readme.fileName = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
        }
    }
    const license = table.license;
    if (license !== undefined) {
        if (typeof license === 'string')
            project.license = license; // PEP 639 expression: License: under 2.1
        else if (isRecord(license)) {
            const lt = str('license.text', license.text);
            const lf = str('license.file', license.file);
            if ((lt === undefined) === (lf === undefined)) {
                problems.push({ key: 'license', message: 'table must have exactly one of text or file' });
            }
            else if (lt !== undefined)
                project.license = lt;
            else if (lf !== undefined) {
                try {
                    project.license = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.baseDir, lf), 'utf8').trimEnd();
                }
                catch (e) {
                    problems.push({
                        key: 'license',
                        message: `file '${lf}' cannot be read (${e.code ?? e.message})`,
                    });
                }
            }
        }
        else
            problems.push({
                key: 'license',
                message: `must be a string or a table, got ${describe(license)}`,
            });
    }
    for (const key of ['authors', 'maintainers']) {
        const v = table[key];
        if (v === undefined)
            continue;
        if (!Array.isArray(v)) {
            problems.push({
                key,
                message: `must be an array of {name, email} tables, got ${describe(v)}`,
            });
            continue;
        }
        v.forEach((p, i) => {
            if (!isRecord(p))
                return problems.push({ key, message: `[${i}] must be a table {name, email}` });
            const name = str(`${key}[${i}].name`, p.name);
            const email = str(`${key}[${i}].email`, p.email);
            if (name === undefined && email === undefined)
                problems.push({ key, message: `[${i}] needs a name or an email` });
            if (name?.includes(','))
                problems.push({ key, message: `[${i}].name must not contain a comma` });
            const person = {};
            if (name !== undefined)
                person.name = name;
            if (email !== undefined)
                person.email = email;
            project[key].push(person);
        });
    }
    project.keywords = strArray('keywords', table.keywords);
    project.classifiers = strArray('classifiers', table.classifiers);
    project.urls = strTable('urls', table.urls);
    for (const [label] of project.urls) {
        if (label.length > 32)
            problems.push({ key: 'urls', message: `label '${label}' is longer than 32 characters` });
    }
    project.dependencies = strArray('dependencies', table.dependencies);
    project.dependencies.forEach((d, i) => {
        const bad = checkRequirement(d);
        if (bad)
            problems.push({ key: 'dependencies', message: `[${i}] ${bad}` });
    });
    const od = table['optional-dependencies'];
    if (od !== undefined) {
        if (!isRecord(od))
            problems.push({ key: 'optional-dependencies', message: 'must be a table of arrays' });
        else {
            for (const [extra, reqs] of Object.entries(od)) {
                if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidProjectName */ .FE)(extra)) {
                    problems.push({
                        key: 'optional-dependencies',
                        message: `'${extra}' is not a valid extra name`,
                    });
                }
                const list = strArray(`optional-dependencies.${extra}`, reqs);
                list.forEach((d, i) => {
                    const bad = checkRequirement(d);
                    if (bad)
                        problems.push({ key: 'optional-dependencies', message: `${extra}[${i}] ${bad}` });
                });
                project.optionalDependencies.push([extra, list]);
            }
        }
    }
    const entries = (key, v, needsAttr) => {
        const list = strTable(key, v);
        for (const [name, ref] of list) {
            if (!/^[^\s=[\]]+$/.test(name) || name.startsWith('#')) {
                problems.push({
                    key,
                    message: `entry name '${name}' must not contain whitespace, '=' or brackets`,
                });
            }
            const bad = checkObjectRef(ref, needsAttr);
            if (bad)
                problems.push({ key, message: `'${name}': ${bad}` });
        }
        return list;
    };
    project.scripts = entries('scripts', table.scripts, true);
    project.guiScripts = entries('gui-scripts', table['gui-scripts'], true);
    const ep = table['entry-points'];
    if (ep !== undefined) {
        if (!isRecord(ep))
            problems.push({ key: 'entry-points', message: 'must be a table of tables' });
        else {
            for (const [group, list] of Object.entries(ep)) {
                if (group === 'console_scripts' || group === 'gui_scripts') {
                    problems.push({
                        key: 'entry-points',
                        message: `group '${group}' belongs in project.${group === 'console_scripts' ? 'scripts' : 'gui-scripts'}`,
                    });
                    continue;
                }
                if (!/^\w+(\.\w+)*$/.test(group)) {
                    problems.push({ key: 'entry-points', message: `group '${group}' must be dotted words` });
                }
                project.entryPoints.push([group, entries(`entry-points.${group}`, list, false)]);
            }
        }
    }
    if (problems.length > 0) {
        const errors = problems.map((p) => new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${where}: project.${p.key} ${p.message}.`, {
            title: 'Invalid project file',
            file: where,
            line: lineOfKey(text, p.key.split(/[.[]/)[0]),
            hint: p.hint,
        }));
        (0,_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .throwIfAny */ .MI)(errors, `${where}: ${errors.length} problems in the [project] table.`);
    }
    return project;
}
function describe(v) {
    if (Array.isArray(v))
        return 'an array';
    if (v instanceof Date)
        return 'a date';
    if (v === null)
        return 'null';
    return typeof v === 'object' ? 'a table' : `${typeof v} ${JSON.stringify(v)}`;
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ij: () => (/* binding */ analyseModule),
  Q_: () => (/* binding */ forgetAnalyses),
  O6: () => (/* binding */ statementLine),
  rH: () => (/* binding */ syntaxErrorHint)
});

// UNUSED EXPORTS: SCAN_RULES_FOR_TESTS, analyseWith, pythonGrammar, stringValue, useFullParse

// EXTERNAL MODULE: ./packages/toolkit/errors.ts
var errors = __nccwpck_require__(996);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(995);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(136);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
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




const parser_require = (0,external_node_module_.createRequire)(import.meta.url);
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

// EXTERNAL MODULE: ./packages/python/keywords.ts
var keywords = __nccwpck_require__(425);
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
    ...keywords/* PYTHON_KEYWORDS */.I,
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


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ encodePythonSource),
/* harmony export */   m: () => (/* binding */ decodePythonSource)
/* harmony export */ });
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(996);
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
    return new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${file}:${line}: ${shown} is not valid ${encoding}.`, {
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
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${file}:${declaration.line}: the file starts with a UTF-8 byte order mark but declares ${declaration.name}.`, {
            title: `Not valid ${declaration.name}`,
            file,
            line: declaration.line,
            hint: 'CPython refuses this ("encoding problem: utf-8"): drop the byte order mark or the declaration.',
        });
    }
    if (!codec) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${file}:${declaration?.line ?? 1}: unsupported source encoding '${declaration?.name}'.`, {
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
    return new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Character U+${source.text.codePointAt(index).toString(16).toUpperCase().padStart(4, '0')} on line ${line} cannot be written as ${source.encoding}.`, { title: `Not valid ${source.encoding}`, line });
}


/***/ }),

/***/ 425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PYTHON_KEYWORDS)
/* harmony export */ });
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


/***/ }),

/***/ 468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ STDLIB_VERSIONS),
/* harmony export */   t: () => (/* binding */ STDLIB_MODULE_NAMES)
/* harmony export */ });
/**
 * Top-level module names of CPython's standard library (sys.stdlib_module_names),
 * each with the first and last of the versions below that list it.
 *
 * GENERATED by scripts/stdlib-names.py from CPython 3.10, CPython 3.11, CPython 3.12, CPython 3.13: do not edit.
 * test/python/stdlib-names.test.ts regenerates it with every interpreter available.
 */
const STDLIB_VERSIONS = ['3.10', '3.11', '3.12', '3.13'];
const STDLIB_MODULE_NAMES = new Map([
    ['__future__', ['3.10', '3.13']],
    ['_abc', ['3.10', '3.13']],
    ['_aix_support', ['3.10', '3.13']],
    ['_android_support', ['3.13', '3.13']],
    ['_ast', ['3.10', '3.13']],
    ['_asyncio', ['3.10', '3.13']],
    ['_bisect', ['3.10', '3.13']],
    ['_blake2', ['3.10', '3.13']],
    ['_bootsubprocess', ['3.10', '3.11']],
    ['_bz2', ['3.10', '3.13']],
    ['_codecs', ['3.10', '3.13']],
    ['_codecs_cn', ['3.10', '3.13']],
    ['_codecs_hk', ['3.10', '3.13']],
    ['_codecs_iso2022', ['3.10', '3.13']],
    ['_codecs_jp', ['3.10', '3.13']],
    ['_codecs_kr', ['3.10', '3.13']],
    ['_codecs_tw', ['3.10', '3.13']],
    ['_collections', ['3.10', '3.13']],
    ['_collections_abc', ['3.10', '3.13']],
    ['_colorize', ['3.13', '3.13']],
    ['_compat_pickle', ['3.10', '3.13']],
    ['_compression', ['3.10', '3.13']],
    ['_contextvars', ['3.10', '3.13']],
    ['_crypt', ['3.10', '3.12']],
    ['_csv', ['3.10', '3.13']],
    ['_ctypes', ['3.10', '3.13']],
    ['_curses', ['3.10', '3.13']],
    ['_curses_panel', ['3.10', '3.13']],
    ['_datetime', ['3.10', '3.13']],
    ['_dbm', ['3.10', '3.13']],
    ['_decimal', ['3.10', '3.13']],
    ['_elementtree', ['3.10', '3.13']],
    ['_frozen_importlib', ['3.10', '3.13']],
    ['_frozen_importlib_external', ['3.10', '3.13']],
    ['_functools', ['3.10', '3.13']],
    ['_gdbm', ['3.10', '3.13']],
    ['_hashlib', ['3.10', '3.13']],
    ['_heapq', ['3.10', '3.13']],
    ['_imp', ['3.10', '3.13']],
    ['_interpchannels', ['3.13', '3.13']],
    ['_interpqueues', ['3.13', '3.13']],
    ['_interpreters', ['3.13', '3.13']],
    ['_io', ['3.10', '3.13']],
    ['_ios_support', ['3.13', '3.13']],
    ['_json', ['3.10', '3.13']],
    ['_locale', ['3.10', '3.13']],
    ['_lsprof', ['3.10', '3.13']],
    ['_lzma', ['3.10', '3.13']],
    ['_markupbase', ['3.10', '3.13']],
    ['_md5', ['3.10', '3.13']],
    ['_msi', ['3.10', '3.12']],
    ['_multibytecodec', ['3.10', '3.13']],
    ['_multiprocessing', ['3.10', '3.13']],
    ['_opcode', ['3.10', '3.13']],
    ['_opcode_metadata', ['3.13', '3.13']],
    ['_operator', ['3.10', '3.13']],
    ['_osx_support', ['3.10', '3.13']],
    ['_overlapped', ['3.10', '3.13']],
    ['_pickle', ['3.10', '3.13']],
    ['_posixshmem', ['3.10', '3.13']],
    ['_posixsubprocess', ['3.10', '3.13']],
    ['_py_abc', ['3.10', '3.13']],
    ['_pydatetime', ['3.12', '3.13']],
    ['_pydecimal', ['3.10', '3.13']],
    ['_pyio', ['3.10', '3.13']],
    ['_pylong', ['3.12', '3.13']],
    ['_pyrepl', ['3.13', '3.13']],
    ['_queue', ['3.10', '3.13']],
    ['_random', ['3.10', '3.13']],
    ['_scproxy', ['3.10', '3.13']],
    ['_sha1', ['3.10', '3.13']],
    ['_sha2', ['3.12', '3.13']],
    ['_sha256', ['3.10', '3.11']],
    ['_sha3', ['3.10', '3.13']],
    ['_sha512', ['3.10', '3.11']],
    ['_signal', ['3.10', '3.13']],
    ['_sitebuiltins', ['3.10', '3.13']],
    ['_socket', ['3.10', '3.13']],
    ['_sqlite3', ['3.10', '3.13']],
    ['_sre', ['3.10', '3.13']],
    ['_ssl', ['3.10', '3.13']],
    ['_stat', ['3.10', '3.13']],
    ['_statistics', ['3.10', '3.13']],
    ['_string', ['3.10', '3.13']],
    ['_strptime', ['3.10', '3.13']],
    ['_struct', ['3.10', '3.13']],
    ['_suggestions', ['3.13', '3.13']],
    ['_symtable', ['3.10', '3.13']],
    ['_sysconfig', ['3.13', '3.13']],
    ['_thread', ['3.10', '3.13']],
    ['_threading_local', ['3.10', '3.13']],
    ['_tkinter', ['3.10', '3.13']],
    ['_tokenize', ['3.11', '3.13']],
    ['_tracemalloc', ['3.10', '3.13']],
    ['_typing', ['3.11', '3.13']],
    ['_uuid', ['3.10', '3.13']],
    ['_warnings', ['3.10', '3.13']],
    ['_weakref', ['3.10', '3.13']],
    ['_weakrefset', ['3.10', '3.13']],
    ['_winapi', ['3.10', '3.13']],
    ['_wmi', ['3.13', '3.13']],
    ['_zoneinfo', ['3.10', '3.13']],
    ['abc', ['3.10', '3.13']],
    ['aifc', ['3.10', '3.12']],
    ['antigravity', ['3.10', '3.13']],
    ['argparse', ['3.10', '3.13']],
    ['array', ['3.10', '3.13']],
    ['ast', ['3.10', '3.13']],
    ['asynchat', ['3.10', '3.11']],
    ['asyncio', ['3.10', '3.13']],
    ['asyncore', ['3.10', '3.11']],
    ['atexit', ['3.10', '3.13']],
    ['audioop', ['3.10', '3.12']],
    ['base64', ['3.10', '3.13']],
    ['bdb', ['3.10', '3.13']],
    ['binascii', ['3.10', '3.13']],
    ['binhex', ['3.10', '3.10']],
    ['bisect', ['3.10', '3.13']],
    ['builtins', ['3.10', '3.13']],
    ['bz2', ['3.10', '3.13']],
    ['cProfile', ['3.10', '3.13']],
    ['calendar', ['3.10', '3.13']],
    ['cgi', ['3.10', '3.12']],
    ['cgitb', ['3.10', '3.12']],
    ['chunk', ['3.10', '3.12']],
    ['cmath', ['3.10', '3.13']],
    ['cmd', ['3.10', '3.13']],
    ['code', ['3.10', '3.13']],
    ['codecs', ['3.10', '3.13']],
    ['codeop', ['3.10', '3.13']],
    ['collections', ['3.10', '3.13']],
    ['colorsys', ['3.10', '3.13']],
    ['compileall', ['3.10', '3.13']],
    ['concurrent', ['3.10', '3.13']],
    ['configparser', ['3.10', '3.13']],
    ['contextlib', ['3.10', '3.13']],
    ['contextvars', ['3.10', '3.13']],
    ['copy', ['3.10', '3.13']],
    ['copyreg', ['3.10', '3.13']],
    ['crypt', ['3.10', '3.12']],
    ['csv', ['3.10', '3.13']],
    ['ctypes', ['3.10', '3.13']],
    ['curses', ['3.10', '3.13']],
    ['dataclasses', ['3.10', '3.13']],
    ['datetime', ['3.10', '3.13']],
    ['dbm', ['3.10', '3.13']],
    ['decimal', ['3.10', '3.13']],
    ['difflib', ['3.10', '3.13']],
    ['dis', ['3.10', '3.13']],
    ['distutils', ['3.10', '3.11']],
    ['doctest', ['3.10', '3.13']],
    ['email', ['3.10', '3.13']],
    ['encodings', ['3.10', '3.13']],
    ['ensurepip', ['3.10', '3.13']],
    ['enum', ['3.10', '3.13']],
    ['errno', ['3.10', '3.13']],
    ['faulthandler', ['3.10', '3.13']],
    ['fcntl', ['3.10', '3.13']],
    ['filecmp', ['3.10', '3.13']],
    ['fileinput', ['3.10', '3.13']],
    ['fnmatch', ['3.10', '3.13']],
    ['fractions', ['3.10', '3.13']],
    ['ftplib', ['3.10', '3.13']],
    ['functools', ['3.10', '3.13']],
    ['gc', ['3.10', '3.13']],
    ['genericpath', ['3.10', '3.13']],
    ['getopt', ['3.10', '3.13']],
    ['getpass', ['3.10', '3.13']],
    ['gettext', ['3.10', '3.13']],
    ['glob', ['3.10', '3.13']],
    ['graphlib', ['3.10', '3.13']],
    ['grp', ['3.10', '3.13']],
    ['gzip', ['3.10', '3.13']],
    ['hashlib', ['3.10', '3.13']],
    ['heapq', ['3.10', '3.13']],
    ['hmac', ['3.10', '3.13']],
    ['html', ['3.10', '3.13']],
    ['http', ['3.10', '3.13']],
    ['idlelib', ['3.10', '3.13']],
    ['imaplib', ['3.10', '3.13']],
    ['imghdr', ['3.10', '3.12']],
    ['imp', ['3.10', '3.11']],
    ['importlib', ['3.10', '3.13']],
    ['inspect', ['3.10', '3.13']],
    ['io', ['3.10', '3.13']],
    ['ipaddress', ['3.10', '3.13']],
    ['itertools', ['3.10', '3.13']],
    ['json', ['3.10', '3.13']],
    ['keyword', ['3.10', '3.13']],
    ['lib2to3', ['3.10', '3.12']],
    ['linecache', ['3.10', '3.13']],
    ['locale', ['3.10', '3.13']],
    ['logging', ['3.10', '3.13']],
    ['lzma', ['3.10', '3.13']],
    ['mailbox', ['3.10', '3.13']],
    ['mailcap', ['3.10', '3.12']],
    ['marshal', ['3.10', '3.13']],
    ['math', ['3.10', '3.13']],
    ['mimetypes', ['3.10', '3.13']],
    ['mmap', ['3.10', '3.13']],
    ['modulefinder', ['3.10', '3.13']],
    ['msilib', ['3.10', '3.12']],
    ['msvcrt', ['3.10', '3.13']],
    ['multiprocessing', ['3.10', '3.13']],
    ['netrc', ['3.10', '3.13']],
    ['nis', ['3.10', '3.12']],
    ['nntplib', ['3.10', '3.12']],
    ['nt', ['3.10', '3.13']],
    ['ntpath', ['3.10', '3.13']],
    ['nturl2path', ['3.10', '3.13']],
    ['numbers', ['3.10', '3.13']],
    ['opcode', ['3.10', '3.13']],
    ['operator', ['3.10', '3.13']],
    ['optparse', ['3.10', '3.13']],
    ['os', ['3.10', '3.13']],
    ['ossaudiodev', ['3.10', '3.12']],
    ['pathlib', ['3.10', '3.13']],
    ['pdb', ['3.10', '3.13']],
    ['pickle', ['3.10', '3.13']],
    ['pickletools', ['3.10', '3.13']],
    ['pipes', ['3.10', '3.12']],
    ['pkgutil', ['3.10', '3.13']],
    ['platform', ['3.10', '3.13']],
    ['plistlib', ['3.10', '3.13']],
    ['poplib', ['3.10', '3.13']],
    ['posix', ['3.10', '3.13']],
    ['posixpath', ['3.10', '3.13']],
    ['pprint', ['3.10', '3.13']],
    ['profile', ['3.10', '3.13']],
    ['pstats', ['3.10', '3.13']],
    ['pty', ['3.10', '3.13']],
    ['pwd', ['3.10', '3.13']],
    ['py_compile', ['3.10', '3.13']],
    ['pyclbr', ['3.10', '3.13']],
    ['pydoc', ['3.10', '3.13']],
    ['pydoc_data', ['3.10', '3.13']],
    ['pyexpat', ['3.10', '3.13']],
    ['queue', ['3.10', '3.13']],
    ['quopri', ['3.10', '3.13']],
    ['random', ['3.10', '3.13']],
    ['re', ['3.10', '3.13']],
    ['readline', ['3.10', '3.13']],
    ['reprlib', ['3.10', '3.13']],
    ['resource', ['3.10', '3.13']],
    ['rlcompleter', ['3.10', '3.13']],
    ['runpy', ['3.10', '3.13']],
    ['sched', ['3.10', '3.13']],
    ['secrets', ['3.10', '3.13']],
    ['select', ['3.10', '3.13']],
    ['selectors', ['3.10', '3.13']],
    ['shelve', ['3.10', '3.13']],
    ['shlex', ['3.10', '3.13']],
    ['shutil', ['3.10', '3.13']],
    ['signal', ['3.10', '3.13']],
    ['site', ['3.10', '3.13']],
    ['smtpd', ['3.10', '3.11']],
    ['smtplib', ['3.10', '3.13']],
    ['sndhdr', ['3.10', '3.12']],
    ['socket', ['3.10', '3.13']],
    ['socketserver', ['3.10', '3.13']],
    ['spwd', ['3.10', '3.12']],
    ['sqlite3', ['3.10', '3.13']],
    ['sre_compile', ['3.10', '3.13']],
    ['sre_constants', ['3.10', '3.13']],
    ['sre_parse', ['3.10', '3.13']],
    ['ssl', ['3.10', '3.13']],
    ['stat', ['3.10', '3.13']],
    ['statistics', ['3.10', '3.13']],
    ['string', ['3.10', '3.13']],
    ['stringprep', ['3.10', '3.13']],
    ['struct', ['3.10', '3.13']],
    ['subprocess', ['3.10', '3.13']],
    ['sunau', ['3.10', '3.12']],
    ['symtable', ['3.10', '3.13']],
    ['sys', ['3.10', '3.13']],
    ['sysconfig', ['3.10', '3.13']],
    ['syslog', ['3.10', '3.13']],
    ['tabnanny', ['3.10', '3.13']],
    ['tarfile', ['3.10', '3.13']],
    ['telnetlib', ['3.10', '3.12']],
    ['tempfile', ['3.10', '3.13']],
    ['termios', ['3.10', '3.13']],
    ['textwrap', ['3.10', '3.13']],
    ['this', ['3.10', '3.13']],
    ['threading', ['3.10', '3.13']],
    ['time', ['3.10', '3.13']],
    ['timeit', ['3.10', '3.13']],
    ['tkinter', ['3.10', '3.13']],
    ['token', ['3.10', '3.13']],
    ['tokenize', ['3.10', '3.13']],
    ['tomllib', ['3.11', '3.13']],
    ['trace', ['3.10', '3.13']],
    ['traceback', ['3.10', '3.13']],
    ['tracemalloc', ['3.10', '3.13']],
    ['tty', ['3.10', '3.13']],
    ['turtle', ['3.10', '3.13']],
    ['turtledemo', ['3.10', '3.13']],
    ['types', ['3.10', '3.13']],
    ['typing', ['3.10', '3.13']],
    ['unicodedata', ['3.10', '3.13']],
    ['unittest', ['3.10', '3.13']],
    ['urllib', ['3.10', '3.13']],
    ['uu', ['3.10', '3.12']],
    ['uuid', ['3.10', '3.13']],
    ['venv', ['3.10', '3.13']],
    ['warnings', ['3.10', '3.13']],
    ['wave', ['3.10', '3.13']],
    ['weakref', ['3.10', '3.13']],
    ['webbrowser', ['3.10', '3.13']],
    ['winreg', ['3.10', '3.13']],
    ['winsound', ['3.10', '3.13']],
    ['wsgiref', ['3.10', '3.13']],
    ['xdrlib', ['3.10', '3.12']],
    ['xml', ['3.10', '3.13']],
    ['xmlrpc', ['3.10', '3.13']],
    ['zipapp', ['3.10', '3.13']],
    ['zipfile', ['3.10', '3.13']],
    ['zipimport', ['3.10', '3.13']],
    ['zlib', ['3.10', '3.13']],
    ['zoneinfo', ['3.10', '3.13']],
]);


/***/ }),

/***/ 248:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ BUILD_DEFAULTS)
/* harmony export */ });
/**
 * The build's option defaults, shared by the CLI. build/action.yml holds the
 * same values for the action (the runner fills them in); a test keeps the two
 * in step.
 */
const BUILD_DEFAULTS = {
    source: 'workspace',
    'package-name': 'molecule-ai-workspace-runtime',
    'import-name': 'molecule_runtime',
    'out-dir': 'dist',
    project: '',
    exclude: [
        'Dockerfile',
        '*.sh',
        'pytest.ini',
        'requirements.txt',
        '__pycache__/',
        'tests/',
        'lib/',
        'molecule_audit/',
        'scripts/',
        // Dot-files (.coveragerc, .env*, editor and tool configs) are never runtime code; `!name` ships one.
        '.*',
    ],
    modules: [],
    'allow-unresolved': [],
    strict: 'false',
};


/***/ }),

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Pl: () => (/* binding */ candidateDistributions),
  qP: () => (/* binding */ checkDependencies),
  xV: () => (/* binding */ requirementName),
  ri: () => (/* binding */ scanThirdPartyImports),
  At: () => (/* binding */ siteCandidates),
  _5: () => (/* binding */ suggestedDistribution)
});

// UNUSED EXPORTS: dependencyCoverage, importKey, isStdlibModule, lineOfRequirement

// EXTERNAL MODULE: ./packages/distribution/names.ts
var names = __nccwpck_require__(677);
// EXTERNAL MODULE: ./packages/python/stdlib-names.ts
var stdlib_names = __nccwpck_require__(468);
;// CONCATENATED MODULE: ./packages/runtime-build/import-distributions.ts
/**
 * Import names that differ from the distribution that provides them: `import
 * yaml` comes from PyYAML, `import PIL` from Pillow. Where the names agree
 * once normalised (PEP 503: `typing_extensions` and typing-extensions,
 * `jinja2` and Jinja2), no entry is needed, nor for namespace packages named
 * after their dotted path (`google.cloud.storage`: google-cloud-storage).
 *
 * Kept small and to common distributions on purpose: it only saves a
 * warning. An import it does not know is matched on its own name, and a
 * project whose dependency provides an unlisted import name gets a warning it
 * can silence by adding the name here. Keys are top-level import names, or a
 * dotted prefix for namespace packages (`google.protobuf`); values are the
 * distributions that provide them, the usual one first (the one `init` writes).
 *
 * test/runtime-build/dependencies.test.ts checks every entry whose distribution is
 * installed against CPython's importlib.metadata.packages_distributions().
 */
const IMPORT_DISTRIBUTIONS = {
    a2a: ['a2a-sdk'],
    attr: ['attrs'],
    bs4: ['beautifulsoup4'],
    Crypto: ['pycryptodome'],
    cv2: ['opencv-python', 'opencv-python-headless'],
    dateutil: ['python-dateutil'],
    dns: ['dnspython'],
    docx: ['python-docx'],
    dotenv: ['python-dotenv'],
    fitz: ['PyMuPDF'],
    git: ['GitPython'],
    github: ['PyGithub'],
    'google.protobuf': ['protobuf'],
    grpc: ['grpcio'],
    jwt: ['PyJWT'],
    magic: ['python-magic'],
    multipart: ['python-multipart'],
    MySQLdb: ['mysqlclient'],
    nacl: ['PyNaCl'],
    OpenSSL: ['pyOpenSSL'],
    // The API; opentelemetry.sdk, opentelemetry.exporter.… match their own
    // distributions by name (opentelemetry-sdk, …), as namespace packages do.
    opentelemetry: ['opentelemetry-api'],
    PIL: ['Pillow'],
    pkg_resources: ['setuptools'],
    psycopg2: ['psycopg2', 'psycopg2-binary'],
    serial: ['pyserial'],
    sklearn: ['scikit-learn'],
    socks: ['PySocks'],
    websocket: ['websocket-client'],
    yaml: ['PyYAML'],
    zmq: ['pyzmq'],
};

// EXTERNAL MODULE: ./packages/toolkit/slashes.ts
var slashes = __nccwpck_require__(62);
;// CONCATENATED MODULE: ./packages/runtime-build/dependencies.ts
/**
 * Third-party imports against the project table's dependencies.
 *
 * A wheel built without its `[project]` table installs, then fails at the
 * first third-party import, and the console script the templates start is
 * gone (issue #20). The sources say which distributions they need: every
 * absolute import that is neither the package's own module, nor an excluded
 * folder of source, nor the standard library (CPython's own list,
 * packages/python/stdlib-names.ts) names something a dependency must provide.
 * Matching is on PEP 503 names, plus the small table of import names that
 * differ from their distribution's (import-distributions.ts).
 */




function isStdlibModule(top) {
    return stdlib_names/* STDLIB_MODULE_NAMES */.t.has(top);
}
/** The IMPORT_DISTRIBUTIONS key a dotted module falls under, else its top-level name. */
function importKey(module) {
    const parts = module.split('.');
    for (let i = parts.length; i > 1; i--) {
        const prefix = parts.slice(0, i).join('.');
        if (IMPORT_DISTRIBUTIONS[prefix])
            return prefix;
    }
    return parts[0];
}
/**
 * Third-party imports of the analysed modules, by name in order of first
 * appearance. Imports under `if TYPE_CHECKING:` do not run and need no
 * dependency: they are left out. `__future__` is the standard library's.
 */
function scanThirdPartyImports(modules, options) {
    const found = new Map();
    // Per dotted module: its group, or null when it is not third-party.
    const keys = new Map();
    const note = (path, s, module) => {
        let key = keys.get(module);
        if (key === undefined) {
            const dot = module.indexOf('.');
            const top = dot < 0 ? module : module.slice(0, dot);
            const own = top === '' ||
                top === options.importName ||
                options.runtimeNames.has(top) ||
                options.excluded.has(top) ||
                isStdlibModule(top);
            key = own ? null : importKey(module);
            keys.set(module, key);
        }
        if (key === null)
            return;
        const site = { file: path, line: s.line, column: s.column, module };
        if (s.kind === 'from' && s.names !== '*')
            site.names = s.names.map((n) => n.name);
        if (s.optional)
            site.optional = true;
        const list = found.get(key);
        if (list === undefined)
            found.set(key, [site]);
        else
            list.push(site);
    };
    // Indexed loops: this runs once per build, mostly before V8 optimises it,
    // where each iterator step allocates.
    for (let m = 0; m < modules.length; m++) {
        const { path, analysis } = modules[m];
        const imports = analysis.imports;
        for (let k = 0; k < imports.length; k++) {
            const s = imports[k].statement;
            if (s.level !== 0 || s.inTypeChecking)
                continue;
            if (s.kind === 'from' || s.names === '*')
                note(path, s, s.module);
            else
                for (let i = 0; i < s.names.length; i++)
                    note(path, s, s.names[i].name);
        }
    }
    return [...found].map(([name, sites]) => sites.every((x) => x.optional) ? { name, sites, optional: true } : { name, sites });
}
/** The distribution name a PEP 508 requirement starts with ('PyYAML>=6; python_version<"4"' → 'PyYAML'). */
function requirementName(requirement) {
    return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? requirement.trim();
}
/** The distributions that may provide an import, normalised: its own name and the table's. */
function candidateDistributions(name) {
    const own = (0,names/* normalizeName */.Pc)(name.split('.')[0]);
    return [own, ...(IMPORT_DISTRIBUTIONS[name] ?? []).map(names/* normalizeName */.Pc)];
}
/** The distribution `init` writes for an import: the table's usual one, else the import's own name. */
function suggestedDistribution(name) {
    return IMPORT_DISTRIBUTIONS[name]?.[0] ?? name.split('.')[0].replace(/_/g, '-');
}
/**
 * Every distribution an import site may come from, normalised: each dotted
 * prefix of the module (and of `module.name` for a from-import) as a name,
 * since namespace packages are published that way (`opentelemetry.sdk` by
 * opentelemetry-sdk, `google.cloud.storage` by google-cloud-storage), and
 * the table's distributions for each prefix.
 */
function siteCandidates(site, memo = new Map()) {
    const out = new Set();
    for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)]) {
        for (const c of dottedCandidates(dotted, memo))
            out.add(c);
    }
    return out;
}
/** The candidates of one dotted name, memoised: a big tree imports the same names thousands of times. */
function dottedCandidates(dotted, memo) {
    const hit = memo.get(dotted);
    if (hit)
        return hit;
    const out = [];
    const parts = dotted.split('.');
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('.');
        out.push((0,names/* normalizeName */.Pc)(prefix));
        for (const d of IMPORT_DISTRIBUTIONS[prefix] ?? [])
            out.push((0,names/* normalizeName */.Pc)(d));
    }
    memo.set(dotted, out);
    return out;
}
/**
 * Which imports no requirement covers, and which `dependencies` no import
 * uses. Optional dependencies (extras) cover imports too, since an optional
 * import is their point, but are never called unused: an extra is for the
 * installer to choose.
 */
function dependencyCoverage(imports, dependencies, optional = []) {
    const declared = new Set([...dependencies, ...optional].map((d) => (0,names/* normalizeName */.Pc)(requirementName(d))));
    const used = new Set();
    const undeclared = [];
    const memo = new Map();
    const seen = new Set();
    for (const imp of imports) {
        let covered = false;
        for (const site of imp.sites) {
            for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)]) {
                if (seen.has(dotted))
                    continue; // its candidates are in used already
                seen.add(dotted);
                for (const c of dottedCandidates(dotted, memo))
                    used.add(c);
            }
        }
        for (const site of imp.sites) {
            if (covered)
                break;
            for (const dotted of [site.module, ...(site.names ?? []).map((n) => `${site.module}.${n}`)])
                if (dottedCandidates(dotted, memo).some((c) => declared.has(c)))
                    covered = true;
        }
        if (!covered && !imp.optional)
            undeclared.push(imp);
    }
    const unused = dependencies
        .map((d, i) => ({ name: (0,names/* normalizeName */.Pc)(requirementName(d)), i }))
        .filter(({ name }) => !used.has(name))
        .map(({ i }) => i);
    return { undeclared, unused };
}
/** The 1-based line of a dependency string in the project file's text (best effort: the string's first occurrence). */
function lineOfRequirement(text, requirement) {
    const lines = text.split(/\r?\n/);
    for (const quote of ['"', "'"]) {
        const i = lines.findIndex((l) => l.includes(`${quote}${requirement}${quote}`));
        if (i >= 0)
            return i + 1;
    }
    return undefined;
}
function code(text) {
    return '`' + text + '`';
}
/** `yaml (workspace/config.py:3)` for a list of imports. */
function firstSites(imports, display) {
    return imports
        .map((i) => `${i.name} (${joinShown(display, i.sites[0].file)}:${i.sites[0].line})`)
        .join(', ');
}
function joinShown(display, rel) {
    return display === '' || display === '.' ? rel : `${(0,slashes/* trimSlash */.Y)(display)}/${rel}`;
}
/**
 * The absent table with third-party imports is refused (returned as one
 * error per import, the caller throws them together); with a table, imports
 * no requirement covers and requirements no import uses are warnings.
 */
function checkDependencies(imports, origin, project, display) {
    if (origin.kind === 'none')
        return { warnings: [] };
    if (origin.kind === 'absent') {
        // Optional imports (guarded by except ImportError) do not make a bare wheel break.
        const required = imports.filter((i) => !i.optional);
        if (required.length === 0)
            return { warnings: [] };
        const fix = `Write the table: \`npx runtime-actions init --source ${display}\` writes a starter ${origin.expected} ` +
            `from these imports (or set the project input to another file); set \`project: none\` to build the bare package on purpose.`;
        const message = `No project table: the project input is empty and ${origin.expected} does not exist, so the wheel would declare ` +
            `no dependencies and no console scripts, yet the sources import ${required.length} third-party ` +
            `${required.length === 1 ? 'module' : 'modules'}: ${firstSites(required, display)}. ` +
            `It would install, then fail at the first of these imports. ${fix}`;
        const errors = required.map((i) => {
            const site = i.sites[0];
            const more = i.sites.length > 1 ? ` (and ${i.sites.length - 1} more imports)` : '';
            return {
                file: joinShown(display, site.file),
                line: site.line,
                column: site.column + 1,
                title: 'Third-party import without a project table',
                message: `${code(site.module)} is a third-party module${more}, but there is no project table, so the wheel would declare no dependencies and no scripts. ${fix}`,
            };
        });
        return { refusal: { message, errors }, warnings: [] };
    }
    const optional = project.optionalDependencies.flatMap(([, reqs]) => reqs);
    const { undeclared, unused } = dependencyCoverage(imports, project.dependencies, optional);
    const warnings = undeclared.map((i) => {
        const site = i.sites[0];
        const dists = candidateDistributions(i.name);
        const suggested = suggestedDistribution(i.name);
        const more = i.sites.length > 1 ? ` (imported ${i.sites.length} times; this is the first)` : '';
        return {
            file: joinShown(display, site.file),
            line: site.line,
            column: site.column + 1,
            title: 'Undeclared dependency',
            message: `${code(site.module)} is a third-party module${more} that no entry of dependencies in ${origin.shown} covers ` +
                `(looked for ${dists.map(code).join(' or ')}): an install without it fails at this import. ` +
                `Add ${code(`"${suggested}"`)} (the distribution that provides it) to dependencies.`,
        };
    });
    const dependencyLine = origin.text.split(/\r?\n/).findIndex((l) => /^\s*dependencies\s*=/.test(l)) + 1 || 1;
    for (const i of unused) {
        const req = project.dependencies[i];
        warnings.push({
            file: origin.shown,
            line: lineOfRequirement(origin.text, req) ?? dependencyLine,
            column: 1,
            title: 'Unused dependency',
            message: `dependencies[${i}] ${code(req)} in ${origin.shown}: no module under ${display} imports ${code(requirementName(req))} ` +
                `(or an import name it is known to provide). Remove it, or keep it if it is needed without an import (a plugin, a server it starts).`,
        });
    }
    return { warnings };
}


/***/ }),

/***/ 282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ compileExcludes)
/* harmony export */ });
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(996);
/* harmony import */ var _toolkit_slashes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(62);
/**
 * The exclude input: gitignore-like globs over paths relative to source.
 *
 * Written by hand because the semantics are gitignore's, which no glob
 * matcher installed here offers as such (node's path.matchesGlob is
 * experimental and has no "a bare name matches at any depth" rule):
 * - `name` (no slash) matches a file or folder with that name at any depth;
 * - `a/b` or `/a` (a slash inside or leading) is anchored at source;
 * - a trailing `/` matches folders only;
 * - `*` and `?` stay within one path segment, `**` spans segments, `[...]` is a class;
 * - `!pattern` ships what an earlier pattern excluded (the last matching line
 *   wins, as in gitignore): the defaults exclude dot-files with `.*`, and
 *   `!.well-known/` names one to ship.
 */


function segmentRegex(glob, input, pattern) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // `**/` = zero or more folders; a trailing `**` = everything below.
                if (glob[i + 2] === '/') {
                    out += '(?:[^/]+/)*';
                    i += 2;
                }
                else {
                    out += '.*';
                    i += 1;
                }
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end < 0) {
                throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}': unclosed '[' in '${pattern}'.`, { input });
            }
            let cls = glob.slice(i + 1, end);
            if (cls.startsWith('!'))
                cls = `^${cls.slice(1)}`;
            out += `[${cls.replace(/\\/g, '\\\\')}]`;
            i = end;
        }
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
function compileExcludes(patterns, input = 'exclude') {
    const rules = patterns.map((raw) => {
        let p = raw.trim();
        const negate = p.startsWith('!');
        if (negate)
            p = p.slice(1);
        const dirOnly = p.endsWith('/');
        if (dirOnly)
            p = (0,_toolkit_slashes_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlash */ .Y)(p);
        const anchored = p.includes('/');
        p = p.replace(/^\/+/, '');
        if (p === '' || p.split('/').includes('..')) {
            throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input '${input}': '${raw}' is not a usable pattern.`, {
                input,
                hint: 'Write globs relative to source, such as tests/, *.sh or adapters/experimental/.',
            });
        }
        const body = segmentRegex(p, input, raw);
        const re = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`, 'u');
        return { re, dirOnly, negate };
    });
    return (relPath, isDirectory) => {
        let excluded = false;
        for (const r of rules)
            if ((!r.dirOnly || isDirectory) && r.re.test(relPath))
                excluded = !r.negate;
        return excluded;
    };
}


/***/ }),

/***/ 721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ runtimeModulesJson),
/* harmony export */   _3: () => (/* binding */ checkDeclaredModules),
/* harmony export */   tb: () => (/* binding */ deriveModules),
/* harmony export */   wn: () => (/* binding */ unimportableFolderDiagnostic)
/* harmony export */ });
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(996);
/* harmony import */ var _distribution_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(677);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(810);
/**
 * The runtime's module set, derived from the tree: every top-level `.py`
 * module and every top-level folder holding Python is a runtime name (what
 * the rewriter moves under the import package). No list to keep in sync:
 * the closed list of today's script let `transcript_auth` ship unrewritten.
 */



/** The JSON the wheel carries as `<import-name>/_runtime_modules.json` and the `modules` output. */
function runtimeModulesJson(set) {
    return { top_level_modules: set.topLevelModules, subpackages: set.subpackages };
}
/** The message for a left-out folder: what, why, and how to ship it. */
function unimportableFolderDiagnostic(f, display, strict) {
    const name = f.dir.split('/').pop();
    const shown = (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, f.dir);
    const python = f.files.filter((p) => p.endsWith('.py')).length;
    const what = `${python} Python file${python === 1 ? '' : 's'}${f.files.length > python ? ` and ${f.files.length - python} other${f.files.length - python === 1 ? '' : 's'}` : ''}`;
    return {
        title: strict ? 'Folder cannot be imported' : 'Folder left out',
        message: `Folder ${shown}/ holds ${what}, but '${name}' is not a Python identifier, so nothing can import it under that name; ` +
            (strict ? 'strict is set, so the build stops. ' : 'it is left out of the package. ') +
            `To ship it, rename it to an identifier (e.g. '${f.suggestion}'); to leave it out without this ${strict ? 'error' : 'warning'}, add '${f.dir}/' to the exclude input.`,
        file: (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, f.firstPython),
        line: 1,
    };
}
function identifierSuggestion(name) {
    return name.replace(/[^\p{XID_Continue}]/gu, '_').replace(/^(\d)/, '_$1');
}
/**
 * Python normalises every identifier to NFKC before looking for its file
 * (PEP 3131), and Linux compares file names byte for byte: `café.py` stored
 * in NFD (as macOS writes it) is never found by `import café`.
 */
function nfkcError(shownPath, name, kind) {
    const normalised = name.normalize('NFKC');
    const codes = (t) => [...t]
        .map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
        .join(' ');
    return new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${kind} ${shownPath}: the name '${name}' is not NFKC-normalised (${codes(name)}); Python imports '${normalised}' (${codes(normalised)}), so no import finds it after install.`, {
        title: 'Name not NFKC-normalised',
        file: shownPath,
        line: 1,
        hint: `Rename it to its NFKC form, e.g. with python3 -c "import os, unicodedata as u; os.rename(p, u.normalize('NFKC', p))".`,
    });
}
/**
 * @param paths POSIX paths relative to source of every file found
 * @param display the source folder as annotations name it
 * @returns the set (without the unimportable folders), those folders, and one
 *   error per module name Python cannot import
 */
function deriveModules(paths, display) {
    const errors = [];
    // Folders holding Python whose name is not an identifier: the outermost one only.
    const unimportable = new Map();
    const nfkcReported = new Set();
    const under = (p) => {
        for (const [dir, f] of unimportable)
            if (p.startsWith(`${dir}/`))
                return f;
        return undefined;
    };
    for (const p of paths.filter((q) => q.endsWith('.py')).sort()) {
        if (under(p))
            continue;
        const parts = p.split('/');
        let left = false;
        for (let i = 0; i < parts.length - 1; i++) {
            const dir = parts.slice(0, i + 1).join('/');
            const name = parts[i];
            if (!(0,_distribution_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isPythonIdentifier */ .G_)(name)) {
                unimportable.set(dir, {
                    dir,
                    firstPython: p,
                    files: [],
                    suggestion: identifierSuggestion(name),
                });
                left = true;
                break;
            }
            if (name.normalize('NFKC') !== name && !nfkcReported.has(dir)) {
                nfkcReported.add(dir);
                errors.push(nfkcError(`${(0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, dir)}/`, name, 'Folder'));
            }
        }
        if (left)
            continue;
        const stem = parts[parts.length - 1].slice(0, -3);
        if (!(0,_distribution_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isPythonIdentifier */ .G_)(stem)) {
            errors.push(new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${(0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, p)}: '${stem}' is not an importable module name.`, {
                title: 'Module cannot be imported',
                file: (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, p),
                line: 1,
                hint: `Rename it (e.g. '${stem.replace(/[^\p{XID_Continue}]/gu, '_')}.py') or exclude it.`,
            }));
        }
        else if (stem.normalize('NFKC') !== stem) {
            errors.push(nfkcError((0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .posixJoin */ .iO)(display, p), stem, 'Module'));
        }
    }
    for (const p of paths)
        under(p)?.files.push(p);
    const py = paths.filter((p) => p.endsWith('.py') && !under(p)).sort();
    const packageDirs = new Set(['']);
    for (const p of py) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++)
            packageDirs.add(parts.slice(0, i).join('/'));
    }
    const shipped = new Set();
    for (const p of py) {
        const parts = p.slice(0, -3).split('/');
        if (parts[parts.length - 1] === '__init__')
            parts.pop();
        if (parts.length > 0)
            shipped.add(parts.join('.'));
    }
    for (const dir of packageDirs)
        if (dir !== '')
            shipped.add(dir.replace(/\//g, '.'));
    const topLevelModules = py
        .filter((p) => !p.includes('/') && p !== '__init__.py')
        .map((p) => p.slice(0, -3))
        .sort();
    const subpackages = [...packageDirs].filter((d) => d !== '' && !d.includes('/')).sort();
    return {
        set: { topLevelModules, subpackages, shipped, packageDirs: [...packageDirs].sort() },
        errors,
        unimportable: [...unimportable.values()],
    };
}
/** The optional closed list: any difference from the tree fails, showing both lists. */
function checkDeclaredModules(declared, set, display) {
    const onDisk = [...set.topLevelModules, ...set.subpackages].sort();
    const listed = [...new Set(declared)].sort();
    const missing = onDisk.filter((m) => !listed.includes(m));
    const stale = listed.filter((m) => !onDisk.includes(m));
    if (missing.length === 0 && stale.length === 0)
        return;
    const parts = [];
    if (missing.length)
        parts.push(`on disk but not listed: ${missing.join(', ')}`);
    if (stale.length)
        parts.push(`listed but not on disk (or excluded): ${stale.join(', ')}`);
    throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The modules input differs from the modules under ${display}: ${parts.join('; ')}. ` +
        `Input: [${listed.join(', ')}]; on disk: [${onDisk.join(', ')}].`, {
        title: 'Module list drift',
        input: 'modules',
        hint: 'Update the modules input, or drop it: the build derives the module set from the tree.',
        details: [
            `modules input: ${listed.join(', ') || '(none)'}`,
            `under ${display}: ${onDisk.join(', ')}`,
        ],
    });
}


/***/ }),

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ collectSource),
/* harmony export */   iO: () => (/* binding */ posixJoin),
/* harmony export */   uj: () => (/* binding */ readSourceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(996);
/* harmony import */ var _toolkit_slashes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(62);
/**
 * Walks the source folder: what is packaged, what the exclude globs drop,
 * the build's own output folders (never packaged), and the refusals that
 * would otherwise ship something broken or foreign (a symbolic link, an
 * unreadable entry, nothing at all); and readSourceFile, which reads a file
 * it found with its execute bit.
 */




/**
 * Bytecode caches are build by-products, never sources: skipped whatever
 * the exclude input says, so a local `python -m pytest` cannot leak them.
 */
function isBytecode(name, isDirectory) {
    return isDirectory ? name === '__pycache__' : /\.py[co]$/.test(name);
}
function within(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** The path with its existing part resolved (an output folder may not exist yet). */
function realpathOfExisting(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(p);
        return parent === p ? p : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realpathOfExisting(parent), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(p));
    }
}
/**
 * Where a symbolic link leads, for the message: its text, and the path it
 * resolves to when that differs (or why it resolves to nothing).
 */
function describeLink(abs, root, display) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs);
    }
    catch {
        text = '?';
    }
    let resolved;
    try {
        resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        return code === 'ELOOP'
            ? `'${text}', a loop of links that resolves to nothing`
            : `'${text}', which does not exist`;
    }
    const shown = within(root, resolved)
        ? posixJoin(display, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, resolved).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')) || display
        : resolved;
    const loop = within(resolved, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs)) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(resolved).isDirectory();
    return `'${text}' (${shown}${loop ? ', a folder holding the link itself: a loop' : ''})`;
}
/**
 * @param source absolute path of the source folder
 * @param display how the folder is named in messages and annotations (relative to the workspace)
 */
function collectSource(source, display, exclude, outputs = []) {
    let rootStat;
    try {
        rootStat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(source);
    }
    catch {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`Source folder '${display}' does not exist.`, {
            title: 'Missing source',
            input: 'source',
            hint: 'Set source to the folder holding the runtime (the monorepo’s workspace/), relative to the repository root, and check out the repository first.',
        });
    }
    if (!rootStat.isDirectory()) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`Source '${display}' is not a folder.`, {
            title: 'Missing source',
            input: 'source',
        });
    }
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(source);
    for (const out of outputs) {
        // out-dir as source: the next build packages this one's wheel and sdist.
        // package-dir is replaced, so as source or a folder above it, it would
        // delete the sources. (out-dir above source is harmless: files land beside it.)
        const real = realpathOfExisting(out.absolute);
        const replaced = out.input === 'package-dir';
        if (real === root || (replaced && within(real, root))) {
            throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`The input '${out.input}' is ${real === root ? 'the source folder' : 'a folder above the source folder'} '${display}': ${replaced ? 'the package tree would replace the sources' : 'the next build would package this one’s wheel and sdist'}.`, {
                title: 'Output folder holds the source',
                input: out.input,
                hint: `Choose a folder outside source, or a subfolder of it (such as ${posixJoin(display, 'dist')}), which the build never packages.`,
            });
        }
    }
    const outputDirs = new Map(outputs
        .map((o) => realpathOfExisting(o.absolute))
        .filter((o) => within(root, o))
        .map((o) => [o, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, o).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/')]));
    const files = [];
    const excluded = [];
    const outputsLeftOut = [];
    const excludedTopLevel = new Set();
    const problems = [];
    // The walk reads each folder's entry types with its listing (no stat per
    // file: a file's mode is read from the descriptor it is read through, see
    // readSourceFile); only links are looked at more closely.
    const walk = (dirAbs, dirRel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dirAbs, { withFileTypes: true });
        }
        catch (e) {
            problems.push(new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`Cannot read ${posixJoin(display, dirRel)}: ${e.code ?? e}`, {
                title: 'Unreadable source',
                file: posixJoin(display, dirRel),
            }));
            return;
        }
        // By UTF-16 code units, as Array.prototype.sort orders names.
        entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
        // dirAbs comes from realpath (normalised), so joining is concatenation.
        const under = dirAbs.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? dirAbs : dirAbs + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
        for (const entry of entries) {
            const name = entry.name;
            const rel = dirRel === '' ? name : `${dirRel}/${name}`;
            const abs = under + name;
            if (entry.isSymbolicLink()) {
                // One rule for every link, loops included: a link to a folder would
                // ship that folder under the link's name with its imports left as
                // written, a second link would ship a copy, a loop nothing at all.
                let targetIsDir = false;
                try {
                    targetIsDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
                }
                catch {
                    // broken or a loop: refused below unless excluded
                }
                if (exclude(rel, targetIsDir)) {
                    excluded.push(rel);
                    if (dirRel === '')
                        excludedTopLevel.add(name.replace(/\.py$/, ''));
                    continue;
                }
                const shown = posixJoin(display, rel);
                problems.push(new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${shown} is a symbolic link to ${describeLink(abs, root, display)}; the build packages no links.`, {
                    title: 'Symbolic link in source',
                    file: shown,
                    hint: 'Replace the link with what it points to (a copy, or a rename of the folder), or add it to the exclude input.',
                }));
                continue;
            }
            const isDir = entry.isDirectory();
            if (isDir && outputDirs.has(abs)) {
                outputsLeftOut.push(rel);
                continue;
            }
            if (isBytecode(name, isDir))
                continue;
            if (exclude(rel, isDir)) {
                excluded.push(rel);
                if (dirRel === '')
                    excludedTopLevel.add(isDir ? name : name.replace(/\.py$/, ''));
                continue;
            }
            if (isDir) {
                walk(abs, rel);
            }
            else if (entry.isFile()) {
                files.push({ path: rel, absolute: abs });
            }
            else {
                const shown = posixJoin(display, rel);
                problems.push(new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${shown} is not a regular file (a socket, FIFO or device).`, {
                    title: 'Unpackable file',
                    file: shown,
                    hint: 'Exclude it.',
                }));
            }
        }
    };
    walk(root, '');
    (0,_toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .throwIfAny */ .MI)(problems, `${problems.length} files under ${display} cannot be packaged.`);
    if (!files.some((f) => f.path.endsWith('.py'))) {
        throw new _toolkit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(files.length === 0
            ? `Source '${display}' holds no files${excluded.length ? ` once the exclude globs are applied (${excluded.length} excluded)` : ''}.`
            : `Source '${display}' holds no Python modules (${files.length} other files${excluded.length ? `, ${excluded.length} excluded` : ''}).`, {
            title: 'Empty source',
            input: 'source',
            hint: 'Point source at the runtime’s folder, and check that exclude does not drop every module.',
        });
    }
    return { files, excluded, excludedTopLevel: [...excludedTopLevel].sort(), outputsLeftOut };
}
function posixJoin(a, b) {
    if (b === '')
        return a;
    if (a === '' || a === '.')
        return b;
    return `${(0,_toolkit_slashes_js__WEBPACK_IMPORTED_MODULE_3__/* .trimSlash */ .Y)(a)}/${b}`;
}
/**
 * A source file's bytes, and whether any execute bit is set (the wheel and
 * sdist keep it), through one descriptor: open, fstat, read, close, the
 * system calls a readFileSync makes, with the mode it reads anyway.
 */
function readSourceFile(absolute) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, 'r');
    try {
        const { mode, size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        // From Node's shared pool for small files, as readFileSync allocates.
        const buffer = Buffer.allocUnsafe(size);
        let read = 0;
        // Up to the size fstat gave, as readFileSync reads a regular file.
        while (read < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, size - read, null);
            if (n === 0)
                break;
            read += n;
        }
        return {
            bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, read),
            executable: (mode & 0o111) !== 0,
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 996:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isActionError),
/* harmony export */   MA: () => (/* binding */ formatActionError),
/* harmony export */   MI: () => (/* binding */ throwIfAny),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   o9: () => (/* binding */ ActionErrors)
/* harmony export */ });
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

/***/ 62:
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

/***/ 929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ isSpecifier),
/* harmony export */   y: () => (/* binding */ satisfiesSpecifier)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/**
 * PEP 440 version specifiers (`>=3.10`, `~=1.4,!=1.4.2`), as in
 * Requires-Python and dependency requirements. With pep440.ts the only
 * importer of @renovatebot/pep440 (issue #16), so every check of a
 * specifier follows the same rules.
 */

/** True when `text` is a valid specifier set; an empty string is one (it allows everything). */
function isSpecifier(text) {
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.validRange)(text);
}
/** True when `version` is allowed by `specifier` (pre-releases only when the specifier names one). */
function satisfiesSpecifier(version, specifier) {
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.satisfies)(version, specifier);
}


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 898:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { valid, clean, explain, parse } = __nccwpck_require__(818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __nccwpck_require__(124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __nccwpck_require__(790);

const { major, minor, patch, inc } = __nccwpck_require__(940);

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

/***/ 124:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { parse } = __nccwpck_require__(818);

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

/***/ 940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { explain, parse, stringify } = __nccwpck_require__(818);

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

const { VERSION_PATTERN, explain: explainVersion } = __nccwpck_require__(818);

const Operator = __nccwpck_require__(124);

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

/***/ 818:
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


/***/ }),

/***/ 292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse),
  As: () => (/* reexport */ stringify)
});

// UNUSED EXPORTS: TomlDate, default

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(698);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__runCli = __webpack_exports__.a;
/******/ export { __webpack_exports__runCli as runCli };
/******/ 
