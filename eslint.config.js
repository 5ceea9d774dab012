// ESLint flat config. TypeScript everywhere gets typescript-eslint's recommended rules; resolver code also
// gets AWS's APPSYNC_JS rules (type-aware), so what AppSync would refuse fails `npm run lint` first.
const tseslint = require('typescript-eslint');
const appsync = require('@aws-appsync/eslint-plugin');

const RESOLVER_FILES = ['resolvers/**/*.{ts,js}', 'test/**/fixtures/**/resolvers/**/*.{ts,js}', 'bench/fixtures/**/resolvers/**/*.{ts,js}'];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'coverage/', 'generated/', '**/*.d.ts', '.data/', '.artifacts/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: RESOLVER_FILES,
    ...appsync.configs.recommended,
    languageOptions: {
      ...appsync.configs.recommended.languageOptions,
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
  },
);
