import { normaliseRegion } from '../reference/region-match';
import type { RegionCode } from '../shared/domain';
import { foldKey } from '../shared/fold';
import type { Store } from './client';
import { refreshRollups } from './rollups';

export function loadRegionAliases(store: Store): Map<string, RegionCode> {
  const rows = store.sqlite
    .prepare<[], { key: string; code: RegionCode }>('SELECT key, region_code AS code FROM region_aliases')
    .all();
  return new Map(rows.map((r) => [r.key, r.code]));
}

/**
 * Region values stored as written because nothing placed them, most frequent first. Placeholders such
 * as «не указан» or «-» are empty values, not regions to place, and stay out of the list.
 */
export function unplacedRegions(store: Store): { value: string; count: number }[] {
  const rows = store.sqlite
    .prepare<[], { value: string; count: number }>(
      `SELECT min(region_raw) AS value, count(*) AS count FROM requests
       WHERE region_code IS NULL AND region_raw IS NOT NULL
       GROUP BY ulower(trim(region_raw)) ORDER BY count DESC, value`,
    )
    .all();
  return rows.filter((r) => normaliseRegion(r.value).kind !== 'empty');
}

/**
 * Places a spelling in a region: remembered for later imports and applied at once to the stored
 * requests that carry it, so every figure follows. Returns how many requests moved.
 */
export function placeRegion(store: Store, value: string, code: RegionCode): number {
  const key = foldKey(value);
  return store.sqlite.transaction(() => {
    store.sqlite
      .prepare(
        'INSERT INTO region_aliases (key, region_code) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET region_code = excluded.region_code',
      )
      .run(key, code);
    const stored = store.sqlite.prepare<[], { id: number; quarter: string; raw: string }>(
      'SELECT id, quarter, region_raw AS raw FROM requests WHERE region_code IS NULL AND region_raw IS NOT NULL',
    );
    const update = store.sqlite.prepare('UPDATE requests SET region_code = ? WHERE id = ?');
    let moved = 0;
    const quarters = new Set<string>();
    // foldKey in JS, not SQL: the stored spelling must fold exactly as the import folds it.
    for (const r of stored.all()) {
      if (foldKey(r.raw) !== key) continue;
      moved += update.run(code, r.id).changes;
      quarters.add(r.quarter);
    }
    refreshRollups(store.sqlite, quarters, 'regionTopic');
    return moved;
  })();
}
