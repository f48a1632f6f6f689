import * as XLSX from 'xlsx';
import type { Cell, RawSheet } from './types';

/** XLSX, XLS, ODS and HTML tables through SheetJS; raw values, so dates stay Excel serials and IINs keep their digits. */
export function readWorkbook(bytes: Uint8Array): RawSheet[] {
  const wb = XLSX.read(bytes, {
    type: 'buffer',
    dense: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    raw: true,
  });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    if (!ws || !ws['!ref']) return { name, rows: [], origin: { row: 0, col: 0 }, date1904 };
    const range = XLSX.utils.decode_range(ws['!ref']);
    const rows = XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
    return { name, rows, origin: { row: range.s.r, col: range.s.c }, date1904 };
  });
}
