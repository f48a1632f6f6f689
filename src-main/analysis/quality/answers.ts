// Answers: on time against the deadline, overdue by topic and region, results.
//
// Deadline: the export's own, else the statutory term: the STATUTORY_WORKING_DAYS of the request's type
// (a request without a type as 'other') counted in working days of Kazakhstan's calendar (holidays, the
// weekdays off they move to, the transfers) from the day after the received date, addWorkingDays(received,
// n). Types whose term is null (a message, a consultation on the line) are not judged, even with a deadline.
// A period is judged only when some request of it has an answer date or a deadline: an export without any
// answer column tells nothing about timeliness, and would otherwise make every request overdue.
//
// Of the judged requests: on time when the answer's date is on or before the deadline; late when after;
// overdue unanswered when there is no answer date and the deadline fell before the quarter's last day;
// pending when there is no answer date and the deadline is on or after the quarter's last day. The rollups
// (db/quality-rollups.ts) keep the answered ones' verdict and the unanswered ones' deadline day, so the
// day they are judged as of is applied here.
import type { JudgedCell } from '../../db/quality-rollup-reads';
import { statutoryDays } from '../../db/quality-terms';
import {
  REQUEST_TYPES,
  type Answers,
  type RequestType,
  type Timeliness,
  type TypeTimeliness,
} from '../../shared/quality';
import { keyed, named, tally } from './counts';
import { percent } from './percent';
import type { PeriodCounts } from './period';
import { parseQuarter, formatDate, lastDayOfMonth } from '../../shared/dates';

export { statutoryDays, statutoryDeadline } from '../../db/quality-terms';

export type Verdict = 'onTime' | 'late' | 'overdueUnanswered' | 'pending';

/** Judged requests of one kind, as many as n. */
export interface Judged {
  cell: JudgedCell;
  verdict: Verdict;
}

/** The quarter's last day, 'YYYY-MM-DD'. */
export function quarterLastDay(quarter: string): string {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return formatDate(lastDayOfMonth(q.year, q.quarter * 3));
}

/**
 * The period's judged requests, or none when no request of it has an answer date or a deadline. Unanswered
 * requests are judged as of the quarter's last day, or of the data's horizon (its latest received or answer
 * date) when that comes first: an export taken while the quarter runs knows nothing after it.
 */
export function judgePeriod(period: PeriodCounts): Judged[] {
  const { cells, judged } = period.counts;
  const carriesAnswers = cells.some((c) => c.answeredAt > 0 || c.deadline > 0);
  if (!carriesAnswers) return [];
  let horizon = '';
  for (const c of cells) if (c.horizon > horizon) horizon = c.horizon;
  const lastDay = quarterLastDay(period.quarter);
  const day = horizon.slice(0, 10);
  const asOf = day < lastDay ? day : lastDay;
  return judged.map((cell) => ({
    cell,
    verdict: cell.state !== 'open' ? cell.state : (cell.due ?? '') < asOf ? 'overdueUnanswered' : 'pending',
  }));
}

/** The counts of a set of judged requests; the on-time share over the decided ones. */
export function countJudgements(judged: Iterable<Judged>): Omit<Timeliness, 'previousOnTimePercent'> {
  const t = { judged: 0, onTime: 0, late: 0, overdueUnanswered: 0, pending: 0, deadlineGiven: 0 };
  for (const { cell, verdict } of judged) {
    t.judged += cell.n;
    t[verdict] += cell.n;
    if (cell.given) t.deadlineGiven += cell.n;
  }
  return {
    judged: t.judged,
    onTime: t.onTime,
    late: t.late,
    overdueUnanswered: t.overdueUnanswered,
    pending: t.pending,
    onTimePercent: percent(t.onTime, t.onTime + t.late + t.overdueUnanswered),
    deadlineGiven: t.deadlineGiven,
  };
}

const ofDim = (judged: readonly Judged[], dim: JudgedCell['dim']) => judged.filter((j) => j.cell.dim === dim);
const overdue = (judged: readonly Judged[], dim: 'topic' | 'region') =>
  ofDim(judged, dim).filter((j) => j.verdict === 'late' || j.verdict === 'overdueUnanswered');

export function answers(
  current: PeriodCounts,
  previous: PeriodCounts,
  currentJudged: readonly Judged[],
  previousJudged: readonly Judged[],
): Answers {
  const now = ofDim(currentJudged, 'type');
  const before = ofDim(previousJudged, 'type');
  const timeliness: Timeliness = {
    ...countJudgements(now),
    previousOnTimePercent: countJudgements(before).onTimePercent,
  };

  // By type: every type present in either period (none when no request has a type), most judged first, then
  // in the order of REQUEST_TYPES, the untyped last.
  const types = new Set<RequestType | null>();
  for (const p of [current, previous]) for (const c of p.counts.cells) if (c.n > 0) types.add(c.requestType);
  if (types.size === 1 && types.has(null)) types.clear();
  const order = (t: RequestType | 'unspecified') =>
    t === 'unspecified' ? REQUEST_TYPES.length : REQUEST_TYPES.indexOf(t);
  const ofType = (list: readonly Judged[], type: RequestType | null) =>
    list.filter((j) => j.cell.requestType === type);
  const byType: TypeTimeliness[] = [...types]
    .map((type) => ({
      type: type ?? ('unspecified' as const),
      statutoryWorkingDays: statutoryDays(type),
      ...countJudgements(ofType(now, type)),
      previousOnTimePercent: countJudgements(ofType(before, type)).onTimePercent,
    }))
    .sort((a, b) => b.judged - a.judged || order(a.type) - order(b.type));

  const counted = (list: readonly Judged[]) => list.map((j) => j.cell);
  return {
    timeliness,
    byType,
    overdueByTopic: tally(
      keyed(counted(overdue(currentJudged, 'topic')), (c) => c.topic),
      keyed(counted(overdue(previousJudged, 'topic')), (c) => c.topic),
    ).map((t) => ({ topic: t.key, count: t.count, previousCount: t.previousCount })),
    overdueByRegion: named(
      tally(
        keyed(counted(overdue(currentJudged, 'region')), (c) => c.region),
        keyed(counted(overdue(previousJudged, 'region')), (c) => c.region),
      ),
      'region',
    ),
    results: named(
      tally(
        keyed(current.counts.cells, (c) => c.result),
        keyed(previous.counts.cells, (c) => c.result),
        { nullOnlyWithValues: true },
      ),
      'result',
    ),
  };
}
