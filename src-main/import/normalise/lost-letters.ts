// Kazakh text saved through Windows-1251, which has no Ә Ғ Қ Ң Ө Ұ Ү Һ, comes back with «?» in their place:
// «Т?ркістан облысы», «К?п балалы отбасы», «Білімі жо? адам». A «?» in a word is put back from the words a
// vocabulary knows, when exactly one letter fits it; where several do, the value is left as it is and said to be
// ambiguous, never guessed.
import { foldLetters, LETTERS_LOST_IN_CP1251 } from '../../shared/fold';

export interface Restoration {
  value: string;
  /** Some «?» were put back. */
  restored: boolean;
  /** Some «?» could be more than one letter: left as they were. */
  ambiguous: boolean;
}

/** Words as a vocabulary writes them, indexed by their folded form's first letter for the search. */
export interface Lexicon {
  words: ReadonlyMap<string, readonly { folded: string; word: string }[]>;
}

const MIN_PREFIX = 3;
const WORD_RE = /[\p{L}?]+/gu;
const LOST = new Set(LETTERS_LOST_IN_CP1251.map((c) => foldLetters(c)));
const LOST_LETTERS: ReadonlySet<string> = new Set(LETTERS_LOST_IN_CP1251);
const ANY_KEY = '';

export function buildLexicon(words: Iterable<string>): Lexicon {
  const index = new Map<string, { folded: string; word: string }[]>();
  const seen = new Set<string>();
  for (const phrase of words) {
    for (const word of phrase.match(/\p{L}+/gu) ?? []) {
      if (word.length < MIN_PREFIX || seen.has(word)) continue;
      seen.add(word);
      const folded = foldLetters(word);
      for (const key of [folded.charAt(0), ANY_KEY]) {
        const list = index.get(key) ?? [];
        list.push({ folded, word });
        index.set(key, list);
      }
    }
  }
  return { words: index };
}

/** Whether `folded` (from position 0) fits `token` where the two overlap; «?» fits a lost letter only. */
function fits(token: string, folded: string): boolean {
  const n = Math.min(token.length, folded.length);
  for (let i = 0; i < n; i++) {
    const t = token.charAt(i);
    const f = folded.charAt(i);
    if (t === '?' ? !LOST.has(f) : t !== f) return false;
  }
  return true;
}

/** The letters each «?» of a word may be, by the lexicon; null for a word no lexicon word fits. */
function lettersFor(token: string, lexicon: Lexicon): Set<string>[] | null {
  const folded = foldLetters(token);
  const marks: number[] = [];
  for (let i = 0; i < folded.length; i++) if (folded.charAt(i) === '?') marks.push(i);
  const last = marks[marks.length - 1] ?? 0;
  const first = folded.charAt(0);
  const candidates = first === '?' ? lexicon.words.get(ANY_KEY) : lexicon.words.get(first);
  const options = marks.map(() => new Set<string>());
  let any = false;
  for (const c of candidates ?? []) {
    // A lexicon word that begins the token and covers every «?» («жұмыссыз» in «ж?мыссыздар»), or the token as a
    // whole word.
    if (c.folded.length > folded.length || c.folded.length <= last) continue;
    if (c.folded.length < folded.length && c.folded.length < MIN_PREFIX) continue;
    if (!fits(folded, c.folded)) continue;
    // Only a letter Windows-1251 lacks turned into «?»: «Кызылорда» spelt the Russian way says nothing of it.
    if (!marks.every((m) => LOST_LETTERS.has(c.word.charAt(m).toLowerCase()))) continue;
    any = true;
    marks.forEach((m, k) => options[k]?.add(c.word.charAt(m).toLowerCase()));
  }
  return any ? options : null;
}

// Capitals: a word written all in capitals gets capitals; a «?» that starts a word is a capital when the word
// starts its value («?ызылорда облысы») or follows another capitalised word («Т?ркістан», «Батыс ?азақстан»).
function caseOf(letter: string, token: string, at: number, capitalStart: boolean): string {
  const rest = token.replace(/\?/g, '');
  if (rest !== '' && rest === rest.toUpperCase() && rest !== rest.toLowerCase()) return letter.toUpperCase();
  return at === 0 && capitalStart ? letter.toUpperCase() : letter;
}

/** The value with the «?» of its words put back where the lexicon allows exactly one letter. */
export function restoreLostLetters(value: string, lexicon: Lexicon): Restoration {
  if (!value.includes('?')) return { value, restored: false, ambiguous: false };
  let restored = false;
  let ambiguous = false;
  let previous = '';
  const out = value.replace(WORD_RE, (token: string, offset: number) => {
    const before = previous;
    previous = token;
    if (!token.includes('?') || !/\p{L}/u.test(token)) return token;
    const options = lettersFor(token, lexicon);
    if (!options) return token;
    if (options.some((o) => o.size !== 1)) {
      ambiguous = true;
      return token;
    }
    restored = true;
    const capitalStart =
      offset === 0 || (before !== '' && before.charAt(0) !== before.charAt(0).toLowerCase());
    let k = 0;
    let result = '';
    for (let i = 0; i < token.length; i++) {
      const ch = token.charAt(i);
      if (ch !== '?') result += ch;
      else {
        const [letter = '?'] = options[k++] ?? [];
        result += caseOf(letter, token, i, capitalStart);
      }
    }
    previous = result;
    return result;
  });
  return { value: out, restored, ambiguous };
}
