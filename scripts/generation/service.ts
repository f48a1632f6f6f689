// The service fields of the sample's requests: category, type, repeat mark, answer date, deadline,
// result, wait on the line, call duration, the consultant's rating and the applicant's phone.
//
// They are drawn from a seeded stream of their own, after every other value of the sample is drawn, so the
// columns the sample had before keep every value. One plan per request: a request written in two exports
// (the Kazakh file and the CSV overlap) gets the same values in both.
//
// Planted on purpose, so that the service analysis has something to find:
// - about a tenth of the requests reuse the phone of an earlier applicant, and some of those come back on
//   the same topic within 2 to 75 days (a repeat, across the Q2 → Q3 border too); most of those are marked
//   'Да', the rest are left for the analysis to find; a few unrelated requests are marked 'Да' as well;
// - answers late by at least 3 working days, or on time by at least 2 (so no calendar subtlety can move
//   them), and some never answered; none after the export date;
// - Q3 worse than Q2: longer waits (growing month by month), lower ratings, more late answers and repeats.
import { addWorkingDays } from '../../src-main/calendar/working-days';
import type { LocalDate } from '../../src-main/shared/domain';
import {
  PHONE_CODES,
  type CategoryId,
  type RequestTypeId,
  type ResultId,
  type Weighted,
} from '../sample-vocabulary';
import { pad } from './fields';
import { Rng } from './rng';
import { headersOf, KK_APPEAL_COLUMNS, RU_APPEAL_COLUMNS } from '../../test/fixtures/export-headers';

const DAY_MS = 86_400_000;

export const RU_SERVICE_HEADER = headersOf(RU_APPEAL_COLUMNS);

export const KK_SERVICE_HEADER = headersOf(KK_APPEAL_COLUMNS);

/** What the plan needs to know of a request. */
export interface QualityInput {
  readonly quarter: 'Q2' | 'Q3';
  /** Receipt, UTC milliseconds standing for the local date-time. */
  readonly at: number;
  /** The topic's catalog name. */
  readonly topic: string;
  /** Came by phone (the 1414 line): wait, duration and rating apply. */
  readonly phone: boolean;
  readonly sex: 'F' | 'M';
  readonly age: number;
  /**
   * The export shows the applicant's IIN. Such a request keeps a phone of its own: an applicant found by
   * phone is then the same whether the analysis keys applicants by IIN first or by either.
   */
  readonly iinShown: boolean;
}

export interface Service {
  readonly category: CategoryId;
  readonly type: RequestTypeId;
  readonly repeat: boolean;
  /** Answer date-time (UTC ms standing for local time); null when none was given (yet). */
  readonly answeredAt: number | null;
  /** The deadline written in the export (UTC ms of the date); null: the statutory term applies. */
  readonly deadline: number | null;
  /** The deadline that decides timeliness: the written one, else the statutory term; null when none is due. */
  readonly effectiveDeadline: number | null;
  readonly result: ResultId | null;
  readonly waitSeconds: number | null;
  /** Written as 'мм:сс' where the export is CSV. */
  readonly waitAsClock: boolean;
  readonly callSeconds: number | null;
  readonly rating: number | null;
  /** The phone as the operator typed it; null when not recorded. */
  readonly phone: string | null;
  /** The phone's 11 digits (7XXXXXXXXXX), the applicant's identity. */
  readonly phoneKey: string | null;
  /** Written as text rather than a date cell where the export is a workbook. */
  readonly datesAsText: boolean;
}

interface QuarterParams {
  readonly strategic: number;
  readonly complaint: number;
  /** Share of requests with a phone that reuse an earlier applicant's phone. */
  readonly reuse: number;
  /** Share of those reuses that come back on the same topic. */
  readonly sameTopic: number;
  /** Share of the same-topic returns the CRM marks 'Да'. */
  readonly flagRepeat: number;
  /** Share of the other requests marked 'Да' all the same (the applicant said so). */
  readonly flagNoise: number;
  readonly unanswered: number;
  readonly late: number;
  /** Median wait per month of the quarter, seconds. */
  readonly waitMedian: readonly [number, number, number];
  /** Weights of the ratings 1..5. */
  readonly ratings: readonly [number, number, number, number, number];
}

const PARAMS: Readonly<Record<'Q2' | 'Q3', QuarterParams>> = {
  Q2: {
    strategic: 0.02,
    complaint: 0.075,
    reuse: 0.12,
    sameTopic: 0.6,
    flagRepeat: 0.6,
    flagNoise: 0.012,
    unanswered: 0.03,
    late: 0.06,
    waitMedian: [23, 22, 24],
    ratings: [3, 3, 7, 22, 65],
  },
  Q3: {
    strategic: 0.02,
    complaint: 0.09,
    reuse: 0.11,
    sameTopic: 0.35,
    flagRepeat: 0.6,
    flagNoise: 0.015,
    unanswered: 0.04,
    late: 0.11,
    waitMedian: [25, 26, 28],
    ratings: [4, 4, 9, 25, 58],
  },
};

/** A log-normal wait: median × e^(σz); σ puts about 15 % of the calls over 40 s at a median of 24 s. */
const WAIT_SIGMA = 0.5;
const CALL_MEDIAN = 165;
const CALL_SIGMA = 0.55;
/** Phone recorded: nearly always for a call (caller ID), about two thirds of written requests. */
const PHONE_SHARE_CALL = 0.96;
const PHONE_SHARE_WRITTEN = 0.65;
/** Deadline written in the export for this share of the requests that need an answer. */
const DEADLINE_GIVEN = 0.7;
/** A same-topic return comes 2 to 75 days later; an unrelated reuse never within 100 days of its topic. */
const SAME_TOPIC_MIN_DAYS = 2;
const SAME_TOPIC_MAX_DAYS = 75;
const UNRELATED_MAX_DAYS = 180;
const UNRELATED_TOPIC_GAP_DAYS = 100;
/** How many requests one phone may carry. */
const MAX_USES = 5;

const PHONE_TYPES: Weighted<RequestTypeId> = [
  ['consultation', 86],
  ['application', 6],
  ['request', 4],
  ['message', 2],
  ['proposal', 1],
  ['response', 1],
];
const WRITTEN_TYPES: Weighted<RequestTypeId> = [
  ['application', 50],
  ['request', 20],
  ['proposal', 10],
  ['message', 10],
  ['response', 6],
  ['consultation', 4],
];
const STRATEGIC_TYPES: Weighted<RequestTypeId> = [
  ['proposal', 5],
  ['application', 3],
  ['request', 2],
];
const RESULTS_COMPLAINT: Weighted<ResultId> = [
  ['satisfied', 28],
  ['explained', 40],
  ['refused', 22],
  ['forwarded', 5],
  ['notConsidered', 5],
];
const RESULTS_ANSWERED: Weighted<ResultId> = [
  ['satisfied', 38],
  ['explained', 42],
  ['refused', 9],
  ['forwarded', 8],
  ['notConsidered', 3],
];
const RESULTS_CONSULTATION: Weighted<ResultId> = [
  ['explained', 88],
  ['forwarded', 7],
  ['satisfied', 5],
];
const RESULTS_MESSAGE: Weighted<ResultId | null> = [
  [null, 60],
  ['explained', 25],
  ['notConsidered', 15],
];

/** How an operator types the number: +7 701 555 12 34, 87015551234, +7 (701) 555-12-34… */
const PHONE_SPELLINGS: Weighted<(code: string, a: string, b: string, c: string) => string> = [
  [(k, a, b, c) => `+7 ${k} ${a} ${b} ${c}`, 30],
  [(k, a, b, c) => `8 ${k} ${a} ${b} ${c}`, 15],
  [(k, a, b, c) => `8${k}${a}${b}${c}`, 15],
  [(k, a, b, c) => `+7 (${k}) ${a}-${b}-${c}`, 12],
  [(k, a, b, c) => `7${k}${a}${b}${c}`, 8],
  [(k, a, b, c) => `7${k} ${a}-${b}-${c}`, 8],
  [(k, a, b, c) => `8-${k}-${a}-${b}-${c}`, 7],
  [(k, a, b, c) => `+7${k}${a}${b}${c}`, 5],
];

export const toLocalDate = (ms: number): LocalDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
export const fromLocalDate = (d: LocalDate): number => Date.UTC(d.year, d.month - 1, d.day);
/** The calendar day of UTC milliseconds, as a day number. */
export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

/** Working days the law gives to answer, by type; null when no written answer is due. */
export function statutoryDays(type: RequestTypeId): number | null {
  if (type === 'consultation' || type === 'message') return null;
  return type === 'complaint' ? 20 : 15;
}

function gaussian(rng: Rng): number {
  const u = 1 - rng.float();
  const v = rng.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function monthOfQuarter(ms: number): 0 | 1 | 2 {
  return (new Date(ms).getUTCMonth() % 3) as 0 | 1 | 2;
}

function atWorkingHours(rng: Rng, day: LocalDate, seconds: boolean): number {
  const hour = rng.int(9, 17);
  const minute = rng.int(0, 59);
  const second = seconds ? rng.int(0, 59) : 0;
  return fromLocalDate(day) + ((hour * 60 + minute) * 60 + second) * 1000;
}

interface Planned {
  readonly input: QualityInput;
  phoneKey: string | null;
}

/**
 * The plan for the requests in time order (Q2, then Q3). `cutoff`: the export date, after which no answer is
 * written; `quarterEnds`: the last day of each quarter (UTC ms), around which no request stays unanswered so
 * that "overdue at the end of the quarter" does not hang on how the deadline is counted.
 */
export function planService(
  inputs: readonly QualityInput[],
  seed: number,
  cutoff: number,
  quarterEnds: Readonly<Record<'Q2' | 'Q3', number>>,
): Service[] {
  const rng = new Rng(seed);
  const planned: Planned[] = [];
  const byPhone = new Map<string, number[]>();
  const used = new Set<string>();

  const newPhone = (): string => {
    for (;;) {
      const key = `7${rng.pick(PHONE_CODES)}555${pad(rng.int(0, 9999), 4)}`;
      if (!used.has(key)) {
        used.add(key);
        return key;
      }
    }
  };
  /** Some earlier request of this phone is on `topic` within `days` calendar days of `at`. */
  const sameTopicWithin = (key: string, topic: string, at: number, days: number): boolean =>
    (byPhone.get(key) ?? []).some((j) => {
      const p = planned[j]?.input;
      return p !== undefined && p.topic === topic && dayOf(at) - dayOf(p.at) <= days;
    });
  const reusable = (p: Planned): p is Planned & { phoneKey: string } =>
    p.phoneKey !== null && !p.input.iinShown && (byPhone.get(p.phoneKey)?.length ?? 0) < MAX_USES;
  /** Among the candidates, those of the same sex and about the same age, else of the same sex. */
  const alike = (r: QualityInput, list: readonly (Planned & { phoneKey: string })[]) => {
    const close = list.filter((p) => p.input.sex === r.sex && Math.abs(p.input.age - r.age) <= 1);
    return close.length > 0 ? close : list.filter((p) => p.input.sex === r.sex);
  };

  const drawPhoneKey = (r: QualityInput, i: number, params: QuarterParams): string => {
    if (r.iinShown || !rng.chance(params.reuse)) return newPhone();
    const earlier: (Planned & { phoneKey: string })[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const p = planned[j] as Planned;
      if (r.at - p.input.at > UNRELATED_MAX_DAYS * DAY_MS) break;
      if (reusable(p) && r.at - p.input.at >= SAME_TOPIC_MIN_DAYS * DAY_MS) earlier.push(p);
    }
    if (rng.chance(params.sameTopic)) {
      const same = alike(
        r,
        earlier.filter((p) => p.input.topic === r.topic && r.at - p.input.at <= SAME_TOPIC_MAX_DAYS * DAY_MS),
      );
      if (same.length > 0) return rng.pick(same).phoneKey;
    }
    const unrelated = alike(
      r,
      earlier.filter((p) => !sameTopicWithin(p.phoneKey, r.topic, r.at, UNRELATED_TOPIC_GAP_DAYS)),
    );
    // Several requests of one phone are candidates once each.
    const distinct = [...new Map(unrelated.map((p) => [p.phoneKey, p])).values()];
    return distinct.length > 0 ? rng.pick(distinct).phoneKey : newPhone();
  };

  const out: Service[] = [];
  inputs.forEach((r, i) => {
    const params = PARAMS[r.quarter];
    const seconds = r.quarter === 'Q3';

    // Category and type.
    const c = rng.float();
    const category: CategoryId =
      c < params.strategic ? 'strategic' : c < params.strategic + params.complaint ? 'complaint' : 'typical';
    const type: RequestTypeId =
      category === 'complaint'
        ? 'complaint'
        : category === 'strategic'
          ? rng.weighted(STRATEGIC_TYPES)
          : rng.weighted(r.phone ? PHONE_TYPES : WRITTEN_TYPES);

    // The applicant's phone, and whether the CRM marks the request as repeated.
    const hasPhone = rng.chance(r.phone ? PHONE_SHARE_CALL : PHONE_SHARE_WRITTEN);
    const phoneKey = hasPhone ? drawPhoneKey(r, i, params) : null;
    const returns = phoneKey !== null && sameTopicWithin(phoneKey, r.topic, r.at, 90);
    const repeat = rng.chance(returns ? params.flagRepeat : params.flagNoise);
    planned.push({ input: r, phoneKey });
    if (phoneKey !== null) byPhone.set(phoneKey, [...(byPhone.get(phoneKey) ?? []), i]);
    let phone: string | null = null;
    if (phoneKey !== null) {
      const spelling = rng.weighted(PHONE_SPELLINGS);
      phone = spelling(phoneKey.slice(1, 4), phoneKey.slice(4, 7), phoneKey.slice(7, 9), phoneKey.slice(9));
    }

    // Deadline and answer.
    const received = toLocalDate(r.at);
    const term = statutoryDays(type);
    let deadline: number | null = null;
    let effectiveDeadline: number | null = null;
    let answeredAt: number | null = null;
    if (term !== null) {
      const given = rng.chance(DEADLINE_GIVEN);
      const days = given
        ? rng.weighted<number>([
            [term, 80],
            [10, 15],
            [5, 5],
          ])
        : term;
      const due = addWorkingDays(received, days);
      effectiveDeadline = fromLocalDate(due);
      if (given) deadline = effectiveDeadline;
      const o = rng.float();
      const outcome =
        o < params.unanswered ? 'none' : o < params.unanswered + params.late ? 'late' : 'onTime';
      const onTime = () =>
        atWorkingHours(rng, addWorkingDays(received, rng.int(1, Math.max(1, days - 2))), seconds);
      if (outcome === 'onTime') answeredAt = onTime();
      else if (outcome === 'late')
        answeredAt = atWorkingHours(rng, addWorkingDays(due, rng.int(3, 12)), seconds);
      if (answeredAt !== null && answeredAt > cutoff) answeredAt = null;
      // Nothing left unanswered with its deadline close to the quarter's end: answered on time instead.
      if (answeredAt === null && Math.abs(dayOf(effectiveDeadline) - dayOf(quarterEnds[r.quarter])) <= 3)
        answeredAt = onTime();
    } else if (type === 'consultation' && !r.phone) {
      // A consultation in a chat or by mail: answered within hours.
      const minutes = rng.int(5, 180);
      answeredAt = r.at + minutes * 60_000 + (seconds ? rng.int(0, 59) * 1000 : 0);
    }

    // Result.
    let result: ResultId | null;
    if (type === 'consultation') result = rng.weighted(RESULTS_CONSULTATION);
    else if (type === 'message') result = rng.weighted(RESULTS_MESSAGE);
    else if (answeredAt === null) result = null;
    else if (rng.chance(0.02)) result = null;
    else result = rng.weighted(type === 'complaint' ? RESULTS_COMPLAINT : RESULTS_ANSWERED);

    // The call: wait, duration, rating.
    let waitSeconds: number | null = null;
    let callSeconds: number | null = null;
    let rating: number | null = null;
    let waitAsClock = false;
    if (r.phone) {
      if (rng.chance(0.97)) {
        const median = params.waitMedian[monthOfQuarter(r.at)];
        waitSeconds = Math.max(1, Math.round(median * Math.exp(WAIT_SIGMA * gaussian(rng))));
      }
      waitAsClock = rng.chance(0.2);
      if (rng.chance(0.97)) {
        const t = Math.round(CALL_MEDIAN * Math.exp(CALL_SIGMA * gaussian(rng)));
        callSeconds = Math.min(1800, Math.max(15, t));
      }
      if (rng.chance(0.68)) {
        const w = [...params.ratings];
        if (waitSeconds !== null && waitSeconds > 60) {
          for (const k of [0, 1, 2]) w[k] = (w[k] ?? 0) * 2.5;
          w[4] = (w[4] ?? 0) * 0.7;
        }
        rating = rng.weighted(w.map((weight, k) => [k + 1, weight] as const));
      }
    }

    out.push({
      category,
      type,
      repeat,
      answeredAt,
      deadline,
      effectiveDeadline,
      result,
      waitSeconds,
      waitAsClock,
      callSeconds,
      rating,
      phone,
      phoneKey,
      datesAsText: rng.chance(0.08),
    });
  });
  return out;
}

/** 'мм:сс' of a number of seconds. */
export function clock(seconds: number): string {
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------
// The figures of the plan per quarter, for resources/sample/README.md and the tests that assert them.

export interface QuarterFigures {
  requests: number;
  category: Record<CategoryId, number>;
  type: Record<RequestTypeId, number>;
  result: Record<ResultId | 'none', number>;
  /** Marked 'Да'. */
  flagged: number;
  /** Same phone, same topic, an earlier request within 90 calendar days (all planted 2–75 days apart). */
  returns: number;
  returnsFlagged: number;
  returnsUnflagged: number;
  /** Returns whose earlier request is in the previous quarter. */
  returnsAcrossQuarters: number;
  withPhone: number;
  /** Requests whose phone carries another request too (any quarter). */
  sharedPhone: number;
  /** Phones with at least 3 requests within the quarter, and those requests. */
  multiplePhones: number;
  multipleRequests: number;
  needsAnswer: number;
  deadlineGiven: number;
  onTime: number;
  late: number;
  unansweredOverdue: number;
  unansweredPending: number;
  calls: number;
  waits: number;
  waitOver40: number;
  waitSum: number;
  waitMedian: number | null;
  waitOver40ByMonth: [number, number, number];
  waitsByMonth: [number, number, number];
  waitSumByMonth: [number, number, number];
  callDurations: number;
  callSum: number;
  rated: number;
  ratingSum: number;
  ratings: [number, number, number, number, number];
}

export function figures(
  inputs: readonly QualityInput[],
  plan: readonly Service[],
  quarter: 'Q2' | 'Q3',
  quarterEnd: number,
): QuarterFigures {
  const zero = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const f: QuarterFigures = {
    requests: 0,
    category: zero(['strategic', 'typical', 'complaint']),
    type: zero(['application', 'complaint', 'proposal', 'request', 'response', 'message', 'consultation']),
    result: zero(['satisfied', 'explained', 'refused', 'forwarded', 'notConsidered', 'none']),
    flagged: 0,
    returns: 0,
    returnsFlagged: 0,
    returnsUnflagged: 0,
    returnsAcrossQuarters: 0,
    withPhone: 0,
    sharedPhone: 0,
    multiplePhones: 0,
    multipleRequests: 0,
    needsAnswer: 0,
    deadlineGiven: 0,
    onTime: 0,
    late: 0,
    unansweredOverdue: 0,
    unansweredPending: 0,
    calls: 0,
    waits: 0,
    waitOver40: 0,
    waitSum: 0,
    waitMedian: null,
    waitOver40ByMonth: [0, 0, 0],
    waitsByMonth: [0, 0, 0],
    waitSumByMonth: [0, 0, 0],
    callDurations: 0,
    callSum: 0,
    rated: 0,
    ratingSum: 0,
    ratings: [0, 0, 0, 0, 0],
  };
  const phoneUses = new Map<string, number[]>();
  plan.forEach((s, i) => {
    if (s.phoneKey !== null) phoneUses.set(s.phoneKey, [...(phoneUses.get(s.phoneKey) ?? []), i]);
  });
  const inQuarter = new Map<string, number>();
  const waits: number[] = [];
  plan.forEach((s, i) => {
    const r = inputs[i] as QualityInput;
    if (r.quarter !== quarter) return;
    f.requests++;
    f.category[s.category]++;
    f.type[s.type]++;
    f.result[s.result ?? 'none']++;
    if (s.repeat) f.flagged++;
    if (s.phoneKey !== null) {
      f.withPhone++;
      const uses = phoneUses.get(s.phoneKey) ?? [];
      if (uses.length > 1) f.sharedPhone++;
      inQuarter.set(s.phoneKey, (inQuarter.get(s.phoneKey) ?? 0) + 1);
      const earlier = uses
        .filter((j) => j < i)
        .map((j) => inputs[j] as QualityInput)
        .filter((p) => p.topic === r.topic && dayOf(r.at) - dayOf(p.at) <= 90);
      if (earlier.length > 0) {
        f.returns++;
        if (s.repeat) f.returnsFlagged++;
        else f.returnsUnflagged++;
        if (earlier.every((p) => p.quarter !== quarter)) f.returnsAcrossQuarters++;
      }
    }
    if (s.effectiveDeadline !== null) {
      f.needsAnswer++;
      if (s.deadline !== null) f.deadlineGiven++;
      if (s.answeredAt !== null) {
        if (dayOf(s.answeredAt) <= dayOf(s.effectiveDeadline)) f.onTime++;
        else f.late++;
      } else if (dayOf(s.effectiveDeadline) <= dayOf(quarterEnd)) f.unansweredOverdue++;
      else f.unansweredPending++;
    }
    if (r.phone) {
      f.calls++;
      const m = monthOfQuarter(r.at);
      if (s.waitSeconds !== null) {
        f.waits++;
        f.waitSum += s.waitSeconds;
        f.waitsByMonth[m]++;
        f.waitSumByMonth[m] += s.waitSeconds;
        waits.push(s.waitSeconds);
        if (s.waitSeconds > 40) {
          f.waitOver40++;
          f.waitOver40ByMonth[m]++;
        }
      }
      if (s.callSeconds !== null) {
        f.callDurations++;
        f.callSum += s.callSeconds;
      }
      if (s.rating !== null) {
        f.rated++;
        f.ratingSum += s.rating;
        f.ratings[(s.rating - 1) as 0 | 1 | 2 | 3 | 4]++;
      }
    }
  });
  for (const n of inQuarter.values()) {
    if (n >= 3) {
      f.multiplePhones++;
      f.multipleRequests += n;
    }
  }
  waits.sort((a, b) => a - b);
  if (waits.length > 0) {
    const mid = waits.length >> 1;
    f.waitMedian =
      waits.length % 2 ? (waits[mid] as number) : ((waits[mid - 1] as number) + (waits[mid] as number)) / 2;
  }
  return f;
}
