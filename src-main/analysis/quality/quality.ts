// Service quality of the line: wait before the answer, the consultant's rating, the call's length; by channel
// and by month. Every request with a wait time counts as a call, whatever its channel.
import {
  CHANNELS,
  WAIT_TARGET_SECONDS,
  type Channel,
  type Quality,
  type QualitySlice,
} from '../../shared/quality';
import { percent, round1, round2 } from './percent';
import { monthOf, type QualityRow } from './rows';

/**
 * The nearest-rank percentile: the smallest value with at least p % of the values at or below it, i.e. the
 * ⌈p/100 × n⌉-th smallest value (no interpolation, always a value that occurred). Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, v) => a + v, 0) / values.length;

/**
 * Wait: average (one decimal), 90th percentile (nearest rank), share answered within WAIT_TARGET_SECONDS (the
 * wait ≤ 40 s; percent, one decimal). Rating: average (two decimals) and the count of each mark 1..5. Average
 * call duration (one decimal). Nulls where no request has the value.
 */
export function slice(rows: readonly QualityRow[]): QualitySlice {
  const waits: number[] = [];
  const durations: number[] = [];
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let rated = 0;
  let ratingSum = 0;
  let within = 0;
  for (const r of rows) {
    if (r.waitSeconds !== null) {
      waits.push(r.waitSeconds);
      if (r.waitSeconds <= WAIT_TARGET_SECONDS) within++;
    }
    if (r.callSeconds !== null) durations.push(r.callSeconds);
    if (r.rating !== null && r.rating >= 1 && r.rating <= 5) {
      rated++;
      ratingSum += r.rating;
      distribution[r.rating - 1] = (distribution[r.rating - 1] ?? 0) + 1;
    }
  }
  const averageWait = mean(waits);
  const averageDuration = mean(durations);
  return {
    wait: {
      calls: waits.length,
      averageSeconds: averageWait === null ? null : round1(averageWait),
      p90Seconds: percentile(waits, 90),
      within40Percent: percent(within, waits.length),
    },
    rating: { rated, average: rated === 0 ? null : round2(ratingSum / rated), distribution },
    averageDurationSeconds: averageDuration === null ? null : round1(averageDuration),
  };
}

const hasQuality = (r: QualityRow) => r.waitSeconds !== null || r.rating !== null || r.callSeconds !== null;

/** The quarter's three months, 'YYYY-MM'. */
export function monthsOf(quarter: string): string[] {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(-1));
  return [1, 2, 3].map((k) => `${year}-${String((q - 1) * 3 + k).padStart(2, '0')}`);
}

/**
 * The quarter's slice, the comparison period's, one per channel that has a wait, a rating or a duration in
 * the quarter (in the order of CHANNELS, the unspecified last), and one per month of the quarter, all three.
 */
export function quality(
  quarter: string,
  current: readonly QualityRow[],
  previous: readonly QualityRow[],
): Quality {
  const perChannel = new Map<Channel | null, QualityRow[]>();
  const perMonth = new Map<string, QualityRow[]>(monthsOf(quarter).map((m) => [m, []]));
  for (const r of current) {
    if (!hasQuality(r)) continue;
    const list = perChannel.get(r.channel);
    if (list) list.push(r);
    else perChannel.set(r.channel, [r]);
    perMonth.get(monthOf(r.receivedAt))?.push(r);
  }
  const order = (c: Channel | null) => (c === null ? CHANNELS.length : CHANNELS.indexOf(c));
  return {
    ...slice(current),
    previous: slice(previous),
    byChannel: [...perChannel.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([channel, rows]) => ({ channel: channel ?? 'unspecified', ...slice(rows) })),
    byMonth: [...perMonth.entries()].map(([month, rows]) => ({ month, ...slice(rows) })),
  };
}
