// A name as a document prints it: in the document's language where one is known, else the name the data
// has, marked as missing so the document can show it and approval can refuse it.
import type { Lang } from './domain';

/** A thing's name in each language; null where nobody has given it yet. */
export type Names = Record<Lang, string | null>;

/** What an analysis says of its topics' names (Analysis.topicNames). */
interface TopicNames {
  topicNames: Record<string, Names>;
}

export interface NameInLang {
  text: string;
  /** True when the document's language has no name for it and `text` is the data's own. */
  missing: boolean;
}

export function nameIn(names: Names | undefined, fallback: string, lang: Lang): NameInLang {
  const own = names?.[lang];
  if (own) return { text: own, missing: false };
  const other = names?.[lang === 'kk' ? 'ru' : 'kk'];
  return { text: other ?? fallback, missing: true };
}

/** A topic of the analysis by its stored name, in the document's language. */
export function topicName(a: TopicNames, topic: string, lang: Lang): NameInLang {
  return nameIn(a.topicNames[topic], topic, lang);
}

/** A ranked list with its topics named in the document's language. */
export function rankedIn<T extends { topic: string }>(a: TopicNames, list: readonly T[], lang: Lang): T[] {
  return list.map((r) => ({ ...r, topic: topicName(a, r.topic, lang).text }));
}

/** The topics tied at a cut-off, named in the document's language. */
export function tieIn<T extends { left: string[] }>(a: TopicNames, tie: T, lang: Lang): T {
  return { ...tie, left: tie.left.map((x) => topicName(a, x, lang).text) };
}
