// What the store holds, as the window lists it: imports, contact centers, topics, request rows.
import type { Lang, RegionCode } from './domain';

export interface BatchSummary {
  id: number;
  file: string;
  sheet: string;
  center: string;
  rows: number;
  read: number;
  duplicates: number;
  rejected: number;
  importedAt: string;
}

export interface Stats {
  total: number;
  byQuarter: Record<string, number>;
  batches: BatchSummary[];
}

export interface CenterInfo extends NamesInfo {
  name: string;
  phone: string | null;
  /** IANA time zone of the center's clock (timestamps written with an offset are read in it); Asia/Almaty if unset. */
  timeZone?: string | null;
}

/** Where a name in one language came from: the analyst, the data itself, or the built-in catalogue. */
export type NameSource = 'analyst' | 'data' | 'catalogue';

/** A thing's name in each language as documents print it, and where each came from (null: none yet). */
export interface NamesInfo {
  nameRu: string | null;
  nameKk: string | null;
  sources: Record<Lang, NameSource | null>;
}

export interface TopicInfo extends NamesInfo {
  id: number;
  /** The name the data gave it: the key the analysis and the справка's fields use. */
  name: string;
  requests: number;
  /** Every spelling that maps to this topic, in the folded form imports compare. */
  aliases: string[];
}

/** What merging one topic into another changes, before it is done: counts from the rollups, all centers. */
export interface MergePreview {
  from: { id: number; name: string };
  into: { id: number; name: string };
  /** Each quarter where either topic has requests, oldest first; `purged`: its requests were removed. */
  quarters: { quarter: string; from: number; into: number; after: number; purged: boolean }[];
  totals: { from: number; into: number; after: number };
  /** The spellings (folded) that will map to the other topic. */
  spellings: string[];
  /** The analytical texts with figures of the topic merged away: they become stale gaps to be replaced. */
  texts: { center: string | null; quarter: string; lang: Lang; fields: number }[];
}

/** A merge recorded, which can be undone (topics.unmerge). */
export interface TopicMergeInfo {
  id: number;
  /** The topic merged away, as it was. */
  fromId: number;
  name: string;
  nameRu: string | null;
  nameKk: string | null;
  intoId: number;
  /** The other topic's name now; as it was when merged, once that topic is gone. */
  intoName: string;
  /** False once the other topic was itself merged away: that merge is undone first. */
  intoExists: boolean;
  /** The moved requests still stored. */
  requests: number;
  spellings: string[];
  mergedAt: string;
}

export interface RequestRow {
  id: number;
  regNumber: string | null;
  receivedAt: string;
  region: RegionCode | null;
  regionRaw: string | null;
  topic: string | null;
  channel: string | null;
  sex: 'female' | 'male' | null;
  age: number | null;
  socialStatus: string;
  text: string | null;
}

export interface RequestPage {
  total: number;
  offset: number;
  rows: RequestRow[];
}
