import type Database from 'better-sqlite3';

/**
 * SQLite's quick_check: every page and record well formed, without the index-against-table comparison
 * that makes integrity_check several times slower. Returns what it found wrong (at most `limit` lines),
 * or nothing.
 */
export function quickCheck(sqlite: Database.Database, limit = 10): string[] {
  try {
    const lines = sqlite.pragma(`quick_check(${limit})`, { simple: false }) as { quick_check: string }[];
    return lines.map((l) => l.quick_check).filter((l) => l !== 'ok');
  } catch (e) {
    // An encrypted page that fails its authentication stops the check with an error instead.
    return [e instanceof Error ? e.message : String(e)];
  }
}
