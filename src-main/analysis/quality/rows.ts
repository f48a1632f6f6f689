// The rows the service analysis counts: one request each, only the columns it needs. Pure types and helpers.
import type { RegionCode, RequestLanguage } from '../../shared/domain';
import type { AnswerResult, Category, Channel, RequestType } from '../../shared/quality';

export interface QualityRow {
  /** 'YYYY-MM-DD HH:MM:SS', local, as stored. */
  receivedAt: string;
  channel: Channel | null;
  language: RequestLanguage | null;
  region: RegionCode | null;
  /** The district or city as the export writes it. */
  district: string | null;
  /** The topic's catalog name. */
  topic: string | null;
  /** Who asked, from `applicantKey`: the hashed IIN, else the hashed phone; null when neither is known. */
  applicant: string | null;
  category: Category | null;
  type: RequestType | null;
  /** The export's own mark of a repeated request. */
  repeatFlag: boolean | null;
  /** 'YYYY-MM-DD HH:MM:SS'. */
  answeredAt: string | null;
  /** 'YYYY-MM-DD', where the export gives it. */
  deadline: string | null;
  result: AnswerResult | null;
  waitSeconds: number | null;
  callSeconds: number | null;
  rating: number | null;
}

/** An earlier request, before the period, that can make a request of the period a repeat. */
export interface HistoryRow {
  receivedAt: string;
  topic: string;
  applicant: string;
}

/** One period's requests: the quarter's rows, and the applicants' earlier requests within the repeat window. */
export interface Period {
  quarter: string;
  rows: QualityRow[];
  /** Requests received in the REPEAT_WINDOW_DAYS before the quarter's first day, with an applicant and a topic. */
  history: HistoryRow[];
  /** The retention setting removed the quarter's request rows. */
  purged: boolean;
}

/**
 * The applicant behind a request: the hashed IIN when the export has it, else the hashed phone. Prefixed, so
 * an IIN hash never equals a phone hash; a request known by its phone alone is not linked to one known by IIN.
 */
export function applicantKey(iinHash: string | null, phoneHash: string | null): string | null {
  if (iinHash) return `i:${iinHash}`;
  if (phoneHash) return `p:${phoneHash}`;
  return null;
}

/** 'YYYY-MM' of a stored stamp. */
export const monthOf = (stamp: string): string => stamp.slice(0, 7);

/** 'YYYY-MM-DD' of a stored stamp. */
export const dayOf = (stamp: string): string => stamp.slice(0, 10);
