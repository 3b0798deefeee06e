// How to bundle @actie/rules for browsers. Shared by @actie/components (its Rollup build and its
// test runner) and by this package's test that proves the bundle scores exactly like the package
// (test/bundle.test.ts).
//
// json-rules-engine is used as published, with every dependency it runs. One module is left out:
// jsonpath-plus. json-rules-engine reaches it only through its default path resolver, and
// @actie/rules always gives its own (src/score/engine.ts: a path is a plain intake id), so that
// code never runs; it also needs Node's `vm` in some builds, and weighs about 25 kB minified.
// In its place a bundle gets a module whose JSONPath throws, saying why, if it were ever called.

/** The id of the module that takes jsonpath-plus's place. */
const NO_JSONPATH = '\0actie:no-jsonpath';

/** The module that takes jsonpath-plus's place in a browser bundle. */
export const NO_JSONPATH_SOURCE = `export function JSONPath() {
  throw new Error('JSONPath is left out of this bundle of @actie/rules: every rule path is resolved by @actie/rules itself.');
}
`;

/** A Rollup plugin that bundles the module above in place of jsonpath-plus. */
export function withoutJsonPath() {
  return {
    name: 'actie-without-jsonpath',
    resolveId(source) {
      return source === 'jsonpath-plus' ? NO_JSONPATH : null;
    },
    load(id) {
      return id === NO_JSONPATH ? NO_JSONPATH_SOURCE : null;
    },
  };
}

/** The same for esbuild (`build({ plugins: [withoutJsonPathEsbuild()] })`). */
export function withoutJsonPathEsbuild() {
  return {
    name: 'actie-without-jsonpath',
    setup(build) {
      build.onResolve({ filter: /^jsonpath-plus$/ }, () => ({ path: 'no-jsonpath', namespace: 'actie' }));
      build.onLoad({ filter: /.*/, namespace: 'actie' }, () => ({ contents: NO_JSONPATH_SOURCE, loader: 'js' }));
    },
  };
}
