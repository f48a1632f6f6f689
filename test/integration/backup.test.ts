import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    expect(made.code).toBe(0);
    expect(made.out).toBe(
      `Резервная копия базы записана: ${to} (${(statSync(to).size / 2 ** 20).toFixed(1)} MB)\nКлюч к копии записан: ${to}.key. Без него копию не восстановить; храните его отдельно от копии.\n`,
    );
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
      const made = await cli(['backup', '--db', b.dbPath], { SARAPTAMA_BACKUPS: '3' });
      expect(made.code).toBe(0);
      // The room the kept copies take is said with every copy.
      expect(made.out).toContain(
        `В папке резервных копий ${backupsDir(b.dbPath)}: копий — ${Math.min(i + 1, 3)}, всего `,
      );
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
  it('copy a store that holds requests aside first, in the background, and only such a store', async () => {
    const b = testBackend();
    await importSample(b);
    // The first import found nothing worth a copy.
    expect(b.backups.running()).toBe(false);
    expect(existsSync(backupsDir(b.dbPath))).toBe(false);
    const before = b.snapshot();
    const path = join(b.dir, 'ещё.csv');
    writeFileSync(path, 'Рег. номер;Дата поступления;Регион;Тематика\r\nX-1;01.07.2026;Астана;Газ\r\n');
    await b.call('imports.run', { paths: [path], center: 'Единый контакт-центр 1414' });
    // The import is stored while the copy may still be reading its snapshot.
    expect(b.snapshot()).not.toBe(before);
    await b.backups.settled();
    const last = b.backups.last();
    expect(last && 'made' in last ? last.made.kept : null).toMatchObject({ count: 1 });
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

  it('as the window runs them (a job of its own), and the CLI waits for the copy before it exits', async () => {
    const b = testBackend();
    await importSample(b);
    const before = b.snapshot();
    const path = join(b.dir, 'ещё.csv');
    writeFileSync(path, 'Рег. номер;Дата поступления;Регион;Тематика\r\nX-2;02.07.2026;Астана;Газ\r\n');
    const phases: string[] = [];
    const r = await b.invoke(
      'imports.run',
      { paths: [path], center: 'Единый контакт-центр 1414' },
      { onProgress: (p) => phases.push(p.phase) },
    );
    expect(r.ok).toBe(true);
    // No copy on the import's own path any more.
    expect(phases).not.toContain('backup');
    await b.backups.settled();
    b.close();
    const copies = readdirSync(backupsDir(b.dbPath));
    expect(copies).toHaveLength(1);
    const copyPath = join(backupsDir(b.dbPath), copies[0] as string);
    copyFileSync(keyFileOf(b.dbPath), keyFileOf(copyPath));
    const copy = testBackend(copyPath);
    expect(copy.snapshot()).toBe(before);
    copy.close();

    const third = join(b.dir, 'третий.csv');
    writeFileSync(third, 'Рег. номер;Дата поступления;Регион;Тематика\r\nX-3;03.07.2026;Астана;Газ\r\n');
    const run = await cli(['import', third, '--center', 'Единый контакт-центр 1414', '--db', b.dbPath]);
    expect(run.code).toBe(0);
    // The CLI stayed until its copy was whole: no half-written one is left behind.
    const after = readdirSync(backupsDir(b.dbPath));
    expect(after.filter((f) => f.endsWith('-import.db'))).toHaveLength(2);
    expect(after.some((f) => f.includes('.partial'))).toBe(false);
  });

  it('that failed are told by store.backups until a copy is made again, with what the folder holds', async () => {
    const b = testBackend();
    await importSample(b);
    expect(await b.call('store.backups', {})).toEqual({ count: 0, bytes: 0, newestAt: null, failed: null });
    // A file where the backups folder should be: the copy cannot be written.
    writeFileSync(backupsDir(b.dbPath), 'not a folder');
    const csv = (n: number) => {
      const path = join(b.dir, `import-${n}.csv`);
      writeFileSync(
        path,
        `Рег. номер;Дата поступления;Регион;Тематика\r\nF-${n};0${n}.07.2026;Астана;Газ\r\n`,
      );
      return path;
    };
    const first = await b.invoke('imports.run', { paths: [csv(1)], center: 'Единый контакт-центр 1414' });
    // The import itself is stored: the copy failed after it answered.
    expect(first.ok).toBe(true);
    await b.backups.settled();
    const failed = await b.call('store.backups', {});
    expect(failed.failed?.at).toBe('2026-11-23 10:00:00');
    expect(failed.failed?.error.code).toBe('fileUnwritable');
    expect(failed.count).toBe(0);
    // Another process (the window after a restart) sees it as well.
    const other = testBackend(b.dbPath);
    expect((await other.call('store.backups', {})).failed).toEqual(failed.failed);
    other.close();

    rmSync(backupsDir(b.dbPath));
    expect((await b.invoke('imports.run', { paths: [csv(2)], center: 'Единый контакт-центр 1414' })).ok).toBe(
      true,
    );
    await b.backups.settled();
    const made = await b.call('store.backups', {});
    expect(made).toMatchObject({ count: 1, failed: null });
    expect(made.bytes).toBeGreaterThan(0);
    expect(made.newestAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    b.close();
  });
});

describe('the full check of the file', () => {
  it('runs as a job, marks a damaged store, and every later command refuses it with the way back', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    damagePages(b.dbPath);

    // Opening does not read every page: the app shows its first screen at once.
    const opened = createBackend({ dbPath: b.dbPath, upkeep: true });
    const verified = await opened.invoke('store.verify', {});
    expect(verified).toMatchObject({ ok: false, error: { code: 'databaseCorrupt' } });
    // The same backend refuses whatever comes next, reading or writing.
    expect(await opened.invoke('stats.get', {})).toMatchObject({
      ok: false,
      error: { code: 'databaseCorrupt' },
    });
    opened.close();
    expect(() => createBackend({ dbPath: b.dbPath, upkeep: true })).toThrow(
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

  it('is also the CLI command check, which finds damage no command has met yet', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    const sound = await cli(['check', '--db', b.dbPath]);
    expect(sound.code).toBe(0);
    expect(sound.out).toMatch(/^Проверка файла базы .* завершена за \d+\.\d с: повреждений не найдено\.\n$/);
    damagePages(b.dbPath);
    const run = await cli(['check', '--db', b.dbPath]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`База данных ${b.dbPath} повреждена`);
  });

  it('lets a sound database pass', async () => {
    const b = testBackend();
    await importSample(b);
    const r = await b.invoke('store.verify', {});
    expect(r).toMatchObject({ ok: true, value: { seconds: expect.any(Number) } });
    expect(b.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 4094 });
    b.close();
  });
});
