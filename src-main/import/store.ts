import type { Store } from '../db/client';
import type { JobContext } from '../core/job';
import type { PreparedSheet } from './prepare';
import { PROGRESS_EVERY_ROWS, regNumberKey } from './prepare';

export interface StoredSheet {
  batchId: number;
  stored: number;
  duplicates: number;
}

export interface BatchMeta {
  centerId: number;
  fileName: string;
  contentHash: string;
  format: string;
  now: string;
}

/** Resolves topic spellings to catalog ids, creating a topic the first time a spelling is seen. */
export function topicResolver(store: Store): (topic: { name: string; key: string }) => number {
  const known = new Map(
    (
      store.sqlite.prepare('SELECT key, topic_id AS id FROM topic_aliases').all() as {
        key: string;
        id: number;
      }[]
    ).map((r) => [r.key, r.id]),
  );
  const insertTopic = store.sqlite.prepare('INSERT INTO topics (name) VALUES (?)');
  const insertAlias = store.sqlite.prepare('INSERT INTO topic_aliases (key, topic_id) VALUES (?, ?)');
  return ({ name, key }) => {
    let id = known.get(key);
    if (id === undefined) {
      id = Number(insertTopic.run(name).lastInsertRowid);
      insertAlias.run(key, id);
      known.set(key, id);
    }
    return id;
  };
}

/** Must run inside the caller's transaction: a sheet is stored whole or not at all. */
export function storeSheet(
  store: Store,
  meta: BatchMeta,
  sheet: PreparedSheet,
  topicId: (t: { name: string; key: string }) => number,
  progress: { job: JobContext; done: number; total: number },
): StoredSheet {
  const r = sheet.report;
  const batchId = Number(
    store.sqlite
      .prepare(
        `INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read,
           rows_stored, rows_duplicate, rows_rejected, column_mapping, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)`,
      )
      .run(
        meta.centerId,
        meta.fileName,
        meta.contentHash,
        meta.format,
        r.sheet,
        r.headerRow,
        r.rowsRead,
        r.rowsRejected,
        JSON.stringify(Object.fromEntries(r.columns.filter((c) => c.field).map((c) => [c.header, c.field]))),
        meta.now,
      ).lastInsertRowid,
  );
  const insert = store.sqlite.prepare(
    `INSERT INTO requests (center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter, channel,
       region_code, region_raw, district, topic_id, topic_raw, subtopic, text, sex, age, social_status,
       social_status_raw, marital_status, education, occupation, language, iin_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(center_id, identity_key) DO NOTHING`,
  );
  let stored = 0;
  for (const rec of sheet.records) {
    if (++progress.done % PROGRESS_EVERY_ROWS === 0 || progress.done === progress.total) {
      // Inside the transaction: a cancel here rolls back every row stored so far.
      progress.job.checkpoint();
      progress.job.report({
        phase: 'store',
        file: meta.fileName,
        done: progress.done,
        total: progress.total,
      });
    }
    // Identity (issue #2): the registration number within the center; without one, the file's bytes and the row.
    const identity = rec.regNumber
      ? `reg:${regNumberKey(rec.regNumber)}`
      : `file:${meta.contentHash}:${r.sheet}:${rec.sourceRow}`;
    stored += insert.run(
      meta.centerId,
      batchId,
      identity,
      rec.regNumber,
      rec.sourceRow,
      rec.receivedAt,
      rec.quarter,
      rec.channel,
      rec.regionCode,
      rec.regionRaw,
      rec.district,
      rec.topic ? topicId(rec.topic) : null,
      rec.topic?.name ?? null,
      rec.subtopic,
      rec.text,
      rec.sex,
      rec.age,
      rec.socialStatus,
      rec.socialStatusRaw,
      rec.maritalStatus,
      rec.education,
      rec.occupation,
      rec.language,
      rec.iinHash,
    ).changes;
  }
  const duplicates = sheet.records.length - stored;
  store.sqlite
    .prepare('UPDATE import_batches SET rows_stored = ?, rows_duplicate = ? WHERE id = ?')
    .run(stored, duplicates, batchId);
  return { batchId, stored, duplicates };
}

export function alreadyImported(
  store: Store,
  centerId: number,
  contentHash: string,
  sheet: string,
): string | undefined {
  const row = store.sqlite
    .prepare('SELECT imported_at FROM import_batches WHERE center_id = ? AND content_hash = ? AND sheet = ?')
    .get(centerId, contentHash, sheet) as { imported_at: string } | undefined;
  return row?.imported_at;
}
