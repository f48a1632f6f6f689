// Repeated and multiple requests.
//
// Repeat found: a request whose applicant (hashed IIN, else hashed phone: rows.ts applicantKey) made an
// earlier request on the same topic (the topic given) at most REPEAT_WINDOW_DAYS calendar days before: the
// difference of the two dates, in days, is 0 to 90. Earlier requests before the quarter (its history) count
// as the earlier one, but only requests of the quarter are counted. Of two requests received at the same
// second, the one listed first is the earlier, so exactly one of them is a repeat. The earlier request may be
// flagged or a repeat itself. The center filter of the selection applies to the earlier requests as well: a
// repeat is a repeat to the same contact center (or to any, when all are analysed).
//
// Flagged: the export marks the request as repeated. A flagged request counts as flagged, never as found.
//
// Multiple: applicants with at least MULTIPLE_MIN_REQUESTS requests in the quarter, on any topics, and how
// many requests those applicants made.
import { MULTIPLE_MIN_REQUESTS, REPEAT_WINDOW_DAYS, type Repeats } from '../../shared/quality';
import { named, tally } from './counts';
import { dayOfString } from './days';
import type { Period, QualityRow } from './rows';

export type RepeatMark = 'flagged' | 'found';

/** Per row of the period, in the same order: how it is a repeat, or null. */
export function markRepeats(period: Pick<Period, 'rows' | 'history'>): (RepeatMark | null)[] {
  const marks: (RepeatMark | null)[] = period.rows.map((r) => (r.repeatFlag ? 'flagged' : null));
  // Only an applicant seen twice or more can repeat: counting them first keeps the groups small.
  const seen = new Map<string, number>();
  const see = (applicant: string) => seen.set(applicant, (seen.get(applicant) ?? 0) + 1);
  for (const h of period.history) see(h.applicant);
  for (const r of period.rows) if (r.applicant !== null && r.topic !== null) see(r.applicant);
  // Requests of one applicant on one topic, in time order; -1 stands for an earlier request (history).
  const groups = new Map<string, { at: string; index: number }[]>();
  const push = (applicant: string, topic: string, at: string, index: number) => {
    if ((seen.get(applicant) ?? 0) < 2) return;
    const key = `${applicant}\u0000${topic}`;
    const list = groups.get(key);
    if (list) list.push({ at, index });
    else groups.set(key, [{ at, index }]);
  };
  for (const h of period.history) push(h.applicant, h.topic, h.receivedAt, -1);
  period.rows.forEach((r, i) => {
    if (r.applicant !== null && r.topic !== null) push(r.applicant, r.topic, r.receivedAt, i);
  });
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // Stable: equal stamps keep the order they were listed in (history first).
    list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (let k = 1; k < list.length; k++) {
      const { at, index } = list[k] as { at: string; index: number };
      if (index < 0 || marks[index] !== null) continue;
      const before = (list[k - 1] as { at: string }).at;
      if (dayOfString(at) - dayOfString(before) <= REPEAT_WINDOW_DAYS) marks[index] = 'found';
    }
  }
  return marks;
}

/** Applicants with at least MULTIPLE_MIN_REQUESTS requests among `rows`, and their requests. */
export function multiple(rows: readonly QualityRow[]): { applicants: number; requests: number } {
  const perApplicant = new Map<string, number>();
  for (const r of rows)
    if (r.applicant !== null) perApplicant.set(r.applicant, (perApplicant.get(r.applicant) ?? 0) + 1);
  let applicants = 0;
  let requests = 0;
  for (const n of perApplicant.values()) {
    if (n >= MULTIPLE_MIN_REQUESTS) {
      applicants++;
      requests += n;
    }
  }
  return { applicants, requests };
}

export function repeats(
  current: Period,
  previous: Period,
  currentMarks: readonly (RepeatMark | null)[],
  previousMarks: readonly (RepeatMark | null)[],
): Repeats {
  const repeated = (p: Period, marks: readonly (RepeatMark | null)[]) =>
    p.rows.filter((_, i) => marks[i] !== null);
  const now = repeated(current, currentMarks);
  const before = repeated(previous, previousMarks);
  const flagged = currentMarks.filter((m) => m === 'flagged').length;
  const found = currentMarks.filter((m) => m === 'found').length;
  const m = multiple(current.rows);
  const pm = multiple(previous.rows);
  return {
    windowDays: REPEAT_WINDOW_DAYS,
    multipleMinRequests: MULTIPLE_MIN_REQUESTS,
    flagged,
    found,
    total: flagged + found,
    previousTotal: before.length,
    identified: current.rows.filter((r) => r.applicant !== null).length,
    byTopic: tally(now, before, (r) => r.topic).map((t) => ({
      topic: t.key,
      count: t.count,
      previousCount: t.previousCount,
    })),
    byRegion: named(
      tally(now, before, (r) => r.region),
      'region',
    ),
    multiple: {
      applicants: m.applicants,
      requests: m.requests,
      previousApplicants: pm.applicants,
      previousRequests: pm.requests,
    },
  };
}
