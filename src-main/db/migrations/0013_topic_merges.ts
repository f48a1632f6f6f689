import type { Migration } from './migration';

// A topic merge is kept so it can be undone: the topic as it was (id, names, the key words it was made with),
// the topic it went into, the requests and spellings it moved, and its rollup rows as they stood: for the
// quarters whose requests the retention setting has removed by the time the merge is undone, those rows are all
// there is to split the counts back by (nothing is left to recount them from).
// A request already on the other topic under one of the moved spellings (the analyst put it there) is written
// down as kept: an unmerge leaves it, while it takes back what later imports filed there under those spellings.
// The topics' ids are not foreign keys: the merged-away topic is gone, and the one it went into may be merged
// further. A moved request is forgotten with the request (an import undone, a quarter purged).
export const topicMerges: Migration = {
  version: 13,
  name: 'topic merges',
  up: (db) => {
    db.exec(`
      CREATE TABLE topic_merges (
        id INTEGER PRIMARY KEY,
        from_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_ru TEXT,
        name_kk TEXT,
        keywords TEXT,
        keywords_set_at TEXT,
        into_id INTEGER NOT NULL,
        into_name TEXT NOT NULL,
        merged_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE topic_merge_requests (
        merge_id INTEGER NOT NULL REFERENCES topic_merges (id) ON DELETE CASCADE,
        request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
        kept INTEGER NOT NULL DEFAULT 0 CHECK (kept IN (0, 1)),
        PRIMARY KEY (merge_id, request_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX topic_merge_requests_request ON topic_merge_requests (request_id);
      CREATE TABLE topic_merge_aliases (
        merge_id INTEGER NOT NULL REFERENCES topic_merges (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        PRIMARY KEY (merge_id, key)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE topic_merge_rollups (
        merge_id INTEGER NOT NULL REFERENCES topic_merges (id) ON DELETE CASCADE,
        quarter TEXT NOT NULL,
        center_id INTEGER NOT NULL,
        region_code TEXT,
        n INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX topic_merge_rollups_merge ON topic_merge_rollups (merge_id);
    `);
  },
};
