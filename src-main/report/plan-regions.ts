// §11's work plan names the regions that drove a topic's growth. The analysis ranks only the current
// quarter by region and topic, so the per-region counts of both periods for the topics over 30 % are
// read here, from the same rollups the analysis reads.
import type { Store } from '../db/client';
import { findCenter } from '../db/centers';
import type { Analysis } from '../shared/analysis';
import { REGION_CODES, type RegionCode } from '../shared/domain';

export interface RegionChange {
  code: RegionCode | 'unspecified';
  count: number;
  previousCount: number;
}

/** Topic (catalog name) → its count in each region in either period; only the topics over 30 %. */
export type TopicRegions = Record<string, RegionChange[]>;

const KNOWN = new Set<string>(REGION_CODES);

export function topicRegionChanges(store: Store, analysis: Analysis): TopicRegions {
  const topics = analysis.byTopic.filter((t) => t.growthOver30).map((t) => t.topic);
  if (topics.length === 0) return {};
  const centerId = analysis.center === null ? null : (findCenter(store, analysis.center)?.id ?? null);
  const rows = store.sqlite
    .prepare(
      `SELECT t.name AS topic, r.quarter AS quarter, r.region_code AS region, sum(r.n) AS n
       FROM rollup_region_topic r JOIN topics t ON t.id = r.topic_id
       WHERE r.quarter IN (?, ?) ${centerId === null ? '' : 'AND r.center_id = ?'}
         AND t.name IN (${topics.map(() => '?').join(', ')})
       GROUP BY t.name, r.quarter, r.region_code`,
    )
    .all(analysis.quarter, analysis.previousQuarter, ...(centerId === null ? [] : [centerId]), ...topics) as {
    topic: string;
    quarter: string;
    region: string | null;
    n: number;
  }[];
  const out: TopicRegions = Object.fromEntries(topics.map((t) => [t, [] as RegionChange[]]));
  for (const r of rows) {
    const code = r.region !== null && KNOWN.has(r.region) ? (r.region as RegionCode) : 'unspecified';
    const list = out[r.topic] ?? (out[r.topic] = []);
    let entry = list.find((e) => e.code === code);
    if (!entry) list.push((entry = { code, count: 0, previousCount: 0 }));
    if (r.quarter === analysis.quarter) entry.count += r.n;
    else entry.previousCount += r.n;
  }
  return out;
}
