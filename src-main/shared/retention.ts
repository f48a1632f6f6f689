/** The retention setting and what it has removed so far. */
export interface RetentionState {
  /** Request rows are kept this many years; null: kept for good. */
  years: number | null;
  /** The oldest quarter whose request rows are kept ('2023-Q4'), when a period is set. */
  firstKept: string | null;
  /** Quarters whose request rows were removed; their totals stay in the справки. */
  purged: { quarter: string; purgedAt: string }[];
}

/** What a retention period would remove if applied now. */
export interface RetentionPreview {
  firstKept: string;
  /** Quarters whose request rows would be removed. */
  quarters: string[];
  requests: number;
}
