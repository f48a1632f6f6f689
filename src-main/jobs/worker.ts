// One job in a worker thread: its own connection to the same database file, the same registry.
import { parentPort, workerData } from 'node:worker_threads';
import { flaggedContext } from '../core/job';
import type { Result } from '../shared/contract';
import { AppFailure } from '../shared/errors';
import type { JobCommand, JobProgress } from '../shared/jobs';

export interface JobWorkerData {
  dbPath: string;
  sqliteBinding?: string;
  /** This worker's own built entry, when it is built: the scan worker lies beside it. */
  jobWorker?: string;
  /** The caller's clock, read when the job was asked for: the worker cannot share a function. */
  now?: string;
  name: JobCommand;
  payload: unknown;
  /** Int32 at index 0: set to 1 by the caller to ask for a cancel. */
  flag: SharedArrayBuffer;
}

const HEARTBEAT_MS = 200;

export type JobMessage =
  { kind: 'progress'; progress: JobProgress } | { kind: 'result'; result: Result<unknown> };

async function main(): Promise<void> {
  const data = workerData as JobWorkerData;
  const post = (message: JobMessage) => parentPort?.postMessage(message);
  // The job is under way from the first instant; loading the app's modules and opening the store take
  // a moment the window should not see as silence.
  let latest: JobProgress = {
    phase: data.name.startsWith('report') ? 'render' : 'read',
    done: 0,
    total: null,
  };
  post({ kind: 'progress', progress: latest });
  // Between two reports the job may be waiting on the disk or on a thread it started: the window still
  // hears, at least every HEARTBEAT_MS, that this thread is alive and where it stands.
  const heartbeat = setInterval(() => post({ kind: 'progress', progress: latest }), HEARTBEAT_MS);
  let result: Result<unknown>;
  try {
    const { createBackend } = await import('../app/backend');
    const backend = createBackend({
      dbPath: data.dbPath,
      ...(data.sqliteBinding ? { sqliteBinding: data.sqliteBinding } : {}),
      ...(data.jobWorker ? { jobWorker: data.jobWorker } : {}),
      ...(data.now ? { now: () => data.now as string } : {}),
    });
    try {
      const job = flaggedContext(new Int32Array(data.flag), (progress) => {
        latest = progress;
        post({ kind: 'progress', progress });
      });
      result = await backend.registry.invoke(data.name, data.payload, job);
    } finally {
      backend.close();
    }
  } catch (e) {
    result = {
      ok: false,
      // Opening the store can refuse (a newer or unreadable database) before any handler runs.
      error:
        e instanceof AppFailure
          ? e.error
          : { code: 'jobFailed', params: { message: e instanceof Error ? e.message : String(e) } },
    };
  } finally {
    clearInterval(heartbeat);
  }
  post({ kind: 'result', result });
}

void main();
