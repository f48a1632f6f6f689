import type { Cell } from '../read/types';

// "Итого: 2 345", "ВСЕГО", "Барлығы", "Жиыны" in one of the first cells mark a totals row, not a request.
const TOTALS = /^(итого|всего|барлығы|жиыны|барлыгы|total)(?![\p{L}\p{N}])/iu;
const LEADING_CELLS = 3;

export function isTotalsRow(row: readonly Cell[]): boolean {
  let seen = 0;
  for (const c of row) {
    if (c === null || c === '') continue;
    if (typeof c === 'string' && TOTALS.test(c.trim())) return true;
    if (++seen >= LEADING_CELLS) return false;
  }
  return false;
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}
