// The quarter under a region and/or topic filter, over a real store of the bundled sample: with no filter it is
// the main analysis; with one, its figures are the requests the filter keeps, counted straight from `requests`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitCounts } from '../../src-main/db/rollup-counts';
import { portraitCountsWhere, portraitQueryPlan } from '../../src-main/db/slice-counts';
import type { Analysis } from '../../src-main/shared/analysis';
import { tempDir } from '../fixtures/build';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

let b: TestBackend;
let analysis: Analysis;
const Q = '2026-Q3';

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  analysis = await b.call('analysis.quarter', { quarter: Q });
}, 60_000);
afterAll(() => b?.close());

/** The oracle: a count straight over the requests of the quarter. */
const count = (where: string, ...args: (string | number)[]) =>
  b.store.sqlite
    .prepare<(string | number)[], number>(
      `SELECT count(*) FROM requests r LEFT JOIN topics t ON t.id = r.topic_id WHERE r.quarter = ? AND ${where}`,
    )
    .pluck()
    .get(Q, ...args) as number;

describe('the slice of a quarter', () => {
  it('with no filter states the main analysis', async () => {
    const s = await b.call('analysis.slice', { quarter: Q });
    expect(s.filter).toEqual({ region: null, topic: null });
    expect([s.total, s.previousTotal, s.change, s.changePercent]).toEqual([
      analysis.total,
      analysis.previousTotal,
      analysis.change,
      analysis.changePercent,
    ]);
    expect(s.byTopic).toEqual(analysis.byTopic);
    expect(s.topicNotSpecified).toEqual(analysis.topicNotSpecified);
    expect(
      s.byRegion.map((r) => ({
        code: r.code,
        nameRu: r.nameRu,
        nameKk: r.nameKk,
        count: r.count,
        previousCount: r.previousCount,
      })),
    ).toEqual(analysis.byRegion);
    expect(s.portrait).toEqual(analysis.portrait);
    expect(s.dynamics).toEqual(analysis.dynamics);
    for (const [name, names] of Object.entries(analysis.topicNames))
      expect(s.topicNames[name]).toEqual(names);
  });

  it('under a region: its topics, portrait and dynamics; the regions untouched', async () => {
    const all = await b.call('analysis.slice', { quarter: Q });
    const s = await b.call('analysis.slice', { quarter: Q, region: 'KZ-71' });
    const expected = count("r.region_code = 'KZ-71'");
    expect(s.total).toBe(expected);
    expect(s.total).toBe(analysis.byRegion.find((r) => r.code === 'KZ-71')?.count);
    expect(s.byTopic.reduce((a, r) => a + r.count, 0) + s.topicNotSpecified.count).toBe(expected);
    for (const row of s.byTopic.slice(0, 5))
      expect(row.count).toBe(count("r.region_code = 'KZ-71' AND t.name = ?", row.topic));
    // Regions are filtered by the topic only: with none, they stay the quarter's.
    expect(s.byRegion).toEqual(all.byRegion);
    const p = s.portrait;
    if (p === null) throw new Error('a stored quarter has its filtered portrait');
    expect(p.sex.female + p.sex.male + p.sex.unknown).toBe(expected);
    expect(Object.values(p.age).reduce((a, n) => a + n, 0)).toBe(expected);
    expect(p.sex.female).toBe(count("r.region_code = 'KZ-71' AND r.sex = 'female'"));
    expect(s.dynamics.find((d) => d.quarter === Q)?.count).toBe(expected);
    expect(s.dynamics.map((d) => d.quarter)).toEqual(analysis.dynamics.map((d) => d.quarter));
  });

  it('under a topic: its regions with their change; both filters at once', async () => {
    const s = await b.call('analysis.slice', { quarter: Q, topic: 'Отопление' });
    expect(s.total).toBe(analysis.byTopic.find((r) => r.topic === 'Отопление')?.count);
    expect(s.byRegion.reduce((a, r) => a + r.count, 0)).toBe(s.total);
    const astana = s.byRegion.find((r) => r.code === 'KZ-71');
    expect(astana?.count).toBe(count("r.region_code = 'KZ-71' AND t.name = 'Отопление'"));
    expect(s.byRegion.at(-1)?.code).toBe('unspecified');
    expect(s.byTopic).toEqual(analysis.byTopic);
    const both = await b.call('analysis.slice', { quarter: Q, topic: 'Отопление', region: 'KZ-71' });
    expect(both.total).toBe(astana?.count);
    const sex = both.portrait?.sex;
    expect((sex?.female ?? 0) + (sex?.male ?? 0) + (sex?.unknown ?? 0)).toBe(both.total);
    const none = await b.call('analysis.slice', { quarter: Q, topic: 'Нет такой темы' });
    expect(none.total).toBe(0);
  });

  it('marks the regions that grew by more than 30 %, as the topics are marked', async () => {
    const s = await b.call('analysis.slice', { quarter: Q, topic: 'Отопление' });
    for (const r of s.byRegion)
      expect(r.growthOver30, r.code).toBe(r.previousCount > 0 && r.count * 10 > r.previousCount * 13);
    expect(s.byRegion.some((r) => r.growthOver30)).toBe(true);
  });

  it('the requests with no region are a region of their own', async () => {
    const s = await b.call('analysis.slice', { quarter: Q, region: 'unspecified' });
    expect(s.total).toBe(analysis.byRegion.find((r) => r.code === 'unspecified')?.count);
    expect(s.total).toBe(count('r.region_code IS NULL'));
  });

  it('reads the filtered portrait by the quarter index, and reads it as the rollup does', () => {
    const plan = portraitQueryPlan(b.store, Q, null, { region: 'KZ-71', topicIds: null }).join('\n');
    expect(plan).toMatch(/SEARCH requests USING INDEX requests_quarter/);
    const sorted = (rows: { dim: string; key: string | null; n: number }[]) =>
      [...rows].sort((x, y) => `${x.dim}|${x.key}`.localeCompare(`${y.dim}|${y.key}`));
    expect(sorted(portraitCountsWhere(b.store, Q, null, { region: null, topicIds: null }))).toEqual(
      sorted(portraitCounts(b.store, Q, null)),
    );
  });

  it('has the topic × region pivot of the quarter with its totals', async () => {
    const { pivot } = await b.call('analysis.slice', { quarter: Q, region: 'KZ-75' });
    expect(pivot.total).toBe(analysis.total);
    expect(pivot.rowTotals.reduce((a, n) => a + n, 0)).toBe(analysis.total);
    expect(pivot.columnTotals).toEqual(
      pivot.regions.map((code) => analysis.byRegion.find((r) => r.code === code)?.count),
    );
    const i = pivot.topics.indexOf('Отопление');
    const j = pivot.regions.indexOf('KZ-71');
    expect(pivot.cells[i]?.[j]).toBe(count("r.region_code = 'KZ-71' AND t.name = 'Отопление'"));
    expect(pivot.rowTotals[i]).toBe(analysis.byTopic.find((r) => r.topic === 'Отопление')?.count);
    if (pivot.topics.includes(null)) expect(pivot.topics.at(-1)).toBeNull();
  });
});

describe('the slice of a quarter the retention setting purged', () => {
  it('has no filtered portrait to show, while its totals stay those of its rollup', async () => {
    let clock = '2026-11-23 10:00:00';
    const p = testBackend(join(tempDir(), 'purged.db'), { now: () => clock });
    try {
      await importSample(p);
      const before = await p.call('analysis.slice', { quarter: '2026-Q2', region: 'KZ-71' });
      expect(before.portrait?.sex.female).toBeGreaterThan(0);
      clock = '2028-08-10 12:00:00';
      await p.call('retention.set', { years: 2 });
      const count = p.store.sqlite
        .prepare<[string], number>('SELECT count(*) FROM requests WHERE quarter = ?')
        .pluck();
      expect(count.get('2026-Q2')).toBe(0);

      const filtered = await p.call('analysis.slice', { quarter: '2026-Q2', region: 'KZ-71' });
      expect(filtered.total).toBe(before.total);
      expect(filtered.total).toBeGreaterThan(0);
      expect(filtered.portrait).toBeNull();
      const byTopic = await p.call('analysis.slice', { quarter: '2026-Q2', topic: 'Отопление' });
      expect(byTopic.portrait).toBeNull();
      // Unfiltered, the rollup still has the whole quarter's portrait.
      const whole = await p.call('analysis.slice', { quarter: '2026-Q2' });
      const sex = whole.portrait?.sex;
      expect((sex?.female ?? 0) + (sex?.male ?? 0) + (sex?.unknown ?? 0)).toBe(whole.total);
      // A quarter still stored keeps its filtered portrait.
      const kept = await p.call('analysis.slice', { quarter: '2026-Q3', region: 'KZ-71' });
      expect(kept.portrait?.sex.female).toBeGreaterThan(0);
    } finally {
      p.close();
    }
  }, 60_000);
});

describe('a table exported as a spreadsheet', () => {
  it('writes a header row, numbers as numbers, widths', async () => {
    const path = join(b.dir, 'out', 'topics.xlsx');
    const r = await b.call('tables.export', {
      path,
      sheet: 'Темы: 3 кв.',
      columns: ['Тема', 'Запросов', 'Изменение, %'],
      rows: [
        ['Отопление', 190, 35.7],
        ['=HYPERLINK("x")', 2, null],
      ],
    });
    expect(r).toEqual({ path, rows: 2 });
    const wb = XLSX.read(readFileSync(path), { cellStyles: true });
    expect(wb.SheetNames).toEqual(['Темы  3 кв.']);
    const ws = wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
    expect(rows).toEqual([
      ['Тема', 'Запросов', 'Изменение, %'],
      ['Отопление', 190, 35.7],
      ['\'=HYPERLINK("x")', 2, null],
    ]);
    expect(ws.B2?.t).toBe('n');
    expect((ws['!cols'] ?? []).map((c) => c.wch)).toEqual([18, 10, 14]);
  });

  it('names the file it cannot write', async () => {
    const blocker = join(b.dir, 'blocker');
    mkdirSync(b.dir, { recursive: true });
    writeFileSync(blocker, 'a file, not a folder');
    const path = join(blocker, 'x.xlsx');
    const e = await b.refused('tables.export', { path, sheet: 'x', columns: ['a'], rows: [[1]] });
    expect(e.code).toBe('fileUnwritable');
    expect(e.params).toMatchObject({ path });
  });
});
