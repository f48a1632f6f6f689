// The nature of the answer as e-Appeals and CRM exports write it: 'Удовлетворено', 'Разъяснено', 'Отказано',
// 'Направлено по компетенции', 'Оставлено без рассмотрения', and their Kazakh forms.
import type { AnswerResult } from '../../shared/quality';
import { prefixMatcher, type VocabularyResult } from './vocabulary';
import type { CellValue } from '../../shared/fold';

/** Unrecognised: a value no rule knows, reported to the analyst. */
export type ResultResult = VocabularyResult<AnswerResult>;

// Checked in this order, each phrase as the start of a word of the cell, written as typed (matchKey folds the
// Kazakh letters). Negations come before what they negate: 'не поддержано' is a refusal, 'поддержано' is not;
// 'отказано с разъяснением' is a refusal, however explained; 'қанағаттандырылмады' before 'қанағаттандырылды'.
// A satisfied request that was also explained ('Удовлетворено, разъяснено') is satisfied.
// A bare 'жіберілді' / 'направлен' is not a forwarding: 'жауап жіберілді', 'ответ направлен в адрес заявителя'
// only say that the answer was sent.
const RULES: readonly (readonly [AnswerResult, readonly string[]])[] = [
  [
    'other',
    [
      // A partial result is neither a satisfied request nor a refused one: counted as satisfied, it would raise
      // the share of satisfied requests by answers that left part of the request unmet.
      'частичн',
      'ішінара',
      'жартылай',
      'partial',
      // Left without consideration ('Оставлено без рассмотрения', 'Отказано в рассмотрении'): no decision on
      // the merits, so no refusal either.
      'без рассмотрения',
      'отказано в рассмотрении',
      'отказ в рассмотрении',
      'в рассмотрении отказано',
      'қараудан бас тарт',
      'қараусыз',
      'прекращ',
      'отозван',
      'кері қайтарып алынды',
    ],
  ],
  [
    'refused',
    [
      'не поддерж',
      'не удовлетвор',
      'неудовлетвор',
      'отказ',
      'отклон',
      'бас тарт',
      'қолдау табылмады',
      'қолдау таппады',
      'қолдау көрсетілмеді',
      'қанағаттандырылмады',
      'қанағаттандырусыз',
      'refus',
      'reject',
      'denied',
      'declin',
    ],
  ],
  [
    'forwarded',
    [
      'по компетенции',
      'в другой орган',
      'в уполномоченный орган',
      'перенаправ',
      'передан',
      'переадрес',
      'құзыреті бойынша',
      'құзыретіне сәйкес',
      'басқа органға',
      'тиісті органға',
      'forward',
      'redirect',
      'transferred',
      'referred',
    ],
  ],
  [
    'satisfied',
    [
      'удовлетвор',
      'поддерж',
      'положительно',
      'қанағаттандыр',
      'оң шеш',
      'қолдау табылды',
      'қолдау тапты',
      'қолдау көрсетілді',
      'satisf',
      'resolved',
      'granted',
      'approved',
    ],
  ],
  [
    'explained',
    [
      'разъясн',
      'консульт',
      'проконсультир',
      'информация предоставлена',
      'предоставлена информация',
      'түсіндір',
      'түсініктеме',
      'кеңес берілді',
      'ақпарат берілді',
      'explain',
      'clarif',
      'consult',
      'informed',
    ],
  ],
];

const match = prefixMatcher(RULES);

export function parseResult(value: CellValue): ResultResult {
  return match(value);
}

/** Every word this vocabulary knows, as typed: what a damaged «?» may be put back from. */
export const RESULT_WORDS: readonly string[] = RULES.flatMap(([, words]) => words);
