// The first-level units whose territory is now split between two current codes: ЮКО lost Shymkent in 2018; East
// Kazakhstan, Almaty and Karaganda regions lost Abai, Jetisu and Ulytau regions on 2022-06-08. Pure data.
import type { LocalDate, RegionCode } from '../shared/domain';

export const SPLIT_IDS = ['south', 'east', 'almaty', 'karaganda'] as const;
export type SplitId = (typeof SPLIT_IDS)[number];

export interface Split {
  /** The code that kept the old name. */
  kept: RegionCode;
  /** The code carved out of it. */
  carved: RegionCode;
  /** Only dates before it are ambiguous; without it (ЮКО) the old name is ambiguous whatever the date. */
  ambiguousBefore?: LocalDate;
}

const JUNE_2022: LocalDate = { year: 2022, month: 6, day: 8 };

export const SPLITS: Readonly<Record<SplitId, Split>> = {
  south: { kept: 'KZ-61', carved: 'KZ-79' },
  east: { kept: 'KZ-63', carved: 'KZ-10', ambiguousBefore: JUNE_2022 },
  almaty: { kept: 'KZ-19', carved: 'KZ-33', ambiguousBefore: JUNE_2022 },
  karaganda: { kept: 'KZ-35', carved: 'KZ-62', ambiguousBefore: JUNE_2022 },
};

/** Current units whose official name is still the old unit's: the name alone may mean either side. */
export const SPLIT_OF_KEPT: Readonly<Partial<Record<RegionCode, SplitId>>> = {
  'KZ-63': 'east',
  'KZ-19': 'almaty',
  'KZ-35': 'karaganda',
};

/** Two-digit KATO prefixes of old units: 51 is ЮКО's, before Shymkent and Turkistan region got their own. */
export const OLD_KATO_PREFIXES: Readonly<Record<string, SplitId>> = { '51': 'south' };
