import { z } from 'zod';
import { analyseQuarter } from '../analysis/service';
import { analyseService } from '../analysis/service-quality/analyse';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import type { AnalysisQuery } from '../shared/analysis';
import type { ServiceQuery } from '../shared/service';

// The service analysis selects its quarter as the main analysis does.
const query: z.ZodType<AnalysisQuery & ServiceQuery> = z
  .object({
    quarter: z.string().min(1),
    compare: z.enum(['previous', 'year']).optional(),
    center: z.string().optional(),
  })
  .strict();

export function registerAnalysis(registry: Registry, store: Store): void {
  registry.method('analysis.quarter', { schema: query, run: (q) => analyseQuarter(store, q) });
  registry.method('analysis.service', {
    schema: query,
    run: (q, job) => analyseService(store, q, job),
  });
}
