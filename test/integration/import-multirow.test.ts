// The import stores its rows many to a statement (db/requests.ts): which rows of a statement were there before
// must still be told exactly, for the counts, the duplicates and the rollups.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, writeFixture } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];
// Two quarters and two regions, so the rollups are checked by more than a total.
const row = (n: number) => [
  `R-${n}`,
  `${String((n % 28) + 1).padStart(2, '0')}.${n % 2 === 0 ? '02' : '05'}.2024 10:00`,
  n % 3 === 0 ? 'СКО' : 'г. Астана',
  n % 5 === 0 ? 'Газ' : 'Отопление',
];
const file = (name: string, ns: number[]) =>
  writeFixture(b.dir, name, csvText([HEADER, ...ns.map(row)], ';'));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

let b: TestBackend;
beforeEach(() => {
  b = testBackend();
});
afterEach(() => b.close());

describe('rows stored many to a statement', () => {
  it('stores only the rows not there before, across statements, and counts them once', async () => {
    // Every third request of 1..130 first: the second file's statements each mix stored and new rows.
    const seeded = range(1, 130).filter((n) => n % 3 === 0);
    await b.call('imports.run', { paths: [file('seed.csv', seeded)] });
    const report = await b.call('imports.run', { paths: [file('all.csv', range(1, 130))] });
    expect(report.files[0]?.sheets[0]).toMatchObject({
      stored: 130 - seeded.length,
      duplicates: seeded.length,
    });

    const byBatch = b.store.sqlite
      .prepare<[], { reg: string; batch: number }>(
        'SELECT reg_number AS reg, batch_id AS batch FROM requests ORDER BY id',
      )
      .all();
    expect(byBatch).toHaveLength(130);
    const first = byBatch[0]?.batch;
    const inFirst = byBatch.filter((r) => r.batch === first).map((r) => r.reg);
    expect(inFirst).toEqual(seeded.map((n) => `R-${n}`));

    // The rollups count every request once: as a recount from the requests does.
    const rollup = () =>
      b.store.sqlite
        .prepare('SELECT quarter, region_code, topic_id, n FROM rollup_region_topic ORDER BY 1, 2, 3')
        .all();
    const counted = rollup();
    const stats = await b.call('stats.get', {});
    expect(stats.total).toBe(130);
    b.store.sqlite.exec('DELETE FROM rollup_region_topic');
    b.store.sqlite.exec(`INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n)
      SELECT quarter, center_id, region_code, topic_id, count(*) FROM requests GROUP BY 1, 2, 3, 4`);
    expect(rollup()).toEqual(counted);
  });

  it('stores a request given twice in one command once', async () => {
    const report = await b.call('imports.run', {
      paths: [file('a.csv', range(1, 70)), file('b.csv', range(51, 120))],
    });
    expect(report.files.map((f) => f.sheets[0]?.stored)).toEqual([70, 50]);
    expect(report.files[1]?.sheets[0]?.duplicates).toBe(20);
    expect(b.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 120 });
  });
});
