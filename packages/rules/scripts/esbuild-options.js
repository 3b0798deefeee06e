// How to bundle @actie/rules from its sources with json-rules-engine inside. Used by
// @actie/components' esbuild build and its test runner; this package's own build (scripts/build.js)
// uses the same `rulesAliases` for its Rollup bundle of json-rules-engine.
//
// json-rules-engine is CommonJS; the bundler turns it into ESM. Four of its dependencies are
// replaced by small stand-ins (scripts/shims/), written for json-rules-engine 7.3.1: see the
// comment at the top of each.
import { fileURLToPath } from 'node:url';

const shim = (name) => fileURLToPath(new URL(`./shims/${name}`, import.meta.url));

/** esbuild `alias` map for bundling json-rules-engine the way @actie/rules does. */
export const rulesAliases = {
  clone: shim('clone.cjs'),
  eventemitter2: shim('eventemitter2.cjs'),
  'hash-it': shim('hash-it.cjs'),
  'jsonpath-plus': shim('jsonpath-plus.js'),
};

/** The TypeScript entry of @actie/rules, for bundlers that compile it from source. */
export const rulesSourceEntry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
