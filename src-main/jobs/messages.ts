// What the job runner and a job's worker thread tell each other.
import type { JobCommand, Result } from '../shared/contract';
import type { JobProgress } from '../shared/jobs';

export interface JobWorkerData {
  dbPath: string;
  sqliteBinding?: string;
  /** This worker's own built entry, when it is built: the scan worker lies beside it. */
  jobWorker?: string;
  /** The caller's clock, read when the job was asked for: the worker cannot share a function. */
  now?: string;
  name: JobCommand;
  payload: unknown;
  /** Int32 at index 0: set to 1 by the caller to ask for a cancel. */
  flag: SharedArrayBuffer;
  /** The job waits, its store open, for the runner's `start`. */
  gated: boolean;
}

/** What the runner tells a job's thread. */
export type JobControl = { kind: 'start' };

export type JobMessage =
  { kind: 'progress'; progress: JobProgress } | { kind: 'result'; result: Result<unknown> };

/** Where a job stands before it has said anything itself: the phase its command declares it begins with. */
export const startOf = (phase: JobProgress['phase']): JobProgress => ({ phase, done: 0, total: null });
