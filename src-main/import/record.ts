import type { RegionCode, RequestLanguage, Sex, SocialStatus } from '../shared/domain';

/** One request after normalisation, ready to store. Raw values are kept where a reference did not know them. */
export interface RequestRecord {
  sourceRow: number;
  regNumber: string | null;
  receivedAt: string;
  quarter: string;
  channel: string | null;
  regionCode: RegionCode | null;
  regionRaw: string | null;
  district: string | null;
  topic: { name: string; key: string } | null;
  subtopic: string | null;
  text: string | null;
  sex: Sex | null;
  age: number | null;
  socialStatus: SocialStatus;
  socialStatusRaw: string | null;
  maritalStatus: string | null;
  education: string | null;
  occupation: string | null;
  language: RequestLanguage | null;
  iinHash: string | null;
}
