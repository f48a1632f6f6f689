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
import type { Criterion, RequestType, SelfAssessment } from '../../shared/quality';
import type { Judged } from './answers';
import type { PeriodCounts } from './period';
import { percent, round1 } from './percent';

export const MAX_POINTS = { timeliness: 40, repeated: 40, satisfied: 20 } as const;

export function criterion(max: number, part: number, base: number): Criterion {
  return base === 0
    ? { points: null, max, percent: null, base }
    : { points: round1((max * part) / base), max, percent: percent(part, base), base };
}

export function selfAssessment(period: PeriodCounts, judged: readonly Judged[]): SelfAssessment {
  const { cells, repeats } = period.counts;
  const typed = cells.some((c) => c.n > 0 && c.requestType !== null);
  // The base by type: typed, the applications and complaints; else every judged request (all of them untyped).
  const judgedTypes = new Set(judged.map((j) => j.cell.requestType));
  const inBase = (type: RequestType | null) =>
    typed ? type === 'application' || type === 'complaint' : judgedTypes.has(type);
  let decided = 0;
  let onTime = 0;
  let base = 0;
  let repeated = 0;
  let withResult = 0;
  let satisfied = 0;
  for (const c of cells) {
    if (!inBase(c.requestType)) continue;
    base += c.n;
    if (c.result !== null) {
      withResult += c.n;
      if (c.result === 'satisfied') satisfied += c.n;
    }
  }
  for (const j of judged) {
    if (j.cell.dim !== 'type' || !inBase(j.cell.requestType) || j.verdict === 'pending') continue;
    decided += j.cell.n;
    if (j.verdict === 'onTime') onTime += j.cell.n;
  }
  for (const r of repeats) if (inBase(r.requestType)) repeated += r.n;
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
