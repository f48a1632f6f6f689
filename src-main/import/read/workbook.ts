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
    // Column widths and the hidden flag come with the styles.
    cellStyles: true,
    cellText: false,
    raw: true,
  });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name, index): RawSheet => {
    const ws = wb.Sheets[name];
    const ref = ws?.['!ref'];
    // Hidden 1, very hidden 2 (SheetJS's codes).
    const hidden = (wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) > 0;
    const hiddenColumns = new Set<number>();
    (ws?.['!cols'] ?? []).forEach((c, i) => {
      if (c?.hidden) hiddenColumns.add(i);
    });
    if (!ws || !ref) return { name, rows: [], origin: { row: 0, col: 0 }, date1904, hidden, hiddenColumns };
    const range = XLSX.utils.decode_range(ref);
    const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    // The stated range of a sheet with formatted empty rows can reach XFD1048576: the grid spans only
    // the rows and columns that hold cells, or it would be gigabytes of nulls.
    const lastRow = Math.min(range.e.r, data.length - 1);
    let lastCol = range.s.c - 1;
    for (let r = range.s.r; r <= lastRow; r++) lastCol = Math.max(lastCol, (data[r]?.length ?? 0) - 1);
    lastCol = Math.min(lastCol, range.e.c);
    const width = lastCol - range.s.c + 1;
    const rows: Cell[][] = [];
    for (let r = range.s.r; r <= lastRow; r++) {
      const src = data[r];
      const row: Cell[] = new Array<Cell>(Math.max(width, 0)).fill(null);
      if (src) for (let c = range.s.c; c <= lastCol; c++) row[c - range.s.c] = cellValue(src[c]);
      rows.push(row);
    }
    return { name, rows, origin: { row: range.s.r, col: range.s.c }, date1904, hidden, hiddenColumns };
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
    case 'e':
      // The error's text (#N/A, #DIV/0!), which the row's normalisation reports as such.
      return cell.w ?? ERROR_TEXT[cell.v as number] ?? null;
    default:
      return null;
  }
}

/** Excel's error codes as BIFF and SheetJS number them. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};
