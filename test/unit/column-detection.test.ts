// Columns recognised from their header and their values together, on a corpus of real header spellings
// (test/fixtures/header-corpus.ts): each case's column in a sheet beside the usual columns of an export.
import { describe, expect, it } from 'vitest';
import { detectColumns, type ColumnSample } from '../../src-main/import/detect/columns';
import type { Field } from '../../src-main/shared/domain';
import { HEADER_CORPUS, type HeaderCase } from '../fixtures/header-corpus';
import { BASELINE_COLUMNS, UNRELATED_COLUMNS, rowsOf, sheetWith } from '../fixtures/export-columns';

const ctx = { today: { year: 2026, month: 12, day: 1 }, date1904: false };

const detect = (columns: ColumnSample[]) => detectColumns(columns, 0, new Map(), new Map(), ctx);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const fieldsByHeader = (columns: ColumnSample[], matches: ReturnType<typeof detect>) =>
  new Map(columns.map((c, i) => [c.header, matches[i]?.field ?? null]));

describe('the header corpus', () => {
  it('holds at least 400 spellings, every field among them', () => {
    expect(HEADER_CORPUS.length).toBeGreaterThanOrEqual(400);
    const fields = new Set(HEADER_CORPUS.map((c) => c.field));
    for (const f of BASELINE_COLUMNS.map((b) => b.field)) expect(fields).toContain(f);
  });

  it.each(HEADER_CORPUS.map((c) => [c.header.replace(/\n/g, '⏎'), c.field, c] as const))(
    '«%s» → %s',
    (_h, field: Field | null, c: HeaderCase) => {
      const columns = sheetWith(c);
      const match = detect(columns).at(-1);
      expect(match?.field ?? null).toBe(field);
    },
  );
});

describe('the assignment', () => {
  it.each(HEADER_CORPUS.filter((_, i) => i % 7 === 0).map((c, i) => [c.header, c, i] as const))(
    'does not depend on the order of the columns («%s»)',
    (_h, c: HeaderCase, i: number) => {
      const columns = sheetWith(c);
      const before = fieldsByHeader(columns, detect(columns));
      const mixed = shuffled(columns, i + 1);
      expect(fieldsByHeader(mixed, detect(mixed))).toEqual(before);
    },
  );

  it.each(HEADER_CORPUS.filter((_, i) => i % 5 === 0).map((c) => [c.header, c] as const))(
    'keeps every column where it was when unrelated columns are added («%s»)',
    (_h, c: HeaderCase) => {
      const columns = sheetWith(c);
      const before = fieldsByHeader(columns, detect(columns));
      const n = c.values.length;
      const more = [
        ...columns,
        ...UNRELATED_COLUMNS.map((u) => ({ header: u.header, cells: rowsOf(u.values, n) })),
      ];
      const after = fieldsByHeader(more, detect(more));
      for (const [header, field] of before) expect([header, after.get(header)]).toEqual([header, field]);
      for (const u of UNRELATED_COLUMNS) expect([u.header, after.get(u.header)]).toEqual([u.header, null]);
    },
  );
});
