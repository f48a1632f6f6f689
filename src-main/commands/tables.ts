import type { Handlers } from '../core/registry';
import { writeTableXlsx } from '../report/table-xlsx';
import type { tablesCommands } from '../shared/commands/tables';

export const tablesHandlers = (): Handlers<keyof typeof tablesCommands> => ({
  'tables.export': (q) => writeTableXlsx(q),
});
