import * as XLSX from 'xlsx';
import type { Cell, RawSheet } from './types';

/**
 * XLSX, XLS, ODS and HTML tables through SheetJS. Cells are taken raw from the dense grid: dates stay
 * Excel serials (sheet_to_json would turn date-formatted cells into time-zone-shifted Date objects)
 * and IINs keep their digits.
 */
export function readWorkbook(bytes: Uint8Array): { sheets: RawSheet[]; ods: boolean } {
  const wb = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    cellText: false,
    raw: true,
  });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name): RawSheet => {
    const ws = wb.Sheets[name];
    const ref = ws?.['!ref'];
    if (!ws || !ref) return { name, rows: [], origin: { row: 0, col: 0 }, date1904 };
    const range = XLSX.utils.decode_range(ref);
    const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const width = range.e.c - range.s.c + 1;
    const rows: Cell[][] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const src = data[r];
      const row: Cell[] = new Array<Cell>(width).fill(null);
      if (src) for (let c = range.s.c; c <= range.e.c; c++) row[c - range.s.c] = cellValue(src[c]);
      rows.push(row);
    }
    return { name, rows, origin: { row: range.s.r, col: range.s.c }, date1904 };
  });
  return { sheets, ods: (wb as { bookType?: string }).bookType === 'ods' };
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
    case 'n':
    case 'b':
      return cell.v as string | number | boolean;
    case 'd':
      return cell.v instanceof Date ? XLSX.SSF.format('dd.mm.yyyy hh:mm:ss', cell.v) : String(cell.v);
    default:
      // Error values (#N/A, #DIV/0!) and empty stubs carry no request data.
      return null;
  }
}
