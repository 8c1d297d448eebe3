/**
 * Lint for the whole tree, with zero warnings allowed (`npm run lint`).
 *
 * TypeScript: the project compiles with TypeScript 7 (the native compiler),
 * which has no JavaScript compiler API, and typescript-eslint's type-aware
 * rules need one (its peer range is <6.1; its experimental native mode needs
 * 7.1). So typescript-eslint lives in the npm workspace tools/lint/ together
 * with its own TypeScript 5.9, which only ESLint's parser uses; `tsc` stays
 * TypeScript 7. The parser reads the two real projects (tsconfig.node.json,
 * tsconfig.web.json) rather than the project service, because the root
 * tsconfig.json is a solution file that includes no files itself.
 *
 * Boundaries (who may import what) are rules here, see `boundaries` below.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { tseslint } from '@bostadsportfoljen/lint';

/** Package names as import specifiers: the name itself or a path inside it. */
const packages = (...names) => names.map((name) => `${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|$)`);
const node = ['node:', ...packages(...builtinModules.filter((m) => !m.startsWith('_')))];
const electronPackage = packages('electron');
const database = packages('knex', 'sqlite3', 'better-sqlite3');
const react = [...packages('react', 'react-dom', '@ag-grid-community/locale'), 'ag-grid-'];
/** A relative import that climbs into a top-level folder, e.g. `../../electron/core/dispatch`. */
const into = (folder) => `^(\\.\\./)+${folder}(/|$)`;

/**
 * `no-restricted-imports` for one layer. Flat config replaces (does not merge)
 * a rule's options when several blocks match a file, so each layer lists all
 * that it refuses.
 */
function refuse({ modules = [], folders = [], why }) {
  return [
    'error',
    {
      patterns: [
        ...(modules.length ? [{ regex: `^(${modules.join('|')})`, message: why }] : []),
        ...folders.map((folder) => ({ regex: into(folder), message: why })),
      ],
    },
  ];
}

const boundaries = [
  {
    // Everything outside the Electron shell runs and is tested without Electron.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': refuse({
        modules: electronPackage,
        why: 'Only electron/main and electron/preload import Electron.',
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': refuse({
        modules: electronPackage,
        folders: ['renderer'],
        why: 'The back end never imports the renderer, and only electron/main and electron/preload import Electron.',
      }),
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': refuse({ folders: ['renderer'], why: 'The back end never imports the renderer.' }),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': refuse({
        modules: [...node, ...electronPackage, ...database, ...react],
        folders: ['electron', 'renderer', 'migrations', 'tests', 'scripts'],
        why: 'shared/ runs on both sides: it imports no Node, Electron, database, React or DOM code, and nothing outside shared/.',
      }),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'].map((name) => ({
          name,
          message: 'shared/ runs on both sides and uses no DOM.',
        })),
        ...['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'].map((name) => ({
          name,
          message: 'shared/ runs on both sides and uses no Node.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': refuse({
        modules: [...node, ...electronPackage, ...database],
        folders: ['electron', 'migrations'],
        why: 'The renderer reaches the back end only through the api client (renderer/api), never by import.',
      }),
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'tools/lint/node_modules/**',
      'test-results/**',
      'bench-results/**',
      'release/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.rendertests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { secret: _secret, ...rest } = row` is how a column is left out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Props and hook results declare their callbacks as method signatures
      // (`onClose(): void`) and the code has no class whose methods use
      // `this`, so every report would be about a `this` nobody reads.
      '@typescript-eslint/unbound-method': 'off',
      // Procedure handlers and platform methods are async by contract (the
      // caller awaits a promise), also those that happen to finish at once.
      '@typescript-eslint/require-await': 'off',
      // Knex results of joins and raw SQL have no declared type (the typed
      // tables of electron/db/tables.ts cover single tables), so their casts
      // stay; this rule would only move each cast into a type argument.
      // Casts of single-table results were removed when the tables were typed.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Values read from rows and cells are `unknown` and are scalars by the
      // schema; after a null check TypeScript calls them `{}`, which this
      // rule takes for an object.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic hook rules. The React Compiler rules that the plugin's
    // `recommended` set adds since v6 (refs, set-state-in-effect, use-memo,
    // ...) report patterns (reading a ref during render, setting state in an
    // effect) that need rewrites of the form and lookup components; they are
    // left for the follow-up on the form cycle.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // vitest's asymmetric matchers (`expect.any(String)`) are typed `any`.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Callbacks passed to Playwright's evaluate() run in the page and are
    // typed against the DOM, which the Node project (tsconfig.node.json)
    // does not load; their values are read back as plain data.
    files: ['tests/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
  {
    // Build hooks that electron-builder loads with require().
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', exports: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...boundaries,
);
