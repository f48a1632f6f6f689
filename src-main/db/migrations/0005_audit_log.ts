import type { Migration } from './migration';

// Who changed the store, when, and how: one row per change, never updated.
export const auditLog: Migration = {
  version: 5,
  name: 'audit log',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        os_user TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;
    `);
  },
};
