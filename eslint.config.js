// The house rules a machine enforces: the folder map in README "How it works" is real because these rules fail
// `npm test` when an import crosses it. Layering uses ESLint's own no-restricted-imports / no-restricted-globals:
// they cover everything the map says, so no plugin is needed for it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports that reach a browser API: only entrypoints/ and lib/ (the browser edge) may use them. */
const BROWSER_APIS = [
  { name: '#imports', message: 'Browser APIs belong in lib/ or entrypoints/.' },
  { name: 'wxt/browser', message: 'Browser APIs belong in lib/ or entrypoints/.' },
  { name: 'wxt/utils/storage', message: 'Storage belongs in lib/.' },
  { name: 'webextension-polyfill', message: 'Import browser from wxt/browser, in lib/ or entrypoints/.' },
];
/** One import style: `./x` inside a folder, `@/folder/x` across folders. */
const NO_PARENT_PATHS = { group: ['../*', '../../*'], message: 'Import across folders with @/ (one import style).' };
const layer = (folders, message) => ({ group: folders.map((folder) => `@/${folder}/*`), message });

/** Page-world globals a pure module must not reach for: the DOM layer takes its root as an argument. */
const PAGE_GLOBALS = ['window', 'document', 'browser', 'chrome', 'location', 'navigator', 'localStorage'].map((name) => ({
  name,
  message: 'utils/ is pure: pass the document or the value in as an argument.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.output-bench/**', '.output-profile/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-results/**', 'test/corpus/**',
    // Snippets evaluated inside pages and page fixtures: page scripts, not modules of the extension.
    'bench/in-page/**', 'test/e2e/hostile/pages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      // TypeScript already checks names; ESLint's no-undef does not know its types or globals.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [NO_PARENT_PATHS] }],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: BROWSER_APIS, patterns: [NO_PARENT_PATHS, layer(['lib', 'components', 'entrypoints', 'features'], 'utils/ imports only utils/ and data/.')] },
      ],
      'no-restricted-globals': ['error', ...PAGE_GLOBALS],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: BROWSER_APIS, patterns: [NO_PARENT_PATHS, layer(['lib', 'entrypoints', 'features'], 'components/ take props: no lib/, features/ or entrypoints/.')] },
      ],
    },
  },
  {
    // Scripts, benchmarks and tests run in Node or drive pages: their globals differ, the layering rules do not apply.
    files: ['scripts/**', 'bench/**', 'test/**', '*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
);
