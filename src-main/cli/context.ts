// What every CLI command is given: its arguments, the options parsed, the language, the output, the store.
import type { parseArgs } from 'node:util';
import type { Backend } from '../app/backend';
import type { translator } from '../i18n';
import type { Result } from '../shared/contract';
import type { Lang } from '../shared/domain';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

export const CLI_OPTIONS = {
  db: { type: 'string' },
  lang: { type: 'string' },
  center: { type: 'string' },
  'new-center': { type: 'boolean' },
  map: { type: 'string', multiple: true },
  'allow-missing': { type: 'string', multiple: true },
  'time-zone': { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  progress: { type: 'boolean' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  quarter: { type: 'string' },
  out: { type: 'string' },
  phone: { type: 'string' },
  'body-kk': { type: 'string' },
  'body-ru': { type: 'string' },
  signatory: { type: 'string' },
  'signatory-kk': { type: 'string' },
  'signatory-ru': { type: 'string' },
  'name-kk': { type: 'string' },
  'name-ru': { type: 'string' },
  rename: { type: 'string' },
  kk: { type: 'string' },
  ru: { type: 'string' },
  docx: { type: 'string' },
  'position-kk': { type: 'string' },
  'position-ru': { type: 'string' },
  xlsx: { type: 'string' },
  compare: { type: 'string' },
  years: { type: 'string' },
  off: { type: 'boolean' },
  'quality-annex': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliValues = ReturnType<
  typeof parseArgs<{ options: typeof CLI_OPTIONS; allowPositionals: true }>
>['values'];

export type TranslateFn = ReturnType<typeof translator>;

export interface CliContext {
  /** The positional arguments after the command's name. */
  args: string[];
  values: CliValues;
  t: TranslateFn;
  lang: Lang;
  io: Io;
  /** The store's path: --db, SARAPTAMA_DB or the user's folder. */
  dbPath: () => string;
  /** Commands that change the store check its file first (`check`); reading ones leave that to the app's start. */
  open: (path: string, check?: boolean) => Backend;
  /** The value of a command's result, or its error thrown for the CLI to report. */
  unwrap: <T>(r: Result<T>) => T;
}

/** A call the CLI does not understand: the usage is printed and the exit code is 2. */
export class UsageError extends Error {}
