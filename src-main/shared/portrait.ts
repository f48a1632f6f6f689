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
