import { fail } from '../shared/errors';
import type { Store } from './client';
import { foldKey } from '../shared/fold';

export interface CenterRow {
  id: number;
  name: string;
  phone: string | null;
  timeZone: string | null;
}

const COLUMNS = 'id, name, phone, time_zone AS timeZone';

export function listCenters(store: Store): CenterRow[] {
  return store.sqlite.prepare<[], CenterRow>(`SELECT ${COLUMNS} FROM contact_centers ORDER BY name`).all();
}

export function findCenter(store: Store, name: string): CenterRow | undefined {
  return store.sqlite
    .prepare<[string], CenterRow>(`SELECT ${COLUMNS} FROM contact_centers WHERE name_key = ?`)
    .get(foldKey(name));
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

export function updateCenter(
  store: Store,
  id: number,
  change: { phone: string | null; timeZone?: string | null },
): void {
  store.sqlite.prepare('UPDATE contact_centers SET phone = ? WHERE id = ?').run(change.phone, id);
  if (change.timeZone !== undefined) {
    store.sqlite.prepare('UPDATE contact_centers SET time_zone = ? WHERE id = ?').run(change.timeZone, id);
  }
}

/** The contact center the analyst named, or the error that lists the ones the store knows. */
export function requireCenter(store: Store, name: string): CenterRow {
  return (
    findCenter(store, name) ??
    fail('unknownCenter', {
      center: name,
      centers: listCenters(store)
        .map((c) => c.name)
        .join(', '),
    })
  );
}
