// One catalogue of the fields a column can hold: for each, the words its headers use (header-words.ts), what a
// plausible value of it is, and the shape its column has. Detection (detect/), the preview and the normalisation
// read this one description; nothing else decides what a column is.
import type { Field, LocalDate } from '../../shared/domain';
import { hasLatin, latinToCyrillic, cleanText } from '../../shared/fold';
import { parseAge } from '../normalise/age';
import { parseCategory } from '../normalise/category';
import { normaliseChannel } from '../normalise/channel';
import { EARLIEST_REQUEST_YEAR, parseDateTime, parseTimeOfDay } from '../normalise/dates';
import { parseDeadlineTerm } from '../normalise/deadline';
import { parseDuration } from '../normalise/duration';
import { decodeIin } from '../normalise/iin';
import { parseLanguage } from '../normalise/language';
import { designatedKind, looksLikeAddress, lookupPlace, matchPlace } from '../normalise/place';
import { parsePhone } from '../normalise/phone';
import { parseRating } from '../normalise/rating';
import { REGIONS } from '../../reference/regions';
import { parseRepeat } from '../normalise/repeat';
import { parseRequestType } from '../normalise/request-type';
import { parseResult } from '../normalise/result';
import { parseSex } from '../normalise/sex';
import { parseSocialStatus } from '../normalise/social-status';
import type { Cell } from '../read/types';
import { buildLexicon, type Lexicon } from '../normalise/lost-letters';
import { compileHeaderWords, type CompiledHeaderWords } from './header-evidence';
import { HEADER_WORDS, UNREAD_HEADER_WORDS } from './header-words';
import { isBlank } from '../normalise/blank';
import { normaliseRegion } from '../../reference/region-match';

export interface ValueContext {
  today: LocalDate;
  date1904: boolean;
}

/**
 * How a column of the field looks as a whole, besides each value being plausible: `strict` values a parser reads;
 * `identifier` codes that differ row by row; `label` short phrases that repeat (a classifier's topics); `prose`
 * longer text that hardly repeats.
 */
export type ColumnShape = 'strict' | 'identifier' | 'label' | 'prose';

export interface FieldSpec {
  field: Field;
  header: CompiledHeaderWords;
  /** Whether a cell is a plausible value of the field; null for a blank cell, which tells nothing. */
  accepts: (cell: Cell, ctx: ValueContext) => boolean | null;
  shape: ColumnShape;
  /** Values so distinctive that they may name the field when no header does (dates, regions, IINs). */
  byValues?: boolean;
  /**
   * A header that names the field keeps its column even when few values are known: place names the reference
   * lacks are stored as written and placed by hand later.
   */
  headerHolds?: boolean;
  /** The values name the field only when they are written as dates, not as bare numbers. */
  byValuesAsText?: boolean;
}

/** The oldest birth a column of birth dates holds (older ones are Excel serials of small numbers: ages, ordinals). */
const EARLIEST_BIRTH_YEAR = 1910;

/** The day `years` years before `d`: applicants are ten at least, so a later birth date is no applicant's. */
const yearsBefore = (d: LocalDate, years: number): LocalDate => ({ ...d, year: d.year - years });

const blank = (cell: Cell): boolean => cell === null || typeof cell === 'boolean' || isBlank(cell);

const text = (cell: Cell): string => cleanText(cell);

const LETTER_RE = /\p{L}/u;

function dateBetween(cell: Cell, ctx: ValueContext, from: number): boolean {
  if (typeof cell !== 'string' && typeof cell !== 'number') return false;
  const r = parseDateTime(typeof cell === 'string' ? cell.trim() : cell, { date1904: ctx.date1904 });
  if (!r.ok) return false;
  const v = r.value;
  const n = v.year * 10_000 + v.month * 100 + v.day;
  return v.year >= from && n <= ctx.today.year * 10_000 + ctx.today.month * 100 + ctx.today.day;
}

/** A parser's answer as a plausibility: it read the value as something, not as nothing. */
const reads =
  <R extends { value: unknown; recognised: boolean }>(parse: (v: string | number) => R) =>
  (cell: Cell): boolean | null => {
    if (blank(cell)) return null;
    const r = parse(cell as string | number);
    return r.recognised && r.value !== null;
  };

const strict = (
  field: Field,
  accepts: FieldSpec['accepts'],
  byValues = false,
): Omit<FieldSpec, 'header'> => ({ field, accepts, shape: 'strict', byValues });

const letters =
  (min: number, max: number) =>
  (cell: Cell): boolean | null => {
    if (blank(cell)) return null;
    if (typeof cell === 'number') return false;
    const s = text(cell);
    return s.length >= min && s.length <= max && LETTER_RE.test(s) && !dateLike(s);
  };

/** Astana, Almaty and Shymkent: cities that are regions. */
const REGION_CITIES: ReadonlySet<string> = new Set(
  REGIONS.filter((r) => r.kind !== 'oblast').map((r) => r.code),
);

const DATE_LIKE_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;
const DISTRICT_MARKER_RE = /(^|[\s,.])(район|р-н|ауданы|аудан|district|raion|rayon|audany)([\s,.]|$)/iu;
const PHONE_SHAPE_RE = /^[+\d\s()-]{10,}$/;
/** A date written as text: '01.07.2024', '2024-07-01 09:15' (not a code such as '1414-26-023314'). */
const dateLike = (s: string): boolean => DATE_LIKE_RE.test(s) && parseDateTime(s.trim()).ok;

const MARITAL_RE =
  /^(жен|замуж|холост|не ?жен|не ?замуж|развед|вдов|брак|гражданск|одино|үйлен|тұрмыс|турмыс|ажыра|жесір|жесир|бойдақ|бойдак|отбасы|married|single|divorc|widow)/iu;
const EDUCATION_RE =
  /(высш|средн|начальн|неполн|професс|техни|колледж|бакалавр|магистр|доктор|аспирант|училищ|школ|без образ|нет образ|жоғары|жогары|орта|бастауыш|арнаулы|кәсіптік|білімі жоқ|higher|secondary|primary|vocational|degree)/iu;

/** A pattern of Cyrillic words, tried on Kazakh in the Latin alphabet read as Cyrillic too. */
const matches = (re: RegExp, s: string): boolean =>
  re.test(s) || (hasLatin(s) && re.test(latinToCyrillic(s)));

function region(cell: Cell): boolean | null {
  if (blank(cell) || typeof cell !== 'string') return blank(cell) ? null : false;
  const m = normaliseRegion(text(cell));
  if (m.kind === 'empty') return null;
  return m.kind !== 'unknown';
}

const SPECS: readonly Omit<FieldSpec, 'header'>[] = [
  {
    field: 'regNumber',
    accepts: (cell) => {
      if (blank(cell)) return null;
      const s = text(cell);
      // A phone or an IIN is a person's, never a request's number.
      if (PHONE_SHAPE_RE.test(s) && parsePhone(cell).recognised) return false;
      if (/^\d{12}$/.test(s) && decodeIin(s).ok) return false;
      return s.length <= 40 && /\d/.test(s) && !dateLike(s);
    },
    shape: 'identifier',
  },
  strict(
    'receivedAt',
    (cell, ctx) => (blank(cell) ? null : dateBetween(cell, ctx, EARLIEST_REQUEST_YEAR)),
    true,
  ),
  strict('receivedTime', (cell) => (blank(cell) ? null : parseTimeOfDay(cell as string | number) !== null)),
  strict('channel', reads(normaliseChannel)),
  { ...strict('region', region, true), headerHolds: true },
  {
    field: 'city',
    accepts: (cell) => {
      if (blank(cell) || typeof cell !== 'string') return blank(cell) ? null : false;
      // A city of republican significance is a region: its column is the region's. A village the gazetteer
      // lacks is a settlement all the same when it says so («с. Караул», «Іле а.»).
      const value = text(cell);
      const region = normaliseRegion(value);
      if (region.kind === 'matched' && REGION_CITIES.has(region.code)) return false;
      const kind = designatedKind(value);
      if (kind !== null) return kind === 'settlement';
      // «Шемонаиха» is a town and, in Kazakh, its district («Шемонаиха ауданы»): any of its namesakes will do.
      return matchPlace(value).places.some((p) => p.kind === 'city' || p.kind === 'town');
    },
    shape: 'strict',
    headerHolds: true,
  },
  {
    field: 'district',
    accepts: (cell) => {
      if (blank(cell) || typeof cell !== 'string') return blank(cell) ? null : false;
      // Cities of regional significance are district-level units: a district column lists them too.
      const value = text(cell);
      if (lookupPlace(value)) return true;
      // A district's name with its marker, not a sentence that mentions one («…акимат района не ответил»).
      if (value.length <= 60 && DISTRICT_MARKER_RE.test(value)) return true;
      return false;
    },
    shape: 'strict',
    byValues: true,
    headerHolds: true,
  },
  {
    field: 'address',
    accepts: (cell) => (blank(cell) ? null : typeof cell === 'string' && looksLikeAddress(text(cell))),
    shape: 'prose',
  },
  { field: 'topic', accepts: letters(2, 250), shape: 'label' },
  { field: 'subtopic', accepts: letters(2, 250), shape: 'label' },
  { field: 'text', accepts: letters(2, 40_000), shape: 'prose' },
  strict('sex', reads(parseSex), true),
  strict('age', (cell) => (blank(cell) ? null : parseAge(cell as string | number) !== null)),
  {
    ...strict(
      'birthDate',
      (cell, ctx) => {
        if (blank(cell)) return null;
        const latest = yearsBefore(ctx.today, 10);
        // «Год рождения»: the year alone, as a number or text.
        const year =
          typeof cell === 'number' ? cell : /^\s*\d{4}\s*$/.test(String(cell)) ? Number(cell) : NaN;
        if (Number.isInteger(year) && year >= EARLIEST_BIRTH_YEAR && year <= latest.year) return true;
        return dateBetween(cell, { ...ctx, today: latest }, EARLIEST_BIRTH_YEAR);
      },
      true,
    ),
    // Plain numbers pass for Excel serials of birth dates: an ID column is no birth date for its values alone.
    byValuesAsText: true,
  },
  strict('iin', (cell) => (blank(cell) ? null : decodeIin(cell as string | number).ok), true),
  strict('socialStatus', (cell) => {
    if (blank(cell)) return null;
    const s = parseSocialStatus(cell as string | number);
    return s.recognised && s.value !== 'unknown';
  }),
  strict('maritalStatus', (cell) => (blank(cell) ? null : matches(MARITAL_RE, text(cell)))),
  strict('education', (cell) => (blank(cell) ? null : matches(EDUCATION_RE, text(cell)))),
  { field: 'occupation', accepts: letters(2, 120), shape: 'label' },
  strict('language', reads(parseLanguage)),
  strict('category', reads(parseCategory), true),
  strict('requestType', reads(parseRequestType)),
  strict('repeat', reads(parseRepeat)),
  strict('answeredAt', (cell, ctx) => (blank(cell) ? null : dateBetween(cell, ctx, 2000))),
  strict('deadline', (cell, ctx) => {
    if (blank(cell)) return null;
    return parseDeadlineTerm(cell as string | number) !== null || dateBetween(cell, ctx, 2000);
  }),
  strict('result', reads(parseResult)),
  strict('waitSeconds', (cell) => {
    const r = reads(parseDuration)(cell);
    return r === true ? (parseDuration(cell as string | number).value ?? 0) <= 3600 : r;
  }),
  strict('callSeconds', reads(parseDuration)),
  strict('rating', reads(parseRating)),
  strict('phone', reads(parsePhone), true),
];

export const CATALOGUE: readonly FieldSpec[] = SPECS.map((s) => ({
  ...s,
  header: compileHeaderWords(HEADER_WORDS[s.field]),
}));

/** The header words of columns that are known and never read. */
export const UNREAD_HEADERS: CompiledHeaderWords = compileHeaderWords(UNREAD_HEADER_WORDS);

/** Every word of every field's headers: what a «?» in a header saved through Windows-1251 is put back from. */
export const HEADER_LEXICON: Lexicon = buildLexicon(
  [...Object.values(HEADER_WORDS), UNREAD_HEADER_WORDS]
    .flatMap((w) => [...(w.phrases ?? []), ...(w.stems ?? []), ...(w.weak ?? [])])
    .map((w) => w.replace(/=/g, '')),
);
