import type { Lang } from '../shared/domain';
import type { Comparison } from '../shared/analysis';
import type { Approval, Registration, SpravkaSettings, TextVersion } from '../shared/spravka';
import { mapInlines, richDoc, type RichDoc } from '../shared/rich-text';
import { renameTopicInKey } from '../shared/field-keys';
import type { Store } from './client';
import { foldKey } from '../shared/fold';

export const scopeOf = (center: string | null) => (center ? foldKey(center) : '');

/** A stored document: the editor's JSON (migration 12 converted the older line markup). */
const parseDoc = (text: string): RichDoc => richDoc.parse(JSON.parse(text));

export function loadText(store: Store, center: string | null, quarter: string, lang: Lang) {
  const row = store.sqlite
    .prepare<[string, string, Lang], { text: string; updatedAt: string }>(
      'SELECT text, updated_at AS updatedAt FROM spravka_texts WHERE scope = ? AND quarter = ? AND lang = ?',
    )
    .get(scopeOf(center), quarter, lang);
  return row ? { doc: parseDoc(row.text), updatedAt: row.updatedAt } : undefined;
}

export function saveText(
  store: Store,
  center: string | null,
  quarter: string,
  lang: Lang,
  doc: RichDoc,
  now: string,
): void {
  const text = JSON.stringify(doc);
  store.sqlite
    .prepare(
      `INSERT INTO spravka_texts (scope, quarter, lang, text, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(scope, quarter, lang) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    )
    .run(scopeOf(center), quarter, lang, text, now);
  addVersion(store, scopeOf(center), quarter, lang, text, now);
}

/**
 * The text is saved as the analyst types, every second or so: saves within a few minutes of the last
 * version amend it, so the history holds one version per sitting, not one per keystroke.
 */
const SITTING_MINUTES = 10;

function addVersion(
  store: Store,
  scope: string,
  quarter: string,
  lang: Lang,
  text: string,
  now: string,
): void {
  const last = store.sqlite
    .prepare<[string, string, string, Lang], { id: number; text: string; minutes: number }>(
      `SELECT id, text, (julianday(?) - julianday(saved_at)) * 1440 AS minutes FROM spravka_text_versions
       WHERE scope = ? AND quarter = ? AND lang = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(now, scope, quarter, lang);
  if (last?.text === text) return;
  if (last && last.minutes < SITTING_MINUTES) {
    store.sqlite
      .prepare('UPDATE spravka_text_versions SET text = ?, saved_at = ? WHERE id = ?')
      .run(text, now, last.id);
  } else {
    store.sqlite
      .prepare(
        'INSERT INTO spravka_text_versions (scope, quarter, lang, text, saved_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(scope, quarter, lang, text, now);
  }
}

/**
 * A topic renamed: the saved texts' fields that name it follow, so its figures stay live. Approved
 * snapshots and the history keep what they were.
 */
export function renameTopicInTexts(store: Store, from: string, to: string): void {
  const rows = store.sqlite
    .prepare<[], { scope: string; quarter: string; lang: Lang; text: string }>(
      'SELECT scope, quarter, lang, text FROM spravka_texts',
    )
    .all();
  const update = store.sqlite.prepare(
    'UPDATE spravka_texts SET text = ? WHERE scope = ? AND quarter = ? AND lang = ?',
  );
  for (const row of rows) {
    const doc = parseDoc(row.text);
    const renamed = mapInlines(doc, (n) =>
      n.type === 'field' ? { ...n, attrs: { ...n.attrs, key: renameTopicInKey(n.attrs.key, from, to) } } : n,
    );
    const text = JSON.stringify(renamed);
    if (text !== row.text) update.run(text, row.scope, row.quarter, row.lang);
  }
}

/** Saved versions of a document's text, newest first. */
export function textVersions(
  store: Store,
  center: string | null,
  quarter: string,
  lang: Lang,
): TextVersion[] {
  return store.sqlite
    .prepare<[string, string, Lang], { id: number; text: string; savedAt: string }>(
      `SELECT id, text, saved_at AS savedAt FROM spravka_text_versions
       WHERE scope = ? AND quarter = ? AND lang = ? ORDER BY id DESC`,
    )
    .all(scopeOf(center), quarter, lang)
    .map((v) => ({ id: v.id, doc: parseDoc(v.text), savedAt: v.savedAt }));
}

const NO_REGISTRATION: Registration = { number: '', date: '' };

/** The outgoing number and date of one справка; blank until the registry gives them. */
export function loadRegistration(
  store: Store,
  center: string | null,
  quarter: string,
  lang: Lang,
): Registration {
  return (
    store.sqlite
      .prepare<[string, string, Lang], Registration>(
        'SELECT number, date FROM spravka_registrations WHERE scope = ? AND quarter = ? AND lang = ?',
      )
      .get(scopeOf(center), quarter, lang) ?? NO_REGISTRATION
  );
}

export function saveRegistration(
  store: Store,
  center: string | null,
  quarter: string,
  lang: Lang,
  r: Registration,
): void {
  store.sqlite
    .prepare(
      `INSERT INTO spravka_registrations (scope, quarter, lang, number, date) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(scope, quarter, lang) DO UPDATE SET number = excluded.number, date = excluded.date`,
    )
    .run(scopeOf(center), quarter, lang, r.number.trim(), r.date.trim());
}

interface DocKey {
  center: string | null;
  quarter: string;
  lang: Lang;
  compare: Comparison;
}

const docArgs = (k: DocKey) => [scopeOf(k.center), k.quarter, k.lang, k.compare];

/** The approval in force for a document, with its frozen snapshot, if there is one. */
export function approvalInForce(store: Store, key: DocKey): (Approval & { snapshot: string }) | undefined {
  return store.sqlite
    .prepare(
      `SELECT id, approved_at AS approvedAt, approved_by AS approvedBy, snapshot FROM spravka_approvals
       WHERE scope = ? AND quarter = ? AND lang = ? AND compare = ? AND withdrawn_at IS NULL`,
    )
    .get(...docArgs(key)) as (Approval & { snapshot: string }) | undefined;
}

export function recordApproval(
  store: Store,
  key: DocKey,
  snapshot: string,
  now: string,
  user: string,
): Approval {
  const id = store.sqlite
    .prepare(
      `INSERT INTO spravka_approvals (scope, quarter, lang, compare, approved_at, approved_by, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...docArgs(key), now, user, snapshot).lastInsertRowid;
  return { id: Number(id), approvedAt: now, approvedBy: user };
}

export function withdrawApproval(store: Store, id: number, now: string, user: string): void {
  store.sqlite
    .prepare('UPDATE spravka_approvals SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?')
    .run(now, user, id);
}

const SETTINGS_KEY = 'spravka';
export const EMPTY_SETTINGS: SpravkaSettings = {
  body: { ru: '', kk: '' },
  signatory: { position: { ru: '', kk: '' }, name: { ru: '', kk: '' } },
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
