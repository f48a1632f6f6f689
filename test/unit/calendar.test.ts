// The quarter's calendar: Kazakhstan's working days of 2024–2026 and the deadlines of §3, §5 and
// §16 of the Methodology. Every expected date here was worked out by hand from a printed calendar, not
// from the code under test.
import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  quarterCalendar,
  quarterDeadlines,
  spravkaStep,
} from '../../src-main/calendar/deadlines';
import { dayOffReason, holidaysOf, YEARS } from '../../src-main/calendar/holidays';
import {
  addWorkingDays,
  isCalendarKnown,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src-main/calendar/working-days';
import type { QuarterApproval, StatusEvent } from '../../src-main/shared/calendar';
import { dayNumber, formatDate, fromDayNumber, isoDate, isoWeekday } from '../../src-main/shared/dates';

const d = isoDate;
const working = (s: string) => isWorkingDay(d(s));

/** The holidays and religious days off of each year, as the Law on holidays and Labour Code art. 84 set them. */
const HOLIDAYS: Record<number, [string, string][]> = {
  2024: [
    ['2024-01-01', 'newYear'],
    ['2024-01-02', 'newYear'],
    ['2024-01-07', 'christmas'],
    ['2024-03-08', 'womensDay'],
    ['2024-03-21', 'nauryz'],
    ['2024-03-22', 'nauryz'],
    ['2024-03-23', 'nauryz'],
    ['2024-05-01', 'unity'],
    ['2024-05-07', 'defender'],
    ['2024-05-09', 'victory'],
    ['2024-06-16', 'kurbanAit'],
    ['2024-07-06', 'capital'],
    ['2024-08-30', 'constitution'],
    ['2024-10-25', 'republic'],
    ['2024-12-16', 'independence'],
  ],
  2025: [
    ['2025-01-01', 'newYear'],
    ['2025-01-02', 'newYear'],
    ['2025-01-07', 'christmas'],
    ['2025-03-08', 'womensDay'],
    ['2025-03-21', 'nauryz'],
    ['2025-03-22', 'nauryz'],
    ['2025-03-23', 'nauryz'],
    ['2025-05-01', 'unity'],
    ['2025-05-07', 'defender'],
    ['2025-05-09', 'victory'],
    ['2025-06-06', 'kurbanAit'],
    ['2025-07-06', 'capital'],
    ['2025-08-30', 'constitution'],
    ['2025-10-25', 'republic'],
    ['2025-12-16', 'independence'],
  ],
  // No Constitution Day in 2026: 30 August stopped being one, 15 March is kept from 2027.
  2026: [
    ['2026-01-01', 'newYear'],
    ['2026-01-02', 'newYear'],
    ['2026-01-07', 'christmas'],
    ['2026-03-08', 'womensDay'],
    ['2026-03-21', 'nauryz'],
    ['2026-03-22', 'nauryz'],
    ['2026-03-23', 'nauryz'],
    ['2026-05-01', 'unity'],
    ['2026-05-07', 'defender'],
    ['2026-05-09', 'victory'],
    ['2026-05-27', 'kurbanAit'],
    ['2026-07-06', 'capital'],
    ['2026-10-25', 'republic'],
    ['2026-12-16', 'independence'],
  ],
};

/** The weekday off after a holiday that fell on a Saturday or Sunday (art. 5 of the Law on holidays). */
const MOVED: [string, string][] = [
  ['2024-03-25', '2024-03-23'], // Nauryz, Saturday
  ['2024-07-08', '2024-07-06'], // Capital Day, Saturday
  ['2025-03-10', '2025-03-08'], // Women's Day, Saturday
  ['2025-03-24', '2025-03-22'], // Nauryz, Saturday
  ['2025-03-25', '2025-03-23'], // Nauryz, Sunday: Monday 24 is already off
  ['2025-07-07', '2025-07-06'], // Capital Day, Sunday
  ['2025-09-01', '2025-08-30'], // Constitution Day, Saturday
  ['2025-10-27', '2025-10-25'], // Republic Day, Saturday
  ['2026-03-09', '2026-03-08'], // Women's Day, Sunday
  ['2026-03-24', '2026-03-21'], // Nauryz, Saturday; Monday 23 is a Nauryz day itself
  ['2026-03-25', '2026-03-22'], // Nauryz, Sunday
  ['2026-05-11', '2026-05-09'], // Victory Day, Saturday
  ['2026-10-26', '2026-10-25'], // Republic Day, Sunday
];

describe('day arithmetic', () => {
  it('agrees with the proleptic Gregorian calendar, with no time zone', () => {
    for (let n = -700_000; n <= 800_000; n += 997) {
      const date = fromDayNumber(n);
      expect(formatDate(date)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      expect(dayNumber(date)).toBe(n);
    }
    expect(isoWeekday(d('2026-11-23'))).toBe(1);
    expect(isoWeekday(d('2024-01-07'))).toBe(7);
  });
});

describe('the holidays of 2024–2026', () => {
  it.each([2024, 2025, 2026])('%i: every holiday and religious day off is a non-working day', (year) => {
    const expected = HOLIDAYS[year] ?? [];
    expect(holidaysOf(year).map((h) => [formatDate(h.date), h.kind])).toEqual(expected);
    for (const [date, kind] of expected) {
      expect(working(date), date).toBe(false);
      expect(dayOffReason(d(date)), date).toEqual({ reason: 'holiday', holiday: kind });
    }
  });

  it('drops 17 December since 2022 and Constitution Day on 30 August from 2026', () => {
    expect(working('2024-12-17')).toBe(true);
    expect(working('2025-12-17')).toBe(true);
    expect(working('2026-12-17')).toBe(true);
    // 30 August 2026 is a Sunday: were it still a holiday, Monday 31 would be off.
    expect(working('2026-08-31')).toBe(true);
    expect(dayOffReason(d('2027-03-15'))).toEqual({ reason: 'holiday', holiday: 'constitution' });
  });
});

describe('the weekend rule', () => {
  it.each(MOVED)('%s is off for the holiday of %s', (date, from) => {
    expect([6, 7]).toContain(isoWeekday(d(from)));
    expect(working(date)).toBe(false);
    expect(dayOffReason(d(date))).toMatchObject({ reason: 'moved', from: d(from) });
  });

  it('moves nothing else: every weekday off of 2024–2026 is a holiday, a moved one or a transfer', () => {
    const moved = new Set(MOVED.map(([date]) => date));
    const holidays = new Set(Object.values(HOLIDAYS).flatMap((list) => list.map(([date]) => date)));
    const transfers = new Set(['2024-05-08', '2025-01-03']);
    const off: string[] = [];
    for (let n = dayNumber(d('2024-01-01')); n <= dayNumber(d('2026-12-31')); n++) {
      const date = formatDate(fromDayNumber(n));
      if (isoWeekday(d(date)) <= 5 && !working(date)) off.push(date);
    }
    expect(off.filter((x) => !moved.has(x) && !holidays.has(x) && !transfers.has(x))).toEqual([]);
    expect(off.filter((x) => moved.has(x))).toEqual([...moved]);
  });

  it('never moves Orthodox Christmas or Kurban ait (Labour Code art. 84 p. 5)', () => {
    // 7 January 2024 and Kurban ait 2024 (16 June) were Sundays: the Mondays after were working days.
    expect(working('2024-01-08')).toBe(true);
    expect(working('2024-06-17')).toBe(true);
  });

  it('applies to a year without data too, by the fixed rules alone', () => {
    // 2027: New Year's 2 January is a Saturday, so Monday 4 January is off.
    expect(working('2027-01-04')).toBe(false);
    expect(dayOffReason(d('2027-01-04'))).toMatchObject({ reason: 'moved', holiday: 'newYear' });
    expect(isCalendarKnown(d('2027-01-04'))).toBe(false);
    expect(isCalendarKnown(d('2023-12-29'))).toBe(false);
    expect(isCalendarKnown(d('2024-01-01'))).toBe(true);
    expect(isCalendarKnown(d('2026-12-31'))).toBe(true);
  });
});

describe('the transfer orders', () => {
  it('2024: Saturday 4 May worked, Wednesday 8 May off (order of 17.04.2024)', () => {
    expect(working('2024-05-04')).toBe(true);
    expect(working('2024-05-08')).toBe(false);
    expect(dayOffReason(d('2024-05-08'))).toMatchObject({ reason: 'transfer' });
  });

  it('2025: Sunday 5 January worked, Friday 3 January off (order «О переносе дня отдыха в 2025 году»)', () => {
    expect(working('2025-01-05')).toBe(true);
    expect(working('2025-01-03')).toBe(false);
    expect(dayOffReason(d('2025-01-03'))).toMatchObject({ reason: 'transfer' });
  });

  it('2026: none known', () => {
    expect(YEARS[2026]).toMatchObject({ workingWeekendDays: [], extraDaysOff: [] });
  });

  it('cites the act for each one', () => {
    for (const data of Object.values(YEARS)) {
      for (const t of [...data.workingWeekendDays, ...data.extraDaysOff])
        expect(t.act).toMatch(/Adilet G\d{2}G/);
    }
  });

  it('gives the years their working-day balance', () => {
    const count = (year: number) => workingDaysBetween(d(`${year - 1}-12-31`), d(`${year}-12-31`));
    // 262 weekdays − 14 off + Saturday 4 May.
    expect(count(2024)).toBe(249);
    // 261 weekdays − 16 off + Sunday 5 January.
    expect(count(2025)).toBe(246);
    // 261 weekdays − 14 off: the figure reported for 2026.
    expect(count(2026)).toBe(247);
  });
});

describe('counting working days', () => {
  it('across New Year 2025: 1–4 January off, Sunday 5 worked, 7 January off', () => {
    expect(workingDaysBetween(d('2024-12-31'), d('2025-01-10'))).toBe(5);
    expect(nextWorkingDay(d('2024-12-31'))).toEqual(d('2025-01-05'));
    expect(addWorkingDays(d('2024-12-31'), 3)).toEqual(d('2025-01-08'));
  });

  it('across New Year 2026', () => {
    expect(nextWorkingDay(d('2025-12-31'))).toEqual(d('2026-01-05'));
    expect(workingDaysBetween(d('2025-12-31'), d('2026-01-09'))).toBe(4);
  });

  it('across Nauryz 2026: 21–25 March off', () => {
    expect(workingDaysBetween(d('2026-03-20'), d('2026-03-27'))).toBe(2);
    expect(nextWorkingDay(d('2026-03-20'))).toEqual(d('2026-03-26'));
    expect(addWorkingDays(d('2026-03-26'), -1)).toEqual(d('2026-03-20'));
  });

  it('across Nauryz 2025 and 2024', () => {
    // 21 March 2025 a Friday, 22–23 on the weekend, so 24 and 25 off: 26, 27, 28 and 31 March.
    expect(workingDaysBetween(d('2025-03-20'), d('2025-03-31'))).toBe(4);
    expect(workingDaysBetween(d('2024-03-20'), d('2024-03-29'))).toBe(4);
  });

  it('across the May holidays of 2024 and 2026', () => {
    // 2 and 3 May, Saturday 4 May (worked), 6 May, 10 May.
    expect(workingDaysBetween(d('2024-04-30'), d('2024-05-10'))).toBe(5);
    // 4–6 May, 8 May and 12 May; 11 May is off for Victory Day on Saturday 9.
    expect(workingDaysBetween(d('2026-04-30'), d('2026-05-12'))).toBe(5);
  });

  it('counts backwards as a negative number, and adds what it counts', () => {
    // Backwards, the days from `to` (included) to `from` (excluded): 31 December, 5, 6, 8 and 9 January.
    expect(workingDaysBetween(d('2025-01-10'), d('2024-12-31'))).toBe(-5);
    // From a day off, one working day back is Friday 20 March 2026.
    expect(workingDaysBetween(d('2026-03-24'), d('2026-03-20'))).toBe(-1);
    expect(workingDaysBetween(d('2025-01-10'), d('2025-01-10'))).toBe(0);
    for (let n = dayNumber(d('2024-01-01')); n <= dayNumber(d('2026-12-31')); n += 17) {
      for (const k of [-12, -1, 1, 3, 10]) {
        expect(workingDaysBetween(fromDayNumber(n), addWorkingDays(fromDayNumber(n), k))).toBe(k);
      }
    }
    expect(addWorkingDays(d('2024-05-05'), 0)).toEqual(d('2024-05-05'));
  });
});

/** Quarter → [analysis (§3), 10th working day (§5), posting (§16)], from the calendars above by hand. */
const DEADLINES: [string, string, string, string][] = [
  ['2024-Q1', '2024-04-05', '2024-04-12', '2024-04-25'],
  // 5 October 2024 is a Saturday; 25 October 2024 is Republic Day.
  ['2024-Q2', '2024-07-05', '2024-07-15', '2024-07-25'],
  ['2024-Q3', '2024-10-04', '2024-10-14', '2024-10-24'],
  // Sunday 5 January 2025 was a working day; 25 January 2025 is a Saturday.
  ['2024-Q4', '2025-01-05', '2025-01-17', '2025-01-24'],
  ['2025-Q1', '2025-04-04', '2025-04-14', '2025-04-25'],
  // Monday 7 July 2025 is off for Capital Day on Sunday 6.
  ['2025-Q2', '2025-07-04', '2025-07-15', '2025-07-25'],
  ['2025-Q3', '2025-10-03', '2025-10-14', '2025-10-24'],
  ['2025-Q4', '2026-01-05', '2026-01-19', '2026-01-23'],
  ['2026-Q1', '2026-04-03', '2026-04-14', '2026-04-24'],
  ['2026-Q2', '2026-07-03', '2026-07-15', '2026-07-24'],
  // 25 October 2026, Republic Day, is a Sunday.
  ['2026-Q3', '2026-10-05', '2026-10-14', '2026-10-23'],
  // In 2027 by the fixed rules: 1 January Friday, 2 Saturday (Monday 4 off), 7 January Thursday.
  ['2026-Q4', '2027-01-05', '2027-01-19', '2027-01-25'],
];

describe('the deadlines of a quarter', () => {
  it.each(DEADLINES)(
    '%s: analysis %s, 10 working days %s, posting %s',
    (quarter, analysis, limit, posting) => {
      const q = quarterDeadlines(quarter);
      expect([q.analysis.date, q.limit.date, q.posting.date].map(formatDate)).toEqual([
        analysis,
        limit,
        posting,
      ]);
      for (const date of [analysis, limit, posting]) expect(working(date), date).toBe(true);
      // The 10 working days start on the first working day after the quarter and end on the 10th.
      expect(workingDaysBetween(q.quarterEnd, q.limit.date)).toBe(10);
      expect(workingDaysBetween(q.quarterEnd, q.workStarts)).toBe(1);
    },
  );

  it('keeps the day the Methodology writes when it moves the deadline', () => {
    const q = quarterCalendar('2024-Q3', null, d('2024-09-01'), { events: [], approvals: [] });
    expect(q.deadlines.map((x) => [x.kind, x.date, x.written])).toEqual([
      ['analysis', '2024-10-04', '2024-10-05'],
      ['limit', '2024-10-14', null],
      ['posting', '2024-10-24', '2024-10-25'],
    ]);
    expect(q.quarterEnd).toBe('2024-09-30');
    expect(q.workStarts).toBe('2024-10-01');
    expect(
      quarterCalendar('2026-Q3', null, d('2026-09-01'), { events: [], approvals: [] }).deadlines[0],
    ).toMatchObject({
      date: '2026-10-05',
      written: null,
    });
  });

  it('says when a year has no transfer data', () => {
    expect(quarterDeadlines('2026-Q3').unknownYears).toEqual([]);
    expect(quarterDeadlines('2026-Q4').unknownYears).toEqual([2027]);
    const q = quarterCalendar('2026-Q4', null, d('2026-12-01'), { events: [], approvals: [] });
    expect(q.warnings).toContainEqual({ code: 'calendarUnknown', years: [2027] });
  });
});

describe('near and missed', () => {
  // 2026-Q3's analysis is due Monday 5 October 2026.
  const due = d('2026-10-05');
  it.each([
    ['2026-09-30', 'ok', 3],
    ['2026-10-01', 'near', 2],
    ['2026-10-02', 'near', 1],
    ['2026-10-03', 'near', 1], // a Saturday: only Monday is left
    ['2026-10-05', 'near', 0], // the day itself
    ['2026-10-06', 'missed', -1],
    ['2026-10-12', 'missed', -5],
  ] as const)('on %s it is %s, %i working days left', (today, state, left) => {
    expect(deadlineState(due, d(today), null)).toEqual({ state, workingDaysLeft: left });
  });

  it('is done once recorded, in time or late', () => {
    expect(deadlineState(due, d('2026-10-12'), d('2026-10-02')).state).toBe('done');
    const submitted: StatusEvent = { status: 'submitted', at: '2026-10-07 11:00:00', by: 'analyst' };
    const q = quarterCalendar('2026-Q3', null, d('2026-10-12'), { events: [submitted], approvals: [] });
    expect(q.deadlines.map((x) => [x.kind, x.state, x.doneAt, x.late])).toEqual([
      ['analysis', 'done', '2026-10-07 11:00:00', true],
      ['limit', 'done', '2026-10-07 11:00:00', false],
      ['posting', 'ok', null, false],
    ]);
    expect(q.status).toBe('submitted');
    expect(q.warnings).toEqual([]);
  });

  it('warns of each deadline near or missed', () => {
    // Wednesday 21 October 2026: analysis and the 10 days passed, posting (Friday 23) two working days away.
    const q = quarterCalendar('2026-Q3', null, d('2026-10-21'), { events: [], approvals: [] });
    expect(q.warnings).toEqual([
      { code: 'missed', deadline: 'analysis', date: '2026-10-05', workingDaysLeft: -12 },
      { code: 'missed', deadline: 'limit', date: '2026-10-14', workingDaysLeft: -5 },
      { code: 'near', deadline: 'posting', date: '2026-10-23', workingDaysLeft: 2 },
    ]);
  });
});

describe('the steps of a справка', () => {
  const submitted: StatusEvent = { status: 'submitted', at: '2026-10-02 10:00:00', by: 'a' };
  const posted: StatusEvent = { status: 'posted', at: '2026-10-20 10:00:00', by: 'a' };
  const approval: QuarterApproval = { lang: 'kk', compare: 'previous', at: '2026-10-15 10:00:00', by: 'b' };
  it('goes draft → submitted → approved → posted', () => {
    expect(spravkaStep({ events: [], approvals: [] })).toBe('draft');
    expect(spravkaStep({ events: [submitted], approvals: [] })).toBe('submitted');
    expect(spravkaStep({ events: [submitted], approvals: [approval] })).toBe('approved');
    // Approved without a recorded submission: it was submitted, or the first head could not approve it.
    expect(spravkaStep({ events: [], approvals: [approval] })).toBe('approved');
    expect(spravkaStep({ events: [submitted, posted], approvals: [approval] })).toBe('posted');
  });

  it('counts an approval as the analysis done, and says when a posted справка lost its approval', () => {
    const q = quarterCalendar('2026-Q3', null, d('2026-10-21'), { events: [], approvals: [approval] });
    expect(q.deadlines[0]).toMatchObject({ state: 'done', late: true, doneAt: approval.at });
    const withdrawn = quarterCalendar('2026-Q3', null, d('2026-10-21'), {
      events: [submitted, posted],
      approvals: [],
    });
    expect(withdrawn.status).toBe('posted');
    expect(withdrawn.deadlines[2]).toMatchObject({ state: 'done', late: false });
    expect(withdrawn.warnings).toEqual([{ code: 'approvalWithdrawn' }]);
  });
});
