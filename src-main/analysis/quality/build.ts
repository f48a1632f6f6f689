// Pure: the two periods' rollups in, the quality analysis out. No SQL, no I/O, no clock.
import type { Comparison } from '../../shared/analysis';
import type { QualityAnalysis } from '../../shared/quality';
import { answers, judgePeriod } from './answers';
import { districts, keyed, named, tally } from './counts';
import { coverage } from './coverage';
import type { PeriodCounts } from './period';
import { quality } from './quality';
import { repeats } from './repeats';
import { selfAssessment } from './self-assessment';

export interface QualitySelection {
  quarter: string;
  previousQuarter: string;
  compare: Comparison;
  center: string | null;
}

export function buildQuality(
  selection: QualitySelection,
  current: PeriodCounts,
  previous: PeriodCounts,
): QualityAnalysis {
  const cur = current.counts;
  const prev = previous.counts;
  const currentJudged = judgePeriod(current);
  const previousJudged = judgePeriod(previous);
  const values = { nullOnlyWithValues: true };
  const total = (p: PeriodCounts) => p.counts.cells.reduce((a, c) => a + c.n, 0);
  return {
    quarter: selection.quarter,
    previousQuarter: selection.previousQuarter,
    compare: selection.compare,
    center: selection.center,
    total: total(current),
    previousTotal: total(previous),
    purged: { quarter: current.purged, previous: previous.purged },
    coverage: coverage(cur),
    byChannel: named(
      tally(
        keyed(cur.cells, (c) => c.channel),
        keyed(prev.cells, (c) => c.channel),
        values,
      ),
      'channel',
    ),
    byLanguage: named(
      tally(
        keyed(cur.cells, (c) => c.language),
        keyed(prev.cells, (c) => c.language),
        values,
      ),
      'language',
    ),
    byCategory: named(
      tally(
        keyed(cur.cells, (c) => c.category),
        keyed(prev.cells, (c) => c.category),
        values,
      ),
      'category',
    ),
    byType: named(
      tally(
        keyed(cur.cells, (c) => c.requestType),
        keyed(prev.cells, (c) => c.requestType),
        values,
      ),
      'type',
    ),
    repeats: repeats(current, previous),
    answers: answers(current, previous, currentJudged, previousJudged),
    quality: quality(selection.quarter, cur.service, prev.service),
    districts: districts(cur.districts, prev.districts),
    selfAssessment: selfAssessment(current, currentJudged),
  };
}
