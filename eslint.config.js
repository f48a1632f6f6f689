import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** A folder under src-main, as the boundary rules name it. */
const main = (folder) => `src-main/${folder}`;

/** A zone of `import-x/no-restricted-paths`: files under `target` import nothing under the `banned` folders. */
const noImports = (target, banned, why) => ({ target: main(target), from: banned.map(main), message: why });

// The pipeline runs one way: import fills the store, analysis reads it, report writes the analysis out, commands
// expose them all. Import cycles are `npm run lint:cycles`' job (madge), as they count type-only imports too.
const PIPELINE = [
  noImports(
    'db',
    ['import', 'analysis', 'report', 'content', 'commands', 'app', 'cli', 'electron', 'jobs'],
    'The store is the bottom layer: it imports none of the layers built on it.',
  ),
  noImports(
    'import',
    ['analysis', 'report', 'content', 'commands', 'app', 'cli'],
    'The import only fills the store; what reads it comes after.',
  ),
  noImports(
    'analysis',
    ['import', 'report', 'commands', 'app', 'cli'],
    'The analysis reads the store, never the import, and knows nothing of the documents.',
  ),
  noImports(
    'report',
    ['import', 'commands', 'app', 'cli'],
    'The report is written from the analysis, not the import.',
  ),
  noImports(
    'core',
    ['db', 'import', 'analysis', 'report', 'content', 'commands', 'app', 'cli', 'electron', 'jobs'],
    'The core (registry, job context, logger) is what everything else is built on: it knows none of it.',
  ),
  noImports(
    'commands',
    ['app', 'cli', 'electron', 'jobs'],
    'Command handlers are called by the app, the CLI and the jobs; they call none of them.',
  ),
];

// What both processes share is plain data and pure functions: it may import only itself (and npm packages, locales).
const SHARED = [
  {
    target: main('shared'),
    from: 'src-main',
    except: ['./shared'],
    message: 'shared/ is bundled into the renderer too: it imports only from shared/.',
  },
  {
    target: main('shared'),
    from: ['src-renderer', 'scripts', 'test', 'bin'],
    message: 'shared/ imports only from shared/.',
  },
  {
    target: main('reference'),
    from: 'src-main',
    except: ['./shared', './reference'],
    message: 'Reference data depends on nothing but shared/.',
  },
];

// A migration runs as it was written, whatever the code around it becomes: it carries its own data.
const MIGRATIONS = [
  {
    target: main('db/migrations'),
    from: 'src-main',
    except: ['./db/migrations'],
    message:
      'A migration is frozen: it imports nothing but other migration modules, and carries the data it needs.',
  },
];

const RENDERER = [
  {
    target: 'src-renderer',
    from: 'src-main',
    except: ['./shared'],
    message: 'The renderer sees the main process only through src-main/shared and the preload API.',
  },
];

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
    // Boundaries between the parts of the code, checked on the files each import resolves to.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...PIPELINE, ...SHARED, ...MIGRATIONS, ...RENDERER] },
      ],
    },
  },
  {
    // Process boundaries: only the shell in src-main/electron touches Electron; the renderer never touches Node.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'better-sqlite3', 'electron'] },
      ],
    },
  },
  {
    files: ['src-main/cli/**', 'scripts/**', 'test/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
