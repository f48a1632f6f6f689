import { describe, expect, it } from 'vitest';
import { changePercent, grewOver30, rankTop, round1 } from '../../src-main/analysis/build';
import { comparisonQuarter, normaliseQuarter, shiftQuarter } from '../../src-main/analysis/quarter';

describe('percentages', () => {
  it.each([
    [13, 10, 30, false],
    [131, 100, 31, true],
    [14, 10, 40, true],
    [1300001, 1000000, 30, true],
    [5, 0, null, false],
    [0, 4, -100, false],
    [2, 3, -33.3, false],
  ])('%d against %d: %s %%, over 30: %s', (now, before, pct, over) => {
    expect(changePercent(now, before)).toBe(pct);
    expect(grewOver30(now, before)).toBe(over);
  });
  it('rounds halves away from zero', () => {
    expect(round1(2.25)).toBe(2.3);
    expect(round1(-2.25)).toBe(-2.3);
    expect(round1(0.04)).toBe(0);
  });
});

describe('top 10', () => {
  const topics = (counts: number[]) =>
    counts.map((count, i) => ({ topic: `Тема ${String.fromCharCode(1040 + i)}`, count }));
  it('takes ten, breaks ties by name and reports the tie across the cut-off', () => {
    const { top, tie } = rankTop(topics([5, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]));
    expect(top.map((t) => `${t.rank}:${t.topic}:${t.count}`).slice(0, 4)).toEqual([
      '1:Тема Б:9',
      '2:Тема В:9',
      '3:Тема А:5',
      '4:Тема Г:1',
    ]);
    expect(top).toHaveLength(10);
    expect(tie).toEqual({ count: 1, left: ['Тема К', 'Тема Л'] });
  });
  it('has no tie when the 11th has fewer, and fewer than ten when there are fewer topics', () => {
    expect(rankTop(topics([10, 9, 8, 7, 6, 5, 4, 3, 2, 2, 1])).tie).toBeNull();
    expect(rankTop(topics([3, 0, 2])).top.map((t) => t.count)).toEqual([3, 2]);
  });
});

describe('quarters', () => {
  it.each([
    ['2024-Q1', -1, '2023-Q4'],
    ['2024-Q4', 1, '2025-Q1'],
    ['2024-Q3', -4, '2023-Q3'],
  ])('%s shifted by %d is %s', (q, by, expected) => expect(shiftQuarter(q, by)).toBe(expected));
  it('compares with the previous quarter or the same quarter a year before', () => {
    expect(comparisonQuarter('2024-Q1', 'previous')).toBe('2023-Q4');
    expect(comparisonQuarter('2024-Q1', 'year')).toBe('2023-Q1');
  });
  it('accepts what analysts type', () => {
    expect(normaliseQuarter('2024q3')).toBe('2024-Q3');
    expect(normaliseQuarter('2024-Q5')).toBeNull();
  });
});
