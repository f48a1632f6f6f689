import Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { openStore } from '../../src-main/db/client';
import { resolveDbPath, userDataDir } from '../../src-main/db/paths';
import { SCHEMA_VERSION } from '../../src-main/db/migrate';
import * as schema from '../../src-main/db/schema';
import { AppFailure } from '../../src-main/shared/errors';
import { tempDir } from '../fixtures/build';

describe('the store', () => {
  it('opens in WAL mode with foreign keys, at the current schema version, with the 20 regions', () => {
    const store = openStore(join(tempDir(), 'a.db'));
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const regions = store.sqlite.prepare('SELECT code, name_ru FROM regions ORDER BY sort_order').all();
    expect(regions).toHaveLength(20);
    expect(regions[17]).toEqual({ code: 'KZ-71', name_ru: 'город Астана' });
    expect(store.sqlite.prepare("SELECT ulower('ӘҒҚҢӨҰҮҺІ Ёлка') AS v").get()).toEqual({
      v: 'әғқңөұүһі ёлка',
    });
    store.close();
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the database and its WAL files readable by the OS user only',
    () => {
      const path = join(tempDir(), 'private.db');
      const store = openStore(path);
      store.sqlite.prepare('INSERT INTO topics (name) VALUES (?)').run('Тема');
      for (const file of [path, `${path}-wal`, `${path}-shm`])
        expect(statSync(file).mode & 0o777).toBe(0o600);
      store.close();
    },
  );

  it('has tables exactly as the drizzle schema describes them', () => {
    const store = openStore(':memory:');
    const tables: SQLiteTable[] = Object.values(schema as Record<string, unknown>).filter(
      (v): v is SQLiteTable => is(v, SQLiteTable),
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const config = getTableConfig(table);
      // table_xinfo: table_info leaves out the generated columns.
      const actual = store.sqlite.prepare(`PRAGMA table_xinfo(${config.name})`).all() as {
        name: string;
        notnull: number;
        pk: number;
      }[];
      const compositeKey = new Set(config.primaryKeys.flatMap((k) => k.columns.map((c) => c.name)));
      const expected = config.columns.map((c) => ({
        name: c.name,
        notnull: c.notNull || c.primary ? 1 : 0,
        pk: c.primary || compositeKey.has(c.name) ? 1 : 0,
      }));
      const simplify = (cols: { name: string; notnull: number; pk: number }[]) =>
        cols
          .map((c) => ({ name: c.name, notnull: c.pk ? 1 : c.notnull, pk: c.pk ? 1 : 0 }))
          .sort((a, b) => a.name.localeCompare(b.name));
      expect(simplify(actual), config.name).toEqual(simplify(expected));
    }
    store.close();
  });

  it('rejects values the schema forbids, even if code let them through', () => {
    const store = openStore(':memory:');
    store.sqlite
      .prepare("INSERT INTO contact_centers (name, name_key, created_at) VALUES ('a', 'a', 'x')")
      .run();
    store.sqlite
      .prepare(
        "INSERT INTO import_batches (center_id, file_name, content_hash, format, sheet, header_row, rows_read, rows_stored, rows_duplicate, rows_rejected, column_mapping, imported_at) VALUES (1, 'f', 'h', 'csv', 'CSV', 1, 0, 0, 0, 0, '{}', 'x')",
      )
      .run();
    const insert = (receivedAt: string, status: string, region: string | null) =>
      store.sqlite
        .prepare(
          'INSERT INTO requests (center_id, batch_id, identity_key, source_row, received_at, quarter, social_status, region_code) VALUES (1, 1, ?, 2, ?, ?, ?, ?)',
        )
        .run(Math.random().toString(), receivedAt, '2024-Q3', status, region);
    expect(() => insert('2024-07-01 00:00:00', 'pensioner', 'KZ-71')).not.toThrow();
    expect(() => insert('01.07.2024', 'pensioner', null)).toThrow(/CHECK/);
    expect(() => insert('2024-07-01 00:00:00', 'retired', null)).toThrow(/CHECK/);
    expect(() => insert('2024-07-01 00:00:00', 'pensioner', 'KZ-99')).toThrow(/FOREIGN KEY/);
    store.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', () => {
    const path = join(tempDir(), 'future.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    try {
      createBackend({ dbPath: path });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppFailure);
      expect((e as AppFailure).error.code).toBe('databaseTooNew');
    }
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({
      n: 0,
    });
    again.close();
  });

  it('lives in the per-user data folder unless told otherwise', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Saraptama');
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Saraptama');
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/x' })).toBe('/x/Saraptama/saraptama.db');
    expect(resolveDbPath(undefined, { SARAPTAMA_DB: '/y/s.db' })).toBe('/y/s.db');
    expect(resolveDbPath('/z/s.db', { SARAPTAMA_DB: '/y/s.db' })).toBe('/z/s.db');
  });
});
