// Long commands run as jobs: off the thread that answers the window, reporting progress, cancellable.
/** `wait`: another process is writing to the store; this job starts when it is done. */
export type JobPhase = 'backup' | 'wait' | 'read' | 'check' | 'store' | 'render' | 'analyse';

/** Where a job stands; `total` is null while it is not known yet (a file still being read). */
export interface JobProgress {
  phase: JobPhase;
  file?: string;
  done: number;
  total: number | null;
  /** 0..1 when the total is not known but the share of the file read is (a streamed file). */
  fraction?: number;
}
