// Working days of a five-day week in Kazakhstan: Monday to Friday, less the holidays, the weekdays off the
// Law on holidays adds after a holiday on a weekend, and the transfers an act made; plus the weekend days
// such an act made working. Pure functions on dates with no time zone.
import type { LocalDate } from '../shared/domain';
import { daysOffOf } from './holidays';
import { addDays, dayNumber, fromDayNumber, isWeekend } from '../shared/dates';

export function isWorkingDay(d: LocalDate): boolean {
  const year = daysOffOf(d.year);
  const n = dayNumber(d);
  if (year.workingWeekendDays.has(n)) return true;
  return !isWeekend(d) && !year.daysOff.has(n);
}

/**
 * False when the year of `d` has no data: its holidays come from the fixed rules alone, and Kurban ait and
 * any transfer are unknown, so a date computed there may be off by a day or two.
 */
export function isCalendarKnown(d: LocalDate): boolean {
  return daysOffOf(d.year).known;
}

/**
 * The `n`-th working day after `from` (before it when `n` is negative); `from` itself when `n` is 0,
 * working day or not.
 */
export function addWorkingDays(from: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new Error(`not a whole number of days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = from;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The first working day after `d`. */
export function nextWorkingDay(d: LocalDate): LocalDate {
  return addWorkingDays(d, 1);
}

/** `d` if it is a working day, else the last working day before it. */
export function workingDayOnOrBefore(d: LocalDate): LocalDate {
  return isWorkingDay(d) ? d : addWorkingDays(d, -1);
}

/**
 * How many working days lie from `from` to `to`: those after `from` up to `to` included, or, when `to` is
 * before `from`, minus those from `to` included up to `from`. Either way
 * workingDaysBetween(a, addWorkingDays(a, n)) === n.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  // The days counted: (a, b] forwards, [b, a) backwards.
  const [first, last, sign] = a <= b ? [a + 1, b, 1] : [b, a - 1, -1];
  let count = 0;
  for (let n = first; n <= last; n++) if (isWorkingDay(fromDayNumber(n))) count++;
  return sign * count;
}
