// What an import adds to the rollups (db/rollups.ts), counted as its rows are stored: applying the sums
// at the end touches a few thousand rollup rows instead of regrouping the quarter's requests, so a
// million-row import neither pauses at its end nor stops reporting progress.
import type { Store } from '../db/client';
import { rollupAdder, type PortraitDim } from '../db/rollups';
import type { RequestRecord } from '../shared/request-record';

export interface RollupDelta {
  add(record: RequestRecord, topicId: number | null): void;
  /** Adds the counts to the rollup rows of this center, creating the rows that were not there. */
  apply(store: Store, centerId: number): void;
}

type Counts<K> = Map<K, number>;

/** One quarter's counts, by the values as stored: few distinct ones, so a row costs a handful of Map lookups. */
interface QuarterCounts {
  regionTopic: Map<string | null, Counts<number | null>>;
  age: Counts<number | null>;
  sex: Counts<string | null>;
  socialStatus: Counts<string>;
  /** Counted as written, folded when applied (the key the SQL refresh groups by: ulower()). */
  maritalStatus: Counts<string>;
  education: Counts<string>;
  occupation: Counts<string>;
}

const bump = <K>(map: Counts<K>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

const newQuarter = (): QuarterCounts => ({
  regionTopic: new Map(),
  age: new Map(),
  sex: new Map(),
  socialStatus: new Map(),
  maritalStatus: new Map(),
  education: new Map(),
  occupation: new Map(),
});

/** Texts that differ only in case are one rollup row, as ulower() folds them. */
function folded(counts: Counts<string>): Counts<string> {
  const out = new Map<string, number>();
  for (const [v, n] of counts) {
    const key = v.toLowerCase();
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

export function rollupDelta(): RollupDelta {
  // On the storing thread, which is the import's bottleneck: no keys built per row.
  const quarters = new Map<string, QuarterCounts>();
  return {
    add(r, topicId) {
      let q = quarters.get(r.quarter);
      if (!q) quarters.set(r.quarter, (q = newQuarter()));
      let byTopic = q.regionTopic.get(r.regionCode);
      if (!byTopic) q.regionTopic.set(r.regionCode, (byTopic = new Map()));
      bump(byTopic, topicId);
      bump(q.age, r.age);
      bump(q.sex, r.sex);
      bump(q.socialStatus, r.socialStatus);
      if (r.maritalStatus !== null) bump(q.maritalStatus, r.maritalStatus);
      if (r.education !== null) bump(q.education, r.education);
      if (r.occupation !== null) bump(q.occupation, r.occupation);
    },
    apply(store, centerId) {
      const add = rollupAdder(store.sqlite, centerId);
      const portrait = (quarter: string, dim: PortraitDim, counts: Counts<string | number | null>) => {
        for (const [key, n] of counts) add.portrait(quarter, dim, key === null ? null : String(key), n);
      };
      for (const [quarter, q] of quarters) {
        for (const [region, byTopic] of q.regionTopic) {
          for (const [topic, n] of byTopic) add.regionTopic(quarter, region, topic, n);
        }
        portrait(quarter, 'age', q.age);
        portrait(quarter, 'sex', q.sex);
        portrait(quarter, 'social_status', q.socialStatus);
        portrait(quarter, 'marital_status', folded(q.maritalStatus));
        portrait(quarter, 'education', folded(q.education));
        portrait(quarter, 'occupation', folded(q.occupation));
      }
    },
  };
}
