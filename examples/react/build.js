// Bundles app.js with React and the ACTIE elements into dist/app.js for the browser, with esbuild
// (the bundler the packages use too). React's npm build is CommonJS: esbuild converts it, and
// `process.env.NODE_ENV` picks React's production build.
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
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});
