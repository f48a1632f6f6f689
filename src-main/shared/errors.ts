// Errors cross the process boundary as data: a code that is an i18n key under `errors:`
// plus its parameters, so the CLI and the renderer each localise them in their own language.

export type ErrorCode =
  | 'usage'
  | 'invalidPayload'
  | 'unknownCommand'
  | 'fileNotFound'
  | 'fileUnreadable'
  | 'filePermission'
  | 'fileLoop'
  | 'notRegularFile'
  | 'fileUnwritable'
  | 'notSpreadsheet'
  | 'corruptFile'
  | 'partTooLarge'
  | 'tooManyStrings'
  | 'fileDamaged'
  | 'fileTruncated'
  | 'passwordProtected'
  | 'dtdRefused'
  | 'csvUnclosedQuote'
  | 'csvNulBytes'
  | 'noRecognisedColumns'
  | 'noDateColumn'
  | 'missingColumns'
  | 'noDataRows'
  | 'invalidRows'
  | 'centerRequired'
  | 'unknownHeader'
  | 'unknownField'
  | 'badQuarter'
  | 'unknownCenter'
  | 'unknownTimeZone'
  | 'unknownBatch'
  | 'batchPurged'
  | 'unknownTopic'
  | 'unknownRequest'
  | 'databaseTooNew'
  | 'databaseUnreadable'
  | 'databaseCorrupt'
  | 'diskFull'
  | 'databaseBusy'
  | 'notSaraptamaDb'
  | 'databaseKeyMissing'
  | 'spravkaApproved'
  | 'spravkaNotApproved'
  | 'cancelled'
  | 'jobFailed'
  | 'internal';

export type ErrorParams = Record<string, string | number>;

export interface AppError {
  code: ErrorCode;
  params: ErrorParams;
  /** Row-level problems behind a refusal (file, sheet, row, column, value, reason). */
  problems?: RowProblem[];
  problemsTotal?: number;
}

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

export function fail(code: ErrorCode, params: ErrorParams = {}, extra: Partial<AppError> = {}): never {
  throw new AppFailure({ code, params, ...extra });
}
