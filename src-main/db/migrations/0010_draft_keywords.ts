import type { Migration } from './migration';

// The key words of a topic or a region that the analyst chose to have in the draft of the
// analytical part, per quarter and selection (center '' for all centers).
export const draftKeywords: Migration = {
  version: 10,
  name: 'draft key words',
  up: (db) => {
    db.exec(`
      CREATE TABLE draft_keywords (
        center TEXT NOT NULL,
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        scope TEXT NOT NULL CHECK (scope IN ('topic', 'region')),
        subject TEXT NOT NULL,
        words TEXT NOT NULL,
        accepted_at TEXT NOT NULL,
        PRIMARY KEY (center, quarter, scope, subject)
      ) STRICT;
    `);
  },
};
