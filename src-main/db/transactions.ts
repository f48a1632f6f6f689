// How the app writes: each change in one transaction, and an import's files in one durable transaction of
// their own, opened by hand since the files are read between awaits.
import type { JobContext } from '../core/job';
import type { Store } from './client';
import { shrinkJournal, takeWriteLock } from './write-lock';

/** Runs `write` in one transaction; inside another, as a savepoint of it (better-sqlite3 nests them so). */
export function inTransaction<T>(store: Store, write: () => T): T {
  return store.sqlite.transaction(write)();
}

/**
 * Runs `write` in one transaction that commits only once the journal is on the disk, so a power cut after
 * "stored" was said loses nothing (the rest of the app's writes keep the faster NORMAL). It waits its turn
 * behind another writer (db/write-lock.ts). Nothing else may use the connection meanwhile: a job has a worker
 * and a connection of its own. A failure or a cancel rolls it all back and cuts the journal it grew back.
 */
export async function durableTransaction<T>(
  store: Store,
  job: JobContext,
  write: () => Promise<T>,
): Promise<T> {
  store.sqlite.pragma('synchronous = FULL');
  try {
    await takeWriteLock(store, job);
    try {
      const written = await write();
      store.sqlite.exec('COMMIT');
      return written;
    } catch (e) {
      if (store.sqlite.inTransaction) store.sqlite.exec('ROLLBACK');
      shrinkJournal(store);
      throw e;
    }
  } finally {
    store.sqlite.pragma('synchronous = NORMAL');
  }
}
