// The edge where the analysis touches SQL: GROUP BY counts for one selection, nothing else.
import type { Store } from '../db/client';

export interface Counted<K> {
  key: K;
  n: number;
}

export interface PeriodCounts {
  total: number;
  byRegion: Counted<string | null>[];
  byTopic: Counted<number | null>[];
}

export interface QuarterAggregates {
  current: PeriodCounts;
  previous: PeriodCounts;
  /** Topic id → catalog name, for every topic counted above. */
  topicNames: Map<number, string>;
  regionTopic: { region: string; topic: number; n: number }[];
  ages: Counted<number | null>[];
  sex: Counted<string | null>[];
  socialStatus: Counted<string>[];
  maritalStatus: Counted<string>[];
  education: Counted<string>[];
  occupation: Counted<string>[];
  dynamics: { quarter: string; n: number }[];
}

export function readAggregates(
  store: Store,
  quarter: string,
  previousQuarter: string,
  centerId: number | null,
): QuarterAggregates {
  const db = store.sqlite;
  // One WHERE for every query: the quarter, and the center when one is chosen.
  const where = centerId === null ? 'quarter = ?' : 'quarter = ? AND center_id = ?';
  const args = (q: string) => (centerId === null ? [q] : [q, centerId]);
  const grouped = <K>(column: string, q: string, extra = '') =>
    db
      .prepare(
        `SELECT ${column} AS key, count(*) AS n FROM requests WHERE ${where} ${extra} GROUP BY ${column}`,
      )
      .all(...args(q)) as Counted<K>[];
  const period = (q: string): PeriodCounts => {
    const byRegion = grouped<string | null>('region_code', q);
    return {
      total: byRegion.reduce((a, r) => a + r.n, 0),
      byRegion,
      byTopic: grouped<number | null>('topic_id', q),
    };
  };
  const current = period(quarter);
  const previous = period(previousQuarter);
  // The catalog is small (topics, not requests): reading it whole beats finding the ones in use.
  const topicNames = new Map(
    (db.prepare('SELECT id, name FROM topics').all() as { id: number; name: string }[]).map((t) => [
      t.id,
      t.name,
    ]),
  );
  const regionTopic = db
    .prepare(
      `SELECT region_code AS region, topic_id AS topic, count(*) AS n FROM requests
       WHERE ${where} AND region_code IS NOT NULL AND topic_id IS NOT NULL GROUP BY region_code, topic_id`,
    )
    .all(...args(quarter)) as QuarterAggregates['regionTopic'];
  // Free text as typed: «Замужем» and «замужем» are one value (ulower folds Cyrillic, lower() does not).
  const text = (column: string) =>
    db
      .prepare(
        `SELECT ulower(${column}) AS key, count(*) AS n FROM requests
         WHERE ${where} AND ${column} IS NOT NULL GROUP BY ulower(${column})`,
      )
      .all(...args(quarter)) as Counted<string>[];
  const dynamicsWhere = centerId === null ? '' : 'WHERE center_id = ?';
  return {
    current,
    previous,
    topicNames,
    regionTopic,
    ages: grouped<number | null>('age', quarter),
    sex: grouped<string | null>('sex', quarter),
    socialStatus: grouped<string>('social_status', quarter),
    maritalStatus: text('marital_status'),
    education: text('education'),
    occupation: text('occupation'),
    dynamics: db
      .prepare(
        `SELECT quarter, count(*) AS n FROM requests ${dynamicsWhere} GROUP BY quarter ORDER BY quarter`,
      )
      .all(...(centerId === null ? [] : [centerId])) as { quarter: string; n: number }[],
  };
}
