// The statutory deadline of a request (analysis/quality/answers.ts), shared by the row judgement, the import's
// quality delta and the SQL recount of the quality rollups, which looks it up in a temporary table of the
// quarter's days: the working-day calendar lives in JavaScript, not in SQL.
import type Database from 'better-sqlite3';
import { addWorkingDays } from '../calendar/working-days';
import { addDays, formatDate, lastDayOfMonth, parseIsoDate, parseQuarter } from '../shared/dates';
import { REQUEST_TYPES, STATUTORY_WORKING_DAYS, type RequestType } from '../shared/quality';

/** The working days the statute gives a type (the untyped as 'other'); null: no written answer due. */
export const statutoryDays = (type: RequestType | null): number | null =>
  STATUTORY_WORKING_DAYS[type ?? 'other'];

const statutory = new Map<string, string>();

/** The `days`-th working day after the received date ('YYYY-MM-DD'), memoised per date and term. */
export function statutoryDeadline(received: string, days: number): string {
  const key = `${received}|${days}`;
  let d = statutory.get(key);
  if (d === undefined) {
    const from = parseIsoDate(received);
    if (!from) throw new Error(`not a date: ${received}`);
    d = formatDate(addWorkingDays(from, days));
    statutory.set(key, d);
  }
  return d;
}

/** `statutoryDays(request_type)` in SQL. */
export const TERM_SQL = `CASE coalesce(request_type, 'other') ${REQUEST_TYPES.map(
  (t) => `WHEN '${t}' THEN ${STATUTORY_WORKING_DAYS[t] ?? 'NULL'}`,
).join(' ')} END`;

const TERMS = [...new Set(Object.values(STATUTORY_WORKING_DAYS).filter((d): d is number => d !== null))];

/**
 * temp.quality_terms(day, days, due) holding the statutory deadline of every day of these quarters (a request's
 * quarter is its received day's) for every term, for the SQL recount to join.
 */
export function fillTerms(sqlite: Database.Database, quarters: Iterable<string>): void {
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS quality_terms (day TEXT NOT NULL, days INTEGER NOT NULL, due TEXT NOT NULL, PRIMARY KEY (day, days))',
  );
  const insert = sqlite.prepare('INSERT OR IGNORE INTO temp.quality_terms (day, days, due) VALUES (?, ?, ?)');
  for (const quarter of quarters) {
    const q = parseQuarter(quarter);
    if (!q) throw new Error(`not a quarter: ${quarter}`);
    const last = formatDate(lastDayOfMonth(q.year, q.quarter * 3));
    for (
      let d = { year: q.year, month: q.quarter * 3 - 2, day: 1 };
      formatDate(d) <= last;
      d = addDays(d, 1)
    ) {
      const day = formatDate(d);
      for (const days of TERMS) insert.run(day, days, statutoryDeadline(day, days));
    }
  }
}
