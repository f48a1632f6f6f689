import { z } from 'zod';
import type { Analysis } from '../analysis';
import type { QualityAnalysis } from '../quality';
import { command, type CommandSpec } from './define';
import { selection } from './selection';

export const analysisCommands = {
  'analysis.quarter': command({ input: selection, output: z.custom<Analysis>(), job: false, audited: false }),
  // It reads every request row of both periods, where the main analysis reads rollups.
  'analysis.quality': command({
    input: selection,
    output: z.custom<QualityAnalysis>(),
    job: { phase: 'analyse' },
    audited: false,
  }),
} satisfies Record<string, CommandSpec>;
