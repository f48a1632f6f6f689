// The one contract between the backend and its transports (CLI, Electron IPC, tests), derived from the command
// map (commands/): each command is request → response; payloads and replies are plain JSON.
import type { z } from 'zod';
import { COMMANDS } from './commands';
import type { AppError } from './errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;
/** What a caller sends. */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
/** What the handler receives: the payload as validated (trimmed, defaults filled). */
export type CommandPayload<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;

/** Commands that run as jobs: in a worker of their own, reporting progress, cancellable. */
export type JobCommand = { [N in CommandName]: Commands[N]['job'] extends false ? never : N }[CommandName];
/** Commands whose every success is written to the audit log. */
export type AuditedCommand = {
  [N in CommandName]: Commands[N]['audited'] extends true ? N : never;
}[CommandName];

export const isJobCommand = (name: CommandName): name is JobCommand => COMMANDS[name].job !== false;
export const isAudited = (name: CommandName): name is AuditedCommand => COMMANDS[name].audited;
