import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Which lib may import which, one way only (docs/ARCHITECTURE.md, "Layers"). A lib imports another through its
 * `@crossroads/<lib>` alias; an import missing from this table fails `npm run check`.
 */
const LAYERS = {
  core: [],
  embedded: ['core'],
  auth: ['core'],
  notifications: ['auth', 'core'],
  directory: ['auth', 'core'],
  festivals: ['directory', 'auth', 'core'],
  coproduction: ['festivals', 'directory', 'auth', 'core'],
  delegations: ['coproduction', 'festivals', 'directory', 'auth', 'core'],
  transfer: ['coproduction', 'festivals', 'directory', 'auth', 'core'],
  search: ['coproduction', 'festivals', 'directory', 'auth', 'core'],
  testing: ['embedded', 'core'],
};
const LIBS = Object.keys(LAYERS);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      '**/*.cjs',
      'jest.config.js',
      'apps/web/dist/',
      'apps/web/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A switch over an enum or a union names every member, so a new member is a compile-time to-do list.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/cli/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        ...LIBS.map((lib) => ({ type: lib, pattern: `libs/${lib}` })),
        { type: 'app', pattern: 'apps/(api|cli)' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'Layers point one way (docs/ARCHITECTURE.md): this import goes against them.',
          policies: [
            ...LIBS.map((lib) => ({
              from: { element: { type: lib } },
              allow: { to: { element: { types: { anyOf: [lib, ...LAYERS[lib]] } } } },
            })),
            {
              from: { element: { type: 'app' } },
              allow: {
                to: { element: { types: { anyOf: ['app', ...LIBS.filter((lib) => lib !== 'testing')] } } },
              },
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**'], message: 'A lib never imports an app.' },
            {
              regex: '^(\\.\\./)+(libs/)?[a-z-]+/src(/|$)',
              message: 'Import another lib through its @crossroads/<lib> alias, never by a relative path.',
            },
          ],
        },
      ],
    },
  },
  {
    // Jest loads the global setup before its module mapper exists: the one place relative paths across libs are fine.
    files: ['libs/testing/src/global-setup.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
