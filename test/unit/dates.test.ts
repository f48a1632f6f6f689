import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parseDate, parseDateTime, type DateResult } from '../../src-main/import/normalise/dates';
import { formatDate, formatDateTime, parseQuarter, quarterOf } from '../../src-main/shared/dates';

function dt(r: DateResult): string {
  return r.ok ? formatDateTime(r.value) : `!${r.reason}`;
}

// Serials of the moments used below, as Excel writes them.
const S_2024_06_30 = 45473;
const S_2024_07_01 = 45474;
const S_2024_12_31 = 45657;
const S_2025_01_01 = 45658;
const ONE_SECOND = 1 / 86_400;

describe('parseDateTime: strings', () => {
  it.each([
    ['30.06.2024', '2024-06-30 00:00:00'],
    ['1.7.2024', '2024-07-01 00:00:00'],
    ['30.06.24', '2024-06-30 00:00:00'],
    ['30/06/2024', '2024-06-30 00:00:00'],
    ['30-06-2024', '2024-06-30 00:00:00'],
    ['30.06.2024 23:59', '2024-06-30 23:59:00'],
    ['30.06.2024 23:59:59', '2024-06-30 23:59:59'],
    ['30.06.2024 9:05', '2024-06-30 09:05:00'],
    ['30.06.2024, 9:05', '2024-06-30 09:05:00'],
    ['30.06.2024,09:05:07', '2024-06-30 09:05:07'],
    ['30.06.2024T09:05', '2024-06-30 09:05:00'],
    ['30/06/2024 14:30:15', '2024-06-30 14:30:15'],
    ['30-06-2024 14:30', '2024-06-30 14:30:00'],
    ['30.06.24 14:30', '2024-06-30 14:30:00'],
    ['  30.06.2024  14:30  ', '2024-06-30 14:30:00'],
    ['2024-06-30', '2024-06-30 00:00:00'],
    ['2024-06-30T23:59', '2024-06-30 23:59:00'],
    ['2024-06-30T23:59:59', '2024-06-30 23:59:59'],
    ['2024-06-30T23:59:59.999', '2024-06-30 23:59:59'],
    ['2024-06-30 23:59:59', '2024-06-30 23:59:59'],
    ['2024.06.30 10:00', '2024-06-30 10:00:00'],
  ])('%s → %s', (input, expected) => {
    expect(dt(parseDateTime(input))).toBe(expected);
  });

  it.each([
    ['2024-06-30T23:59:59Z', '2024-06-30 23:59:59'],
    ['2024-06-30T23:30:00+05:00', '2024-06-30 23:30:00'],
    ['2024-06-30T23:30:00-08:00', '2024-06-30 23:30:00'],
    ['2024-07-01T00:10:00+0600', '2024-07-01 00:10:00'],
    ['2024-07-01T00:10:00.123Z', '2024-07-01 00:10:00'],
  ])('keeps the wall clock of %s and ignores the offset', (input, expected) => {
    expect(dt(parseDateTime(input))).toBe(expected);
  });

  it('reads a numeric string as an Excel serial', () => {
    expect(dt(parseDateTime('45473.5'))).toBe('2024-06-30 12:00:00');
    expect(dt(parseDateTime('45474'))).toBe('2024-07-01 00:00:00');
    expect(dt(parseDateTime('45473,75'))).toBe('2024-06-30 18:00:00');
  });

  it('round-trips its own stored format', () => {
    const r = parseDateTime('2024-02-29 07:08:09');
    expect(r.ok && formatDateTime(r.value)).toBe('2024-02-29 07:08:09');
  });

  it.each([
    '31.02.2024',
    '29.02.2023',
    '29.02.1900',
    '31.04.2024',
    '00.06.2024',
    '32.01.2024',
    '15.13.2024',
    '15.00.2024',
    '30.06.2024 24:00',
    '30.06.2024 23:60',
    '30.06.2024 23:59:60',
    '2024-13-01',
    '2023-02-29T10:00',
    '2024-06-30T25:00:00Z',
    '0000-01-01',
  ])('%s is impossible', (input) => {
    expect(parseDateTime(input)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each([
    '',
    '   ',
    'вчера',
    '30.06',
    '1,07',
    '99',
    '30.06.2024 23',
    '30.06.2024 23:5',
    '30.06-2024',
    '30.06.202',
    '2024-06-30 23:59 extra',
    '06/30/2024 1:00 PM',
    '-45473',
    '45473.',
    '1e5',
  ])('%j is unparseable', (input) => {
    expect(parseDateTime(input)).toEqual({ ok: false, reason: 'unparseable' });
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(dt(parseDateTime('29.02.2024'))).toBe('2024-02-29 00:00:00');
    expect(dt(parseDateTime('29.02.2000'))).toBe('2000-02-29 00:00:00');
    expect(parseDateTime('29.02.2100')).toEqual({ ok: false, reason: 'impossible' });
  });
});

describe('parseDateTime: Excel serials', () => {
  it('converts whole days and fractions', () => {
    expect(dt(parseDateTime(S_2024_06_30))).toBe('2024-06-30 00:00:00');
    expect(dt(parseDateTime(S_2024_06_30 + 0.5))).toBe('2024-06-30 12:00:00');
    expect(dt(parseDateTime(S_2024_06_30 + 0.25 + 30 / 1440))).toBe('2024-06-30 06:30:00');
  });

  it('rounds to the nearest second', () => {
    expect(dt(parseDateTime(S_2024_06_30 + 10.4 * ONE_SECOND))).toBe('2024-06-30 00:00:10');
    expect(dt(parseDateTime(S_2024_06_30 + 10.6 * ONE_SECOND))).toBe('2024-06-30 00:00:11');
    // 12:34:56 computed the way Excel does, with its floating-point error.
    expect(dt(parseDateTime(S_2024_06_30 + (12 * 3600 + 34 * 60 + 56) / 86_400))).toBe('2024-06-30 12:34:56');
  });

  it('never pushes the last second of a day into the next day', () => {
    expect(dt(parseDateTime(0.999988425925926 + S_2024_06_30))).toBe('2024-06-30 23:59:59');
    expect(dt(parseDateTime(45473.99998842592))).toBe('2024-06-30 23:59:59');
    expect(dt(parseDateTime(S_2024_06_30 + 86_399.7 * ONE_SECOND))).toBe('2024-06-30 23:59:59');
    expect(dt(parseDateTime(45473.9999999))).toBe('2024-06-30 23:59:59');
  });

  it('reads a serial a hair below midnight as that midnight', () => {
    expect(dt(parseDateTime(S_2024_07_01 - 1e-11))).toBe('2024-07-01 00:00:00');
  });

  it('handles the 1900 leap-year bug: serial 60 is the phantom 29.02.1900', () => {
    expect(dt(parseDateTime(1))).toBe('1900-01-01 00:00:00');
    expect(dt(parseDateTime(59))).toBe('1900-02-28 00:00:00');
    expect(parseDateTime(60)).toEqual({ ok: false, reason: 'impossible' });
    expect(dt(parseDateTime(61))).toBe('1900-03-01 00:00:00');
    expect(parseDateTime(0)).toEqual({ ok: false, reason: 'impossible' });
  });

  it('supports the 1904 date system', () => {
    expect(dt(parseDateTime(0, { date1904: true }))).toBe('1904-01-01 00:00:00');
    expect(dt(parseDateTime(S_2024_06_30 - 1462, { date1904: true }))).toBe('2024-06-30 00:00:00');
    expect(dt(parseDateTime(S_2024_07_01 - 1462 + 0.5, { date1904: true }))).toBe('2024-07-01 12:00:00');
    expect(dt(parseDateTime(String(S_2024_06_30 - 1462), { date1904: true }))).toBe('2024-06-30 00:00:00');
    expect(dt(parseDateTime(S_2024_06_30 - 1462))).toBe('2020-06-29 00:00:00');
  });

  it('rejects serials outside Excel’s calendar', () => {
    expect(parseDateTime(-1)).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDateTime(2_958_466)).toEqual({ ok: false, reason: 'impossible' });
    expect(dt(parseDateTime(2_958_465))).toBe('9999-12-31 00:00:00');
    expect(parseDateTime(Number.NaN)).toEqual({ ok: false, reason: 'unparseable' });
    expect(parseDateTime(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'unparseable' });
  });

  it('agrees with a UTC day count for every 97th day from 1900-03-01 to 9999', () => {
    const base = Date.UTC(1899, 11, 30);
    for (let serial = 61; serial <= 2_958_465; serial += 97) {
      const r = parseDateTime(serial);
      const d = new Date(base + serial * 86_400_000);
      expect(r.ok && formatDate(r.value)).toBe(d.toISOString().slice(0, 10));
    }
  });

  // SheetJS truncates fractions of a second where we round, so the times here are whole seconds.
  it('agrees with SheetJS on dates and times', () => {
    for (const serial of [
      1,
      59,
      61,
      366,
      25_569,
      36_526.5,
      44_197.75,
      45_473 + 86_399 / 86_400,
      45_657.125,
    ]) {
      const r = parseDateTime(serial);
      const p = XLSX.SSF.parse_date_code(serial);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect([
        r.value.year,
        r.value.month,
        r.value.day,
        r.value.hour,
        r.value.minute,
        r.value.second,
      ]).toEqual([p.y, p.m, p.d, p.H, p.M, p.S]);
    }
    const r1904 = parseDateTime(40_000.5, { date1904: true });
    const p1904 = XLSX.SSF.parse_date_code(40_000.5, { date1904: true });
    expect(r1904.ok && [r1904.value.year, r1904.value.month, r1904.value.day, r1904.value.hour]).toEqual([
      p1904.y,
      p1904.m,
      p1904.d,
      p1904.H,
    ]);
  });
});

describe('parseDate', () => {
  it('keeps the date and drops a time', () => {
    expect(parseDate('15.03.1985')).toEqual({ ok: true, value: { year: 1985, month: 3, day: 15 } });
    expect(parseDate('15.03.1985 0:00:00')).toEqual({ ok: true, value: { year: 1985, month: 3, day: 15 } });
    expect(parseDate('1985-03-15T00:00:00Z')).toEqual({ ok: true, value: { year: 1985, month: 3, day: 15 } });
    expect(parseDate(31_121)).toEqual({ ok: true, value: { year: 1985, month: 3, day: 15 } });
    expect(parseDate(31_121 - 1462, { date1904: true })).toEqual({
      ok: true,
      value: { year: 1985, month: 3, day: 15 },
    });
  });

  it('passes rejections through', () => {
    expect(parseDate('31.02.1985')).toEqual({ ok: false, reason: 'impossible' });
    expect(parseDate('не указано')).toEqual({ ok: false, reason: 'unparseable' });
  });
});

describe('formatting', () => {
  it('pads every part', () => {
    expect(formatDateTime({ year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5 })).toBe(
      '2024-01-02 03:04:05',
    );
    expect(formatDate({ year: 987, month: 12, day: 31 })).toBe('0987-12-31');
  });

  it('sorts as text in time order', () => {
    const a = formatDateTime({ year: 2024, month: 9, day: 30, hour: 23, minute: 0, second: 0 });
    const b = formatDateTime({ year: 2024, month: 10, day: 1, hour: 0, minute: 0, second: 0 });
    expect(a < b).toBe(true);
  });
});

describe('quarters', () => {
  function quarterOfInput(v: string | number): string {
    const r = parseDateTime(v);
    if (!r.ok) throw new Error(`${v}: ${r.reason}`);
    return quarterOf(r.value);
  }

  it.each([
    ['31.03.2024 23:59', '2024-Q1'],
    ['01.04.2024 00:00', '2024-Q2'],
    ['30.06.2024 23:59', '2024-Q2'],
    ['30.06.2024 23:59:59', '2024-Q2'],
    ['01.07.2024 00:00', '2024-Q3'],
    ['30.09.2024 23:59:59', '2024-Q3'],
    ['01.10.2024 00:00', '2024-Q4'],
    ['31.12.2024 23:59:59', '2024-Q4'],
    ['01.01.2025 00:00', '2025-Q1'],
    ['2024-06-30T23:59:59+05:00', '2024-Q2'],
    ['2024-06-30T23:59:59-12:00', '2024-Q2'],
    ['2024-07-01T00:00:00+14:00', '2024-Q3'],
  ])('%s is in %s', (input, quarter) => {
    expect(quarterOfInput(input)).toBe(quarter);
  });

  it('puts serials on the right side of quarter boundaries', () => {
    expect(quarterOfInput(S_2024_06_30 + 23 / 24 + 59 / 1440)).toBe('2024-Q2');
    expect(quarterOfInput(S_2024_06_30 + 0.999988425925926)).toBe('2024-Q2');
    expect(quarterOfInput(S_2024_07_01)).toBe('2024-Q3');
    expect(quarterOfInput(S_2024_12_31 + 0.999988425925926)).toBe('2024-Q4');
    expect(quarterOfInput(S_2025_01_01)).toBe('2025-Q1');
    expect(quarterOfInput(String(S_2024_06_30 + 0.999988425925926))).toBe('2024-Q2');
    expect(quarterOfInput(String(S_2024_07_01))).toBe('2024-Q3');
  });

  it('puts 1904-system serials on the right side too', () => {
    const r = parseDateTime(S_2024_06_30 - 1462 + 0.999988425925926, { date1904: true });
    expect(r.ok && quarterOf(r.value)).toBe('2024-Q2');
    const s = parseDateTime(S_2024_07_01 - 1462, { date1904: true });
    expect(s.ok && quarterOf(s.value)).toBe('2024-Q3');
  });

  it('parses 2024-Q3 and 2024Q3 in any case', () => {
    expect(parseQuarter('2024-Q3')).toEqual({ year: 2024, quarter: 3 });
    expect(parseQuarter('2024q1')).toEqual({ year: 2024, quarter: 1 });
    expect(parseQuarter(' 2025-q4 ')).toEqual({ year: 2025, quarter: 4 });
    expect(parseQuarter(quarterOf({ year: 2024, month: 8, day: 1 }))).toEqual({ year: 2024, quarter: 3 });
  });

  it.each(['2024-Q5', '2024-Q0', 'Q3 2024', '3/2024', '24-Q3', '2024-3', ''])('rejects %j', (s) => {
    expect(parseQuarter(s)).toBeNull();
  });
});
