// Calendar dates, stamps and quarters as plain values: no Date object for the calendar, no process time zone. A
// date is a day of the analyst's own calendar, like the quarter of §9; day numbers are H. Hinnant's algorithms
// (proleptic Gregorian). Only atZone reads a zone, and only the one it is given. Pure and free of Node.
import type { LocalDate, LocalDateTime } from './domain';

// ---------------------------------------------------------------------------------------------
// Days.

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether year, month and day name a day of the calendar (year 1 or later). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (days_from_civil). */
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

export function lastDayOfMonth(year: number, month: number): LocalDate {
  return { year, month, day: daysInMonth(year, month) };
}

// ---------------------------------------------------------------------------------------------
// Stamps: 'YYYY-MM-DD' and 'YYYY-MM-DD HH:MM:SS', as the store keeps them.

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** 'YYYY-MM-DD HH:MM:SS': sorts as text in the same order as in time. */
export function formatDateTime(v: LocalDateTime): string {
  return `${pad4(v.year)}-${pad2(v.month)}-${pad2(v.day)} ${pad2(v.hour)}:${pad2(v.minute)}:${pad2(v.second)}`;
}

export function formatDate(v: LocalDate): string {
  return `${pad4(v.year)}-${pad2(v.month)}-${pad2(v.day)}`;
}

/** 'DD.MM.YYYY', as documents and messages write a day for people. */
export function formatDayMonthYear(v: LocalDate): string {
  return `${pad2(v.day)}.${pad2(v.month)}.${v.year}`;
}

/** The local wall-clock time, the way the analyst's own clock reads it: what every stored stamp is written in. */
export function localNow(d = new Date()): string {
  return formatDateTime({
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  });
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → the date, or null when it is not one. */
export function parseIsoDate(s: string): LocalDate | null {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** A date written in the application's own tables; a typo there is a bug, not data. */
export function isoDate(s: string): LocalDate {
  const d = parseIsoDate(s);
  if (!d) throw new Error(`not a date: ${s}`);
  return d;
}

/** The date part of a 'YYYY-MM-DD HH:MM:SS' stamp (the app's own clock readings). */
export function dayOfStamp(stamp: string): LocalDate {
  const [year = 0, month = 0, day = 0] = stamp.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

// ---------------------------------------------------------------------------------------------
// Quarters: 'YYYY-Qn'.

const QUARTER_RE = /^(\d{4})-?[Qq]([1-4])$/;

/** The calendar quarter, e.g. '2024-Q3'. */
export function quarterOf(v: LocalDate): string {
  return `${pad4(v.year)}-Q${Math.floor((v.month - 1) / 3) + 1}`;
}

/** '2024-Q3' or '2024Q3', any case. */
export function parseQuarter(s: string): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const m = QUARTER_RE.exec(s.trim());
  if (!m) return null;
  const quarter = Number(m[2]);
  return quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4
    ? { year: Number(m[1]), quarter }
    : null;
}

// ---------------------------------------------------------------------------------------------
// Time zones: an instant written with an offset, read on a contact center's wall clock.

/** The contact centers' zone unless one is set: Kazakhstan's single zone, UTC+05:00 since 1 March 2024. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows an IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    zoneFormat(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock time in `timeZone` of an instant written as `value` at `offsetMinutes` east of UTC. The zone's
 * rules come from the runtime's tz database (Asia/Almaty moved from UTC+06 to UTC+05 on 1 March 2024).
 */
export function atZone(value: LocalDateTime, offsetMinutes: number, timeZone: string): LocalDateTime {
  const utc =
    Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second) -
    offsetMinutes * 60_000;
  const parts: Record<string, number> = {};
  for (const p of zoneFormat(timeZone).formatToParts(new Date(utc))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? value.year,
    month: parts.month ?? value.month,
    day: parts.day ?? value.day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}
