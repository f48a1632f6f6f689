// Where a sheet's header is: under title rows, one row or two (a group heading merged over its sub-headings,
// «Заявитель» over «Пол», «Возраст»; «Ответ» over «Дата», «Результат»), and which rows under it are no requests
// (the row of column numbers 1…N that the Appendix form itself has).
import type { Field } from '../../shared/domain';
import type { Cell } from '../read/types';
import { recogniseHeader, type Overrides } from './columns';
import { headerKey } from './header-text';
import { cleanText } from '../../shared/fold';

/** How far down a sheet the header row is looked for. */
export const SCAN_ROWS = 30;
/** A header names at least this much (a strong field counts 1, a hinted one less). */
const MIN_HEADER_SCORE = 2;
const STRONG = 0.75;
const WEAK_WEIGHT = 0.4;

export interface HeaderDetection {
  /** 0-based index of the first header row in the rows given. */
  first: number;
  /** 0-based index of the last header row: the data start after it. */
  last: number;
  /** Each column's header, a group heading joined to its sub-heading («Ответ: Дата»). */
  headers: string[];
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : cleanText(c));

/** Each column's header when `top` holds group headings over the sub-headings of `bottom`. */
export function joinHeaderRows(top: readonly Cell[], bottom: readonly Cell[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const out: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const t = text(top[c]);
    const b = text(bottom[c]);
    if (t !== '') {
      // A heading with nothing under it spans both rows; one with a sub-heading starts a group.
      group = b !== '' ? t : '';
      out.push(b !== '' ? `${t}: ${b}` : t);
    } else out.push(b !== '' && group !== '' ? `${group}: ${b}` : b);
  }
  return out;
}

function headerScore(headers: readonly string[], given: Overrides, remembered: Overrides): number {
  const best = new Map<Field, number>();
  let explicit = 0;
  for (const h of headers) {
    if (h === '') continue;
    const key = headerKey(h);
    if (given.has(key) || remembered.has(key)) {
      if ((given.get(key) ?? remembered.get(key)) != null) explicit++;
      continue;
    }
    const r = recogniseHeader(h);
    if (r.field === null || r.score < 0.45) continue;
    const weight = r.score >= STRONG ? 1 : WEAK_WEIGHT;
    best.set(r.field, Math.max(best.get(r.field) ?? 0, weight));
  }
  let sum = explicit;
  for (const w of best.values()) sum += w;
  return sum;
}

const filled = (c: Cell | undefined): boolean => text(c) !== '';

/**
 * Whether `bottom` can be the sub-headings of `top`: some heading of `top` spans several of them (a cell of
 * `bottom` under an empty one of `top`), and `bottom` holds words only, no dates or numbers as requests do.
 */
function subHeadings(top: readonly Cell[], bottom: readonly Cell[]): boolean {
  const width = Math.max(top.length, bottom.length);
  let spanned = false;
  for (let c = 0; c < width; c++) {
    const b = bottom[c];
    if (typeof b === 'number' || typeof b === 'boolean') return false;
    if (typeof b === 'string' && /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/.test(b)) return false;
    if (filled(b) && !filled(top[c])) spanned = true;
  }
  return spanned;
}

/** Header rows hold words in two cells at least; a title row holds one. */
const isTextRow = (row: readonly Cell[]): boolean =>
  row.filter((c) => typeof c === 'string' && /\p{L}/u.test(c)).length >= 2;

/**
 * The header among the first rows of a sheet: the row (or pair of rows) that names the most fields.
 * `rememberedFor` gives the analyst's mapping for a header signature, which counts as naming its fields.
 */
export function findHeader(
  rows: readonly (readonly Cell[])[],
  given: Overrides,
  rememberedFor: (signature: string) => Overrides,
): HeaderDetection | null {
  const limit = Math.min(rows.length, SCAN_ROWS);
  const scoreOf = (headers: readonly string[]) =>
    headerScore(headers, given, rememberedFor(headerSignature(headers)));
  const single: (number | null)[] = [];
  for (let i = 0; i < limit; i++) {
    const row = rows[i] as Cell[];
    single.push(isTextRow(row) && !isNumberingRow(row) ? scoreOf(row.map((c) => text(c))) : null);
  }
  let best: HeaderDetection | null = null;
  let bestScore = MIN_HEADER_SCORE - 0.01;
  for (let i = 0; i < limit; i++) {
    const alone = single[i];
    if (alone === null || alone === undefined) continue;
    const row = rows[i] as Cell[];
    if (alone > bestScore + 0.001) {
      best = { first: i, last: i, headers: row.map((c) => text(c)) };
      bestScore = alone;
    }
    const next = single[i + 1];
    if (next === null || next === undefined || !subHeadings(row, rows[i + 1] as Cell[])) continue;
    // Two rows are one header only when together they name more than either does alone.
    const joined = joinHeaderRows(row, rows[i + 1] as Cell[]);
    const together = scoreOf(joined);
    if (together > Math.max(alone, next) + 0.001 && together > bestScore + 0.001) {
      best = { first: i, last: i + 1, headers: joined };
      bestScore = together;
    }
  }
  return best;
}

/**
 * A row of column numbers under the header (1, 2, 3 … as the Appendix form prints them): consecutive whole
 * numbers from 1, at least three, nothing else.
 */
export function isNumberingRow(row: readonly Cell[]): boolean {
  let expected = 1;
  for (const c of row) {
    if (c === null || (typeof c === 'string' && c.trim() === '')) continue;
    const n =
      typeof c === 'number' ? c : typeof c === 'string' && /^\s*\d{1,3}\s*$/.test(c) ? Number(c) : NaN;
    if (n !== expected) return false;
    expected++;
  }
  return expected > 3;
}

/** The signature of a shape of file: its header, so the same export layout gets the same remembered mapping. */
export function headerSignature(headers: readonly (Cell | string)[]): string {
  return headers.map(headerKey).join('|');
}
