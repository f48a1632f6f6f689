import type { Cell } from '../read/types';

// "Итого: 2 345", "ВСЕГО", "Барлығы", "Жиыны" as the first filled cell mark a totals row, not a request.
// Only the first: a request may well mention "итого" further along the row.
const TOTALS = /^(итого|всего|барлығы|жиыны|барлыгы|total)(?![\p{L}\p{N}])/iu;

export function isTotalsRow(row: readonly Cell[]): boolean {
  const first = row.find((c) => c !== null && c !== '');
  return typeof first === 'string' && TOTALS.test(first.trim());
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}
