import { z } from 'zod';
import type { Analysis } from '../analysis';
import { REGION_CODES } from '../domain';
import type { QualityAnalysis } from '../quality';
import type { Slice } from '../slice';
import { command, type CommandSpec } from './define';
import { selection, selectionShape } from './selection';

/** The selection seen through a region (or the requests with none) and/or a topic by its catalog name. */
export const sliceQuery = z
  .object({
    ...selectionShape,
    region: z.enum([...REGION_CODES, 'unspecified']).optional(),
    topic: z.string().min(1).optional(),
  })
  .strict();
export type SliceQuery = z.infer<typeof sliceQuery>;

export const analysisCommands = {
  'analysis.quarter': command({ input: selection, output: z.custom<Analysis>(), job: false, audited: false }),
  // Rollups for the counts; the requests of one quarter for a filtered portrait, by the quarter's index.
  'analysis.slice': command({ input: sliceQuery, output: z.custom<Slice>(), job: false, audited: false }),
  // It reads every request row of both periods, where the main analysis reads rollups.
  'analysis.quality': command({
    input: selection,
    output: z.custom<QualityAnalysis>(),
    job: { phase: 'analyse' },
    audited: false,
  }),
} satisfies Record<string, CommandSpec>;
