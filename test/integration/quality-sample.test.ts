// The quality analysis on the bundled sample: the figures its generator planted (resources/sample/README.md, counted by the
// generator itself, not by the analysis) come back from `analyze --json`; the справка's annex prints them in
// both languages; an approval freezes them against a later import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
import type { QualityAnalysis } from '../../src-main/shared/quality';
import { cli } from '../fixtures/cli';
import { tempDir, workbookBytes, writeFixture } from '../fixtures/build';
import { extractPdfText } from '../fixtures/pdf-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { readyForApproval } from '../fixtures/rich-text';

let dir: string;
let db: string;
let b: TestBackend;
let sample: QualityAnalysis;

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'saraptama.db');
  b = testBackend(db);
  await importSample(b);
  const run = await cli(['analyze', '--quarter', '2026-Q3', '--json', '--db', db]);
  expect(run.err).toBe('');
  sample = (JSON.parse(run.out) as Analysis & { quality: QualityAnalysis }).quality;
}, 120_000);
afterAll(() => b.close());

const row = <T extends { count: number; previousCount: number }>(list: T[], pick: (r: T) => boolean) => {
  const r = list.find(pick);
  return r ? [r.count, r.previousCount] : undefined;
};

describe('the sample quarter 2026-Q3 against 2026-Q2', () => {
  it('counts requests by channel and language in the shape of the quality contract', () => {
    expect([sample.total, sample.previousTotal]).toEqual([2290, 1804]);
    for (const list of [sample.byChannel, sample.byLanguage]) {
      expect(list.reduce((a, r) => a + r.count, 0)).toBe(2290);
      expect(list.reduce((a, r) => a + r.previousCount, 0)).toBe(1804);
    }
    expect(Object.keys(sample.byChannel[0] ?? {}).sort()).toEqual(['channel', 'count', 'previousCount']);
    expect(Object.keys(sample.byLanguage[0] ?? {}).sort()).toEqual(['count', 'language', 'previousCount']);
  });

  it('counts categories and types as planted', () => {
    expect(row(sample.byCategory, (r) => r.category === 'typical')).toEqual([2034, 1651]);
    expect(row(sample.byCategory, (r) => r.category === 'complaint')).toEqual([209, 126]);
    expect(row(sample.byCategory, (r) => r.category === 'strategic')).toEqual([47, 27]);
    const types = {
      consultation: [1051, 795],
      application: [510, 446],
      request: [231, 180],
      complaint: [209, 126],
    };
    for (const [type, counts] of Object.entries(types))
      expect(
        row(sample.byType, (r) => r.type === type),
        type,
      ).toEqual(counts);
    expect(row(sample.byType, (r) => r.type === 'proposal')).toEqual([115, 96]);
    expect(row(sample.byType, (r) => r.type === 'message')).toEqual([103, 100]);
    expect(row(sample.byType, (r) => r.type === 'response')).toEqual([71, 61]);
  });

  it('finds the repeats the generator planted: marked, plus same phone and topic within 90 days unmarked', () => {
    const r = sample.repeats;
    expect([r.flagged, r.found, r.total, r.previousTotal]).toEqual([77, 24, 101, 58]);
    expect(r.multiple).toEqual({
      applicants: 13,
      requests: 40,
      previousApplicants: 10,
      previousRequests: 30,
    });
  });

  it('judges the answers against the written or the statutory deadline', () => {
    const t = sample.answers.timeliness;
    expect([t.judged, t.onTime, t.late, t.overdueUnanswered, t.pending]).toEqual([1136, 896, 73, 38, 129]);
    expect([t.onTimePercent, t.previousOnTimePercent]).toEqual([89, 91.1]);
    expect(t.deadlineGiven).toBe(795);
    const results = sample.answers.results;
    expect(row(results, (x) => x.result === 'explained')).toEqual([1365, 1119]);
    expect(row(results, (x) => x.result === 'satisfied')).toEqual([405, 317]);
    expect(row(results, (x) => x.result === 'forwarded')).toEqual([135, 128]);
    expect(row(results, (x) => x.result === 'refused')).toEqual([96, 93]);
    expect(row(results, (x) => x.result === 'unspecified')).toEqual([254, 113]);
  });

  it('measures the line: wait against the 40-second norm and the consultants’ rating', () => {
    const q = sample.quality;
    expect(q.wait).toMatchObject({ calls: 1285, averageSeconds: 29.7, within40Percent: 81.7 });
    expect(q.previous.wait).toMatchObject({ calls: 972, averageSeconds: 25.2, within40Percent: 89.6 });
    expect(q.rating).toEqual({ rated: 920, average: 4.24, distribution: [37, 40, 96, 235, 512] });
    expect(q.previous.rating).toEqual({ rated: 694, average: 4.45, distribution: [23, 14, 48, 149, 460] });
    expect(q.byMonth.map((m) => [m.month, m.wait.calls])).toEqual([
      ['2026-07', 389],
      ['2026-08', 432],
      ['2026-09', 464],
    ]);
    expect(q.averageDurationSeconds).toBe(189.8);
  });

  it('counts a district once whether the quarter spells it in Kazakh and the comparison period in Russian', () => {
    const almaly = sample.districts.filter((d) => d.region === 'KZ-75' && /алмал/i.test(d.district));
    expect(almaly).toHaveLength(1);
    expect(almaly[0]?.previousCount).toBe(59);
    const spelt = b.store.sqlite
      .prepare(
        `SELECT district, count(*) AS n FROM requests WHERE quarter = '2026-Q3' AND region_code = 'KZ-75'
         AND district IN ('Алмалы ауданы', 'Алмалинский район') GROUP BY district ORDER BY district`,
      )
      .all();
    // Both spellings in the quarter (the Kazakh file and the Russian CSV); shown as the more frequent one.
    expect(spelt).toEqual([
      { district: 'Алмалинский район', n: expect.any(Number) as number },
      { district: 'Алмалы ауданы', n: expect.any(Number) as number },
    ]);
    const [ru, kk] = spelt as { n: number }[];
    expect(almaly[0]?.count).toBe((ru?.n ?? 0) + (kk?.n ?? 0));
    expect(almaly[0]?.district).toBe((kk?.n ?? 0) >= (ru?.n ?? 0) ? 'Алмалы ауданы' : 'Алмалинский район');
  });
});

describe('the annex of the справка', () => {
  it.each([
    ['kk', 'Байланыс орталығының қызмет көрсету сапасы'],
    ['ru', 'Качество обслуживания контакт-центра'],
  ] as const)(
    'is printed in %s with `report --quality-annex`, and only with it',
    async (lang, title) => {
      const words = async (extra: string[]) => {
        const out = join(dir, `spravka-${lang}-${extra.length}.pdf`);
        const run = await cli([
          'report',
          '--quarter',
          '2026-Q3',
          '--lang',
          lang,
          '--out',
          out,
          '--db',
          db,
          ...extra,
        ]);
        expect(run.code, run.err).toBe(0);
        return (await extractPdfText(readFileSync(out))).join('\n').replace(/\s+/g, ' ');
      };
      const plain = await words([]);
      const annexed = await words(['--quality-annex']);
      expect(plain).not.toContain(title);
      expect(annexed).toContain(title);
      expect(annexed).toContain('89,6');
      expect(annexed).toContain('81,7');
      expect(annexed).toContain('4,24');
    },
    60_000,
  );

  it('keeps the numbers it was approved with when later requests arrive', async () => {
    await readyForApproval(b, { quarter: '2026-Q3', lang: 'ru' });
    await b.call('spravka.approve', { quarter: '2026-Q3', lang: 'ru' });
    // 30 more calls in September, each waiting two minutes: the live line gets worse.
    const header = ['Рег. номер', 'Дата поступления', 'Канал', 'Регион', 'Тематика', 'Время ожидания, сек'];
    const rows = Array.from({ length: 30 }, (_, i) => [
      `LATE-${i}`,
      '15.09.2026 10:00',
      'Телефон',
      'Абай',
      'Отопление',
      120,
    ]);
    const file = writeFixture(dir, 'late-calls.xlsx', workbookBytes({ Лист1: [header, ...rows] }));
    await b.call('imports.run', { paths: [file], center: 'Единый контакт-центр 1414' });
    const live = await b.call('analysis.quality', { quarter: '2026-Q3' });
    expect(live.quality.wait.calls).toBe(1315);
    const out = join(dir, 'approved.pdf');
    await b.call('report.write', { quarter: '2026-Q3', lang: 'ru', out, qualityAnnex: true });
    const text = (await extractPdfText(readFileSync(out))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('81,7');
    expect(text).not.toContain(String(live.quality.wait.within40Percent).replace('.', ','));
  }, 60_000);
});
