import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { createBackend, type Backend } from '../app/backend';
import type { JobContext } from '../core/job';
import { formatCount } from '../shared/format';
import { formatError, formatImport, formatRetention, formatSettings, formatStats } from './format';
import { formatAnalysis } from './format-analysis';
import { formatQuality } from './format-quality';
import { readAudit } from '../db/audit';
import { backupStore, restoreStore } from '../db/backup';
import { clearDamage } from '../db/damage';
import { keyFileOf } from '../db/cipher';
import { resolveDbPath } from '../db/paths';
import { systemLang, translator } from '../i18n';

type TranslateFn = ReturnType<typeof translator>;
import type { AnalysisQuery } from '../shared/analysis';
import type { ReportRequest, ReportResult, SpravkaSettings } from '../shared/spravka';
import type { ImportOptions, PlanResult, Result } from '../shared/contract';
import { FIELDS, type Field, type Lang } from '../shared/domain';
import { AppFailure, type AppError } from '../shared/errors';

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
const USAGE_CODES = new Set([
  'badQuarter',
  'unknownCenter',
  'usage',
  'unknownHeader',
  'unknownField',
  'centerRequired',
  'invalidPayload',
  'unknownCommand',
]);

const SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'sample');

class UsageError extends Error {}

function formatReport(t: TranslateFn, r: ReportResult): string {
  return [
    t('cli:report.pdf', { path: r.pdf, pages: r.pages }),
    ...(r.xlsx ? [t('cli:report.xlsx', { path: r.xlsx })] : []),
  ].join('\n');
}

function formatPlan(t: TranslateFn, r: PlanResult): string {
  return [
    t('cli:plan.pdf', { path: r.pdf, pages: r.pages, topics: r.topics }),
    ...(r.xlsx ? [t('cli:plan.xlsx', { path: r.xlsx })] : []),
  ].join('\n');
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The document options `report` and `plan` share; wrong or missing ones are a usage error. */
function reportRequest(
  values: {
    quarter?: string;
    out?: string;
    compare?: string;
    xlsx?: string;
    center?: string;
    'quality-annex'?: boolean;
  },
  lang: Lang,
): ReportRequest {
  if (!values.quarter || !values.out) throw new UsageError();
  const compare = values.compare ?? 'previous';
  if (compare !== 'previous' && compare !== 'year') throw new UsageError();
  const request: ReportRequest = { quarter: values.quarter, lang, compare, out: resolve(values.out) };
  if (values.xlsx) request.xlsx = resolve(values.xlsx);
  if (values.center) request.center = values.center;
  if (values['quality-annex']) request.qualityAnnex = true;
  return request;
}

function parseMap(entries: string[]): Record<string, Field | null> {
  const map: Record<string, Field | null> = {};
  for (const entry of entries) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0) throw new AppFailure({ code: 'usage', params: { detail: `--map "${entry}"` } });
    const header = entry.slice(0, eq).trim();
    const field = entry.slice(eq + 1).trim();
    if (field === '' || field === '-') map[header] = null;
    else if ((FIELDS as readonly string[]).includes(field)) map[header] = field as Field;
    else throw new AppFailure({ code: 'unknownField', params: { field, fields: FIELDS.join(', ') } });
  }
  return map;
}

/** `--allow-missing topic`, `--allow-missing topic,region`, or the flag twice. */
function parseAllowMissing(entries: string[]): ('topic' | 'region')[] {
  const out = new Set<'topic' | 'region'>();
  for (const part of entries.flatMap((e) => e.split(','))) {
    const f = part.trim();
    if (f === 'topic' || f === 'region') out.add(f);
    else throw new AppFailure({ code: 'usage', params: { detail: `--allow-missing ${f}` } });
  }
  return [...out];
}

/** Without `--progress`, an import still says once that it waits for another one writing to the store. */
function waitNotice(t: TFunction, io: Io): JobContext {
  let said = false;
  return {
    report: ({ phase }) => {
      if (phase !== 'wait' || said) return;
      said = true;
      io.err(t('ui:job.waitRows'));
    },
    checkpoint: () => undefined,
  };
}

/** `--progress`: where a long import stands, on stderr, about once a second. */
function progressLines(t: TFunction, io: Io): JobContext {
  let last = -Infinity;
  let lastPhase = '';
  return {
    report: ({ phase, file, done, total }) => {
      const now = performance.now();
      if (phase === lastPhase && now - last < 1000) return;
      last = now;
      lastPhase = phase;
      const key = phase === 'read' ? (file ? 'read' : 'readStart') : total === null ? `${phase}Rows` : phase;
      io.err(
        t(`ui:job.${key}`, {
          file: file ?? '',
          done: formatCount(done),
          total: total === null ? '' : formatCount(total),
        }),
      );
    },
    checkpoint: () => undefined,
  };
}

/** Runs one CLI invocation; returns the exit code. Separated from process globals so tests can drive it. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        lang: { type: 'string' },
        center: { type: 'string' },
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
        'position-kk': { type: 'string' },
        'position-ru': { type: 'string' },
        xlsx: { type: 'string' },
        compare: { type: 'string' },
        years: { type: 'string' },
        off: { type: 'boolean' },
        'quality-annex': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
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
    // Commands that change the store check its file first (quick_check reads every page: about 3 s a
    // million requests); reading ones leave that to the app's start.
    const open = (path: string, check = false) =>
      (backend = createBackend({ dbPath: path, checkIntegrity: check }));
    const unwrap = <T>(r: Result<T>): T => {
      if (!r.ok) throw new AppFailure(r.error);
      return r.value;
    };

    switch (command) {
      case 'import': {
        if (args.length === 0) throw new UsageError();
        const options: ImportOptions = {
          paths: args.map((p) => resolve(p)),
          skipInvalid: values['skip-invalid'] ?? false,
          lang,
        };
        if (values.center) options.center = values.center;
        if (values.map) options.map = parseMap(values.map);
        if (values['allow-missing']) options.allowMissing = parseAllowMissing(values['allow-missing']);
        const b = open(resolveDbPath(values.db, io.env), true);
        const report = unwrap(
          await b.registry.invoke(
            'imports.run',
            options,
            values.progress ? progressLines(t, io) : waitNotice(t, io),
          ),
        );
        io.out(values.json ? JSON.stringify(report, null, 2) : formatImport(t, report));
        return EXIT_OK;
      }
      case 'stats': {
        if (args.length > 0) throw new UsageError();
        const b = open(resolveDbPath(values.db, io.env));
        const stats = unwrap(await b.registry.invoke('stats.get', {}));
        io.out(values.json ? JSON.stringify(stats, null, 2) : formatStats(t, stats));
        return EXIT_OK;
      }
      case 'analyze': {
        if (args.length > 0 || !values.quarter) throw new UsageError();
        const compare = values.compare ?? 'previous';
        if (compare !== 'previous' && compare !== 'year') throw new UsageError();
        const query: AnalysisQuery = { quarter: values.quarter, compare };
        if (values.center) query.center = values.center;
        const b = open(resolveDbPath(values.db, io.env));
        const analysis = unwrap(await b.registry.invoke('analysis.quarter', query));
        const quality = unwrap(await b.registry.invoke('analysis.quality', query));
        io.out(
          values.json
            ? JSON.stringify({ ...analysis, quality }, null, 2)
            : [formatAnalysis(t, lang, analysis), ...formatQuality(t, lang, quality)].join('\n'),
        );
        return EXIT_OK;
      }
      case 'report': {
        if (args.length > 0) throw new UsageError();
        const request = reportRequest(values, lang);
        const b = open(resolveDbPath(values.db, io.env));
        const result = unwrap(await b.registry.invoke('report.write', request));
        io.out(values.json ? JSON.stringify(result, null, 2) : formatReport(t, result));
        return EXIT_OK;
      }
      case 'plan': {
        if (args.length > 0) throw new UsageError();
        const request = reportRequest(values, lang);
        const b = open(resolveDbPath(values.db, io.env));
        const result = unwrap(await b.registry.invoke('report.plan', request));
        io.out(values.json ? JSON.stringify(result, null, 2) : formatPlan(t, result));
        return EXIT_OK;
      }
      case 'faq': {
        if (args.length > 0 || !values.quarter || !values.out || values.xlsx) throw new UsageError();
        const compare = values.compare ?? 'previous';
        if (compare !== 'previous' && compare !== 'year') throw new UsageError();
        const b = open(resolveDbPath(values.db, io.env));
        const result = unwrap(
          await b.registry.invoke('report.faq', {
            quarter: values.quarter,
            lang,
            compare,
            out: resolve(values.out),
            ...(values.center ? { center: values.center } : {}),
          }),
        );
        io.out(
          values.json
            ? JSON.stringify(result, null, 2)
            : t('cli:faq.written', {
                path: result.out,
                format: result.format.toUpperCase(),
                questions: result.questions,
              }),
        );
        return EXIT_OK;
      }
      case 'settings': {
        const centerChange = values.phone !== undefined || values['time-zone'] !== undefined;
        if (args.length > 0 || (centerChange && !values.center)) throw new UsageError();
        const b = open(resolveDbPath(values.db, io.env), true);
        if (values.center && centerChange) {
          unwrap(
            await b.registry.invoke('centers.update', {
              name: values.center,
              ...(values.phone !== undefined ? { phone: values.phone } : {}),
              ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
            }),
          );
        }
        const current = unwrap(await b.registry.invoke('spravka.settings', {}));
        const next: SpravkaSettings = {
          body: { kk: values['body-kk'] ?? current.body.kk, ru: values['body-ru'] ?? current.body.ru },
          signatory: {
            name: values.signatory ?? current.signatory.name,
            position: {
              kk: values['position-kk'] ?? current.signatory.position.kk,
              ru: values['position-ru'] ?? current.signatory.position.ru,
            },
          },
        };
        const saved = unwrap(await b.registry.invoke('spravka.saveSettings', next));
        const centers = unwrap(await b.registry.invoke('centers.list', {}));
        io.out(
          values.json ? JSON.stringify({ ...saved, centers }, null, 2) : formatSettings(t, saved, centers),
        );
        return EXIT_OK;
      }
      case 'audit': {
        if (args.length > 0) throw new UsageError();
        const entries = readAudit(open(resolveDbPath(values.db, io.env)).store);
        if (values.json) io.out(JSON.stringify(entries, null, 2));
        else if (entries.length === 0) io.out(t('cli:audit.empty'));
        else {
          for (const e of entries) {
            io.out(
              t('cli:audit.line', {
                at: e.at,
                user: e.osUser,
                action: t(`cli:audit.action.${e.action.replace('.', '_')}`),
                detail: JSON.stringify(e.detail),
              }),
            );
          }
        }
        return EXIT_OK;
      }
      case 'backup': {
        if (args.length > 0) throw new UsageError();
        const dbPath = resolveDbPath(values.db, io.env);
        const b = open(dbPath, true);
        const path = backupStore(b.store.sqlite, dbPath, {
          ...(values.to ? { to: resolve(values.to) } : {}),
          env: io.env,
        });
        io.out(t('cli:backup.written', { path }));
        if (values.to && existsSync(keyFileOf(path))) io.out(t('cli:backup.key', { key: keyFileOf(path) }));
        return EXIT_OK;
      }
      case 'retention': {
        const years = values.years === undefined ? undefined : Number(values.years);
        if (
          args.length > 0 ||
          (years !== undefined && values.off) ||
          (years !== undefined && !Number.isInteger(years))
        )
          throw new UsageError();
        const b = open(resolveDbPath(values.db, io.env), years !== undefined || values.off === true);
        const state =
          years !== undefined || values.off
            ? unwrap(
                await b.registry.invoke('retention.set', { years: values.off ? null : (years as number) }),
              )
            : unwrap(await b.registry.invoke('retention.get', {}));
        io.out(values.json ? JSON.stringify(state, null, 2) : formatRetention(t, state));
        return EXIT_OK;
      }
      case 'restore': {
        if (args.length !== 1) throw new UsageError();
        const from = resolve(args[0] as string);
        const dbPath = resolveDbPath(values.db, io.env);
        io.err(t('cli:restore.closeApp'));
        const { previous } = restoreStore(dbPath, from);
        clearDamage(dbPath);
        // Opening it runs the migrations a backup from an older version needs.
        open(dbPath, true);
        io.out(previous ? t('cli:restore.done', { from, previous }) : t('cli:restore.doneFresh', { from }));
        return EXIT_OK;
      }
      case 'demo': {
        if (args.length > 0) throw new UsageError();
        const dbPath = values.db ?? join(mkdtempSync(join(tmpdir(), 'saraptama-demo-')), 'saraptama.db');
        const b = open(dbPath);
        const paths = readdirSync(SAMPLE_DIR)
          .filter((f) => /\.(xlsx|xls|csv|ods)$/i.test(f))
          .sort()
          .map((f) => join(SAMPLE_DIR, f));
        const report = unwrap(
          await b.registry.invoke('imports.run', { paths, center: t('cli:demo.center'), lang }),
        );
        unwrap(await b.registry.invoke('centers.update', { name: report.center, phone: '1414' }));
        const stats = unwrap(await b.registry.invoke('stats.get', {}));
        // The справка of the latest quarter in both languages, with its form, as an analyst would file it.
        const quarter = Object.keys(stats.byQuarter).at(-1);
        const written: ReportResult[] = [];
        for (const l of quarter ? (['kk', 'ru'] as const) : []) {
          const base = resolve('demo-output', `spravka_${quarter}_${l}`);
          const request: ReportRequest = {
            quarter: quarter as string,
            lang: l,
            out: `${base}.pdf`,
            xlsx: `${base}.xlsx`,
          };
          written.push(unwrap(await b.registry.invoke('report.write', request)));
        }
        if (values.json) io.out(JSON.stringify(stats, null, 2));
        else {
          const summary = [
            t('cli:demo.db', { path: dbPath }),
            formatImport(t, report),
            '',
            formatStats(t, stats),
            '',
          ];
          io.out([...summary, ...written.map((r) => formatReport(t, r))].join('\n'));
        }
        return EXIT_OK;
      }
      default:
        throw new UsageError();
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(t('cli:usage'));
      return EXIT_USAGE;
    }
    if (e instanceof AppFailure) return reportError(e.error);
    io.err(t('errors:internal', { message: e instanceof Error ? (e.stack ?? e.message) : String(e) }));
    return EXIT_REFUSED;
  } finally {
    (backend as Backend | undefined)?.close();
  }
}
