import { describe, expect, it } from 'vitest';
import { fullYearsAt, parseAge } from '../../src-main/import/normalise/age';
import { AGE_BANDS, ageBand } from '../../src-main/shared/portrait';

describe('parseAge', () => {
  it.each([
    [45, 45],
    [45.0, 45],
    [45.7, 45],
    [0, 0],
    [120, 120],
    ['45', 45],
    [' 45 ', 45],
    ['45.0', 45],
    ['45,0', 45],
    ['45 лет', 45],
    ['45 ЛЕТ', 45],
    ['45лет', 45],
    ['45 год', 45],
    ['41 года', 41],
    ['45 г.', 45],
    ['45 г', 45],
    ['45 жас', 45],
    ['45 Жаста', 45],
    ['45 жыл', 45],
    ['45 years', 45],
    ['45\u00a0лет', 45],
    // An age group gives the middle of its band, in the same band of §13.
    ['45-50', 47],
    ['31–40', 35],
    ['18-30 лет', 24],
    ['от 61 до 70', 65],
  ] as const)('%j → %i', (input, expected) => {
    expect(parseAge(input)).toBe(expected);
  });

  it.each(['', '  ', '-', 'сорок', '45 кг', 'около 45', '0-100', '50-45', '121', '-5', '1000'])(
    '%j → null',
    (input) => {
      expect(parseAge(input)).toBeNull();
    },
  );

  it.each([-1, 121, Number.NaN, Number.POSITIVE_INFINITY])('%s → null', (input) => {
    expect(parseAge(input)).toBeNull();
  });
});

describe('fullYearsAt', () => {
  const birth = { year: 1985, month: 3, day: 15 };

  it('counts a year only once the birthday is reached', () => {
    expect(fullYearsAt(birth, { year: 2024, month: 3, day: 14 })).toBe(38);
    expect(fullYearsAt(birth, { year: 2024, month: 3, day: 15 })).toBe(39);
    expect(fullYearsAt(birth, { year: 2024, month: 2, day: 28 })).toBe(38);
    expect(fullYearsAt(birth, { year: 2024, month: 12, day: 31 })).toBe(39);
    expect(fullYearsAt(birth, birth)).toBe(0);
  });

  it('reaches a 29 February birthday on 1 March in common years and on 29 February in leap years', () => {
    const leapling = { year: 2000, month: 2, day: 29 };
    expect(fullYearsAt(leapling, { year: 2023, month: 2, day: 28 })).toBe(22);
    expect(fullYearsAt(leapling, { year: 2023, month: 3, day: 1 })).toBe(23);
    expect(fullYearsAt(leapling, { year: 2024, month: 2, day: 28 })).toBe(23);
    expect(fullYearsAt(leapling, { year: 2024, month: 2, day: 29 })).toBe(24);
  });

  it('is negative for a date before birth', () => {
    expect(fullYearsAt(birth, { year: 1984, month: 1, day: 1 })).toBe(-2);
  });
});

describe('ageBand', () => {
  it.each([
    [0, 'under18'],
    [17, 'under18'],
    [18, '18-30'],
    [30, '18-30'],
    [31, '31-40'],
    [40, '31-40'],
    [41, '41-50'],
    [50, '41-50'],
    [51, '51-60'],
    [60, '51-60'],
    [61, '61-70'],
    [70, '61-70'],
    [71, '71-80'],
    [80, '71-80'],
    [81, '81-90'],
    [90, '81-90'],
    [91, 'over90'],
    [120, 'over90'],
    [null, 'unknown'],
    [-1, 'unknown'],
    [Number.NaN, 'unknown'],
    [30.9, '18-30'],
  ] as const)('%s → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('lists every band once, in order', () => {
    const seen = Array.from({ length: 122 }, (_, i) => ageBand(i));
    const order = [...new Set([...seen, ageBand(null)])];
    expect(order).toEqual([...AGE_BANDS]);
  });
});
