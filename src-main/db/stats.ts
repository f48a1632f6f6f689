// What the store holds, per quarter and per import.
import { asc, eq, sql } from 'drizzle-orm';
import type { Stats } from '../shared/records';
import type { Store } from './client';
import { contactCenters, importBatches, rollupRegionTopic } from './schema';

export function readStats(store: Store): Stats {
  const quarters = store.db
    .select({ quarter: rollupRegionTopic.quarter, n: sql<number>`sum(${rollupRegionTopic.n})` })
    .from(rollupRegionTopic)
    .groupBy(rollupRegionTopic.quarter)
    .orderBy(rollupRegionTopic.quarter)
    .all();
  const batches = store.db
    .select({
      id: importBatches.id,
      file: importBatches.fileName,
      sheet: importBatches.sheet,
      center: contactCenters.name,
      rows: importBatches.rowsStored,
      read: importBatches.rowsRead,
      duplicates: importBatches.rowsDuplicate,
      rejected: importBatches.rowsRejected,
      importedAt: importBatches.importedAt,
    })
    .from(importBatches)
    .innerJoin(contactCenters, eq(contactCenters.id, importBatches.centerId))
    .orderBy(asc(importBatches.id))
    .all();
  return {
    total: quarters.reduce((a, r) => a + r.n, 0),
    byQuarter: Object.fromEntries(quarters.map((r) => [r.quarter, r.n])),
    batches,
  };
}
