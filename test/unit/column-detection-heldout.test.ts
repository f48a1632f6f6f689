// How well column detection generalises: the held-out corpus (test/fixtures/header-corpus-heldout.ts), never used
// to tune it, each case's column placed beside the usual columns of an export exactly as the main corpus is
// (test/unit/column-detection.test.ts). Measured as a share of cases detected right, with a floor; and, since a
// one-to-one assignment can give a case's column a field by taking it from a usual column, the share of cases
// that leave the usual columns as they are.
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src-main/import/detect/columns';
import type { Field } from '../../src-main/shared/domain';
import type { HeaderCase } from '../fixtures/header-corpus';
import { HEADER_CORPUS } from '../fixtures/header-corpus';
import { HELDOUT_CORPUS } from '../fixtures/header-corpus-heldout';
import { BASELINE_COLUMNS, sheetWith } from '../fixtures/export-columns';

const ctx = { today: { year: 2026, month: 12, day: 1 }, date1904: false };
const FLOOR = 0.9;

const detect = (c: HeaderCase) => detectColumns(sheetWith(c), 0, new Map(), new Map(), ctx);
const detected = (c: HeaderCase): Field | null => detect(c).at(-1)?.field ?? null;

const shown = (h: string) => h.replace(/\n/g, '⏎');

describe('the held-out header corpus', () => {
  it('holds at least 250 cases of 8 to 12 cells, none spelt as in the main corpus', () => {
    expect(HELDOUT_CORPUS.length).toBeGreaterThanOrEqual(250);
    const known = new Set(HEADER_CORPUS.map((c) => c.header.toLowerCase()));
    const seen = new Set<string>();
    const repeated = HELDOUT_CORPUS.map((c) => c.header.toLowerCase()).filter((h) => {
      const again = known.has(h) || seen.has(h);
      seen.add(h);
      return again;
    });
    expect(repeated, 'headers already spelt so').toEqual([]);
    const sizes = HELDOUT_CORPUS.filter((c) => c.values.length < 8 || c.values.length > 12).map(
      (c) => c.header,
    );
    expect(sizes, 'cases without 8 to 12 cells').toEqual([]);
  });

  it(`is detected right in at least ${FLOOR * 100}% of cases`, () => {
    const wrong = HELDOUT_CORPUS.map((c) => ({ c, got: detected(c) })).filter(
      ({ c, got }) => got !== c.field,
    );
    const share = 1 - wrong.length / HELDOUT_CORPUS.length;
    const list = wrong.map(({ c, got }) => `«${shown(c.header)}» → ${got ?? 'null'} / ${c.field ?? 'null'}`);
    expect(
      share,
      `${wrong.length} of ${HELDOUT_CORPUS.length} detected wrong (header → got / expected):\n${list.join('\n')}`,
    ).toBeGreaterThanOrEqual(FLOOR);
  });

  it(`leaves the usual columns beside a case as they are in at least ${FLOOR * 100}% of cases`, () => {
    const moved = HELDOUT_CORPUS.flatMap((c) => {
      const baseline = BASELINE_COLUMNS.filter((b) => b.field !== c.field);
      const matches = detect(c);
      const wrong = baseline.flatMap((b, i) => {
        const got = matches[i]?.field ?? null;
        return got === b.field ? [] : [`${b.header} → ${got ?? 'null'} / ${b.field ?? 'null'}`];
      });
      return wrong.length > 0 ? [`beside «${shown(c.header)}»: ${wrong.join(', ')}`] : [];
    });
    const share = 1 - moved.length / HELDOUT_CORPUS.length;
    expect(
      share,
      `${moved.length} of ${HELDOUT_CORPUS.length} cases moved a usual column (header → got / expected):\n${moved.join('\n')}`,
    ).toBeGreaterThanOrEqual(FLOOR);
  });
});
