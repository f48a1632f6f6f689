// The deadlines of a quarter's справка (Methodology 114-НҚ):
// - §3: the analysis is done "не позднее 5 числа месяца, следующего за отчетным периодом";
// - §5: the analysis takes "не более 10 (десяти) рабочих дней";
// - §16: the approved справка is posted to the intranet portal "не позднее двадцать пятого числа" of that month.
//
// A 5th or 25th that is not a working day becomes the last working day before it. "Не позднее" sets the
// latest day; the work and the signature happen on working days, so the last working day on or before the
// written day is the latest day it can actually be done by. The Civil Code's rule for civil-law terms
// (art. 173: a term ending on a non-working day ends on the next working day) would give a later date
// than the Methodology writes; the app never shows a deadline later than the one in the text.
//
// The 10 working days are counted from the first working day after the quarter ends: the quarter's
// requests are all in by then (§9), and the count ends on the 10th working day, that day included.
import type {
  CalendarWarning,
  Deadline,
  DeadlineKind,
  DeadlineState,
  QuarterApproval,
  QuarterCalendar,
  SpravkaStep,
  StatusEvent,
} from '../shared/calendar';
import { NEAR_WORKING_DAYS } from '../shared/calendar';
import type { LocalDate } from '../shared/domain';
import {
  addWorkingDays,
  isCalendarKnown,
  nextWorkingDay,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './working-days';
import { parseQuarter, compareDates, formatDate, lastDayOfMonth, parseIsoDate } from '../shared/dates';

export const ANALYSIS_DAY = 5;
export const LIMIT_WORKING_DAYS = 10;
export const POSTING_DAY = 25;

export interface QuarterDeadlines {
  quarterEnd: LocalDate;
  /** The first working day after the quarter: day 1 of the 10. */
  workStarts: LocalDate;
  analysis: { date: LocalDate; written: LocalDate };
  limit: { date: LocalDate };
  posting: { date: LocalDate; written: LocalDate };
  /** Years the dates fall in that have no data on Kurban ait and transfers. */
  unknownYears: number[];
}

/** The latest working day on or before the written day; never on or before the quarter's last day. */
function byWritten(written: LocalDate, quarterEnd: LocalDate): LocalDate {
  const d = workingDayOnOrBefore(written);
  // Only a month whose first days are all off could do that; the work cannot end before it starts.
  return compareDates(d, quarterEnd) > 0 ? d : nextWorkingDay(written);
}

export function quarterDeadlines(quarter: string): QuarterDeadlines {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  const quarterEnd = lastDayOfMonth(q.year, q.quarter * 3);
  const next = q.quarter === 4 ? { year: q.year + 1, month: 1 } : { year: q.year, month: q.quarter * 3 + 1 };
  const analysisWritten = { ...next, day: ANALYSIS_DAY };
  const postingWritten = { ...next, day: POSTING_DAY };
  const analysis = byWritten(analysisWritten, quarterEnd);
  const limit = addWorkingDays(quarterEnd, LIMIT_WORKING_DAYS);
  const posting = byWritten(postingWritten, quarterEnd);
  const unknownYears = [
    ...new Set([analysis, limit, posting].filter((d) => !isCalendarKnown(d)).map((d) => d.year)),
  ];
  return {
    quarterEnd,
    workStarts: nextWorkingDay(quarterEnd),
    analysis: { date: analysis, written: analysisWritten },
    limit: { date: limit },
    posting: { date: posting, written: postingWritten },
    unknownYears,
  };
}

/** Where a deadline stands on `today`, given the day what it asks for was done, if it was. */
export function deadlineState(
  date: LocalDate,
  today: LocalDate,
  doneOn: LocalDate | null,
): { state: DeadlineState; workingDaysLeft: number } {
  const workingDaysLeft = workingDaysBetween(today, date);
  if (doneOn) return { state: 'done', workingDaysLeft };
  if (compareDates(today, date) > 0) return { state: 'missed', workingDaysLeft };
  return { state: workingDaysLeft <= NEAR_WORKING_DAYS ? 'near' : 'ok', workingDaysLeft };
}

/** What is recorded of a quarter's справка: the steps taken by hand and the approvals in force. */
export interface QuarterRecord {
  events: StatusEvent[];
  approvals: QuarterApproval[];
}

export function spravkaStep(record: QuarterRecord): SpravkaStep {
  if (record.events.some((e) => e.status === 'posted')) return 'posted';
  if (record.approvals.length > 0) return 'approved';
  if (record.events.some((e) => e.status === 'submitted')) return 'submitted';
  return 'draft';
}

const earliest = (stamps: string[]): string | null => [...stamps].sort()[0] ?? null;
const dayOf = (stamp: string): LocalDate | null => parseIsoDate(stamp.slice(0, 10));

/**
 * The analysis (and its 10 days) is done once the справка went to the first head: submitted, or already
 * approved or posted. Posting is done once posted.
 */
function doneAt(kind: DeadlineKind, record: QuarterRecord): string | null {
  const posted = record.events.filter((e) => e.status === 'posted').map((e) => e.at);
  if (kind === 'posting') return earliest(posted);
  const submitted = record.events.filter((e) => e.status === 'submitted').map((e) => e.at);
  return earliest([...submitted, ...record.approvals.map((a) => a.at), ...posted]);
}

/** The whole calendar of a quarter on `today`: its deadlines, where the справка stands, what to warn of. */
export function quarterCalendar(
  quarter: string,
  center: string | null,
  today: LocalDate,
  record: QuarterRecord,
): QuarterCalendar {
  const d = quarterDeadlines(quarter);
  const dates: [DeadlineKind, LocalDate, LocalDate | null][] = [
    ['analysis', d.analysis.date, d.analysis.written],
    ['limit', d.limit.date, null],
    ['posting', d.posting.date, d.posting.written],
  ];
  const deadlines: Deadline[] = dates.map(([kind, date, written]) => {
    const at = doneAt(kind, record);
    const doneOn = at === null ? null : dayOf(at);
    const { state, workingDaysLeft } = deadlineState(date, today, doneOn);
    return {
      kind,
      date: formatDate(date),
      written: written && compareDates(written, date) !== 0 ? formatDate(written) : null,
      workingDaysLeft,
      state,
      doneAt: at,
      late: doneOn !== null && compareDates(doneOn, date) > 0,
    };
  });
  const status = spravkaStep(record);
  const warnings: CalendarWarning[] = deadlines
    .filter((x) => x.state === 'near' || x.state === 'missed')
    .map((x) => ({
      code: x.state as 'near' | 'missed',
      deadline: x.kind,
      date: x.date,
      workingDaysLeft: x.workingDaysLeft,
    }));
  if (d.unknownYears.length > 0) warnings.push({ code: 'calendarUnknown', years: d.unknownYears });
  if (status === 'posted' && record.approvals.length === 0) warnings.push({ code: 'approvalWithdrawn' });
  return {
    quarter,
    center,
    today: formatDate(today),
    quarterEnd: formatDate(d.quarterEnd),
    workStarts: formatDate(d.workStarts),
    deadlines,
    status,
    events: record.events,
    approvals: record.approvals,
    warnings,
  };
}
