import type { Field, LocalDate, LocalDateTime, RegionCode } from '../../shared/domain';
import type { ProblemReason } from '../../shared/errors';
import type { Cell } from '../read/types';
import type { RequestRecord } from '../../shared/request-record';
import { addWorkingDays } from '../../calendar/working-days';
import { fullYearsAt, parseAge } from './age';
import { EARLIEST_REQUEST_YEAR, parseDate, parseDateTime, parseTimeOfDay } from './dates';
import { parseDeadlineTerm } from './deadline';
import { decodeIin, hashIin } from './iin';
import { maskPersonalData, type MaskCounts } from './personal-data';
import { VALUE_LEXICON } from './lexicon';
import { restoreLostLetters } from './lost-letters';
import { lookupPlace } from './place';
import { regionOfRequest } from './request-region';
import { parseLanguage as parseLanguageOf } from './language';
import { normaliseChannel as normaliseChannelOf } from './channel';
import { parseCategory as parseCategoryOf } from './category';
import { parseDuration } from './duration';
import { hashPhone, parsePhone } from './phone';
import { parseRating } from './rating';
import { parseRepeat } from './repeat';
import { parseRequestType as parseRequestTypeOf } from './request-type';
import { parseResult as parseResultOf } from './result';
import { parseSex as parseSexOf } from './sex';
import { parseSocialStatus as parseSocialStatusOf } from './social-status';
import { normaliseTopic as topicOf } from './topic';
import { aliasedCode, NO_VALUE_ALIASES, type ValueAliases } from '../../shared/value-aliases';
import { portraitValueCode } from '../../reference/portrait-value-match';
import { PORTRAIT_VALUE_FIELDS, type PortraitValueField } from '../../shared/portrait';
import type { ColumnMatch, MappableField, UnmappedValue } from '../../shared/imports';
import { cleanText, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';
import { memoised } from './memo';
import {
  addDays,
  atZone,
  compareDates,
  formatDate,
  formatDateTime,
  formatDayMonthYear,
  quarterOf,
} from '../../shared/dates';

// Read once per spelling (memo.ts). The topic is shared between the records of one spelling: read, never changed.
const parseLanguage = memoised(parseLanguageOf);
const normaliseChannel = memoised(normaliseChannelOf);
const parseCategory = memoised(parseCategoryOf);
const parseRequestType = memoised(parseRequestTypeOf);
const parseResult = memoised(parseResultOf);
const parseSex = memoised(parseSexOf);
const parseSocialStatus = memoised(parseSocialStatusOf);
const normaliseTopic = memoised(topicOf);

export interface RowIssue {
  field: Field;
  reason: ProblemReason;
  params?: Record<string, string | number>;
}

export interface RowOutcome {
  record: RequestRecord | null;
  errors: RowIssue[];
  warnings: RowIssue[];
  unmapped: Omit<UnmappedValue, 'count'>[];
  /** Values in which «?» stood for Kazakh letters: put back, or left for having two readings. */
  letters: { restored: number; ambiguous: number };
  /** IINs, phone numbers and e-mails masked in the text. */
  masked: MaskCounts;
}

export interface RowContext {
  date1904: boolean;
  iinSalt: string;
  /** Spellings the analyst placed by hand (folded key → region), tried before the reference. */
  regionAliases: ReadonlyMap<string, RegionCode>;
  /** Vocabulary spellings the analyst mapped to a code (value-alias.ts), tried before the rules. */
  valueAliases?: ValueAliases;
  /** The day of the import: no request can have come later. */
  today: LocalDate;
  /** Quarters the retention setting purged: their totals are frozen, so no request may join them. */
  purgedQuarters: ReadonlySet<string>;
  /** The contact center's time zone: timestamps written with an offset are read as its wall-clock time. */
  timeZone: string;
  /** The deadline column counts its terms in working days («Срок исполнения (рабочих дней)»). */
  deadlineInWorkingDays?: boolean;
}

/** Excel's own limit for a cell: a longer value never came out of a spreadsheet intact. */
export const MAX_CELL_CHARS = 32_767;

// What Excel writes in place of a formula's value when the formula fails (and CSV exports keep as text).
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export const isExcelError = (v: Cell): v is string =>
  typeof v === 'string' && v.charCodeAt(0) === 35 && EXCEL_ERRORS.has(v);

const mappedFields = new WeakMap<FieldColumns, [Field, number][]>();
const entriesOf = (at: FieldColumns): [Field, number][] => {
  let e = mappedFields.get(at);
  if (!e) mappedFields.set(at, (e = Object.entries(at) as [Field, number][]));
  return e;
};

/** Which grid column holds each field, resolved once per sheet. */
export type FieldColumns = Partial<Record<Field, number>>;

export function fieldColumns(columns: readonly ColumnMatch[]): FieldColumns {
  const out: FieldColumns = {};
  columns.forEach((c, i) => {
    if (c.field && out[c.field] === undefined) out[c.field] = i;
  });
  return out;
}

const IIN_REASON = { format: 'iinFormat', checksum: 'iinChecksum', birthDate: 'iinBirthDate' } as const;

/**
 * One row being read: its cells and what reading them found. A class rather than closures made per row: a
 * million-row import would otherwise allocate (and name) a dozen functions a row.
 */
class RowCells {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  readonly unmapped: RowOutcome['unmapped'] = [];
  readonly letters = { restored: 0, ambiguous: 0 };
  readonly masked: MaskCounts = { iin: 0, phone: 0, email: 0 };
  /** Fields whose cell holds a formula's error: read as empty. */
  failed: Set<Field> | null = null;

  constructor(
    readonly cells: readonly Cell[],
    readonly at: FieldColumns,
  ) {}

  done(record: RequestRecord | null): RowOutcome {
    const { errors, warnings, unmapped, letters, masked } = this;
    return { record, errors, warnings, unmapped, letters, masked };
  }

  cell(f: Field): Cell {
    const i = this.at[f];
    return i === undefined || this.failed?.has(f) ? null : (this.cells[i] ?? null);
  }

  textOf(f: Field): string | null {
    const v = cleanText(this.cell(f));
    return v === '' ? null : v;
  }

  /** A vocabulary's value with the Kazakh letters Windows-1251 turned into «?» put back where only one fits. */
  wordsOf(f: Field): string | null {
    const v = this.textOf(f);
    if (v === null || !v.includes('?')) return v;
    const r = restoreLostLetters(v, VALUE_LEXICON);
    if (r.restored) this.letters.restored++;
    if (r.ambiguous) {
      this.letters.ambiguous++;
      this.warnings.push({ field: f, reason: 'lettersAmbiguous' });
    }
    return r.value;
  }
}

export function normaliseRow(
  cells: readonly Cell[],
  at: FieldColumns,
  sourceRow: number,
  ctx: RowContext,
): RowOutcome {
  const row = new RowCells(cells, at);
  const { errors, warnings, unmapped } = row;

  // A formula's error stands for a missing value: the row is refused if it is the date, and the field
  // is left empty with a remark otherwise. An overlong value means a broken file: the row is refused.
  for (const [field, i] of entriesOf(at)) {
    const v = cells[i];
    if (typeof v !== 'string') continue;
    if (v.length > MAX_CELL_CHARS) {
      errors.push({ field, reason: 'cellTooLong', params: { limit: MAX_CELL_CHARS } });
    } else if (isExcelError(v)) {
      (field === 'receivedAt' ? errors : warnings).push({ field, reason: 'cellError', params: { error: v } });
      (row.failed ??= new Set()).add(field);
    }
  }
  if (errors.length > 0) return row.done(null);

  const received = readDateTime(row.cell('receivedAt'), ctx.date1904, ctx.timeZone);
  if (received === null) {
    errors.push({ field: 'receivedAt', reason: 'dateMissing' });
  } else if (!received.ok) {
    errors.push({
      field: 'receivedAt',
      reason: received.reason === 'impossible' ? 'dateImpossible' : 'dateUnparseable',
    });
  }
  if (!received?.ok) return row.done(null);
  const when = withTimeOfDay(received.value, row.cell('receivedTime'));
  const day = dayOf(when);
  if (compareDates(day, ctx.today) > 0) {
    errors.push({
      field: 'receivedAt',
      reason: 'dateInFuture',
      params: { today: formatDayMonthYear(ctx.today) },
    });
  } else if (day.year < EARLIEST_REQUEST_YEAR) {
    errors.push({ field: 'receivedAt', reason: 'dateTooEarly', params: { year: EARLIEST_REQUEST_YEAR } });
  }
  const quarter = quarterOf(day);
  if (ctx.purgedQuarters.has(quarter))
    errors.push({ field: 'receivedAt', reason: 'quarterPurged', params: { quarter } });
  if (errors.length > 0) return row.done(null);

  const places = {
    region: row.wordsOf('region'),
    city: row.wordsOf('city'),
    district: row.wordsOf('district'),
    address: row.textOf('address'),
  };
  const where = regionOfRequest(places, { day, aliases: ctx.regionAliases });
  let regionCode: RequestRecord['regionCode'] = null;
  let regionRaw: string | null = null;
  if (where.kind === 'found') {
    regionCode = where.code;
    regionRaw = where.raw;
  } else if (where.kind === 'unknown') {
    regionRaw = where.raw;
    warnings.push({ field: placeColumn(places, where.raw), reason: 'regionUnknown' });
    unmapped.push({ field: 'region', value: where.raw });
  } else if (where.kind === 'ambiguous') {
    regionRaw = where.raw;
    warnings.push({
      field: placeColumn(places, where.raw),
      reason: 'regionAmbiguous',
      params: { candidates: where.candidates.join(', ') },
    });
    unmapped.push({ field: 'region', value: where.raw, candidates: where.candidates });
  }
  // A town of the region is the place within it that the districts' map counts, where no district is given.
  const district =
    places.district ?? (places.city !== null && lookupPlace(places.city) !== null ? places.city : null);

  // The IIN is read for what it tells (birth date, sex) and kept only as a salted hash.
  let iinHash: string | null = null;
  let iinBirth: LocalDate | null = null;
  let iinSex: RequestRecord['sex'] = null;
  let entity = false;
  const rawIin = row.cell('iin');
  if (rawIin !== null && rawIin !== '' && typeof rawIin !== 'boolean') {
    const decoded = decodeIin(rawIin);
    if (decoded.ok) {
      iinHash = hashIin(decoded.iin, ctx.iinSalt);
      iinBirth = decoded.birthDate;
      iinSex = decoded.sex;
      entity = decoded.entity === true;
    } else warnings.push({ field: 'iin', reason: IIN_REASON[decoded.reason] });
  }

  let sex: RequestRecord['sex'] = null;
  const aliases = ctx.valueAliases ?? NO_VALUE_ALIASES;

  const rawSex = row.wordsOf('sex');
  if (rawSex !== null) {
    const s = aliasOrParse(aliases, 'sex', rawSex, parseSex);
    sex = s.value;
    if (!s.recognised) {
      warnings.push({ field: 'sex', reason: 'sexUnrecognised' });
      unmapped.push({ field: 'sex', value: rawSex });
    }
  }
  sex ??= iinSex;

  let age: number | null = null;
  const rawAge = row.cell('age');
  if (rawAge !== null && rawAge !== '' && typeof rawAge !== 'boolean') {
    age = parseAge(rawAge);
    if (age === null) warnings.push({ field: 'age', reason: 'ageInvalid' });
  }
  if (age === null) {
    const rawBirth = row.cell('birthDate');
    let birth: LocalDate | null = null;
    if (rawBirth !== null && rawBirth !== '' && typeof rawBirth !== 'boolean') {
      // «Год рождения» holds the year alone: its applicant is counted at the age reached in the request's year.
      const year = birthYearOf(rawBirth, day.year);
      const b = year === null ? parseDate(rawBirth, { date1904: ctx.date1904 }) : null;
      if (year !== null) birth = { year, month: 1, day: 1 };
      else if (b?.ok) birth = b.value;
      else warnings.push({ field: 'birthDate', reason: 'birthDateInvalid' });
    }
    birth ??= iinBirth;
    if (birth) {
      const years = fullYearsAt(birth, day);
      if (years >= 0 && years <= 120) age = years;
      else warnings.push({ field: birth === iinBirth ? 'iin' : 'birthDate', reason: 'ageInvalid' });
    }
  }

  const rawStatus = row.wordsOf('socialStatus');
  const read =
    rawStatus === null
      ? parseSocialStatus('')
      : aliasOrParse(aliases, 'socialStatus', rawStatus, parseSocialStatus);
  let status = { value: read.value ?? 'unknown', recognised: read.recognised };
  if (!status.recognised && rawStatus !== null) {
    warnings.push({ field: 'socialStatus', reason: 'socialStatusUnmapped' });
    unmapped.push({ field: 'socialStatus', value: rawStatus });
  }
  // A BIN is a legal entity's: none of the §13 categories of a person.
  if (entity && status.value === 'unknown') status = { value: 'other', recognised: true };

  let language: RequestRecord['language'] = null;
  const rawLanguage = row.wordsOf('language');
  if (rawLanguage !== null) {
    const l = aliasOrParse(aliases, 'language', rawLanguage, parseLanguage);
    language = l.value;
    if (!l.recognised) {
      warnings.push({ field: 'language', reason: 'languageUnrecognised' });
      unmapped.push({ field: 'language', value: rawLanguage });
    }
  }

  const record: RequestRecord = {
    sourceRow,
    regNumber: row.textOf('regNumber'),
    receivedAt: formatDateTime(when),
    quarter,
    regionCode,
    regionRaw,
    district,
    topic: normaliseTopic(row.wordsOf('topic') ?? ''),
    subtopic: row.wordsOf('subtopic'),
    text: maskPersonalData(row.textOf('text'), row.masked),
    sex,
    age,
    socialStatus: status.value,
    socialStatusRaw: rawStatus,
    ...portraitValues(row, aliases),
    language,
    iinHash,
    ...appealFields(row, when, day, ctx, aliases),
  };
  return row.done(record);
}

type Parse<V> = (raw: string) => { value: V | null; recognised: boolean };

/** A parser's answer, or the analyst's where they mapped the spelling: recognised, as the analyst knows it. */
function aliasOrParse<V>(aliases: ValueAliases, field: MappableField, raw: string, parse: Parse<V>) {
  const code = aliasedCode(aliases, field, raw);
  return code === undefined ? parse(raw) : { value: code as V | null, recognised: true };
}

/**
 * The portrait's free-text values as written (the analysis reads them through the analyst's mappings, so a mapping
 * corrected later still finds them); a spelling neither a mapping nor a rule reads is listed for the analyst.
 */
function portraitValues(row: RowCells, aliases: ValueAliases): Record<PortraitValueField, string | null> {
  const out: Record<PortraitValueField, string | null> = {
    maritalStatus: null,
    education: null,
    occupation: null,
  };
  for (const field of PORTRAIT_VALUE_FIELDS) {
    const raw = row.wordsOf(field);
    if (raw === null) continue;
    out[field] = raw;
    const known = aliasedCode(aliases, field, raw) !== undefined || portraitValueCode(field, raw) !== null;
    if (!known && !isBlank(raw)) row.unmapped.push({ field, value: raw });
  }
  return out;
}

/** A date with no time of its own takes the time column's, where the export splits the two. */
function withTimeOfDay(date: LocalDateTime, time: Cell): LocalDateTime {
  const midnight = date.hour === 0 && date.minute === 0 && date.second === 0;
  if (!midnight || time === null || typeof time === 'boolean') return date;
  const t = parseTimeOfDay(time);
  return t ? { ...date, ...t } : date;
}

const BIRTH_YEAR_RE = /^\s*(\d{4})\s*(?:г\.?|год|жыл|ж\.?)?\s*$/u;

/** A four-digit year of birth (as a number or text); null when the cell is a full date or no year. */
function birthYearOf(raw: string | number, requestYear: number): number | null {
  const text = typeof raw === 'number' ? (Number.isInteger(raw) ? String(raw) : '') : raw;
  const m = BIRTH_YEAR_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1900 && year <= requestYear ? year : null;
}

type AppealFields = Pick<
  RequestRecord,
  | 'channel'
  | 'category'
  | 'requestType'
  | 'repeatFlag'
  | 'answeredAt'
  | 'deadline'
  | 'result'
  | 'waitSeconds'
  | 'callSeconds'
  | 'rating'
  | 'phoneHash'
>;

/**
 * The appeals and service-quality fields. None of them can refuse a row: a value that cannot be
 * read leaves its field empty with a remark, and a vocabulary value no rule knows is listed for the analyst.
 */
function appealFields(
  row: RowCells,
  received: LocalDateTime,
  receivedDay: LocalDate,
  ctx: RowContext,
  aliases: ValueAliases,
): AppealFields {
  const { warnings } = row;
  const channel = vocabulary(row, aliases, 'channel', 'channelUnrecognised', normaliseChannel);
  const category = vocabulary(row, aliases, 'category', 'categoryUnrecognised', parseCategory);
  const requestType = vocabulary(row, aliases, 'requestType', 'requestTypeUnrecognised', parseRequestType);
  const repeatFlag = checked(row, 'repeat', 'repeatUnrecognised', parseRepeat);

  const since = { received: formatDayMonthYear(receivedDay) };
  let answeredAt: string | null = null;
  const answer = dateOf(row, ctx, 'answeredAt', 'answerDateInvalid');
  if (answer) {
    const answerDay = dayOf(answer);
    const byDay = compareDates(answerDay, receivedDay);
    // A date with no time ('15.07.2024') on the day the request came is not earlier than its hour.
    const dateOnly = answer.hour === 0 && answer.minute === 0 && answer.second === 0;
    const stamp = formatDateTime(answer);
    if (compareDates(answerDay, ctx.today) > 0) {
      warnings.push({
        field: 'answeredAt',
        reason: 'answerInFuture',
        params: { today: formatDayMonthYear(ctx.today) },
      });
    } else if (byDay < 0 || (byDay === 0 && !dateOnly && stamp < formatDateTime(received))) {
      warnings.push({ field: 'answeredAt', reason: 'answerBeforeReceived', params: since });
    } else answeredAt = stamp;
  }

  // The deadline is a day: a time written with it is dropped. A number of days is a term from the request's day.
  let deadline: string | null = null;
  const term = parseDeadlineTerm(row.cell('deadline'));
  const due = term
    ? {
        ...(term.working || ctx.deadlineInWorkingDays
          ? addWorkingDays(receivedDay, term.days)
          : addDays(receivedDay, term.days)),
        hour: 0,
        minute: 0,
        second: 0,
      }
    : dateOf(row, ctx, 'deadline', 'deadlineInvalid');
  if (due) {
    const dueDay = dayOf(due);
    if (compareDates(dueDay, receivedDay) < 0) {
      warnings.push({ field: 'deadline', reason: 'deadlineBeforeReceived', params: since });
    } else deadline = formatDate(dueDay);
  }

  const result = vocabulary(row, aliases, 'result', 'resultUnrecognised', parseResult);
  const waitSeconds = checked(row, 'waitSeconds', 'durationInvalid', parseDuration);
  const callSeconds = checked(row, 'callSeconds', 'durationInvalid', parseDuration);
  const rating = checked(row, 'rating', 'ratingInvalid', parseRating);
  // The phone is read for its hash alone: its digits go no further than this line.
  const phone = checked(row, 'phone', 'phoneInvalid', parsePhone);
  const phoneHash = phone === null ? null : hashPhone(phone, ctx.iinSalt);

  return {
    channel,
    category,
    requestType,
    repeatFlag,
    answeredAt,
    deadline,
    result,
    waitSeconds,
    callSeconds,
    rating,
    phoneHash,
  };
}

/** A vocabulary's value, as the analyst mapped it or a rule reads it; one no rule knows is listed for the analyst. */
function vocabulary<V>(
  row: RowCells,
  aliases: ValueAliases,
  field: MappableField,
  reason: ProblemReason,
  parse: (raw: string) => { value: V | null; recognised: boolean },
): V | null {
  const raw = row.wordsOf(field);
  if (raw === null) return null;
  const r = aliasOrParse(aliases, field, raw, parse);
  if (!r.recognised) {
    row.warnings.push({ field, reason });
    row.unmapped.push({ field, value: raw });
  }
  return r.value;
}

function checked<V>(
  row: RowCells,
  field: Field,
  reason: ProblemReason,
  parse: (raw: CellValue) => { value: V | null; recognised: boolean },
): V | null {
  // Each parser knows its own blanks ('-' is the "no" of a +/- repeat column, not an empty cell).
  const raw = row.cell(field);
  if (raw === null) return null;
  const r = parse(raw);
  if (!r.recognised) row.warnings.push({ field, reason });
  return r.value;
}

function dateOf(row: RowCells, ctx: RowContext, field: Field, reason: ProblemReason): LocalDateTime | null {
  const raw = row.cell(field);
  if (isBlank(raw)) return null;
  const d = readDateTime(raw, ctx.date1904, ctx.timeZone);
  if (d?.ok) return d.value;
  row.warnings.push({ field, reason });
  return null;
}

/** The column a remark points at: the one whose value named no region. */
const placeColumn = (places: { region: string | null; city: string | null }, raw: string): Field =>
  raw === places.region ? 'region' : raw === places.city ? 'city' : 'district';

/**
 * A date and time cell as parseDateTime reads it, an instant written with an offset moved to the center's zone;
 * null for an empty cell, or a boolean (which no date is).
 */
function readDateTime(
  raw: Cell,
  date1904: boolean,
  timeZone: string,
): ReturnType<typeof parseDateTime> | null {
  if (raw === null || typeof raw === 'boolean') return null;
  const value = typeof raw === 'string' ? raw.trim() : raw;
  if (value === '') return null;
  const r = parseDateTime(value, { date1904 });
  return r.ok && r.offsetMinutes !== undefined
    ? { ok: true, value: atZone(r.value, r.offsetMinutes, timeZone) }
    : r;
}

const dayOf = (v: LocalDateTime): LocalDate => ({ year: v.year, month: v.month, day: v.day });
