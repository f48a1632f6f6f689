// The vocabulary spellings the analyst mapped to a code of their field, remembered for every later import. The
// social status's reading is stored beside its spelling, so a mapping rewrites the readings of the stored requests
// at once; the portrait's free-text values stay as typed and the analysis reads them through the mappings, so a
// mapping corrected or forgotten later still finds every request it was about.
import { foldKey } from '../shared/fold';
import type { MappableField, ValueAlias } from '../shared/imports';
import { PORTRAIT_VALUE_FIELDS } from '../shared/portrait';
import { valueAliasMap, type ValueAliases } from '../shared/value-aliases';
import type { Store } from './client';
import { refreshRollups } from './rollups';

export interface ValueAliasRow {
  field: MappableField;
  key: string;
  code: string;
}

/** Every mapping, keyed as the import and the analysis look them up (shared/value-aliases.ts). */
export function loadValueAliases(store: Store): ValueAliasRow[] {
  return store.sqlite.prepare<[], ValueAliasRow>('SELECT field, key, code FROM value_aliases').all();
}

export function storedValueAliases(store: Store): ValueAliases {
  return valueAliasMap(loadValueAliases(store));
}

export function listValueAliases(store: Store): ValueAlias[] {
  return store.sqlite
    .prepare<[], ValueAlias>(
      'SELECT field, value, code, updated_at AS updatedAt FROM value_aliases ORDER BY field, value',
    )
    .all();
}

// The fields whose spelling and reading the store keeps apart, in these columns.
const STORED: Partial<Record<MappableField, { raw: string; target: string }>> = {
  socialStatus: { raw: 'social_status_raw', target: 'social_status' },
};
// The portrait's free-text values, kept as typed in a column of the field's name.
const TYPED: Partial<Record<MappableField, string>> = Object.fromEntries(
  PORTRAIT_VALUE_FIELDS.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
);

/**
 * Remembers that `value` of `field` means `code` (NOT_SPECIFIED: nothing) and gives the stored requests that carry
 * the spelling that reading, their quarters recounted. Returns how many stored requests the mapping reads anew.
 */
export function mapValue(
  store: Store,
  change: { field: MappableField; value: string; code: string; now: string },
): number {
  const { field, value, code, now } = change;
  const key = foldKey(value);
  return store.sqlite.transaction(() => {
    store.sqlite
      .prepare(
        `INSERT INTO value_aliases (field, key, value, code, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(field, key) DO UPDATE SET code = excluded.code, updated_at = excluded.updated_at`,
      )
      .run(field, key, value.trim(), code, now);
    const typed = TYPED[field];
    if (typed) return typedCount(store, typed, key);
    const stored = STORED[field];
    if (!stored) return 0;
    // foldKey in JS, not SQL: the stored spelling must fold exactly as the import folds it.
    const spellings = store.sqlite
      .prepare<[], string>(`SELECT DISTINCT ${stored.raw} FROM requests WHERE ${stored.raw} IS NOT NULL`)
      .pluck()
      .all()
      .filter((s) => foldKey(s) === key);
    if (spellings.length === 0) return 0;
    const quarters = store.sqlite
      .prepare<[string], string>(`SELECT DISTINCT quarter FROM requests WHERE ${stored.raw} = ?`)
      .pluck();
    const update = store.sqlite.prepare(`UPDATE requests SET ${stored.target} = ? WHERE ${stored.raw} = ?`);
    const touched = new Set<string>();
    let moved = 0;
    for (const s of spellings) {
      for (const q of quarters.all(s)) touched.add(q);
      moved += update.run(code, s).changes;
    }
    refreshRollups(store.sqlite, touched);
    return moved;
  })();
}

/** The stored requests whose typed value folds to `key`: the analysis reads them through the mapping. */
function typedCount(store: Store, column: string, key: string): number {
  const count = store.sqlite
    .prepare<[string], number>(`SELECT count(*) FROM requests WHERE ${column} = ?`)
    .pluck();
  return store.sqlite
    .prepare<[], string>(`SELECT DISTINCT ${column} FROM requests WHERE ${column} IS NOT NULL`)
    .pluck()
    .all()
    .filter((s) => foldKey(s) === key)
    .reduce((n, s) => n + (count.get(s) ?? 0), 0);
}

/** Forgets a mapping: later imports read the spelling by the rules again; stored requests keep their reading. */
export function forgetValue(store: Store, field: MappableField, value: string): void {
  store.sqlite.prepare('DELETE FROM value_aliases WHERE field = ? AND key = ?').run(field, foldKey(value));
}
