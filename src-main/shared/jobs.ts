// Long commands run as jobs: off the thread that answers the window, reporting progress, cancellable.
import type { CommandName } from './contract';

/** Commands that read whole files or lay out whole documents: each runs in a worker of its own. */
export const JOB_COMMANDS = [
  'imports.preview',
  'imports.run',
  'report.preview',
  'report.write',
  'report.form',
  'report.top10',
  'report.plan',
  'report.faq',
  'content.suggestions',
  'content.newIssues',
  'analysis.quality',
] as const;
export type JobCommand = (typeof JOB_COMMANDS)[number];

export function isJobCommand(name: CommandName): name is JobCommand {
  return (JOB_COMMANDS as readonly string[]).includes(name);
}

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
