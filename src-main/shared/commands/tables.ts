// A table as the screen shows it (sorted, filtered), written out as a spreadsheet.
import { z } from 'zod';
import { command, type CommandSpec } from './define';

const cell = z.union([z.string(), z.number(), z.null()]);

export const tableExport = z
  .object({
    path: z.string().min(1),
    sheet: z.string().min(1),
    columns: z.array(z.string()).min(1),
    rows: z.array(z.array(cell)),
  })
  .strict();
export type TableExport = z.infer<typeof tableExport>;

export const tablesCommands = {
  'tables.export': command({
    input: tableExport,
    output: z.custom<{ path: string; rows: number }>(),
    job: false,
    audited: false,
  }),
} satisfies Record<string, CommandSpec>;
