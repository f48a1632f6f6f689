// A store found damaged stays refused until it is restored: the first command that meets a bad page leaves a
// mark beside the file, so that every later one — reading ones too, which do not check every page — says so
// instead of answering from what it can still read.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const markOf = (dbPath: string): string => `${dbPath}.damaged`;

export function markDamaged(dbPath: string, detail: string): void {
  if (dbPath === ':memory:') return;
  try {
    writeFileSync(markOf(dbPath), detail, { mode: 0o600 });
  } catch {
    // A full or read-only disk: the command still reports the damage, the next one finds it again.
  }
}

/** What the mark says, or null for a store not known to be damaged. */
export function damageMarked(dbPath: string): string | null {
  if (dbPath === ':memory:' || !existsSync(markOf(dbPath))) return null;
  return readFileSync(markOf(dbPath), 'utf8') || 'damaged';
}

/** After a restore, or a full check that found nothing. */
export function clearDamage(dbPath: string): void {
  if (dbPath !== ':memory:') rmSync(markOf(dbPath), { force: true });
}
