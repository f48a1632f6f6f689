// Sex of the applicant for the §13 portrait, from Russian, Kazakh or English labels.
import type { Sex } from '../../shared/domain';
import { hasLatin, latinKey, looseKey, matchKey } from '../../shared/fold';
import { isBlank } from './blank';

export interface SexResult {
  value: Sex | null;
  recognised: boolean;
}

const FEMALE = Object.freeze<SexResult>({ value: 'female', recognised: true });
const MALE = Object.freeze<SexResult>({ value: 'male', recognised: true });
const EMPTY = Object.freeze<SexResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<SexResult>({ value: null, recognised: false });

// Written as typed; keys go through matchKey so 'Әйел', 'айел' and 'ЖЕН.' all find their entry. Single letters
// are limited to those that cannot be read the other way: Russian ж/м, Kazakh ә/е, English f/m.
const FEMALE_WORDS = [
  'ж',
  'жен',
  'женск',
  'женский',
  'женская',
  'женщина',
  'женский пол',
  'f',
  'female',
  'woman',
  'ә',
  'әйел',
  'әйелі',
  'әйел адам',
  'әйел жынысы',
  'эйел',
  'қыз',
];
const MALE_WORDS = [
  'м',
  'муж',
  'мужск',
  'мужской',
  'мужчина',
  'мужской пол',
  'm',
  'male',
  'man',
  'е',
  'ер',
  'ер адам',
  'ер жынысы',
  'еркек',
];

const LOOKUP: ReadonlyMap<string, SexResult> = new Map([
  ...FEMALE_WORDS.map((w) => [matchKey(w), FEMALE] as const),
  ...MALE_WORDS.map((w) => [matchKey(w), MALE] as const),
]);

// The same words for values written in the Latin alphabet ('Er', 'Äiel'), keyed as latinKey reads them.
const LATIN: ReadonlyMap<string, SexResult> = new Map([
  ...FEMALE_WORDS.map((w) => [looseKey(w), FEMALE] as const),
  ...MALE_WORDS.map((w) => [looseKey(w), MALE] as const),
]);

/**
 * Numeric codes (1/2) are never guessed: sources disagree on which is which, so they come back unrecognised.
 * An empty or dash-only cell is a recognised absence of data.
 */
export function parseSex(value: string | number): SexResult {
  if (typeof value === 'number') return UNKNOWN;
  if (isBlank(value)) return EMPTY;
  return LOOKUP.get(matchKey(value)) ?? (hasLatin(value) ? LATIN.get(latinKey(value)) : undefined) ?? UNKNOWN;
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const SEX_WORDS: readonly string[] = [...FEMALE_WORDS, ...MALE_WORDS];
