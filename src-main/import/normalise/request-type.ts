// The type of a request as registration cards and e-Appeals exports name it: the administrative-procedure kinds
// of appeal (заявление, жалоба, предложение, запрос, отклик, сообщение) and the contact center's consultation.
import type { RequestType } from '../../shared/service';
import { isBlank, matchKey, type CellValue } from './text';

export interface RequestTypeResult {
  value: RequestType | null;
  /** False for a value no rule knows, or one that names two types at once: reported to the analyst. */
  recognised: boolean;
}

// Word beginnings, Russian and Kazakh, written as typed; matchKey folds them ('ұсыныс' → 'усыныс').
const STEMS: readonly (readonly [RequestType, readonly string[]])[] = [
  ['application', ['заявлен', 'өтініш', 'application']],
  ['complaint', ['жалоб', 'шағым', 'complaint']],
  ['proposal', ['предлож', 'ұсыныс', 'proposal']],
  ['request', ['запрос', 'сұрау салу', 'сұрау', 'request']],
  ['response', ['отклик', 'ден қою', 'response']],
  ['message', ['сообщен', 'хабарлама', 'хабарлау', 'message']],
  [
    'consultation',
    ['консультац', 'консультир', 'кеңес', 'справка по телефону', 'телефонная справка', 'consultation'],
  ],
  ['other', ['иное', 'иной', 'иная', 'прочее', 'прочие', 'другое', 'басқа', 'өзге', 'other']],
];

const PREFIXES: readonly (readonly [RequestType, readonly string[]])[] = STEMS.map(
  ([type, words]) => [type, words.map((w) => ` ${matchKey(w)}`)] as const,
);

const EMPTY = Object.freeze<RequestTypeResult>({ value: null, recognised: true });
const UNKNOWN = Object.freeze<RequestTypeResult>({ value: null, recognised: false });
const FOUND: Readonly<Record<RequestType, RequestTypeResult>> = Object.fromEntries(
  STEMS.map(([t]) => [t, Object.freeze({ value: t, recognised: true })]),
) as Record<RequestType, RequestTypeResult>;

export function parseRequestType(value: CellValue): RequestTypeResult {
  if (isBlank(value)) return EMPTY;
  const key = ` ${matchKey(value)}`;
  const found = PREFIXES.filter(([, words]) => words.some((w) => key.includes(w)));
  // 'Запрос на консультацию' names two types: the timeliness of each differs, so it is left to the analyst.
  return found.length === 1 && found[0] ? FOUND[found[0][0]] : UNKNOWN;
}
