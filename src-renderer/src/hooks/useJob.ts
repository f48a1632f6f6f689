import { useCallback, useRef, useState } from 'react';
import type { CommandInput, CommandOutput, JobCommand } from '../../../src-main/shared/contract';
import { COMMANDS } from '../../../src-main/shared/commands';
import type { JobProgress } from '../../../src-main/shared/jobs';
import { startJob, type RunningJob } from '../api';

export interface JobState {
  /** Null when no job runs. */
  progress: JobProgress | null;
  run<N extends JobCommand>(name: N, payload: CommandInput<N>): Promise<CommandOutput<N>>;
  cancel(): void;
}

/** One long command at a time for a screen, with its progress for a progress bar. */
export function useJob(): JobState {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const current = useRef<RunningJob<unknown> | null>(null);
  const run = useCallback(<N extends JobCommand>(name: N, payload: CommandInput<N>) => {
    // The phase its command declares it begins with, until the job itself says more.
    setProgress({ phase: COMMANDS[name].job.phase, done: 0, total: null });
    const job = startJob(name, payload, setProgress);
    current.current = job;
    return job.result.finally(() => {
      if (current.current === job) {
        current.current = null;
        setProgress(null);
      }
    });
  }, []);
  const cancel = useCallback(() => current.current?.cancel(), []);
  return { progress, run, cancel };
}
