// Service quality of the line: wait before the answer, the consultant's rating, the call's length; by channel
// and by month. Every request with a wait time counts as a call, whatever its channel.
import type { ServiceCell } from '../../db/quality-rollup-reads';
import {
  CHANNELS,
  WAIT_TARGET_SECONDS,
  type Channel,
  type Quality,
  type QualitySlice,
} from '../../shared/quality';
import { percent, round1, round2 } from './percent';

/**
 * The nearest-rank percentile of values counted in a histogram (value → how many): the smallest value with at
 * least p % of the values at or below it, i.e. the ⌈p/100 × n⌉-th smallest value (no interpolation, always a
 * value that occurred). Null for no values.
 */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  let total = 0;
  for (const n of histogram.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  const values = Float64Array.from(histogram.keys()).sort();
  let seen = 0;
  for (const v of values) {
    seen += histogram.get(v) ?? 0;
    if (seen >= rank) return v;
  }
  return values[values.length - 1] as number;
}

/**
 * Wait: average (one decimal), 90th percentile (nearest rank), share answered within WAIT_TARGET_SECONDS (the
 * wait ≤ 40 s; percent, one decimal). Rating: average (two decimals) and the count of each mark 1..5. Average
 * call duration (one decimal). Nulls where no request has the value.
 */
export function slice(cells: readonly ServiceCell[]): QualitySlice {
  const waits = new Map<number, number>();
  let calls = 0;
  let waitSum = 0;
  let within = 0;
  let durations = 0;
  let durationSum = 0;
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const c of cells) {
    if (c.waitSeconds !== null) {
      waits.set(c.waitSeconds, (waits.get(c.waitSeconds) ?? 0) + c.n);
      calls += c.n;
      waitSum += c.waitSeconds * c.n;
      if (c.waitSeconds <= WAIT_TARGET_SECONDS) within += c.n;
    }
    durations += c.calls;
    durationSum += c.callSeconds;
    c.ratings.forEach((n, i) => (distribution[i] = (distribution[i] ?? 0) + n));
  }
  const rated = distribution.reduce((a, n) => a + n, 0);
  const ratingSum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return {
    wait: {
      calls,
      averageSeconds: calls === 0 ? null : round1(waitSum / calls),
      p90Seconds: percentile(waits, 90),
      within40Percent: percent(within, calls),
    },
    rating: { rated, average: rated === 0 ? null : round2(ratingSum / rated), distribution },
    averageDurationSeconds: durations === 0 ? null : round1(durationSum / durations),
  };
}

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
  current: readonly ServiceCell[],
  previous: readonly ServiceCell[],
): Quality {
  const perChannel = new Map<Channel | null, ServiceCell[]>();
  const perMonth = new Map<string, ServiceCell[]>(monthsOf(quarter).map((m) => [m, []]));
  for (const c of current) {
    if (c.n <= 0) continue;
    const list = perChannel.get(c.channel);
    if (list) list.push(c);
    else perChannel.set(c.channel, [c]);
    perMonth.get(c.month)?.push(c);
  }
  const order = (c: Channel | null) => (c === null ? CHANNELS.length : CHANNELS.indexOf(c));
  return {
    ...slice(current),
    previous: slice(previous),
    byChannel: [...perChannel.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([channel, cells]) => ({ channel: channel ?? 'unspecified', ...slice(cells) })),
    byMonth: [...perMonth.entries()].map(([month, cells]) => ({ month, ...slice(cells) })),
  };
}
