import { dirname, join } from 'node:path';
import { createLogger, type Logger } from '../core/logger';
import { Registry } from '../core/registry';
import { backupsDir, removeStalePartials } from '../db/backup';
import { openStore, type Store } from '../db/client';
import { quickCheck } from '../db/integrity';
import { damageMarked, markDamaged } from '../db/damage';
import { storageError } from '../db/storage-errors';
import { KeyMissing } from '../db/cipher';
import { applyRetention, expiredQuarters, loadRetention, purgeRejectedCsvs } from '../db/retention';
import { dayOfStamp } from '../import/normalise/dates';
import { DatabaseTooNewError } from '../db/migrate';
import { loadIinSalt } from '../db/secret';
import { isAudited, recordChange } from '../db/audit';
import { registerAnalysis } from '../commands/analysis';
import { registerCalendar } from '../commands/calendar';
import { registerCenters } from '../commands/centers';
import { registerImports } from '../commands/imports';
import { registerSpravka } from '../commands/spravka';
import { registerRetention } from '../commands/retention';
import { registerContent } from '../commands/content';
import { createContentService } from '../content/service';
import { registerRegions } from '../commands/regions';
import { registerRequests } from '../commands/requests';
import { registerStats } from '../commands/stats';
import { registerTopics } from '../commands/topics';
import { createImportService } from '../import/service';
import { createReportService } from '../report/service';
import { AppFailure } from '../shared/errors';
import { createJobRunner, type JobOptions, type JobRunner } from '../jobs/runner';
import type { CommandName, CommandOutput, Result } from '../shared/contract';
import { isJobCommand } from '../shared/jobs';

export interface BackendOptions {
  dbPath: string;
  log?: Logger;
  now?: () => string;
  /** The built job worker; by default its TypeScript source through tsx. */
  jobWorker?: string;
  /** better-sqlite3's addon for this runtime, when it is not the one in node_modules (Electron). */
  sqliteBinding?: string;
  /**
   * Check the database file's structure on opening. The app and the CLI do; a job's worker opens a
   * store the app has just checked.
   */
  checkIntegrity?: boolean;
}

/** Removes request rows that fell out of the retention period since the last start, logged as a change. */
function purgeExpired(store: Store, stamp: string): void {
  const years = loadRetention(store);
  // Rejected-rows CSVs may outlive every request row of their import (one undone, or all its rows refused).
  purgeRejectedCsvs(store, dayOfStamp(stamp), years);
  if (expiredQuarters(store, dayOfStamp(stamp), years).length === 0) return;
  const state = applyRetention(store, years, dayOfStamp(stamp), stamp);
  recordChange(store, stamp, 'retention.set', { years }, state);
}

export interface Backend {
  registry: Registry;
  store: Store;
  jobs: JobRunner;
  /** What the window's transports call: long commands go to a worker of their own, the rest run here. */
  invoke<N extends CommandName>(
    name: N,
    payload: unknown,
    job?: JobOptions,
  ): Promise<Result<CommandOutput<N>>>;
  close(): void;
}

/** Local wall-clock time, the way the analyst's own clock reads it. */
export function localNow(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Everything behind the transports: no Electron, no process-wide state. */
export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? createLogger();
  const corrupt = (detail: string) =>
    new AppFailure({
      code: 'databaseCorrupt',
      params: { path: options.dbPath, detail, backups: backupsDir(options.dbPath) },
    });
  // A store an earlier command found damaged is refused by every one, until it is restored.
  const marked = damageMarked(options.dbPath);
  if (marked !== null) throw corrupt(marked);
  let store: Store;
  try {
    store = openStore(options.dbPath, options.sqliteBinding);
  } catch (e) {
    const known = storageError(e, options.dbPath);
    if (known) throw new AppFailure(known);
    if (e instanceof KeyMissing) {
      throw new AppFailure({
        code: 'databaseKeyMissing',
        params: { path: options.dbPath, keyFile: e.keyFile },
      });
    }
    if (e instanceof DatabaseTooNewError) {
      throw new AppFailure({ code: 'databaseTooNew', params: { path: options.dbPath, version: e.found } });
    }
    throw new AppFailure({
      code: 'databaseUnreadable',
      params: { path: options.dbPath, detail: e instanceof Error ? e.message : String(e) },
    });
  }
  if (options.checkIntegrity) {
    const damage = quickCheck(store.sqlite);
    if (damage.length > 0) {
      store.close();
      markDamaged(options.dbPath, damage[0] ?? '');
      throw corrupt(damage[0] ?? '');
    }
  }
  const registry = new Registry(log.scope('registry'), (e) => storageError(e, options.dbPath));
  const now = options.now ?? (() => localNow());
  const imports = createImportService(store, {
    iinSalt: loadIinSalt(options.dbPath),
    now,
    // Built beside the job worker (electron.vite.config.ts).
    ...(options.jobWorker ? { scanWorker: join(dirname(options.jobWorker), 'scan-worker.js') } : {}),
  });
  registerImports(registry, store, imports);
  registry.onSuccess((name, input, output) => {
    // An import writes its entry in its own transaction (import/service.ts).
    if (isAudited(name) && name !== 'imports.run')
      recordChange(store, now(), name, input as never, output as never);
  });
  registerStats(registry, store);
  registerCenters(registry, store);
  registerTopics(registry, store);
  registerRequests(registry, store);
  registerRegions(registry, store);
  registerAnalysis(registry, store);
  registerSpravka(registry, createReportService(store, { now }));
  registerRetention(registry, store, now);
  registerContent(registry, createContentService(store, now));
  registerCalendar(registry, store, now);
  // Half-written copies of a process killed mid-backup go at the next start.
  if (options.checkIntegrity) removeStalePartials(options.dbPath);
  // The app and the CLI keep the retention period on every start; workers leave it to them.
  if (options.checkIntegrity) purgeExpired(store, now());
  const jobs = createJobRunner({
    dbPath: options.dbPath,
    registry,
    log: log.scope('jobs'),
    now,
    ...(options.jobWorker ? { workerEntry: options.jobWorker } : {}),
    ...(options.sqliteBinding ? { sqliteBinding: options.sqliteBinding } : {}),
  });
  return {
    registry,
    store,
    jobs,
    invoke: (name, payload, job) =>
      isJobCommand(name) ? jobs.run(name, payload, job) : registry.invoke(name, payload),
    close: () => {
      void jobs.close();
      store.close();
    },
  };
}
