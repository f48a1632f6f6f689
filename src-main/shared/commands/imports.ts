import { z } from 'zod';
import { FIELDS, LANGS, OPTIONAL_REQUIRED } from '../domain';
import { MAPPABLE_FIELDS, type ImportReport, type RememberedShape, type ValueAliasList } from '../imports';
import { command, type CommandSpec } from './define';
import { noPayload, positiveId } from './selection';

export const importOptions = z
  .object({
    paths: z.array(z.string().min(1)).min(1),
    /** Contact center the requests belong to; optional when the store has at most one. */
    center: z.string().optional(),
    /**
     * The center is a new one, to be created by this import. Without it a name no stored center has (compared
     * folded) is refused, so a typo never creates a center; an empty store takes its first center either way.
     */
    newCenter: z.boolean().optional(),
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

/** A spelling of a vocabulary field as the file writes it. */
const spelling = z.object({ field: z.enum(MAPPABLE_FIELDS), value: z.string().trim().min(1).max(300) });

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
  /** The spellings mapped so far, and the codes each field may be mapped to. */
  'values.list': command({
    input: noPayload,
    output: z.custom<ValueAliasList>(),
    job: false,
    audited: false,
  }),
  /**
   * A spelling no rule recognised read as one of its field's codes (or NOT_SPECIFIED) by every later import; the
   * stored requests whose spelling the store keeps follow at once.
   */
  'values.map': command({
    input: spelling.extend({ code: z.string().min(1).max(100) }).strict(),
    output: z.custom<{ moved: number; list: ValueAliasList }>(),
    job: false,
    audited: true,
  }),
  'values.forget': command({
    input: spelling.strict(),
    output: z.custom<ValueAliasList>(),
    job: false,
    audited: true,
  }),
  'imports.forgetShape': command({
    input: z.object({ signature: z.string().max(100_000) }).strict(),
    output: z.custom<RememberedShape[]>(),
    job: false,
    audited: true,
  }),
} satisfies Record<string, CommandSpec>;
