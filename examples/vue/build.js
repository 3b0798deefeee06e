// Bundles app.js with Vue's runtime and the ACTIE elements into dist/app.js for the browser, with
// esbuild (the bundler the packages use too). `vue` is Vue's runtime-only ES build: render
// functions, no template compiler, so no `new Function` under a strict Content-Security-Policy.
import { build } from 'esbuild';

await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['app.js'],
  outfile: 'dist/app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['browser', 'production'],
  alias: { vue: 'vue/dist/vue.runtime.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
