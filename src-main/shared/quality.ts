// The contact center's service quality and the appeals dimensions that exports may carry
// beyond the Methodology's own (channels, language, categories, repeats, answers, wait, rating, districts).
// Pure types and constants: bundled into the renderer; what `analyze --json` prints under `service`.
import type { AnsweredPeriod } from './analysis';
import type { RegionCode, RequestLanguage } from './domain';

/** Sources and channels of requests named by the appeals practice and the Rules of 1414. */
export const CHANNELS = [
  'phone',
  'website',
  'email',
  'messenger',
  'socialNetwork',
  'egov',
  'virtualReception',
  'mobileApp',
  'paper',
  'visit',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Categories of the question in the appeals practice: strategic, typical, complaint. */
export const CATEGORIES = ['strategic', 'typical', 'complaint'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Types of request: the administrative-procedure kinds of appeal (application, complaint, proposal, request,
 * response, message) plus the contact center's own consultation (answered on the line), and other.
 */
export const REQUEST_TYPES = [
  'application',
  'complaint',
  'proposal',
  'request',
  'response',
  'message',
  'consultation',
  'other',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** The nature of the answer. */
export const RESULTS = ['satisfied', 'explained', 'refused', 'forwarded', 'other'] as const;
export type AnswerResult = (typeof RESULTS)[number];

/** How many calendar days back an earlier request of the same applicant on the same topic makes a repeat. */
export const REPEAT_WINDOW_DAYS = 90;
/** An applicant with at least this many requests in the quarter, on any topics, makes them multiple. */
export const MULTIPLE_MIN_REQUESTS = 3;
/** The Rules of 1414: the average wait on the line is at most 40 seconds. */
export const WAIT_TARGET_SECONDS = 40;

/**
 * Working days to answer, by type, where the export gives no deadline: the Administrative Procedural Code of
 * Kazakhstan (applications and appeals 15 working days, complaints 20). Null: no written answer is due
 * (a message, or a consultation given on the line), so timeliness is not judged.
 */
export const STATUTORY_WORKING_DAYS: Readonly<Record<RequestType, number | null>> = {
  application: 15,
  complaint: 20,
  proposal: 15,
  request: 15,
  response: 15,
  message: null,
  consultation: null,
  other: 15,
};

/**
 * Per-quarter count against the comparison period: the shape of every "by" list below. A list holds every value
 * present in either period, by count descending, then the comparison period's count descending, then the key;
 * 'unspecified' (or a null topic) last, and only when some request lacks the value. A dimension neither period
 * has a single value of (byChannel, byLanguage, byCategory, byType, results) gives an empty list.
 */
export interface Counted {
  count: number;
  previousCount: number;
}

export interface ChannelCount extends Counted {
  channel: Channel | 'unspecified';
}
export interface LanguageCount extends Counted {
  language: RequestLanguage | 'unspecified';
}
export interface CategoryCount extends Counted {
  category: Category | 'unspecified';
}
export interface TypeCount extends Counted {
  type: RequestType | 'unspecified';
}
export interface ResultCount extends Counted {
  result: AnswerResult | 'unspecified';
}
export interface TopicCount extends Counted {
  /** The topic's catalog name; null for requests without a topic. */
  topic: string | null;
}
export interface RegionCount extends Counted {
  region: RegionCode | 'unspecified';
}
export interface DistrictCount extends Counted {
  region: RegionCode | 'unspecified';
  /** The district or city as the export writes it, spaces tidied. */
  district: string;
  /**
   * The district's leading questions in the quarter (the problem issues of its map): its LEADING_TOPICS most
   * frequent topics among those asked at least LEADING_MIN_REQUESTS times there (one request is no issue).
   */
  leading: { topic: string; count: number }[];
}

/** How many of a district's topics `leading` names, and how often each must have been asked. */
export const LEADING_TOPICS = 3;
export const LEADING_MIN_REQUESTS = 2;

export interface Repeats {
  windowDays: number;
  multipleMinRequests: number;
  /** Requests the export marks as repeated. */
  flagged: number;
  /** Requests not marked that the same applicant (hashed IIN or phone) made on the same topic within the window. */
  found: number;
  /** flagged + found (a request both marked and found counts once, as flagged). */
  total: number;
  previousTotal: number;
  /** Requests whose applicant is known (IIN or phone), which is what `found` can see. */
  identified: number;
  byTopic: TopicCount[];
  byRegion: RegionCount[];
  /** Applicants with at least multipleMinRequests requests in the quarter, and those requests. */
  multiple: { applicants: number; requests: number; previousApplicants: number; previousRequests: number };
}

export interface Timeliness {
  /**
   * Requests a deadline applies to (given, or the statutory one) with a type that needs an answer:
   * onTime + late + overdueUnanswered + pending. None in a period whose export has no answer date and no deadline.
   */
  judged: number;
  onTime: number;
  late: number;
  /**
   * No answer date and the deadline before the quarter's last day, or before the last date the data knows of
   * (its latest received or answer date) when that comes first: a quarter still in progress.
   */
  overdueUnanswered: number;
  /** No answer date and the deadline on or after that day: not decided yet. */
  pending: number;
  /** onTime / (onTime + late + overdueUnanswered), percent with one decimal; null when none. */
  onTimePercent: number | null;
  previousOnTimePercent: number | null;
  /** How many judged requests had their deadline from the export (the rest: the statutory term). */
  deadlineGiven: number;
}

/** Every type present in either period, most judged first, then in REQUEST_TYPES order, 'unspecified' last. */
export interface TypeTimeliness extends Timeliness {
  type: RequestType | 'unspecified';
  statutoryWorkingDays: number | null;
}

export interface Answers {
  timeliness: Timeliness;
  byType: TypeTimeliness[];
  /** Late or overdue unanswered requests. */
  overdueByTopic: TopicCount[];
  overdueByRegion: RegionCount[];
  results: ResultCount[];
}

export interface WaitStats {
  /** Calls with a wait time (any request with one, whatever its channel). */
  calls: number;
  /** One decimal. */
  averageSeconds: number | null;
  /** Nearest rank: the ⌈0.9 × calls⌉-th smallest wait. */
  p90Seconds: number | null;
  /** Share of calls answered within WAIT_TARGET_SECONDS, percent with one decimal. */
  within40Percent: number | null;
}

export interface RatingStats {
  rated: number;
  /** Two decimals. */
  average: number | null;
  /** Counts of the ratings 1..5, index 0 holding 1. */
  distribution: [number, number, number, number, number];
}

export interface QualitySlice {
  wait: WaitStats;
  rating: RatingStats;
  /** Average call duration in seconds, where given; one decimal. */
  averageDurationSeconds: number | null;
}

export interface Quality extends QualitySlice {
  previous: QualitySlice;
  /** Channels with a wait, a rating or a duration in the quarter, in CHANNELS order, 'unspecified' last. */
  byChannel: (QualitySlice & { channel: Channel | 'unspecified' })[];
  /** The quarter's three months, 'YYYY-MM', even when one has no calls. */
  byMonth: (QualitySlice & { month: string })[];
}

export interface Criterion {
  /** Points on the evaluation's scale, one decimal; null when the base is empty. */
  points: number | null;
  max: number;
  /** The share the points are proportional to, percent with one decimal (for `repeated`: the share not repeated). */
  percent: number | null;
  /**
   * Requests the share is taken over: for timeliness the base's decided ones (on time, late, overdue), for
   * repeated the whole base, for satisfied the base's requests with a result.
   */
  base: number;
}

/**
 * An estimate of the complaints-and-appeals criteria of the evaluation of state bodies' interaction with
 * citizens, taken proportionally over the quarter's applications and complaints (every judged request when no
 * request of the quarter has a type): timeliness 40 × on-time share, repeated 40 × (1 − repeated share),
 * satisfied 20 × satisfied share of those with a result.
 */
export interface SelfAssessment {
  timeliness: Criterion;
  repeated: Criterion;
  satisfied: Criterion;
  /** Sum of the criteria that have points; null when none has. */
  total: number | null;
  max: 100;
}

/** Which of the optional fields the quarter's requests carry (how many requests have each). */
export interface Coverage {
  channel: number;
  language: number;
  category: number;
  type: number;
  repeatFlag: number;
  applicant: number;
  answeredAt: number;
  deadline: number;
  result: number;
  waitSeconds: number;
  rating: number;
  district: number;
}

export interface QualityAnalysis extends AnsweredPeriod {
  /** Requests of the quarter and the comparison period that the rows below are counted from (0 when purged). */
  total: number;
  previousTotal: number;
  /** The retention setting removed the quarter's (or the comparison period's) requests: only their totals remain. */
  purged: { quarter: boolean; previous: boolean };
  coverage: Coverage;
  byChannel: ChannelCount[];
  byLanguage: LanguageCount[];
  byCategory: CategoryCount[];
  byType: TypeCount[];
  repeats: Repeats;
  answers: Answers;
  quality: Quality;
  districts: DistrictCount[];
  selfAssessment: SelfAssessment;
}
