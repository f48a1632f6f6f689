// Encryption at rest: every database file is SQLCipher-encrypted (through
// better-sqlite3-multiple-ciphers, installed under better-sqlite3's name) with a random 256-bit key
// kept beside it, readable by the OS user only. A copy of the database or of its backups is
// unreadable without that file. Measured cost: README, "Data and security".
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createOnce } from '../core/fs';

const PLAIN_HEADER = 'SQLite format 3\0';
const KEY_HEX = /^[0-9a-f]{64}$/;

/** The key of a database lives in a file named after it. */
export const keyFileOf = (dbPath: string): string => `${dbPath}.key`;

export class KeyMissing extends Error {
  constructor(readonly keyFile: string) {
    super(`the key file ${keyFile} of an encrypted database is missing or damaged`);
  }
}

/** A key file's 64 hex digits, or null when there is no such file. */
export function readKey(keyFile: string): string | null {
  if (!existsSync(keyFile)) return null;
  const key = readFileSync(keyFile, 'utf8').trim();
  if (!KEY_HEX.test(key)) throw new KeyMissing(keyFile);
  return key;
}

export function writeKey(keyFile: string, key: string): void {
  writeFileSync(keyFile, key, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
}

/** True for a database file written in the clear: by a version before encryption, or an old backup. */
export function isPlainDatabase(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === PLAIN_HEADER;
  } finally {
    closeSync(fd);
  }
}

const hasContent = (path: string): boolean => existsSync(path) && statSync(path).size > 0;

/**
 * The key to open the database at `dbPath` with: its key file's, or a new one for a new or plain
 * database. An encrypted database whose key file is gone cannot be opened: that is said, not papered
 * over with a new key.
 */
export function keyFor(dbPath: string): string {
  const keyFile = keyFileOf(dbPath);
  const key = readKey(keyFile);
  if (key) return key;
  if (hasContent(dbPath) && !isPlainDatabase(dbPath)) throw new KeyMissing(keyFile);
  // Two processes creating one store at once must end up with one key: the first one linked wins.
  const created = createOnce(keyFile, randomBytes(32).toString('hex')).trim();
  if (!KEY_HEX.test(created)) throw new KeyMissing(keyFile);
  return created;
}

/** Must come before any other statement on the connection. `null`: a plain file. */
export function useKey(sqlite: Database.Database, key: string | null): void {
  if (key === null) return;
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma(`key = "x'${key}'"`);
}

/**
 * Re-encrypts a closed database file from one key (null: plain) to another, in place. SQLite3
 * Multiple Ciphers rekeys only outside WAL mode, so the WAL is folded in first.
 */
export function rekeyFile(path: string, from: string | null, to: string, nativeBinding?: string): void {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    useKey(db, from);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma("cipher = 'sqlcipher'");
    db.pragma(`rekey = "x'${to}'"`);
  } finally {
    db.close();
  }
}

/** Opens a database file with the first of the keys that reads it (null: plain), or throws. */
export function openWithKeys(
  path: string,
  keys: (string | null)[],
  options: Database.Options = {},
): { db: Database.Database; key: string | null } {
  let last: unknown;
  for (const key of keys) {
    const db = new Database(path, options);
    try {
      useKey(db, key);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return { db, key };
    } catch (e) {
      db.close();
      last = e;
    }
  }
  throw last instanceof Error ? last : new Error('no key reads this database');
}
