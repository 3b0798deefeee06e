// Lint for the whole monorepo: TypeScript sources with type-aware rules, scripts as plain ESM.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'test-results/**', '**/*.d.ts', 'examples/**/vendor/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
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
