// The quarterly analysis of Methodology 114-НҚ (§8, §10–§13) as plain JSON: what `analyze --json`
// prints, what the справка is written from, what the renderer shows.
import type { AgeBand } from './portrait';
import type { RegionCode, SocialStatus } from './domain';
import type { Names } from './names';

/** What a quarter is compared with: the quarter before it, or the same quarter a year before. */
export const COMPARISONS = ['previous', 'year'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export interface RegionRow {
  /** ISO 3166-2:KZ code, or 'unspecified' for requests whose region is empty or unrecognised. */
  code: RegionCode | 'unspecified';
  nameRu: string;
  nameKk: string;
  count: number;
  previousCount: number;
}

export interface TopicRow {
  topic: string;
  count: number;
  previousCount: number;
  /** Rounded to one decimal; null when the comparison period had none (then the topic is new). */
  changePercent: number | null;
  /** Grew by strictly more than 30 % against a non-zero previous count (§11: a work plan is due). */
  growthOver30: boolean;
  isNew: boolean;
}

export interface RankedTopic {
  rank: number;
  topic: string;
  count: number;
}

/** Topics with the same count as the 10th that the cut-off left out (§12: stated in the справка). */
export interface TopTie {
  count: number;
  left: string[];
}

export interface ValueCount {
  /** The value as the data writes it (the most frequent spelling), or the code's own name when normalised. */
  value: string;
  /** The normalised value (reference/portrait-values.ts), printed in the document's language; null if unknown. */
  code: string | null;
  /** The code's name in each language, for screens that cannot read the reference data; null if unknown. */
  names: Names | null;
  count: number;
}

export interface Portrait {
  age: Record<AgeBand, number>;
  sex: { female: number; male: number; unknown: number };
  socialStatus: Record<SocialStatus, number>;
  /** Free-text dimensions of §8.6, where the data has them, most frequent first. */
  maritalStatus: ValueCount[];
  education: ValueCount[];
  occupation: ValueCount[];
}

export interface Driver {
  key: string;
  delta: number;
  /** Share of the total change, in percent, rounded to one decimal. */
  share: number;
}

/** §8.5: what moved the total, in the direction it moved. */
export interface Drivers {
  direction: 'rise' | 'fall' | 'none';
  topics: Driver[];
  regions: Driver[];
}

/** The period an answer is about: the quarter, the one it is compared with, the contact center (null: all). */
export interface AnsweredPeriod {
  quarter: string;
  previousQuarter: string;
  compare: Comparison;
  center: string | null;
}

export interface Analysis extends AnsweredPeriod {
  total: number;
  previousTotal: number;
  change: number;
  changePercent: number | null;
  byRegion: RegionRow[];
  byTopic: TopicRow[];
  /** Requests with no topic: counted in the total, never ranked. */
  topicNotSpecified: { count: number; previousCount: number };
  disappearedTopics: { topic: string; previousCount: number }[];
  top10: RankedTopic[];
  top10Tie: TopTie | null;
  top10ByRegion: Partial<Record<RegionCode, RankedTopic[]>>;
  top10ByRegionTies: Partial<Record<RegionCode, TopTie>>;
  portrait: Portrait;
  drivers: Drivers;
  /** Each topic's name in Kazakh and Russian, by its stored name (the key every list above uses). */
  topicNames: Record<string, Names>;
  /** Every stored quarter of the selection, oldest first: the dynamics chart. */
  dynamics: { quarter: string; count: number }[];
}
