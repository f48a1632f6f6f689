import type { Migration } from './migration';

// Spellings of a vocabulary field (social status, sex, language, channel, …, the portrait's free-text fields) that no
// rule recognised, mapped by the analyst to one of the field's codes; keys are folded like topics and regions.
export const valueAliases: Migration = {
  version: 14,
  name: 'value aliases',
  up: (db) => {
    db.exec(`
      CREATE TABLE value_aliases (
        field TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        code TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (field, key)
      ) STRICT;
    `);
  },
};
