import { z } from 'zod';
import { analyseQuarter } from '../analysis/service';
import { analyseQuality } from '../analysis/quality/analyse';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import type { AnalysisQuery } from '../shared/analysis';
import type { QualityQuery } from '../shared/quality';

// The service analysis selects its quarter as the main analysis does.
const query: z.ZodType<AnalysisQuery & QualityQuery> = z
  .object({
    quarter: z.string().min(1),
    compare: z.enum(['previous', 'year']).optional(),
    center: z.string().optional(),
  })
  .strict();

export function registerAnalysis(registry: Registry, store: Store): void {
  registry.method('analysis.quarter', { schema: query, run: (q) => analyseQuarter(store, q) });
  registry.method('analysis.quality', {
    schema: query,
    run: (q, job) => analyseQuality(store, q, job),
  });
}
