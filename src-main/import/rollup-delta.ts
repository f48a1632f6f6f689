// What an import adds to the rollups (db/rollups.ts), counted as its rows are stored: applying the sums
// at the end touches a few thousand rollup rows instead of regrouping the quarter's requests, so a
// million-row import neither pauses at its end nor stops reporting progress.
import type Database from 'better-sqlite3';
import type { RequestRecord } from './record';

type PortraitDim = 'age' | 'sex' | 'social_status' | 'marital_status' | 'education' | 'occupation';

const SEP = '\u0001';
const NULL = '\u0000';
const enc = (v: string | number | null) => (v === null ? NULL : String(v));
const dec = (s: string) => (s === NULL ? null : s);

export interface RollupDelta {
  add(record: RequestRecord, topicId: number | null): void;
  /** Adds the counts to the rollup rows of this center, creating the rows that were not there. */
  apply(sqlite: Database.Database, centerId: number): void;
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
    apply(sqlite, centerId) {
      const updateRT = sqlite.prepare(
        `UPDATE rollup_region_topic SET n = n + ? WHERE quarter = ? AND center_id = ? AND region_code IS ? AND topic_id IS ?`,
      );
      const insertRT = sqlite.prepare(
        'INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n) VALUES (?, ?, ?, ?, ?)',
      );
      for (const [key, n] of regionTopic) {
        const [quarter, region, topic] = key.split(SEP) as [string, string, string];
        const topicId = dec(topic) === null ? null : Number(topic);
        if (updateRT.run(n, quarter, centerId, dec(region), topicId).changes === 0) {
          insertRT.run(quarter, centerId, dec(region), topicId, n);
        }
      }
      const updateP = sqlite.prepare(
        'UPDATE rollup_portrait SET n = n + ? WHERE quarter = ? AND center_id = ? AND dim = ? AND key IS ?',
      );
      const insertP = sqlite.prepare(
        'INSERT INTO rollup_portrait (quarter, center_id, dim, key, n) VALUES (?, ?, ?, ?, ?)',
      );
      for (const [k, n] of portrait) {
        const [quarter, dim, key] = k.split(SEP) as [string, string, string];
        if (updateP.run(n, quarter, centerId, dim, dec(key)).changes === 0) {
          insertP.run(quarter, centerId, dim, dec(key), n);
        }
      }
    },
  };
}
