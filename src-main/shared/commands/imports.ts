import { z } from 'zod';
import { FIELDS, LANGS, OPTIONAL_REQUIRED } from '../domain';
import type { ImportReport, RememberedShape } from '../imports';
import { command, type CommandSpec } from './define';
import { noPayload, positiveId } from './selection';

export const importOptions = z
  .object({
    paths: z.array(z.string().min(1)).min(1),
    /** Contact center the requests belong to; optional when the store has at most one. */
    center: z.string().optional(),
    skipInvalid: z.boolean().optional(),
    /** Header text → field, or null to ignore that column. Remembered for sources with the same header row. */
    map: z.record(z.string(), z.enum(FIELDS).nullable()).optional(),
    /** Language of what the import writes for the analyst (the rejected-rows CSV). */
    lang: z.enum(LANGS).optional(),
    /**
     * Required fields the analyst agreed to go without for these files: their requests are then counted as
     * "not specified". Remembered for files of the same shape.
     */
    allowMissing: z.array(z.enum(OPTIONAL_REQUIRED)).optional(),
    /** The analyst saw the preview and confirmed its mapping: it is remembered for files of the same shape. */
    remember: z.boolean().optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptions>;

export const importCommands = {
  'imports.preview': command({
    input: importOptions,
    output: z.custom<ImportReport>(),
    job: { phase: 'read' },
    audited: false,
  }),
  'imports.run': command({
    input: importOptions,
    output: z.custom<ImportReport>(),
    job: { phase: 'read' },
    audited: true,
  }),
  'imports.undo': command({
    input: z.object({ batchId: positiveId }).strict(),
    output: z.custom<{ batchId: number; removed: number }>(),
    job: false,
    audited: true,
  }),
  'imports.shapes': command({
    input: noPayload,
    output: z.custom<RememberedShape[]>(),
    job: false,
    audited: false,
  }),
  'imports.forgetShape': command({
    input: z.object({ signature: z.string().max(100_000) }).strict(),
    output: z.custom<RememberedShape[]>(),
    job: false,
    audited: true,
  }),
} satisfies Record<string, CommandSpec>;
