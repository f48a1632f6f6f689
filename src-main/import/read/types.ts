export type Cell = string | number | boolean | null;

export type SourceFormat = 'xlsx' | 'xls' | 'ods' | 'html' | 'csv';

/** One sheet as a grid of cell values; `origin` places grid[0][0] on the sheet (0-based row/column). */
export interface RawSheet {
  name: string;
  rows: Cell[][];
  origin: { row: number; col: number };
  /** Excel serial dates count from 1904 in some Mac workbooks. */
  date1904: boolean;
  hidden: boolean;
  /** 0-based columns of the sheet (not of the grid) that the workbook hides. */
  hiddenColumns: ReadonlySet<number>;
}
