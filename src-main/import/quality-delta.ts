// What an import adds to the quality rollups (db/quality-rollups.ts), counted as its rows are stored, beside the
// main rollups' delta (rollup-delta.ts) whose calls it forwards. On the storing thread, the import's bottleneck:
// a few string keys into Maps a row, applied at the end. The repeats and multiple applicants, which depend on the
// applicant's other requests, are counted in SQL at the end for the import's applicants.
import type { Store } from '../db/client';
import { statutoryDays, statutoryDeadline } from '../db/quality-terms';
import { addQualityRows, CELLS, DISTRICTS, JUDGED, SERVICE, type QualityValue } from '../db/quality-rollups';
import type { QualityTable } from '../db/quality-fold';
import type { RequestRecord } from '../shared/request-record';
import type { RollupDelta } from './rollup-delta';

const SEP = '\u0001';
const NULL = '\u0000';
const enc = (v: string | number | null) => (v === null ? NULL : String(v));
const dec = (s: string) => (s === NULL ? null : s);
const num = (s: string) => (s === NULL ? null : Number(s));
const inc = (sums: number[], i: number, by = 1) => (sums[i] = (sums[i] ?? 0) + by);

/**
 * The main rollups' delta, with the quality rollups' counted alongside; `since` is the last request id before the
 * import, so that its applicants' requests are told from those stored before.
 */
export function withQualityDelta(rollups: RollupDelta, since: number): RollupDelta {
  // Per key: the summed columns of the table, in its order.
  const cells = new Map<string, number[]>();
  const horizon = new Map<string, string>();
  const judged = new Map<string, number>();
  const service = new Map<string, number[]>();
  const districts = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  const addCell = (r: RequestRecord) => {
    const key =
      r.quarter +
      SEP +
      enc(r.channel) +
      SEP +
      enc(r.language) +
      SEP +
      enc(r.category) +
      SEP +
      enc(r.requestType) +
      SEP +
      enc(r.result);
    let c = cells.get(key);
    if (!c) cells.set(key, (c = [0, 0, 0, 0, 0, 0, 0]));
    inc(c, 0);
    if (r.repeatFlag !== null) inc(c, 1);
    if (r.iinHash || r.phoneHash) inc(c, 2);
    if (r.answeredAt !== null) inc(c, 3);
    if (r.deadline !== null) inc(c, 4);
    if (r.waitSeconds !== null) inc(c, 5);
    if (r.rating !== null) inc(c, 6);
    const last = r.answeredAt !== null && r.answeredAt > r.receivedAt ? r.answeredAt : r.receivedAt;
    const h = horizon.get(key);
    if (h === undefined || last > h) horizon.set(key, last);
  };

  const addJudged = (r: RequestRecord, topicId: number | null) => {
    const days = statutoryDays(r.requestType);
    if (days === null) return;
    const due = r.deadline ?? statutoryDeadline(r.receivedAt.slice(0, 10), days);
    const state = r.answeredAt === null ? 'open' : r.answeredAt.slice(0, 10) <= due ? 'onTime' : 'late';
    const open = state === 'open' ? due : NULL;
    const tail = SEP + state + SEP + open;
    bump(
      judged,
      r.quarter + SEP + 'type' + SEP + enc(r.requestType) + SEP + (r.deadline !== null ? '1' : '0') + tail,
    );
    if (state === 'onTime') return;
    bump(judged, r.quarter + SEP + 'topic' + SEP + enc(topicId) + SEP + '0' + tail);
    bump(judged, r.quarter + SEP + 'region' + SEP + enc(r.regionCode) + SEP + '0' + tail);
  };

  const addService = (r: RequestRecord) => {
    if (r.waitSeconds === null && r.rating === null && r.callSeconds === null) return;
    const key = r.quarter + SEP + enc(r.channel) + SEP + r.receivedAt.slice(0, 7) + SEP + enc(r.waitSeconds);
    let s = service.get(key);
    if (!s) service.set(key, (s = [0, 0, 0, 0, 0, 0, 0, 0]));
    inc(s, 0);
    if (r.callSeconds !== null) {
      inc(s, 1);
      inc(s, 2, r.callSeconds);
    }
    if (r.rating !== null && r.rating >= 1 && r.rating <= 5) inc(s, 2 + r.rating);
  };

  const rows = (): Map<QualityTable, [string, ...QualityValue[]][]> => {
    const out = new Map<QualityTable, [string, ...QualityValue[]][]>();
    out.set(
      CELLS,
      [...cells].map(([key, sums]) => {
        const [q, channel, language, category, type, result] = key.split(SEP) as [string, ...string[]];
        const keys = [channel, language, category, type, result].map((v) => dec(v as string));
        return [q, ...keys, ...sums, horizon.get(key) ?? ''];
      }),
    );
    out.set(
      JUDGED,
      [...judged].map(([key, n]) => {
        const [q, dim, value, given, state, due] = key.split(SEP) as [
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        const v = dec(value);
        return [
          q,
          dim,
          dim === 'type' ? v : null,
          dim === 'topic' ? num(value) : null,
          dim === 'region' ? v : null,
          Number(given),
          state,
          dec(due),
          n,
        ];
      }),
    );
    out.set(
      SERVICE,
      [...service].map(([key, sums]) => {
        const [q, channel, month, wait] = key.split(SEP) as [string, string, string, string];
        return [q, dec(channel), month, num(wait), ...sums];
      }),
    );
    out.set(
      DISTRICTS,
      [...districts].map(([key, n]) => {
        const [q, region, topic, ...district] = key.split(SEP) as [string, string, string, ...string[]];
        return [q, dec(region), district.join(SEP), num(topic), n];
      }),
    );
    return out;
  };

  return {
    add(r, topicId) {
      rollups.add(r, topicId);
      addCell(r);
      addJudged(r, topicId);
      addService(r);
      // The district last in its key: free text, it may hold any character.
      if (r.district !== null)
        bump(districts, r.quarter + SEP + enc(r.regionCode) + SEP + enc(topicId) + SEP + r.district);
    },
    apply(store: Store, centerId: number) {
      rollups.apply(store, centerId);
      addQualityRows(store.sqlite, centerId, since, rows());
    },
  };
}
