// The counts of one quarter under a region and/or topic filter: the dashboard's cross-filtering. Region × topic
// comes from the rollup; the portrait, which the rollup keeps without region or topic, from `requests`.
import type { Store } from './client';
import { portraitSql } from './portrait-sql';
import type { PortraitCount, QuarterCount } from './rollup-counts';
import { REGION_CODES } from '../shared/domain';

/** A region code, 'unspecified' (empty or unrecognised), or none; a topic by its id, or none. */
export interface SliceWhere {
  region: string | null;
  /** Topic ids that carry the filtered topic's name (one, unless the catalogue lost its uniqueness). */
  topicIds: readonly number[] | null;
}

export interface RegionTopicCell {
  region: string | null;
  topic: number | null;
  n: number;
}

const KNOWN = REGION_CODES.map((c) => `'${c}'`).join(', ');

/** SQL conditions and their parameters for the filter, over a table with region_code and topic_id. */
function conditions(
  centerId: number | null,
  where: SliceWhere,
): { sql: string; params: Record<string, string | number> } {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  if (centerId !== null) {
    parts.push('center_id = @center');
    params.center = centerId;
  }
  if (where.region === 'unspecified') parts.push(`(region_code IS NULL OR region_code NOT IN (${KNOWN}))`);
  else if (where.region !== null) {
    parts.push('region_code = @region');
    params.region = where.region;
  }
  if (where.topicIds !== null) {
    // An unknown topic name matches nothing, not everything.
    const ids = where.topicIds.length ? where.topicIds.map((id) => Math.trunc(id)).join(', ') : 'NULL';
    parts.push(`topic_id IN (${ids})`);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** The quarter's region × topic counts, NULLs included (no region, no topic), all centers or one. */
export function regionTopicCells(store: Store, quarter: string, centerId: number | null): RegionTopicCell[] {
  const c = conditions(centerId, { region: null, topicIds: null });
  return store.sqlite
    .prepare<Record<string, string | number>, RegionTopicCell>(
      `SELECT region_code AS region, topic_id AS topic, sum(n) AS n FROM rollup_region_topic
       WHERE quarter = @quarter${c.sql} GROUP BY region_code, topic_id`,
    )
    .all({ ...c.params, quarter });
}

/** Every stored quarter's count under the filter, oldest first; quarters it leaves empty are left out. */
export function quarterCountsWhere(store: Store, centerId: number | null, where: SliceWhere): QuarterCount[] {
  const c = conditions(centerId, where);
  return store.sqlite
    .prepare<Record<string, string | number>, QuarterCount>(
      `SELECT quarter, sum(n) AS n FROM rollup_region_topic WHERE 1 = 1${c.sql}
       GROUP BY quarter ORDER BY quarter`,
    )
    .all(c.params);
}

// The rollup's own query (portrait-sql.ts) without its center grouping, so a filter that keeps every request
// gives the rollup's counts.
const filteredPortraitSql = (filter: string) => portraitSql({ where: `quarter = @quarter${filter}` });

/** The portrait's counts of the quarter's requests under the filter, read from the requests themselves. */
export function portraitCountsWhere(
  store: Store,
  quarter: string,
  centerId: number | null,
  where: SliceWhere,
): PortraitCount[] {
  const c = conditions(centerId, where);
  return store.sqlite
    .prepare<Record<string, string | number>, PortraitCount>(filteredPortraitSql(c.sql))
    .all({ ...c.params, quarter });
}

/** How SQLite reads the filtered portrait: the index it searches the requests by. */
export function portraitQueryPlan(
  store: Store,
  quarter: string,
  centerId: number | null,
  where: SliceWhere,
): string[] {
  const c = conditions(centerId, where);
  return store.sqlite
    .prepare<Record<string, string | number>, { detail: string }>(
      `EXPLAIN QUERY PLAN ${filteredPortraitSql(c.sql)}`,
    )
    .all({ ...c.params, quarter })
    .map((r) => r.detail);
}
