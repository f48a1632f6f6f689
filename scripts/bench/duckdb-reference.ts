// The DuckDB reference for the analysis: the same rows (the columns the analysis reads, written in the same
// pass as the SQLite store) in an in-memory DuckDB table, and the queries of src-main/analysis/aggregates.ts
// translated one for one (no contact center chosen: `WHERE quarter = ?`). Its results are compared with what
// readAggregates returns from the store, so a mismatch in data or translation shows.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readAggregates, type QuarterAggregates } from '../../src-main/analysis/aggregates';
import type { Store } from '../../src-main/db/client';
import { ANALYSIS_COLUMNS } from './analysis-store';
import { medianSeconds, since } from './stats';

export interface DuckdbReference {
  /** Median seconds of all the queries of one analysis. */
  seconds: number;
  loadSeconds: number;
  /** DuckDB returned exactly the counts readAggregates returns. */
  identical: boolean;
  mismatch?: string;
  version: string;
}

type Rows = [unknown, unknown][];

const COLUMN_TYPES: Record<(typeof ANALYSIS_COLUMNS)[number], string> = {
  quarter: 'VARCHAR',
  center_id: 'INTEGER',
  region_code: 'VARCHAR',
  topic_id: 'INTEGER',
  sex: 'VARCHAR',
  age: 'INTEGER',
  social_status: 'VARCHAR',
  marital_status: 'VARCHAR',
  education: 'VARCHAR',
  occupation: 'VARCHAR',
};

/** readAggregates' queries, in its order; every list comes back as [key, n] pairs. */
async function aggregates(c: DuckDBConnection, quarter: string, previous: string) {
  const rows = async (sql: string, params: string[] = []): Promise<unknown[][]> =>
    (await c.runAndReadAll(sql, params)).getRows();
  const grouped = (column: string, q: string) =>
    rows(`SELECT ${column} AS key, count(*) AS n FROM requests WHERE quarter = $1 GROUP BY ${column}`, [q]);
  const period = async (q: string) => ({
    byRegion: await grouped('region_code', q),
    byTopic: await grouped('topic_id', q),
  });
  const current = await period(quarter);
  const prev = await period(previous);
  const topicNames = await rows('SELECT id, name FROM topics');
  const regionTopic = await rows(
    `SELECT region_code AS region, topic_id AS topic, count(*) AS n FROM requests
     WHERE quarter = $1 AND region_code IS NOT NULL AND topic_id IS NOT NULL GROUP BY region_code, topic_id`,
    [quarter],
  );
  // lower() in DuckDB folds Unicode, as the store's ulower does.
  const text = (column: string) =>
    rows(
      `SELECT lower(${column}) AS key, count(*) AS n FROM requests
       WHERE quarter = $1 AND ${column} IS NOT NULL GROUP BY lower(${column})`,
      [quarter],
    );
  return {
    current,
    previous: prev,
    topicNames,
    regionTopic,
    ages: await grouped('age', quarter),
    sex: await grouped('sex', quarter),
    socialStatus: await grouped('social_status', quarter),
    maritalStatus: await text('marital_status'),
    education: await text('education'),
    occupation: await text('occupation'),
    dynamics: await rows('SELECT quarter, count(*) AS n FROM requests GROUP BY quarter ORDER BY quarter'),
  };
}

/** A list as sorted 'key=n' lines, whatever the engine's value types. */
function canonical(rows: unknown[][]): string {
  return rows
    .map((r) => r.map((v) => (v === null ? 'NULL' : String(v))).join('|'))
    .sort()
    .join('\n');
}

function fromSqlite(a: QuarterAggregates): Record<string, string> {
  const pairs = (list: { key: unknown; n: number }[]): Rows => list.map((r) => [r.key, r.n]);
  return {
    currentRegion: canonical(pairs(a.current.byRegion)),
    currentTopic: canonical(pairs(a.current.byTopic)),
    previousRegion: canonical(pairs(a.previous.byRegion)),
    previousTopic: canonical(pairs(a.previous.byTopic)),
    topicNames: canonical([...a.topicNames]),
    regionTopic: canonical(a.regionTopic.map((r) => [r.region, r.topic, r.n])),
    ages: canonical(pairs(a.ages)),
    sex: canonical(pairs(a.sex)),
    socialStatus: canonical(pairs(a.socialStatus)),
    maritalStatus: canonical(pairs(a.maritalStatus)),
    education: canonical(pairs(a.education)),
    occupation: canonical(pairs(a.occupation)),
    dynamics: canonical(a.dynamics.map((d) => [d.quarter, d.n])),
  };
}

function fromDuckdb(a: Awaited<ReturnType<typeof aggregates>>): Record<string, string> {
  return {
    currentRegion: canonical(a.current.byRegion),
    currentTopic: canonical(a.current.byTopic),
    previousRegion: canonical(a.previous.byRegion),
    previousTopic: canonical(a.previous.byTopic),
    topicNames: canonical(a.topicNames),
    regionTopic: canonical(a.regionTopic),
    ages: canonical(a.ages),
    sex: canonical(a.sex),
    socialStatus: canonical(a.socialStatus),
    maritalStatus: canonical(a.maritalStatus),
    education: canonical(a.education),
    occupation: canonical(a.occupation),
    dynamics: canonical(a.dynamics),
  };
}

export async function duckdbReference(
  csvPath: string,
  topics: { id: number; name: string }[],
  store: Store,
  quarter: string,
  previous: string,
  runs: number,
): Promise<DuckdbReference> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    const loadStart = performance.now();
    const columns = ANALYSIS_COLUMNS.map((name) => `'${name}': '${COLUMN_TYPES[name]}'`).join(', ');
    await c.run(
      `CREATE TABLE requests AS SELECT * FROM read_csv('${csvPath.replaceAll("'", "''")}',
         header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`,
    );
    await c.run('CREATE TABLE topics (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL)');
    const insert = await c.prepare('INSERT INTO topics VALUES ($1, $2)');
    for (const t of topics) {
      insert.bind([t.id, t.name]);
      await insert.run();
    }
    const loadSeconds = since(loadStart);
    const version = String((await c.runAndReadAll('SELECT version()')).getRows()[0]?.[0] ?? '?');

    const mine = fromDuckdb(await aggregates(c, quarter, previous)); // also the warm-up run
    const theirs = fromSqlite(readAggregates(store, quarter, previous, null));
    const differing = Object.keys(theirs).filter((k) => theirs[k] !== mine[k]);
    const seconds = await medianSeconds(runs, () => aggregates(c, quarter, previous));
    const result: DuckdbReference = { seconds, loadSeconds, identical: differing.length === 0, version };
    if (differing.length > 0) result.mismatch = differing.join(', ');
    return result;
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
