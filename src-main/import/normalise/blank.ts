import { cleanText, type CellValue } from '../../shared/fold';

// A cell holding only dashes is the spreadsheet convention for "no value".
const DASH_ONLY_RE = /^[-‐‑‒–—―−\s]+$/;

/** Empty, whitespace or only dashes: a recognised absence of data rather than an unrecognised value. */
export function isBlank(value: CellValue): boolean {
  const s = cleanText(value);
  return s === '' || DASH_ONLY_RE.test(s);
}
