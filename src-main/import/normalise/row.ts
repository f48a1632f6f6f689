import type { ColumnMatch, UnmappedValue } from '../../shared/contract';
import type { Field, LocalDate, LocalDateTime, RegionCode } from '../../shared/domain';
import type { ProblemReason } from '../../shared/errors';
import type { Cell } from '../read/types';
import type { RequestRecord } from '../record';
import { fullYearsAt, parseAge } from './age';
import { formatDate, formatDateTime, parseDate, parseDateTime, quarterOf } from './dates';
import { decodeIin, hashIin } from './iin';
import { parseLanguage } from './language';
import { normaliseChannel } from './channel';
import { parseCategory } from './category';
import { parseDuration } from './duration';
import { hashPhone, parsePhone } from './phone';
import { parseRating } from './rating';
import { normaliseRegion } from './region';
import { parseRepeat } from './repeat';
import { parseRequestType } from './request-type';
import { parseResult } from './result';
import { parseSex } from './sex';
import { parseSocialStatus } from './social-status';
import { cleanText, foldKey, isBlank, type CellValue } from './text';
import { normaliseTopic } from './topic';

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
}

export interface RowContext {
  date1904: boolean;
  iinSalt: string;
  /** Spellings the analyst placed by hand (folded key → region), tried before the reference. */
  regionAliases: ReadonlyMap<string, RegionCode>;
  /** The day of the import: no request can have come later. */
  today: LocalDate;
  /** Quarters the retention setting purged: their totals are frozen, so no request may join them. */
  purgedQuarters: ReadonlySet<string>;
}

/** Excel's own limit for a cell: a longer value never came out of a spreadsheet intact. */
export const MAX_CELL_CHARS = 32_767;
/** Requests before this year are typing errors: no contact center in Kazakhstan kept records then. */
export const EARLIEST_YEAR = 1990;

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

export function normaliseRow(
  cells: readonly Cell[],
  at: FieldColumns,
  sourceRow: number,
  ctx: RowContext,
): RowOutcome {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const unmapped: RowOutcome['unmapped'] = [];

  // A formula's error stands for a missing value: the row is refused if it is the date, and the field
  // is left empty with a remark otherwise. An overlong value means a broken file: the row is refused.
  let failed: Set<Field> | null = null;
  for (const [field, i] of entriesOf(at)) {
    const v = cells[i];
    if (typeof v !== 'string') continue;
    if (v.length > MAX_CELL_CHARS) {
      errors.push({ field, reason: 'cellTooLong', params: { limit: MAX_CELL_CHARS } });
    } else if (isExcelError(v)) {
      (field === 'receivedAt' ? errors : warnings).push({ field, reason: 'cellError', params: { error: v } });
      (failed ??= new Set()).add(field);
    }
  }
  if (errors.length > 0) return { record: null, errors, warnings, unmapped };

  const cell = (f: Field): Cell => {
    const i = at[f];
    return i === undefined || failed?.has(f) ? null : (cells[i] ?? null);
  };
  const textOf = (f: Field): string | null => {
    const v = cleanText(cell(f));
    return v === '' ? null : v;
  };
  const received = readDateTime(cell('receivedAt'), ctx.date1904);
  if (received === null) {
    errors.push({ field: 'receivedAt', reason: 'dateMissing' });
  } else if (!received.ok) {
    errors.push({
      field: 'receivedAt',
      reason: received.reason === 'impossible' ? 'dateImpossible' : 'dateUnparseable',
    });
  }
  if (!received?.ok) return { record: null, errors, warnings, unmapped };
  const when = received.value;
  const day = dayOf(when);
  if (compareDays(day, ctx.today) > 0) {
    errors.push({ field: 'receivedAt', reason: 'dateInFuture', params: { today: formatDay(ctx.today) } });
  } else if (day.year < EARLIEST_YEAR) {
    errors.push({ field: 'receivedAt', reason: 'dateTooEarly', params: { year: EARLIEST_YEAR } });
  }
  const quarter = quarterOf(day);
  if (ctx.purgedQuarters.has(quarter))
    errors.push({ field: 'receivedAt', reason: 'quarterPurged', params: { quarter } });
  if (errors.length > 0) return { record: null, errors, warnings, unmapped };

  const regionRaw = textOf('region');
  const district = textOf('district');
  let regionCode: RequestRecord['regionCode'] = null;
  if (regionRaw !== null) {
    const known = normaliseRegion(regionRaw, { date: day, district: district ?? undefined });
    // The analyst's placements only fill what the reference cannot place; they never override it.
    const placed = known.kind === 'unknown' ? ctx.regionAliases.get(foldKey(regionRaw)) : undefined;
    const m = placed ? ({ kind: 'matched', code: placed } as const) : known;
    if (m.kind === 'matched') regionCode = m.code;
    else if (m.kind === 'unknown') {
      warnings.push({ field: 'region', reason: 'regionUnknown' });
      unmapped.push({ field: 'region', value: regionRaw });
    } else if (m.kind === 'ambiguous') {
      warnings.push({
        field: 'region',
        reason: 'regionAmbiguous',
        params: { candidates: m.candidates.join(', ') },
      });
      unmapped.push({ field: 'region', value: regionRaw, candidates: m.candidates });
    }
  }

  // The IIN is read for what it tells (birth date, sex) and kept only as a salted hash.
  let iinHash: string | null = null;
  let iinBirth: LocalDate | null = null;
  let iinSex: RequestRecord['sex'] = null;
  const rawIin = cell('iin');
  if (rawIin !== null && rawIin !== '' && typeof rawIin !== 'boolean') {
    const decoded = decodeIin(rawIin);
    if (decoded.ok) {
      iinHash = hashIin(decoded.iin, ctx.iinSalt);
      iinBirth = decoded.birthDate;
      iinSex = decoded.sex;
    } else warnings.push({ field: 'iin', reason: IIN_REASON[decoded.reason] });
  }

  let sex: RequestRecord['sex'] = null;
  const rawSex = textOf('sex');
  if (rawSex !== null) {
    const s = parseSex(rawSex);
    sex = s.value;
    if (!s.recognised) {
      warnings.push({ field: 'sex', reason: 'sexUnrecognised' });
      unmapped.push({ field: 'sex', value: rawSex });
    }
  }
  sex ??= iinSex;

  let age: number | null = null;
  const rawAge = cell('age');
  if (rawAge !== null && rawAge !== '' && typeof rawAge !== 'boolean') {
    age = parseAge(rawAge);
    if (age === null) warnings.push({ field: 'age', reason: 'ageInvalid' });
  }
  if (age === null) {
    const rawBirth = cell('birthDate');
    let birth: LocalDate | null = null;
    if (rawBirth !== null && rawBirth !== '' && typeof rawBirth !== 'boolean') {
      const b = parseDate(rawBirth, { date1904: ctx.date1904 });
      if (b.ok) birth = b.value;
      else warnings.push({ field: 'birthDate', reason: 'birthDateInvalid' });
    }
    birth ??= iinBirth;
    if (birth) {
      const years = fullYearsAt(birth, day);
      if (years >= 0 && years <= 120) age = years;
      else warnings.push({ field: birth === iinBirth ? 'iin' : 'birthDate', reason: 'ageInvalid' });
    }
  }

  const rawStatus = textOf('socialStatus');
  const status = parseSocialStatus(rawStatus ?? '');
  if (!status.recognised && rawStatus !== null) {
    warnings.push({ field: 'socialStatus', reason: 'socialStatusUnmapped' });
    unmapped.push({ field: 'socialStatus', value: rawStatus });
  }

  let language: RequestRecord['language'] = null;
  const rawLanguage = textOf('language');
  if (rawLanguage !== null) {
    const l = parseLanguage(rawLanguage);
    language = l.value;
    if (!l.recognised) {
      warnings.push({ field: 'language', reason: 'languageUnrecognised' });
      unmapped.push({ field: 'language', value: rawLanguage });
    }
  }

  const record: RequestRecord = {
    sourceRow,
    regNumber: textOf('regNumber'),
    receivedAt: formatDateTime(when),
    quarter,
    regionCode,
    regionRaw,
    district,
    topic: normaliseTopic(cell('topic') ?? ''),
    subtopic: textOf('subtopic'),
    text: textOf('text'),
    sex,
    age,
    socialStatus: status.value,
    socialStatusRaw: rawStatus,
    maritalStatus: textOf('maritalStatus'),
    education: textOf('education'),
    occupation: textOf('occupation'),
    language,
    iinHash,
    ...serviceFields(cell, textOf, when, day, ctx, warnings, unmapped),
  };
  return { record, errors, warnings, unmapped };
}

type ServiceFields = Pick<
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
 * The appeals and service-quality fields of issue #8. None of them can refuse a row: a value that cannot be
 * read leaves its field empty with a remark, and a vocabulary value no rule knows is listed for the analyst.
 */
function serviceFields(
  cell: (f: Field) => Cell,
  textOf: (f: Field) => string | null,
  received: LocalDateTime,
  receivedDay: LocalDate,
  ctx: RowContext,
  warnings: RowIssue[],
  unmapped: RowOutcome['unmapped'],
): ServiceFields {
  const vocabulary = <V>(
    field: UnmappedValue['field'],
    reason: ProblemReason,
    parse: (raw: string) => { value: V | null; recognised: boolean },
  ): V | null => {
    const raw = textOf(field);
    if (raw === null) return null;
    const r = parse(raw);
    if (!r.recognised) {
      warnings.push({ field, reason });
      unmapped.push({ field, value: raw });
    }
    return r.value;
  };
  const checked = <V>(
    field: Field,
    reason: ProblemReason,
    parse: (raw: CellValue) => { value: V | null; recognised: boolean },
  ): V | null => {
    // Each parser knows its own blanks ('-' is the "no" of a +/- repeat column, not an empty cell).
    const raw = cell(field);
    if (raw === null) return null;
    const r = parse(raw);
    if (!r.recognised) warnings.push({ field, reason });
    return r.value;
  };
  const dateOf = (field: Field, reason: ProblemReason): LocalDateTime | null => {
    const raw = cell(field);
    if (isBlank(raw)) return null;
    const d = readDateTime(raw, ctx.date1904);
    if (d?.ok) return d.value;
    warnings.push({ field, reason });
    return null;
  };

  const channel = vocabulary('channel', 'channelUnrecognised', normaliseChannel);
  const category = vocabulary('category', 'categoryUnrecognised', parseCategory);
  const requestType = vocabulary('requestType', 'requestTypeUnrecognised', parseRequestType);
  const repeatFlag = checked('repeat', 'repeatUnrecognised', parseRepeat);

  const since = { received: formatDay(receivedDay) };
  let answeredAt: string | null = null;
  const answer = dateOf('answeredAt', 'answerDateInvalid');
  if (answer) {
    const answerDay = dayOf(answer);
    const byDay = compareDays(answerDay, receivedDay);
    // A date with no time ('15.07.2024') on the day the request came is not earlier than its hour.
    const dateOnly = answer.hour === 0 && answer.minute === 0 && answer.second === 0;
    const stamp = formatDateTime(answer);
    if (compareDays(answerDay, ctx.today) > 0) {
      warnings.push({
        field: 'answeredAt',
        reason: 'answerInFuture',
        params: { today: formatDay(ctx.today) },
      });
    } else if (byDay < 0 || (byDay === 0 && !dateOnly && stamp < formatDateTime(received))) {
      warnings.push({ field: 'answeredAt', reason: 'answerBeforeReceived', params: since });
    } else answeredAt = stamp;
  }

  // The deadline is a day: a time written with it is dropped.
  let deadline: string | null = null;
  const due = dateOf('deadline', 'deadlineInvalid');
  if (due) {
    const dueDay = dayOf(due);
    if (compareDays(dueDay, receivedDay) < 0) {
      warnings.push({ field: 'deadline', reason: 'deadlineBeforeReceived', params: since });
    } else deadline = formatDate(dueDay);
  }

  const result = vocabulary('result', 'resultUnrecognised', parseResult);
  const waitSeconds = checked('waitSeconds', 'durationInvalid', parseDuration);
  const callSeconds = checked('callSeconds', 'durationInvalid', parseDuration);
  const rating = checked('rating', 'ratingInvalid', parseRating);
  // The phone is read for its hash alone: its digits go no further than this line.
  const phone = checked('phone', 'phoneInvalid', parsePhone);
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

/** A date and time cell as parseDateTime reads it; null for an empty cell, or a boolean (which no date is). */
function readDateTime(raw: Cell, date1904: boolean): ReturnType<typeof parseDateTime> | null {
  if (raw === null || typeof raw === 'boolean') return null;
  const value = typeof raw === 'string' ? raw.trim() : raw;
  return value === '' ? null : parseDateTime(value, { date1904 });
}

const dayOf = (v: LocalDateTime): LocalDate => ({ year: v.year, month: v.month, day: v.day });

const compareDays = (a: LocalDate, b: LocalDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

const formatDay = (d: LocalDate): string =>
  `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`;
