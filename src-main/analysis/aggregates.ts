// The edge where the analysis touches SQL: counts for one selection, read from the rollups, nothing else.
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
  // The rollups (db/rollups.ts) hold the counts per center; summing over centers gives "all centers".
  const where = centerId === null ? 'quarter = ?' : 'quarter = ? AND center_id = ?';
  const args = (q: string) => (centerId === null ? [q] : [q, centerId]);
  const grouped = <K>(column: string, q: string) =>
    db
      .prepare(
        `SELECT ${column} AS key, sum(n) AS n FROM rollup_region_topic WHERE ${where}
         GROUP BY ${column} ORDER BY ${column}`,
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
      `SELECT region_code AS region, topic_id AS topic, sum(n) AS n FROM rollup_region_topic
       WHERE ${where} AND region_code IS NOT NULL AND topic_id IS NOT NULL
       GROUP BY region_code, topic_id ORDER BY region_code, topic_id`,
    )
    .all(...args(quarter)) as QuarterAggregates['regionTopic'];
  const portrait = new Map<string, Counted<string | null>[]>();
  for (const r of db
    .prepare(
      `SELECT dim, key, sum(n) AS n FROM rollup_portrait WHERE ${where} GROUP BY dim, key ORDER BY dim, key`,
    )
    .all(...args(quarter)) as { dim: string; key: string | null; n: number }[]) {
    const list = portrait.get(r.dim) ?? [];
    list.push({ key: r.key, n: r.n });
    portrait.set(r.dim, list);
  }
  // The rollup keeps NULL only where the analysis counts it (age, sex); the folded texts leave it out.
  const dim = (name: string) => portrait.get(name) ?? [];
  const text = (name: string) => dim(name) as Counted<string>[];
  const dynamicsWhere = centerId === null ? '' : 'WHERE center_id = ?';
  return {
    current,
    previous,
    topicNames,
    regionTopic,
    ages: dim('age')
      .map((r) => ({ key: r.key === null ? null : Number(r.key), n: r.n }))
      .sort((a, b) => (a.key ?? -1) - (b.key ?? -1)),
    sex: dim('sex'),
    socialStatus: text('social_status'),
    maritalStatus: text('marital_status'),
    education: text('education'),
    occupation: text('occupation'),
    dynamics: db
      .prepare(
        `SELECT quarter, sum(n) AS n FROM rollup_region_topic ${dynamicsWhere} GROUP BY quarter ORDER BY quarter`,
      )
      .all(...(centerId === null ? [] : [centerId])) as { quarter: string; n: number }[],
  };
}
