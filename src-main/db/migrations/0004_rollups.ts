import type { Migration } from './migration';

// Request counts per quarter and center, so that the analysis reads a few thousand rows instead of grouping
// millions. Derived data, kept current by every write to `requests` (db/rollups.ts). The fill
// below is this migration's own frozen copy of that SQL: a later change to the rollups comes with its own
// migration, and must not alter what an old database goes through here.
export const rollups: Migration = {
  version: 4,
  name: 'rollups',
  up: (db) => {
    db.exec(`
      CREATE TABLE rollup_region_topic (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        region_code TEXT,
        topic_id INTEGER,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rollup_region_topic_quarter ON rollup_region_topic(quarter, center_id);

      CREATE TABLE rollup_portrait (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        dim TEXT NOT NULL CHECK (dim IN ('age', 'sex', 'social_status', 'marital_status', 'education', 'occupation')),
        key TEXT,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX rollup_portrait_quarter ON rollup_portrait(quarter, center_id);
    `);
    const regionTopic = db.prepare(`
      INSERT INTO rollup_region_topic (quarter, center_id, region_code, topic_id, n)
      SELECT quarter, center_id, region_code, topic_id, count(*) FROM requests WHERE quarter = @quarter
      GROUP BY center_id, region_code, topic_id`);
    const portrait = db.prepare(`
      WITH p AS MATERIALIZED (
        SELECT center_id, age, sex, social_status, marital_status, education, occupation, count(*) AS n
        FROM requests WHERE quarter = @quarter
        GROUP BY center_id, age, sex, social_status, marital_status, education, occupation)
      INSERT INTO rollup_portrait (quarter, center_id, dim, key, n)
      SELECT @quarter, center_id, 'age', CAST(age AS TEXT), sum(n) FROM p GROUP BY center_id, age
      UNION ALL SELECT @quarter, center_id, 'sex', sex, sum(n) FROM p GROUP BY center_id, sex
      UNION ALL SELECT @quarter, center_id, 'social_status', social_status, sum(n) FROM p GROUP BY center_id, social_status
      UNION ALL SELECT @quarter, center_id, 'marital_status', ulower(marital_status), sum(n) FROM p
        WHERE marital_status IS NOT NULL GROUP BY center_id, ulower(marital_status)
      UNION ALL SELECT @quarter, center_id, 'education', ulower(education), sum(n) FROM p
        WHERE education IS NOT NULL GROUP BY center_id, ulower(education)
      UNION ALL SELECT @quarter, center_id, 'occupation', ulower(occupation), sum(n) FROM p
        WHERE occupation IS NOT NULL GROUP BY center_id, ulower(occupation)`);
    for (const quarter of db.prepare('SELECT DISTINCT quarter FROM requests').pluck().all() as string[]) {
      regionTopic.run({ quarter });
      portrait.run({ quarter });
    }
  },
};
