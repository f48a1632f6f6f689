import { fail } from '../shared/errors';
import type { Store } from './client';
import { foldKey } from '../shared/fold';

export interface CenterRow {
  id: number;
  name: string;
  phone: string | null;
  timeZone: string | null;
  /** The names the analyst gave it in each language; null where none was given. */
  nameRu: string | null;
  nameKk: string | null;
}

const COLUMNS = 'id, name, phone, time_zone AS timeZone, name_ru AS nameRu, name_kk AS nameKk';

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

/** Sets the center's names in the languages given; an empty name clears it. */
export function nameCenter(store: Store, id: number, names: { ru?: string; kk?: string }): void {
  const set = (column: 'name_ru' | 'name_kk', value: string | undefined) => {
    if (value === undefined) return;
    store.sqlite
      .prepare(`UPDATE contact_centers SET ${column} = ? WHERE id = ?`)
      .run(value.trim() || null, id);
  };
  set('name_ru', names.ru);
  set('name_kk', names.kk);
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
