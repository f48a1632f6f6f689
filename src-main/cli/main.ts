// `npx saraptama <command>`: parses the call, runs the command from the table (commands/), reports errors in the
// analyst's language with the exit code scripts can test.
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from '../app/backend';
import { resolveDbPath } from '../db/paths';
import { systemLang, translator } from '../i18n';
import type { Result } from '../shared/contract';
import type { Lang } from '../shared/domain';
import { AppFailure, type AppError } from '../shared/errors';
import { CLI_COMMANDS } from './commands';
import { CLI_OPTIONS, UsageError, type Io } from './context';
import { formatError } from './format';

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
const USAGE_CODES = new Set([
  'badQuarter',
  'unknownCenter',
  'importCenterUnknown',
  'usage',
  'unknownHeader',
  'unknownField',
  'centerRequired',
  'invalidPayload',
  'unknownCommand',
]);

/** Runs one CLI invocation; returns the exit code. Separated from process globals so tests can drive it. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (e) {
    const t = translator(systemLang(io.env));
    io.err(`${t('errors:usage', { detail: e instanceof Error ? e.message : String(e) })}\n${t('cli:usage')}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const langFlag = values.lang;
  if (langFlag !== undefined && langFlag !== 'kk' && langFlag !== 'ru') {
    const t = translator(systemLang(io.env));
    io.err(t('errors:usage', { detail: `--lang ${langFlag}` }));
    return EXIT_USAGE;
  }
  const lang: Lang = langFlag ?? systemLang(io.env);
  const t = translator(lang);
  const [command, ...args] = positionals;

  const reportError = (e: AppError): number => {
    if (values.json)
      io.out(JSON.stringify({ error: { ...e, message: t(`errors:${e.code}`, e.params) } }, null, 2));
    io.err(formatError(t, e));
    if (USAGE_CODES.has(e.code)) {
      io.err(t('cli:usage'));
      return EXIT_USAGE;
    }
    return EXIT_REFUSED;
  };

  if (values.help || !command) {
    (values.help ? io.out : io.err)(t('cli:usage'));
    return values.help ? EXIT_OK : EXIT_USAGE;
  }

  let backend: Backend | undefined;
  try {
    // Commands that change the store do the upkeep of a start first (retention, half-written copies); the full
    // check of the file is `check`, and the app's background job at every start.
    const open = (path: string, upkeep = false) => (backend = createBackend({ dbPath: path, upkeep }));
    const unwrap = <T>(r: Result<T>): T => {
      if (!r.ok) throw new AppFailure(r.error);
      return r.value;
    };

    const handler = Object.hasOwn(CLI_COMMANDS, command) ? CLI_COMMANDS[command] : undefined;
    if (!handler) throw new UsageError();
    await handler({
      args,
      values,
      t,
      lang,
      io,
      dbPath: () => resolveDbPath(values.db, io.env),
      open,
      unwrap,
    });
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(t('cli:usage'));
      return EXIT_USAGE;
    }
    if (e instanceof AppFailure) return reportError(e.error);
    io.err(t('errors:internal', { message: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
    return EXIT_REFUSED;
  } finally {
    const b = backend as Backend | undefined;
    if (b?.backups.running()) {
      // The copy taken before an import goes on after it; stopping the process would lose it.
      io.err(t('cli:backup.finishing'));
      await b.backups.settled();
    }
    const last = b?.backups.last();
    if (last && 'failed' in last)
      io.err(t('cli:backup.failed', { message: t(`errors:${last.failed.code}`, last.failed.params) }));
    b?.close();
  }
}
