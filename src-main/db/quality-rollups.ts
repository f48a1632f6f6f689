// The quality rollups (migration 0015): what the service-quality analysis counts, per quarter and center, read
// instead of the requests (db/quality-rollup-reads.ts). Like the rollups of 0004 they are exact only while every
// write to `requests` is followed, in its transaction, by a recount of the quarters it touched (db/rollups.ts
// refreshRollups) or, for an import, by its counted delta (import/quality-delta.ts).
//
// Repeats and multiple applicants depend on the applicant's other requests, not on the row alone: they are
// recounted per quarter in SQL, and a quarter's repeats also on the quarter before (its repeat window), so a
// write to one quarter recounts the next one's repeats too.
import type Database from 'better-sqlite3';
import { addDays, formatDate, parseQuarter, quarterOf } from '../shared/dates';
import { MULTIPLE_MIN_REQUESTS, REPEAT_WINDOW_DAYS } from '../shared/quality';
import { fillTerms, TERM_SQL } from './quality-terms';

/** A table a delta adds rows to: its key columns, the columns summed and those kept as a maximum. */
export interface QualityTable {
  table: string;
  keys: readonly string[];
  sums: readonly string[];
  maxes: readonly string[];
}

export const CELLS: QualityTable = {
  table: 'quality_cells',
  keys: ['channel', 'language', 'category', 'request_type', 'result'],
  sums: ['n', 'repeat_flag', 'applicant', 'answered_at', 'deadline', 'wait_seconds', 'rating'],
  maxes: ['horizon'],
};
export const JUDGED: QualityTable = {
  table: 'quality_judged',
  keys: ['dim', 'request_type', 'topic_id', 'region_code', 'given', 'state', 'due'],
  sums: ['n'],
  maxes: [],
};
export const SERVICE: QualityTable = {
  table: 'quality_service',
  keys: ['channel', 'month', 'wait_seconds'],
  sums: ['n', 'calls', 'call_seconds', 'r1', 'r2', 'r3', 'r4', 'r5'],
  maxes: [],
};
export const DISTRICTS: QualityTable = {
  table: 'quality_districts',
  keys: ['region_code', 'district', 'topic_id'],
  sums: ['n'],
  maxes: [],
};
const COUNTED = [CELLS, JUDGED, SERVICE, DISTRICTS];
const ALL_TABLES = [...COUNTED.map((t) => t.table), 'quality_repeats', 'quality_multiple'];

/** rows.ts applicantKey in SQL; NULL when neither hash is there. */
const APPLICANT = `coalesce('i:' || nullif(iin_hash, ''), 'p:' || nullif(phone_hash, ''))`;
const HAS_APPLICANT = `coalesce(nullif(iin_hash, ''), nullif(phone_hash, '')) IS NOT NULL`;

const FILL_CELLS = `
  INSERT INTO quality_cells (quarter, center_id, channel, language, category, request_type, result, n, repeat_flag,
    applicant, answered_at, deadline, wait_seconds, rating, horizon)
  SELECT @quarter, center_id, channel, language, category, request_type, result, count(*), count(repeat_flag),
    sum(${HAS_APPLICANT}), count(answered_at), count(deadline), count(wait_seconds), count(rating),
    max(max(received_at, coalesce(answered_at, '')))
  FROM requests WHERE quarter = @quarter GROUP BY center_id, channel, language, category, request_type, result`;

const FILL_JUDGED = `
  WITH d AS (
    SELECT center_id, request_type, topic_id, region_code, deadline IS NOT NULL AS given, answered_at,
      coalesce(deadline, (SELECT t.due FROM temp.quality_terms t
        WHERE t.day = substr(received_at, 1, 10) AND t.days = ${TERM_SQL})) AS due
    FROM requests WHERE quarter = @quarter AND ${TERM_SQL} IS NOT NULL
  ), j AS MATERIALIZED (
    SELECT center_id, request_type, topic_id, region_code, given,
      CASE WHEN answered_at IS NULL THEN 'open' WHEN substr(answered_at, 1, 10) <= due THEN 'onTime' ELSE 'late' END
        AS state,
      CASE WHEN answered_at IS NULL THEN due END AS open_due, count(*) AS n
    FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7
  )
  INSERT INTO quality_judged (quarter, center_id, dim, request_type, topic_id, region_code, given, state, due, n)
  SELECT @quarter, center_id, 'type', request_type, NULL, NULL, given, state, open_due, sum(n) FROM j
    GROUP BY center_id, request_type, given, state, open_due
  UNION ALL SELECT @quarter, center_id, 'topic', NULL, topic_id, NULL, 0, state, open_due, sum(n) FROM j
    WHERE state <> 'onTime' GROUP BY center_id, topic_id, state, open_due
  UNION ALL SELECT @quarter, center_id, 'region', NULL, NULL, region_code, 0, state, open_due, sum(n) FROM j
    WHERE state <> 'onTime' GROUP BY center_id, region_code, state, open_due`;

const FILL_SERVICE = `
  INSERT INTO quality_service (quarter, center_id, channel, month, wait_seconds, n, calls, call_seconds, r1, r2, r3,
    r4, r5)
  SELECT @quarter, center_id, channel, substr(received_at, 1, 7), wait_seconds, count(*), count(call_seconds),
    coalesce(sum(call_seconds), 0), sum(rating IS 1), sum(rating IS 2), sum(rating IS 3), sum(rating IS 4),
    sum(rating IS 5)
  FROM requests
  WHERE quarter = @quarter AND (wait_seconds IS NOT NULL OR rating IS NOT NULL OR call_seconds IS NOT NULL)
  GROUP BY center_id, channel, substr(received_at, 1, 7), wait_seconds`;

const FILL_DISTRICTS = `
  INSERT INTO quality_districts (quarter, center_id, region_code, district, topic_id, n)
  SELECT @quarter, center_id, region_code, district, topic_id, count(*) FROM requests
  WHERE quarter = @quarter AND district IS NOT NULL GROUP BY center_id, region_code, district, topic_id`;

// The repeat window: the quarter's requests and, before them, those received from @from on (a request's quarter
// is its received day's, so every request of the quarter is received after @from). Of two requests at the same
// second the earlier is the one of the lower center, then the lower id: (received_at, center_id, id).
const FILL_FOUND = `
  WITH r AS MATERIALIZED (
    SELECT id, center_id, quarter, received_at, topic_id, region_code, request_type, repeat_flag,
      ${APPLICANT} AS applicant
    FROM requests
    WHERE quarter BETWEEN @fromQuarter AND @quarter AND received_at >= @from AND topic_id IS NOT NULL
      AND ${HAS_APPLICANT}
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
  SELECT @quarter, center_id, 'center', 'found', request_type, topic_id, region_code, count(*) FROM f
    WHERE in_center GROUP BY center_id, request_type, topic_id, region_code
  UNION ALL SELECT @quarter, center_id, 'all', 'found', request_type, topic_id, region_code, count(*) FROM f
    WHERE in_all GROUP BY center_id, request_type, topic_id, region_code`;

const FILL_FLAGGED = `
  WITH f AS MATERIALIZED (
    SELECT center_id, request_type, topic_id, region_code, count(*) AS n FROM requests
    WHERE quarter = @quarter AND repeat_flag = 1 GROUP BY center_id, request_type, topic_id, region_code
  )
  INSERT INTO quality_repeats (quarter, center_id, scope, mark, request_type, topic_id, region_code, n)
  SELECT @quarter, center_id, 'center', 'flagged', request_type, topic_id, region_code, n FROM f
  UNION ALL SELECT @quarter, center_id, 'all', 'flagged', request_type, topic_id, region_code, n FROM f`;

const FILL_MULTIPLE = `
  WITH a AS MATERIALIZED (
    SELECT center_id, ${APPLICANT} AS applicant, count(*) AS n FROM requests
    WHERE quarter = @quarter AND ${HAS_APPLICANT} GROUP BY center_id, applicant
  ), t AS (SELECT applicant, sum(n) AS n FROM a GROUP BY applicant)
  INSERT INTO quality_multiple (quarter, center_id, applicants, requests)
  SELECT @quarter, center_id, count(*), sum(n) FROM a WHERE n >= ${MULTIPLE_MIN_REQUESTS} GROUP BY center_id
  UNION ALL SELECT @quarter, NULL, count(*), coalesce(sum(n), 0) FROM t WHERE n >= ${MULTIPLE_MIN_REQUESTS}`;

function parsed(quarter: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  return q;
}

export function nextQuarter(quarter: string): string {
  const q = parsed(quarter);
  return q.quarter === 4 ? `${q.year + 1}-Q1` : `${q.year}-Q${q.quarter + 1}`;
}

function frozenQuarters(sqlite: Database.Database): Set<string> {
  return new Set(sqlite.prepare<[], string>('SELECT quarter FROM purged_quarters').pluck().all());
}

/** Recounts the repeats and multiple applicants of these quarters (the purged ones skipped). */
export function refreshQualityRepeats(sqlite: Database.Database, quarters: Iterable<string>): void {
  const frozen = frozenQuarters(sqlite);
  const list = [...new Set(quarters)].filter((q) => !frozen.has(q));
  if (list.length === 0) return;
  const clear = ['quality_repeats', 'quality_multiple'].map((t) =>
    sqlite.prepare(`DELETE FROM ${t} WHERE quarter = @quarter`),
  );
  const found = sqlite.prepare(FILL_FOUND);
  const flagged = sqlite.prepare(FILL_FLAGGED);
  const multiple = sqlite.prepare(FILL_MULTIPLE);
  sqlite.transaction(() => {
    for (const quarter of list) {
      const q = parsed(quarter);
      const first = { year: q.year, month: q.quarter * 3 - 2, day: 1 };
      const windowStart = addDays(first, -REPEAT_WINDOW_DAYS);
      for (const s of clear) s.run({ quarter });
      found.run({
        quarter,
        fromQuarter: quarterOf(windowStart),
        from: `${formatDate(windowStart)} 00:00:00`,
      });
      flagged.run({ quarter });
      multiple.run({ quarter });
    }
  })();
}

/**
 * Recounts every quality rollup of these quarters from `requests`, and the repeats of the quarters after them.
 * Purged quarters are skipped: the analysis counts nothing of them.
 */
export function refreshQuality(sqlite: Database.Database, quarters: Iterable<string>): void {
  const frozen = frozenQuarters(sqlite);
  const list = [...new Set(quarters)].filter((q) => !frozen.has(q));
  if (list.length === 0) return;
  const clear = COUNTED.map((t) => sqlite.prepare(`DELETE FROM ${t.table} WHERE quarter = @quarter`));
  sqlite.transaction(() => {
    fillTerms(sqlite, list);
    const fill = [FILL_CELLS, FILL_JUDGED, FILL_SERVICE, FILL_DISTRICTS].map((sql) => sqlite.prepare(sql));
    for (const quarter of list) {
      for (const s of clear) s.run({ quarter });
      for (const s of fill) s.run({ quarter });
    }
    refreshQualityRepeats(sqlite, [...list, ...list.map(nextQuarter)]);
    const settled = sqlite.prepare('DELETE FROM quality_pending WHERE quarter = ?');
    for (const quarter of list) settled.run(quarter);
  })();
}

/** Counts the quarters the migration to 0015 left to count (its store's requests), once, before a read. */
export function settlePendingQuality(sqlite: Database.Database): void {
  const pending = sqlite.prepare<[], string>('SELECT quarter FROM quality_pending').pluck().all();
  if (pending.length === 0) return;
  sqlite.transaction(() => {
    refreshQuality(sqlite, pending);
    sqlite.exec('DELETE FROM quality_pending');
  })();
}

/** Drops every quality rollup of the quarters that are not purged: before a full recount. */
export function clearLiveQuality(sqlite: Database.Database): void {
  for (const t of ALL_TABLES)
    sqlite.exec(`DELETE FROM ${t} WHERE quarter NOT IN (SELECT quarter FROM purged_quarters)`);
}

/**
 * After retention removed these quarters' requests: their quality rollups go with them (the analysis shows a
 * purged quarter as such), and the next quarters' repeats lose the earlier requests they were found against.
 */
export function forgetPurgedQuality(sqlite: Database.Database, quarters: readonly string[]): void {
  if (quarters.length === 0) return;
  const drop = ALL_TABLES.map((t) => sqlite.prepare(`DELETE FROM ${t} WHERE quarter = ?`));
  for (const quarter of quarters) for (const s of drop) s.run(quarter);
  refreshQualityRepeats(sqlite, quarters.map(nextQuarter));
}

export type QualityValue = string | number | null;

/**
 * Adds an import's counted rows (import/quality-delta.ts) to one center's quality rollups: appended, then each
 * (quarter, center) touched folded back to one row per key, and the repeats of the quarters touched and of the
 * ones after them recounted.
 */
export function addQualityRows(
  sqlite: Database.Database,
  centerId: number,
  rows: ReadonlyMap<QualityTable, readonly (readonly [string, ...QualityValue[]])[]>,
): void {
  const quarters = new Set<string>();
  for (const [spec, list] of rows) {
    if (list.length === 0) continue;
    const cols = [...spec.keys, ...spec.sums, ...spec.maxes];
    const insert = sqlite.prepare(
      `INSERT INTO ${spec.table} (quarter, center_id, ${cols.join(', ')}) VALUES (?, ?, ${cols.map(() => '?').join(', ')})`,
    );
    const touched = new Set<string>();
    for (const [quarter, ...values] of list) {
      insert.run(quarter, centerId, ...values);
      touched.add(quarter);
    }
    const folded = [
      ...spec.keys,
      ...spec.sums.map((c) => `sum(${c})`),
      ...spec.maxes.map((c) => `max(${c})`),
    ].join(', ');
    const groupBy = spec.keys.length === 0 ? '' : ` GROUP BY ${spec.keys.join(', ')}`;
    const fold = sqlite.prepare(
      `INSERT INTO ${spec.table} (quarter, center_id, ${cols.join(', ')})
       SELECT quarter, center_id, ${folded} FROM ${spec.table} WHERE quarter = @quarter AND center_id = @centerId${groupBy}`,
    );
    const dropOld = sqlite.prepare(
      `DELETE FROM ${spec.table} WHERE quarter = @quarter AND center_id = @centerId AND rowid <= @top`,
    );
    const last = sqlite.prepare<[], number | null>(`SELECT max(rowid) FROM ${spec.table}`).pluck();
    for (const quarter of touched) {
      const before = last.get() ?? 0;
      fold.run({ quarter, centerId });
      dropOld.run({ quarter, centerId, top: before });
      quarters.add(quarter);
    }
  }
  // The repeats need every request of the quarter. Left to the next read, they would make a read write, and
  // wait behind an import holding the write lock; so they are recounted here, at a cost the quarter's size sets.
  refreshQualityRepeats(sqlite, [...quarters, ...[...quarters].map(nextQuarter)]);
}
