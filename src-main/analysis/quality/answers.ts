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
// pending when there is no answer date and the deadline is on or after the quarter's last day.
import { addWorkingDays } from '../../calendar/working-days';
import {
  REQUEST_TYPES,
  STATUTORY_WORKING_DAYS,
  type Answers,
  type RequestType,
  type Timeliness,
  type TypeTimeliness,
} from '../../shared/quality';
import { named, tally } from './counts';
import { percent } from './percent';
import { dayOf, type Period, type QualityRow } from './rows';
import { parseQuarter, formatDate, lastDayOfMonth, parseIsoDate } from '../../shared/dates';

export type Verdict = 'onTime' | 'late' | 'overdueUnanswered' | 'pending';

export interface Judgement {
  verdict: Verdict;
  /** 'YYYY-MM-DD'. */
  deadline: string;
  /** The deadline is the export's, not the statutory one. */
  given: boolean;
}

const statutory = new Map<string, string>();

/** The `days`-th working day after the received date ('YYYY-MM-DD'), memoised per date and term. */
export function statutoryDeadline(received: string, days: number): string {
  const key = `${received}|${days}`;
  let d = statutory.get(key);
  if (d === undefined) {
    const from = parseIsoDate(received);
    if (!from) throw new Error(`not a date: ${received}`);
    d = formatDate(addWorkingDays(from, days));
    statutory.set(key, d);
  }
  return d;
}

/** The quarter's last day, 'YYYY-MM-DD'. */
export function quarterLastDay(quarter: string): string {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return formatDate(lastDayOfMonth(q.year, q.quarter * 3));
}

/** The working days the statute gives a type (the untyped as 'other'); null: no written answer due. */
export const statutoryDays = (type: RequestType | null): number | null =>
  STATUTORY_WORKING_DAYS[type ?? 'other'];

export function judge(row: QualityRow, lastDay: string): Judgement | null {
  const days = statutoryDays(row.requestType);
  if (days === null) return null;
  const given = row.deadline !== null;
  const deadline = row.deadline ?? statutoryDeadline(dayOf(row.receivedAt), days);
  let verdict: Verdict;
  if (row.answeredAt !== null) verdict = dayOf(row.answeredAt) <= deadline ? 'onTime' : 'late';
  else verdict = deadline < lastDay ? 'overdueUnanswered' : 'pending';
  return { verdict, deadline, given };
}

/**
 * The last day the period's data knows of: its latest received or answer date. An export taken while the
 * quarter runs knows nothing after it, so its unanswered requests are judged as of that day.
 */
export function dataHorizon(rows: readonly QualityRow[]): string {
  let last = '';
  for (const r of rows) {
    if (r.receivedAt > last) last = r.receivedAt;
    if (r.answeredAt !== null && r.answeredAt > last) last = r.answeredAt;
  }
  return dayOf(last);
}

/**
 * Per row of the period, in the same order: its judgement, or null when it is not judged. Unanswered requests
 * are judged as of the quarter's last day, or of the data's horizon when that comes first (a quarter in progress).
 */
export function judgePeriod(period: Pick<Period, 'quarter' | 'rows'>): (Judgement | null)[] {
  const carriesAnswers = period.rows.some((r) => r.answeredAt !== null || r.deadline !== null);
  if (!carriesAnswers) return period.rows.map(() => null);
  const lastDay = quarterLastDay(period.quarter);
  const horizon = dataHorizon(period.rows);
  const asOf = horizon < lastDay ? horizon : lastDay;
  return period.rows.map((r) => judge(r, asOf));
}

/** The counts of a set of judgements (nulls skipped); the on-time share over the decided ones. */
export function countJudgements(
  judgements: Iterable<Judgement | null>,
): Omit<Timeliness, 'previousOnTimePercent'> {
  const t = { judged: 0, onTime: 0, late: 0, overdueUnanswered: 0, pending: 0, deadlineGiven: 0 };
  for (const j of judgements) {
    if (j === null) continue;
    t.judged++;
    t[j.verdict]++;
    if (j.given) t.deadlineGiven++;
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

const isOverdue = (j: Judgement | null) =>
  j !== null && (j.verdict === 'late' || j.verdict === 'overdueUnanswered');

export function answers(
  current: Period,
  previous: Period,
  currentJudged: readonly (Judgement | null)[],
  previousJudged: readonly (Judgement | null)[],
): Answers {
  const timeliness: Timeliness = {
    ...countJudgements(currentJudged),
    previousOnTimePercent: countJudgements(previousJudged).onTimePercent,
  };

  // By type: every type present in either period (none when no request has a type), most judged first, then
  // in the order of REQUEST_TYPES, the untyped last.
  const perType = (p: Period, judged: readonly (Judgement | null)[]) => {
    const groups = new Map<RequestType | null, (Judgement | null)[]>();
    p.rows.forEach((r, i) => {
      const list = groups.get(r.requestType);
      if (list) list.push(judged[i] ?? null);
      else groups.set(r.requestType, [judged[i] ?? null]);
    });
    return groups;
  };
  const now = perType(current, currentJudged);
  const before = perType(previous, previousJudged);
  const types = new Set([...now.keys(), ...before.keys()]);
  if (types.size === 1 && types.has(null)) types.clear();
  const order = (t: RequestType | 'unspecified') =>
    t === 'unspecified' ? REQUEST_TYPES.length : REQUEST_TYPES.indexOf(t);
  const byType: TypeTimeliness[] = [...types]
    .map((type) => ({
      type: type ?? ('unspecified' as const),
      statutoryWorkingDays: statutoryDays(type),
      ...countJudgements(now.get(type) ?? []),
      previousOnTimePercent: countJudgements(before.get(type) ?? []).onTimePercent,
    }))
    .sort((a, b) => b.judged - a.judged || order(a.type) - order(b.type));

  const overdueNow = current.rows.filter((_, i) => isOverdue(currentJudged[i] ?? null));
  const overdueBefore = previous.rows.filter((_, i) => isOverdue(previousJudged[i] ?? null));
  return {
    timeliness,
    byType,
    overdueByTopic: tally(overdueNow, overdueBefore, (r) => r.topic).map((t) => ({
      topic: t.key,
      count: t.count,
      previousCount: t.previousCount,
    })),
    overdueByRegion: named(
      tally(overdueNow, overdueBefore, (r) => r.region),
      'region',
    ),
    results: named(
      tally(current.rows, previous.rows, (r) => r.result, { nullOnlyWithValues: true }),
      'result',
    ),
  };
}
