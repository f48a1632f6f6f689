// The sample exports the demo ships are written from the header rows of test/fixtures/export-headers.ts: each
// column must be read as the field that row names, with its evidence, and never with a rival.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KK_CRM_COLUMNS,
  KK_APPEAL_COLUMNS,
  RU_CRM_COLUMNS,
  RU_APPEAL_COLUMNS,
  type HeaderRow,
} from '../fixtures/export-headers';
import { testBackend, type TestBackend } from '../fixtures/store';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'sample');

let b: TestBackend;
beforeAll(() => (b = testBackend()));
afterAll(() => b.close());

const csvColumns: HeaderRow = [
  ...RU_CRM_COLUMNS.filter(([h]) => h !== '№ п/п' && h !== 'ИИН'),
  ...RU_APPEAL_COLUMNS,
];

describe('the sample exports', () => {
  it.each([
    ['1414_2026-Q2_ru.xlsx', [...RU_CRM_COLUMNS, ...RU_APPEAL_COLUMNS]],
    ['1414_2026-Q3_kk.xlsx', [...KK_CRM_COLUMNS, ...KK_APPEAL_COLUMNS]],
    ['1414_2026-Q3_part2_ru.csv', csvColumns],
  ] as const)('%s is read column by column as its header row says', async (file, row: HeaderRow) => {
    const report = await b.call('imports.preview', { paths: [join(SAMPLE, file)] });
    const columns = report.files[0]?.sheets[0]?.columns ?? [];
    expect(columns.map((c) => [c.header, c.field])).toEqual(row.map(([h, f]) => [h, f]));
    for (const c of columns.filter((x) => x.field !== null)) {
      expect(c.confidence, c.header).toBeGreaterThanOrEqual(0.7);
      expect(c.alternative, c.header).toBeUndefined();
    }
  });
});
