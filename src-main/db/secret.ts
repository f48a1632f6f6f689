import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The salt of IIN hashes lives beside the database, not in it: a copied database alone does not
 * let anyone test candidate IINs against the hashes.
 */
export function loadIinSalt(dbPath: string): string {
  if (dbPath === ':memory:') return randomBytes(32).toString('hex');
  const file = join(dirname(dbPath), 'iin-salt.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const salt = randomBytes(32).toString('hex');
  writeFileSync(file, salt, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return salt;
}
