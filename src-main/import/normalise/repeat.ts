// The export's own mark of a repeated request: 'Да'/'Нет', 'Повторное'/'Первичное', 'Иә'/'Жоқ', 'Қайталама',
// 1/0, '+'/'-', or a spreadsheet boolean.
import { hasLatin, cleanText, latinKey, looseKey, matchKey, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

export interface RepeatResult {
  value: boolean | null;
  /** False for a value that is neither a yes nor a no: reported to the analyst. */
  recognised: boolean;
}

const YES = Object.freeze<RepeatResult>({ value: true, recognised: true });
const NO = Object.freeze<RepeatResult>({ value: false, recognised: true });
const EMPTY = Object.freeze<RepeatResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<RepeatResult>({ value: null, recognised: false });

// Whole values, written as typed.
const YES_WORDS = ['да', 'д', 'иә', 'ия', 'бар', 'есть', 'yes', 'y', 'true', 'истина', 'ақиқат', '1', 'v'];
const NO_WORDS = ['нет', 'н', 'жоқ', 'жок', 'no', 'n', 'false', 'ложь', 'жалған', '0'];
// Word beginnings, checked after the whole values: negations first, so 'не повторное' and 'қайталанбаған' are a no.
// 'повт' is the shortest spelling of a repeat ('Повт.'), and so of every longer one.
const NO_STEMS = [
  'не повт',
  'неповт',
  'перв',
  'впервые',
  'қайталанба',
  'қайталама емес',
  'алғаш',
  'бастапқы',
  'жаңа',
];
const YES_STEMS = ['повт', 'қайта', 'repeat'];

const LOOKUP: ReadonlyMap<string, RepeatResult> = new Map([
  ...YES_WORDS.map((w) => [matchKey(w), YES] as const),
  ...NO_WORDS.map((w) => [matchKey(w), NO] as const),
]);
const NO_PREFIXES = NO_STEMS.map((w) => ` ${matchKey(w)}`);
const YES_PREFIXES = YES_STEMS.map((w) => ` ${matchKey(w)}`);
// A lone minus is the "no" of a +/- column; longer dashes stay the spreadsheet's "no value".
const MINUS_RE = /^[-−]$/;
const PLUS_RE = /^[+✓✔]$/;

export function parseRepeat(value: CellValue): RepeatResult {
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') return value === 1 ? YES : value === 0 ? NO : UNKNOWN;
  const text = cleanText(value);
  if (MINUS_RE.test(text)) return NO;
  if (PLUS_RE.test(text)) return YES;
  if (isBlank(text)) return EMPTY;
  const found = byKey(matchKey(text), LOOKUP, NO_PREFIXES, YES_PREFIXES);
  // 'Iá', 'Joq', 'Qaıtalama': Kazakh in the Latin alphabet, read again as Cyrillic.
  return found === UNKNOWN && hasLatin(text)
    ? byKey(latinKey(text), LATIN_LOOKUP, LATIN_NO, LATIN_YES)
    : found;
}

const LATIN_LOOKUP: ReadonlyMap<string, RepeatResult> = new Map(
  [...LOOKUP].map(([k, v]) => [looseKey(k), v]),
);
const LATIN_NO = NO_STEMS.map((w) => ` ${looseKey(w)}`);
const LATIN_YES = YES_STEMS.map((w) => ` ${looseKey(w)}`);

function byKey(
  key: string,
  lookup: ReadonlyMap<string, RepeatResult>,
  no: readonly string[],
  yes: readonly string[],
): RepeatResult {
  const exact = lookup.get(key);
  if (exact) return exact;
  const spaced = ` ${key}`;
  if (no.some((w) => spaced.includes(w))) return NO;
  if (yes.some((w) => spaced.includes(w))) return YES;
  return UNKNOWN;
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const REPEAT_WORDS: readonly string[] = [...YES_WORDS, ...NO_WORDS, ...NO_STEMS, ...YES_STEMS];
