// Configuration of @custom-elements-manifest/analyzer: writes dist/custom-elements.json, the
// machine-readable description of every element (tag name, attributes, properties, events, slots,
// CSS parts and CSS custom properties) that editors, Storybook and documentation tools read.
//
//   cem analyze --config custom-elements-manifest.config.mjs      (part of `pnpm run build`)
//
// The analyzer reads the class JSDoc tags @summary, @event, @slot, @csspart and @cssproperty, and
// Lit's `static properties` (attributes and reflection). Our elements are registered through
// `defineElement('actie-x', Class)` (tolerant of a second copy of the bundle) instead of
// `customElements.define`, so a small plugin below teaches the analyzer that call. A second plugin
// points module paths at the published files in dist/ (the package ships dist only) and drops
// private members.

/** `defineElement('actie-x', SomeClass)` counts as a custom element definition. */
function defineElementCalls() {
  return {
    name: 'actie-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      const imported = context?.imports?.find((i) => i.name === klass.text);
      const declaration = imported
        ? imported.isBareModuleSpecifier
          ? { name: klass.text, package: imported.importPath }
          : { name: klass.text, module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1) }
        : { name: klass.text, module: moduleDoc.path };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration }];
    },
  };
}

/**
 * Lit `static properties` entries with `state: true` are internal reactive state, not attributes
 * (the analyzer's Lit support lists them as attributes): remember them to drop them later.
 */
const stateProperties = new Map(); // class name → Set of property names

function litStateProperties() {
  return {
    name: 'actie-lit-state-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = ts.getModifiers?.(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const isState = prop.initializer.properties.some(
            (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const names = stateProperties.get(node.name.text) ?? new Set();
          names.add(prop.name.getText());
          stateProperties.set(node.name.text, names);
        }
      }
    },
  };
}

/** `src/x/y.ts` or `src/x/y.js` (as written in imports) → `dist/x/y.js`, the published file. */
function toDist(path) {
  return typeof path === 'string' ? path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js') : path;
}

/**
 * Point every module path at dist/ and keep only public API: no private or protected members, no Lit state,
 * no definition from the generic `customElements.define(name, constructor)` inside
 * `defineElement` itself, and no event named after the generic `emit(type, …)` helper's parameter.
 */
function publishedPaths() {
  const fix = (ref) => {
    if (ref && typeof ref === 'object' && typeof ref.module === 'string') ref.module = toDist(ref.module);
  };
  return {
    name: 'actie-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        if (mod.exports) {
          mod.exports = mod.exports.filter(
            (e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(e.name),
          );
          for (const exp of mod.exports) fix(exp.declaration);
        }
        for (const decl of mod.declarations ?? []) {
          fix(decl.superclass);
          const state = stateProperties.get(decl.name) ?? new Set();
          // Lit state declared in a base class (e.g. the assessment's AssessmentForm) is internal too.
          const isState = (name, from) => state.has(name) || (stateProperties.get(from?.name)?.has(name) ?? false);
          if (Array.isArray(decl.members)) {
            decl.members = decl.members.filter(
              (m) =>
                m.privacy !== 'private' &&
                m.privacy !== 'protected' &&
                !String(m.name).startsWith('#') &&
                !isState(m.name, m.inheritedFrom),
            );
            for (const m of decl.members) fix(m.inheritedFrom);
          }
          if (Array.isArray(decl.attributes)) {
            decl.attributes = decl.attributes.filter((a) => !isState(a.fieldName ?? a.name, a.inheritedFrom));
            for (const a of decl.attributes) fix(a.inheritedFrom);
          }
          for (const list of [decl.cssProperties, decl.cssParts]) for (const x of list ?? []) fix(x.inheritedFrom);
          if (Array.isArray(decl.events)) {
            // Only the events the class documents (@event): the analyzer also guesses names from dispatchEvent
            // calls and event constructors (such as `detail`), which are no events of their own.
            decl.events = decl.events.filter((e) => e.name && e.name !== 'type' && e.description);
            for (const e of decl.events) fix(e.inheritedFrom);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.strings.ts', 'src/**/*.strings.en.ts', 'src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), litStateProperties(), publishedPaths()],
};
