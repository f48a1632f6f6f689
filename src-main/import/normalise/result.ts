// The nature of the answer as e-Appeals and CRM exports write it: 'Удовлетворено', 'Разъяснено', 'Отказано',
// 'Направлено по компетенции', 'Оставлено без рассмотрения', and their Kazakh forms.
import type { AnswerResult } from '../../shared/service';
import { isBlank, matchKey, type CellValue } from './text';

export interface ResultResult {
  value: AnswerResult | null;
  /** False for a value no rule knows: reported to the analyst. */
  recognised: boolean;
}

// Checked in this order, each phrase as the start of a word of the cell, written as typed (matchKey folds the
// Kazakh letters). Negations come before what they negate: 'не поддержано' is a refusal, 'поддержано' is not;
// 'отказано с разъяснением' is a refusal, however explained; 'қанағаттандырылмады' before 'қанағаттандырылды'.
// A bare 'жіберілді' / 'направлен' is not a forwarding: 'жауап жіберілді', 'ответ направлен в адрес заявителя'
// only say that the answer was sent.
const RULES: readonly (readonly [AnswerResult, readonly string[]])[] = [
  [
    'other',
    [
      'оставлено без рассмотрения',
      'оставлен без рассмотрения',
      'без рассмотрения',
      'прекращ',
      'отозван',
      'отозвано',
      'қараусыз',
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
    ],
  ],
  [
    'forwarded',
    [
      'направлено по компетенции',
      'направлен по компетенции',
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
    ],
  ],
  [
    'explained',
    [
      'разъясн',
      'дано разъяснение',
      'даны разъяснения',
      'консультац',
      'проконсультир',
      'информация предоставлена',
      'предоставлена информация',
      'түсіндір',
      'түсініктеме',
      'кеңес берілді',
      'ақпарат берілді',
    ],
  ],
  [
    'satisfied',
    [
      'удовлетвор',
      'поддерж',
      'решено положительно',
      'решен положительно',
      'положительно',
      'қанағаттандыр',
      'оң шешілді',
      'оң шешім',
      'қолдау табылды',
      'қолдау тапты',
      'қолдау көрсетілді',
    ],
  ],
];

const PREFIXES: readonly (readonly [AnswerResult, readonly string[]])[] = RULES.map(
  ([result, words]) => [result, words.map((w) => ` ${matchKey(w)}`)] as const,
);

const EMPTY = Object.freeze<ResultResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<ResultResult>({ value: null, recognised: false });
const FOUND: Readonly<Record<AnswerResult, ResultResult>> = Object.fromEntries(
  RULES.map(([r]) => [r, Object.freeze({ value: r, recognised: true })]),
) as Record<AnswerResult, ResultResult>;

export function parseResult(value: CellValue): ResultResult {
  if (isBlank(value)) return EMPTY;
  const key = ` ${matchKey(value)}`;
  for (const [result, words] of PREFIXES) {
    if (words.some((w) => key.includes(w))) return FOUND[result];
  }
  return UNKNOWN;
}
