// Calendar dates of stored stamps as day numbers, memoised: a quarter has some ninety distinct days.
import { dayNumber } from '../../shared/dates';

const cache = new Map<string, number>();

/** Days since 1970-01-01 of the date that starts a 'YYYY-MM-DD…' string. */
export function dayOfString(s: string): number {
  const date = s.slice(0, 10);
  let n = cache.get(date);
  if (n === undefined) {
    n = dayNumber({
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
    });
    cache.set(date, n);
  }
  return n;
}
