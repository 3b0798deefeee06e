// How to bundle @actie/rules with json-rules-engine inside. Shared by this package's build and by
// @actie/components, which bundles the rules from source so unused parts (report text for the
// command line, for instance) are left out of the browser bundle.
//
// json-rules-engine is CommonJS; esbuild turns it into ESM. Four of its dependencies are replaced
// by small stand-ins (scripts/shims/): see the comment at the top of each.
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
