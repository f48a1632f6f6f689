// What most commands select: a quarter, what it is compared with, a contact center. Written once; one
// resolver (analysis/selection.ts) checks it against the store.
import { z } from 'zod';
import { COMPARISONS } from '../analysis';
import { LANGS } from '../domain';

export const quarter = z.string().min(1);
export const lang = z.enum(LANGS);
/** A contact center by its name as the analyst wrote it; all centers when absent. */
export const center = z.string().optional();
export const positiveId = z.number().int().positive();

export const quarterOfCenter = { quarter, center } as const;
export const selectionShape = { quarter, compare: z.enum(COMPARISONS).optional(), center } as const;

export const selection = z.object(selectionShape).strict();
/** A quarter, the period it is compared with (the previous quarter unless said), a contact center or all. */
export type Selection = z.infer<typeof selection>;

export const noPayload = z.object({}).strict();
