import type { RegionCode, RequestLanguage, Sex, SocialStatus } from './domain';
import type { AnswerResult, Category, Channel, RequestType } from './quality';

/** One request after normalisation, ready to store. Raw values are kept where a reference did not know them. */
export interface RequestRecord {
  sourceRow: number;
  regNumber: string | null;
  receivedAt: string;
  quarter: string;
  channel: Channel | null;
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
  category: Category | null;
  requestType: RequestType | null;
  /** The export's own mark of a repeated request. */
  repeatFlag: boolean | null;
  /** 'YYYY-MM-DD HH:MM:SS', local, like receivedAt. */
  answeredAt: string | null;
  /** 'YYYY-MM-DD': the last day to answer, where the export gives it. */
  deadline: string | null;
  result: AnswerResult | null;
  waitSeconds: number | null;
  callSeconds: number | null;
  rating: number | null;
  /** HMAC of the phone's last ten digits, like the IIN's: links an applicant's requests without the number. */
  phoneHash: string | null;
}
