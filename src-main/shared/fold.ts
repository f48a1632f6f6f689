// Text folding: how the spellings of one word are made one key. Kazakh letters are often typed with their Russian
// look-alikes on keyboards without a Kazakh layout ('жумыссыз', 'Туган куни'), Latin look-alikes slip into Cyrillic
// words ('Тiлi', 'Aлматы'), and the Latin alphabet of 2021 carries diacritics ('Túsken kúni', 'Óńir'). The letter
// tables live here and nowhere else; every key, here or in its caller, is a composition of the primitives below.
// Pure and free of Node: the renderer may use it too.

/** A cell as read, or a stored value: what the keys accept. */
export type CellValue = string | number | boolean | null | undefined;

// ---------------------------------------------------------------------------------------------
// Letter tables.

/** Each Kazakh-only letter and its Russian-keyboard stand-in; ё is folded to е as everywhere in Russian text. */
export const KAZAKH_STAND_INS: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

// Folded too by foldLetters, though no Kazakh letter: «Сөйлесу» and «Sóılesý» (ı for й) meet as «соилесу».
const SHORT_I: Readonly<Record<string, string>> = { й: 'и' };

/**
 * The letters that Windows-1251 cannot hold: a Kazakh text saved through it shows «?» in their place (І and і it
 * can). Folded, they are the letters a «?» may stand for.
 */
export const LETTERS_LOST_IN_CP1251 = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ'] as const;

/**
 * Latin letters that pass for Cyrillic ones when text is typed or pasted across layouts ('Тiлi', 'Aлматы'), in
 * lower case as text is compared. i is the Kazakh і; h is н, whose capital H it passes for: a Kazakh һ typed
 * without a Kazakh layout is its stand-in х, never a Latin letter.
 */
export const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'і',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

// Latin letters of the Kazakh alphabets whose plain base is no decomposition away: dotless ı and the schwa.
const LATIN_SPECIAL: Readonly<Record<string, string>> = { ı: 'i', ə: 'a' };

// The Kazakh Latin alphabets (2018 with acutes, 2021 with diaereses) letter by letter, as a Cyrillic reader
// would say them; digraphs first. Only a fallback for words that nothing matched as they are.
const LATIN_DIGRAPHS: readonly (readonly [string, string])[] = [
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
];
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  á: 'ә',
  ä: 'ә',
  b: 'б',
  c: 'с',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ǵ: 'ғ',
  ğ: 'ғ',
  h: 'һ',
  i: 'і',
  ı: 'ы',
  İ: 'і',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ń: 'ң',
  ñ: 'ң',
  o: 'о',
  ó: 'ө',
  ö: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'ұ',
  ú: 'ү',
  ü: 'ү',
  ū: 'ұ',
  ý: 'у',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'ы',
  z: 'з',
};

// ---------------------------------------------------------------------------------------------
// Primitives.

// Invisible characters that split a word without looking like a space; removing them keeps 'Пен\u200bсия' one word.
const INVISIBLE_RE = /[\u200b\u2060\u00ad]/g;
// JS \s already covers NBSP, the U+2000 block, U+202F, U+3000 and the BOM.
const WHITESPACE_RUN_RE = /\s+/g;
// Most cells are already clean: skip the replacements unless something would change.
const NEEDS_CLEANING_RE = /^\s|\s$|[^\S ]| {2}|[\u200b\u2060\u00ad]/;

/**
 * Cell text as it arrives from spreadsheets and CSV (NBSP from copy-paste, zero-width characters from web forms,
 * line breaks inside cells) with single spaces between words: every field parser starts from it, so they all
 * agree on what "empty" means.
 */
export function cleanText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  if (!NEEDS_CLEANING_RE.test(s)) return s;
  return s.replace(INVISIBLE_RE, '').replace(WHITESPACE_RUN_RE, ' ').trim();
}

const YO_RE = /ё/g;

/** ё as е. */
export function foldYo(value: string): string {
  return value.includes('ё') ? value.replace(YO_RE, 'е') : value;
}

const KAZAKH_RE = /[әғқңөұүһіё]/g;

/** Lower-case Kazakh letters as their Russian stand-ins, ё as е. */
export function foldKazakh(lower: string): string {
  return lower.replace(KAZAKH_RE, (c) => KAZAKH_STAND_INS[c] ?? c);
}

const STAND_IN_RE = /[әғқңөұүһіёй]/g;
// Latin letters with their marks (á ǵ ı ń ó ú ü ş) and Latin schwa: their plain base. Cyrillic letters keep
// theirs (й is not и until SHORT_I says so).
const FOREIGN_LETTER_RE = /[^\p{ASCII}\u0400-\u04ff]/gu;
const MARKS_RE = /\p{M}/gu;

function plainLatin(c: string): string {
  return LATIN_SPECIAL[c] ?? c.normalize('NFD').replace(MARKS_RE, '');
}

/** Lower case with Kazakh letters as their Russian stand-ins, й as и, and Latin diacritics dropped. */
export function foldLetters(value: string): string {
  return value
    .toLowerCase()
    .replace(STAND_IN_RE, (c) => KAZAKH_STAND_INS[c] ?? SHORT_I[c] ?? c)
    .replace(FOREIGN_LETTER_RE, plainLatin);
}

const WORD_RUN_RE = /[\p{L}\p{N}]+/gu;
const NON_WORD_RUN_RE = /[^\p{L}\p{N}]+/gu;

/** The runs of letters and digits of a text, in order. */
export function wordsOf(value: string): string[] {
  return value.match(WORD_RUN_RE) ?? [];
}

/** The text with every run of punctuation and spaces a single space, none at the ends. */
export function spacedWords(value: string): string {
  return value.replace(NON_WORD_RUN_RE, ' ').trim();
}

const LATIN_RE = /[a-z]/;
const LATIN_LETTER_RE = /[a-z]/g;
const CYRILLIC_RE = /[а-яёәғқңөұүһі]/;

/** A lower-case word with letters of both scripts, as a pasted look-alike makes it. */
export function mixesScripts(word: string): boolean {
  return LATIN_RE.test(word) && CYRILLIC_RE.test(word);
}

/** A lower-case word with each Latin look-alike as the Cyrillic letter it passes for (a Kazakh і kept). */
export function lookAlikesAsCyrillic(word: string): string {
  return word.replace(LATIN_LETTER_RE, (c) => LATIN_LOOK_ALIKES[c] ?? c);
}

/**
 * The folded words of a text, in order: punctuation and spaces only separate them, and a word written in both
 * scripts is read as Cyrillic.
 */
export function foldedWords(value: string): string[] {
  return wordsOf(foldLetters(value)).map((w) => (mixesScripts(w) ? foldKazakh(lookAlikesAsCyrillic(w)) : w));
}

const HAS_LATIN_RE = /[a-zäáǵğıńñóöşúüūý]/i;

/** Whether a text has Latin letters (then latinToCyrillic may read it). */
export function hasLatin(value: string): boolean {
  return HAS_LATIN_RE.test(value);
}

/**
 * Latin-script Kazakh in Cyrillic letters: «Jynysy» → «жынысы», «Túsken kúni» → «түскен күні». Lower case;
 * ı is read as ы, and folding then treats и, і and й alike, so both alphabets' spellings of «Тілі» meet.
 */
export function latinToCyrillic(value: string): string {
  let s = value.toLowerCase().normalize('NFC');
  for (const [latin, cyrillic] of LATIN_DIGRAPHS) s = s.split(latin).join(cyrillic);
  let out = '';
  for (const c of s) out += LATIN_LETTERS[c] ?? c;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Keys.

/** The case-insensitive identity of a label: two spellings with the same key are the same topic, alias or center. */
export function foldKey(value: string): string {
  return foldYo(cleanText(value).toLowerCase());
}

const DOT_RE = /\./g;
const LATIN_I_RE = /i/g;
const SHORT_I_RE = /й/g;

/**
 * A lookup key for vocabulary matching (sex, social status, language, districts): lower case, Kazakh letters as
 * their stand-ins, dots dropped so that 'И.П.' reads as 'ип', other punctuation as single spaces. Unlike
 * foldedWords, й stays and every Latin i is і, inside a Cyrillic word or not: the vocabularies are keyed alike.
 */
export function matchKey(value: CellValue): string {
  const s = cleanText(value);
  if (s === '') return '';
  return spacedWords(foldKazakh(s.toLowerCase().replace(LATIN_I_RE, 'і')).replace(DOT_RE, ''));
}

/** matchKey with й as и: what a Latin-script value's Cyrillic reading is compared with. */
export function looseKey(value: CellValue): string {
  return matchKey(value).replace(SHORT_I_RE, 'и');
}

/**
 * The key of a value written in the Kazakh Latin alphabet, read as Cyrillic: matchKey's, with й as и, since the
 * 2021 alphabet writes і, и and й alike ('Äiel' is «Әйел»). Vocabularies compare their words' looseKey with it.
 */
export function latinKey(value: string): string {
  return looseKey(latinToCyrillic(value));
}
