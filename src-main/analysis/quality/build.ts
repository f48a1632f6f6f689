// Pure: the two periods' rows in, the quality analysis out. No SQL, no I/O, no clock.
import type { Comparison } from '../../shared/analysis';
import type { QualityAnalysis } from '../../shared/quality';
import { answers, judgePeriod } from './answers';
import { districts, named, tally } from './counts';
import { coverage } from './coverage';
import { quality } from './quality';
import { markRepeats, repeats } from './repeats';
import type { Period } from './rows';
import { selfAssessment } from './self-assessment';

export interface QualitySelection {
  quarter: string;
  previousQuarter: string;
  compare: Comparison;
  center: string | null;
}

export function buildQuality(
  selection: QualitySelection,
  current: Period,
  previous: Period,
): QualityAnalysis {
  const cur = current.rows;
  const prev = previous.rows;
  const currentMarks = markRepeats(current);
  const previousMarks = markRepeats(previous);
  const currentJudged = judgePeriod(current);
  const previousJudged = judgePeriod(previous);
  const values = { nullOnlyWithValues: true };
  return {
    quarter: selection.quarter,
    previousQuarter: selection.previousQuarter,
    compare: selection.compare,
    center: selection.center,
    total: cur.length,
    previousTotal: prev.length,
    purged: { quarter: current.purged, previous: previous.purged },
    coverage: coverage(cur),
    byChannel: named(
      tally(cur, prev, (r) => r.channel, values),
      'channel',
    ),
    byLanguage: named(
      tally(cur, prev, (r) => r.language, values),
      'language',
    ),
    byCategory: named(
      tally(cur, prev, (r) => r.category, values),
      'category',
    ),
    byType: named(
      tally(cur, prev, (r) => r.requestType, values),
      'type',
    ),
    repeats: repeats(current, previous, currentMarks, previousMarks),
    answers: answers(current, previous, currentJudged, previousJudged),
    quality: quality(selection.quarter, cur, prev),
    districts: districts(cur, prev),
    selfAssessment: selfAssessment(cur, currentJudged, currentMarks),
  };
}
