// The type of a request as registration cards and e-Appeals exports name it: the administrative-procedure kinds
// of appeal (заявление, жалоба, предложение, запрос, отклик, сообщение) and the contact center's consultation.
import type { RequestType } from '../../shared/quality';
import { prefixMatcher, type VocabularyResult } from './vocabulary';
import type { CellValue } from '../../shared/fold';

/** Unrecognised: a value no rule knows, or one that names two types at once, reported to the analyst. */
export type RequestTypeResult = VocabularyResult<RequestType>;

// Word beginnings, Russian and Kazakh, written as typed; matchKey folds them ('ұсыныс' → 'усыныс').
const STEMS: readonly (readonly [RequestType, readonly string[]])[] = [
  ['application', ['заявлен', 'өтініш', 'application']],
  ['complaint', ['жалоб', 'шағым', 'complaint']],
  ['proposal', ['предлож', 'ұсыныс', 'proposal']],
  ['request', ['запрос', 'сұрау', 'request']],
  ['response', ['отклик', 'ден қою', 'response']],
  ['message', ['сообщен', 'хабарлама', 'хабарлау', 'message']],
  [
    'consultation',
    ['консультац', 'консультир', 'кеңес', 'справка по телефону', 'телефонная справка', 'consultation'],
  ],
  ['other', ['иное', 'иной', 'иная', 'прочее', 'прочие', 'другое', 'басқа', 'өзге', 'other']],
];

// 'Запрос на консультацию' names two types: the timeliness of each differs, so it is left to the analyst.
const match = prefixMatcher(STEMS, { single: true });

export function parseRequestType(value: CellValue): RequestTypeResult {
  return match(value);
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const REQUEST_TYPE_WORDS: readonly string[] = STEMS.flatMap(([, words]) => words);
