import type { Comparison } from '../shared/analysis';
import type { QuarterApproval, RecordedStep, StatusEvent } from '../shared/calendar';
import type { Lang } from '../shared/domain';
import type { Store } from './client';
import { approvalInForce, scopeOf } from './spravka';

/** The steps recorded for a quarter's справка (all centers when `center` is null), oldest first. */
export function statusEvents(store: Store, center: string | null, quarter: string): StatusEvent[] {
  return store.sqlite
    .prepare<[string, string], StatusEvent>(
      `SELECT status, at, by_user AS "by" FROM spravka_status_events
       WHERE scope = ? AND quarter = ? ORDER BY at, id`,
    )
    .all(scopeOf(center), quarter);
}

export function recordStatus(
  store: Store,
  center: string | null,
  quarter: string,
  status: RecordedStep,
  at: string,
  user: string,
): void {
  store.sqlite
    .prepare('INSERT INTO spravka_status_events (scope, quarter, status, at, by_user) VALUES (?, ?, ?, ?, ?)')
    .run(scopeOf(center), quarter, status, at, user);
}

const LANGS: readonly Lang[] = ['kk', 'ru'];
const COMPARISONS: readonly Comparison[] = ['previous', 'year'];

/**
 * The approvals in force of a quarter's справка, oldest first: one per language and comparison at most.
 * The quarter counts as approved by the first head once one of them is.
 */
export function quarterApprovals(store: Store, center: string | null, quarter: string): QuarterApproval[] {
  return LANGS.flatMap((lang) =>
    COMPARISONS.flatMap((compare) => {
      const a = approvalInForce(store, { center, quarter, lang, compare });
      return a ? [{ lang, compare, at: a.approvedAt, by: a.approvedBy }] : [];
    }),
  ).sort((x, y) => x.at.localeCompare(y.at));
}
