// One job in a worker thread: its own connection to the same database file, a core of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { flaggedContext } from '../core/job';
import { createLogger } from '../core/logger';
import { COMMANDS } from '../shared/commands';
import type { Result } from '../shared/contract';
import { AppFailure } from '../shared/errors';
import type { JobProgress } from '../shared/jobs';
import { startOf, type JobControl, type JobMessage, type JobWorkerData } from './messages';

const HEARTBEAT_MS = 200;

async function main(): Promise<void> {
  const data = workerData as JobWorkerData;
  const post = (message: JobMessage) => parentPort?.postMessage(message);
  // The runner has said where the job begins; loading the app's modules and opening the store take a moment
  // the window should not see as silence.
  let latest: JobProgress = startOf(COMMANDS[data.name].job.phase);
  // Between two reports the job may be waiting on the disk or on a thread it started: the window still
  // hears, at least every HEARTBEAT_MS, that this thread is alive and where it stands.
  const heartbeat = setInterval(() => post({ kind: 'progress', progress: latest }), HEARTBEAT_MS);
  // Said at once: the thread's start has already taken part of the window's patience.
  post({ kind: 'progress', progress: latest });
  let result: Result<unknown>;
  try {
    const [{ createCore }, { localNow }] = await Promise.all([
      import('../app/core'),
      import('../shared/dates'),
    ]);
    const now = data.now;
    const core = createCore({
      dbPath: data.dbPath,
      log: createLogger(),
      now: now ? () => now : () => localNow(),
      ...(data.sqliteBinding ? { sqliteBinding: data.sqliteBinding } : {}),
      ...(data.jobWorker ? { jobWorker: data.jobWorker } : {}),
    });
    try {
      if (data.gated) await new Promise<JobControl>((go) => parentPort?.once('message', go));
      const job = flaggedContext(new Int32Array(data.flag), (progress) => {
        latest = progress;
        post({ kind: 'progress', progress });
      });
      result = await core.registry.invoke(data.name, data.payload, job);
    } finally {
      core.store.close();
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
