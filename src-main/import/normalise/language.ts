// Language of the request: the contact center serves in the state language and Russian (Rules of 1414).
import type { RequestLanguage } from '../../shared/domain';
import { hasLatin, latinKey, looseKey, matchKey, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

export interface LanguageResult {
  value: RequestLanguage | null;
  recognised: boolean;
}

const KK = Object.freeze<LanguageResult>({ value: 'kk', recognised: true });
const RU = Object.freeze<LanguageResult>({ value: 'ru', recognised: true });
const OTHER = Object.freeze<LanguageResult>({ value: 'other', recognised: true });
const EMPTY = Object.freeze<LanguageResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<LanguageResult>({ value: null, recognised: false });

const KK_WORDS = [
  'қазақ',
  'қазақша',
  'қазақ тілі',
  'қазақ тілінде',
  'қаз',
  'казахский',
  'казахский язык',
  'на казахском',
  'на казахском языке',
  'каз',
  'kaz',
  'kk',
  'kz',
  'kazakh',
  'мемлекеттік тіл',
  'мемлекеттік тілде',
  'мемлекеттік',
  'государственный',
  'государственный язык',
  'на государственном языке',
];
const RU_WORDS = [
  'русский',
  'русский язык',
  'на русском',
  'на русском языке',
  'рус',
  'ру',
  'орыс',
  'орысша',
  'орыс тілі',
  'орыс тілінде',
  'ru',
  'rus',
  'russian',
];
const OTHER_WORDS = [
  'английский',
  'англ',
  'ағылшын',
  'ағылшынша',
  'ағылшын тілі',
  'english',
  'eng',
  'en',
  'другой',
  'иной',
  'басқа',
  'other',
];

const LOOKUP: ReadonlyMap<string, LanguageResult> = new Map([
  ...KK_WORDS.map((w) => [matchKey(w), KK] as const),
  ...RU_WORDS.map((w) => [matchKey(w), RU] as const),
  ...OTHER_WORDS.map((w) => [matchKey(w), OTHER] as const),
]);

// The same words for values written in the Latin alphabet ('Qazaq tili'), keyed as latinKey reads them.
const LATIN: ReadonlyMap<string, LanguageResult> = new Map(
  [...LOOKUP].map(([key, result]) => [looseKey(key), result] as const),
);

export function parseLanguage(value: CellValue): LanguageResult {
  if (isBlank(value)) return EMPTY;
  const text = String(value);
  return LOOKUP.get(matchKey(text)) ?? (hasLatin(text) ? LATIN.get(latinKey(text)) : undefined) ?? UNKNOWN;
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const LANGUAGE_WORDS: readonly string[] = [...KK_WORDS, ...RU_WORDS, ...OTHER_WORDS];
