// The rollups against the direct GROUP BY over `requests` they replaced: after the import, and
// after every other write to `requests`, the analysis must read exactly what a recount would give.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAggregates, type Counted, type QuarterAggregates } from '../../src-main/analysis/aggregates';
import { openStore, type Store } from '../../src-main/db/client';
import { SCHEMA_VERSION } from '../../src-main/db/migrate';
import { rebuildAllRollups, refreshRollups } from '../../src-main/db/rollups';
import { csvText, writeFixture } from '../fixtures/build';
import { downgradeTo, importSample, openRaw, testBackend, type TestBackend } from '../fixtures/store';
import { NO_VALUE_ALIASES } from '../../src-main/shared/value-aliases';

/** The oracle: readAggregates as it was before the rollups, straight over `requests`. */
function recount(store: Store, quarter: string, previousQuarter: string, centerId: number | null) {
  const db = store.sqlite;
  const where = centerId === null ? 'quarter = ?' : 'quarter = ? AND center_id = ?';
  const args = (q: string) => (centerId === null ? [q] : [q, centerId]);
  const grouped = <K>(column: string, q: string) =>
    db
      .prepare(`SELECT ${column} AS key, count(*) AS n FROM requests WHERE ${where} GROUP BY ${column}`)
      .all(...args(q)) as Counted<K>[];
  const period = (q: string) => {
    const byRegion = grouped<string | null>('region_code', q);
    return {
      total: byRegion.reduce((a, r) => a + r.n, 0),
      byRegion,
      byTopic: grouped<number | null>('topic_id', q),
    };
  };
  const text = (column: string) =>
    db
      .prepare(
        `SELECT ulower(${column}) AS key, count(*) AS n FROM requests
         WHERE ${where} AND ${column} IS NOT NULL GROUP BY ulower(${column})`,
      )
      .all(...args(quarter)) as Counted<string>[];
  return {
    current: period(quarter),
    previous: period(previousQuarter),
    topicNames: new Map(
      (db.prepare('SELECT id, name FROM topics').all() as { id: number; name: string }[]).map((t) => [
        t.id,
        t.name,
      ]),
    ),
    regionTopic: db
      .prepare(
        `SELECT region_code AS region, topic_id AS topic, count(*) AS n FROM requests
         WHERE ${where} AND region_code IS NOT NULL AND topic_id IS NOT NULL GROUP BY region_code, topic_id`,
      )
      .all(...args(quarter)) as QuarterAggregates['regionTopic'],
    ages: grouped<number | null>('age', quarter),
    sex: grouped<string | null>('sex', quarter),
    socialStatus: grouped<string>('social_status', quarter),
    maritalStatus: text('marital_status'),
    education: text('education'),
    occupation: text('occupation'),
    valueAliases: NO_VALUE_ALIASES,
    dynamics: db
      .prepare(
        `SELECT quarter, count(*) AS n FROM requests ${centerId === null ? '' : 'WHERE center_id = ?'}
         GROUP BY quarter ORDER BY quarter`,
      )
      .all(...(centerId === null ? [] : [centerId])) as { quarter: string; n: number }[],
  } satisfies QuarterAggregates;
}

/** Row order is no part of the contract: every list sorted, the Map as sorted entries. */
function canonical(a: QuarterAggregates): unknown {
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const period = (p: QuarterAggregates['current']) => ({
    total: p.total,
    byRegion: sorted(p.byRegion),
    byTopic: sorted(p.byTopic),
  });
  return {
    current: period(a.current),
    previous: period(a.previous),
    topicNames: [...a.topicNames].sort((x, y) => x[0] - y[0]),
    regionTopic: sorted(a.regionTopic),
    ages: sorted(a.ages),
    sex: sorted(a.sex),
    socialStatus: sorted(a.socialStatus),
    maritalStatus: sorted(a.maritalStatus),
    education: sorted(a.education),
    occupation: sorted(a.occupation),
    dynamics: a.dynamics,
  };
}

const quarters = (store: Store) =>
  store.sqlite.prepare('SELECT DISTINCT quarter FROM requests ORDER BY 1').pluck().all() as string[];
const centers = (store: Store) =>
  store.sqlite.prepare('SELECT id FROM contact_centers ORDER BY 1').pluck().all() as number[];

/** Every quarter stored (and one beyond), every center and all together, against both comparisons. */
function expectCurrent(store: Store): void {
  const stored = quarters(store);
  expect(stored.length).toBeGreaterThan(0);
  let checked = 0;
  for (const quarter of [...stored, '2030-Q1']) {
    const [year, q] = quarter.split('-Q').map(Number) as [number, number];
    const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
    for (const before of [previous, `${year - 1}-Q${q}`]) {
      for (const center of [null, ...centers(store)]) {
        const label = `${quarter} vs ${before}, center ${center ?? 'all'}`;
        expect(canonical(readAggregates(store, quarter, before, center)), label).toEqual(
          canonical(recount(store, quarter, before, center)),
        );
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(2);
}

const rollupRows = (store: Store) =>
  store.sqlite
    .prepare(
      `SELECT 'rt' AS t, quarter, center_id, region_code AS a, CAST(topic_id AS TEXT) AS b, n FROM rollup_region_topic
       UNION ALL SELECT 'p', quarter, center_id, dim, key, n FROM rollup_portrait ORDER BY 1, 2, 3, 4, 5`,
    )
    .all();

let b: TestBackend;
afterEach(() => b.close());

describe('the rollups', () => {
  // Needs the import to refresh the quarters it stored (import/service.ts `run`).
  it('count what the import stored, per center, exactly as the direct GROUP BY does', async () => {
    b = testBackend();
    await importSample(b);
    const partTwo = join(import.meta.dirname, '..', '..', 'resources', 'sample', '1414_2026-Q3_part2_ru.csv');
    await b.call('imports.run', { paths: [partTwo], center: 'Контакт-центр 109', newCenter: true });
    expect(quarters(b.store)).toEqual(['2026-Q2', '2026-Q3']);
    expect(centers(b.store)).toHaveLength(2);
    expectCurrent(b.store);
    const stats = await b.call('stats.get', {});
    const byQuarter = Object.fromEntries(
      (
        b.store.sqlite.prepare('SELECT quarter, count(*) AS n FROM requests GROUP BY quarter').all() as {
          quarter: string;
          n: number;
        }[]
      ).map((r) => [r.quarter, r.n]),
    );
    expect(stats.byQuarter).toEqual(byQuarter);
    expect(stats.total).toBe(b.store.sqlite.prepare('SELECT count(*) FROM requests').pluck().get());
    // Nothing left over from a refresh: the rows are those a recount from scratch writes.
    const before = rollupRows(b.store);
    rebuildAllRollups(b.store.sqlite);
    expect(rollupRows(b.store)).toEqual(before);
  });

  // Needs the import to refresh (`run`), and the undo to refresh the quarters of the batch it removed (`undo`).
  it('follow an import undone', async () => {
    b = testBackend();
    await importSample(b);
    const late = csvText(
      [
        ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Семейное положение'],
        ['UNDO-1', '01.10.2026 09:00', 'СКО', 'Газ', 'ЗАМУЖЕМ'],
        ['UNDO-2', '02.10.2026 09:00', 'ВКО', 'Свет', 'холост'],
        ['UNDO-3', '03.07.2026 09:00', 'СКО', 'Газ', null],
      ],
      ';',
    );
    const report = await b.call('imports.run', { paths: [writeFixture(b.dir, 'late.csv', late)] });
    const batchId = report.files[0]?.sheets[0]?.batchId as number;
    expect(quarters(b.store)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expectCurrent(b.store);
    expect(await b.call('imports.undo', { batchId })).toEqual({ batchId, removed: 3 });
    expect(quarters(b.store)).toEqual(['2026-Q2', '2026-Q3']);
    expectCurrent(b.store);
    // The quarter that lost its only requests leaves no rows behind, not rows of zero.
    expect(
      b.store.sqlite
        .prepare("SELECT count(*) FROM rollup_region_topic WHERE quarter = '2026-Q4'")
        .pluck()
        .get(),
    ).toBe(0);
    const batches = (await b.call('stats.get', {})).batches;
    for (const batch of batches) await b.call('imports.undo', { batchId: batch.id });
    expect(rollupRows(b.store)).toEqual([]);
    expect((await b.call('stats.get', {})).total).toBe(0);
  });

  // Independent of the import: the store is recounted after it, so only the write under test must refresh.
  it('follow a topic merge and a region placed by hand', async () => {
    b = testBackend();
    await importSample(b);
    rebuildAllRollups(b.store.sqlite);
    expectCurrent(b.store);

    const topics = await b.call('topics.list', {});
    const [into, from] = topics as [(typeof topics)[0], (typeof topics)[0]];
    await b.call('topics.merge', { from: from.id, into: into.id });
    expect(
      b.store.sqlite
        .prepare('SELECT count(*) FROM rollup_region_topic WHERE topic_id = ?')
        .pluck()
        .get(from.id),
    ).toBe(0);
    expectCurrent(b.store);

    const unplaced = await b.call('regions.unplaced', {});
    expect(unplaced.length).toBeGreaterThan(0);
    const spelling = unplaced[0] as { value: string; count: number };
    const { moved } = await b.call('regions.place', { value: spelling.value, code: 'KZ-71' });
    expect(moved).toBe(spelling.count);
    expectCurrent(b.store);
  });

  it('refresh inside the caller’s transaction, and roll back with it', async () => {
    b = testBackend();
    await importSample(b);
    rebuildAllRollups(b.store.sqlite);
    const before = rollupRows(b.store);
    const db = b.store.sqlite;
    expect(() =>
      db.transaction(() => {
        db.prepare("DELETE FROM requests WHERE quarter = '2026-Q2'").run();
        refreshRollups(db, ['2026-Q2']);
        expect(
          db.prepare("SELECT count(*) FROM rollup_portrait WHERE quarter = '2026-Q2'").pluck().get(),
        ).toBe(0);
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    expect(rollupRows(b.store)).toEqual(before);
    db.transaction(() => {
      db.prepare("DELETE FROM requests WHERE quarter = '2026-Q2'").run();
      refreshRollups(db, ['2026-Q2', '2026-Q2']);
    })();
    expectCurrent(b.store);
  });

  it('are filled by the migration from the requests an older store already holds', async () => {
    b = testBackend();
    await importSample(b);
    const path = b.dbPath;
    b.close();
    const old = openRaw(path);
    downgradeTo(old, 3);
    old.close();
    const store = openStore(path);
    try {
      expect(store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expectCurrent(store);
    } finally {
      store.close();
    }
  });
});
