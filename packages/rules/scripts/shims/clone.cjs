// Stands in for the `clone` package inside json-rules-engine. json-rules-engine deep-copies
// every rule's condition tree (instances of its Condition class, plain objects, arrays and
// primitives, never cycles) at the start of each rule evaluation. The general `clone` package
// checks every value for cycles, Maps, Sets, Promises and Buffers, which was about a quarter of
// scoring time (see docs/performance.md). This copy keeps prototypes, so the copied conditions
// keep their methods, and handles exactly the shapes json-rules-engine gives it.
'use strict';

function clone(value) {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clone);
  if (value instanceof Date) return new Date(value.getTime());
  const copy = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) copy[key] = clone(value[key]);
  return copy;
}

module.exports = clone;
module.exports.default = clone;
