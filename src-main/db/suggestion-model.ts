// The stored topic-suggestion model (migration 0016): one row, the model of the labelled set whose digest is its
// key. Saving a model replaces whatever was there, so a model of labels since changed (or purged) is not kept
// beside it.
import type { Store } from './client';

export interface StoredSuggestionModel {
  meta: string;
  data: Buffer;
}

/** The model stored for this labelled set's key, if any. */
export function loadSuggestionModel(store: Store, labelsKey: string): StoredSuggestionModel | undefined {
  return store.sqlite
    .prepare<[string], StoredSuggestionModel>('SELECT meta, data FROM suggestion_models WHERE labels_key = ?')
    .get(labelsKey);
}

/**
 * Keeps the model for the next process. Best effort: where another process holds the store's write lock past the
 * driver's wait (an import), the model is not stored (false) and the next call learns it again; the suggestions
 * asked for are not held back for it.
 */
export function saveSuggestionModel(
  store: Store,
  labelsKey: string,
  model: StoredSuggestionModel,
  at: string,
): boolean {
  try {
    store.sqlite.transaction(() => {
      store.sqlite.prepare('DELETE FROM suggestion_models').run();
      store.sqlite
        .prepare('INSERT INTO suggestion_models (labels_key, meta, data, created_at) VALUES (?, ?, ?, ?)')
        .run(labelsKey, model.meta, model.data, at);
    })();
    return true;
  } catch (e) {
    if (String((e as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY')) return false;
    throw e;
  }
}

/** Every stored model: they hold stems of the requests they learnt from. */
export function forgetSuggestionModels(store: Store): void {
  store.sqlite.exec('DELETE FROM suggestion_models');
}
