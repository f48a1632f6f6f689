/** The age bands of §13, with the edges the Methodology leaves out. */
export const AGE_BANDS = [
  'under18',
  '18-30',
  '31-40',
  '41-50',
  '51-60',
  '61-70',
  '71-80',
  '81-90',
  'over90',
  'unknown',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The band of an age in full years; 'unknown' for no age. */
export function ageBand(age: number | null): AgeBand {
  if (age === null || !Number.isFinite(age) || age < 0) return 'unknown';
  const a = Math.floor(age);
  if (a < 18) return 'under18';
  if (a <= 30) return '18-30';
  if (a > 90) return 'over90';
  // 31–40 → '31-40' … 81–90 → '81-90'
  return AGE_BANDS[Math.floor((a - 1) / 10) - 1] ?? 'unknown';
}

/** The portrait fields of §8.6 the exports write as free text, normalised to codes with a name in each language. */
export const PORTRAIT_VALUE_FIELDS = ['maritalStatus', 'education', 'occupation'] as const;
export type PortraitValueField = (typeof PORTRAIT_VALUE_FIELDS)[number];
