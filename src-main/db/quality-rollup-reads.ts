// The quality rollups (db/quality-rollups.ts) of one period, for one center or summed over all: a few thousand
// rows, whatever the number of requests.
import type { RegionCode, RequestLanguage } from '../shared/domain';
import type { AnswerResult, Category, Channel, RequestType } from '../shared/quality';
import type { Store } from './client';
import { topicNames } from './topics';

export interface QualityCell {
  channel: Channel | null;
  language: RequestLanguage | null;
  category: Category | null;
  requestType: RequestType | null;
  result: AnswerResult | null;
  n: number;
  /** Of the n requests, how many carry each optional field. */
  repeatFlag: number;
  applicant: number;
  answeredAt: number;
  deadline: number;
  waitSeconds: number;
  rating: number;
  /** The latest received or answer stamp of the n requests. */
  horizon: string;
}

export type JudgedState = 'onTime' | 'late' | 'open';

export interface JudgedCell {
  /** 'type': every judged request, by type; 'topic', 'region': the late and unanswered ones. */
  dim: 'type' | 'topic' | 'region';
  requestType: RequestType | null;
  topic: string | null;
  region: RegionCode | null;
  given: boolean;
  state: JudgedState;
  /** An unanswered request's deadline, 'YYYY-MM-DD'. */
  due: string | null;
  n: number;
}

export interface ServiceCell {
  channel: Channel | null;
  month: string;
  waitSeconds: number | null;
  /** Requests with a wait, a rating or a duration. */
  n: number;
  calls: number;
  callSeconds: number;
  ratings: [number, number, number, number, number];
}

export interface DistrictCell {
  region: RegionCode | null;
  /** As stored, untidied. */
  district: string;
  topic: string | null;
  n: number;
}

export interface RepeatCell {
  mark: 'flagged' | 'found';
  requestType: RequestType | null;
  topic: string | null;
  region: RegionCode | null;
  n: number;
}

/** One period's quality rollups. */
export interface QualityCounts {
  cells: QualityCell[];
  judged: JudgedCell[];
  service: ServiceCell[];
  districts: DistrictCell[];
  repeats: RepeatCell[];
  multiple: { applicants: number; requests: number };
}

export const NO_QUALITY_COUNTS: QualityCounts = {
  cells: [],
  judged: [],
  service: [],
  districts: [],
  repeats: [],
  multiple: { applicants: 0, requests: 0 },
};

export interface QualityCountsReader {
  period(quarter: string): QualityCounts;
}

interface Bound {
  quarter: string;
  center?: number;
}

type Raw<T> = Omit<T, 'topic'> & { topicId: number | null };

/** Reads periods of one selection (all centers when `centerId` is null). */
export function qualityCountsReader(store: Store, centerId: number | null): QualityCountsReader {
  const db = store.sqlite;
  const where = `WHERE quarter = @quarter${centerId === null ? '' : ' AND center_id = @center'}`;
  const bound = (quarter: string): Bound => (centerId === null ? { quarter } : { quarter, center: centerId });
  const cells = db.prepare<Bound, QualityCell>(
    `SELECT channel, language, category, request_type AS requestType, result, sum(n) AS n,
       sum(repeat_flag) AS repeatFlag, sum(applicant) AS applicant, sum(answered_at) AS answeredAt,
       sum(deadline) AS deadline, sum(wait_seconds) AS waitSeconds, sum(rating) AS rating, max(horizon) AS horizon
     FROM quality_cells ${where} GROUP BY channel, language, category, request_type, result`,
  );
  const judged = db.prepare<Bound, Omit<Raw<JudgedCell>, 'given'> & { given: number }>(
    `SELECT dim, request_type AS requestType, topic_id AS topicId, region_code AS region, given, state, due,
       sum(n) AS n
     FROM quality_judged ${where} GROUP BY dim, request_type, topic_id, region_code, given, state, due`,
  );
  const service = db.prepare<
    Bound,
    Omit<ServiceCell, 'ratings'> & { r1: number; r2: number; r3: number; r4: number; r5: number }
  >(
    `SELECT channel, month, wait_seconds AS waitSeconds, sum(n) AS n, sum(calls) AS calls,
       sum(call_seconds) AS callSeconds, sum(r1) AS r1, sum(r2) AS r2, sum(r3) AS r3, sum(r4) AS r4, sum(r5) AS r5
     FROM quality_service ${where} GROUP BY channel, month, wait_seconds`,
  );
  const districts = db.prepare<Bound, Raw<DistrictCell>>(
    `SELECT region_code AS region, district, topic_id AS topicId, sum(n) AS n
     FROM quality_districts ${where} GROUP BY region_code, district, topic_id`,
  );
  const repeats = db.prepare<Bound & { scope: string }, Raw<RepeatCell>>(
    `SELECT mark, request_type AS requestType, topic_id AS topicId, region_code AS region, sum(n) AS n
     FROM quality_repeats ${where} AND scope = @scope GROUP BY mark, request_type, topic_id, region_code`,
  );
  const multiple = db.prepare<Bound, { applicants: number; requests: number }>(
    `SELECT applicants, requests FROM quality_multiple WHERE quarter = @quarter AND center_id IS @center`,
  );
  const names = topicNames(store);
  const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? String(id)));
  const named = <T>({ topicId, ...rest }: Raw<T> & { topicId: number | null }) =>
    ({ ...rest, topic: nameOf(topicId) }) as T;

  return {
    period(quarter) {
      const b = bound(quarter);
      return {
        cells: cells.all(b),
        judged: judged.all(b).map((j) => named<JudgedCell>({ ...j, given: j.given === 1 })),
        service: service
          .all(b)
          .map(({ r1, r2, r3, r4, r5, ...s }) => ({ ...s, ratings: [r1, r2, r3, r4, r5] })),
        districts: districts.all(b).map((d) => named<DistrictCell>(d)),
        repeats: repeats
          .all({ ...b, scope: centerId === null ? 'all' : 'center' })
          .map((r) => named<RepeatCell>(r)),
        multiple: multiple.get({ quarter, center: centerId ?? null } as Bound) ?? {
          applicants: 0,
          requests: 0,
        },
      };
    },
  };
}
