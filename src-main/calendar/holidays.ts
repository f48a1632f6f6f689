// Kazakhstan's days off other than ordinary weekends, for the deadlines of §3–§5 and §16 of the Methodology
// (a five-day week, Saturday and Sunday off, as in state bodies).
//
// What the law says, and where:
// - Law of 13.12.2001 No. 267-II «О праздниках в Республике Казахстан» (Adilet Z010000267_), art. 1–2: the
//   national and state holidays (the FIXED table below); art. 5: holidays are non-working days, and
//   when a holiday falls on a day off, the next working day after it is a day off (the weekend rule,
//   applied in code by `daysOffOf`).
// - Labour Code of 23.11.2015, art. 84 p. 5: the first day of Kurban ait and 7 January (Orthodox Christmas)
//   are days off whatever the work regime. They are not national or state holidays, so the weekend rule
//   of the Law does not apply to them: on a Sunday, the Monday after is an ordinary working day (the
//   Ministry of Labour's explanation of 2019, Kurban ait on Sunday 11 August).
// - Labour Code art. 85 p. 3: to use working time rationally around holidays, the authorised body for
//   labour may move days off to other working days. Until 2023 this was a Government decree
//   («О переносе дней отдыха в … году»); since 2024 it is an order of the Minister of Labour and Social
//   Protection of Population. These transfers are data, year by year, in YEARS below.
// - Independence Day is 16 December alone since 2022 (17 December dropped); Republic Day (25 October) is a
//   national holiday again since 2022; First President Day (1 December) was a holiday 2012–2021.
// - Constitution Day: 30 August until 2025. The Constitution adopted at the referendum of 15 March 2026 makes
//   the day of its adoption the holiday; the Ministry of Labour said (Taspanews, 18.03.2026) that 30 August is
//   no longer a holiday from 2026 and 15 March is celebrated from 2027. So 2026 has no Constitution Day (31
//   August 2026, the Monday after, is a working day). The amending law itself was not read here.
import type { LocalDate } from '../shared/domain';
import { addDays, dayNumber, isoDate, isWeekend } from '../shared/dates';

export type HolidayKind =
  | 'newYear'
  | 'christmas'
  | 'womensDay'
  | 'nauryz'
  | 'unity'
  | 'defender'
  | 'victory'
  | 'capital'
  | 'constitution'
  | 'republic'
  | 'firstPresident'
  | 'independence'
  | 'kurbanAit';

interface FixedHoliday {
  month: number;
  day: number;
  kind: HolidayKind;
  /** The weekend rule applies (national and state holidays); not for the religious days off. */
  moves: boolean;
  from?: number;
  to?: number;
}

const FIXED: readonly FixedHoliday[] = [
  { month: 1, day: 1, kind: 'newYear', moves: true },
  { month: 1, day: 2, kind: 'newYear', moves: true },
  { month: 1, day: 7, kind: 'christmas', moves: false },
  { month: 3, day: 8, kind: 'womensDay', moves: true },
  { month: 3, day: 15, kind: 'constitution', moves: true, from: 2027 },
  { month: 3, day: 21, kind: 'nauryz', moves: true },
  { month: 3, day: 22, kind: 'nauryz', moves: true },
  { month: 3, day: 23, kind: 'nauryz', moves: true },
  { month: 5, day: 1, kind: 'unity', moves: true },
  { month: 5, day: 7, kind: 'defender', moves: true },
  { month: 5, day: 9, kind: 'victory', moves: true },
  { month: 7, day: 6, kind: 'capital', moves: true },
  { month: 8, day: 30, kind: 'constitution', moves: true, to: 2025 },
  { month: 10, day: 25, kind: 'republic', moves: true, from: 2022 },
  { month: 12, day: 1, kind: 'firstPresident', moves: true, from: 2012, to: 2021 },
  { month: 12, day: 16, kind: 'independence', moves: true },
  { month: 12, day: 17, kind: 'independence', moves: true, to: 2021 },
];

/** A day off or a working weekend day set by an act for one year. */
export interface Transfer {
  date: string;
  /** The act that set it, as cited. */
  act: string;
}

interface YearData {
  /** The first day of Kurban ait (lunar, set each year; a day off, never moved). */
  kurbanAit: string;
  /** Saturdays and Sundays worked because an act moved their rest to a weekday. */
  workingWeekendDays: readonly Transfer[];
  /** Weekdays off because an act moved a weekend's rest to them. */
  extraDaysOff: readonly Transfer[];
}

const ORDER_2024 =
  'Order of the acting Minister of Labour and Social Protection of Population of 17.04.2024 ' +
  '«О переносе дня отдыха в 2024 году» (Adilet G24G0000109)';
const ORDER_2025 =
  'Order of the Minister of Labour and Social Protection of Population «О переносе дня отдыха в 2025 году», ' +
  'November 2024 (Adilet G24G0000436)';

/**
 * The years whose Kurban ait and transfers are known. The weekend rule and the fixed holidays are not
 * repeated here: the code applies them to every year.
 */
export const YEARS: Readonly<Record<number, YearData>> = {
  2024: {
    kurbanAit: '2024-06-16', // a Sunday: Monday 17 June stays a working day
    // The rest of Saturday 4 May moved to Wednesday 8 May (7, 8 and 9 May off).
    workingWeekendDays: [{ date: '2024-05-04', act: ORDER_2024 }],
    extraDaysOff: [{ date: '2024-05-08', act: ORDER_2024 }],
  },
  2025: {
    kurbanAit: '2025-06-06',
    // The rest of Sunday 5 January moved to Friday 3 January (1–4 January off, Sunday 5 January worked).
    workingWeekendDays: [{ date: '2025-01-05', act: ORDER_2025 }],
    extraDaysOff: [{ date: '2025-01-03', act: ORDER_2025 }],
  },
  2026: {
    kurbanAit: '2026-05-27',
    // No transfer order for 2026 was found: the eGov calendar of 2026, as the press reported it on
    // 02.01.2026, lists only the weekend moves of the Law (9 March, 24–25 March, 11 May, 26 October). That gives 14 weekdays off and 247 working days, the figure reported for 2026 once
    // Constitution Day changed (not checked against an official text here). An order issued later belongs here.
    workingWeekendDays: [],
    extraDaysOff: [],
  },
};

export type DayOff =
  | { reason: 'holiday'; holiday: HolidayKind }
  /** The weekday after a holiday that fell on a weekend (art. 5 of the Law on holidays). */
  | { reason: 'moved'; holiday: HolidayKind; from: LocalDate }
  /** A weekday off by a transfer act. */
  | { reason: 'transfer'; act: string };

export interface YearCalendar {
  year: number;
  /** False when the year has no data: Kurban ait and any transfer are then unknown. */
  known: boolean;
  /** Weekdays and weekend days that are off beyond the ordinary weekend, by day number. */
  daysOff: ReadonlyMap<number, DayOff>;
  /** Weekend days that are working days by a transfer act, by day number. */
  workingWeekendDays: ReadonlySet<number>;
}

/** The national and state holidays and the religious days off of a year, in date order. */
export function holidaysOf(year: number): { date: LocalDate; kind: HolidayKind; moves: boolean }[] {
  const fixed = FIXED.filter((h) => (h.from ?? -Infinity) <= year && year <= (h.to ?? Infinity)).map((h) => ({
    date: { year, month: h.month, day: h.day },
    kind: h.kind,
    moves: h.moves,
  }));
  const data = YEARS[year];
  const kurban = data ? [{ date: isoDate(data.kurbanAit), kind: 'kurbanAit' as const, moves: false }] : [];
  return [...fixed, ...kurban].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

const cache = new Map<number, YearCalendar>();

export function daysOffOf(year: number): YearCalendar {
  const cached = cache.get(year);
  if (cached) return cached;
  const holidays = holidaysOf(year);
  const daysOff = new Map<number, DayOff>();
  for (const h of holidays) daysOff.set(dayNumber(h.date), { reason: 'holiday', holiday: h.kind });
  // In date order, each holiday on a weekend gives the first weekday after it that is not already off:
  // Nauryz on Saturday 21 and Sunday 22 March 2026, with Monday 23 a holiday itself, gives 24 and 25.
  for (const h of holidays) {
    if (!h.moves || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || daysOff.has(dayNumber(d))) d = addDays(d, 1);
    daysOff.set(dayNumber(d), { reason: 'moved', holiday: h.kind, from: h.date });
  }
  const data = YEARS[year];
  for (const t of data?.extraDaysOff ?? [])
    daysOff.set(dayNumber(isoDate(t.date)), { reason: 'transfer', act: t.act });
  const calendar: YearCalendar = {
    year,
    known: data !== undefined,
    daysOff,
    workingWeekendDays: new Set((data?.workingWeekendDays ?? []).map((t) => dayNumber(isoDate(t.date)))),
  };
  cache.set(year, calendar);
  return calendar;
}

/** Why a day is off beyond the ordinary weekend, or null. */
export function dayOffReason(d: LocalDate): DayOff | null {
  return daysOffOf(d.year).daysOff.get(dayNumber(d)) ?? null;
}
