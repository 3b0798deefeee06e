// @web/test-runner serves ES modules only, and json-rules-engine (a dependency of @actie/rules,
// imported by its scoring code) is CommonJS. This plugin serves it to the test pages as one ES
// module that esbuild makes on the first request from the package as installed, with every
// dependency it runs and without jsonpath-plus, exactly as the browser bundle leaves it out
// (packages/rules/scripts/bundling.js; packages/rules/test/bundle.test.ts proves such a bundle
// scores like the package).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { withoutJsonPathEsbuild } from '../../rules/scripts/bundling.js';

const PATH = '/__actie__/json-rules-engine.js';

/** The @web/dev-server plugin. */
export function jsonRulesEngineAsModule() {
  let code;
  return {
    name: 'actie-json-rules-engine-as-module',
    resolveImport({ source }) {
      return source === 'json-rules-engine' ? PATH : undefined;
    },
    async serve(context) {
      if (context.path !== PATH) return undefined;
      code ??= build({
        // Named exports of a CommonJS package come through an ES module that re-exports them.
        stdin: {
          contents: "export { Engine } from 'json-rules-engine';",
          resolveDir: fileURLToPath(new URL('../../rules/', import.meta.url)),
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
        plugins: [withoutJsonPathEsbuild()],
      }).then((result) => result.outputFiles[0].text);
      return { body: await code, type: 'js' };
    },
  };
}
