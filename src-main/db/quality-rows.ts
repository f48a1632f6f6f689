// The request rows the quality analysis counts (analysis/quality/), only the columns it needs.
//
// Fast at 250 000 rows a quarter: one scan of the quarter through the requests_quarter index (quarter,
// center_id), the needed columns only, each row read as ONE string of its fields joined by U+001F and split
// here. Handing SQLite's values to JavaScript one by one costs more than the scan itself; one string a row is
// some 30 % faster than `.raw()` arrays. Every field but the district is a code, a number, a stamp or a hash
// the schema constrains, so none holds U+001F; the district, free text, comes last and keeps any it has.
import type { RequestRecord } from '../shared/request-record';
import type { Store } from './client';
import { topicNames } from './topics';

/** A stored request as the quality analysis counts it: the record's own columns it needs, and who asked. */
export type QualityRow = Pick<
  RequestRecord,
  | 'receivedAt'
  | 'channel'
  | 'language'
  | 'district'
  | 'category'
  | 'requestType'
  | 'repeatFlag'
  | 'answeredAt'
  | 'deadline'
  | 'result'
  | 'waitSeconds'
  | 'callSeconds'
  | 'rating'
> & {
  region: RequestRecord['regionCode'];
  /** The topic's catalog name. */
  topic: string | null;
  /** Who asked, from `applicantKey`: the hashed IIN, else the hashed phone; null when neither is known. */
  applicant: string | null;
};

/** An earlier request, before the period, that can make a request of the period a repeat. */
export interface HistoryRow {
  receivedAt: string;
  topic: string;
  applicant: string;
}

export interface QualityRowReader {
  /** Every request of the quarter. */
  rows(quarter: string): QualityRow[];
  /** The quarter's requests received in [from, to) that have a topic and an applicant. */
  history(quarter: string, from: string, to: string): HistoryRow[];
}

const SEP = '\u001f';
/** analysis/quality/rows.ts applicantKey in SQL: 'i:' + the IIN hash, else 'p:' + the phone hash, else ''. */
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

// The schema constrains the coded columns to these types' values.
const text = <T extends string>(s: string | undefined): T | null => (s ? (s as T) : null);
const int = (s: string | undefined): number | null => (s ? Number(s) : null);

interface Bound {
  quarter: string;
  center?: number;
}

/** Reads the rows of one selection (all centers when `centerId` is null). */
export function qualityRowReader(store: Store, centerId: number | null): QualityRowReader {
  const center = centerId === null ? '' : ' AND center_id = @center';
  const bound = (quarter: string): Bound => (centerId === null ? { quarter } : { quarter, center: centerId });
  const rowsOf = store.sqlite
    .prepare<Bound, string>(`SELECT ${joined(FIELDS)} FROM requests WHERE quarter = @quarter${center}`)
    .pluck();
  const historyOf = store.sqlite
    .prepare<Bound & { from: string; to: string }, string>(
      `SELECT ${joined(['received_at', 'topic_id', APPLICANT])} FROM requests
       WHERE quarter = @quarter${center} AND received_at >= @from AND received_at < @to
         AND topic_id IS NOT NULL AND (iin_hash IS NOT NULL OR phone_hash IS NOT NULL)`,
    )
    .pluck();
  const names = new Map([...topicNames(store)].map(([id, name]) => [String(id), name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  return {
    rows(quarter) {
      const rows: QualityRow[] = [];
      for (const line of rowsOf.iterate(bound(quarter))) {
        const f = line.split(SEP);
        const district = f.length > FIELDS.length ? f.slice(FIELDS.length - 1).join(SEP) : f[15];
        rows.push({
          receivedAt: f[0] as string,
          channel: text(f[1]),
          language: text(f[2]),
          region: text(f[3]),
          topic: f[4] ? nameOf(f[4]) : null,
          applicant: text(f[5]),
          category: text(f[6]),
          requestType: text(f[7]),
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
      return rows;
    },
    history(quarter, from, to) {
      const rows: HistoryRow[] = [];
      for (const line of historyOf.iterate({ ...bound(quarter), from, to })) {
        // The topic is there: the query asks for it.
        const [receivedAt, topicId, applicant] = line.split(SEP) as [string, string, string];
        if (applicant) rows.push({ receivedAt, topic: nameOf(topicId), applicant });
      }
      return rows;
    },
  };
}
