// The repeats and multiple applicants of the quality rollups (migration 0015). Unlike the other quality counts
// they depend on the applicant's other requests, not on the row alone, so no row can be counted by itself:
// - a write that may change any request recounts whole quarters (refreshQualityRepeats), and a quarter's repeats
//   also on the quarter before, its repeat window, so a write to one quarter recounts the next one's too;
// - an import, which only adds requests, recounts its applicants alone (addImportedRepeats): their part of the
//   counts before it is taken away and their part after it added, found through the applicant index (0017), so
//   a small import costs its own size, not its quarters'.
import type Database from 'better-sqlite3';
import { addDays, formatDate, parseQuarter, quarterOf } from '../shared/dates';
import { MULTIPLE_MIN_REQUESTS, REPEAT_WINDOW_DAYS } from '../shared/quality';
import { quarterFolder, type QualityTable } from './quality-fold';

/** Which requests a count reads: all of the quarter's, or the import's applicants' (up to an id). */
export type Reading = 'quarter' | 'applicants';

function requestsOf(reading: Reading): string {
  return reading === 'quarter'
    ? 'requests WHERE applicant IS NOT NULL'
    : 'temp.quality_applicant_requests WHERE id <= @upTo';
}

// The repeat window: the quarter's requests and, before them, those received from @from on (a request's quarter
// is its received day's, so every request of the quarter is received after @from). Of two requests at the same
// second the earlier is the one of the lower center, then the lower id: (received_at, center_id, id).
const found = (reading: Reading) => `
  WITH r AS MATERIALIZED (
    SELECT id, center_id, quarter, received_at, topic_id, region_code, request_type, repeat_flag, applicant
    FROM ${requestsOf(reading)}
      AND quarter BETWEEN @fromQuarter AND @quarter AND received_at >= @from AND topic_id IS NOT NULL
  ), w AS (
    SELECT center_id, quarter, received_at, topic_id, region_code, request_type, repeat_flag,
      lag(received_at) OVER (PARTITION BY applicant, topic_id, center_id ORDER BY received_at, id) AS before_center,
      lag(received_at) OVER (PARTITION BY applicant, topic_id ORDER BY received_at, center_id, id) AS before_all
    FROM r
  ), f AS MATERIALIZED (
    SELECT center_id, request_type, topic_id, region_code,
      julianday(substr(received_at, 1, 10)) - julianday(substr(before_center, 1, 10)) <= ${REPEAT_WINDOW_DAYS}
        AS in_center,
      julianday(substr(received_at, 1, 10)) - julianday(substr(before_all, 1, 10)) <= ${REPEAT_WINDOW_DAYS}
        AS in_all
    FROM w WHERE quarter = @quarter AND repeat_flag IS NOT 1
  )
  INSERT INTO quality_repeats (quarter, center_id, scope, mark, request_type, topic_id, region_code, n)
  SELECT @quarter, center_id, 'center', 'found', request_type, topic_id, region_code, count(*) * @sign FROM f
    WHERE in_center GROUP BY center_id, request_type, topic_id, region_code
  UNION ALL SELECT @quarter, center_id, 'all', 'found', request_type, topic_id, region_code, count(*) * @sign
    FROM f WHERE in_all GROUP BY center_id, request_type, topic_id, region_code`;

// A repeat the export marks is the row's own fact: a recount counts the quarter's, an import adds its new rows'
// (ids above @since, read by id: the quarter's index would read the whole quarter, as would a GROUP BY on
// center_id, which the identity index could serve).
const flagged = (reading: Reading) => `
  WITH f AS MATERIALIZED (
    SELECT center_id, request_type, topic_id, region_code, count(*) AS n FROM requests
    WHERE ${reading === 'quarter' ? 'quarter = @quarter' : 'id > @since AND +quarter = @quarter'} AND repeat_flag = 1
    GROUP BY +center_id, request_type, topic_id, region_code
  )
  INSERT INTO quality_repeats (quarter, center_id, scope, mark, request_type, topic_id, region_code, n)
  SELECT @quarter, center_id, 'center', 'flagged', request_type, topic_id, region_code, n FROM f
  UNION ALL SELECT @quarter, center_id, 'all', 'flagged', request_type, topic_id, region_code, n FROM f`;

const multiple = (reading: Reading) => `
  WITH a AS MATERIALIZED (
    SELECT center_id, applicant, count(*) AS n FROM ${requestsOf(reading)} AND quarter = @quarter
    GROUP BY center_id, applicant
  ), t AS (SELECT applicant, sum(n) AS n FROM a GROUP BY applicant)
  INSERT INTO quality_multiple (quarter, center_id, applicants, requests)
  SELECT @quarter, center_id, count(*) * @sign, sum(n) * @sign FROM a WHERE n >= ${MULTIPLE_MIN_REQUESTS}
    GROUP BY center_id
  UNION ALL SELECT @quarter, NULL, count(*) * @sign, coalesce(sum(n), 0) * @sign FROM t
    WHERE n >= ${MULTIPLE_MIN_REQUESTS}`;

// Keys whose count came to nothing go, as a recount would not have written them (but the all-centers row of the
// multiple applicants, which a recount always writes).
const REPEATS: QualityTable = {
  table: 'quality_repeats',
  keys: ['scope', 'mark', 'request_type', 'topic_id', 'region_code'],
  sums: ['n'],
  maxes: [],
  keep: 'sum(n) <> 0',
};
const MULTIPLE: QualityTable = {
  table: 'quality_multiple',
  keys: [],
  sums: ['applicants', 'requests'],
  maxes: [],
  keep: 'center_id IS NULL OR sum(applicants) <> 0',
};

function parsed(quarter: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return q;
}

export function nextQuarter(quarter: string): string {
  const q = parsed(quarter);
  return q.quarter === 4 ? `${q.year + 1}-Q1` : `${q.year}-Q${q.quarter + 1}`;
}

/** The quarters retention purged: the analysis counts nothing of them, so nothing of them is recounted. */
export function frozenQuarters(sqlite: Database.Database): Set<string> {
  return new Set(sqlite.prepare<[], string>('SELECT quarter FROM purged_quarters').pluck().all());
}

function windowOf(quarter: string) {
  const q = parsed(quarter);
  const windowStart = addDays({ year: q.year, month: q.quarter * 3 - 2, day: 1 }, -REPEAT_WINDOW_DAYS);
  return { quarter, fromQuarter: quarterOf(windowStart), from: `${formatDate(windowStart)} 00:00:00` };
}

/** Recounts the repeats and multiple applicants of these quarters (the purged ones skipped). */
export function refreshQualityRepeats(sqlite: Database.Database, quarters: Iterable<string>): void {
  const frozen = frozenQuarters(sqlite);
  const list = [...new Set(quarters)].filter((q) => !frozen.has(q));
  if (list.length === 0) return;
  const clear = ['quality_repeats', 'quality_multiple'].map((t) =>
    sqlite.prepare(`DELETE FROM ${t} WHERE quarter = @quarter`),
  );
  const counts = [found('quarter'), multiple('quarter')].map((sql) => sqlite.prepare(sql));
  const flaggedRows = sqlite.prepare(flagged('quarter'));
  sqlite.transaction(() => {
    for (const quarter of list) {
      for (const s of clear) s.run({ quarter });
      for (const s of counts) s.run({ ...windowOf(quarter), sign: 1 });
      flaggedRows.run({ quarter });
    }
  })();
}

// Past this share of the quarters' requests, reading the import's applicants one by one through the index costs
// more than reading the quarters whole.
export const APPLICANT_READ_SHARE = 0.25;

/**
 * After an import stored requests with ids above `since` and nothing else: the repeats and multiple applicants of
 * the quarters it added to, and of the ones after them, brought up to date; says which requests it read.
 */
export function addImportedRepeats(sqlite: Database.Database, since: number): Reading | null {
  const frozen = frozenQuarters(sqlite);
  // +quarter: grouped by the column, SQLite would read the whole quarter index for the order instead of the ids.
  const added = sqlite
    .prepare<[number], { quarter: string; n: number }>(
      'SELECT quarter, count(*) AS n FROM requests WHERE id > ? GROUP BY +quarter',
    )
    .all(since);
  const list = [...new Set(added.flatMap((a) => [a.quarter, nextQuarter(a.quarter)]))].filter(
    (q) => !frozen.has(q),
  );
  if (list.length === 0) return null;
  const stored = sqlite
    .prepare<[string], number | null>('SELECT sum(n) FROM quality_cells WHERE quarter = ?')
    .pluck();
  const addedRows = added.reduce((n, a) => n + a.n, 0);
  const quartersRows = list.reduce((n, q) => n + (stored.get(q) ?? 0), 0);
  if (addedRows > APPLICANT_READ_SHARE * quartersRows) {
    refreshQualityRepeats(sqlite, list);
    return 'quarter';
  }
  // The import's applicants' requests, read once through the applicant index: each quarter's counts then read
  // this copy, not the store's pages again (at 5 M requests, each page read from the store costs its decryption).
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS quality_applicant_requests (id INTEGER PRIMARY KEY,
    center_id INTEGER, quarter TEXT, received_at TEXT, topic_id INTEGER, region_code TEXT, request_type TEXT,
    repeat_flag INTEGER, applicant TEXT)`);
  sqlite.exec('DELETE FROM temp.quality_applicant_requests');
  sqlite
    .prepare(
      `INSERT INTO temp.quality_applicant_requests
       SELECT id, center_id, quarter, received_at, topic_id, region_code, request_type, repeat_flag, applicant
       FROM requests INDEXED BY requests_applicant
       WHERE applicant IN (SELECT applicant FROM requests WHERE id > @since AND applicant IS NOT NULL)
         AND quarter BETWEEN @first AND @last`,
    )
    .run({
      since,
      first: list.map((q) => windowOf(q).fromQuarter).sort()[0],
      last: [...list].sort().at(-1),
    });
  const counts = [found('applicants'), multiple('applicants')].map((sql) => sqlite.prepare(sql));
  const flaggedRows = sqlite.prepare(flagged('applicants'));
  const folds = [REPEATS, MULTIPLE].map((spec) => quarterFolder(sqlite, spec));
  sqlite.transaction(() => {
    for (const quarter of list) {
      const window = windowOf(quarter);
      // The applicants' part as it was, out; as it is now, in.
      for (const s of counts) s.run({ ...window, upTo: since, sign: -1 });
      for (const s of counts) s.run({ ...window, upTo: Number.MAX_SAFE_INTEGER, sign: 1 });
      flaggedRows.run({ quarter, since });
      for (const fold of folds) fold(quarter);
    }
  })();
  sqlite.exec('DELETE FROM temp.quality_applicant_requests');
  return 'applicants';
}
