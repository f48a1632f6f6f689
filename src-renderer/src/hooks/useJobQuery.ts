import type { CommandInput, CommandOutput, JobCommand } from '../../../src-main/shared/contract';
import type { JobProgress } from '../../../src-main/shared/jobs';
import { queryKey } from './query-state';
import { useJob } from './useJob';
import { useQuery, type Query } from './useQuery';

export interface JobQuery<T> extends Query<T> {
  /** Null when no job runs. */
  progress: JobProgress | null;
  cancel: () => void;
}

/**
 * A long read run as a job for its payload (null: not yet), answered for that payload only; the job of a
 * payload that changed is cancelled.
 */
export function useJobQuery<N extends JobCommand>(
  name: N,
  payload: CommandInput<N> | null,
): JobQuery<CommandOutput<N>> {
  const { progress, run, cancel } = useJob();
  const query = useQuery(
    payload === null
      ? null
      : {
          key: queryKey(name, payload),
          load: (signal) => {
            // The job started here is the screen's current one until the key changes.
            signal.addEventListener('abort', cancel);
            return run(name, payload);
          },
        },
  );
  return { ...query, progress, cancel };
}
