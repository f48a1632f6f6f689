// The counts the analysis and its documents read, from the rollups (db/rollups.ts) rather than the requests.
// The rollups hold them per center; summing over centers gives "all centers" (`centerId` null).
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Store } from './client';
import type { PortraitDim } from './rollups';
import { rollupPortrait, rollupRegionTopic, topics } from './schema';

export interface Counted<K> {
  key: K;
  n: number;
}

export interface RegionTopicCount {
  region: string;
  topic: number;
  n: number;
}

export interface PortraitCount {
  dim: PortraitDim;
  /** Ages as text; NULL kept only where the analysis counts it (age, sex). */
  key: string | null;
  n: number;
}

export interface QuarterCount {
  quarter: string;
  n: number;
}

export interface TopicRegionCount {
  /** The topic's catalog name. */
  topic: string;
  quarter: string;
  region: string | null;
  n: number;
}

type Rollup = typeof rollupRegionTopic | typeof rollupPortrait;

const ofSelection = (t: Rollup, quarter: string, centerId: number | null): SQL | undefined =>
  and(eq(t.quarter, quarter), centerId === null ? undefined : eq(t.centerId, centerId));

const regionTopicSum = sql<number>`sum(${rollupRegionTopic.n})`;

export function countsByRegion(
  store: Store,
  quarter: string,
  centerId: number | null,
): Counted<string | null>[] {
  return store.db
    .select({ key: rollupRegionTopic.regionCode, n: regionTopicSum })
    .from(rollupRegionTopic)
    .where(ofSelection(rollupRegionTopic, quarter, centerId))
    .groupBy(rollupRegionTopic.regionCode)
    .orderBy(rollupRegionTopic.regionCode)
    .all();
}

export function countsByTopic(
  store: Store,
  quarter: string,
  centerId: number | null,
): Counted<number | null>[] {
  return store.db
    .select({ key: rollupRegionTopic.topicId, n: regionTopicSum })
    .from(rollupRegionTopic)
    .where(ofSelection(rollupRegionTopic, quarter, centerId))
    .groupBy(rollupRegionTopic.topicId)
    .orderBy(rollupRegionTopic.topicId)
    .all();
}

/** The quarter's counts by region and topic, both known. */
export function regionTopicCounts(
  store: Store,
  quarter: string,
  centerId: number | null,
): RegionTopicCount[] {
  return store.db
    .select({
      region: sql<string>`${rollupRegionTopic.regionCode}`,
      topic: sql<number>`${rollupRegionTopic.topicId}`,
      n: regionTopicSum,
    })
    .from(rollupRegionTopic)
    .where(
      and(
        ofSelection(rollupRegionTopic, quarter, centerId),
        isNotNull(rollupRegionTopic.regionCode),
        isNotNull(rollupRegionTopic.topicId),
      ),
    )
    .groupBy(rollupRegionTopic.regionCode, rollupRegionTopic.topicId)
    .orderBy(rollupRegionTopic.regionCode, rollupRegionTopic.topicId)
    .all();
}

/** The quarter's counts by every value of every portrait dimension. */
export function portraitCounts(store: Store, quarter: string, centerId: number | null): PortraitCount[] {
  return store.db
    .select({ dim: rollupPortrait.dim, key: rollupPortrait.key, n: sql<number>`sum(${rollupPortrait.n})` })
    .from(rollupPortrait)
    .where(ofSelection(rollupPortrait, quarter, centerId))
    .groupBy(rollupPortrait.dim, rollupPortrait.key)
    .orderBy(rollupPortrait.dim, rollupPortrait.key)
    .all();
}

/** Every quarter's total, oldest first. */
export function quarterCounts(store: Store, centerId: number | null): QuarterCount[] {
  return store.db
    .select({ quarter: rollupRegionTopic.quarter, n: regionTopicSum })
    .from(rollupRegionTopic)
    .where(centerId === null ? undefined : eq(rollupRegionTopic.centerId, centerId))
    .groupBy(rollupRegionTopic.quarter)
    .orderBy(rollupRegionTopic.quarter)
    .all();
}

/** Per region, the counts of these topics (by catalog name) in these quarters. */
export function topicRegionCounts(
  store: Store,
  s: { quarters: readonly string[]; centerId: number | null; topics: readonly string[] },
): TopicRegionCount[] {
  return store.db
    .select({
      topic: topics.name,
      quarter: rollupRegionTopic.quarter,
      region: rollupRegionTopic.regionCode,
      n: regionTopicSum,
    })
    .from(rollupRegionTopic)
    .innerJoin(topics, eq(topics.id, rollupRegionTopic.topicId))
    .where(
      and(
        inArray(rollupRegionTopic.quarter, [...s.quarters]),
        s.centerId === null ? undefined : eq(rollupRegionTopic.centerId, s.centerId),
        inArray(topics.name, [...s.topics]),
      ),
    )
    .groupBy(topics.name, rollupRegionTopic.quarter, rollupRegionTopic.regionCode)
    .all();
}
