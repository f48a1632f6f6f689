import type { Migration } from './migration';

// "Nothing lost":
// - every saved analytical text is kept as a version (spravka_texts keeps the current one);
// - an approved справка is frozen as a snapshot of its numbers and text (JSON), withdrawn only
//   explicitly, and one approval at most is in force per document;
// - quarters whose request-level rows the retention setting purged keep their rollups, which no
//   later write may recount (their requests are gone), and imports that lost rows to it are marked.
export const historyApprovalsRetention: Migration = {
  version: 6,
  name: 'spravka history, approvals, retention',
  up: (db) => {
    db.exec(`
      CREATE TABLE spravka_text_versions (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL,
        quarter TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
        text TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX spravka_text_versions_doc ON spravka_text_versions (scope, quarter, lang, id);
      INSERT INTO spravka_text_versions (scope, quarter, lang, text, saved_at)
        SELECT scope, quarter, lang, text, updated_at FROM spravka_texts ORDER BY updated_at;

      CREATE TABLE spravka_approvals (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL,
        quarter TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
        compare TEXT NOT NULL CHECK (compare IN ('previous', 'year')),
        approved_at TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        withdrawn_at TEXT,
        withdrawn_by TEXT
      ) STRICT;
      CREATE UNIQUE INDEX spravka_approvals_in_force
        ON spravka_approvals (scope, quarter, lang, compare) WHERE withdrawn_at IS NULL;

      CREATE TABLE purged_quarters (
        quarter TEXT PRIMARY KEY,
        purged_at TEXT NOT NULL
      ) STRICT;
      ALTER TABLE import_batches ADD COLUMN purged_at TEXT;
    `);
  },
};
