import type { Migration } from './migration';

// The service-quality analysis's counts per quarter and center (db/quality-rollups.ts), so that it reads a few
// thousand rows instead of every request of two periods. Derived data like the rollups of 0004, kept current by
// every write to `requests`. The recount needs the working-day calendar (statutory deadlines), which a frozen
// migration cannot carry, so the quarters already stored are only listed in quality_pending here, and counted
// by db/quality-rollups.ts settlePendingQuality before the first quality analysis reads them.
export const qualityRollups: Migration = {
  version: 15,
  name: 'quality rollups',
  up: (db) => {
    db.exec(`
      -- The small dimensions, with how many of the requests carry each optional field, and the latest stamp known.
      CREATE TABLE quality_cells (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        channel TEXT,
        language TEXT,
        category TEXT,
        request_type TEXT,
        result TEXT,
        n INTEGER NOT NULL,
        repeat_flag INTEGER NOT NULL,
        applicant INTEGER NOT NULL,
        answered_at INTEGER NOT NULL,
        deadline INTEGER NOT NULL,
        wait_seconds INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        horizon TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quality_cells_quarter ON quality_cells(quarter, center_id);

      -- Requests a deadline applies to: by type ('type'), and the late or unanswered ones by topic and by region.
      -- The day of an unanswered one's deadline decides, at read time, overdue or pending.
      CREATE TABLE quality_judged (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        dim TEXT NOT NULL CHECK (dim IN ('type', 'topic', 'region')),
        request_type TEXT,
        topic_id INTEGER,
        region_code TEXT,
        given INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('onTime', 'late', 'open')),
        due TEXT,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quality_judged_quarter ON quality_judged(quarter, center_id);

      -- Requests with a wait, a rating or a duration, by channel, month and wait (the exact percentile's histogram).
      CREATE TABLE quality_service (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        channel TEXT,
        month TEXT NOT NULL,
        wait_seconds INTEGER,
        n INTEGER NOT NULL,
        calls INTEGER NOT NULL,
        call_seconds INTEGER NOT NULL,
        r1 INTEGER NOT NULL,
        r2 INTEGER NOT NULL,
        r3 INTEGER NOT NULL,
        r4 INTEGER NOT NULL,
        r5 INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quality_service_quarter ON quality_service(quarter, center_id);

      -- Requests with a district, as spelt, by region and topic.
      CREATE TABLE quality_districts (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        region_code TEXT,
        district TEXT NOT NULL,
        topic_id INTEGER,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quality_districts_quarter ON quality_districts(quarter, center_id);

      -- Repeated requests: flagged by the export or found (an earlier request of the applicant on the topic within
      -- the window), found among the same center's requests ('center') or among all centers' ('all').
      CREATE TABLE quality_repeats (
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('center', 'all')),
        mark TEXT NOT NULL CHECK (mark IN ('flagged', 'found')),
        request_type TEXT,
        topic_id INTEGER,
        region_code TEXT,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quality_repeats_quarter ON quality_repeats(quarter, center_id);

      -- Applicants with MULTIPLE_MIN_REQUESTS requests or more in the quarter, per center (NULL: all centers).
      CREATE TABLE quality_multiple (
        quarter TEXT NOT NULL,
        center_id INTEGER,
        applicants INTEGER NOT NULL,
        requests INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX quality_multiple_quarter ON quality_multiple(quarter, center_id);
    `);
    db.exec(`
      CREATE TABLE quality_pending (quarter TEXT PRIMARY KEY) STRICT;
      INSERT INTO quality_pending (quarter)
      SELECT DISTINCT quarter FROM requests WHERE quarter NOT IN (SELECT quarter FROM purged_quarters);
    `);
  },
};
