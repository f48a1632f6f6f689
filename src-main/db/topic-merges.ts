// Topic merges as records that can be undone: what a merge moved is written down before it moves it, and an
// unmerge puts back exactly that, as far as it is still there (an undone import's requests are gone with it).
import type Database from 'better-sqlite3';
import { fail } from '../shared/errors';
import { foldKey } from '../shared/fold';
import type { TopicMergeInfo } from '../shared/records';
import type { Store } from './client';
import { refreshRollups } from './rollups';
import { inTransaction } from './transactions';

/** The alias key of a topic as an export writes it (the import's own rule); null for none. */
export type TopicKeyOf = (raw: string) => string | null;

/**
 * The id a new topic gets: past every topic's and every recorded merge's, so a topic merged away keeps its id
 * free for its unmerge, and a merge never names a topic that took the id of the one it recorded.
 */
export function nextTopicId(sqlite: Database.Database): number {
  const max = sqlite
    .prepare<[], number | null>(
      `SELECT max(x) FROM (SELECT max(id) AS x FROM topics UNION ALL SELECT max(from_id) FROM topic_merges
       UNION ALL SELECT max(into_id) FROM topic_merges)`,
    )
    .pluck()
    .get();
  return (max ?? 0) + 1;
}

/**
 * The requests of a topic written under one of these spellings, those written down with the merge aside.
 * A scan of the topic's requests: a merge already reads them all.
 */
function underSpellings(
  db: Database.Database,
  topic: number,
  spellings: ReadonlySet<string>,
  keyOf: TopicKeyOf,
  mergeId: number,
): { id: number; quarter: string }[] {
  if (spellings.size === 0) return [];
  return db
    .prepare<[number, number], { id: number; raw: string; quarter: string }>(
      `SELECT id, topic_raw AS raw, quarter FROM requests WHERE topic_id = ? AND topic_raw IS NOT NULL
       AND id NOT IN (SELECT request_id FROM topic_merge_requests WHERE merge_id = ?)`,
    )
    .all(topic, mergeId)
    .filter((r) => {
      const key = keyOf(r.raw);
      return key !== null && spellings.has(key);
    });
}

const mergedSpellings = (db: Database.Database, mergeId: number): Set<string> =>
  new Set(
    db
      .prepare<[number], string>('SELECT key FROM topic_merge_aliases WHERE merge_id = ?')
      .pluck()
      .all(mergeId),
  );

/**
 * Writes down a merge about to be made: the topic as it is, its requests, spellings and rollup rows, and the
 * requests the other topic already holds under those spellings (the analyst put them there: they stay). Called
 * in the merge's transaction, before anything moves; the merge's id.
 */
export function recordMerge(
  store: Store,
  from: number,
  into: number,
  now: string,
  keyOf: TopicKeyOf,
): number {
  const db = store.sqlite;
  const topic = db
    .prepare<[number], { name: string; nameRu: string | null; nameKk: string | null }>(
      'SELECT name, name_ru AS nameRu, name_kk AS nameKk FROM topics WHERE id = ?',
    )
    .get(from);
  const intoName = db.prepare<[number], string>('SELECT name FROM topics WHERE id = ?').pluck().get(into);
  if (!topic || intoName === undefined) fail('unknownTopic', { id: topic ? into : from });
  const keywords = db
    .prepare<[number], { keywords: string; setAt: string }>(
      'SELECT keywords, set_at AS setAt FROM topic_keywords WHERE topic_id = ?',
    )
    .get(from);
  const id = Number(
    db
      .prepare(
        `INSERT INTO topic_merges (from_id, name, name_ru, name_kk, keywords, keywords_set_at, into_id, into_name,
           merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        from,
        topic.name,
        topic.nameRu,
        topic.nameKk,
        keywords?.keywords ?? null,
        keywords?.setAt ?? null,
        into,
        intoName,
        now,
      ).lastInsertRowid,
  );
  db.prepare(
    'INSERT INTO topic_merge_requests (merge_id, request_id) SELECT ?, id FROM requests WHERE topic_id = ?',
  ).run(id, from);
  db.prepare(
    'INSERT INTO topic_merge_aliases (merge_id, key) SELECT ?, key FROM topic_aliases WHERE topic_id = ?',
  ).run(id, from);
  const keep = db.prepare('INSERT INTO topic_merge_requests (merge_id, request_id, kept) VALUES (?, ?, 1)');
  for (const r of underSpellings(db, into, mergedSpellings(db, id), keyOf, id)) keep.run(id, r.id);
  db.prepare(
    `INSERT INTO topic_merge_rollups (merge_id, quarter, center_id, region_code, n)
     SELECT ?, quarter, center_id, region_code, sum(n) FROM rollup_region_topic WHERE topic_id = ?
     GROUP BY quarter, center_id, region_code`,
  ).run(id, from);
  return id;
}

interface MergeRow {
  id: number;
  fromId: number;
  name: string;
  nameRu: string | null;
  nameKk: string | null;
  keywords: string | null;
  keywordsSetAt: string | null;
  intoId: number;
  intoName: string;
}

/**
 * Undoes a merge: the topic comes back (its id if free, its names and key words), with the requests the merge
 * moved that still carry the other topic, the requests later imports filed under the other topic by the
 * spellings moved, those spellings, and its counts in quarters whose requests were purged; the rollups of the
 * quarters touched are recounted. All in one transaction. The restored topic's id.
 */
export function unmergeTopic(store: Store, mergeId: number, keyOf: TopicKeyOf): number {
  const db = store.sqlite;
  return inTransaction(store, () => {
    const m = db
      .prepare<[number], MergeRow>(
        `SELECT id, from_id AS fromId, name, name_ru AS nameRu, name_kk AS nameKk, keywords,
           keywords_set_at AS keywordsSetAt, into_id AS intoId, into_name AS intoName
         FROM topic_merges WHERE id = ?`,
      )
      .get(mergeId);
    if (!m) fail('unknownMerge', { id: mergeId });
    const into = db.prepare<[number], string>('SELECT name FROM topics WHERE id = ?').pluck().get(m.intoId);
    if (into === undefined) fail('mergeTargetGone', { name: m.name, into: m.intoName });
    const key = foldKey(m.name);
    const names = db.prepare<[], string>('SELECT name FROM topics').pluck().all();
    if (names.some((n) => foldKey(n) === key)) fail('topicNameTaken', { name: m.name });

    const taken = db.prepare('SELECT 1 FROM topics WHERE id = ?').get(m.fromId) !== undefined;
    const id = taken ? nextTopicId(db) : m.fromId;
    db.prepare('INSERT INTO topics (id, name, name_ru, name_kk) VALUES (?, ?, ?, ?)').run(
      id,
      m.name,
      m.nameRu,
      m.nameKk,
    );
    // Other merges into this topic, made before it was merged away, name it by the id it had.
    if (taken) db.prepare('UPDATE topic_merges SET into_id = ? WHERE into_id = ?').run(id, m.fromId);
    if (m.keywords !== null) {
      db.prepare('INSERT OR REPLACE INTO topic_keywords (topic_id, keywords, set_at) VALUES (?, ?, ?)').run(
        id,
        m.keywords,
        m.keywordsSetAt ?? '',
      );
    }

    const moved = `topic_id = ? AND id IN (SELECT request_id FROM topic_merge_requests WHERE merge_id = ? AND kept = 0)`;
    const quarters = new Set(
      db
        .prepare<[number, number], string>(`SELECT DISTINCT quarter FROM requests WHERE ${moved}`)
        .pluck()
        .all(m.intoId, m.id),
    );
    db.prepare(`UPDATE requests SET topic_id = ? WHERE ${moved}`).run(id, m.intoId, m.id);

    const spellings = new Set(
      db
        .prepare<[number, number], string>(
          `SELECT key FROM topic_aliases WHERE topic_id = ?
           AND key IN (SELECT key FROM topic_merge_aliases WHERE merge_id = ?)`,
        )
        .pluck()
        .all(m.intoId, m.id),
    );
    const setAlias = db.prepare('UPDATE topic_aliases SET topic_id = ? WHERE key = ?');
    for (const k of spellings) setAlias.run(id, k);

    // What imports stored after the merge under one of the spellings it moved would have been this topic's.
    const setTopic = db.prepare('UPDATE requests SET topic_id = ? WHERE id = ?');
    for (const r of underSpellings(db, m.intoId, spellings, keyOf, m.id)) {
      setTopic.run(id, r.id);
      quarters.add(r.quarter);
    }

    refreshRollups(db, quarters, 'regionTopic');
    splitInPurged(db, m.id, m.intoId, id);
    db.prepare('DELETE FROM topic_merges WHERE id = ?').run(m.id);
    return id;
  });
}

/**
 * In the quarters purged by now, the counts the merge added to the other topic go back to the restored one, as
 * recorded when the quarter was purged (settleMergesForPurge), no more than the other topic still counts there.
 */
function splitInPurged(db: Database.Database, mergeId: number, into: number, restored: number): void {
  const rows = db
    .prepare<[number], { quarter: string; centerId: number; regionCode: string | null; n: number }>(
      `SELECT quarter, center_id AS centerId, region_code AS regionCode, n FROM topic_merge_rollups
       WHERE merge_id = ? AND quarter IN (SELECT quarter FROM purged_quarters)`,
    )
    .all(mergeId);
  if (rows.length === 0) return;
  const where = 'quarter = ? AND center_id = ? AND region_code IS ? AND topic_id = ?';
  const counted = db
    .prepare<[string, number, string | null, number], number | null>(
      `SELECT sum(n) FROM rollup_region_topic WHERE ${where}`,
    )
    .pluck();
  const clear = db.prepare(`DELETE FROM rollup_region_topic WHERE ${where}`);
  const insert = db.prepare(
    'INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of rows) {
    const there = counted.get(r.quarter, r.centerId, r.regionCode, into) ?? 0;
    const back = Math.min(r.n, there);
    if (back <= 0) continue;
    clear.run(r.quarter, r.centerId, r.regionCode, into);
    if (there > back) insert.run(r.quarter, r.centerId, r.regionCode, into, there - back);
    const mine = counted.get(r.quarter, r.centerId, r.regionCode, restored) ?? 0;
    clear.run(r.quarter, r.centerId, r.regionCode, restored);
    insert.run(r.quarter, r.centerId, r.regionCode, restored, mine + back);
  }
}

interface HeldRequest {
  id: number;
  topic: number;
  raw: string | null;
  centerId: number;
  regionCode: string | null;
}

/**
 * Before a quarter's requests are purged: each recorded merge's counts there become what its unmerge would move
 * back at this moment — the requests written down with it still on the other topic and not kept, and those the
 * other topic holds under the spellings it moved — since a snapshot from the merge would still count requests
 * reassigned or undone since, and its unmerge would take them from the other topic. Merges are played back
 * newest first, as they can only be undone, so one merged into a topic later merged away still finds its
 * requests. Called in the purge's transaction.
 */
export function settleMergesForPurge(db: Database.Database, quarter: string, keyOf: TopicKeyOf): void {
  db.prepare('DELETE FROM topic_merge_rollups WHERE quarter = ?').run(quarter);
  const merges = db
    .prepare<[], { id: number; fromId: number; intoId: number }>(
      'SELECT id, from_id AS fromId, into_id AS intoId FROM topic_merges ORDER BY id DESC',
    )
    .all();
  if (merges.length === 0) return;
  const byTopic = new Map<number, HeldRequest[]>();
  const held = db.prepare<[string], HeldRequest>(
    `SELECT id, topic_id AS topic, topic_raw AS raw, center_id AS centerId, region_code AS regionCode
     FROM requests WHERE quarter = ?`,
  );
  for (const r of held.all(quarter)) {
    const list = byTopic.get(r.topic);
    if (list) list.push(r);
    else byTopic.set(r.topic, [r]);
  }
  const aliasTopic = new Map(
    db
      .prepare<[], { key: string; topic: number }>('SELECT key, topic_id AS topic FROM topic_aliases')
      .all()
      .map((a) => [a.key, a.topic]),
  );
  const recorded = db.prepare<[number, string], { id: number; kept: number }>(
    `SELECT request_id AS id, kept FROM topic_merge_requests
     WHERE merge_id = ? AND request_id IN (SELECT id FROM requests WHERE quarter = ?)`,
  );
  const insert = db.prepare(
    'INSERT INTO topic_merge_rollups (merge_id, quarter, center_id, region_code, n) VALUES (?, ?, ?, ?, ?)',
  );
  for (const m of merges) {
    const written = new Map(recorded.all(m.id, quarter).map((r) => [r.id, r.kept === 1]));
    const spellings = new Set(mergedSpellings(db, m.id));
    for (const k of spellings) {
      if (aliasTopic.get(k) === m.intoId) aliasTopic.set(k, m.fromId);
      else spellings.delete(k);
    }
    const goesBack = (r: HeldRequest): boolean => {
      const kept = written.get(r.id);
      if (kept !== undefined) return !kept;
      const key = r.raw === null ? null : keyOf(r.raw);
      return key !== null && spellings.has(key);
    };
    const back: HeldRequest[] = [];
    const stay: HeldRequest[] = [];
    for (const r of byTopic.get(m.intoId) ?? []) (goesBack(r) ? back : stay).push(r);
    if (back.length === 0) continue;
    byTopic.set(m.intoId, stay);
    byTopic.set(m.fromId, [...(byTopic.get(m.fromId) ?? []), ...back]);
    const counts = new Map<string, { centerId: number; regionCode: string | null; n: number }>();
    for (const r of back) {
      const slot = JSON.stringify([r.centerId, r.regionCode]);
      const c = counts.get(slot) ?? { centerId: r.centerId, regionCode: r.regionCode, n: 0 };
      c.n++;
      counts.set(slot, c);
    }
    for (const c of counts.values()) insert.run(m.id, quarter, c.centerId, c.regionCode, c.n);
  }
}

/** The merges recorded, newest first. */
export function listMerges(store: Store): TopicMergeInfo[] {
  return store.sqlite
    .prepare<
      [],
      Omit<TopicMergeInfo, 'intoExists' | 'spellings'> & { intoExists: number; spellings: string }
    >(
      `SELECT m.id, m.from_id AS fromId, m.name, m.name_ru AS nameRu, m.name_kk AS nameKk, m.into_id AS intoId,
         coalesce(t.name, m.into_name) AS intoName, t.id IS NOT NULL AS intoExists,
         (SELECT count(*) FROM topic_merge_requests r WHERE r.merge_id = m.id AND r.kept = 0) AS requests,
         (SELECT json_group_array(a.key) FROM topic_merge_aliases a WHERE a.merge_id = m.id) AS spellings,
         m.merged_at AS mergedAt
       FROM topic_merges m LEFT JOIN topics t ON t.id = m.into_id ORDER BY m.id DESC`,
    )
    .all()
    .map((r) => ({ ...r, intoExists: r.intoExists === 1, spellings: JSON.parse(r.spellings) as string[] }));
}
