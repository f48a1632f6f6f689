// The commands that keep the store: copies, retention, restoring, and the demo on a fresh one.
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupsDir, backupsOnDisk, backupStore, restoreStore } from '../../db/backup';
import { keyFileOf } from '../../db/cipher';
import { clearDamage } from '../../db/damage';
import type { ReportRequest } from '../../shared/commands/spravka';
import type { ReportResult } from '../../shared/spravka';
import { UsageError, type CliContext } from '../context';
import { formatImport, formatReport, formatRetention, formatStats } from '../format';

const SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources', 'sample');

/** A copy of the store. */
export async function backup({ args, values, t, io, open, dbPath: storePath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const dbPath = storePath();
  const b = open(dbPath, true);
  const path = backupStore(b.store.sqlite, dbPath, {
    ...(values.to ? { to: resolve(values.to) } : {}),
    env: io.env,
  });
  io.out(t('cli:backup.written', { path, size: megabytes(statSync(path).size) }));
  if (values.to && existsSync(keyFileOf(path))) io.out(t('cli:backup.key', { key: keyFileOf(path) }));
  const kept = backupsOnDisk(dbPath);
  if (!values.to || kept.count > 0)
    io.out(
      t('cli:backup.kept', { folder: backupsDir(dbPath), count: kept.count, size: megabytes(kept.bytes) }),
    );
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The full check of the store's file, every page read (the app runs it in the background at every start). */
export async function check({ args, t, io, open, unwrap, dbPath: storePath }: CliContext): Promise<void> {
  if (args.length > 0) throw new UsageError();
  const dbPath = storePath();
  const { seconds } = unwrap(await open(dbPath).registry.invoke('store.verify', {}));
  io.out(t('cli:check.ok', { path: dbPath, seconds: seconds.toFixed(1) }));
}

/** How long request rows are kept. */
export async function retention(ctx: CliContext): Promise<void> {
  const { args, values, t, io, open, unwrap, dbPath: storePath } = ctx;
  const years = values.years === undefined ? undefined : Number(values.years);
  if (
    args.length > 0 ||
    (years !== undefined && values.off) ||
    (years !== undefined && !Number.isInteger(years))
  )
    throw new UsageError();
  const b = open(storePath(), years !== undefined || values.off === true);
  const state =
    years !== undefined || values.off
      ? unwrap(await b.registry.invoke('retention.set', { years: values.off ? null : (years as number) }))
      : unwrap(await b.registry.invoke('retention.get', {}));
  io.out(values.json ? JSON.stringify(state, null, 2) : formatRetention(t, state));
}

/** The store put back from a copy. */
export async function restore({ args, t, io, open, dbPath: storePath }: CliContext): Promise<void> {
  if (args.length !== 1) throw new UsageError();
  const from = resolve(args[0] as string);
  const dbPath = storePath();
  io.err(t('cli:restore.closeApp'));
  const { previous } = restoreStore(dbPath, from);
  clearDamage(dbPath);
  // Opening it runs the migrations a backup from an older version needs.
  open(dbPath, true);
  io.out(previous ? t('cli:restore.done', { from, previous }) : t('cli:restore.doneFresh', { from }));
}

/** The bundled sample imported into a fresh store, and the справка of its latest quarter written. */
export async function demo({ args, values, t, lang, io, open, unwrap }: CliContext): Promise<void> {
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
      docx: `${base}.docx`,
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
}
