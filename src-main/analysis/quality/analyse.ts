// 'analysis.quality': the selection checked as the main analysis checks it, both periods' rollups read, the
// analysis built. Milliseconds whatever the number of requests: it reads the quality rollups, not the requests.
import { NO_JOB, type JobContext } from '../../core/job';
import type { Store } from '../../db/client';
import { NO_QUALITY_COUNTS, qualityCountsReader } from '../../db/quality-rollup-reads';
import { settlePendingQuality } from '../../db/quality-rollups';
import { purgedQuarters } from '../../db/retention';
import type { QualityAnalysis } from '../../shared/quality';
import { resolveSelection } from '../selection';
import { buildQuality } from './build';
import type { PeriodCounts } from './period';
import type { Selection } from '../../shared/commands/selection';

export function analyseQuality(store: Store, query: Selection, job: JobContext = NO_JOB): QualityAnalysis {
  const { quarter, previousQuarter, compare, centerId, center } = resolveSelection(store, query);
  settlePendingQuality(store.sqlite);
  const read = qualityCountsReader(store, centerId);
  const purged = purgedQuarters(store);
  // A purged quarter's requests are gone: only its totals remain, and nothing of it is counted here.
  const period = (q: string): PeriodCounts =>
    purged.has(q)
      ? { quarter: q, counts: NO_QUALITY_COUNTS, purged: true }
      : { quarter: q, counts: read.period(q), purged: false };
  job.checkpoint();
  return buildQuality(
    { quarter, previousQuarter, compare, center },
    period(quarter),
    period(previousQuarter),
  );
}
