// What the content analysis of request texts tells the window (§5.1 and §14).
import type { RegionCode } from './domain';

/**
 * How far the topic suggestions can be trusted, measured on the analyst's own labelled requests held out from
 * training (cross-fitted: every held-out request's suggestion comes from a model that never saw it). Never a
 * figure from generated text.
 */
export interface SuggestionQuality {
  /** Labelled requests learnt from (the most recent, at most LABELLED_LIMIT). */
  labelled: number;
  /** Those held out, each from one fold's model. */
  heldOut: number;
  folds: number;
  /** Calibrated confidence from which a suggestion is shown; null when no threshold keeps 90 % precision. */
  threshold: number | null;
  /** Held-out suggestions at or above the threshold, with enough evidence: how many, the share of them right. */
  heldOutShown: number;
  heldOutPrecision: number | null;
  /** Share of the held-out requests whose suggestion would be shown. */
  heldOutCoverage: number;
  /** The precision the threshold keeps (0.9). */
  target: number;
}

export interface TopicSuggestionItem {
  requestId: number;
  regNumber: string | null;
  receivedAt: string;
  text: string;
  /** The topic it came with, when that one is too vague to count ("Прочие вопросы"), else null. */
  currentTopic: string | null;
  /** Topics to choose from, the model's first suggestion first (up to 3). */
  suggestions: { topicId: number; topic: string }[];
  /** Calibrated confidence of the first suggestion: the share right of held-out suggestions like it. */
  confidence: number;
  /** At or above the threshold and with words the model knows to point at a topic. */
  shown: boolean;
}

export interface TopicSuggestions {
  /** Null when there are too few labelled requests to learn from. */
  quality: SuggestionQuality | null;
  /** Requests of the selection without a usable topic. */
  total: number;
  /** The first of them, oldest first: all of them when asked for `all`, else at most the app's table's limit. */
  items: TopicSuggestionItem[];
}

export interface NewIssueGroup {
  size: number;
  /** Its requests, for making it a topic of its own. */
  requestIds: number[];
  /** Their registration numbers, where they have one. */
  regNumbers: string[];
  /** The language of most of its texts. */
  language: 'ru' | 'kk';
  /** No counterpart in the comparison period, in either language, nor by topic. */
  isNew: boolean;
  /** Readable words (as written in the requests), no stop words, numbers, names or places. */
  keywords: string[];
  examples: { regNumber: string | null; text: string }[];
  /** Requests of the comparison period that resemble the group. */
  previousMatches: number;
}

export interface NewIssues {
  quarter: string;
  previousQuarter: string;
  /** At most a handful, the largest first. */
  groups: NewIssueGroup[];
  /**
   * Languages the comparison period has few texts in (under a tenth of the quarter's in that language): said
   * once for the whole result, as the comparison in that language rests on the other language's texts.
   */
  thinLanguages: ('ru' | 'kk')[];
  /** The comparison period has no stored request: nothing can be called new, and no group is offered. */
  noComparison: boolean;
}

/** The distinctive words of the quarter's requests, per topic (the top 10's) and per region. */
export interface ContentKeywords {
  /** `inDraft`: the analyst chose these words for the draft of the analytical part. */
  byTopic: { topic: string; words: string[]; inDraft: boolean }[];
  byRegion: { code: RegionCode; words: string[]; inDraft: boolean }[];
}

export interface DraftKeywordsKept {
  scope: 'topic' | 'region';
  subject: string;
  inDraft: boolean;
}
