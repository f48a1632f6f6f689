// What an import says of each file, sheet and column: what the import screen and `import --json` show.
import type { RowProblem } from './errors';
import { SOCIAL_STATUSES, type Field, type RegionCode } from './domain';
import { CATEGORIES, CHANNELS, REQUEST_TYPES, RESULTS } from './quality';
import { PORTRAIT_VALUE_FIELDS } from './portrait';

export interface ColumnMatch {
  column: string;
  header: string;
  field: Field | null;
  /** How the field was chosen: recognised from the evidence, remembered for this shape of file, or given now. */
  source: 'recognised' | 'remembered' | 'given' | 'none';
  /** 0..1, for a recognised field: how strongly the header and the values point to it. */
  confidence?: number;
  /** What the recognition rests on. */
  evidence?: ColumnEvidence;
  /**
   * On a column given a field: another column nearly as likely to be that field. On an unread column: the field
   * it most likely is (taken by `column`, when another column won it). Shown for the analyst to check.
   */
  alternative?: { field: Field; confidence: number; column?: string; header?: string };
  /** A few of its values (IINs, phones, names and e-mail never), for the analyst to see what it holds. */
  examples?: string[];
  /** Hidden in the workbook. */
  hidden?: boolean;
}

export interface ColumnEvidence {
  /** What the header said of the field: an exact phrase, its words, a hint, or nothing (the values alone). */
  header: 'exact' | 'stem' | 'weak' | 'none';
  /** Non-empty sampled cells the field judged, and how many of them it found plausible. */
  sampled: number;
  accepted: number;
  /** Distinct values among those sampled. */
  distinct: number;
}

/** A value that no reference knows: stored as written, counted as not specified, shown to the analyst. */
export interface UnmappedValue {
  field: 'region' | MappableField;
  value: string;
  count: number;
  candidates?: RegionCode[];
}

/**
 * The fields whose unrecognised values the analyst maps to one of the field's codes (`values.map`); a region is
 * placed instead (`regions.place`), as it is settled against the gazetteer.
 */
export const MAPPABLE_FIELDS = [
  'socialStatus',
  'sex',
  'language',
  'channel',
  'category',
  'requestType',
  'result',
  ...PORTRAIT_VALUE_FIELDS,
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** The code a value is mapped to when the analyst says it tells nothing: the field is left "not specified". */
export const NOT_SPECIFIED = 'unknown';

/**
 * The codes each vocabulary field may be mapped to, "not specified" last (social status has its own `unknown`).
 * The portrait's free-text fields take the codes of reference/portrait-values.ts, which the backend lists.
 */
export const VALUE_CODES: Readonly<
  Record<Exclude<MappableField, (typeof PORTRAIT_VALUE_FIELDS)[number]>, readonly string[]>
> = {
  socialStatus: SOCIAL_STATUSES,
  sex: ['female', 'male', NOT_SPECIFIED],
  language: ['kk', 'ru', 'other', NOT_SPECIFIED],
  channel: [...CHANNELS, NOT_SPECIFIED],
  category: [...CATEGORIES, NOT_SPECIFIED],
  requestType: [...REQUEST_TYPES, NOT_SPECIFIED],
  result: [...RESULTS, NOT_SPECIFIED],
};

/** A spelling the analyst mapped: every later import reads it as `code`. */
export interface ValueAlias {
  field: MappableField;
  /** The spelling as first mapped (compared folded). */
  value: string;
  code: string;
  updatedAt: string;
}

/** One code a field's value may be mapped to; the portrait's carry their names, the others are named by the locales. */
export interface ValueChoice {
  code: string;
  names?: { ru: string; kk: string };
}

export interface ValueAliasList {
  aliases: ValueAlias[];
  choices: Record<MappableField, ValueChoice[]>;
}

export interface SheetReport {
  sheet: string;
  headerRow: number;
  columns: ColumnMatch[];
  rowsRead: number;
  rowsValid: number;
  rowsRejected: number;
  totalsRowsSkipped: number;
  /**
   * Rows that are no requests, skipped and counted: section headings and subtotals amid the data (`notes`),
   * signature and footer lines after it (`footer`), the row of column numbers (`numbering`), repeated headers.
   */
  rowsSkipped: { notes: number; footer: number; numbering: number; headers: number };
  byQuarter: Record<string, number>;
  errors: RowProblem[];
  errorsTotal: number;
  warnings: RowProblem[];
  warningsTotal: number;
  unmapped: UnmappedValue[];
  /** Set once committed. */
  stored?: number;
  duplicates?: number;
  batchId?: number;
  /**
   * Required fields no column gives. Without the date the sheet is shown, never stored; without the topic or the
   * region it is stored only once the analyst agrees (`allowedMissing`).
   */
  missingFields?: Field[];
  /**
   * Values in which «?» stood for Kazakh letters (a file saved through Windows-1251): put back where exactly one
   * letter fits, left as they were where two do.
   */
  lostLetters?: { restored: number; ambiguous: number };
  /** IINs, phone numbers and e-mail addresses typed into the texts of the valid rows, masked before storing. */
  masked?: { iin: number; phone: number; email: number };
  /** Those of the missing fields the analyst agreed to go without. */
  allowedMissing?: ('topic' | 'region')[];
  /** The same bytes were imported before into this contact center: nothing is stored again. */
  alreadyImportedAt?: string;
}

export interface FileReport {
  file: string;
  path: string;
  format: 'xlsx' | 'xls' | 'ods' | 'html' | 'csv';
  contentHash: string;
  sheets: SheetReport[];
  /** Sheets with no recognisable header row (e.g. a summary sheet). */
  skippedSheets: string[];
  /** Why each skipped sheet was skipped. */
  sheetNotes?: SheetNote[];
}

export interface SheetNote {
  sheet: string;
  reason: 'noHeader' | 'noDate' | 'hidden';
}

export interface RememberedShape {
  signature: string;
  headers: string[];
  fields: Record<string, Field | null>;
  allowMissing: ('topic' | 'region')[];
  updatedAt: string;
}

export interface ImportReport {
  center: string;
  committed: boolean;
  files: FileReport[];
  /** Where the rows refused under skipInvalid were written. */
  rejectedCsv?: string;
}
