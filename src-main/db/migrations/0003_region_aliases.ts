import type { Migration } from './migration';

// Region spellings the reference does not know, placed by the analyst; keys are folded like topics.
export const regionAliases: Migration = {
  version: 3,
  name: 'region aliases',
  up: (db) => {
    db.exec(`
      CREATE TABLE region_aliases (
        key TEXT PRIMARY KEY,
        region_code TEXT NOT NULL REFERENCES regions(code)
      ) STRICT;
    `);
  },
};
