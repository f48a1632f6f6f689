import type { Migration } from './migration';

// The requests of one applicant, found without reading their quarters: an import recounts the repeats and
// multiple applicants of its own applicants only (db/quality-repeats.ts). The applicant is the import's key
// (the IIN's hash, else the phone's), a column SQLite computes and does not store; only its index is stored, for
// the requests that have one. A column and not an index on the expression: SQLite joins on a column's index, on
// an expression's it only looks up constants. By quarter within the applicant: a frequent caller's history
// outside the quarters an import touches is not read.
export const applicantIndex: Migration = {
  version: 17,
  name: 'applicant index',
  up: (db) => {
    db.exec(`
      ALTER TABLE requests ADD COLUMN applicant TEXT
        GENERATED ALWAYS AS (coalesce('i:' || nullif(iin_hash, ''), 'p:' || nullif(phone_hash, ''))) VIRTUAL;
      CREATE INDEX requests_applicant ON requests (applicant, quarter) WHERE applicant IS NOT NULL;
    `);
  },
};
