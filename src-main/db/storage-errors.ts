// What SQLite says of the file under a command, as the analyst's errors: a damaged page, a full disk, a store
// another process holds. Anything else stays an internal error.
import { existsSync, statSync } from 'node:fs';
import type { AppError } from '../shared/errors';
import { backupsDir } from './backup';
import { markDamaged } from './damage';

const MB = 2 ** 20;

const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

/** The AppError for a SQLite failure on the store at `dbPath`, or null when it is none of these. */
export function storageError(e: unknown, dbPath: string): AppError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const detail = e instanceof Error ? e.message : String(e);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    // A bad page is damage for good; «not a database» may be a file still being made, and is only said.
    if (code.startsWith('SQLITE_CORRUPT')) markDamaged(dbPath, detail);
    return { code: 'databaseCorrupt', params: { path: dbPath, detail, backups: backupsDir(dbPath) } };
  }
  if (code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_WRITE') {
    // A backup copies the store, and an import may grow its journal by as much again.
    const needed = Math.max(1, Math.ceil((2 * (sizeOf(dbPath) + sizeOf(`${dbPath}-wal`))) / MB));
    return { code: 'diskFull', params: { path: dbPath, needed } };
  }
  if (code.startsWith('SQLITE_BUSY')) return { code: 'databaseBusy', params: { path: dbPath } };
  return null;
}
