// What the store's upkeep reports: the full check of its file, and the copies kept of it.

/** A full check of the database file (SQLite's quick_check) that found it sound; damage is an error. */
export interface IntegrityReport {
  seconds: number;
}

/** One copy made into the backups folder, and what the folder holds after it. */
export interface BackupMade {
  path: string;
  bytes: number;
  seconds: number;
  kept: { count: number; bytes: number };
}
