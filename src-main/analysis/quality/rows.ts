// The rows the quality analysis counts: one request each, only the columns it needs. Pure types and helpers.
import type { HistoryRow, QualityRow } from '../../db/quality-rows';

export type { HistoryRow, QualityRow };

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
