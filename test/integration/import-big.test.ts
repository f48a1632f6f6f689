// A file big enough to be scanned in a thread of its own while the import's thread stores it.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../src-main/import/parallel-scan';
import { csvText, tempDir } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const ROWS = 45_000;
const BAD_DATES = [101, 20_001, 44_000];
const REPEATED = 30_000;
const TEXT = 'Просит разъяснить порядок получения адресной социальной помощи и перечень документов. '.repeat(
  4,
);

/** Rows are numbered as the file shows them: the header is row 1, request i is row i + 1. */
function bigExport(): string {
  const grid: (string | number)[][] = [
    ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Содержание'],
  ];
  for (let i = 1; i <= ROWS; i++) {
    const row = i + 1;
    grid.push([
      row === REPEATED ? 'Б-7' : `Б-${i}`,
      BAD_DATES.includes(row)
        ? '31.02.2026'
        : `${String(1 + (i % 28)).padStart(2, '0')}.0${7 + (i % 3)}.2026 09:30`,
      ['г. Астана', 'Павлодарская область', 'ЗКО'][i % 3] as string,
      `Тема ${i % 25}`,
      `${TEXT}№ ${i}`,
    ]);
  }
  const path = join(tempDir(), 'big-export.csv');
  writeFileSync(path, csvText(grid, ';'));
  return path;
}

let b: TestBackend;
let path: string;
beforeAll(() => {
  b = testBackend();
  path = bigExport();
});
afterAll(() => b.close());

describe('a big file, scanned beside its storing', () => {
  it('is big enough to take the two-thread path', () => {
    expect(statSync(path).size).toBeGreaterThan(PARALLEL_MIN_BYTES);
  });

  it('refuses the file with every bad row named, and stores nothing', async () => {
    const before = b.snapshot();
    const error = await b.refused('imports.run', { paths: [path], center: 'Большой центр' });
    expect(error.code).toBe('invalidRows');
    expect(error.problems?.map((p) => [p.row, p.column, p.reason])).toEqual([
      [101, 'B', 'dateImpossible'],
      [20_001, 'B', 'dateImpossible'],
      [REPEATED, 'A', 'duplicateInFile'],
      [44_000, 'B', 'dateImpossible'],
    ]);
    expect(b.snapshot()).toBe(before);
  });

  it('stores the valid rows under --skip-invalid, counts them everywhere, and writes the refused ones', async () => {
    const report = await b.call('imports.run', { paths: [path], center: 'Большой центр', skipInvalid: true });
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: ROWS, rowsValid: ROWS - 4, rowsRejected: 4, stored: ROWS - 4 });
    expect(report.rejectedCsv && existsSync(report.rejectedCsv)).toBe(true);
    const stats = await b.call('stats.get', {});
    expect(stats.total).toBe(ROWS - 4);
    expect(Object.values(stats.byQuarter).reduce((a, n) => a + n, 0)).toBe(ROWS - 4);
    const q3 = await b.call('analysis.quarter', { quarter: '2026-Q3' });
    expect(q3.total).toBe(ROWS - 4);
    // Pavlodar has every third request, less the bad dates in rows 101 and 44 000.
    expect(q3.byRegion.find((r) => r.code === 'KZ-55')?.count).toBe(15_000 - 2);
    // The same bytes again: recognised, nothing stored twice.
    const again = await b.call('imports.run', { paths: [path], center: 'Большой центр', skipInvalid: true });
    expect(again.files[0]?.sheets[0]?.alreadyImportedAt).toBeTruthy();
    expect((await b.call('stats.get', {})).total).toBe(ROWS - 4);
  });

  it('stops on a cancel while storing, as a job, and leaves the store as it was', async () => {
    const other = testBackend();
    try {
      const before = other.snapshot();
      let asked = false;
      const r = await other.invoke(
        'imports.run',
        { paths: [path], center: 'Большой центр', skipInvalid: true },
        {
          id: 'big',
          onProgress: (p) => {
            if (p.phase === 'store' && p.done > 5_000 && !asked) asked = other.jobs.cancel('big');
          },
        },
      );
      expect(asked).toBe(true);
      expect(r).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
      expect(other.snapshot()).toBe(before);
    } finally {
      other.close();
    }
  });
});
