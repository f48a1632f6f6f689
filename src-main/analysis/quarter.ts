import type { Comparison } from '../shared/analysis';
import { parseQuarter } from '../shared/dates';

export function formatQuarter(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** The canonical 'YYYY-Qn' form of a quarter the user typed, or null. */
export function normaliseQuarter(input: string): string | null {
  const q = parseQuarter(input);
  return q ? formatQuarter(q.year, q.quarter) : null;
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
