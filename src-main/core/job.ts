import type { JobProgress } from '../shared/jobs';
import { AppFailure } from '../shared/errors';

/** What a long handler gets from whoever runs it: a place to report progress and a way to learn of a cancel. */
export interface JobContext {
  report(progress: JobProgress): void;
  /** Throws the `cancelled` failure once a cancel was asked; long loops call it between units of work. */
  checkpoint(): void;
}

export const NO_JOB: JobContext = { report: () => undefined, checkpoint: () => undefined };

function cancelledFailure(): AppFailure {
  return new AppFailure({ code: 'cancelled', params: {} });
}

/**
 * A context over a shared flag another thread sets. Reports are passed on at most every `everyMs`,
 * except a change of phase or file, so the window is never flooded and never misses a step.
 */
export function flaggedContext(
  flag: Int32Array,
  send: (progress: JobProgress) => void,
  everyMs = 100,
  clock: () => number = () => performance.now(),
): JobContext {
  let last = -Infinity;
  let lastKey = '';
  return {
    report(progress) {
      const now = clock();
      const key = `${progress.phase}\u0000${progress.file ?? ''}`;
      if (key === lastKey && now - last < everyMs && progress.done !== progress.total) return;
      last = now;
      lastKey = key;
      send(progress);
    },
    checkpoint() {
      if (Atomics.load(flag, 0) !== 0) throw cancelledFailure();
    },
  };
}
