import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'resources'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
    },
  },
  {
    // Process boundaries: handlers and core never touch Electron; the renderer never touches Node.
    files: ['src-main/**/*.ts'],
    ignores: [
      'src-main/index.ts',
      'src-main/window.ts',
      'src-main/window-options.ts',
      'src-main/security.ts',
      'src-main/menu.ts',
      'src-main/preload/**',
      'src-main/transport/**',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron', '**/src-main/**/!(shared)/**'] },
      ],
    },
  },
  {
    files: ['src-main/cli.ts', 'src-main/cli/**', 'scripts/**', 'test/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
