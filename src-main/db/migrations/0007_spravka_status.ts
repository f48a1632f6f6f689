import type { Migration } from './migration';

// The quarter's calendar: when a quarter's справка went to the first head (§15) and when it was
// posted to the intranet portal (§16), and who recorded it. One row per step taken, never updated; a
// справка with no row is a draft, and its approval lives in spravka_approvals.
export const spravkaStatus: Migration = {
  version: 7,
  name: 'spravka status events',
  up: (db) => {
    db.exec(`
      CREATE TABLE spravka_status_events (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL,
        quarter TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('submitted', 'posted')),
        at TEXT NOT NULL,
        by_user TEXT NOT NULL
      ) STRICT;
      CREATE INDEX spravka_status_events_quarter ON spravka_status_events (scope, quarter, id);
    `);
  },
};
