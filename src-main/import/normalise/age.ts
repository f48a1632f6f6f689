// Age for the §13 portrait: either a number of years in the source or computed from a birth date.
import type { LocalDate } from '../../shared/domain';
import { cleanText } from '../../shared/fold';

const MAX_AGE = 120;
// '45', '45.0', '45 лет', '45 жас', '45 г.', '45 years'; the unit is optional and only these units are accepted.
const AGE_RE = /^(\d{1,3})(?:[.,]\d+)?\s*(?:лет|года?|г|жас|жаста|жыл|years?|yrs?|y)?\.?$/i;

// An age group where the export gives no exact age: '31-40', '31–40 лет', 'от 31 до 40', '18-30 жас'.
const RANGE_RE =
  /^(?:от\s*)?(\d{1,3})\s*(?:-|–|—|до|\.\.)\s*(\d{1,3})\s*(?:лет|года?|г|жас|жаста|жыл|years?|y)?\.?$/iu;
/** A band wider than this is no age at all («0-100»). */
const MAX_BAND = 15;

/**
 * Full years from a cell; null when empty, not a number of years, or outside 0..120. Fractions are dropped. An age
 * group gives the middle of its band, which falls in the same §13 band when the export uses the Methodology's.
 */
export function parseAge(value: string | number): number | null {
  let n: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    n = Math.floor(value);
  } else {
    const text = cleanText(value);
    const m = AGE_RE.exec(text);
    if (m) n = Number(m[1]);
    else {
      const r = RANGE_RE.exec(text);
      if (!r) return null;
      const from = Number(r[1]);
      const to = Number(r[2]);
      if (to < from || to - from > MAX_BAND) return null;
      n = Math.floor((from + to) / 2);
    }
  }
  return n >= 0 && n <= MAX_AGE ? n : null;
}

/**
 * Full years at a date. A 29 February birthday is reached on 1 March in common years, which the plain
 * month-day comparison already gives. Negative when `at` is before `birth`; the caller decides what that means.
 */
export function fullYearsAt(birth: LocalDate, at: LocalDate): number {
  const years = at.year - birth.year;
  const reached = at.month > birth.month || (at.month === birth.month && at.day >= birth.day);
  return reached ? years : years - 1;
}
