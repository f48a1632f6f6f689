// Calendar days as plain numbers: no Date object, no time zone. A deadline is a day of the
// analyst's own calendar, like the quarter of §9 (see import/normalise/dates.ts for the same rule).
import { formatDate, parseDate } from '../import/normalise/dates';
import { dayNumber, fromDayNumber } from '../shared/days';
import type { LocalDate } from '../shared/domain';

export { formatDate };

export { dayNumber, fromDayNumber };

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(d: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(d: LocalDate): boolean {
  return isoWeekday(d) >= 6;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** 'YYYY-MM-DD' → the date, or null when it is not one. */
export function parseIsoDate(s: string): LocalDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const r = parseDate(s);
  return r.ok ? r.value : null;
}

/** A date written in this module's own tables; a typo there is a bug, not data. */
export function isoDate(s: string): LocalDate {
  const d = parseIsoDate(s);
  if (!d) throw new Error(`not a date: ${s}`);
  return d;
}

export function lastDayOfMonth(year: number, month: number): LocalDate {
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return addDays(next, -1);
}
