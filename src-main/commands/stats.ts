import { z } from 'zod';
import type { Registry } from '../core/registry';
import type { Store } from '../db/client';
import type { BatchSummary, Stats } from '../shared/contract';

export function readStats(store: Store): Stats {
  const quarters = store.sqlite
    .prepare('SELECT quarter, sum(n) AS n FROM rollup_region_topic GROUP BY quarter ORDER BY quarter')
    .all() as { quarter: string; n: number }[];
  const total = quarters.reduce((a, r) => a + r.n, 0);
  const byQuarter = Object.fromEntries(quarters.map((r) => [r.quarter, r.n]));
  const batches = store.sqlite
    .prepare(
      `SELECT b.id, b.file_name AS file, b.sheet, c.name AS center, b.rows_stored AS rows, b.rows_read AS read,
              b.rows_duplicate AS duplicates, b.rows_rejected AS rejected, b.imported_at AS importedAt
       FROM import_batches b JOIN contact_centers c ON c.id = b.center_id ORDER BY b.id`,
    )
    .all() as BatchSummary[];
  return { total, byQuarter, batches };
}

export function registerStats(registry: Registry, store: Store): void {
  registry.method('stats.get', { schema: z.object({}).strict(), run: () => readStats(store) });
}
