import type { Store } from '../db/client';
import type { SheetReport } from '../shared/contract';
import type { RequestRecord } from './record';
import type { RollupDelta } from './rollup-delta';
import { regNumberKey, type ScannedSheet, type SheetWriter } from './scan';

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

/**
 * Stores one sheet's requests as they are read. Must run inside the caller's transaction: a sheet is
 * stored whole or not at all. The batch row comes first, so every request can name it.
 */
export function sheetWriter(
  store: Store,
  meta: BatchMeta,
  sheet: SheetReport,
  topicId: (t: { name: string; key: string }) => number,
  rollups: RollupDelta,
): SheetWriter {
  const batchId = Number(
    store.sqlite
      .prepare(
        `INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read,
           rows_stored, rows_duplicate, rows_rejected, column_mapping, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)`,
      )
      .run(
        meta.centerId,
        meta.fileName,
        meta.contentHash,
        meta.format,
        sheet.sheet,
        sheet.headerRow,
        JSON.stringify(
          Object.fromEntries(sheet.columns.filter((c) => c.field).map((c) => [c.header, c.field])),
        ),
        meta.now,
      ).lastInsertRowid,
  );
  const insert = store.sqlite.prepare(
    `INSERT INTO requests (center_id, batch_id, identity_key, reg_number, source_row, received_at, quarter, channel,
       region_code, region_raw, district, topic_id, topic_raw, subtopic, text, sex, age, social_status,
       social_status_raw, marital_status, education, occupation, language, iin_hash, category, request_type,
       repeat_flag, answered_at, deadline, result, wait_seconds, call_seconds, rating, phone_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(center_id, identity_key) DO NOTHING`,
  );
  let added = 0;
  let stored = 0;
  return {
    add(rec: RequestRecord) {
      added++;
      // Identity: the registration number within the center; without one, the file's bytes and the row.
      const identity = rec.regNumber
        ? `reg:${regNumberKey(rec.regNumber)}`
        : `file:${meta.contentHash}:${sheet.sheet}:${rec.sourceRow}`;
      const topic = rec.topic ? topicId(rec.topic) : null;
      const inserted = insert.run(
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
        topic,
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
        rec.category,
        rec.requestType,
        rec.repeatFlag === null ? null : rec.repeatFlag ? 1 : 0,
        rec.answeredAt,
        rec.deadline,
        rec.result,
        rec.waitSeconds,
        rec.callSeconds,
        rec.rating,
        rec.phoneHash,
      ).changes;
      // A request stored before (by registration number) is not counted twice.
      if (inserted === 1) {
        stored++;
        rollups.add(rec, topic);
      }
    },
    finish(scanned: ScannedSheet) {
      const r = scanned.report;
      store.sqlite
        .prepare(
          'UPDATE import_batches SET rows_read = ?, rows_rejected = ?, rows_stored = ?, rows_duplicate = ? WHERE id = ?',
        )
        .run(r.rowsRead, r.rowsRejected, stored, added - stored, batchId);
      Object.assign(r, { stored, duplicates: added - stored, batchId });
    },
  };
}
