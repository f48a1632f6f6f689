import { z } from 'zod';
import { analyseQuarter } from '../analysis/service';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import type { AnalysisQuery } from '../shared/analysis';

const query: z.ZodType<AnalysisQuery> = z
  .object({
    quarter: z.string().min(1),
    compare: z.enum(['previous', 'year']).optional(),
    center: z.string().optional(),
  })
  .strict();

export function registerAnalysis(registry: Registry, store: Store): void {
  registry.method('analysis.quarter', { schema: query, run: (q) => analyseQuarter(store, q) });
}
