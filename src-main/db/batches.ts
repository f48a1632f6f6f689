// The imports (import_batches): one row per sheet stored, with its counts and the columns it was read by.
import { eq } from 'drizzle-orm';
import type { Store } from './client';
import { importBatches } from './schema';

export interface NewBatch {
  centerId: number;
  fileName: string;
  contentHash: string;
  format: string;
  sheet: string;
  headerRow: number;
  /** Header → field, of the columns stored. */
  columnMapping: Readonly<Record<string, string | null>>;
  importedAt: string;
}

export interface BatchCounts {
  rowsRead: number;
  rowsRejected: number;
  rowsStored: number;
  rowsDuplicate: number;
}

export interface ImportedSheet {
  contentHash: string;
  sheet: string;
  importedAt: string;
}

/** The batch row, counts at zero until `finishBatch`: it comes first, so every request can name it. */
export function insertBatch(store: Store, batch: NewBatch): number {
  const { columnMapping, ...rest } = batch;
  const inserted = store.db
    .insert(importBatches)
    .values({
      ...rest,
      rowsRead: 0,
      rowsStored: 0,
      rowsDuplicate: 0,
      rowsRejected: 0,
      columnMapping: JSON.stringify(columnMapping),
    })
    .run();
  return Number(inserted.lastInsertRowid);
}

export function finishBatch(store: Store, id: number, counts: BatchCounts): void {
  store.db.update(importBatches).set(counts).where(eq(importBatches.id, id)).run();
}

/** The sheets imported into a center, by their file's bytes and their name. */
export function importedSheetsOf(store: Store, centerId: number): ImportedSheet[] {
  return store.db
    .select({
      contentHash: importBatches.contentHash,
      sheet: importBatches.sheet,
      importedAt: importBatches.importedAt,
    })
    .from(importBatches)
    .where(eq(importBatches.centerId, centerId))
    .all();
}

/** When the retention setting removed some of the batch's requests; undefined for no such batch. */
export function findBatch(store: Store, id: number): { id: number; purgedAt: string | null } | undefined {
  return store.db
    .select({ id: importBatches.id, purgedAt: importBatches.purgedAt })
    .from(importBatches)
    .where(eq(importBatches.id, id))
    .get();
}

export function deleteBatch(store: Store, id: number): void {
  store.db.delete(importBatches).where(eq(importBatches.id, id)).run();
}
