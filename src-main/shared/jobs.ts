// Long commands run as jobs: off the thread that answers the window, reporting progress, cancellable.
/**
 * `wait`: another process is writing to the store; this job starts when it is done. `snapshot`: a backup has
 * begun reading its snapshot of the store. `verify`: the database file's full check.
 */
export type JobPhase =
  'backup' | 'snapshot' | 'verify' | 'wait' | 'read' | 'check' | 'store' | 'render' | 'analyse';

/** Where a job stands; `total` is null while it is not known yet (a file still being read). */
export interface JobProgress {
  phase: JobPhase;
  file?: string;
  done: number;
  total: number | null;
  /** 0..1 when the total is not known but the share of the file read is (a streamed file). */
  fraction?: number;
}
