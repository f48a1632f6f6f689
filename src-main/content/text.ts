// Words of a request text: lower-cased (JavaScript's toLowerCase, ё as е), split into runs of Cyrillic
// (Kazakh letters included) and Latin letters, stop words dropped, stemmed.
//
// Russian: the Snowball stemmer as @orama/stemmers compiles it (generated from snowballstem.org's Russian
// algorithm; maintained, typed, one small module per language) and the stop-word list of the `stopword`
// package (the Snowball/natural Russian list: pronouns, prepositions, particles; stopwords-iso's Russian list
// was not taken because it drops content words such as «дом», «работа», «ребенок»).
// Kazakh: ./kazakh.ts (no library has either). A text is Kazakh when at least a fifth of its words have a
// letter only Kazakh has (ә ғ қ ң ө ұ ү һ і); then its words are all stemmed as Kazakh, else as Russian,
// except that a word with a Kazakh letter is always stemmed as Kazakh.
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { rus as RUSSIAN_STOP_WORDS } from 'stopword';
import { foldYo, lookAlikesAsCyrillic, mixesScripts } from '../shared/fold';
import { KAZAKH_STOP_WORDS, stemKazakh } from './kazakh';

export type Lang = 'ru' | 'kk';

export interface AnalysedText {
  lang: Lang;
  /** The words as written (lower case), stop words and one-letter words left out. */
  words: string[];
  /** The stem of each of `words`. */
  stems: string[];
}

const WORD = /[a-zа-яёәғқңөұүһі]+/g;
const KAZAKH_LETTER = /[әғқңөұүһі]/;

export const STOP_WORDS: ReadonlySet<string> = new Set([...RUSSIAN_STOP_WORDS, ...KAZAKH_STOP_WORDS]);

/**
 * The words of a text, lower-cased, ё as е, Latin look-alikes inside Cyrillic words made Cyrillic. Kazakh letters
 * stay as written, unlike in a match key: they tell the language and are stemmed.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [w] of foldYo(text.toLowerCase()).matchAll(WORD))
    out.push(mixesScripts(w) ? lookAlikesAsCyrillic(w) : w);
  return out;
}

/** Kazakh when at least a fifth of the words have a letter only Kazakh has. */
export function detectLanguage(words: readonly string[]): Lang {
  if (words.length === 0) return 'ru';
  let kazakh = 0;
  for (const w of words) if (KAZAKH_LETTER.test(w)) kazakh++;
  return kazakh * 5 >= words.length ? 'kk' : 'ru';
}

// Stemming dominates the cost of analysing a text; requests repeat their words, so stems are remembered
// (the cache is emptied when it grows past a bound, so that memory stays flat over millions of texts).
const CACHE_LIMIT = 200_000;
const cache: Record<Lang, Map<string, string>> = { ru: new Map(), kk: new Map() };

/** The stem of a lower-cased word in the language (a word with a Kazakh letter is stemmed as Kazakh). */
export function stem(word: string, lang: Lang): string {
  const l: Lang = lang === 'kk' || KAZAKH_LETTER.test(word) ? 'kk' : 'ru';
  const c = cache[l];
  let s = c.get(word);
  if (s === undefined) {
    s = l === 'kk' ? stemKazakh(word) : russianStemmer(word);
    if (c.size >= CACHE_LIMIT) c.clear();
    c.set(word, s);
  }
  return s;
}

/** A text's language, its content words and their stems. */
export function analyse(text: string): AnalysedText {
  const all = tokenize(text);
  const lang = detectLanguage(all);
  const words: string[] = [];
  const stems: string[] = [];
  for (const w of all) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    words.push(w);
    stems.push(stem(w, lang));
  }
  return { lang, words, stems };
}
