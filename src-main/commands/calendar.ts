import { z } from 'zod';
import { normaliseQuarter } from '../analysis/quarter';
import { quarterCalendar } from '../calendar/deadlines';
import type { Registry } from '../core/registry';
import { osUser } from '../db/audit';
import { findCenter, listCenters } from '../db/centers';
import type { Store } from '../db/client';
import { quarterApprovals, recordStatus, statusEvents } from '../db/spravka-status';
import { dayOfStamp } from '../import/normalise/dates';
import type { CalendarQuery, QuarterCalendar, RecordedStep } from '../shared/calendar';
import { fail } from '../shared/errors';

const shape = { quarter: z.string().min(1), center: z.string().optional() };
const query: z.ZodType<CalendarQuery> = z.object(shape).strict();
const setStatus: z.ZodType<CalendarQuery & { status: RecordedStep }> = z
  .object({ ...shape, status: z.enum(['submitted', 'posted']) })
  .strict();

/** The quarter in its 'YYYY-Qn' form and the contact center by its stored name (null: all centers). */
function resolve(store: Store, q: CalendarQuery): { quarter: string; center: string | null } {
  const quarter = normaliseQuarter(q.quarter) ?? fail('badQuarter', { value: q.quarter });
  if (!q.center?.trim()) return { quarter, center: null };
  const found = findCenter(store, q.center);
  if (!found) {
    fail('unknownCenter', {
      center: q.center,
      centers: listCenters(store)
        .map((c) => c.name)
        .join(', '),
    });
  }
  return { quarter, center: found.name };
}

export function registerCalendar(registry: Registry, store: Store, now: () => string): void {
  const read = (quarter: string, center: string | null, stamp: string): QuarterCalendar =>
    quarterCalendar(quarter, center, dayOfStamp(stamp), {
      events: statusEvents(store, center, quarter),
      approvals: quarterApprovals(store, center, quarter),
    });

  registry
    .method('calendar.quarter', {
      schema: query,
      run: (q) => {
        const { quarter, center } = resolve(store, q);
        return read(quarter, center, now());
      },
    })
    .method('spravka.setStatus', {
      schema: setStatus,
      run: (q) => {
        const { quarter, center } = resolve(store, q);
        // §16: only a справка the first head approved is posted.
        if (q.status === 'posted' && quarterApprovals(store, center, quarter).length === 0) {
          fail('spravkaNotApproved', { quarter });
        }
        const stamp = now();
        recordStatus(store, center, quarter, q.status, stamp, osUser());
        return read(quarter, center, stamp);
      },
    });
}
