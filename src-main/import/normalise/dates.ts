// Dates and times of requests and birth dates as the source's cells write them. Everything is a wall-clock value:
// the quarter of §9 is the local one. A value written without an offset is already local and is never shifted; an
// ISO instant with an explicit offset ('2024-06-30T19:40:00Z') is returned with it, for the row to move to the
// contact center's time zone (shared/dates.ts atZone). Nothing here reads the process zone (no local-time getters;
// Excel serials are day arithmetic alone).
import { fromDayNumber, isValidDate } from '../../shared/dates';
import type { LocalDate, LocalDateTime } from '../../shared/domain';

/** Requests before this year are typing errors: no contact center in Kazakhstan kept records then. */
export const EARLIEST_REQUEST_YEAR = 1990;

export type DateResult =
  | { ok: true; value: LocalDateTime; offsetMinutes?: number }
  | { ok: false; reason: 'unparseable' | 'impossible' };
export type DateOnlyResult =
  { ok: true; value: LocalDate } | { ok: false; reason: 'unparseable' | 'impossible' };
export interface DateOptions {
  /** The workbook uses the 1904 date system (old Mac Excel): serial 0 is 1904-01-01. */
  date1904?: boolean;
}

const UNPARSEABLE = Object.freeze({ ok: false, reason: 'unparseable' } as const);
const IMPOSSIBLE = Object.freeze({ ok: false, reason: 'impossible' } as const);

const SECONDS_PER_DAY = 86_400;
// Excel keeps 15 significant digits, so a serial near 45 000 is exact to about 1e-5 s; a fraction this close to
// the next midnight is that midnight written imprecisely, not a moment in the last second of the day.
const MIDNIGHT_NOISE_SECONDS = 1e-3;
const DATE1904_OFFSET = 1462;
// 9999-12-31, the last day Excel can show.
const MAX_SERIAL = 2_958_465;
// Serial 60 is 29.02.1900, the day Excel invents to stay compatible with Lotus 1-2-3.
const PHANTOM_LEAP_DAY = 60;
// Days from 1970-01-01 back to 1899-12-31, which is serial 0 once the phantom day is removed.
const SERIAL_TO_UNIX_DAYS = -25_568;

// d.m.yyyy, d/m/yyyy, d-m-yyyy (or a 2-digit year), then an optional time after a space, a comma or a 'T'.
const DMY_RE =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s*,\s*|\s+|[Tt])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$/;
// yyyy-mm-dd (also with '.' or '/'), an optional time, and an optional zone offset: Z, ±hh, ±hhmm or ±hh:mm.
const YMD_RE =
  /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:(?:\s*,\s*|\s+|[Tt])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;
// At least three digits before the point, so that '30.06' (a date missing its year) is not read as serial 30.06.
const SERIAL_RE = /^\d{3,}(?:[.,]\d+)?$/;

function build(y: number, mo: number, d: number, h: number, mi: number, s: number): DateResult {
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return IMPOSSIBLE;
  return { ok: true, value: { year: y, month: mo, day: d, hour: h, minute: mi, second: s } };
}

function fromSerial(serial: number, date1904: boolean): DateResult {
  if (!Number.isFinite(serial)) return UNPARSEABLE;
  if (serial < 0) return IMPOSSIBLE;
  let day = Math.floor(serial);
  const exactSeconds = (serial - day) * SECONDS_PER_DAY;
  let seconds = Math.round(exactSeconds);
  if (seconds >= SECONDS_PER_DAY) {
    // Rounding up may not move a request into the next day (and so, on 30.06 or 31.12, the next quarter).
    if (SECONDS_PER_DAY - exactSeconds <= MIDNIGHT_NOISE_SECONDS) {
      day += 1;
      seconds = 0;
    } else {
      seconds = SECONDS_PER_DAY - 1;
    }
  }
  if (date1904) day += DATE1904_OFFSET;
  if (day > MAX_SERIAL || day === 0 || day === PHANTOM_LEAP_DAY) return IMPOSSIBLE;

  // The serial's civil date, with no Date object involved.
  const {
    year: y,
    month: m,
    day: d,
  } = fromDayNumber((day > PHANTOM_LEAP_DAY ? day - 1 : day) + SERIAL_TO_UNIX_DAYS);

  const hour = Math.floor(seconds / 3600);
  const minute = Math.floor((seconds % 3600) / 60);
  return { ok: true, value: { year: y, month: m, day: d, hour, minute, second: seconds % 60 } };
}

/**
 * A date-time cell. Numbers are Excel serials (the fraction is the time of day, rounded to the second);
 * strings are d.m.yyyy / d.m.yy / d/m/yyyy / d-m-yyyy or ISO yyyy-mm-dd, each with an optional time, or a
 * serial written as text. Fractions of a second in strings are dropped; an ISO zone offset is ignored.
 */
export function parseDateTime(value: string | number, opts?: DateOptions): DateResult {
  const date1904 = opts?.date1904 === true;
  if (typeof value === 'number') return fromSerial(value, date1904);
  const s = value.trim();
  let m = DMY_RE.exec(s);
  if (m) {
    const yy = m[4] ?? '';
    const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
    return build(year, Number(m[3]), Number(m[1]), Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0));
  }
  m = YMD_RE.exec(s);
  if (m) {
    const r = build(
      Number(m[1]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      Number(m[7] ?? 0),
    );
    const offset = m[8] === undefined ? undefined : offsetMinutes(m[8]);
    if (offset === null) return IMPOSSIBLE;
    return r.ok && offset !== undefined ? { ...r, offsetMinutes: offset } : r;
  }
  if (SERIAL_RE.test(s)) return fromSerial(Number(s.replace(',', '.')), date1904);
  return UNPARSEABLE;
}

/** 'Z', '+06', '+0600', '-03:30' → minutes east of UTC; null past ±14:00 (no zone is that far). */
function offsetMinutes(text: string): number | null {
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (minutes > 14 * 60 || Number(digits.slice(2) || 0) > 59) return null;
  return text.startsWith('-') ? -minutes : minutes;
}

const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;

/**
 * A time of day from a column of its own (a CRM that splits the date and the time): 'ЧЧ:ММ[:СС]' or an Excel
 * time (a fraction of a day). Null for anything else, a date included.
 */
export function parseTimeOfDay(
  value: string | number,
): { hour: number; minute: number; second: number } | null {
  if (typeof value === 'number') {
    if (!(value >= 0 && value < 1)) return null;
    const seconds = Math.min(Math.round(value * SECONDS_PER_DAY), SECONDS_PER_DAY - 1);
    return {
      hour: Math.floor(seconds / 3600),
      minute: Math.floor((seconds % 3600) / 60),
      second: seconds % 60,
    };
  }
  const m = TIME_RE.exec(value.trim());
  if (!m) return null;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null;
}

/** A date cell; a time part, if any, is accepted and dropped (birth dates often come as '15.03.1985 0:00:00'). */
export function parseDate(value: string | number, opts?: DateOptions): DateOnlyResult {
  const r = parseDateTime(value, opts);
  if (!r.ok) return r;
  return { ok: true, value: { year: r.value.year, month: r.value.month, day: r.value.day } };
}
