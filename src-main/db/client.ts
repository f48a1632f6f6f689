import Database from 'better-sqlite3';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { dirname } from 'node:path';
import { ensureDir, withFileLock } from '../core/fs';
import { backupStore } from './backup';
import { isPlainDatabase, keyFor, rekeyFile, useKey } from './cipher';
import { DatabaseTooNewError, migrate, SCHEMA_VERSION } from './migrate';
import { syncReference } from './reference-sync';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: Db;
  close(): void;
}

/** `nativeBinding`: the addon built for the runtime at hand (Electron's differs from Node's). */
export function openStore(path: string, nativeBinding?: string): Store {
  let key: string | null = null;
  if (path !== ':memory:') {
    ensureDir(dirname(path));
    key = keyFor(path);
    if (!hasContent(path)) createStore(path, key, nativeBinding);
    // A database an older version wrote in the clear is encrypted on first opening (a plain copy of
    // it stays among the backups, as the migration's backup below keeps the schema it had).
    if (isPlainDatabase(path)) {
      refuseTooNew(path, nativeBinding);
      backupPlain(path, nativeBinding);
      rekeyFile(path, null, key, nativeBinding);
    }
  }
  const sqlite = connect(path, key, nativeBinding);
  try {
    backupBeforeMigration(sqlite, path);
    migrate(sqlite);
    syncReference(sqlite);
  } catch (e) {
    sqlite.close();
    throw e;
  }
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    close: () => sqlite.close(),
  };
}

const hasContent = (path: string): boolean => existsSync(path) && statSync(path).size > 0;

/**
 * Makes a new store whole — its first page, its journal mode, its schema — under a lock file, so that of two
 * processes creating one store at once the second opens what the first made. An encrypted store's first page
 * carries the salt its key is derived with: two processes that each began an empty file would each make one.
 */
function createStore(path: string, key: string, nativeBinding?: string): void {
  withFileLock(`${path}.creating`, () => {
    if (hasContent(path)) return;
    const sqlite = connect(path, key, nativeBinding);
    try {
      migrate(sqlite);
      syncReference(sqlite);
    } finally {
      sqlite.close();
    }
  });
}

/** A connection to the store with its key, checked, and the settings and functions every query counts on. */
function connect(path: string, key: string | null, nativeBinding?: string): Database.Database {
  const sqlite = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    useKey(sqlite, key);
    // Before the first read: a process that finds another writing waits for it rather than failing.
    sqlite.pragma('busy_timeout = 5000');
    // The key is checked by the first read: a wrong one reads as "not a database".
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    sqlite.close();
    throw e;
  }
  if (path !== ':memory:') ownerOnly(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // A million-row import walks the identity and quarter indexes at random: the default 2 MB page cache
  // would have it re-read them from disk all along; 64 MiB holds their hot pages.
  sqlite.pragma('cache_size = -65536');
  // SQLite's lower() folds ASCII only; Cyrillic and Kazakh names need the JS one.
  sqlite.function('ulower', { deterministic: true }, (s: unknown) =>
    typeof s === 'string' ? s.toLowerCase() : s,
  );
  return sqlite;
}

/**
 * Citizens' requests are personal data (Law No. 94-V): the database is readable by its OS user only.
 * SQLite creates the -wal and -shm files with the database file's permissions, so setting them first
 * covers those too; files left by an older version are set here as well.
 */
function ownerOnly(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/** A newer version's database is left exactly as it is, unencrypted too. */
function refuseTooNew(path: string, nativeBinding?: string): void {
  const plain = new Database(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const version = plain.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new DatabaseTooNewError(version);
  } finally {
    plain.close();
  }
}

/** The plain file, copied aside before it is encrypted: the last state an older version can read. */
function backupPlain(path: string, nativeBinding?: string): void {
  const plain = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    backupStore(plain, path, { reason: 'before-encryption' });
  } finally {
    plain.close();
  }
}

/** A database an older version wrote is copied aside before its schema changes. */
function backupBeforeMigration(sqlite: Database.Database, path: string): void {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (path !== ':memory:' && version > 0 && version < SCHEMA_VERSION) {
    backupStore(sqlite, path, { reason: `schema-${version}` });
  }
}
