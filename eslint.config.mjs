// Resolvers run in AppSync's APPSYNC_JS runtime, which lacks much of
// JavaScript (no try, no classes, no while, no regex literals...): the AppSync
// plugin's type-aware rules catch those before a deploy would.
import appsync from '@aws-appsync/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  {
    ignores: [
      'dist/**',
      'cdk.out/**',
      'node_modules/**',
      'generated/**',
      'client/generated/**',
      'examples/**/dist/**',
    ],
  },
  ...tseslint.configs.recommended,
  { files: ['resolvers/**/*.ts'], ...appsync.configs.recommended },
  {
    files: ['resolvers/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Tests dig into loosely typed request objects and frames.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
