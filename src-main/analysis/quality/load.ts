// The edge where the service analysis touches SQL: one period's request rows, the applicants' earlier
// requests within the repeat window, and whether retention removed the period.
//
// Fast at 250 000 rows a quarter: one scan of the quarter through the requests_quarter index (quarter,
// center_id), the needed columns only, each row read as ONE string of its fields joined by U+001F and split
// here. Handing SQLite's values to JavaScript one by one costs more than the scan itself; one string a row is
// some 30 % faster than `.raw()` arrays. Every field but the district is a code, a number, a stamp or a hash
// the schema constrains, so none holds U+001F; the district, free text, comes last and keeps any it has.
import type Database from 'better-sqlite3';
import { addDays, formatDate } from '../../calendar/days';
import type { Store } from '../../db/client';
import { purgedQuarters } from '../../db/retention';
import { parseQuarter, quarterOf } from '../../import/normalise/dates';
import type { LocalDate } from '../../shared/domain';
import { REPEAT_WINDOW_DAYS } from '../../shared/quality';
import { shiftQuarter } from '../quarter';
import type { HistoryRow, Period, QualityRow } from './rows';

const SEP = '\u001f';
/** rows.ts applicantKey in SQL: 'i:' + the IIN hash, else 'p:' + the phone hash, else ''. */
const APPLICANT = `coalesce('i:' || nullif(iin_hash, ''), 'p:' || nullif(phone_hash, ''), '')`;
const FIELDS = [
  'received_at',
  'channel',
  'language',
  'region_code',
  'topic_id',
  APPLICANT,
  'category',
  'request_type',
  'repeat_flag',
  'answered_at',
  'deadline',
  'result',
  'wait_seconds',
  'call_seconds',
  'rating',
  'district',
];
const joined = (fields: string[]) => fields.map((f) => `ifnull(${f}, '')`).join(' || char(31) || ');

const text = <T extends string>(s: string | undefined): T | null => (s ? (s as T) : null);
const int = (s: string | undefined): number | null => (s ? Number(s) : null);

function firstDay(quarter: string): LocalDate {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return { year: q.year, month: (q.quarter - 1) * 3 + 1, day: 1 };
}

export interface QualityReader {
  period(quarter: string): Period;
}

/** Reads periods of one selection (all centers when `centerId` is null). */
export function qualityReader(store: Store, centerId: number | null): QualityReader {
  const db: Database.Database = store.sqlite;
  const center = centerId === null ? '' : ' AND center_id = @center';
  const params = (p: Record<string, string>) => (centerId === null ? p : { ...p, center: centerId });
  const rowsOf = db
    .prepare(`SELECT ${joined(FIELDS)} FROM requests WHERE quarter = @quarter${center}`)
    .pluck();
  const historyOf = db
    .prepare(
      `SELECT ${joined(['received_at', 'topic_id', APPLICANT])} FROM requests
       WHERE quarter = @quarter${center} AND received_at >= @from AND received_at < @to
         AND topic_id IS NOT NULL AND (iin_hash IS NOT NULL OR phone_hash IS NOT NULL)`,
    )
    .pluck();
  const topicNames = new Map(
    (db.prepare('SELECT id, name FROM topics').raw().all() as [number, string][]).map(([id, name]) => [
      String(id),
      name,
    ]),
  );
  const topic = (id: string | undefined) => (id ? (topicNames.get(id) ?? id) : null);
  const purged = purgedQuarters(store);

  // Periods read so far: the comparison period, read first, gives the quarter's history without a query.
  const loaded = new Map<string, QualityRow[]>();
  const readRows = (quarter: string): QualityRow[] => {
    const rows: QualityRow[] = [];
    for (const line of rowsOf.iterate(params({ quarter })) as IterableIterator<string>) {
      const f = line.split(SEP);
      const district = f.length > FIELDS.length ? f.slice(FIELDS.length - 1).join(SEP) : f[15];
      rows.push({
        receivedAt: f[0] as string,
        channel: text(f[1]),
        language: text(f[2]),
        region: text(f[3]),
        topic: topic(f[4]),
        applicant: text(f[5]),
        category: text(f[6]),
        type: text(f[7]),
        repeatFlag: f[8] ? f[8] === '1' : null,
        answeredAt: text(f[9]),
        deadline: text(f[10]),
        result: text(f[11]),
        waitSeconds: int(f[12]),
        callSeconds: int(f[13]),
        rating: int(f[14]),
        district: text(district),
      });
    }
    loaded.set(quarter, rows);
    return rows;
  };

  return {
    period(quarter) {
      const rows = readRows(quarter);
      // The window before the quarter's first day, through the quarters it spans (the one before, as they go).
      const first = firstDay(quarter);
      const windowStart = addDays(first, -REPEAT_WINDOW_DAYS);
      const from = `${formatDate(windowStart)} 00:00:00`;
      const to = `${formatDate(first)} 00:00:00`;
      const history: HistoryRow[] = [];
      for (let q = quarterOf(windowStart); q < quarter; q = shiftQuarter(q, 1)) {
        const known = loaded.get(q);
        if (known) {
          for (const r of known) {
            if (r.applicant !== null && r.topic !== null && r.receivedAt >= from && r.receivedAt < to)
              history.push({ receivedAt: r.receivedAt, topic: r.topic, applicant: r.applicant });
          }
          continue;
        }
        for (const line of historyOf.iterate(params({ quarter: q, from, to })) as IterableIterator<string>) {
          const [receivedAt, topicId, applicant] = line.split(SEP) as [string, string, string];
          if (applicant) history.push({ receivedAt, topic: topic(topicId) as string, applicant });
        }
      }
      return { quarter, rows, history, purged: purged.has(quarter) };
    },
  };
}
