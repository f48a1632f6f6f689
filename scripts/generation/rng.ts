// The seeded PRNG (mulberry32) and weighted picks shared by the sample generator (generate-sample.ts) and the
// benchmark's (bench/requests.ts), so that both write the same data on every machine and every run.
import { mulberry32 } from '../../src-main/content/random';
import type { Weighted } from '../sample-vocabulary';

export class Rng {
  /** A float in [0, 1). */
  readonly float: () => number;
  constructor(seed: number) {
    this.float = mulberry32(seed);
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** A weighted pick that sums the weights on each call (see Table for a list picked from many times). */
  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.float() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/**
 * A weighted list with its cumulative weights, for picks without re-summing the weights each time. Its
 * comparisons differ from Rng.weighted's subtractions in the last bits, so the two are not interchangeable
 * where the output must stay byte for byte the same.
 */
export class Table<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;
  constructor(items: Weighted<T>) {
    if (items.length === 0) throw new Error('weighted pick from an empty list');
    this.values = items.map(([v]) => v);
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    items.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }
  pick(rng: Rng): T {
    const r = rng.float() * this.total;
    const c = this.cumulative;
    let i = 0;
    while (i < c.length - 1 && (c[i] as number) <= r) i++;
    return this.values[i] as T;
  }
}
