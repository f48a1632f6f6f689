// A topic name in the other language, from the catalogue of reference/topic-names.ts, and the language a name is
// written in. Exports spell one topic with different case, quotes, dashes and spacing, and Kazakh typed on a
// Russian layout («Баска маселелер»); matchKey folds all of them to one key. Pure: the renderer may use it too.
import { lookAlikesAsCyrillic, matchKey, mixesScripts, wordsOf } from '../shared/fold';
import { TOPIC_NAMES, type TopicNamePair } from './topic-names';

interface Entry {
  pair: TopicNamePair;
  /** The sides of the pair whose name has this key; both for a name spelled alike in the two languages. */
  sides: ReadonlySet<'ru' | 'kk'>;
}

function buildIndex(): ReadonlyMap<string, Entry> {
  const index = new Map<string, { pair: TopicNamePair; sides: Set<'ru' | 'kk'> }>();
  for (const pair of TOPIC_NAMES) {
    for (const side of ['ru', 'kk'] as const) {
      const key = matchKey(pair[side]);
      const found = index.get(key);
      // The catalogue's test keeps keys unique; should one repeat, the first pair keeps it.
      if (found === undefined) index.set(key, { pair, sides: new Set([side]) });
      else if (found.pair === pair) found.sides.add(side);
    }
  }
  return index;
}

const INDEX = buildIndex();

/** The catalogue's pair that names this topic in either language, or null. */
export function catalogueName(name: string): TopicNamePair | null {
  const key = matchKey(name);
  if (key === '') return null;
  return INDEX.get(key)?.pair ?? null;
}

const KAZAKH_LETTER_RE = /[әғқңөұүһі]/;
const CYRILLIC_LETTER_RE = /[а-яё]/;

/**
 * The language a name is written in: the catalogue's side where it knows the name in one language only, else
 * Kazakh where a letter only Kazakh has appears (a Latin i inside a Cyrillic word is a Kazakh і typed on the wrong
 * layout), else Russian for any Cyrillic; null for a name with no Cyrillic letter.
 */
export function nameLanguage(name: string): 'ru' | 'kk' | null {
  const sides = INDEX.get(matchKey(name))?.sides;
  if (sides?.size === 1) return sides.has('kk') ? 'kk' : 'ru';
  const words = wordsOf(name.toLowerCase()).map((w) => (mixesScripts(w) ? lookAlikesAsCyrillic(w) : w));
  if (words.some((w) => KAZAKH_LETTER_RE.test(w))) return 'kk';
  if (words.some((w) => CYRILLIC_LETTER_RE.test(w))) return 'ru';
  return null;
}
