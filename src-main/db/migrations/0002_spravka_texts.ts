import type { Migration } from './migration';

// The analytical part as the analyst left it, per selection and language: what gets printed.
// `scope` is the contact center's name key, or '' for all centers together.
export const spravkaTexts: Migration = {
  version: 2,
  name: 'spravka texts',
  up: (db) => {
    db.exec(`
      CREATE TABLE spravka_texts (
        scope TEXT NOT NULL,
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru')),
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, quarter, lang)
      ) STRICT;
    `);
  },
};
