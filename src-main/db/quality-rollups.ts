// The quality rollups (migration 0015): what the service-quality analysis counts, per quarter and center, read
// instead of the requests (db/quality-rollup-reads.ts). Like the rollups of 0004 they are exact only while every
// write to `requests` is followed, in its transaction, by a recount of the quarters it touched (db/rollups.ts
// refreshRollups) or, for an import, by its counted delta (import/quality-delta.ts).
//
// Repeats and multiple applicants depend on the applicant's other requests, not on the row alone: they are
// counted apart (db/quality-repeats.ts).
import type Database from 'better-sqlite3';
import { fillTerms, TERM_SQL } from './quality-terms';
import { quarterFolder, type QualityTable } from './quality-fold';
import { addImportedRepeats, frozenQuarters, nextQuarter, refreshQualityRepeats } from './quality-repeats';

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

const FILL_CELLS = `
  INSERT INTO quality_cells (quarter, center_id, channel, language, category, request_type, result, n, repeat_flag,
    applicant, answered_at, deadline, wait_seconds, rating, horizon)
  SELECT @quarter, center_id, channel, language, category, request_type, result, count(*), count(repeat_flag),
    count(applicant), count(answered_at), count(deadline), count(wait_seconds), count(rating),
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
 * (quarter, center) touched folded back to one row per key; and its requests, those with ids above `since`, to
 * the repeats and multiple applicants.
 */
export function addQualityRows(
  sqlite: Database.Database,
  centerId: number,
  since: number,
  rows: ReadonlyMap<QualityTable, readonly (readonly [string, ...QualityValue[]])[]>,
): void {
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
    const fold = quarterFolder(sqlite, spec);
    for (const quarter of touched) fold(quarter, centerId);
  }
  addImportedRepeats(sqlite, since);
}
