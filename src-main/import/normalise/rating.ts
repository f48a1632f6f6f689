// The applicant's rating of the consultant on the 5-point scale of the Rules of 1414: a digit 1–5, '5 баллов',
// '4 (хорошо)', '4 из 5', or the word alone in Russian or Kazakh ('отлично', 'жақсы', 'өте нашар').
import { cleanText, matchKey, type CellValue } from '../../shared/fold';
import { isBlank } from './blank';

export interface RatingResult {
  /** 1..5. */
  value: number | null;
  /** False for a value that is there but is no rating on the 5-point scale (0, 6, 4.5, '8 из 10'). */
  recognised: boolean;
}

const EMPTY = Object.freeze<RatingResult>({ value: null, recognised: true });
const INVALID = Object.freeze<RatingResult>({ value: null, recognised: false });
const SCORE: readonly RatingResult[] = [1, 2, 3, 4, 5].map((v) =>
  Object.freeze({ value: v, recognised: true }),
);

const WORDS: readonly (readonly [number, readonly string[]])[] = [
  [5, ['отлично', 'отличный', 'отл', 'өте жақсы', 'excellent']],
  [4, ['хорошо', 'хороший', 'хор', 'жақсы', 'good']],
  [3, ['удовлетворительно', 'удовлетворительный', 'удовл', 'удовлетв', 'қанағаттанарлық', 'satisfactory']],
  [2, ['плохо', 'плохой', 'неудовлетворительно', 'неуд', 'нашар', 'қанағаттанарлықсыз', 'poor', 'bad']],
  [1, ['очень плохо', 'очень плохой', 'өте нашар', 'very poor', 'very bad']],
];
const LOOKUP: ReadonlyMap<string, number> = new Map(
  WORDS.flatMap(([score, words]) => words.map((w) => [matchKey(w), score] as const)),
);

// A leading number, then what may follow it: 'из 5' / '/5' / 'of 5', 'балл(ов)' / 'б.' / 'ұпай', and the word.
const LEADING_RE = /^(\d+(?:[.,]\d+)?)\s*(.*)$/su;
const BRACKETS_RE = /[()]/gu;
const OUT_OF_FIVE_RE = /(?:^|\s)(?:из|\/|of|ішінен)\s*5(?![\d])/u;
const POINTS_RE = /(?:^|\s)(?:балл(?:а|ов)?|б|ұпай|упай|звезд[аы]?|звёзд[аы]?|points?|stars?)(?![\p{L}])\.?/u;
const LEFTOVER_RE = /^[\s.,;:\-–—]*$/u;

function score(n: number): RatingResult {
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (SCORE[n - 1] ?? INVALID) : INVALID;
}

export function parseRating(value: CellValue): RatingResult {
  if (typeof value === 'boolean') return INVALID;
  if (typeof value === 'number') return score(value);
  if (isBlank(value)) return EMPTY;
  const text = cleanText(value).toLowerCase();
  const word = LOOKUP.get(matchKey(text));
  if (word !== undefined) return score(word);
  const m = LEADING_RE.exec(text);
  if (!m) return INVALID;
  const n = Number((m[1] ?? '').replace(',', '.'));
  const rest = (m[2] ?? '').replace(BRACKETS_RE, ' ').replace(OUT_OF_FIVE_RE, ' ').replace(POINTS_RE, ' ');
  if (LEFTOVER_RE.test(rest)) return score(n);
  // '4 (хорошо)', '5 — отлично': the word must say the same as the digit.
  const said = LOOKUP.get(matchKey(rest));
  return said === n ? score(n) : INVALID;
}
