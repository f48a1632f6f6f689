// Repeated and multiple requests.
//
// Repeat found: a request whose applicant (hashed IIN, else hashed phone) made an earlier request on the same
// topic (the topic given) at most REPEAT_WINDOW_DAYS calendar days before: the difference of the two dates, in
// days, is 0 to 90. Earlier requests before the quarter count as the earlier one, but only requests of the
// quarter are counted. Of two requests received at the same second, the earlier is the one of the lower center,
// then of the lower id, so exactly one of them is a repeat. The earlier request may be flagged or a repeat
// itself. The center filter of the selection applies to the earlier requests as well: a repeat is a repeat to
// the same contact center (or to any, when all are analysed). Marked in SQL (db/quality-rollups.ts).
//
// Flagged: the export marks the request as repeated. A flagged request counts as flagged, never as found.
//
// Multiple: applicants with at least MULTIPLE_MIN_REQUESTS requests in the quarter, on any topics, and how
// many requests those applicants made.
import { MULTIPLE_MIN_REQUESTS, REPEAT_WINDOW_DAYS, type Repeats } from '../../shared/quality';
import { keyed, named, tally } from './counts';
import type { PeriodCounts } from './period';

export function repeats(current: PeriodCounts, previous: PeriodCounts): Repeats {
  const now = current.counts.repeats;
  const before = previous.counts.repeats;
  const sum = (cells: readonly { n: number }[]) => cells.reduce((a, c) => a + c.n, 0);
  const flagged = sum(now.filter((c) => c.mark === 'flagged'));
  const found = sum(now.filter((c) => c.mark === 'found'));
  const m = current.counts.multiple;
  const pm = previous.counts.multiple;
  return {
    windowDays: REPEAT_WINDOW_DAYS,
    multipleMinRequests: MULTIPLE_MIN_REQUESTS,
    flagged,
    found,
    total: flagged + found,
    previousTotal: sum(before),
    identified: current.counts.cells.reduce((a, c) => a + c.applicant, 0),
    byTopic: tally(
      keyed(now, (c) => c.topic),
      keyed(before, (c) => c.topic),
    ).map((t) => ({ topic: t.key, count: t.count, previousCount: t.previousCount })),
    byRegion: named(
      tally(
        keyed(now, (c) => c.region),
        keyed(before, (c) => c.region),
      ),
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
