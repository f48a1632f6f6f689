import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from '../core/worker-spawn';
import { flaggedContext } from '../core/job';
import type { Logger } from '../core/logger';
import type { Registry } from '../core/registry';
import type { CommandOutput, Result, JobCommand } from '../shared/contract';
import type { JobProgress } from '../shared/jobs';
import { COMMANDS } from '../shared/commands';
import { startOf, type JobControl, type JobMessage, type JobWorkerData } from './messages';

/** How long a cancelled job may take to reach its next checkpoint before its thread is stopped. */
export const CANCEL_GRACE_MS = 1000;

export interface JobOptions {
  /** Names the job for `cancel`; chosen by the caller (the window). */
  id?: string;
  onProgress?: (progress: JobProgress) => void;
}

export interface JobRunner {
  /**
   * `startAfter`: the job is known (and cancellable) at once and its thread loads, but the job itself starts
   * only once this resolves (the copy of the store an import waits for).
   */
  run<N extends JobCommand>(
    name: N,
    payload: unknown,
    options?: JobOptions,
    startAfter?: Promise<void>,
  ): Promise<Result<CommandOutput<N>>>;
  /** Asks a running job to stop; false when no job has that id. */
  cancel(id: string): boolean;
  /** Stops every running job (the app is quitting). */
  close(): Promise<void>;
}

export interface JobRunnerOptions {
  dbPath: string;
  registry: Registry;
  log: Logger;
  now?: () => string;
  /** The built worker (out/main/worker.js); by default the TypeScript source, run through tsx. */
  workerEntry?: string;
  sqliteBinding?: string;
}

const CANCELLED: Result<never> = { ok: false, error: { code: 'cancelled', params: {} } };

const failedToStart = (e: unknown): Result<never> => ({
  ok: false,
  error: { code: 'jobFailed', params: { message: e instanceof Error ? e.message : String(e) } },
});

const SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'worker.ts');

/**
 * Runs long commands each in a worker thread of its own over the same database file, so the thread
 * that answers the window stays free. An in-memory database cannot be shared: there the job runs
 * in place, still reporting progress and honouring a cancel between its steps.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  // `gated`: the job has not been told to start, so nothing of it can be lost by stopping it at once.
  const running = new Map<string, { flag: Int32Array; stop: () => void; gated: () => boolean }>();
  const workers = new Set<Worker>();
  let anonymous = 0;

  return {
    run<N extends JobCommand>(name: N, payload: unknown, job: JobOptions = {}, startAfter?: Promise<void>) {
      const id = job.id ?? `job-${++anonymous}`;
      const flag = new Int32Array(new SharedArrayBuffer(4));
      const onProgress = job.onProgress ?? (() => undefined);
      // The caller hears where the job stands at once, before a thread has started.
      onProgress(startOf(COMMANDS[name].job.phase));
      if (options.dbPath === ':memory:') {
        running.set(id, { flag, stop: () => undefined, gated: () => false });
        return (startAfter ?? Promise.resolve())
          .then(
            () =>
              Atomics.load(flag, 0) !== 0
                ? CANCELLED
                : options.registry.invoke(name, payload, flaggedContext(flag, onProgress)),
            (e: unknown) => failedToStart(e),
          )
          .finally(() => running.delete(id));
      }
      return new Promise<Result<CommandOutput<N>>>((resolve) => {
        const data: JobWorkerData = {
          dbPath: options.dbPath,
          ...(options.sqliteBinding ? { sqliteBinding: options.sqliteBinding } : {}),
          ...(options.workerEntry ? { jobWorker: options.workerEntry } : {}),
          ...(options.now ? { now: options.now() } : {}),
          name,
          payload,
          flag: flag.buffer as SharedArrayBuffer,
          gated: startAfter !== undefined,
        };
        const worker = spawnWorker({ built: options.workerEntry, source: SOURCE }, data);
        workers.add(worker);
        let settled = false;
        const settle = (result: Result<unknown>) => {
          if (settled) return;
          settled = true;
          running.delete(id);
          workers.delete(worker);
          resolve(result as Result<CommandOutput<N>>);
        };
        let gated = startAfter !== undefined;
        running.set(id, {
          flag,
          // A job inside one long synchronous step (a whole workbook parsed at once) cannot look at the
          // flag; stopping its thread closes its connection, and SQLite drops the open transaction.
          stop: () => void worker.terminate().then(() => settle(CANCELLED)),
          gated: () => gated,
        });
        worker.on('message', (message: JobMessage) => {
          if (message.kind === 'progress') onProgress(message.progress);
          else settle(message.result);
        });
        worker.on('error', (e) => {
          options.log.error(`job ${name} failed`, e);
          settle({ ok: false, error: { code: 'jobFailed', params: { message: e.message } } });
        });
        worker.on('exit', (code) => {
          if (Atomics.load(flag, 0) !== 0) settle(CANCELLED);
          else settle({ ok: false, error: { code: 'jobFailed', params: { message: `exit ${code}` } } });
        });
        // The thread starts at once and loads while the job waits: only the job itself waits its turn.
        startAfter?.then(
          () => {
            if (settled) return;
            if (Atomics.load(flag, 0) !== 0) void worker.terminate().then(() => settle(CANCELLED));
            else {
              gated = false;
              worker.postMessage({ kind: 'start' } satisfies JobControl);
            }
          },
          (e: unknown) => {
            void worker.terminate();
            settle(failedToStart(e));
          },
        );
      });
    },

    cancel(id) {
      const job = running.get(id);
      if (!job) return false;
      Atomics.store(job.flag, 0, 1);
      if (job.gated()) job.stop();
      else setTimeout(() => running.get(id) === job && job.stop(), CANCEL_GRACE_MS).unref();
      return true;
    },

    async close() {
      // Stopped, not failed: a caller that waits on one (the copy before an import) must not report a failure.
      for (const job of running.values()) Atomics.store(job.flag, 0, 1);
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
