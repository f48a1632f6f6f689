// The request rows: stored by an import, removed with it, given a topic by the analyst. Every write here must
// be followed, in the same transaction, by a refresh of the rollups of the quarters it touched (db/rollups.ts).
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { fail } from '../shared/errors';
import type { RequestRecord } from '../shared/request-record';
import type { Store } from './client';
import { requests } from './schema';

/** A request on its way into the store, with the keys the import resolved for it. */
export interface PendingRequest {
  identityKey: string;
  topicId: number | null;
  record: RequestRecord;
}

/**
 * Stores requests, many to a statement; for each, whether it was stored (false: the center already holds one of
 * that identity, which is kept).
 */
export type RequestInserter = (rows: readonly PendingRequest[]) => readonly boolean[];

const COLUMNS = `center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter,
    channel, region_code, region_raw, district, topic_id, topic_raw, subtopic, text, sex, age, social_status,
    social_status_raw, marital_status, education, occupation, language, iin_hash, category, request_type,
    repeat_flag, answered_at, deadline, result, wait_seconds, call_seconds, rating, phone_hash`;
const WIDTH = 34;

/**
 * An import's hot path. Rows go in this many to a statement: one run per row costs as much again in binding,
 * stepping and resetting as SQLite's insert itself for the row, and a statement this long still binds in one go.
 */
export const ROWS_PER_INSERT = 50;

const insertSql = (rows: number) => {
  const one = `(${Array<string>(WIDTH).fill('?').join(', ')})`;
  return `INSERT INTO requests (${COLUMNS}) VALUES ${Array<string>(rows).fill(one).join(', ')}
  ON CONFLICT(center_id, identity_key) DO NOTHING`;
};

/** The requests of one batch, stored as they are read. */
export function requestInserter(store: Store, keys: { centerId: number; batchId: number }): RequestInserter {
  const { centerId, batchId } = keys;
  const statements = new Map<number, Database.Statement<unknown[]>>();
  const statementFor = (rows: number) => {
    let s = statements.get(rows);
    if (!s) statements.set(rows, (s = store.sqlite.prepare<unknown[]>(insertSql(rows))));
    return s;
  };
  // The identities a statement stored, in the order of its rows: its rows took consecutive ids.
  const storedSince = store.sqlite
    .prepare<[number, number], string>(
      'SELECT identity_key FROM requests WHERE id > ? AND id <= ? ORDER BY id',
    )
    .pluck();
  const values: unknown[] = [];
  const insertChunk = (rows: readonly PendingRequest[], from: number, to: number, out: boolean[]) => {
    values.length = (to - from) * WIDTH;
    let v = 0;
    for (let i = from; i < to; i++) {
      const { identityKey, topicId, record: r } = rows[i] as PendingRequest;
      values[v++] = centerId;
      values[v++] = batchId;
      values[v++] = identityKey;
      values[v++] = r.regNumber;
      values[v++] = r.sourceRow;
      values[v++] = r.receivedAt;
      values[v++] = r.quarter;
      values[v++] = r.channel;
      values[v++] = r.regionCode;
      values[v++] = r.regionRaw;
      values[v++] = r.district;
      values[v++] = topicId;
      values[v++] = r.topic?.name ?? null;
      values[v++] = r.subtopic;
      values[v++] = r.text;
      values[v++] = r.sex;
      values[v++] = r.age;
      values[v++] = r.socialStatus;
      values[v++] = r.socialStatusRaw;
      values[v++] = r.maritalStatus;
      values[v++] = r.education;
      values[v++] = r.occupation;
      values[v++] = r.language;
      values[v++] = r.iinHash;
      values[v++] = r.category;
      values[v++] = r.requestType;
      values[v++] = r.repeatFlag === null ? null : r.repeatFlag ? 1 : 0;
      values[v++] = r.answeredAt;
      values[v++] = r.deadline;
      values[v++] = r.result;
      values[v++] = r.waitSeconds;
      values[v++] = r.callSeconds;
      values[v++] = r.rating;
      values[v++] = r.phoneHash;
    }
    const { changes, lastInsertRowid } = statementFor(to - from).run(values);
    if (changes === to - from || changes === 0) {
      for (let i = from; i < to; i++) out.push(changes > 0);
      return;
    }
    // Some were there before. The stored ones are a subsequence of the rows: of rows sharing an identity only the
    // first can be stored, so matching in order is exact.
    const last = Number(lastInsertRowid);
    const stored = storedSince.all(last - changes, last);
    if (stored.length !== changes) throw new Error('requests: the rows just stored could not be told apart');
    let next = 0;
    for (let i = from; i < to; i++) {
      const hit = stored[next] === (rows[i] as PendingRequest).identityKey;
      if (hit) next++;
      out.push(hit);
    }
  };
  return (rows) => {
    const out: boolean[] = [];
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      insertChunk(rows, from, Math.min(from + ROWS_PER_INSERT, rows.length), out);
    }
    return out;
  };
}

/** The highest request id, 0 in an empty store: the requests stored after it have higher ones. */
export function lastRequestId(store: Store): number {
  return store.sqlite.prepare<[], number | null>('SELECT max(id) FROM requests').pluck().get() ?? 0;
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
