// Opening the store the way every command expects it: a store found damaged before, an unreadable, too new or
// keyless database is refused with an error the analyst can act on. The full check of the file reads every page
// (seconds a million requests), so it is not done here but by the job store.verify, off every command's path.
import { backupsDir } from '../db/backup';
import { KeyMissing } from '../db/cipher';
import { openStore, type Store } from '../db/client';
import { damageMarked } from '../db/damage';
import { DatabaseTooNewError } from '../db/migrate';
import { storageError } from '../db/storage-errors';
import { AppFailure, type AppError } from '../shared/errors';

/** The error a damaged store is refused with, with the way back. */
export const corruptStore = (dbPath: string, detail: string): AppError => ({
  code: 'databaseCorrupt',
  params: { path: dbPath, detail, backups: backupsDir(dbPath) },
});

export function openCheckedStore(dbPath: string, options: { sqliteBinding?: string }): Store {
  // A store an earlier command found damaged is refused by every one, until it is restored.
  const marked = damageMarked(dbPath);
  if (marked !== null) throw new AppFailure(corruptStore(dbPath, marked));
  let store: Store;
  try {
    store = openStore(dbPath, options.sqliteBinding);
  } catch (e) {
    const known = storageError(e, dbPath);
    if (known) throw new AppFailure(known);
    if (e instanceof KeyMissing) {
      throw new AppFailure({ code: 'databaseKeyMissing', params: { path: dbPath, keyFile: e.keyFile } });
    }
    if (e instanceof DatabaseTooNewError) {
      throw new AppFailure({ code: 'databaseTooNew', params: { path: dbPath, version: e.found } });
    }
    throw new AppFailure({
      code: 'databaseUnreadable',
      params: { path: dbPath, detail: e instanceof Error ? e.message : String(e) },
    });
  }
  return store;
}
