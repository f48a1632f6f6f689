import type BetterSqlite3 from 'better-sqlite3';

/** One forward step of the schema. A migration carries all it needs: application code changes, it may not. */
export interface Migration {
  version: number;
  name: string;
  up: (db: BetterSqlite3.Database) => void;
}
