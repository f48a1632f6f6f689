import type Database from 'better-sqlite3';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ensureDir } from '../core/fs';
import { AppFailure, fail, type AppError } from '../shared/errors';
import { keyFileOf, keyFor, openWithKeys, readKey, rekeyFile, writeKey } from './cipher';
import { SCHEMA_VERSION } from './migrate';

/** Backups kept in the folder beside the database; SARAPTAMA_BACKUPS sets another count. */
export const BACKUPS_KEPT = 5;
const PREFIX = 'saraptama-';

export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

function keptCount(env: NodeJS.ProcessEnv): number {
  const n = Number(env['SARAPTAMA_BACKUPS']);
  return Number.isInteger(n) && n > 0 ? n : BACKUPS_KEPT;
}

/** 'YYYYMMDD-HHMMSS-mmm' of the local clock: sorts as it happened, unique enough for one user. */
function stamp(d = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}-${p(d.getMilliseconds(), 3)}`;
}

/**
 * A consistent copy of the open database (VACUUM INTO reads one snapshot, even while WAL holds
 * uncheckpointed pages), readable by its owner only. Without `to`, it goes to the backups folder
 * and the oldest beyond the kept count are removed.
 */
export function backupStore(
  sqlite: Database.Database,
  dbPath: string,
  options: { to?: string; reason?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  const dest =
    options.to ??
    join(backupsDir(dbPath), `${PREFIX}${stamp()}${options.reason ? `-${options.reason}` : ''}.db`);
  if (existsSync(dest)) fail('fileUnwritable', { path: dest, detail: 'exists' });
  try {
    ensureDir(dirname(dest));
    // The copies hold every request: their folder is its owner's alone (0700), as the key files are (0600).
    if (!options.to) chmodSync(dirname(dest), 0o700);
    // Written aside and renamed when whole: a copy cut short (a job stopped, a full disk) never
    // passes for a backup, nor pushes a good one out of the rotation.
    const partial = `${dest}.partial`;
    rmSync(partial, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, dest);
  } catch (e) {
    // A copy cut short (a full disk) leaves nothing behind to fill the disk further; where the folder itself
    // is what failed, there is nothing to remove and the first failure is the one to tell.
    try {
      rmSync(`${dest}.partial`, { force: true });
    } catch {
      /* the reason below */
    }
    fail('fileUnwritable', { path: dest, detail: e instanceof Error ? e.message : String(e) });
  }
  if (options.to) {
    // A copy that leaves the folder takes its key along: without it, it could never be restored.
    const key = readKey(keyFileOf(dbPath));
    if (key) writeKey(keyFileOf(dest), key);
  } else {
    rotate(backupsDir(dbPath), keptCount(options.env ?? process.env));
    // Whoever made it (the copy before an import, `backup`, a restore's copy of what it replaces).
    clearBackupFailure(dbPath);
  }
  return dest;
}

/** The store's file, and its journal, copied aside unread (a damaged one cannot be copied through SQLite). */
function keepAsIs(dbPath: string): string {
  const dest = join(backupsDir(dbPath), `${PREFIX}${stamp()}-damaged.db`);
  ensureDir(dirname(dest));
  for (const [from, to] of [
    [dbPath, dest],
    [`${dbPath}-wal`, `${dest}-wal`],
  ] as const) {
    if (!existsSync(from)) continue;
    copyFileSync(from, `${to}.partial`);
    chmodSync(`${to}.partial`, 0o600);
    renameSync(`${to}.partial`, to);
  }
  return dest;
}

/** Copies a killed process left half written (`*.partial`): none is a backup, and they take room. */
export function removeStalePartials(dbPath: string): void {
  const dir = backupsDir(dbPath);
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (f.includes('.partial')) rmSync(join(dir, f), { force: true });
}

/** The copies in the backups folder, and the room they take. */
export function backupsOnDisk(dbPath: string): { count: number; bytes: number; newest: Date | null } {
  const dir = backupsDir(dbPath);
  // A file in the folder's place (the reason a copy failed) holds no copies either.
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { count: 0, bytes: 0, newest: null };
  // A copy being rotated out by another thread meanwhile is simply not counted.
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.db'))
    .flatMap((f) => statSync(join(dir, f), { throwIfNoEntry: false }) ?? []);
  const newest = files.reduce<Date | null>((d, f) => (d === null || f.mtime > d ? f.mtime : d), null);
  return { count: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0), newest };
}

// The copy before an import runs in the background, after the import has answered: its failure is kept on disk
// for the window (or a later process) to show, until a copy is made again. Beside the store, not in the folder
// that may be what failed.
const failureFile = (dbPath: string) => `${dbPath}.backup-failed.json`;

export function recordBackupFailure(dbPath: string, at: string, error: AppError): void {
  try {
    writeFileSync(failureFile(dbPath), JSON.stringify({ at, error }), { mode: 0o600 });
  } catch {
    // The disk that refused the copy may refuse this too; the log has the failure.
  }
}

export function clearBackupFailure(dbPath: string): void {
  rmSync(failureFile(dbPath), { force: true });
}

export function backupFailure(dbPath: string): { at: string; error: AppError } | null {
  try {
    const kept = JSON.parse(readFileSync(failureFile(dbPath), 'utf8')) as { at?: unknown; error?: AppError };
    return typeof kept.at === 'string' && kept.error ? { at: kept.at, error: kept.error } : null;
  } catch {
    return null;
  }
}

function rotate(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith('.db'))
    .sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) rmSync(join(dir, f), { force: true });
}

/**
 * The keys that may read a backup: its own key file (a copy made with --to), the store's (a copy in
 * its backups folder), or none (a copy from before encryption).
 */
function candidateKeys(dbPath: string, from: string): (string | null)[] {
  const own = readKey(keyFileOf(from));
  const store = readKey(keyFileOf(dbPath));
  return [...new Set([own, store, null])];
}

/**
 * Refuses what is not a Saraptama database, or one made by a newer version, before anything is
 * replaced; returns the key that reads it.
 */
function checkRestorable(dbPath: string, from: string): string | null {
  const file = basename(from);
  if (!existsSync(from)) fail('fileNotFound', { file, path: from });
  let db: Database.Database | undefined;
  try {
    let key: string | null;
    try {
      ({ db, key } = openWithKeys(from, candidateKeys(dbPath, from), {
        readonly: true,
        fileMustExist: true,
      }));
    } catch {
      // An encrypted copy whose key is not here reads like any file that is not a database.
      fail('notSaraptamaDb', { file, keyFile: basename(keyFileOf(from)) });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
    );
    const ours = ['requests', 'import_batches', 'contact_centers', 'topics'].every((t) => tables.has(t));
    const params = { file, keyFile: basename(keyFileOf(from)) };
    if (!ours || version < 1) fail('notSaraptamaDb', params);
    if (version > SCHEMA_VERSION) fail('databaseTooNew', { path: from, version });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') fail('notSaraptamaDb', params);
    return key;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    return fail('notSaraptamaDb', { file, keyFile: basename(keyFileOf(from)) });
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database at `dbPath` with the backup `from`, keeping the one replaced among the
 * backups. The app must not have the database open meanwhile (the CLI says so).
 */
export function restoreStore(dbPath: string, from: string): { previous: string | null } {
  const fromKey = checkRestorable(dbPath, from);
  let previous: string | null = null;
  if (existsSync(dbPath) && statSync(dbPath).size > 0) {
    try {
      const current = openWithKeys(dbPath, [readKey(keyFileOf(dbPath)), null]).db;
      try {
        previous = backupStore(current, dbPath, { reason: 'before-restore' });
      } finally {
        current.close();
      }
    } catch {
      // A damaged store cannot be read through: the replaced file is kept as it is, byte for byte.
      previous = keepAsIs(dbPath);
    }
  }
  // Copied through SQLite into a new file beside the database, then moved over it in one step.
  const incoming = `${dbPath}.restoring`;
  rmSync(incoming, { force: true });
  const source = openWithKeys(from, [fromKey], { readonly: true }).db;
  try {
    ensureDir(dirname(dbPath));
    source.prepare('VACUUM INTO ?').run(incoming);
  } finally {
    source.close();
  }
  chmodSync(incoming, 0o600);
  // The restored database takes the store's key, so the backups made before it still open with it.
  const storeKey = keyFor(dbPath);
  if (fromKey !== storeKey) rekeyFile(incoming, fromKey, storeKey);
  for (const f of [`${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
  renameSync(incoming, dbPath);
  return { previous };
}
