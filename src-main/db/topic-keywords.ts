// The key words of the group of requests a topic was made from (content.newTopic), which the draft of the
// analytical part names for that topic.
import { eq, sql } from 'drizzle-orm';
import type { Store } from './client';
import { topicKeywords, topics } from './schema';

export function saveTopicKeywords(
  store: Store,
  topicId: number,
  keywords: readonly string[],
  at: string,
): void {
  store.db
    .insert(topicKeywords)
    .values({ topicId, keywords: JSON.stringify(keywords), setAt: at })
    .onConflictDoUpdate({
      target: topicKeywords.topicId,
      set: { keywords: sql`excluded.keywords`, setAt: sql`excluded.set_at` },
    })
    .run();
}

/** By topic name. */
export function keywordsByTopicName(store: Store): Map<string, string[]> {
  const rows = store.db
    .select({ name: topics.name, keywords: topicKeywords.keywords })
    .from(topicKeywords)
    .innerJoin(topics, eq(topics.id, topicKeywords.topicId))
    .all();
  return new Map(rows.map((r) => [r.name, JSON.parse(r.keywords) as string[]]));
}
