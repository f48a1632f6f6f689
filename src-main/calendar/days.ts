// Calendar days as plain numbers: no Date object, no time zone. A deadline is a day of the
// analyst's own calendar, like the quarter of §9 (see import/normalise/dates.ts for the same rule).
import { formatDate, parseDate } from '../import/normalise/dates';
import type { LocalDate } from '../shared/domain';

export { formatDate };

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, proleptic Gregorian). */
export function dayNumber(d: LocalDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = d.month > 2 ? d.month - 3 : d.month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date `n` days after 1970-01-01 (civil_from_days). */
export function fromDayNumber(n: number): LocalDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

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
