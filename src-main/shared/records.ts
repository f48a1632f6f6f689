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
