// The retention setting (Law No. 94-V: personal data kept no longer than needed): request-level rows
// of quarters older than N years are removed, while the rollups that every справка reads stay, frozen.
import { forgetSuggestionModels } from './suggestion-model';
import { rmSync } from 'node:fs';
import type { LocalDate } from '../shared/domain';
import type { RetentionPreview, RetentionState } from '../shared/retention';
import { backupStore } from './backup';
import { forgetPurgedQuality } from './quality-rollups';
import type { Store } from './client';
import { rejectedCsvs, rejectedDir } from './rejected-files';
import { settleMergesForPurge, type TopicKeyOf } from './topic-merges';

const SETTINGS_KEY = 'retention';

export function loadRetention(store: Store): number | null {
  const row = store.sqlite
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(SETTINGS_KEY);
  const years = row ? (JSON.parse(row.value) as { years: number | null }).years : null;
  return typeof years === 'number' ? years : null;
}

function saveRetention(store: Store, years: number | null): void {
  store.sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(SETTINGS_KEY, JSON.stringify({ years }));
}

/**
 * The first quarter kept: the one holding the day `years` years before today. Every earlier quarter
 * ended more than `years` years ago.
 */
export function firstQuarterKept(today: LocalDate, years: number): string {
  return `${today.year - years}-Q${Math.ceil(today.month / 3)}`;
}

export function purgedQuarters(store: Store): Set<string> {
  return new Set(store.sqlite.prepare<[], string>('SELECT quarter FROM purged_quarters').pluck().all());
}

/** Quarters that still hold request rows and are past the retention period. */
export function expiredQuarters(store: Store, today: LocalDate, years: number | null): string[] {
  if (years === null) return [];
  return store.sqlite
    .prepare<[string], string>('SELECT DISTINCT quarter FROM requests WHERE quarter < ? ORDER BY quarter')
    .pluck()
    .all(firstQuarterKept(today, years));
}

export function retentionState(store: Store, today: LocalDate): RetentionState {
  const years = loadRetention(store);
  return {
    years,
    firstKept: years === null ? null : firstQuarterKept(today, years),
    purged: store.sqlite
      .prepare<[], RetentionState['purged'][number]>(
        'SELECT quarter, purged_at AS purgedAt FROM purged_quarters ORDER BY quarter',
      )
      .all(),
  };
}

/**
 * Removes the rejected-rows CSVs (db/rejected-files.ts) of imports run before the first quarter kept: no request
 * comes later than its import, so they hold rows of purged quarters only — in clear, outside the store.
 */
export function purgeRejectedCsvs(store: Store, today: LocalDate, years: number | null): number {
  if (years === null || store.path === ':memory:') return 0;
  const firstKept = firstQuarterKept(today, years);
  const expired = rejectedCsvs(rejectedDir(store.path)).filter(
    (f) => `${f.day.year}-Q${Math.ceil(f.day.month / 3)}` < firstKept,
  );
  for (const f of expired) rmSync(f.path, { force: true });
  return expired.length;
}

/** What a period of `years` would remove now, for the analyst to confirm. */
export function previewRetention(store: Store, years: number, today: LocalDate): RetentionPreview {
  const quarters = expiredQuarters(store, today, years);
  const count = store.sqlite
    .prepare<[string], number>('SELECT count(*) FROM requests WHERE quarter = ?')
    .pluck();
  return {
    firstKept: firstQuarterKept(today, years),
    quarters,
    requests: quarters.reduce((n, q) => n + (count.get(q) ?? 0), 0),
  };
}

/**
 * Saves the setting and removes the request rows it puts out of time, in one transaction, after a
 * backup (the removal cannot be undone otherwise). Imports that lose rows are marked: undoing them
 * would leave their share in the frozen rollups. Recorded topic merges first take down, by `keyOf` (the
 * import's spelling key), what their unmerge would split back in each quarter purged.
 */
export function applyRetention(
  store: Store,
  years: number | null,
  today: LocalDate,
  now: string,
  keyOf: TopicKeyOf,
): RetentionState & { removed: number } {
  const quarters = expiredQuarters(store, today, years);
  if (quarters.length > 0 && store.path !== ':memory:')
    backupStore(store.sqlite, store.path, { reason: 'retention' });
  let removed = 0;
  store.sqlite.transaction(() => {
    saveRetention(store, years);
    const mark = store.sqlite.prepare(
      'UPDATE import_batches SET purged_at = ? WHERE purged_at IS NULL AND id IN (SELECT DISTINCT batch_id FROM requests WHERE quarter = ?)',
    );
    const drop = store.sqlite.prepare('DELETE FROM requests WHERE quarter = ?');
    const freeze = store.sqlite.prepare(
      'INSERT OR IGNORE INTO purged_quarters (quarter, purged_at) VALUES (?, ?)',
    );
    for (const quarter of quarters) {
      settleMergesForPurge(store.sqlite, quarter, keyOf);
      mark.run(now, quarter);
      removed += drop.run(quarter).changes;
      freeze.run(quarter, now);
    }
    forgetPurgedQuality(store.sqlite, quarters);
    // The stored topic model holds stems of the purged texts: it goes with them (the next call trains again).
    if (quarters.length > 0) forgetSuggestionModels(store);
  })();
  purgeRejectedCsvs(store, today, years);
  return { ...retentionState(store, today), removed };
}
