// How a command is declared: its payload's schema, its reply's type and its traits, in one place that every
// transport, the registry, the job runner, the audit log and the renderer read.
import type { z } from 'zod';
import type { JobPhase } from '../jobs';

export interface CommandSpec {
  /** Validated at the registry, once, whatever the transport. */
  input: z.ZodType;
  /** The reply's type (`z.custom<T>()`): replies are built by our own code, never parsed. */
  output: z.ZodType;
  /**
   * A job reads whole files or lays out whole documents: it runs in a worker of its own, off the thread that
   * answers the window, reports progress from `phase` on and can be cancelled. False: answered in place.
   */
  job: false | { phase: JobPhase };
  /** It changes the store: each success is written to the audit log. */
  audited: boolean;
}

/** Keeps the literal types of a command's traits, so that the lists of jobs and audited commands derive from them. */
export const command = <const S extends CommandSpec>(spec: S): S => spec;
