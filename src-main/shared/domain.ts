// Domain vocabulary shared by the main process, the CLI and the renderer.
// Pure types and constants only: this file is bundled into the renderer.

/** A calendar date-time as written in the source, with no time zone (§9: the quarter is the local one). */
export interface LocalDateTime {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  hour: number;
  minute: number;
  second: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export type Sex = 'female' | 'male';

/** The social-status categories of §13 of the Methodology, plus `other` (unmapped, reported) and `unknown` (empty). */
export const SOCIAL_STATUSES = [
  'employee',
  'entrepreneur',
  'pensioner',
  'disability',
  'largeFamily',
  'student',
  'educated',
  'noEducation',
  'unemployed',
  'other',
  'unknown',
] as const;
export type SocialStatus = (typeof SOCIAL_STATUSES)[number];

export type RequestLanguage = 'kk' | 'ru' | 'other';

/** ISO 3166-2:KZ codes of the 20 first-level units since June 2022; the digits are the KATO prefix. */
export const REGION_CODES = [
  'KZ-10',
  'KZ-11',
  'KZ-15',
  'KZ-19',
  'KZ-23',
  'KZ-27',
  'KZ-31',
  'KZ-33',
  'KZ-35',
  'KZ-39',
  'KZ-43',
  'KZ-47',
  'KZ-55',
  'KZ-59',
  'KZ-61',
  'KZ-62',
  'KZ-63',
  'KZ-71',
  'KZ-75',
  'KZ-79',
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * The fields a source column can be mapped to. Personal identifiers other than the IIN and the phone are never
 * read; the phone is read only to be hashed (like the IIN) and is never stored. The address is read only for the
 * place it names (the region, where no column gives it) and is never stored either.
 */
export const FIELDS = [
  'regNumber',
  'receivedAt',
  'receivedTime',
  'channel',
  'region',
  'city',
  'district',
  'address',
  'topic',
  'subtopic',
  'text',
  'sex',
  'age',
  'birthDate',
  'iin',
  'socialStatus',
  'maritalStatus',
  'education',
  'occupation',
  'language',
  'category',
  'requestType',
  'repeat',
  'answeredAt',
  'deadline',
  'result',
  'waitSeconds',
  'callSeconds',
  'rating',
  'phone',
] as const;
export type Field = (typeof FIELDS)[number];

export const LANGS = ['kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Required fields the analyst may agree to go without (`--allow-missing`). */
export const OPTIONAL_REQUIRED = ['topic', 'region'] as const satisfies readonly Field[];
export type OptionalField = (typeof OPTIONAL_REQUIRED)[number];
