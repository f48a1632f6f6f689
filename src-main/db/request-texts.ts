// The request texts the content analysis reads: to learn the topics from, to suggest topics for, to find
// key words and new issues in. Only requests with a text are read.
import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Store } from './client';
import { requests, topics } from './schema';

/** One quarter's requests, of one center or (null) all. */
export interface TextSelection {
  quarter: string;
  centerId: number | null;
}

export interface LabelledText {
  text: string;
  /** Its topic's catalog name. */
  topic: string;
}

export interface AwaitingTopic {
  id: number;
  regNumber: string | null;
  receivedAt: string;
  text: string;
  /** The vague topic it has, or null for none. */
  currentTopic: string | null;
}

export interface PlacedText {
  text: string;
  /** The region's code; null where not known. */
  code: string | null;
  topic: string | null;
}

export interface RequestText {
  id: number;
  text: string;
  /** Its topic's catalog name, null for none. */
  topic: string | null;
}

export interface TextExample {
  regNumber: string | null;
  text: string;
}

/** The text column where only requests with a text are read. */
const text = sql<string>`${requests.text}`;

const withText = (s: TextSelection): SQL | undefined =>
  and(
    eq(requests.quarter, s.quarter),
    s.centerId === null ? undefined : eq(requests.centerId, s.centerId),
    isNotNull(requests.text),
  );

// The reads of many rows (a quarter's texts, the labelled ones) are better-sqlite3 statements: its own row
// objects come a third faster than drizzle's mapping of them, at a quarter of 250,000 requests.
const inQuarter = (s: TextSelection) =>
  `r.quarter = @quarter${s.centerId === null ? '' : ' AND r.center_id = @centerId'} AND r.text IS NOT NULL`;

/** The most recent requests that have a topic, newest first. */
export function labelledTexts(store: Store, limit: number): LabelledText[] {
  return store.sqlite
    .prepare<[number], LabelledText>(
      `SELECT r.text AS text, t.name AS topic FROM requests r JOIN topics t ON t.id = r.topic_id
       WHERE r.text IS NOT NULL ORDER BY r.id DESC LIMIT ?`,
    )
    .all(limit);
}

/** Requests with no topic or one of `vagueTopicIds`. */
const awaiting = (s: TextSelection, vagueTopicIds: readonly number[]): SQL | undefined =>
  and(
    withText(s),
    vagueTopicIds.length === 0
      ? isNull(requests.topicId)
      : or(isNull(requests.topicId), inArray(requests.topicId, [...vagueTopicIds])),
  );

export function countAwaitingTopic(store: Store, s: TextSelection, vagueTopicIds: readonly number[]): number {
  return store.db.select({ n: count() }).from(requests).where(awaiting(s, vagueTopicIds)).get()?.n ?? 0;
}

/** The first `limit` of them, in the order they were received. */
export function awaitingTopic(
  store: Store,
  s: TextSelection,
  vagueTopicIds: readonly number[],
  /** At most this many; null: all of them. */
  limit: number | null,
): AwaitingTopic[] {
  const query = store.db
    .select({
      id: requests.id,
      regNumber: requests.regNumber,
      receivedAt: requests.receivedAt,
      text,
      currentTopic: topics.name,
    })
    .from(requests)
    .leftJoin(topics, eq(topics.id, requests.topicId))
    .where(awaiting(s, vagueTopicIds))
    .orderBy(asc(requests.receivedAt), asc(requests.id));
  return (limit === null ? query : query.limit(limit)).all();
}

/** The texts with their region and topic, for key words by either. */
export function placedTexts(store: Store, s: TextSelection): PlacedText[] {
  return store.sqlite
    .prepare<TextSelection, PlacedText>(
      `SELECT r.text, r.region_code AS code, t.name AS topic FROM requests r LEFT JOIN topics t ON t.id = r.topic_id
       WHERE ${inQuarter(s)}`,
    )
    .all(s);
}

export function quarterTexts(store: Store, s: TextSelection): RequestText[] {
  return store.sqlite
    .prepare<TextSelection, RequestText>(
      `SELECT r.id, r.text, t.name AS topic FROM requests r LEFT JOIN topics t ON t.id = r.topic_id
       WHERE ${inQuarter(s)}`,
    )
    .all(s);
}

/** The registration numbers of requests (those that have one), in the order of `ids`. */
export function regNumbersOf(store: Store, ids: readonly number[]): string[] {
  const byId = new Map<number, string>();
  // In slices, under SQLite's limit on bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    for (const r of store.db
      .select({ id: requests.id, regNumber: requests.regNumber })
      .from(requests)
      .where(inArray(requests.id, slice))
      .all())
      if (r.regNumber !== null) byId.set(r.id, r.regNumber);
  }
  return ids.flatMap((id) => {
    const n = byId.get(id);
    return n === undefined ? [] : [n];
  });
}

/** A request shown as an example of a group of texts; undefined when it has no text. */
export function textExample(store: Store, id: number): TextExample | undefined {
  return store.db
    .select({ regNumber: requests.regNumber, text })
    .from(requests)
    .where(and(eq(requests.id, id), isNotNull(requests.text)))
    .get();
}
