// The key words the analyst chose for the draft of the analytical part (§5.1, §14), per quarter and selection.
import type { Store } from './client';

export type KeywordScope = 'topic' | 'region';

export interface DraftKeywords {
  /** By topic name. */
  topics: ReadonlyMap<string, readonly string[]>;
  /** By region code. */
  regions: ReadonlyMap<string, readonly string[]>;
}

const centerKey = (center: string | null) => center ?? '';

export function loadDraftKeywords(store: Store, center: string | null, quarter: string): DraftKeywords {
  const rows = store.sqlite
    .prepare<[string, string], { scope: KeywordScope; subject: string; words: string }>(
      'SELECT scope, subject, words FROM draft_keywords WHERE center = ? AND quarter = ? ORDER BY rowid',
    )
    .all(centerKey(center), quarter);
  const topics = new Map<string, string[]>();
  const regions = new Map<string, string[]>();
  for (const r of rows)
    (r.scope === 'topic' ? topics : regions).set(r.subject, JSON.parse(r.words) as string[]);
  return { topics, regions };
}

/** Keeps the words for the draft, or forgets them when `words` is empty. */
export function saveDraftKeywords(
  store: Store,
  key: { center: string | null; quarter: string; scope: KeywordScope; subject: string },
  words: readonly string[],
  at: string,
): void {
  if (words.length === 0) {
    store.sqlite
      .prepare('DELETE FROM draft_keywords WHERE center = ? AND quarter = ? AND scope = ? AND subject = ?')
      .run(centerKey(key.center), key.quarter, key.scope, key.subject);
    return;
  }
  store.sqlite
    .prepare(
      `INSERT INTO draft_keywords (center, quarter, scope, subject, words, accepted_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(center, quarter, scope, subject) DO UPDATE SET words = excluded.words, accepted_at = excluded.accepted_at`,
    )
    .run(centerKey(key.center), key.quarter, key.scope, key.subject, JSON.stringify(words), at);
}
