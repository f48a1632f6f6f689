// Opening the store the way every command expects it: a damaged, unreadable, too new or keyless database is
// refused with an error the analyst can act on.
import { backupsDir } from '../db/backup';
import { KeyMissing } from '../db/cipher';
import { openStore, type Store } from '../db/client';
import { damageMarked, markDamaged } from '../db/damage';
import { quickCheck } from '../db/integrity';
import { DatabaseTooNewError } from '../db/migrate';
import { storageError } from '../db/storage-errors';
import { AppFailure } from '../shared/errors';

export function openCheckedStore(
  dbPath: string,
  options: { sqliteBinding?: string; checkIntegrity?: boolean },
): Store {
  const corrupt = (detail: string) =>
    new AppFailure({
      code: 'databaseCorrupt',
      params: { path: dbPath, detail, backups: backupsDir(dbPath) },
    });
  // A store an earlier command found damaged is refused by every one, until it is restored.
  const marked = damageMarked(dbPath);
  if (marked !== null) throw corrupt(marked);
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
  if (options.checkIntegrity) {
    const damage = quickCheck(store.sqlite);
    if (damage.length > 0) {
      store.close();
      markDamaged(dbPath, damage[0] ?? '');
      throw corrupt(damage[0] ?? '');
    }
  }
  return store;
}
