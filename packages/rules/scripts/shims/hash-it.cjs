// Stands in for hash-it inside json-rules-engine, which uses it only to make a cache key from a
// fact's id and params. @actie/rules facts have no params (rules are validated), so a stable JSON
// text of the key object is an exact key, and far smaller than a general hashing library.
'use strict';

function stable(value) {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return '[' + value.map(stable).join(',') + ']';
  return (
    '{' +
    Object.keys(value)
      .sort()
      .map((key) => JSON.stringify(key) + ':' + stable(value[key]))
      .join(',') +
    '}'
  );
}

module.exports = stable;
module.exports.default = stable;
