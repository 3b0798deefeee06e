// Lint for the whole monorepo: TypeScript sources with type-aware rules, scripts as plain ESM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

/** Import paths of the element folders, as seen from a sibling folder. */
const ELEMENT_FOLDERS = ['../assessment/*', '../results/*', '../action-plan/*', '../team/*'];

/**
 * The layers of the rules package, lowest first (docs/architecture.md, "Who imports what"): a
 * folder imports only from folders before it, so there is no loop between folders and, for
 * example, reading and migrating files (session/) never reaches report texts (report/).
 */
const RULES_LAYERS = ['model', 'validate', 'score', 'plan', 'session', 'team', 'report', 'exports', 'cli'];

/** `no-restricted-imports` for files: each rule is a list of gitignore-style patterns and a message (last). */
function folderRules(files, rules, { allowTypeImports = true } = {}) {
  return [
    {
      files: [files],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: rules.map((rule) => ({ group: rule.slice(0, -1), message: rule.at(-1), allowTypeImports })),
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'test-results/**',
      '**/*.d.ts',
      'examples/**/vendor/**',
      'packages/rules/src/model/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Type-aware rules for the packages' sources and tests: floating promises, unsafe any, needless
    // conditions. The project service finds each file's tsconfig (test/ has its own).
    files: ['packages/*/src/**/*.ts', 'packages/*/test/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans read fine in messages; objects and undefined do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it/test return promises the runner itself waits for.
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
    },
  },
  {
    // Tests feed hostile and half-typed input on purpose and check results defensively; the rules
    // about awaiting promises and about types stay on, these about defensive code do not.
    files: ['packages/*/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Query helpers such as q<HTMLInputElement>(el, selector) name the element type they expect.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
    },
  },
  {
    // Lit templates and elements: template syntax (bindings in valid places, no duplicate or
    // legacy bindings, valid HTML), lifecycle calls to super, reactive properties not shadowed
    // by class fields (which would break `static properties` with `declare`). Not no-value-attribute:
    // our `value` attributes are those of radio buttons, which name the option and never change.
    files: ['packages/components/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-nothing': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },
  // What each folder of the components package may import (docs/architecture.md, "Who imports what").
  // Type-only imports are free: they leave no trace in the bundle and make no cycle at run time.
  ...folderRules('packages/components/src/session/**', [
    ['../shared/*', '../shared/**', 'the session store does not depend on the elements or their base'],
    ['../controllers/*', '../controllers/**', 'the session store does not use the reactive controllers (they serve elements)'],
    [...ELEMENT_FOLDERS, 'the session does not know the elements'],
  ]),
  ...folderRules('packages/components/src/controllers/**', [
    [
      '../shared/*',
      '!../shared/i18n',
      '../shared/i18n/*',
      '!../shared/i18n/registry.js',
      'controllers use only the strings registry of shared/',
    ],
    [...ELEMENT_FOLDERS, 'controllers serve every element and know none'],
  ]),
  ...folderRules('packages/components/src/shared/**', [
    [...ELEMENT_FOLDERS.map((p) => `../${p}`), ...ELEMENT_FOLDERS, 'shared/ knows no element'],
  ]),
  ...['assessment', 'results', 'action-plan', 'team'].flatMap((folder) =>
    folderRules(`packages/components/src/${folder}/**`, [
      [...ELEMENT_FOLDERS.filter((p) => !p.startsWith(`../${folder}/`)), 'an element folder does not import another element'],
    ]),
  ),
  // The rules package: each folder imports only the layers below it, types included (a type
  // import upward would be a loop in the design, if not at run time).
  ...RULES_LAYERS.flatMap((folder, i) =>
    i === RULES_LAYERS.length - 1
      ? []
      : folderRules(
          `packages/rules/src/${folder}/**`,
          [
            [
              ...RULES_LAYERS.slice(i + 1).map((above) => `../${above}/*`),
              `${folder}/ is below ${RULES_LAYERS.slice(i + 1).join(', ')}: it does not import them (layers: ${RULES_LAYERS.join(' < ')})`,
            ],
          ],
          { allowTypeImports: false },
        ),
  ),
  // The files at the root of src/ (results, dates, answer labels, localize) are below every
  // folder; only the entries index.ts and core.ts gather from them.
  ...folderRules(
    'packages/rules/src/!(index|core).ts',
    [
      [
        ...RULES_LAYERS.map((folder) => `./${folder}/*`),
        '!./model/types.js',
        'a root module of src/ imports no folder but the model types',
      ],
    ],
    { allowTypeImports: true },
  ),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        module: 'writable',
        require: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        document: 'readonly',
        window: 'readonly',
      },
    },
  },
  {
    // Browser code: the examples' modules, and the functions the end-to-end tests run in the page.
    files: ['examples/**/*.js', 'e2e/**/*.js'],
    languageOptions: {
      globals: {
        customElements: 'readonly',
        fetch: 'readonly',
        getComputedStyle: 'readonly',
        requestAnimationFrame: 'readonly',
        Node: 'readonly',
        matchMedia: 'readonly',
        innerWidth: 'readonly',
        innerHeight: 'readonly',
        NodeFilter: 'readonly',
        location: 'readonly',
        URLSearchParams: 'readonly',
      },
    },
  },
);
