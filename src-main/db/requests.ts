// The request rows: stored by an import, removed with it, given a topic by the analyst. Every write here must
// be followed, in the same transaction, by a refresh of the rollups of the quarters it touched (db/rollups.ts).
import { eq, sql } from 'drizzle-orm';
import { fail } from '../shared/errors';
import type { RequestRecord } from '../shared/request-record';
import type { Store } from './client';
import { requests } from './schema';

/** Stores one request; false when the center already holds one of that identity, which is kept. */
export type RequestInserter = (identityKey: string, topicId: number | null, r: RequestRecord) => boolean;

// An import's hot path: one statement prepared per sheet, run per row with positional values.
const INSERT = `INSERT INTO requests (center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter,
    channel, region_code, region_raw, district, topic_id, topic_raw, subtopic, text, sex, age, social_status,
    social_status_raw, marital_status, education, occupation, language, iin_hash, category, request_type,
    repeat_flag, answered_at, deadline, result, wait_seconds, call_seconds, rating, phone_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT(center_id, identity_key) DO NOTHING`;

/** The requests of one batch, stored as they are read. */
export function requestInserter(store: Store, keys: { centerId: number; batchId: number }): RequestInserter {
  const insert = store.sqlite.prepare(INSERT);
  const { centerId, batchId } = keys;
  return (identityKey, topicId, r) =>
    insert.run(
      centerId,
      batchId,
      identityKey,
      r.regNumber,
      r.sourceRow,
      r.receivedAt,
      r.quarter,
      r.channel,
      r.regionCode,
      r.regionRaw,
      r.district,
      topicId,
      r.topic?.name ?? null,
      r.subtopic,
      r.text,
      r.sex,
      r.age,
      r.socialStatus,
      r.socialStatusRaw,
      r.maritalStatus,
      r.education,
      r.occupation,
      r.language,
      r.iinHash,
      r.category,
      r.requestType,
      r.repeatFlag === null ? null : r.repeatFlag ? 1 : 0,
      r.answeredAt,
      r.deadline,
      r.result,
      r.waitSeconds,
      r.callSeconds,
      r.rating,
      r.phoneHash,
    ).changes === 1;
}

export function hasRequests(store: Store): boolean {
  return (
    store.db
      .select({ one: sql`1` })
      .from(requests)
      .limit(1)
      .get() !== undefined
  );
}

export function batchQuarters(store: Store, batchId: number): string[] {
  return store.db
    .selectDistinct({ quarter: requests.quarter })
    .from(requests)
    .where(eq(requests.batchId, batchId))
    .all()
    .map((r) => r.quarter);
}

/** Removes the requests a batch stored; how many. */
export function deleteBatchRequests(store: Store, batchId: number): number {
  return store.db.delete(requests).where(eq(requests.batchId, batchId)).run().changes;
}

/**
 * Gives each request its topic, checking each request and topic in turn; the quarters of the requests changed.
 * The statements are prepared once: a topic made of a group of requests assigns thousands.
 */
export function setRequestTopics(
  store: Store,
  assignments: readonly { requestId: number; topicId: number }[],
): Set<string> {
  const quarterOf = store.sqlite
    .prepare<[number], string>('SELECT quarter FROM requests WHERE id = ?')
    .pluck();
  const topicExists = store.sqlite.prepare<[number], 1>('SELECT 1 FROM topics WHERE id = ?').pluck();
  const update = store.sqlite.prepare<[number, number]>('UPDATE requests SET topic_id = ? WHERE id = ?');
  const quarters = new Set<string>();
  for (const a of assignments) {
    const quarter = quarterOf.get(a.requestId);
    if (quarter === undefined) fail('unknownRequest', { id: a.requestId });
    if (topicExists.get(a.topicId) === undefined) fail('unknownTopic', { id: a.topicId });
    update.run(a.topicId, a.requestId);
    quarters.add(quarter);
  }
  return quarters;
}
