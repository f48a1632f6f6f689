import type { Migration } from './migration';

// The topic-suggestion model learnt from the labelled requests, kept so that a suggestion call (each in a worker
// of its own, or after a restart) does not train again while the labels are the same. One row: the model of the
// current labelled set; `labels_key` is the digest of that set (content/suggestion-model.ts), so a model of other
// labels is never read. It holds the model's numbers and its vocabulary of stems, no text, no request id.
export const suggestionModels: Migration = {
  version: 16,
  name: 'suggestion models',
  up: (db) => {
    db.exec(`
      CREATE TABLE suggestion_models (
        labels_key TEXT PRIMARY KEY,
        meta TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
