// An estimate of the complaints-and-appeals criteria of the evaluation of state bodies' interaction with
// citizens (interaction-with-citizens-evaluation: timeliness of complaints and applications 40 points,
// repeated ones 40, share satisfied 20), taken proportionally over the quarter. Not the evaluation itself:
// the authorised body scores over its own period and data.
//
// Base: the quarter's applications and complaints when any request of the quarter has a type; otherwise
// every judged request (answers.ts: a deadline applies to it).
//   timeliness = 40 × onTime / (onTime + late + overdueUnanswered), over the base's judged requests;
//   repeated   = 40 × (1 − repeated / base), a repeat being flagged or found (repeats.ts);
//   satisfied  = 20 × satisfied / (base requests with a result).
// Points to one decimal and percents (the share) to one decimal, both from the unrounded share; a criterion
// whose base is empty has null points and percent; the total sums the points that are not null.
import type { Criterion, SelfAssessment } from '../../shared/quality';
import type { Judgement } from './answers';
import { percent, round1 } from './percent';
import type { RepeatMark } from './repeats';
import type { QualityRow } from './rows';

export const MAX_POINTS = { timeliness: 40, repeated: 40, satisfied: 20 } as const;

export function criterion(max: number, part: number, base: number): Criterion {
  return base === 0
    ? { points: null, max, percent: null, base }
    : { points: round1((max * part) / base), max, percent: percent(part, base), base };
}

export function selfAssessment(
  rows: readonly QualityRow[],
  judged: readonly (Judgement | null)[],
  marks: readonly (RepeatMark | null)[],
): SelfAssessment {
  const typed = rows.some((r) => r.requestType !== null);
  const inBase = (r: QualityRow, i: number) =>
    typed ? r.requestType === 'application' || r.requestType === 'complaint' : judged[i] !== null;
  let decided = 0;
  let onTime = 0;
  let base = 0;
  let repeated = 0;
  let withResult = 0;
  let satisfied = 0;
  rows.forEach((r, i) => {
    if (!inBase(r, i)) return;
    base++;
    const j = judged[i];
    if (j && j.verdict !== 'pending') {
      decided++;
      if (j.verdict === 'onTime') onTime++;
    }
    if (marks[i]) repeated++;
    if (r.result !== null) {
      withResult++;
      if (r.result === 'satisfied') satisfied++;
    }
  });
  const timeliness = criterion(MAX_POINTS.timeliness, onTime, decided);
  const repeatedCriterion = criterion(MAX_POINTS.repeated, base - repeated, base);
  const satisfiedCriterion = criterion(MAX_POINTS.satisfied, satisfied, withResult);
  const points = [timeliness, repeatedCriterion, satisfiedCriterion]
    .map((c) => c.points)
    .filter((p): p is number => p !== null);
  return {
    timeliness,
    repeated: repeatedCriterion,
    satisfied: satisfiedCriterion,
    total: points.length === 0 ? null : round1(points.reduce((a, p) => a + p, 0)),
    max: 100,
  };
}
