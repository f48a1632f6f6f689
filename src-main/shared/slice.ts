// One quarter seen through a region and/or a topic: what the overview shows as the analyst cross-filters it.
import type { AnsweredPeriod, Portrait, RegionRow, TopicRow } from './analysis';
import type { RegionCode } from './domain';
import type { Names } from './names';

/** A region by its code, or the requests whose region is empty or unrecognised. */
export type RegionKey = RegionCode | 'unspecified';

export interface SliceFilter {
  region: RegionKey | null;
  /** A topic by its catalog name (the key every list of the analysis uses). */
  topic: string | null;
}

export interface SliceRegionRow extends RegionRow {
  /** Rounded to one decimal; null when the comparison period had none. */
  changePercent: number | null;
  /** Grew by strictly more than 30 % against a non-zero previous count, as topics do (§11). */
  growthOver30: boolean;
}

/** The quarter's topics × regions, every request counted once; `null` topic: requests with no topic. */
export interface Pivot {
  topics: (string | null)[];
  regions: RegionKey[];
  /** cells[i][j]: requests of topics[i] from regions[j]. */
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

export interface Slice extends AnsweredPeriod {
  filter: SliceFilter;
  /** Requests under both filters, in the quarter and in its comparison period. */
  total: number;
  previousTotal: number;
  change: number;
  changePercent: number | null;
  /** Topics under the region filter only, as the main analysis ranks them (isNew, growthOver30). */
  byTopic: TopicRow[];
  /** Requests under the region filter that have no topic. */
  topicNotSpecified: { count: number; previousCount: number };
  /** Regions under the topic filter only; 'unspecified' last. */
  byRegion: SliceRegionRow[];
  /**
   * Under both filters; null when a filter is set on a quarter the retention setting purged: its requests
   * are gone, and the rollup it keeps has the portrait of the whole quarter only.
   */
  portrait: Portrait | null;
  /** Every stored quarter's count under both filters, oldest first. */
  dynamics: { quarter: string; count: number }[];
  topicNames: Record<string, Names>;
  /** The whole quarter, regardless of the filters. */
  pivot: Pivot;
}
