// Stands in for eventemitter2 inside json-rules-engine, which uses only `on` (rule callbacks)
// and `emitAsync` (success/failure events, awaited). @actie/rules never listens to engine events:
// it reads the results `run()` returns. This small emitter keeps that behaviour (listeners are
// called in order, `emitAsync` resolves when their promises have) in about 1 % of the size.
// It is an ES5 constructor on purpose: json-rules-engine's compiled classes call it without `new`.
'use strict';

function EventEmitter() {
  this._listeners = Object.create(null);
}

EventEmitter.prototype.on = function on(event, listener) {
  (this._listeners[event] || (this._listeners[event] = [])).push(listener);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;

EventEmitter.prototype.off = function off(event, listener) {
  const list = this._listeners[event];
  if (list) {
    const index = list.indexOf(listener);
    if (index >= 0) list.splice(index, 1);
  }
  return this;
};
EventEmitter.prototype.removeListener = EventEmitter.prototype.off;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(event) {
  if (event === undefined) this._listeners = Object.create(null);
  else this._listeners[event] = [];
  return this;
};

EventEmitter.prototype.emit = function emit(event, ...args) {
  const list = this._listeners[event];
  if (!list || list.length === 0) return false;
  for (const listener of list.slice()) listener.apply(this, args);
  return true;
};

EventEmitter.prototype.emitAsync = function emitAsync(event, ...args) {
  const list = this._listeners[event];
  if (!list || list.length === 0) return Promise.resolve([]);
  try {
    return Promise.all(list.slice().map((listener) => listener.apply(this, args)));
  } catch (error) {
    return Promise.reject(error);
  }
};

module.exports = EventEmitter;
module.exports.default = EventEmitter;
module.exports.EventEmitter2 = EventEmitter;
