// A deadline given as a term rather than a date: «Срок исполнения (дней)» holding 15, '15 дн.', '15 рабочих
// дней', '15 жұмыс күні'. The term counts from the day the request came; it is never an Excel serial (15 would be
// 15.01.1900).
import { foldedWords, cleanText, type CellValue } from '../../shared/fold';

export interface DeadlineTerm {
  days: number;
  /** Working days ('рабочих', 'жұмыс') rather than calendar days. */
  working: boolean;
}

/** No statutory or contractual term is longer than a year. */
export const MAX_TERM_DAYS = 366;

// What says the days are working days, in a value ('15 раб. дн.') or in its column's header.
const WORKING_RE = /(?:раб(?:оч\p{L}*|\.)?|р\.|жұмыс|жумыс|working|business)/iu;
const TERM_RE = new RegExp(
  `^(\\d{1,3})\\s*(?:(${WORKING_RE.source})\\s*)?(?:(?:календарных|календ\\.?|кал\\.?|күнтізбелік|кунтизбелик)\\s*)?(дн(?:ей|я|\\.)?|день|д\\.|күн(?:і)?|кун(?:и)?|days?|d)?\\.?$`,
  'iu',
);

/** «Срок исполнения (рабочих дней)»: a header that counts its terms in working days (a word, not «обработки»). */
export function countsWorkingDays(header: string): boolean {
  return foldedWords(header).some(
    (w) =>
      w === 'раб' || w.startsWith('рабоч') || w.startsWith('жумыс') || w === 'working' || w === 'business',
  );
}

/** The term a cell gives, or null when the cell is no term (a date, text, a number past a year). */
export function parseDeadlineTerm(value: CellValue): DeadlineTerm | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= MAX_TERM_DAYS
      ? { days: value, working: false }
      : null;
  }
  if (typeof value !== 'string') return null;
  const m = TERM_RE.exec(cleanText(value));
  if (!m) return null;
  const days = Number(m[1]);
  return days <= MAX_TERM_DAYS ? { days, working: m[2] !== undefined } : null;
}
