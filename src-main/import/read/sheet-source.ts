// What every reader (streamed XLSX, streamed CSV, a workbook read whole) gives the scan: sheets of rows.
import type { Cell } from './types';

/** One row as the spreadsheet shows it: 1-based row number, cells indexed from column A. */
export interface SourceRow {
  row: number;
  cells: Cell[];
  /**
   * The last record of a text file, cut short by the end of the file (a download or a copy that
   * stopped): the scan refuses the file, or rejects the row under --skip-invalid, and never stores it.
   */
  truncated?: true;
}

export interface SheetSource {
  name: string;
  date1904: boolean;
  /** Hidden in the workbook (a lookup list, a copy): read only when no visible sheet holds requests. */
  hidden?: boolean;
  /** The 0-based columns the workbook hides; known once the first rows have been read. */
  hiddenColumns?: () => ReadonlySet<number>;
  rows(): AsyncIterable<SourceRow> | Iterable<SourceRow>;
  /** 0..1: how much of this sheet was read, for progress bars. */
  progress(): number;
}
