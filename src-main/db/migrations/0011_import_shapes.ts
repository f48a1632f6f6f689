import type { Migration } from './migration';

// The required fields an analyst agreed to go without for a shape of file (a JSON array of 'topic' / 'region'),
// remembered with its column mapping; and each contact center's time zone, for timestamps written with an offset
// (null: Asia/Almaty).
export const importShapes: Migration = {
  version: 11,
  name: 'import shapes',
  up: (db) => {
    db.exec(`
      ALTER TABLE column_mappings ADD COLUMN allow_missing TEXT;
      ALTER TABLE contact_centers ADD COLUMN time_zone TEXT;
    `);
  },
};
