import type { Migration } from './migration';

// STRICT tables: SQLite otherwise stores whatever type it is given, and a stray
// number-as-text would silently split a GROUP BY.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE contact_centers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        phone TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE regions (
        code TEXT PRIMARY KEY,
        kato TEXT NOT NULL,
        name_ru TEXT NOT NULL,
        name_kk TEXT NOT NULL,
        name_en TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('oblast', 'city')),
        sort_order INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL
      ) STRICT;

      CREATE TABLE topic_aliases (
        key TEXT PRIMARY KEY,
        topic_id INTEGER NOT NULL REFERENCES topics(id)
      ) STRICT;

      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        center_id INTEGER NOT NULL REFERENCES contact_centers(id),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        format TEXT NOT NULL,
        sheet TEXT NOT NULL,
        header_row INTEGER NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_stored INTEGER NOT NULL,
        rows_duplicate INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL,
        column_mapping TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX import_batches_center_hash_sheet ON import_batches(center_id, content_hash, sheet);

      CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        center_id INTEGER NOT NULL REFERENCES contact_centers(id),
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        identity_key TEXT NOT NULL,
        reg_number TEXT,
        source_row INTEGER NOT NULL,
        received_at TEXT NOT NULL CHECK (received_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        channel TEXT,
        region_code TEXT REFERENCES regions(code),
        region_raw TEXT,
        district TEXT,
        topic_id INTEGER REFERENCES topics(id),
        topic_raw TEXT,
        subtopic TEXT,
        text TEXT,
        sex TEXT CHECK (sex IN ('female', 'male')),
        age INTEGER CHECK (age BETWEEN 0 AND 120),
        social_status TEXT NOT NULL CHECK (social_status IN ('employee', 'entrepreneur', 'pensioner', 'disability',
          'largeFamily', 'student', 'educated', 'noEducation', 'unemployed', 'other', 'unknown')),
        social_status_raw TEXT,
        marital_status TEXT,
        education TEXT,
        occupation TEXT,
        language TEXT CHECK (language IN ('kk', 'ru', 'other')),
        iin_hash TEXT
      ) STRICT;
      CREATE UNIQUE INDEX requests_identity ON requests(center_id, identity_key);
      CREATE INDEX requests_quarter ON requests(quarter, center_id);
      CREATE INDEX requests_batch ON requests(batch_id);

      CREATE TABLE column_mappings (
        signature TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
