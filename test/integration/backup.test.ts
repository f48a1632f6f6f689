import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { backupsDir, BACKUPS_KEPT } from '../../src-main/db/backup';
import { keyFileOf } from '../../src-main/db/cipher';
import { openStore } from '../../src-main/db/client';
import { SCHEMA_VERSION } from '../../src-main/db/migrate';
import { cli } from '../fixtures/cli';
import { tempDir } from '../fixtures/build';
import { damagePages, downgradeTo, importSample, openRaw, testBackend } from '../fixtures/store';

describe('backup and restore', () => {
  it('restores exactly what the backup held, keeping the replaced database among the backups', async () => {
    const b = testBackend();
    await importSample(b);
    const saved = b.snapshot();
    b.close();
    const to = join(tempDir(), 'копия.db');
    const made = await cli(['backup', '--to', to, '--db', b.dbPath]);
    expect(made).toMatchObject({
      code: 0,
      out: `Резервная копия базы записана: ${to}\nКлюч к копии записан: ${to}.key. Без него копию не восстановить; храните его отдельно от копии.\n`,
    });
    expect(statSync(to).mode & 0o777).toBe(0o600);
    expect(statSync(`${to}.key`).mode & 0o777).toBe(0o600);

    // Later work, then the restore takes it back.
    const later = testBackend(b.dbPath);
    await later.call('imports.undo', { batchId: 1 });
    expect(later.snapshot()).not.toBe(saved);
    later.close();
    const restored = await cli(['restore', to, '--db', b.dbPath]);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(
      /^База восстановлена из .*копия\.db; прежняя база сохранена в .*before-restore\.db\.\n$/,
    );
    const back = testBackend(b.dbPath);
    expect(back.snapshot()).toBe(saved);
    expect((await back.call('analysis.quarter', { quarter: '2026-Q3' })).total).toBe(2290);
    back.close();
    const kept = readdirSync(backupsDir(b.dbPath));
    expect(kept.some((f) => f.endsWith('-before-restore.db'))).toBe(true);
  });

  it('refuses what is not a Saraptama database, or a newer one, and leaves the current one alone', async () => {
    const b = testBackend();
    await importSample(b);
    const saved = b.snapshot();
    b.close();
    const dir = tempDir();
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'не база данных');
    const foreign = join(dir, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE t (x); PRAGMA user_version = 3;');
    const newer = join(dir, 'newer.db');
    const n = openStore(newer);
    n.sqlite.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    n.close();
    for (const [file, expected] of [
      [text, '«notes.db» не является базой данных «Сараптамы», повреждён'],
      [foreign, '«foreign.db» не является базой данных «Сараптамы», повреждён'],
      [newer, 'создана более новой версией программы'],
    ] as const) {
      const r = await cli(['restore', file, '--db', b.dbPath]);
      expect(r.code, file).toBe(1);
      expect(r.err).toContain(expected);
    }
    const after = testBackend(b.dbPath);
    expect(after.snapshot()).toBe(saved);
    after.close();
    expect(existsSync(backupsDir(b.dbPath))).toBe(false);
  });

  it('keeps the newest copies in the backups folder, as many as SARAPTAMA_BACKUPS says', async () => {
    const b = testBackend();
    b.close();
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) {
      expect((await cli(['backup', '--db', b.dbPath], { SARAPTAMA_BACKUPS: '3' })).code).toBe(0);
    }
    expect(readdirSync(backupsDir(b.dbPath))).toHaveLength(3);
  });

  it('copies a database aside before migrating it to a newer schema', () => {
    const path = join(tempDir(), 'old.db');
    const old = openStore(path);
    // As version 3 left it: no rollup tables, no audit log yet.
    downgradeTo(old.sqlite, 3);
    old.close();
    const reopened = openStore(path);
    expect(reopened.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
    const copies = readdirSync(backupsDir(path));
    expect(copies).toHaveLength(1);
    const copy = openRaw(join(backupsDir(path), copies[0] as string), path);
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
  });
});

describe('imports', () => {
  it('copy a store that holds requests aside first, and only such a store', async () => {
    const b = testBackend();
    await importSample(b);
    // The first import found nothing worth a copy.
    expect(existsSync(backupsDir(b.dbPath))).toBe(false);
    const before = b.snapshot();
    const path = join(b.dir, 'ещё.csv');
    writeFileSync(path, 'Рег. номер;Дата поступления;Регион;Тематика\r\nX-1;01.07.2026;Астана;Газ\r\n');
    await b.call('imports.run', { paths: [path], center: 'Единый контакт-центр 1414' });
    const copies = readdirSync(backupsDir(b.dbPath));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^saraptama-\d{8}-\d{6}-\d{3}-import\.db$/);
    b.close();
    // The copy is the store as it was before that import (opened as a store, with the store's key).
    const copyPath = join(backupsDir(b.dbPath), copies[0] as string);
    copyFileSync(keyFileOf(b.dbPath), keyFileOf(copyPath));
    const copy = testBackend(copyPath);
    expect(copy.snapshot()).toBe(before);
    copy.close();
  });
});

describe('the integrity check on opening', () => {
  it('refuses a damaged database with the way back, and the CLI says so', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    damagePages(b.dbPath);

    expect(() => createBackend({ dbPath: b.dbPath, checkIntegrity: true })).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          code: 'databaseCorrupt',
          params: expect.objectContaining({ path: b.dbPath, backups: backupsDir(b.dbPath) }),
        }),
      }),
    );
    const run = await cli(['backup', '--db', b.dbPath]);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain(`База данных ${b.dbPath} повреждена`);
    expect(run.err).toContain('npx saraptama restore');
  });

  it('lets a sound database open', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const again = createBackend({ dbPath: b.dbPath, checkIntegrity: true });
    expect(again.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 4094 });
    again.close();
  });
});
