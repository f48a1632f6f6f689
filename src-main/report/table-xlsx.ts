// A screen's table as a spreadsheet: one header row, numbers as numbers, columns as wide as what they hold.
import * as XLSX from 'xlsx';
import type { TableExport } from '../shared/commands/tables';
import { safeCell } from './appendix-xlsx';
import { writeOut } from './write-out';

const MAX_WIDTH = 60;

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
export const sheetName = (s: string) =>
  s
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim() || 'Sheet1';

export function tableXlsx(table: Omit<TableExport, 'path'>): Buffer {
  const width = table.columns.length;
  const rows = table.rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = r[i] ?? null;
      return typeof v === 'string' ? safeCell(v) : v;
    }),
  );
  const ws = XLSX.utils.aoa_to_sheet([table.columns.map(safeCell), ...rows]);
  ws['!cols'] = table.columns.map((c, i) => ({
    wch: Math.min(MAX_WIDTH, Math.max(c.length, ...rows.map((r) => String(r[i] ?? '').length), 6) + 2),
  }));
  if (rows.length > 0) {
    ws['!autofilter'] = {
      ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: width - 1 } }),
    };
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName(table.sheet));
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export function writeTableXlsx(table: TableExport): { path: string; rows: number } {
  writeOut(table.path, tableXlsx(table));
  return { path: table.path, rows: table.rows.length };
}
