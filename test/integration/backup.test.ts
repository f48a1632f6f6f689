import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDir, BACKUPS_KEPT } from '../../src-main/db/backup';
import { openStore } from '../../src-main/db/client';
import { SCHEMA_VERSION } from '../../src-main/db/migrate';
import { cli } from '../fixtures/cli';
import { tempDir } from '../fixtures/build';
import { importSample, testBackend } from '../fixtures/store';

describe('backup and restore', () => {
  it('restores exactly what the backup held, keeping the replaced database among the backups', async () => {
    const b = testBackend();
    await importSample(b);
    const saved = b.snapshot();
    b.close();
    const to = join(tempDir(), 'копия.db');
    const made = await cli(['backup', '--to', to, '--db', b.dbPath]);
    expect(made).toMatchObject({ code: 0, out: `Резервная копия базы записана: ${to}\n` });
    expect(statSync(to).mode & 0o777).toBe(0o600);

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
      [text, '«notes.db» не является базой данных «Сараптамы» или повреждён'],
      [foreign, '«foreign.db» не является базой данных «Сараптамы» или повреждён'],
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
    old.sqlite.exec('DROP TABLE rollup_region_topic; DROP TABLE rollup_portrait; DROP TABLE audit_log;');
    old.sqlite.pragma('user_version = 3');
    old.close();
    const reopened = openStore(path);
    expect(reopened.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
    const copies = readdirSync(backupsDir(path));
    expect(copies).toHaveLength(1);
    const copy = new Database(join(backupsDir(path), copies[0] as string), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
  });
});
