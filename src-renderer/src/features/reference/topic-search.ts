// The catalogue's search: a topic is found by any of its names and spellings, whatever the case, with Kazakh
// letters typed as their Russian stand-ins («алеуметтик» finds «Әлеуметтік»), or Kazakh typed in Latin. Pure.
import type { TopicInfo } from '../../../../src-main/shared/records';
import { foldedWords, hasLatin, latinToCyrillic } from '../../../../src-main/shared/fold';

/** A text as the search compares it: folded words, one space between them. */
const folded = (text: string): string => foldedWords(text).join(' ');

/** The texts a query is looked for in. */
const haystack = (topic: TopicInfo): string =>
  [topic.name, topic.nameKk ?? '', topic.nameRu ?? '', ...topic.aliases].map(folded).join(' | ');

/** The readings of a query: as typed, and read as Kazakh Latin where it has Latin letters. */
function readings(query: string): string[][] {
  const out = [foldedWords(query)];
  if (hasLatin(query)) out.push(foldedWords(latinToCyrillic(query)));
  return out.filter((words) => words.length > 0);
}

/** The topics whose names or spellings hold every word of the query (all of them for an empty query). */
export function searchTopics(topics: readonly TopicInfo[], query: string): TopicInfo[] {
  const ways = readings(query);
  if (ways.length === 0) return [...topics];
  return topics.filter((topic) => {
    const text = haystack(topic);
    return ways.some((words) => words.every((w) => text.includes(w)));
  });
}
