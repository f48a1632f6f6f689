// The backend the transports drive (the window's IPC, the CLI, tests): the core, with long commands sent to a
// worker of their own. No Electron, no process-wide state.
import { createLogger, type Logger } from '../core/logger';
import type { Registry } from '../core/registry';
import { removeStalePartials } from '../db/backup';
import { damageMarked } from '../db/damage';
import type { Store } from '../db/client';
import { recordChange } from '../db/audit';
import { applyRetention, expiredQuarters, loadRetention, purgeRejectedCsvs } from '../db/retention';
import { topicKey } from '../import/normalise/topic';
import { createJobRunner, type JobOptions, type JobRunner } from '../jobs/runner';
import { type CommandName, type CommandOutput, type Result, isJobCommand } from '../shared/contract';
import { backupScheduler, type BackupScheduler } from './backup-scheduler';
import { createCore } from './core';
import { corruptStore } from './open-store';
import { dayOfStamp, localNow } from '../shared/dates';

export interface BackendOptions {
  dbPath: string;
  log?: Logger;
  now?: () => string;
  /** The built job worker; by default its TypeScript source through tsx. */
  jobWorker?: string;
  /** better-sqlite3's addon for this runtime, when it is not the one in node_modules (Electron). */
  sqliteBinding?: string;
  /**
   * The upkeep of a start: half-written copies removed, the retention period kept. The app and the CLI do it; a
   * job's worker opens a store the app has just opened. (The full check of the file is the job store.verify.)
   */
  upkeep?: boolean;
}

/** Removes request rows that fell out of the retention period since the last start, logged as a change. */
function purgeExpired(store: Store, stamp: string): void {
  const years = loadRetention(store);
  // Rejected-rows CSVs may outlive every request row of their import (one undone, or all its rows refused).
  purgeRejectedCsvs(store, dayOfStamp(stamp), years);
  if (expiredQuarters(store, dayOfStamp(stamp), years).length === 0) return;
  const state = applyRetention(store, years, dayOfStamp(stamp), stamp, topicKey);
  recordChange(store, stamp, 'retention.set', { years }, state);
}

export interface Backend {
  registry: Registry;
  store: Store;
  jobs: JobRunner;
  backups: BackupScheduler;
  /** What the window's transports call: long commands go to a worker of their own, the rest run here. */
  invoke<N extends CommandName>(
    name: N,
    payload: unknown,
    job?: JobOptions,
  ): Promise<Result<CommandOutput<N>>>;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const log = options.log ?? createLogger();
  const now = options.now ?? (() => localNow());
  const { store, registry } = createCore({ ...options, log, now });
  if (options.upkeep) {
    // Half-written copies of a process killed mid-backup go at the next start.
    removeStalePartials(options.dbPath);
    purgeExpired(store, now());
  }
  const jobs = createJobRunner({
    dbPath: options.dbPath,
    registry,
    log: log.scope('jobs'),
    now,
    ...(options.jobWorker ? { workerEntry: options.jobWorker } : {}),
    ...(options.sqliteBinding ? { sqliteBinding: options.sqliteBinding } : {}),
  });
  const backups = backupScheduler(store, jobs, log.scope('backups'), now);
  // In this thread (the CLI, the tests) through the registry; in a job's worker below, before it starts.
  registry.onBefore((name) => backups.before(name));
  return {
    registry,
    store,
    jobs,
    backups,
    invoke: async (name, payload, job) => {
      // Found damaged meanwhile (the start's full check, another process): nothing more is read or written.
      const damage = damageMarked(options.dbPath);
      if (damage !== null) return { ok: false, error: corruptStore(options.dbPath, damage) };
      if (!isJobCommand(name)) return registry.invoke(name, payload);
      return jobs.run(name, payload, job, backups.before(name));
    },
    close: () => {
      void jobs.close();
      store.close();
    },
  };
}
