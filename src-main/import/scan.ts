// One pass over a file, row by row: the header found, every row normalised, and each valid request
// handed to a writer (storing) or only counted (preview). Nothing of the file is kept but the counts,
// the problems and the refused rows.
import { basename } from 'node:path';
import type { JobContext } from '../core/job';
import type { JobProgress } from '../shared/jobs';
import type { ColumnMatch, FileReport, ImportOptions, SheetReport, UnmappedValue } from '../shared/contract';
import type { Field, LocalDate, RegionCode } from '../shared/domain';
import { fail, type AppError, type RowProblem } from '../shared/errors';
import { findHeaderRow, headerSignature, SCAN_ROWS, type Overrides } from './detect/header-row';
import { headerKey } from './detect/header-text';
import { isEmptyRow, isTotalsRow } from './detect/totals-row';
import { fieldColumns, normaliseRow, type RowIssue } from './normalise/row';
import { openSource, type SheetSource, type SourceRow } from './read/source';
import type { Cell, SourceFormat } from './read/types';
import type { RequestRecord } from './record';

/** Reports keep this many row problems each; the totals are always exact. */
export const PROBLEM_LIST_LIMIT = 1000;

/** Long loops look for a cancel and report how far they are once per this many rows. */
export const PROGRESS_EVERY_ROWS = 1000;

const HEARTBEAT_MS = 200;

export interface RejectedRow {
  row: number;
  cells: Cell[];
  problems: RowProblem[];
}

export interface ScannedSheet {
  report: SheetReport;
  signature: string;
  header: Cell[];
  rejected: RejectedRow[];
}

export interface ScannedFile {
  source: { file: string; path: string; format: SourceFormat; contentHash: string };
  report: FileReport;
  sheets: ScannedSheet[];
}

/** What a scan in a worker thread tells the thread that stores (see parallel-scan.ts). */
export type ScanMessage =
  | { kind: 'progress'; progress: JobProgress }
  | { kind: 'begin'; file: ScannedFile['source']; report: SheetReport; signature: string }
  | { kind: 'rows'; records: RequestRecord[] }
  | { kind: 'finish'; scanned: ScannedSheet }
  | { kind: 'done'; file: ScannedFile }
  | { kind: 'failed'; error: AppError | null; message: string };

/** Takes a sheet's valid requests as they come; `finish` once the sheet is read. */
export interface SheetWriter {
  add(record: RequestRecord): void;
  finish(sheet: ScannedSheet): void;
}

export interface ScanDeps {
  rememberedFor: (signature: string) => Overrides;
  iinSalt: string;
  regionAliases: ReadonlyMap<string, RegionCode>;
  today: LocalDate;
  purgedQuarters: ReadonlySet<string>;
  job: JobContext;
  /** When it was imported before into the chosen center (the same bytes and sheet), if it was. */
  importedAt: (contentHash: string, sheet: string) => string | undefined;
  /** A writer for a sheet about to be read, or null to only count (a preview, or a sheet imported before). */
  writerFor: (file: ScannedFile['source'], sheet: SheetReport, signature: string) => SheetWriter | null;
}

/** Header text (as the analyst typed it) → field, in the key form the detector compares. */
export function givenOverrides(map: ImportOptions['map']): Map<string, Field | null> {
  return new Map(Object.entries(map ?? {}).map(([header, field]) => [headerKey(header), field]));
}

/** A sheet of a file, as the record of earlier imports knows it. */
export const sheetKey = (contentHash: string, sheet: string): string => `${contentHash}\u0000${sheet}`;

/** Registration numbers compare without case and surrounding spaces: CRMs re-export them both ways. */
export function regNumberKey(reg: string): string {
  return reg.trim().replace(/\s+/g, ' ').toUpperCase();
}

export async function scanFile(path: string, given: Overrides, deps: ScanDeps): Promise<ScannedFile> {
  let latest: JobProgress = { phase: 'read', file: basename(path), done: 0, total: null };
  deps.job.report(latest);
  // Hashing a file and loading a workbook's shared strings take seconds without a row to count: the
  // window still hears from the job while it waits on the disk.
  const heartbeat = setInterval(() => deps.job.report(latest), HEARTBEAT_MS);
  const source = await openSource(path).catch((e: unknown) => {
    clearInterval(heartbeat);
    throw e;
  });
  try {
    const meta = {
      file: source.file,
      path: source.path,
      format: source.format,
      contentHash: source.contentHash,
    };
    const sheets: ScannedSheet[] = [];
    const skippedSheets: string[] = [];
    let undated: { name: string; buffered: SourceRow[]; index: number; columns: ColumnMatch[] } | null = null;
    let firstRows: SourceRow[] = [];
    // Registration numbers are unique across all sheets of one file.
    const seenRegNumbers = new Map<string, string>();
    let rowsDone = 0;

    for (const [i, sheet] of source.sheets.entries()) {
      const iterator = iterate(sheet);
      const buffered: SourceRow[] = [];
      while (buffered.length < SCAN_ROWS) {
        const next = await iterator.next();
        if (next.done) break;
        buffered.push(next.value);
      }
      if (i === 0) firstRows = buffered.slice(0, 3);
      const detection = findHeaderRow(
        buffered.map((r) => r.cells),
        0,
        given,
        deps.rememberedFor,
      );
      if (!detection || !detection.columns.some((c) => c.field === 'receivedAt')) {
        if (detection)
          undated ??= { name: sheet.name, buffered, index: detection.index, columns: detection.columns };
        skippedSheets.push(sheet.name);
        await iterator.return?.(undefined);
        continue;
      }
      const headerRow = buffered[detection.index] as SourceRow;
      const scanned = newSheet(sheet.name, headerRow, detection.columns);
      const importedAt = deps.importedAt(meta.contentHash, sheet.name);
      if (importedAt) scanned.report.alreadyImportedAt = importedAt;
      const writer = importedAt ? null : deps.writerFor(meta, scanned.report, scanned.signature);
      const reader = rowReader(meta.file, sheet, scanned, seenRegNumbers, deps, writer);
      const progress = (done: number) => {
        deps.job.checkpoint();
        latest = {
          phase: writer ? 'store' : 'check',
          file: meta.file,
          done,
          total: null,
          fraction: (i + sheet.progress()) / source.sheets.length,
        };
        deps.job.report(latest);
      };
      for (const r of buffered.slice(detection.index + 1)) reader.read(r);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        reader.read(next.value);
        if (++rowsDone % PROGRESS_EVERY_ROWS === 0) progress(rowsDone);
      }
      progress(rowsDone);
      reader.finish();
      writer?.finish(scanned);
      sheets.push(scanned);
    }

    const scanned = (): ScannedFile => ({
      source: meta,
      sheets,
      report: { ...meta, sheets: sheets.map((s) => s.report), skippedSheets },
    });

    // Requests without a date column cannot be stored, but the analyst can still be shown the header
    // found and map the date column by hand: the preview carries the sheet, storing refuses it.
    if (sheets.length === 0 && undated) {
      const header = undated.buffered[undated.index] as SourceRow;
      const sheet = newSheet(undated.name, header, undated.columns);
      sheet.report.missingFields = ['receivedAt'];
      sheets.push(sheet);
      skippedSheets.splice(skippedSheets.indexOf(undated.name), 1);
      return scanned();
    }
    if (sheets.length === 0) {
      const sample = firstRows
        .flatMap((r) => r.cells)
        .filter((c) => c !== null)
        .slice(0, 8)
        .join(', ');
      return fail('noRecognisedColumns', { file: meta.file, sample });
    }
    if (sheets.every((s) => s.report.rowsRead === 0)) return fail('noDataRows', { file: meta.file });
    return scanned();
  } finally {
    clearInterval(heartbeat);
    await source.close();
  }
}

function iterate(sheet: SheetSource): AsyncIterator<SourceRow> | Iterator<SourceRow> {
  const rows = sheet.rows();
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

function newSheet(name: string, header: SourceRow, columns: ColumnMatch[]): ScannedSheet {
  return {
    report: {
      sheet: name,
      headerRow: header.row,
      columns,
      rowsRead: 0,
      rowsValid: 0,
      rowsRejected: 0,
      totalsRowsSkipped: 0,
      byQuarter: {},
      errors: [],
      errorsTotal: 0,
      warnings: [],
      warningsTotal: 0,
      unmapped: [],
    },
    signature: headerSignature(header.cells),
    header: header.cells,
    rejected: [],
  };
}

/** Normalises one data row into the sheet's counts, problems and writer. */
function rowReader(
  file: string,
  sheet: SheetSource,
  scanned: ScannedSheet,
  seenRegNumbers: Map<string, string>,
  deps: ScanDeps,
  writer: SheetWriter | null,
): { read: (row: SourceRow) => void; finish: () => void } {
  const report = scanned.report;
  const columns = report.columns;
  const at = fieldColumns(columns);
  const unmapped = new Map<string, UnmappedValue>();
  const context = {
    date1904: sheet.date1904,
    iinSalt: deps.iinSalt,
    regionAliases: deps.regionAliases,
    today: deps.today,
    purgedQuarters: deps.purgedQuarters,
  };

  const problem = (cells: readonly Cell[], row: number, issue: RowIssue): RowProblem => {
    const col = at[issue.field] ?? 0;
    const value = cells[col];
    const p: RowProblem = {
      file,
      sheet: sheet.name,
      row,
      column: columns[col]?.column ?? '',
      header: columns[col]?.header ?? '',
      value: value === null || value === undefined ? '' : shortened(String(value)),
      reason: issue.reason,
    };
    if (issue.params) p.params = issue.params;
    return p;
  };

  const finish = () => {
    report.unmapped = [...unmapped.values()].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
  };
  const read = ({ row, cells }: SourceRow) => {
    if (isEmptyRow(cells)) return;
    if (isTotalsRow(cells)) {
      report.totalsRowsSkipped++;
      return;
    }
    report.rowsRead++;
    const outcome = normaliseRow(cells, at, row, context);
    const errors = outcome.errors.map((e) => problem(cells, row, e));

    const reg = outcome.record?.regNumber;
    if (reg) {
      const key = regNumberKey(reg);
      const first = seenRegNumbers.get(key);
      if (first !== undefined) {
        errors.push(
          problem(cells, row, { field: 'regNumber', reason: 'duplicateInFile', params: { first } }),
        );
      } else seenRegNumbers.set(key, `${sheet.name}!${row}`);
    }

    if (errors.length > 0 || !outcome.record) {
      report.rowsRejected++;
      report.errorsTotal += errors.length;
      for (const e of errors) if (report.errors.length < PROBLEM_LIST_LIMIT) report.errors.push(e);
      scanned.rejected.push({ row, cells, problems: errors });
      return;
    }
    report.warningsTotal += outcome.warnings.length;
    for (const w of outcome.warnings) {
      if (report.warnings.length < PROBLEM_LIST_LIMIT) report.warnings.push(problem(cells, row, w));
    }
    for (const u of outcome.unmapped) {
      const key = `${u.field}\u0000${u.value}`;
      const seen = unmapped.get(key);
      if (seen) seen.count++;
      else unmapped.set(key, { ...u, count: 1 });
    }
    const rec = outcome.record;
    report.rowsValid++;
    report.byQuarter[rec.quarter] = (report.byQuarter[rec.quarter] ?? 0) + 1;
    writer?.add(rec);
  };
  return { read, finish };
}

/** A problem quotes the value it is about, but a megabyte of it helps no one. */
const QUOTED_CHARS = 200;
const shortened = (value: string): string =>
  value.length > QUOTED_CHARS ? `${value.slice(0, QUOTED_CHARS)}…` : value;
