import { KAZAKH_STAND_INS, latinToCyrillic } from '../../shared/fold';

// Cell text as it arrives from spreadsheets and CSV: NBSP from copy-paste, zero-width characters from web forms,
// line breaks inside cells. Every field parser starts from cleanText so they all agree on what "empty" means.

export type CellValue = string | number | boolean | null | undefined;

// Invisible characters that split a word without looking like a space; removing them keeps 'Пен\u200bсия' one word.
const INVISIBLE_RE = /[\u200b\u2060\u00ad]/g;
// JS \s already covers NBSP, the U+2000 block, U+202F, U+3000 and the BOM.
const WHITESPACE_RUN_RE = /\s+/g;
// Most cells are already clean: skip the replacements unless something would change.
const NEEDS_CLEANING_RE = /^\s|\s$|[^\S ]| {2}|[\u200b\u2060\u00ad]/;
const YO_RE = /ё/g;

export function cleanText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  if (!NEEDS_CLEANING_RE.test(s)) return s;
  return s.replace(INVISIBLE_RE, '').replace(WHITESPACE_RUN_RE, ' ').trim();
}

/** The case-insensitive identity of a label: two spellings with the same key are the same topic or alias. */
export function foldKey(value: string): string {
  const lower = cleanText(value).toLowerCase();
  return lower.includes('ё') ? lower.replace(YO_RE, 'е') : lower;
}

// A cell holding only dashes is the spreadsheet convention for "no value".
const DASH_ONLY_RE = /^[-‐‑‒–—―−\s]+$/;

/** Empty, whitespace or only dashes: a recognised absence of data rather than an unrecognised value. */
export function isBlank(value: CellValue): boolean {
  const s = cleanText(value);
  return s === '' || DASH_ONLY_RE.test(s);
}

// Kazakh letters are often typed with their Russian look-alikes on keyboards without a Kazakh layout
// ('жумыссыз', 'кызметкер'), and a Latin i for і: matching on the folded form accepts every spelling.
const KK_FOLD_RE = /[әғқңөұүһіiё]/g;
const foldChar = (c: string): string => (c === 'i' ? 'и' : (KAZAKH_STAND_INS[c] ?? c));
const DOT_RE = /\./g;
const NON_WORD_RUN_RE = /[^\p{L}\p{N}]+/gu;

/**
 * The key of a value written in the Kazakh Latin alphabet, read as Cyrillic: matchKey's, with й as и, since the
 * 2021 alphabet writes і, и and й alike ('Äiel' is «Әйел»). Vocabularies compare their words' looseKey with it.
 */
export function latinKey(value: string): string {
  return looseKey(latinToCyrillic(value));
}

/** matchKey with й as и: what a Latin-script value's Cyrillic reading is compared with. */
export function looseKey(value: CellValue): string {
  return matchKey(value).replace(SHORT_I_RE, 'и');
}
const SHORT_I_RE = /й/g;

/**
 * A lookup key for vocabulary matching (sex, social status, language): lower case, Kazakh letters folded to
 * their Russian look-alikes, dots dropped so that 'И.П.' reads as 'ип', other punctuation as single spaces.
 */
export function matchKey(value: CellValue): string {
  const s = cleanText(value);
  if (s === '') return '';
  return s
    .toLowerCase()
    .replace(KK_FOLD_RE, foldChar)
    .replace(DOT_RE, '')
    .replace(NON_WORD_RUN_RE, ' ')
    .trim();
}
