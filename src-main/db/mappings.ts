import type { Field } from '../shared/domain';
import type { Store } from './client';

export type Mapping = Map<string, Field | null>;

export function loadMappings(store: Store): Map<string, Mapping> {
  const rows = store.sqlite.prepare('SELECT signature, mapping FROM column_mappings').all() as {
    signature: string;
    mapping: string;
  }[];
  return new Map(
    rows.map((r) => [
      r.signature,
      new Map(Object.entries(JSON.parse(r.mapping) as Record<string, Field | null>)),
    ]),
  );
}

/** Merges the analyst's choices for a source into what is remembered for it. */
export function rememberMapping(store: Store, signature: string, choices: Mapping, now: string): void {
  const previous = loadMappings(store).get(signature) ?? new Map();
  const merged = Object.fromEntries([...previous, ...choices]);
  store.sqlite
    .prepare(
      `INSERT INTO column_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
    )
    .run(signature, JSON.stringify(merged), now);
}
