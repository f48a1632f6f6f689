// The counts of one selection the analysis is built from, read from the rollups, nothing else.
import type { Store } from '../db/client';
import {
  countsByRegion,
  countsByTopic,
  portraitCounts,
  quarterCounts,
  regionTopicCounts,
  type Counted,
  type PortraitCount,
  type QuarterCount,
  type RegionTopicCount,
} from '../db/rollup-counts';
import type { PortraitDim } from '../db/rollups';
import { topicNames } from '../db/topics';
import { storedValueAliases } from '../db/value-aliases';
import type { ValueAliases } from '../shared/value-aliases';

export type { Counted };

export interface PeriodCounts {
  total: number;
  byRegion: Counted<string | null>[];
  byTopic: Counted<number | null>[];
}

/** The portrait's counts, dimension by dimension, as build.ts reads them. */
export interface PortraitAggregates {
  ages: Counted<number | null>[];
  sex: Counted<string | null>[];
  socialStatus: Counted<string>[];
  maritalStatus: Counted<string>[];
  education: Counted<string>[];
  occupation: Counted<string>[];
  /** The analyst's readings of free-text spellings no rule knows: the portrait's values are counted through them. */
  valueAliases: ValueAliases;
}

export interface QuarterAggregates extends PortraitAggregates {
  current: PeriodCounts;
  previous: PeriodCounts;
  /** Topic id → catalog name, for every topic counted above. */
  topicNames: Map<number, string>;
  regionTopic: RegionTopicCount[];
  dynamics: QuarterCount[];
}

/** Portrait counts as the rollup (or a filtered read of the requests) gives them, per dimension. */
export function portraitAggregates(
  rows: readonly PortraitCount[],
  valueAliases: ValueAliases,
): PortraitAggregates {
  const portrait = new Map<PortraitDim, Counted<string | null>[]>();
  for (const r of rows) {
    const list = portrait.get(r.dim) ?? [];
    list.push({ key: r.key, n: r.n });
    portrait.set(r.dim, list);
  }
  // The rollup keeps NULL only where the analysis counts it (age, sex); the folded texts leave it out.
  const dim = (name: PortraitDim) => portrait.get(name) ?? [];
  const text = (name: PortraitDim) => dim(name) as Counted<string>[];
  return {
    ages: dim('age')
      .map((r) => ({ key: r.key === null ? null : Number(r.key), n: r.n }))
      .sort((a, b) => (a.key ?? -1) - (b.key ?? -1)),
    sex: dim('sex'),
    socialStatus: text('social_status'),
    maritalStatus: text('marital_status'),
    education: text('education'),
    occupation: text('occupation'),
    valueAliases,
  };
}

export function readAggregates(
  store: Store,
  quarter: string,
  previousQuarter: string,
  centerId: number | null,
): QuarterAggregates {
  const period = (q: string): PeriodCounts => {
    const byRegion = countsByRegion(store, q, centerId);
    return {
      total: byRegion.reduce((a, r) => a + r.n, 0),
      byRegion,
      byTopic: countsByTopic(store, q, centerId),
    };
  };
  const current = period(quarter);
  const previous = period(previousQuarter);
  return {
    current,
    previous,
    topicNames: topicNames(store),
    regionTopic: regionTopicCounts(store, quarter, centerId),
    ...portraitAggregates(portraitCounts(store, quarter, centerId), storedValueAliases(store)),
    dynamics: quarterCounts(store, centerId),
  };
}
