import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createOnce } from '../core/fs';

/**
 * The salt of IIN hashes lives beside the database, not in it: a copied database alone does not
 * let anyone test candidate IINs against the hashes. Created once, whole, whoever comes first.
 */
export function loadIinSalt(dbPath: string): string {
  if (dbPath === ':memory:') return randomBytes(32).toString('hex');
  return createOnce(join(dirname(dbPath), 'iin-salt.key'), randomBytes(32).toString('hex')).trim();
}
