// What an import adds to the rollups (db/rollups.ts), counted as its rows are stored: applying the sums
// at the end touches a few thousand rollup rows instead of regrouping the quarter's requests, so a
// million-row import neither pauses at its end nor stops reporting progress.
import type { Store } from '../db/client';
import { rollupAdder, type PortraitDim } from '../db/rollups';
import type { RequestRecord } from '../shared/request-record';

const SEP = '\u0001';
const NULL = '\u0000';
const enc = (v: string | number | null) => (v === null ? NULL : String(v));
const dec = (s: string) => (s === NULL ? null : s);

export interface RollupDelta {
  add(record: RequestRecord, topicId: number | null): void;
  /** Adds the counts to the rollup rows of this center, creating the rows that were not there. */
  apply(store: Store, centerId: number): void;
}

export function rollupDelta(): RollupDelta {
  const regionTopic = new Map<string, number>();
  const portrait = new Map<string, number>();
  // On the storing thread, which is the import's bottleneck: plain string keys, no per-row arrays.
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  // The same keys the SQL refresh groups by: text folded as ulower() folds it, NULLs kept for age and sex.
  const folded = (map: Map<string, number>, q: string, dim: PortraitDim, v: string | null) => {
    if (v !== null) bump(map, q + dim + SEP + v.toLowerCase());
  };
  return {
    add(r, topicId) {
      const q = r.quarter + SEP;
      bump(regionTopic, q + enc(r.regionCode) + SEP + enc(topicId));
      bump(portrait, q + 'age' + SEP + enc(r.age));
      bump(portrait, q + 'sex' + SEP + enc(r.sex));
      bump(portrait, q + 'social_status' + SEP + r.socialStatus);
      folded(portrait, q, 'marital_status', r.maritalStatus);
      folded(portrait, q, 'education', r.education);
      folded(portrait, q, 'occupation', r.occupation);
    },
    apply(store, centerId) {
      const add = rollupAdder(store.sqlite, centerId);
      for (const [key, n] of regionTopic) {
        const [quarter, region, topic] = key.split(SEP) as [string, string, string];
        add.regionTopic(quarter, dec(region), dec(topic) === null ? null : Number(topic), n);
      }
      for (const [k, n] of portrait) {
        const [quarter, dim, key] = k.split(SEP) as [string, PortraitDim, string];
        add.portrait(quarter, dim, dec(key), n);
      }
    },
  };
}
