// What the content analysis of request texts tells the window (§5.1 and §14).
import type { RegionCode } from './domain';

/** How well the topic suggestions do on the analyst's own labelled requests, held out from training. */
export interface SuggestionQuality {
  /** Labelled requests learnt from (the most recent, at most LABELLED_LIMIT). */
  labelled: number;
  /** Held-out requests the shares are measured on. */
  heldOut: number;
  top1: number;
  top3: number;
}

export interface TopicSuggestionItem {
  requestId: number;
  regNumber: string | null;
  receivedAt: string;
  text: string;
  /** The topic it came with, when that one is too vague to count ("Прочие вопросы"), else null. */
  currentTopic: string | null;
  suggestions: { topicId: number; topic: string; confidence: number }[];
}

export interface TopicSuggestions {
  /** Null when there are too few labelled requests to learn from. */
  quality: SuggestionQuality | null;
  /** Requests of the selection without a usable topic. */
  total: number;
  /** The first of them (at most ITEM_LIMIT), oldest first. */
  items: TopicSuggestionItem[];
}

export interface NewIssueGroup {
  size: number;
  /** Its requests, for making it a topic of its own. */
  requestIds: number[];
  /** The language of most of its texts: groups form per language. */
  language: 'ru' | 'kk';
  /**
   * False when the comparison period has next to no texts in that language: then the group may be an
   * old question asked in the other language, and is not called new.
   */
  comparable: boolean;
  keywords: string[];
  examples: { regNumber: string | null; text: string }[];
  /** Requests of the comparison period that resemble the group. */
  previousMatches: number;
}

export interface NewIssues {
  quarter: string;
  previousQuarter: string;
  groups: NewIssueGroup[];
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
