import type { Comparison } from '../shared/analysis';
import { parseQuarter } from '../shared/dates';

export function formatQuarter(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** The word that says a number is a quarter: Q, кв., квартал, тоқсан (also typed with Russian letters). */
const QUARTER_WORD = String.raw`(?:q|кв\.?|квартал[а-я]*|то[қк]сан[а-яәғқңөұүһі]*)`;
const NUMBER = String.raw`([1-4]|iv|iii|ii|i)`;
const YEAR = String.raw`((?:19|20)\d\d)`;
// '3 кв. 2026', 'III квартал 2026 года', '3-тоқсан 2026', 'Q3 2026' / '2026 жылғы 3-тоқсан', '2026 Q3', '2026/3'.
const NUMBER_FIRST = new RegExp(
  String.raw`^${NUMBER}\s*-?\s*${QUARTER_WORD}\s*,?\s*${YEAR}(?:\s*(?:г\.?|года?|ж\.?|жыл[а-яәғқңөұүһі]*))?$|^${QUARTER_WORD}\s*-?\s*${NUMBER}\s*,?\s*${YEAR}$`,
  'u',
);
const YEAR_FIRST = new RegExp(
  String.raw`^${YEAR}\s*(?:г\.?|года?|ж\.?|жыл[а-яәғқңөұүһі]*)?\s*[-/.,]?\s*(?:${QUARTER_WORD}\s*-?\s*${NUMBER}|${NUMBER}\s*-?\s*${QUARTER_WORD}|${NUMBER})$`,
  'u',
);

const quarterNumber = (s: string): number => ROMAN[s] ?? Number(s);

/**
 * The canonical 'YYYY-Qn' form of a quarter the analyst typed, or null: '2024-Q3', '2024q3', and the ways documents
 * write one in Russian and Kazakh ('3 кв. 2024', 'III квартал 2024 года', '2024 жылғы 3-тоқсан', 'Q3 2024').
 */
export function normaliseQuarter(input: string): string | null {
  const strict = parseQuarter(input);
  if (strict) return formatQuarter(strict.year, strict.quarter);
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const n = NUMBER_FIRST.exec(s);
  if (n) return formatQuarter(Number(n[2] ?? n[4]), quarterNumber(n[1] ?? n[3] ?? ''));
  const y = YEAR_FIRST.exec(s);
  if (y) return formatQuarter(Number(y[1]), quarterNumber(y[2] ?? y[3] ?? y[4] ?? ''));
  return null;
}

export function shiftQuarter(quarter: string, by: number): string {
  const q = parseQuarter(quarter);
  if (!q) throw new Error(`not a quarter: ${quarter}`);
  const index = q.year * 4 + (q.quarter - 1) + by;
  return formatQuarter(Math.floor(index / 4), (index % 4) + 1);
}

/** §8.2: the preceding quarter; §11's "similar previous period": the same quarter a year before. */
export function comparisonQuarter(quarter: string, compare: Comparison): string {
  return shiftQuarter(quarter, compare === 'year' ? -4 : -1);
}
