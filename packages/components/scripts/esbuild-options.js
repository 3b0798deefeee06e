// esbuild options for browser bundles of @actie/components (the single-file bundle and the size
// report share them, so the size measured is the size shipped).
import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { rulesAliases, rulesSourceEntry } from '../../rules/scripts/esbuild-options.js';

/**
 * Minifies the CSS inside Lit `css` templates. esbuild minifies JavaScript but leaves template
 * text as written; our styles are static (no interpolations), so each one is run through
 * esbuild's own CSS minifier.
 */
async function minifyCss(source) {
  if (!source.includes('css`')) return source;
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
  return out;
}

/**
 * Folds the indentation inside Lit `html` and `svg` templates: every run of white space around a
 * line break becomes one line break. HTML shows any run of white space as one space (the
 * templates hold no `<pre>`, and textareas get their text through `.value`), so the rendered
 * page is the same; the bundle loses the indentation the source has for people.
 */
function foldTemplateWhitespace(source, fileName) {
  if (!source.includes('html`') && !source.includes('svg`')) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const pieces = []; // [start, end) of the literal text of each template part
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'svg')
    ) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const part of parts) pieces.push([part.getStart(file), part.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of pieces.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[ \t]*\n\s*/g, '\n') + out.slice(end);
  }
  return out;
}

/**
 * Makes the templates of our sources smaller in the bundle: CSS minified, HTML indentation
 * folded. Files without templates load as usual.
 */
export const minifyLitCss = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]components[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/(css|html|svg)`/.test(source)) return undefined; // esbuild loads it as usual
      return { contents: foldTemplateWhitespace(await minifyCss(source), args.path), loader: 'ts' };
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
