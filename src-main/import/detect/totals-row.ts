import type { Cell } from '../read/types';

// "Итого: 2 345", "ВСЕГО", "Барлығы", "Жиыны", "Итого за июль" as the first filled cell mark a totals or subtotal
// row, not a request. Only the first: a request may well mention "итого" further along the row.
const TOTALS =
  /^(итого|всего|барлығы|жиыны|барлыгы|жиынтығы|барлық|total|subtotal|grand total)(?![\p{L}\p{N}])/iu;

const filled = (c: Cell): boolean => c !== null && !(typeof c === 'string' && c.trim() === '');

export function isTotalsRow(row: readonly Cell[]): boolean {
  const first = row.find(filled);
  return typeof first === 'string' && TOTALS.test(first.trim());
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return !row.some(filled);
}

/** How many cells of a row hold something. */
export function filledCells(row: readonly Cell[]): number {
  let n = 0;
  for (const c of row) if (filled(c)) n++;
  return n;
}

/**
 * A row with at most two filled cells and no date: a section heading («Июль 2024»), a note, or, after the last
 * request, a signature or footer line («Исполнитель: Ахметова А.», «Басшы ________»). Never a request.
 */
export function isNoteRow(row: readonly Cell[]): boolean {
  const n = filledCells(row);
  return n > 0 && n <= 2 && row.some((c) => typeof c === 'string' && /\p{L}/u.test(c));
}
