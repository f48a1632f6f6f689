import { foldKey } from '../import/normalise/text';
import type { Lang } from '../shared/domain';
import type { SpravkaSettings } from '../shared/spravka';
import type { Store } from './client';

export const scopeOf = (center: string | null) => (center ? foldKey(center) : '');

export function loadText(store: Store, center: string | null, quarter: string, lang: Lang) {
  return store.sqlite
    .prepare(
      'SELECT text, updated_at AS updatedAt FROM spravka_texts WHERE scope = ? AND quarter = ? AND lang = ?',
    )
    .get(scopeOf(center), quarter, lang) as { text: string; updatedAt: string } | undefined;
}

export function saveText(
  store: Store,
  center: string | null,
  quarter: string,
  lang: Lang,
  text: string,
  now: string,
): void {
  store.sqlite
    .prepare(
      `INSERT INTO spravka_texts (scope, quarter, lang, text, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(scope, quarter, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    )
    .run(scopeOf(center), quarter, lang, text, now);
}

const SETTINGS_KEY = 'spravka';
export const EMPTY_SETTINGS: SpravkaSettings = {
  body: { ru: '', kk: '' },
  signatory: { position: { ru: '', kk: '' }, name: '' },
};

export function loadSettings(store: Store): SpravkaSettings {
  const row = store.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as
    { value: string } | undefined;
  return row ? { ...EMPTY_SETTINGS, ...(JSON.parse(row.value) as Partial<SpravkaSettings>) } : EMPTY_SETTINGS;
}

export function saveSettings(store: Store, settings: SpravkaSettings): void {
  store.sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(SETTINGS_KEY, JSON.stringify(settings));
}
