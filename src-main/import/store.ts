import { finishBatch, insertBatch } from '../db/batches';
import type { Store } from '../db/client';
import { requestInserter, ROWS_PER_INSERT, type PendingRequest } from '../db/requests';
import { addTopic, topicAliasIds } from '../db/topics';
import type { RequestRecord } from '../shared/request-record';
import type { RollupDelta } from './rollup-delta';
import { regNumberKey, type ScannedSheet, type SheetWriter } from './scan';
import type { SheetReport } from '../shared/imports';

export interface BatchMeta {
  centerId: number;
  fileName: string;
  contentHash: string;
  format: string;
  now: string;
}

/** Resolves topic spellings to catalog ids, creating a topic the first time a spelling is seen. */
export function topicResolver(store: Store): (topic: { name: string; key: string }) => number {
  const known = topicAliasIds(store);
  return ({ name, key }) => {
    let id = known.get(key);
    if (id === undefined) {
      id = addTopic(store, name, key);
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
  topicOf: (t: { name: string; key: string }) => number,
  rollups: RollupDelta,
): SheetWriter {
  const batchId = insertBatch(store, {
    centerId: meta.centerId,
    fileName: meta.fileName,
    contentHash: meta.contentHash,
    format: meta.format,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    columnMapping: Object.fromEntries(sheet.columns.filter((c) => c.field).map((c) => [c.header, c.field])),
    importedAt: meta.now,
  });
  const insert = requestInserter(store, { centerId: meta.centerId, batchId });
  let added = 0;
  let stored = 0;
  // Rows wait here for a multi-row insert; the rollups count them once it says which were stored.
  const pending: PendingRequest[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const fresh = insert(pending);
    for (let i = 0; i < pending.length; i++) {
      if (!fresh[i]) continue;
      const p = pending[i] as PendingRequest;
      stored++;
      rollups.add(p.record, p.topicId);
    }
    pending.length = 0;
  };
  return {
    add(rec: RequestRecord) {
      added++;
      // Identity: the registration number within the center; without one, the file's bytes and the row.
      const identityKey = rec.regNumber
        ? `reg:${regNumberKey(rec.regNumber)}`
        : `file:${meta.contentHash}:${sheet.sheet}:${rec.sourceRow}`;
      const topicId = rec.topic ? topicOf(rec.topic) : null;
      // A request stored before (by registration number) is not stored, nor counted, twice.
      pending.push({ identityKey, topicId, record: rec });
      if (pending.length === ROWS_PER_INSERT) flush();
    },
    finish(scanned: ScannedSheet) {
      flush();
      const r = scanned.report;
      finishBatch(store, batchId, {
        rowsRead: r.rowsRead,
        rowsRejected: r.rowsRejected,
        rowsStored: stored,
        rowsDuplicate: added - stored,
      });
      Object.assign(r, { stored, duplicates: added - stored, batchId });
    },
  };
}
