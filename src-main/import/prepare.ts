import { basename } from 'node:path';
import type { JobContext } from '../core/job';
import type { FileReport, ImportOptions, SheetReport, UnmappedValue } from '../shared/contract';
import type { Field, RegionCode } from '../shared/domain';
import { fail, type RowProblem } from '../shared/errors';
import { findHeaderRow, headerSignature, type Overrides } from './detect/header-row';
import { headerKey } from './detect/header-text';
import { isEmptyRow, isTotalsRow } from './detect/totals-row';
import { fieldColumns, normaliseRow, type RowIssue } from './normalise/row';
import { readSource } from './read';
import type { Cell, RawSheet, SourceFile } from './read/types';
import type { RequestRecord } from './record';

/** Reports keep this many row problems each; the totals are always exact. */
export const PROBLEM_LIST_LIMIT = 1000;

/** Long loops look up for a cancel and report how far they are once per this many rows. */
export const PROGRESS_EVERY_ROWS = 1000;

export interface RejectedRow {
  row: number;
  cells: Cell[];
  problems: RowProblem[];
}

export interface PreparedSheet {
  report: SheetReport;
  signature: string;
  header: Cell[];
  records: RequestRecord[];
  rejected: RejectedRow[];
}

export interface PreparedFile {
  source: Omit<SourceFile, 'sheets'>;
  report: FileReport;
  sheets: PreparedSheet[];
}

export interface PrepareDeps {
  rememberedFor: (signature: string) => Overrides;
  iinSalt: string;
  regionAliases: ReadonlyMap<string, RegionCode>;
  job: JobContext;
}

/** Header text (as the analyst typed it) → field, in the key form the detector compares. */
export function givenOverrides(map: ImportOptions['map']): Map<string, Field | null> {
  return new Map(Object.entries(map ?? {}).map(([header, field]) => [headerKey(header), field]));
}

export async function prepareFile(path: string, given: Overrides, deps: PrepareDeps): Promise<PreparedFile> {
  deps.job.report({ phase: 'read', file: basename(path), done: 0, total: null });
  const source = await readSource(path);
  const sheets: PreparedSheet[] = [];
  const skippedSheets: string[] = [];
  let undated: { raw: RawSheet; detection: NonNullable<ReturnType<typeof findHeaderRow>> } | null = null;
  // Registration numbers are unique across all sheets of one file.
  const seenRegNumbers = new Map<string, string>();

  for (const raw of source.sheets) {
    const detection = findHeaderRow(raw.rows, raw.origin.col, given, deps.rememberedFor);
    if (!detection) {
      skippedSheets.push(raw.name);
      continue;
    }
    if (!detection.columns.some((c) => c.field === 'receivedAt')) {
      undated ??= { raw, detection };
      skippedSheets.push(raw.name);
      continue;
    }
    sheets.push(prepareSheet(source.file, raw, detection.index, detection.columns, seenRegNumbers, deps));
  }

  const prepared = (): PreparedFile => ({
    source: { file: source.file, path: source.path, format: source.format, contentHash: source.contentHash },
    sheets,
    report: {
      file: source.file,
      path: source.path,
      format: source.format,
      contentHash: source.contentHash,
      sheets: sheets.map((s) => s.report),
      skippedSheets,
    },
  });

  // Requests without a date column cannot be stored, but the analyst can still be shown the header
  // found and map the date column by hand: the preview carries the sheet, storing refuses it.
  if (sheets.length === 0 && undated) {
    const { raw, detection } = undated;
    const headerOnly = { ...raw, rows: raw.rows.slice(0, detection.index + 1) };
    const sheet = prepareSheet(
      source.file,
      headerOnly,
      detection.index,
      detection.columns,
      seenRegNumbers,
      deps,
    );
    sheet.report.missingFields = ['receivedAt'];
    sheets.push(sheet);
    skippedSheets.splice(skippedSheets.indexOf(raw.name), 1);
    return prepared();
  }
  if (sheets.length === 0) {
    const firstRows =
      source.sheets[0]?.rows
        .slice(0, 3)
        .flat()
        .filter((c) => c !== null)
        .slice(0, 8)
        .join(', ') ?? '';
    return fail('noRecognisedColumns', { file: source.file, sample: firstRows });
  }
  if (sheets.every((s) => s.report.rowsRead === 0)) return fail('noDataRows', { file: source.file });
  return prepared();
}

function prepareSheet(
  file: string,
  raw: RawSheet,
  headerIndex: number,
  columns: SheetReport['columns'],
  seenRegNumbers: Map<string, string>,
  deps: PrepareDeps,
): PreparedSheet {
  const header = raw.rows[headerIndex] as Cell[];
  const at = fieldColumns(columns);
  const rowNumber = (i: number) => raw.origin.row + i + 1;
  const report: SheetReport = {
    sheet: raw.name,
    headerRow: rowNumber(headerIndex),
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
  };
  const unmapped = new Map<string, UnmappedValue>();
  const records: RequestRecord[] = [];
  const rejected: RejectedRow[] = [];

  const problem = (cells: readonly Cell[], row: number, issue: RowIssue): RowProblem => {
    const col = at[issue.field] ?? 0;
    const value = cells[col];
    const p: RowProblem = {
      file,
      sheet: raw.name,
      row,
      column: columns[col]?.column ?? '',
      header: columns[col]?.header ?? '',
      value: value === null || value === undefined ? '' : String(value),
      reason: issue.reason,
    };
    if (issue.params) p.params = issue.params;
    return p;
  };

  const last = raw.rows.length - 1;
  for (let i = headerIndex + 1; i < raw.rows.length; i++) {
    if ((i - headerIndex) % PROGRESS_EVERY_ROWS === 0 || i === last) {
      deps.job.checkpoint();
      deps.job.report({ phase: 'check', file, done: i - headerIndex, total: last - headerIndex });
    }
    const cells = raw.rows[i] as Cell[];
    if (isEmptyRow(cells)) continue;
    if (isTotalsRow(cells)) {
      report.totalsRowsSkipped++;
      continue;
    }
    const row = rowNumber(i);
    report.rowsRead++;
    const outcome = normaliseRow(cells, at, row, {
      date1904: raw.date1904,
      iinSalt: deps.iinSalt,
      regionAliases: deps.regionAliases,
    });
    const errors = outcome.errors.map((e) => problem(cells, row, e));

    const reg = outcome.record?.regNumber;
    if (reg) {
      const key = regNumberKey(reg);
      const first = seenRegNumbers.get(key);
      if (first !== undefined) {
        errors.push(
          problem(cells, row, { field: 'regNumber', reason: 'duplicateInFile', params: { first } }),
        );
      } else seenRegNumbers.set(key, `${raw.name}!${row}`);
    }

    if (errors.length > 0 || !outcome.record) {
      report.rowsRejected++;
      report.errorsTotal += errors.length;
      for (const e of errors) if (report.errors.length < PROBLEM_LIST_LIMIT) report.errors.push(e);
      rejected.push({ row, cells, problems: errors });
      continue;
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
    records.push(rec);
    report.rowsValid++;
    report.byQuarter[rec.quarter] = (report.byQuarter[rec.quarter] ?? 0) + 1;
  }
  report.unmapped = [...unmapped.values()].sort(
    (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  );
  return { report, signature: headerSignature(header), header, records, rejected };
}

/** Registration numbers compare without case and surrounding spaces: CRMs re-export them both ways. */
export function regNumberKey(reg: string): string {
  return reg.trim().replace(/\s+/g, ' ').toUpperCase();
}
