import type { ColumnMatch } from '../../shared/contract';
import type { Field } from '../../shared/domain';
import type { Cell } from '../read/types';
import { recogniseHeader } from './columns';
import { headerKey } from './header-text';
import * as XLSX from 'xlsx';

/** Title rows above the header are common; a header further down than this is not a header. */
/** How far down a sheet the header row is looked for. */
export const SCAN_ROWS = 30;
const MIN_FIELDS = 2;

export type Overrides = ReadonlyMap<string, Field | null>;

export interface HeaderDetection {
  /** 0-based index into the sheet grid. */
  index: number;
  columns: ColumnMatch[];
}

/**
 * Maps one header row. Precedence: given now (--map) > remembered for this source > recognised.
 * A field claimed twice keeps its first column, so "Дата поступления" beats a later "Дата".
 */
export function mapColumns(
  headerCells: readonly Cell[],
  colOffset: number,
  given: Overrides,
  remembered: Overrides,
): ColumnMatch[] {
  const claimed = new Set<Field>();
  const out: ColumnMatch[] = headerCells.map((cell, i) => {
    const header = cell === null ? '' : String(cell).trim();
    const key = headerKey(header);
    const column = XLSX.utils.encode_col(colOffset + i);
    if (given.has(key)) return { column, header, field: given.get(key) ?? null, source: 'given' };
    if (remembered.has(key))
      return { column, header, field: remembered.get(key) ?? null, source: 'remembered' };
    const r = recogniseHeader(header);
    return { column, header, field: r.field, source: r.known && r.field ? 'recognised' : 'none' };
  });
  // Explicit choices claim their fields first, so a recognised duplicate yields to them.
  for (const c of out) if (c.field && c.source !== 'recognised') claimed.add(c.field);
  for (const c of out) {
    if (c.source !== 'recognised' || !c.field) continue;
    if (claimed.has(c.field)) {
      c.field = null;
      c.source = 'none';
    } else claimed.add(c.field);
  }
  return out;
}

export function findHeaderRow(
  rows: readonly Cell[][],
  colOffset: number,
  given: Overrides,
  rememberedFor: (signature: string) => Overrides,
): HeaderDetection | null {
  let best: HeaderDetection | null = null;
  let bestScore = MIN_FIELDS - 1;
  for (let i = 0; i < Math.min(rows.length, SCAN_ROWS); i++) {
    const row = rows[i] as Cell[];
    if (row.every((c) => c === null || typeof c !== 'string')) continue;
    const columns = mapColumns(row, colOffset, given, rememberedFor(headerSignature(row)));
    const score = new Set(columns.map((c) => c.field).filter(Boolean)).size;
    if (score > bestScore) {
      best = { index: i, columns };
      bestScore = score;
    }
  }
  return best;
}

/** The signature of a source: its header row, so the same export layout gets the same remembered mapping. */
export function headerSignature(headerCells: readonly Cell[]): string {
  return headerCells.map(headerKey).join('|');
}
