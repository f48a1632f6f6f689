import type { Migration } from './migration';

// A topic the analyst made from a group of new requests keeps the group's key words, which the
// draft of the analytical part offers as material for the possible reasons of a new question (§14).
export const topicKeywords: Migration = {
  version: 8,
  name: 'topic key words',
  up: (db) => {
    db.exec(`
      CREATE TABLE topic_keywords (
        topic_id INTEGER PRIMARY KEY REFERENCES topics(id) ON DELETE CASCADE,
        keywords TEXT NOT NULL,
        set_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
