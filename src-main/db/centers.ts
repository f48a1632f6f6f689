import { foldKey } from '../import/normalise/text';
import type { Store } from './client';

export interface CenterRow {
  id: number;
  name: string;
  phone: string | null;
}

export function listCenters(store: Store): CenterRow[] {
  return store.sqlite
    .prepare('SELECT id, name, phone FROM contact_centers ORDER BY name')
    .all() as CenterRow[];
}

export function findCenter(store: Store, name: string): CenterRow | undefined {
  return store.sqlite
    .prepare('SELECT id, name, phone FROM contact_centers WHERE name_key = ?')
    .get(foldKey(name)) as CenterRow | undefined;
}

export function ensureCenter(store: Store, name: string, now: string): number {
  const found = findCenter(store, name);
  if (found) return found.id;
  return Number(
    store.sqlite
      .prepare('INSERT INTO contact_centers (name, name_key, created_at) VALUES (?, ?, ?)')
      .run(name.trim(), foldKey(name), now).lastInsertRowid,
  );
}
