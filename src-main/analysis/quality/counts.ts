// Counts of the quarter's requests by one dimension, against the comparison period.
import type { RegionCode } from '../../shared/domain';
import { LEADING_MIN_REQUESTS, LEADING_TOPICS, type DistrictCount } from '../../shared/quality';
import { distance } from 'fastest-levenshtein';
import { districtKey } from './district-key';
import type { DistrictCell } from '../../db/quality-rollup-reads';

export interface Tallied<K> {
  key: K;
  count: number;
  previousCount: number;
}

const collate = new Intl.Collator('ru', { sensitivity: 'variant', numeric: true }).compare;

/**
 * The order of every "by" list: count descending, then the comparison period's count descending, then the
 * key (Russian collation of the code or name); the null key ('unspecified') last whatever its count.
 */
export function byCountThenKey<K extends string | null>(a: Tallied<K>, b: Tallied<K>): number {
  if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
  return (
    b.count - a.count ||
    b.previousCount - a.previousCount ||
    (a.key === null || b.key === null ? 0 : collate(a.key, b.key))
  );
}

/**
 * Every value present in either period (its requests counted, weighted by n), with its counts, in
 * `byCountThenKey` order. Null (the value not given) is listed last and only when some request of either period
 * lacks it; with `nullOnlyWithValues`, a dimension neither period has a single value of gives an empty list
 * rather than a lone "unspecified" holding every request.
 */
export function tally<K extends string>(
  current: Iterable<readonly [K | null, number]>,
  previous: Iterable<readonly [K | null, number]>,
  options: { nullOnlyWithValues?: boolean } = {},
): Tallied<K | null>[] {
  const counts = new Map<K | null, Tallied<K | null>>();
  const add = (cells: Iterable<readonly [K | null, number]>, field: 'count' | 'previousCount') => {
    for (const [k, n] of cells) {
      if (n <= 0) continue;
      let entry = counts.get(k);
      if (!entry) counts.set(k, (entry = { key: k, count: 0, previousCount: 0 }));
      entry[field] += n;
    }
  };
  add(current, 'count');
  add(previous, 'previousCount');
  if (options.nullOnlyWithValues && counts.size === 1 && counts.has(null)) return [];
  return [...counts.values()].sort(byCountThenKey);
}

/** `key` of each cell with its count: what `tally` takes. */
export function keyed<C extends { n: number }, K>(cells: readonly C[], key: (c: C) => K): [K, number][] {
  return cells.map((c) => [key(c), c.n]);
}

/** A tally with the null key named 'unspecified', under the field name the contract gives the key. */
export function named<F extends string, K extends string>(
  list: Tallied<K | null>[],
  field: F,
): ({ [P in F]: K | 'unspecified' } & { count: number; previousCount: number })[] {
  return list.map(
    (t) =>
      ({ [field]: t.key ?? 'unspecified', count: t.count, previousCount: t.previousCount }) as {
        [P in F]: K | 'unspecified';
      } & { count: number; previousCount: number },
  );
}

/** Spaces trimmed and collapsed: how a district is keyed and shown. */
export function tidyDistrict(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type DistrictTally = Omit<DistrictCount, 'leading'> & {
  key: string;
  spellings: Map<string, number>;
  topics: Map<string, number>;
};

/**
 * Keys of at least 7 letters that differ by one letter (two from 10 letters) are one place spelt two ways
 * («Мағжан Жұмабаев ауданы», «район Магжана Жумабаева»); Карасай and Каратал, two apart, stay two places.
 */
const NEAR = { length: 7, long: 10 };
const near = (a: string, b: string) =>
  Math.min(a.length, b.length) >= NEAR.length &&
  distance(a, b) <= (Math.min(a.length, b.length) >= NEAR.long ? 2 : 1);

/** Folds each district into a larger one of its region whose key is nearly the same. */
function mergeNearKeys(tallies: ReadonlyMap<string, DistrictTally>): DistrictTally[] {
  const kept: DistrictTally[] = [];
  const bySize = [...tallies.values()].sort(
    (a, b) => b.count + b.previousCount - (a.count + a.previousCount) || collate(a.key, b.key),
  );
  for (const t of bySize) {
    const into = kept.find((k) => k.region === t.region && near(k.key, t.key));
    if (!into) {
      kept.push(t);
      continue;
    }
    // As in `districts`: the comparison period's spellings only name a place the quarter does not have.
    if (t.count > 0 && into.count === 0) into.spellings.clear();
    if (t.count > 0 || into.count === 0)
      for (const [spelling, n] of t.spellings)
        into.spellings.set(spelling, (into.spellings.get(spelling) ?? 0) + n);
    into.count += t.count;
    into.previousCount += t.previousCount;
    for (const [topic, n] of t.topics) into.topics.set(topic, (into.topics.get(topic) ?? 0) + n);
  }
  return kept;
}

/**
 * Requests by district within their region, for the map of problem issues: requests with a district only,
 * keyed by region and districtKey (a place spelt in Kazakh in one quarter and in Russian in the other counts
 * as one), shown as the quarter's most frequent spelling (else the comparison period's); in `byCountThenKey`
 * order, then by region code and district.
 */
export function districts(
  current: readonly DistrictCell[],
  previous: readonly DistrictCell[],
): DistrictCount[] {
  const counts = new Map<string, DistrictTally>();
  const add = (cells: readonly DistrictCell[], field: 'count' | 'previousCount') => {
    for (const r of cells) {
      const district = tidyDistrict(r.district);
      if (!district) continue;
      const region: RegionCode | 'unspecified' = r.region ?? 'unspecified';
      const key = districtKey(district);
      const k = `${region}\u0000${key}`;
      let entry = counts.get(k);
      if (!entry)
        counts.set(
          k,
          (entry = {
            region,
            district,
            key,
            count: 0,
            previousCount: 0,
            spellings: new Map(),
            topics: new Map(),
          }),
        );
      entry[field] += r.n;
      if (field === 'count' && r.topic !== null)
        entry.topics.set(r.topic, (entry.topics.get(r.topic) ?? 0) + r.n);
      // The comparison period's spellings only name a place the quarter does not have.
      if (field === 'count' || entry.count === 0)
        entry.spellings.set(district, (entry.spellings.get(district) ?? 0) + r.n);
    }
  };
  add(current, 'count');
  add(previous, 'previousCount');
  const named = mergeNearKeys(counts).map((t): DistrictCount => ({
    region: t.region,
    district:
      [...t.spellings.entries()].sort((x, y) => y[1] - x[1] || collate(x[0], y[0]))[0]?.[0] ?? t.district,
    count: t.count,
    previousCount: t.previousCount,
    leading: [...t.topics.entries()]
      .filter(([, n]) => n >= LEADING_MIN_REQUESTS)
      .sort((x, y) => y[1] - x[1] || collate(x[0], y[0]))
      .slice(0, LEADING_TOPICS)
      .map(([topic, count]) => ({ topic, count })),
  }));
  return named.sort(
    (a, b) =>
      b.count - a.count ||
      b.previousCount - a.previousCount ||
      (a.region === b.region
        ? 0
        : a.region === 'unspecified'
          ? 1
          : b.region === 'unspecified'
            ? -1
            : collate(a.region, b.region)) ||
      collate(a.district, b.district),
  );
}
