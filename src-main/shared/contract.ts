// The one contract between the backend and its transports (CLI, Electron IPC, tests).
// Each command is request → response; payloads and replies are plain JSON.
import type { Analysis, AnalysisQuery } from './analysis';
import type { CalendarQuery, QuarterCalendar, RecordedStep } from './calendar';
import type {
  ContentKeywords,
  ContentQuery,
  DraftKeywordsChoice,
  DraftKeywordsKept,
  NewIssues,
  TopicSuggestions,
} from './content';
import type { AppError, RowProblem } from './errors';
import type {
  ReportRequest,
  ReportResult,
  SpravkaPreview,
  SpravkaQuery,
  SpravkaSettings,
  SpravkaText,
  TextVersion,
} from './spravka';
import type { Field, Lang, RegionCode } from './domain';
import type { RetentionPreview, RetentionState } from './retention';
import type { QualityAnalysis, QualityQuery } from './quality';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface ImportOptions {
  paths: string[];
  /** Contact center the requests belong to; optional when the store has at most one. */
  center?: string;
  skipInvalid?: boolean;
  /** Header text → field, or null to ignore that column. Remembered for sources with the same header row. */
  map?: Record<string, Field | null>;
  /** Language of what the import writes for the analyst (the rejected-rows CSV). */
  lang?: Lang;
  /**
   * Required fields the analyst agreed to go without for these files: their requests are then counted as
   * "not specified". Remembered for files of the same shape.
   */
  allowMissing?: ('topic' | 'region')[];
  /** The analyst saw the preview and confirmed its mapping: it is remembered for files of the same shape. */
  remember?: boolean;
}

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
  field: 'region' | 'socialStatus' | 'sex' | 'language' | 'channel' | 'category' | 'requestType' | 'result';
  value: string;
  count: number;
  candidates?: RegionCode[];
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

/**
 * A sheet not read: no header names its columns (a pivot, a lookup list, parameters), its columns have no date
 * (a summary), or it is hidden while visible sheets hold the requests.
 */
export interface SheetNote {
  sheet: string;
  reason: 'noHeader' | 'noDate' | 'hidden';
}

/** A shape of file the analyst mapped: its headers (in key form), their fields, the fields it may go without. */
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

export interface BatchSummary {
  id: number;
  file: string;
  sheet: string;
  center: string;
  rows: number;
  read: number;
  duplicates: number;
  rejected: number;
  importedAt: string;
}

export interface Stats {
  total: number;
  byQuarter: Record<string, number>;
  batches: BatchSummary[];
}

/** A contact center as the справка names it: column 1 of the Appendix form. */
export interface CenterInfo {
  name: string;
  phone: string | null;
  /** IANA time zone of the center's clock (timestamps written with an offset are read in it); Asia/Almaty if unset. */
  timeZone?: string | null;
}

/** What changes of a contact center: each detail given; the others stay as they are. */
export interface CenterUpdate {
  name: string;
  phone?: string | null;
  timeZone?: string | null;
}

export interface TopicInfo {
  id: number;
  name: string;
  requests: number;
  /** Every spelling that maps to this topic, in the folded form imports compare. */
  aliases: string[];
}

export interface RequestQuery {
  quarter: string;
  center?: string;
  /** A topic's catalog name. */
  topic?: string;
  region?: RegionCode | 'unspecified';
  /** Words in the text, the registration number or the region as written. */
  search?: string;
  offset: number;
  limit: number;
}

export interface RequestRow {
  id: number;
  regNumber: string | null;
  receivedAt: string;
  region: RegionCode | null;
  regionRaw: string | null;
  topic: string | null;
  channel: string | null;
  sex: 'female' | 'male' | null;
  age: number | null;
  socialStatus: string;
  text: string | null;
}

export interface RequestPage {
  total: number;
  offset: number;
  rows: RequestRow[];
}

/** §11's information-explanatory work plan as written: the PDF, the XLSX when asked, the topics over 30 %. */
export interface PlanResult extends ReportResult {
  topics: number;
}

/** §18's FAQ list as written; the format follows the file's extension. */
export interface FaqResult {
  out: string;
  format: 'xlsx' | 'html';
  questions: number;
}

export interface Commands {
  'imports.preview': { input: ImportOptions; output: ImportReport };
  'imports.run': { input: ImportOptions; output: ImportReport };
  'imports.undo': { input: { batchId: number }; output: { batchId: number; removed: number } };
  'imports.shapes': { input: Record<string, never>; output: RememberedShape[] };
  'imports.forgetShape': { input: { signature: string }; output: RememberedShape[] };
  'stats.get': { input: Record<string, never>; output: Stats };
  'centers.list': { input: Record<string, never>; output: CenterInfo[] };
  'centers.update': { input: CenterUpdate; output: CenterInfo };
  'topics.list': { input: Record<string, never>; output: TopicInfo[] };
  'requests.list': { input: RequestQuery; output: RequestPage };
  'regions.list': {
    input: Record<string, never>;
    output: { code: RegionCode; nameRu: string; nameKk: string }[];
  };
  'regions.unplaced': { input: Record<string, never>; output: { value: string; count: number }[] };
  'regions.place': { input: { value: string; code: RegionCode }; output: { moved: number } };
  'topics.rename': { input: { id: number; name: string }; output: TopicInfo[] };
  'topics.merge': { input: { from: number; into: number }; output: TopicInfo[] };
  'analysis.quarter': { input: AnalysisQuery; output: Analysis };
  'analysis.quality': { input: QualityQuery; output: QualityAnalysis };
  'spravka.text': { input: SpravkaQuery; output: SpravkaText };
  'spravka.saveText': { input: SpravkaQuery & { text: string }; output: SpravkaText };
  'spravka.history': { input: SpravkaQuery; output: TextVersion[] };
  'retention.get': { input: Record<string, never>; output: RetentionState };
  'content.suggestions': { input: ContentQuery; output: TopicSuggestions };
  'content.newIssues': { input: ContentQuery; output: NewIssues };
  'content.keywords': { input: ContentQuery; output: ContentKeywords };
  'content.draftKeywords': { input: DraftKeywordsChoice; output: DraftKeywordsKept };
  'content.newTopic': {
    input: { name: string; requestIds: number[]; keywords?: string[] };
    output: { topicId: number; assigned: number };
  };
  'content.assign': {
    input: { assignments: { requestId: number; topicId: number }[] };
    output: { assigned: number };
  };
  'retention.preview': { input: { years: number }; output: RetentionPreview };
  'retention.set': { input: { years: number | null }; output: RetentionState & { removed: number } };
  'spravka.approve': { input: SpravkaQuery; output: SpravkaText };
  'spravka.withdraw': { input: SpravkaQuery; output: SpravkaText };
  'calendar.quarter': { input: CalendarQuery; output: QuarterCalendar };
  'spravka.setStatus': { input: CalendarQuery & { status: RecordedStep }; output: QuarterCalendar };
  'spravka.settings': { input: Record<string, never>; output: SpravkaSettings };
  'spravka.saveSettings': { input: SpravkaSettings; output: SpravkaSettings };
  'report.preview': { input: SpravkaQuery; output: SpravkaPreview };
  'report.write': { input: ReportRequest; output: ReportResult };
  'report.form': { input: SpravkaQuery & { out: string }; output: { xlsx: string } };
  'report.top10': { input: SpravkaQuery & { out: string }; output: { xlsx: string } };
  'report.plan': { input: ReportRequest; output: PlanResult };
  'report.faq': { input: SpravkaQuery & { out: string }; output: FaqResult };
}
export type CommandName = keyof Commands;
export type CommandInput<N extends CommandName> = Commands[N]['input'];
export type CommandOutput<N extends CommandName> = Commands[N]['output'];
