// One period as the quality analysis reads it: the quarter's request rows, the applicants' earlier requests
// within the repeat window, and whether retention removed the period.
import type { Store } from '../../db/client';
import { qualityRowReader } from '../../db/quality-rows';
import { purgedQuarters } from '../../db/retention';
import type { LocalDate } from '../../shared/domain';
import { REPEAT_WINDOW_DAYS } from '../../shared/quality';
import { shiftQuarter } from '../quarter';
import type { HistoryRow, Period, QualityRow } from './rows';
import { addDays, formatDate, parseQuarter, quarterOf } from '../../shared/dates';

function firstDay(quarter: string): LocalDate {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return { year: q.year, month: (q.quarter - 1) * 3 + 1, day: 1 };
}

export interface QualityReader {
  period(quarter: string): Period;
}

/** Reads periods of one selection (all centers when `centerId` is null). */
export function qualityReader(store: Store, centerId: number | null): QualityReader {
  const read = qualityRowReader(store, centerId);
  const purged = purgedQuarters(store);

  // Periods read so far: the comparison period, read first, gives the quarter's history without a query.
  const loaded = new Map<string, QualityRow[]>();
  return {
    period(quarter) {
      const rows = read.rows(quarter);
      loaded.set(quarter, rows);
      // The window before the quarter's first day, through the quarters it spans (the one before, as they go).
      const first = firstDay(quarter);
      const windowStart = addDays(first, -REPEAT_WINDOW_DAYS);
      const from = `${formatDate(windowStart)} 00:00:00`;
      const to = `${formatDate(first)} 00:00:00`;
      const history: HistoryRow[] = [];
      for (let q = quarterOf(windowStart); q < quarter; q = shiftQuarter(q, 1)) {
        const known = loaded.get(q);
        if (known) {
          for (const r of known) {
            if (r.applicant !== null && r.topic !== null && r.receivedAt >= from && r.receivedAt < to)
              history.push({ receivedAt: r.receivedAt, topic: r.topic, applicant: r.applicant });
          }
          continue;
        }
        for (const r of read.history(q, from, to)) history.push(r);
      }
      return { quarter, rows, history, purged: purged.has(quarter) };
    },
  };
}
