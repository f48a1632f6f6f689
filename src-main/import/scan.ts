// One pass over a file, row by row: the header found, every row normalised, and each valid request
// handed to a writer (storing) or only counted (preview). Nothing of the file is kept but the counts,
// the problems and the refused rows.
import { basename } from 'node:path';
import type { JobContext } from '../core/job';
import type { JobProgress } from '../shared/jobs';
import {
  OPTIONAL_REQUIRED,
  type Field,
  type LocalDate,
  type OptionalField,
  type RegionCode,
} from '../shared/domain';
import { fail, type AppError, type RowProblem } from '../shared/errors';
import { detectColumns, type ColumnSample, type Overrides } from './detect/columns';
import { findHeader, headerSignature, isNumberingRow, SCAN_ROWS } from './detect/header-row';
import { headerKey } from './detect/header-text';
import { missingFields } from './detect/required';
import { missingColumnsError } from './missing-columns';
import { isEmptyRow, isNoteRow, isTotalsRow, filledCells } from './detect/totals-row';
import { countsWorkingDays } from './normalise/deadline';
import { fieldColumns, normaliseRow, type RowContext, type RowIssue } from './normalise/row';
import { maskPersonalData } from './normalise/personal-data';
import { shownValue } from './personal-columns';
import type { ValueAliases } from '../shared/value-aliases';
import type { SheetSource, SourceRow } from './read/sheet-source';
import { openSource } from './read/source';
import type { Cell, SourceFormat } from './read/types';
import type { RequestRecord } from '../shared/request-record';
import type { ColumnMatch, FileReport, SheetNote, SheetReport, UnmappedValue } from '../shared/imports';
import type { ImportOptions } from '../shared/commands/imports';

/** Reports keep this many row problems each; the totals are always exact. */
export const PROBLEM_LIST_LIMIT = 1000;

/** A sheet sampled on this many rows at least decides the columns of its shape for the file's other sheets. */
const SHAPE_SAMPLE_ROWS = 20;

/** Rows under the header whose values detection weighs. */
export const SAMPLE_ROWS = 200;
/** The rows held for detection stop growing past this many cells (a sheet 16,384 columns wide). */
const MAX_BUFFERED_CELLS = 2_000_000;

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
  /** Required fields the analyst agreed to go without, now or remembered for a shape of file. */
  allowMissing: (signature: string) => ReadonlySet<OptionalField>;
  /** The contact center's time zone, for timestamps written with an offset. */
  timeZone: string;
  iinSalt: string;
  regionAliases: ReadonlyMap<string, RegionCode>;
  /** Vocabulary spellings the analyst mapped (normalise/value-alias.ts). */
  valueAliases: ValueAliases;
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
    const sheetNotes: SheetNote[] = [];
    let undated: { name: string; header: SourceRow; columns: ColumnMatch[] } | null = null;
    let firstRows: SourceRow[] = [];
    // Registration numbers are unique across all sheets of one file.
    const seenRegNumbers = new Map<string, string>();
    // Sheets of one shape (a workbook of months) are read alike: the first one's columns serve the rest.
    const columnsOfShape = new Map<string, ColumnMatch[]>();
    let rowsDone = 0;
    const skip = (sheet: string, reason: SheetNote['reason']) => {
      skippedSheets.push(sheet);
      sheetNotes.push({ sheet, reason });
    };

    // Hidden sheets are read only when no visible one holds requests: they are lookups or copies.
    const order = [...source.sheets.entries()].sort(
      ([, a], [, b]) => Number(a.hidden ?? false) - Number(b.hidden ?? false),
    );
    for (const [i, sheet] of order) {
      if (sheet.hidden && sheets.length > 0) {
        skip(sheet.name, 'hidden');
        continue;
      }
      const iterator = iterate(sheet);
      const buffered: SourceRow[] = [];
      let cells = 0;
      while (buffered.length < SCAN_ROWS + SAMPLE_ROWS && cells < MAX_BUFFERED_CELLS) {
        const next = await iterator.next();
        if (next.done) break;
        buffered.push(next.value);
        cells += next.value.cells.length;
      }
      if (i === 0) firstRows = buffered.slice(0, 3);
      // The steps below run without a turn of the event loop, so without the heartbeat: said between them.
      deps.job.report(latest);
      const header = findHeader(
        buffered.slice(0, SCAN_ROWS).map((r) => r.cells),
        given,
        deps.rememberedFor,
      );
      if (!header) {
        skip(sheet.name, 'noHeader');
        await iterator.return?.(undefined);
        continue;
      }
      deps.job.report(latest);
      const signature = headerSignature(header.headers);
      const headerRow = buffered[header.last] as SourceRow;
      const dataRows = buffered.slice(header.last + 1);
      const columns =
        columnsOfShape.get(signature) ??
        detectColumns(
          columnSamples(header.headers, dataRows, sheet.hiddenColumns?.()),
          0,
          given,
          deps.rememberedFor(signature),
          { today: deps.today, date1904: sheet.date1904 },
        );
      // Reused only when its values were enough to judge by: an empty template sheet decides for no month.
      if (dataRows.length >= SHAPE_SAMPLE_ROWS) columnsOfShape.set(signature, columns);
      if (!columns.some((c) => c.field === 'receivedAt')) {
        undated ??= { name: sheet.name, header: { row: headerRow.row, cells: header.headers }, columns };
        skip(sheet.name, 'noDate');
        await iterator.return?.(undefined);
        continue;
      }
      const scanned = newSheet(sheet.name, { row: headerRow.row, cells: header.headers }, columns, signature);
      const allowed = deps.allowMissing(signature);
      const missing = missingFields(columns);
      if (missing.length > 0) {
        scanned.report.missingFields = missing;
        const agreed = missing.filter((f) => allowed.has(f));
        if (agreed.length > 0) scanned.report.allowedMissing = agreed;
      }
      const importedAt = deps.importedAt(meta.contentHash, sheet.name);
      if (importedAt) scanned.report.alreadyImportedAt = importedAt;
      const writer = importedAt ? null : deps.writerFor(meta, scanned.report, scanned.signature);
      // Never stored with every request "topic not specified" or "region not specified" unasked; a sheet with
      // no rows (a template) has nothing to ask about.
      const unagreed = missing.filter((f) => !allowed.has(f));
      if (writer && unagreed.length > 0 && dataRows.some((r) => !isEmptyRow(r.cells))) {
        throw missingColumnsError(meta.file, scanned.report, unagreed, given);
      }
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
      progress(rowsDone);
      for (const r of dataRows) {
        reader.read(r);
        if (++rowsDone % PROGRESS_EVERY_ROWS === 0) progress(rowsDone);
      }
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        reader.read(next.value);
        if (++rowsDone % PROGRESS_EVERY_ROWS === 0) progress(rowsDone);
      }
      progress(rowsDone);
      reader.finish();
      // A column taken for the topic or the region that gave none of its requests one (an address of streets
      // only, a column left empty) is as missing as no column: the same question is asked of the analyst.
      for (const field of OPTIONAL_REQUIRED) {
        if (scanned.report.rowsValid === 0 || reader.given[field] > 0) continue;
        const missing = (scanned.report.missingFields ??= []);
        if (!missing.includes(field)) missing.push(field);
        if (allowed.has(field)) {
          const agreed = (scanned.report.allowedMissing ??= []);
          if (!agreed.includes(field)) agreed.push(field);
        } else if (writer) throw missingColumnsError(meta.file, scanned.report, [field], given);
      }
      writer?.finish(scanned);
      sheets.push(scanned);
    }

    const scanned = (): ScannedFile => ({
      source: meta,
      sheets,
      report: {
        ...meta,
        sheets: sheets.map((s) => s.report),
        skippedSheets,
        ...(sheetNotes.length > 0 ? { sheetNotes } : {}),
      },
    });

    // Requests without a date column cannot be stored, but the analyst can still be shown the header
    // found and map the date column by hand: the preview carries the sheet, storing refuses it.
    if (sheets.length === 0 && undated) {
      const sheet = newSheet(
        undated.name,
        undated.header,
        undated.columns,
        headerSignature(undated.header.cells),
      );
      sheet.report.missingFields = ['receivedAt', ...missingFields(undated.columns)];
      sheets.push(sheet);
      skippedSheets.splice(skippedSheets.indexOf(undated.name), 1);
      sheetNotes.splice(
        sheetNotes.findIndex((n) => n.sheet === undated.name),
        1,
      );
      return scanned();
    }
    if (sheets.length === 0) {
      const sample = maskPersonalData(
        firstRows
          .flatMap((r) => r.cells)
          .filter((c) => c !== null)
          .slice(0, 8)
          .join(', '),
      );
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

/** The cells under each header, sampled for detection: the rows that may be requests. */
function columnSamples(
  headers: readonly string[],
  rows: readonly SourceRow[],
  hidden: ReadonlySet<number> | undefined,
): ColumnSample[] {
  const signature = headerSignature(headers);
  const data = rows
    .map((r) => r.cells)
    .filter(
      (c) => !isEmptyRow(c) && !isTotalsRow(c) && !isNumberingRow(c) && headerSignature(c) !== signature,
    )
    .slice(0, SAMPLE_ROWS);
  const width = Math.max(headers.length, ...data.map((r) => r.length));
  return Array.from({ length: width }, (_, i) => ({
    header: headers[i] ?? '',
    cells: data.map((r) => r[i] ?? null),
    ...(hidden?.has(i) ? { hidden: true } : {}),
  }));
}

function newSheet(name: string, header: SourceRow, columns: ColumnMatch[], signature: string): ScannedSheet {
  return {
    report: {
      sheet: name,
      headerRow: header.row,
      columns,
      rowsRead: 0,
      rowsValid: 0,
      rowsRejected: 0,
      totalsRowsSkipped: 0,
      rowsSkipped: { notes: 0, footer: 0, numbering: 0, headers: 0 },
      byQuarter: {},
      errors: [],
      errorsTotal: 0,
      warnings: [],
      warningsTotal: 0,
      unmapped: [],
    },
    signature,
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
): { read: (row: SourceRow) => void; finish: () => void; given: Record<OptionalField, number> } {
  // How many stored requests got a topic and a region (known or as written) from their columns.
  const given = { topic: 0, region: 0 };
  const report = scanned.report;
  const columns = report.columns;
  const at = fieldColumns(columns);
  const placeCells = (['region', 'city', 'district'] as const).flatMap((f) =>
    at[f] === undefined ? [] : [at[f]],
  );
  const unmapped = new Map<string, UnmappedValue>();
  const deadlineHeader = at.deadline === undefined ? '' : (columns[at.deadline]?.header ?? '');
  const context: RowContext = {
    date1904: sheet.date1904,
    iinSalt: deps.iinSalt,
    regionAliases: deps.regionAliases,
    valueAliases: deps.valueAliases,
    today: deps.today,
    purgedQuarters: deps.purgedQuarters,
    timeZone: deps.timeZone,
    deadlineInWorkingDays: countsWorkingDays(deadlineHeader),
  };

  const problemAt = (
    row: number,
    cells: readonly Cell[],
    col: number,
    reason: RowProblem['reason'],
    params?: RowProblem['params'],
  ): RowProblem => ({
    file,
    sheet: sheet.name,
    row,
    column: columns[col]?.column ?? '',
    header: columns[col]?.header ?? '',
    value: quoted(columns[col], cells[col]),
    reason,
    ...(params ? { params } : {}),
  });
  const problem = (cells: readonly Cell[], row: number, issue: RowIssue): RowProblem =>
    problemAt(row, cells, at[issue.field] ?? 0, issue.reason, issue.params);

  // Rows without a date that look like notes (a section heading, a subtotal, a signature line) are held until it is
  // known what follows them: a request (then a one-cell heading or a subtotal is skipped, anything else refused like
  // every row without a date) or the end of the sheet (then they were its footer).
  let held: { row: number; cells: Cell[]; errors: RowProblem[] }[] = [];
  const dateHeaderKey = headerKey(scanned.header[at.receivedAt ?? -1] ?? '');
  // headerKey keeps every digit: a date written with one is never the header, and is not worked out per row.
  const headerHasDigit = DIGIT_RE.test(dateHeaderKey);
  const skipped = (row: number, cells: readonly Cell[], reason: 'noteRowSkipped' | 'footerRowSkipped') => {
    const i = cells.findIndex((c) => c !== null && !(typeof c === 'string' && c.trim() === ''));
    report.rowsSkipped[reason === 'noteRowSkipped' ? 'notes' : 'footer']++;
    report.warningsTotal++;
    if (report.warnings.length >= PROBLEM_LIST_LIMIT) return;
    report.warnings.push(problemAt(row, cells, i, reason));
  };
  const reject = (row: number, cells: Cell[], errors: RowProblem[]) => {
    report.rowsRead++;
    report.rowsRejected++;
    report.errorsTotal += errors.length;
    for (const e of errors) if (report.errors.length < PROBLEM_LIST_LIMIT) report.errors.push(e);
    scanned.rejected.push({ row, cells, problems: errors });
  };
  const releaseHeld = () => {
    for (const h of held) {
      const n = filledCells(h.cells);
      const subtotal = n === 2 && h.cells.some((c) => typeof c === 'number');
      if (n === 1 || subtotal) skipped(h.row, h.cells, 'noteRowSkipped');
      else reject(h.row, h.cells, h.errors);
    }
    held = [];
  };

  const finish = () => {
    for (const h of held) skipped(h.row, h.cells, 'footerRowSkipped');
    held = [];
    report.unmapped = [...unmapped.values()].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    );
  };
  const read = ({ row, cells, truncated }: SourceRow) => {
    // A record cut short by the end of the file is never stored: the import refuses the file for it
    // (service.ts), or rejects the row under --skip-invalid. It is quoted where it was cut.
    if (truncated) {
      reject(row, cells, [problemAt(row, cells, Math.max(cells.length - 1, 0), 'rowTruncated')]);
      return;
    }
    if (isEmptyRow(cells)) return;
    if (isTotalsRow(cells)) {
      report.totalsRowsSkipped++;
      return;
    }
    if (isNumberingRow(cells)) {
      report.rowsSkipped.numbering++;
      return;
    }
    // A header repeated down the sheet (a report printed page by page, months stacked on one sheet).
    const dateCell = cells[at.receivedAt ?? -1];
    if (
      typeof dateCell === 'string' &&
      (headerHasDigit || !DIGIT_RE.test(dateCell)) &&
      headerKey(dateCell) === dateHeaderKey &&
      headerSignature(cells) === scanned.signature
    ) {
      report.rowsSkipped.headers++;
      return;
    }
    const outcome = normaliseRow(cells, at, row, context);
    const errors = outcome.errors.map((e) => problem(cells, row, e));
    if (outcome.letters.restored + outcome.letters.ambiguous > 0) {
      const l = (report.lostLetters ??= { restored: 0, ambiguous: 0 });
      l.restored += outcome.letters.restored;
      l.ambiguous += outcome.letters.ambiguous;
    }
    const dateless =
      !outcome.record &&
      outcome.errors.every(
        (e) => e.field === 'receivedAt' && (e.reason === 'dateMissing' || e.reason === 'dateUnparseable'),
      );
    if (dateless && isNoteRow(cells)) {
      held.push({ row, cells, errors });
      return;
    }
    if (held.length > 0) releaseHeld();

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
      reject(row, cells, errors);
      return;
    }
    report.rowsRead++;
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
    const m = outcome.masked;
    if (m.iin + m.phone + m.email > 0) {
      const total = (report.masked ??= { iin: 0, phone: 0, email: 0 });
      total.iin += m.iin;
      total.phone += m.phone;
      total.email += m.email;
    }
    report.byQuarter[rec.quarter] = (report.byQuarter[rec.quarter] ?? 0) + 1;
    if (rec.topic !== null) given.topic++;
    // A place cell with anything in it counts, a value to place by hand or an error with its remark included;
    // an address that named no known settlement does not.
    if (rec.regionRaw !== null || placeCells.some((i) => !isBlankCell(cells[i]))) given.region++;
    writer?.add(rec);
  };
  return { read, finish, given };
}

const DIGIT_RE = /[0-9]/;

const isBlankCell = (c: Cell | undefined): boolean =>
  c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

/** A problem quotes the value it is about, but a megabyte of it helps no one. */
const QUOTED_CHARS = 200;
const shortened = (value: string): string =>
  value.length > QUOTED_CHARS ? `${value.slice(0, QUOTED_CHARS)}…` : value;
/**
 * A long value is masked on this prefix, then shortened: masked after the cut, an identifier cut in two would no
 * longer read as one and show its first digits.
 */
const MASKED_CHARS = 5 * QUOTED_CHARS;

/** A cell as a report quotes it: shortened, a person's identifiers masked (see personal-columns.ts). */
const quoted = (column: ColumnMatch | undefined, value: Cell | undefined): string =>
  value === null || value === undefined
    ? ''
    : shortened(shownValue(column, String(value).slice(0, MASKED_CHARS)));
