import { resolveCenter, resolveQuarter } from '../analysis/selection';
import { quarterCalendar } from '../calendar/deadlines';
import type { Handlers } from '../core/registry';
import { osUser } from '../db/audit';
import type { Store } from '../db/client';
import { quarterApprovals, recordStatus, statusEvents } from '../db/spravka-status';
import type { QuarterCalendar } from '../shared/calendar';
import type { CalendarQuery } from '../shared/commands/spravka';
import { fail } from '../shared/errors';
import { dayOfStamp } from '../shared/dates';

/** The quarter in its 'YYYY-Qn' form and the contact center by its stored name (null: all centers). */
function resolve(store: Store, q: CalendarQuery): { quarter: string; center: string | null } {
  return { quarter: resolveQuarter(q.quarter), center: resolveCenter(store, q.center)?.name ?? null };
}

export function calendarHandlers(
  store: Store,
  now: () => string,
): Handlers<'calendar.quarter' | 'spravka.setStatus'> {
  const read = (quarter: string, center: string | null, stamp: string): QuarterCalendar =>
    quarterCalendar(quarter, center, dayOfStamp(stamp), {
      events: statusEvents(store, center, quarter),
      approvals: quarterApprovals(store, center, quarter),
    });
  return {
    'calendar.quarter': (q) => {
      const { quarter, center } = resolve(store, q);
      return read(quarter, center, now());
    },
    'spravka.setStatus': (q) => {
      const { quarter, center } = resolve(store, q);
      // §16: only a справка the first head approved is posted.
      if (q.status === 'posted' && quarterApprovals(store, center, quarter).length === 0) {
        fail('spravkaNotApproved', { quarter });
      }
      const stamp = now();
      recordStatus(store, center, quarter, q.status, stamp, osUser());
      return read(quarter, center, stamp);
    },
  };
}
