// Letter folding for matching what people type against what a vocabulary lists. Kazakh letters are often
// typed with their Russian look-alikes on keyboards without a Kazakh layout ('жумыссыз', 'Туган куни'), and the
// Latin alphabet of 2021 carries diacritics ('Túsken kúni', 'Óńir'): both fold to one plain form.
// Pure and free of Node: the renderer may use it too.

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

// Folded too, though no Kazakh letter: «Сөйлесу» and «Sóılesý» (ı for й) meet as «соилесу».
const SHORT_I: Readonly<Record<string, string>> = { й: 'и' };

/**
 * The letters that Windows-1251 cannot hold: a Kazakh text saved through it shows «?» in their place (І and і it
 * can). Folded, they are the letters a «?» may stand for.
 */
export const LETTERS_LOST_IN_CP1251 = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ'] as const;

const STAND_IN_RE = /[әғқңөұүһіёй]/g;
// Latin letters of the Kazakh alphabets with their marks (á ǵ ı ń ó ú ü ş) and Latin schwa: their plain base.
// Cyrillic letters keep theirs (й is not и).
const FOREIGN_LETTER_RE = /[^\p{ASCII}\u0400-\u04ff]/gu;
const MARKS_RE = /\p{M}/gu;
const LATIN_SPECIAL: Readonly<Record<string, string>> = { ı: 'i', ə: 'a' };

function plainLatin(c: string): string {
  return LATIN_SPECIAL[c] ?? c.normalize('NFD').replace(MARKS_RE, '');
}

/** Lower case with Kazakh letters as their Russian stand-ins and Latin diacritics dropped. */
export function foldLetters(value: string): string {
  return value
    .toLowerCase()
    .replace(STAND_IN_RE, (c) => KAZAKH_STAND_INS[c] ?? SHORT_I[c] ?? c)
    .replace(FOREIGN_LETTER_RE, plainLatin);
}

const WORD_RUN_RE = /[\p{L}\p{N}]+/gu;
const LATIN_RE = /[a-z]/;
const CYRILLIC_RE = /[а-я]/;

// Latin letters that pass for Cyrillic ones when text is typed or pasted across layouts ('Тiлi', 'Aлматы').
// Uppercase H passes for Н; lowercase i for the Kazakh і, which folds to и.
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  i: 'и',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** A word written in both scripts is read as Cyrillic: its Latin look-alikes become Cyrillic letters. */
function oneScript(word: string): string {
  if (!LATIN_RE.test(word) || !CYRILLIC_RE.test(word)) return word;
  let out = '';
  for (const c of word) out += LATIN_LOOK_ALIKES[c] ?? c;
  return out;
}

/** The folded words of a text, in order: punctuation and spaces only separate them. */
export function foldedWords(value: string): string[] {
  return (foldLetters(value).match(WORD_RUN_RE) ?? []).map(oneScript);
}

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
