// The topic catalog: one name per topic, every spelling seen as an alias that later imports follow.
import { asc, eq, sql } from 'drizzle-orm';
import { fail } from '../shared/errors';
import type { Store } from './client';
import { mergeTopicInPurged, refreshRollups } from './rollups';
import { requests, rollupRegionTopic, topicAliases, topics } from './schema';
import { inTransaction } from './transactions';
import { renameTopicInTexts } from './spravka';
import { nextTopicId, recordMerge, type TopicKeyOf } from './topic-merges';

export interface TopicRow {
  id: number;
  name: string;
  /** The names the analyst gave it; null where none was given. */
  nameRu: string | null;
  nameKk: string | null;
  requests: number;
  aliases: string[];
}

export function listTopics(store: Store): TopicRow[] {
  // Written out: drizzle leaves the columns of a one-table select unqualified, which a subquery would misread.
  const count = sql<number>`(SELECT count(*) FROM requests r WHERE r.topic_id = topics.id)`;
  const aliases = sql<string>`(SELECT json_group_array(a.key) FROM topic_aliases a WHERE a.topic_id = topics.id)`;
  return store.db
    .select({
      id: topics.id,
      name: topics.name,
      nameRu: topics.nameRu,
      nameKk: topics.nameKk,
      requests: count.as('requests'),
      aliases,
    })
    .from(topics)
    .orderBy(sql`requests DESC`, asc(topics.name))
    .all()
    .map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}

export function requireTopic(store: Store, id: number): void {
  const found = store.db.select({ id: topics.id }).from(topics).where(eq(topics.id, id)).get();
  if (!found) fail('unknownTopic', { id });
}

/** Renames a topic; the справка texts' fields that name it follow. */
export function renameTopic(store: Store, id: number, name: string): void {
  requireTopic(store, id);
  const before = store.db.select({ name: topics.name }).from(topics).where(eq(topics.id, id)).get();
  inTransaction(store, () => {
    store.db.update(topics).set({ name }).where(eq(topics.id, id)).run();
    if (before && before.name !== name) renameTopicInTexts(store, before.name, name);
  });
}

/** Sets the topic's names in the languages given; an empty name clears the analyst's one. */
export function nameTopic(store: Store, id: number, names: { ru?: string; kk?: string }): void {
  requireTopic(store, id);
  const clean = (v: string | undefined) => (v === undefined ? undefined : v.trim() || null);
  const change = { nameRu: clean(names.ru), nameKk: clean(names.kk) };
  store.db.update(topics).set(change).where(eq(topics.id, id)).run();
}

/** The names the analyst gave each topic, by the topic's own name. */
export function storedTopicNames(store: Store): Map<string, { ru: string | null; kk: string | null }> {
  const rows = store.db
    .select({ name: topics.name, ru: topics.nameRu, kk: topics.nameKk })
    .from(topics)
    .all();
  return new Map(rows.map((r) => [r.name, { ru: r.ru, kk: r.kk }]));
}

/**
 * Moves the requests and spellings of one topic to another and drops it; the rollups follow. The merge is
 * recorded first (db/topic-merges.ts), so it can be undone; its id, null when there was nothing to merge.
 */
export function mergeTopics(
  store: Store,
  from: number,
  into: number,
  now: string,
  keyOf: TopicKeyOf,
): number | null {
  requireTopic(store, from);
  requireTopic(store, into);
  if (from === into) return null;
  return inTransaction(store, () => {
    const id = recordMerge(store, from, into, now, keyOf);
    // The rollup knows where the topic occurs without a scan of the requests.
    const quarters = store.db
      .selectDistinct({ quarter: rollupRegionTopic.quarter })
      .from(rollupRegionTopic)
      .where(eq(rollupRegionTopic.topicId, from))
      .all()
      .map((r) => r.quarter);
    store.db.update(requests).set({ topicId: into }).where(eq(requests.topicId, from)).run();
    store.db.update(topicAliases).set({ topicId: into }).where(eq(topicAliases.topicId, from)).run();
    store.db.delete(topics).where(eq(topics.id, from)).run();
    refreshRollups(store.sqlite, quarters, 'regionTopic');
    mergeTopicInPurged(store.sqlite, from, into);
    return id;
  });
}

/** Topic id → catalog name, the whole catalog: it holds topics, not requests, so reading it all is cheap. */
export function topicNames(store: Store): Map<number, string> {
  const rows = store.db.select({ id: topics.id, name: topics.name }).from(topics).all();
  return new Map(rows.map((t) => [t.id, t.name]));
}

/** Every spelling seen, as its folded key → its topic. */
export function topicAliasIds(store: Store): Map<string, number> {
  const rows = store.db.select({ key: topicAliases.key, id: topicAliases.topicId }).from(topicAliases).all();
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** A new topic of this name, with the spelling it was first seen in as its alias; its id. */
export function addTopic(store: Store, name: string, key: string): number {
  const id = Number(
    store.db
      .insert(topics)
      .values({ id: nextTopicId(store.sqlite), name })
      .run().lastInsertRowid,
  );
  store.db.insert(topicAliases).values({ key, topicId: id }).run();
  return id;
}
