// What the store's upkeep reports: the full check of its file, and the copies kept of it.
import type { AppError } from './errors';

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

/** The backups folder as the window shows it: what it holds, and the copy before an import that failed since. */
export interface BackupsState {
  count: number;
  bytes: number;
  /** When the newest copy was written (local time, YYYY-MM-DD HH:MM:SS); null with none. */
  newestAt: string | null;
  /** The last copy before an import failed, and none has been made since. */
  failed: { at: string; error: AppError } | null;
}
