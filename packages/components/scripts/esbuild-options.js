// esbuild options for browser bundles of @actie/components (the single-file bundle and the size
// report share them, so the size measured is the size shipped).
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rulesAliases, rulesSourceEntry } from '../../rules/scripts/esbuild-options.js';

/**
 * Minifies the CSS inside Lit `css` templates. esbuild minifies JavaScript but leaves template
 * text as written; our styles are static (no interpolations), so each one is run through
 * esbuild's own CSS minifier.
 */
export const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]components[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('css`')) return undefined; // esbuild loads it as usual
      let out = '';
      let last = 0;
      for (const match of source.matchAll(/css`([^`]*)`/g)) {
        const text = match[1];
        out += source.slice(last, match.index);
        if (text.includes('${')) {
          out += match[0]; // an interpolated template is left as it is
        } else {
          const { code } = await transform(text, { loader: 'css', minify: true });
          out += 'css`' + code.trim().replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
        }
        last = match.index + match[0].length;
      }
      out += source.slice(last);
      return { contents: out, loader: 'ts' };
    });
  },
};

/** Shared options: ES2022 module for browsers, rules compiled from source so unused parts drop out. */
export const bundleOptions = {
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['browser', 'production'],
  tsconfig: 'tsconfig.json',
  alias: { ...rulesAliases, '@actie/rules': rulesSourceEntry },
  plugins: [minifyLitCss],
  logLevel: 'warning',
};
