import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // .astro files: the frontmatter is parsed by typescript-eslint's parser (the plugin finds it),
  // <script> blocks are linted as browser TypeScript.
  ...astro.configs.recommended,
  // Server code and .astro frontmatter run in Node; <script> blocks (virtual *.astro/*.ts files) in the browser.
  { ignores: ['**/*.astro/*'], languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
);
