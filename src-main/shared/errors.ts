// Errors cross the process boundary as data: a code that is an i18n key under `errors:`
// plus its parameters, so the CLI and the renderer each localise them in their own language.

type Param = string | number;

/**
 * Each error code with the parameters its message (locales/ru/errors.json and kk) fills in: a code raised without them, or
 * with a misspelt one, does not compile.
 */
export interface ErrorParamsOf {
  usage: { detail: Param };
  invalidPayload: { message: Param; name: Param; path: Param };
  unknownCommand: { name: Param };
  fileNotFound: { file: Param; path: Param };
  fileUnreadable: { file: Param; path: Param };
  filePermission: { file: Param; path: Param };
  fileLoop: { file: Param; path: Param };
  notRegularFile: { file: Param; kind: Param; path: Param };
  fileUnwritable: { detail: Param; path: Param };
  notSpreadsheet: { file: Param };
  corruptFile: { detail: Param; file: Param };
  partTooLarge: { file: Param; limit: Param; part: Param };
  tooManyStrings: { file: Param; limit: Param; part: Param };
  fileDamaged: { file: Param; part: Param };
  fileTruncated: { file: Param; row: Param };
  passwordProtected: { file: Param };
  dtdRefused: { file: Param; part: Param };
  csvUnclosedQuote: { file: Param; limit: Param; row: Param };
  csvNulBytes: { file: Param; row: Param };
  noRecognisedColumns: { file: Param; sample: Param };
  noDateColumn: { file: Param; headers: Param; sheet: Param };
  // fieldNames is filled in from fields where the message is written (problem-text.ts); likely names the columns
  // that may be the missing fields.
  missingColumns: { columns: Param; fields: Param; likely: Param; file: Param; sheet: Param };
  noDataRows: { file: Param };
  invalidRows: { count: Param; files: Param };
  centerRequired: { centers: Param };
  unknownHeader: { header: Param; headers: Param };
  unknownField: { field: Param; fields: Param };
  badQuarter: { value: Param };
  unknownCenter: { center: Param; centers: Param };
  // An import into a center no stored one is named like, not marked new: a typo must not create a center.
  importCenterUnknown: { center: Param; centers: Param };
  unknownValueCode: { code: Param; codes: Param };
  unknownTimeZone: { zone: Param };
  unknownBatch: { id: Param };
  batchPurged: { id: Param; purgedAt: Param };
  unknownTopic: { id: Param };
  unknownMerge: { id: Param };
  mergeTargetGone: { name: Param; into: Param };
  topicNameTaken: { name: Param };
  unknownRequest: { id: Param };
  databaseTooNew: { path: Param; version: Param };
  databaseUnreadable: { detail: Param; path: Param };
  databaseCorrupt: { backups: Param; detail: Param; path: Param };
  diskFull: { needed: Param; path: Param };
  databaseBusy: { path: Param };
  notSaraptamaDb: { file: Param; keyFile: Param };
  databaseKeyMissing: { keyFile: Param; path: Param };
  spravkaApproved: { approvedAt: Param; approvedBy: Param };
  spravkaNotApproved: { quarter: Param };
  spravkaGaps: { count: Param; list: Param };
  cancelled: Record<string, never>;
  jobFailed: { message: Param };
  internal: { message: Param };
}

export type ErrorCode = keyof ErrorParamsOf;

/** Parameters of some error: what row problems and generic code carry. */
export type ErrorParams = Record<string, Param>;

interface ErrorOf<C extends ErrorCode> {
  code: C;
  /** What its message needs; a failure may carry more facts. */
  params: ErrorParamsOf[C] & ErrorParams;
  /** Row-level problems behind a refusal (file, sheet, row, column, value, reason). */
  problems?: RowProblem[];
  problemsTotal?: number;
}

/** An error as data: its code, and at least the parameters its message fills in. */
export type AppError = { [C in ErrorCode]: ErrorOf<C> }[ErrorCode];

/** An error with the parameters its code takes. */
const appError = <C extends ErrorCode>(code: C, params: ErrorParamsOf[C]): AppError =>
  ({ code, params }) as ErrorOf<C> as AppError;

/** Why a row was refused (error) or stored with a remark (warning); an i18n key under `problems:`. */
export type ProblemReason =
  | 'dateMissing'
  | 'dateUnparseable'
  | 'dateImpossible'
  | 'duplicateInFile'
  | 'regionUnknown'
  | 'regionAmbiguous'
  | 'socialStatusUnmapped'
  | 'sexUnrecognised'
  | 'languageUnrecognised'
  | 'ageInvalid'
  | 'birthDateInvalid'
  | 'iinFormat'
  | 'iinChecksum'
  | 'iinBirthDate'
  | 'cellError'
  | 'cellTooLong'
  | 'rowTruncated'
  | 'dateInFuture'
  | 'dateTooEarly'
  | 'quarterPurged'
  | 'channelUnrecognised'
  | 'categoryUnrecognised'
  | 'requestTypeUnrecognised'
  | 'repeatUnrecognised'
  | 'answerDateInvalid'
  | 'answerBeforeReceived'
  | 'answerInFuture'
  | 'deadlineInvalid'
  | 'deadlineBeforeReceived'
  | 'resultUnrecognised'
  | 'durationInvalid'
  | 'ratingInvalid'
  | 'phoneInvalid'
  | 'lettersAmbiguous'
  | 'noteRowSkipped'
  | 'footerRowSkipped';

export interface RowProblem {
  file: string;
  sheet: string;
  /** 1-based, as the spreadsheet shows it (for CSV: the record number, header = 1). */
  row: number;
  /** Column letter as the spreadsheet shows it (A, B, …, AA). */
  column: string;
  header: string;
  value: string;
  reason: ProblemReason;
  /** Extra facts for the message, e.g. the row of the first occurrence of a duplicate. */
  params?: ErrorParams;
}

export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(`${error.code} ${JSON.stringify(error.params)}`);
    this.name = 'AppFailure';
  }
}

export function fail<C extends ErrorCode>(
  code: C,
  params: ErrorParamsOf[C],
  extra: Pick<AppError, 'problems' | 'problemsTotal'> = {},
): never {
  throw new AppFailure({ ...appError(code, params), ...extra });
}
