// The rollup tables (migration 0004): request counts per quarter and center, which the analysis and the
// statistics read instead of `requests`. They are exact only as long as every write to `requests` is
// followed, in the same transaction, by a refresh of the quarters it touched.
import type Database from 'better-sqlite3';
import { portraitSql } from './portrait-sql';
import { clearLiveQuality, refreshQuality } from './quality-rollups';

const REGION_TOPIC = `
  INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n)
  SELECT quarter, center_id, region_code, topic_id, count(*) FROM requests WHERE quarter = @quarter
  GROUP BY center_id, region_code, topic_id`;

// Every center's portrait of the quarter, counted as the dashboard's filtered read counts it (portrait-sql.ts).
const PORTRAIT = portraitSql({
  where: 'quarter = @quarter',
  by: ['center_id'],
  lead: ['@quarter'],
  into: 'INSERT INTO rollup_portrait (quarter, center_id, dim, key, n)',
});

/**
 * Recounts the rollups of these quarters, every center, from `requests`. Inside a caller's transaction it
 * runs as a savepoint of it (better-sqlite3 nests transactions so), and commits or rolls back with the
 * write it follows. `regionTopic`: only the region × topic counts, for a write that changed nothing else
 * (a topic merged, a region placed), which spares the portrait's recount, two thirds of the time.
 */
export function refreshRollups(
  sqlite: Database.Database,
  quarters: Iterable<string>,
  which: 'all' | 'regionTopic' = 'all',
): void {
  // A purged quarter has no requests left to count: its rollups are all that remains of it.
  const frozen = new Set(sqlite.prepare<[], string>('SELECT quarter FROM purged_quarters').pluck().all());
  const list = [...new Set(quarters)].filter((q) => !frozen.has(q));
  if (list.length === 0) return;
  const tables = which === 'all' ? ['rollup_region_topic', 'rollup_portrait'] : ['rollup_region_topic'];
  const clear = tables.map((t) => sqlite.prepare(`DELETE FROM ${t} WHERE quarter = @quarter`));
  const fill = (which === 'all' ? [REGION_TOPIC, PORTRAIT] : [REGION_TOPIC]).map((sql) =>
    sqlite.prepare(sql),
  );
  sqlite.transaction(() => {
    // Quarter by quarter: each one is a range of the requests_quarter index, and a small sort.
    for (const quarter of list) {
      for (const s of clear) s.run({ quarter });
      for (const s of fill) s.run({ quarter });
    }
    // The quality rollups count topics and regions too: every write recounts them.
    refreshQuality(sqlite, list);
  })();
}

/** Recounts every rollup: after a bulk load that bypassed the write paths. */
export function rebuildAllRollups(sqlite: Database.Database): void {
  sqlite.transaction(() => {
    const live = 'WHERE quarter NOT IN (SELECT quarter FROM purged_quarters)';
    sqlite.exec(`DELETE FROM rollup_region_topic ${live}; DELETE FROM rollup_portrait ${live};`);
    clearLiveQuality(sqlite);
    refreshRollups(sqlite, sqlite.prepare<[], string>('SELECT DISTINCT quarter FROM requests').pluck().all());
  })();
}

/**
 * A topic merged into another in the quarters the retention setting purged: their rows are re-keyed
 * and summed, since there are no requests left to recount them from.
 */
export function mergeTopicInPurged(sqlite: Database.Database, from: number, into: number): void {
  const purged = 'quarter IN (SELECT quarter FROM purged_quarters)';
  const merged = sqlite
    .prepare<[number, number], { quarter: string; centerId: number; regionCode: string | null; n: number }>(
      `SELECT quarter, center_id AS centerId, region_code AS regionCode, sum(n) AS n FROM rollup_region_topic
       WHERE topic_id IN (?, ?) AND ${purged} GROUP BY quarter, center_id, region_code`,
    )
    .all(from, into);
  if (merged.length === 0) return;
  sqlite.prepare(`DELETE FROM rollup_region_topic WHERE topic_id IN (?, ?) AND ${purged}`).run(from, into);
  const insert = sqlite.prepare(
    'INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n) VALUES (?, ?, ?, ?, ?)',
  );
  for (const m of merged) insert.run(m.quarter, m.centerId, m.regionCode, into, m.n);
}

export type PortraitDim = 'age' | 'sex' | 'social_status' | 'marital_status' | 'education' | 'occupation';

/** Adds counts to one center's rollup rows, creating the rows not there yet. */
export interface RollupAdder {
  regionTopic(quarter: string, regionCode: string | null, topicId: number | null, n: number): void;
  portrait(quarter: string, dim: PortraitDim, key: string | null, n: number): void;
}

/** For the sums an import counted as it stored its rows (import/rollup-delta.ts): a few thousand rows a call. */
export function rollupAdder(sqlite: Database.Database, centerId: number): RollupAdder {
  // The center's rows are looked up once, by their values: an UPDATE per sum that searched for its row among
  // the quarter's (`IS`, to match a NULL) cost more than the import's counting did.
  const SEP = '\u0001';
  const keyOf = (...parts: (string | number | null)[]) =>
    parts.map((p) => (p === null ? '\u0000' : String(p))).join(SEP);
  const rtRows = new Map(
    sqlite
      .prepare<[number], { id: number; quarter: string; regionCode: string | null; topicId: number | null }>(
        `SELECT rowid AS id, quarter, region_code AS regionCode, topic_id AS topicId
         FROM rollup_region_topic WHERE center_id = ?`,
      )
      .all(centerId)
      .map((r) => [keyOf(r.quarter, r.regionCode, r.topicId), r.id]),
  );
  const pRows = new Map(
    sqlite
      .prepare<[number], { id: number; quarter: string; dim: string; key: string | null }>(
        'SELECT rowid AS id, quarter, dim, key FROM rollup_portrait WHERE center_id = ?',
      )
      .all(centerId)
      .map((r) => [keyOf(r.quarter, r.dim, r.key), r.id]),
  );
  const updateRT = sqlite.prepare<[number, number]>(
    'UPDATE rollup_region_topic SET n = n + ? WHERE rowid = ?',
  );
  const insertRT = sqlite.prepare<[string, number, string | null, number | null, number]>(
    'INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n) VALUES (?, ?, ?, ?, ?)',
  );
  const updateP = sqlite.prepare<[number, number]>('UPDATE rollup_portrait SET n = n + ? WHERE rowid = ?');
  const insertP = sqlite.prepare<[string, number, PortraitDim, string | null, number]>(
    'INSERT INTO rollup_portrait (quarter, center_id, dim, key, n) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    regionTopic(quarter, regionCode, topicId, n) {
      const key = keyOf(quarter, regionCode, topicId);
      const id = rtRows.get(key);
      if (id !== undefined) updateRT.run(n, id);
      else rtRows.set(key, Number(insertRT.run(quarter, centerId, regionCode, topicId, n).lastInsertRowid));
    },
    portrait(quarter, dim, key, n) {
      const k = keyOf(quarter, dim, key);
      const id = pRows.get(k);
      if (id !== undefined) updateP.run(n, id);
      else pRows.set(k, Number(insertP.run(quarter, centerId, dim, key, n).lastInsertRowid));
    },
  };
}
