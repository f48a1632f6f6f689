// One writer at a time: a second import into a store another one is filling waits its turn, saying so, rather
// than failing after the driver's five seconds.
import type { JobContext } from '../core/job';
import type { Store } from './client';

/** How long one attempt waits inside SQLite before the wait is reported and tried again. */
const ATTEMPT_MS = 250;
const BUSY_MS = 5000;

const isBusy = (e: unknown): boolean =>
  typeof (e as { code?: unknown })?.code === 'string' &&
  String((e as { code: string }).code).startsWith('SQLITE_BUSY');

/** Opens the write transaction, waiting (cancellably) while another process holds it. */
export async function takeWriteLock(store: Store, job: JobContext): Promise<void> {
  store.sqlite.pragma(`busy_timeout = ${ATTEMPT_MS}`);
  try {
    for (let said = false; ;) {
      try {
        store.sqlite.exec('BEGIN IMMEDIATE');
        return;
      } catch (e) {
        if (!isBusy(e)) throw e;
        if (!said) {
          job.report({ phase: 'wait', done: 0, total: null });
          said = true;
        }
        job.checkpoint();
        // Yields to the event loop, so a cancel or the window's other messages get through meanwhile.
        await new Promise((resolve) => setTimeout(resolve, ATTEMPT_MS));
      }
    }
  } finally {
    store.sqlite.pragma(`busy_timeout = ${BUSY_MS}`);
  }
}

/**
 * After a failed write (a full disk above all), the journal the rolled-back transaction grew is cut back, so
 * that what failed does not keep the disk full.
 */
export function shrinkJournal(store: Store): void {
  try {
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another reader holds the journal: it is cut back at the next checkpoint.
  }
}
