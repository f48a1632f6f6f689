// Every command the backend answers, per domain. The command map's types (shared/contract.ts), the registry's
// validation, the job runner's choice of thread, the audit log and the renderer's progress all read this map.
import { analysisCommands } from './analysis';
import { contentCommands } from './content';
import type { CommandSpec } from './define';
import { importCommands } from './imports';
import { retentionCommands } from './retention';
import { spravkaCommands } from './spravka';
import { storeCommands } from './store';
import { tablesCommands } from './tables';

export const COMMANDS = {
  ...importCommands,
  ...storeCommands,
  ...analysisCommands,
  ...spravkaCommands,
  ...retentionCommands,
  ...contentCommands,
  ...tablesCommands,
} as const satisfies Record<string, CommandSpec>;
