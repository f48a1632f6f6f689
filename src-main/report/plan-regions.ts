// §11's work plan names the regions that drove a topic's growth. The analysis ranks only the current
// quarter by region and topic, so the per-region counts of both periods for the topics over 30 % are
// read here, from the same rollups the analysis reads.
import type { Store } from '../db/client';
import { findCenter } from '../db/centers';
import { topicRegionCounts } from '../db/rollup-counts';
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
  const rows = topicRegionCounts(store, {
    quarters: [analysis.quarter, analysis.previousQuarter],
    centerId,
    topics,
  });
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
