// One period as the quality analysis counts it: the quarter and its rollups (db/quality-rollup-reads.ts).
import type { QualityCounts } from '../../db/quality-rollup-reads';

export interface PeriodCounts {
  quarter: string;
  counts: QualityCounts;
  /** The retention setting removed the quarter's request rows: nothing is counted of it. */
  purged: boolean;
}
