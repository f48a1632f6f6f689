// Encryption at rest and personal data: what lies on disk is unreadable without the key file beside
// it, and what the analysis does not need (names, phones, IINs in clear) is never stored at all.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/app/backend';
import { backupsDir } from '../../src-main/db/backup';
import { keyFileOf } from '../../src-main/db/cipher';
import { AppFailure } from '../../src-main/shared/errors';
import { excelDate, makeIin, tempDir, workbookBytes, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { importSample, openRaw, testBackend } from '../fixtures/store';

const CENTER = 'Единый контакт-центр 1414';
const plainHeader = (path: string) => readFileSync(path).subarray(0, 16).toString('latin1');
/** Every file of the store as bytes, searched for text as UTF-8 and as SQLite would keep it. */
const holds = (path: string, text: string) => readFileSync(path).includes(Buffer.from(text, 'utf8'));

describe('the database on disk', () => {
  it('is encrypted, with its WAL and its backups, and opens only with its key', async () => {
    const b = testBackend();
    await importSample(b);
    b.store.sqlite.pragma('wal_autocheckpoint = 0');
    await b.call('centers.update', { name: CENTER, phone: '8-800-080-7777' });
    const wal = `${b.dbPath}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(0);
    await cli(['backup', '--db', b.dbPath]);
    const backup = join(backupsDir(b.dbPath), readdirSync(backupsDir(b.dbPath))[0] as string);
    for (const file of [b.dbPath, wal, backup]) {
      expect(plainHeader(file), file).not.toBe('SQLite format 3\0');
      expect(holds(file, CENTER), file).toBe(false);
      expect(holds(file, '8-800-080-7777'), file).toBe(false);
    }
    b.close();
    // Without the key SQLite sees no database; with it, everything is there.
    const bare = new Database(b.dbPath);
    expect(() => bare.prepare('SELECT count(*) FROM requests').get()).toThrow(/not a database/);
    bare.close();
    const keyed = openRaw(b.dbPath);
    expect(keyed.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 4094 });
    keyed.close();
    expect(statSync(keyFileOf(b.dbPath)).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFileOf(b.dbPath), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('encrypts a database an older version wrote in the clear, keeping a plain copy among the backups', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'saraptama.db');
    const b = testBackend(dbPath);
    await importSample(b);
    const saved = b.snapshot();
    b.close();
    // As an older version left it: the same data, unencrypted, and no key file.
    const keyed = openRaw(dbPath);
    keyed.prepare('VACUUM INTO ?').run(join(dir, 'plain.db'));
    keyed.close();
    const plain = openRaw(join(dir, 'plain.db'), dbPath);
    plain.pragma("rekey = ''");
    plain.close();
    expect(plainHeader(join(dir, 'plain.db'))).toBe('SQLite format 3\0');
    renameSync(join(dir, 'plain.db'), dbPath);
    renameSync(keyFileOf(dbPath), join(dir, 'old.key'));

    const reopened = testBackend(dbPath);
    expect(reopened.snapshot()).toBe(saved);
    reopened.close();
    expect(plainHeader(dbPath)).not.toBe('SQLite format 3\0');
    expect(existsSync(keyFileOf(dbPath))).toBe(true);
    const copies = readdirSync(backupsDir(dbPath)).filter((f) => f.endsWith('-before-encryption.db'));
    expect(copies).toHaveLength(1);
    expect(plainHeader(join(backupsDir(dbPath), copies[0] as string))).toBe('SQLite format 3\0');
  });

  it('refuses to open when the key file is gone, and makes no new key', async () => {
    const b = testBackend();
    await importSample(b);
    b.close();
    renameSync(keyFileOf(b.dbPath), `${b.dbPath}.moved`);
    expect(() => createBackend({ dbPath: b.dbPath })).toThrow(AppFailure);
    try {
      createBackend({ dbPath: b.dbPath });
    } catch (e) {
      expect((e as AppFailure).error).toEqual({
        code: 'databaseKeyMissing',
        params: { path: b.dbPath, keyFile: keyFileOf(b.dbPath) },
      });
    }
    expect(existsSync(keyFileOf(b.dbPath))).toBe(false);
    const run = await cli(['stats', '--db', b.dbPath]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('зашифрована, а файл ее ключа');
  });

  it('restores a copy made elsewhere with the key written beside it, and refuses it without', async () => {
    const b = testBackend();
    await importSample(b);
    const saved = b.snapshot();
    b.close();
    const to = join(tempDir(), 'флешка.db');
    expect((await cli(['backup', '--to', to, '--db', b.dbPath])).code).toBe(0);
    // Another workstation: a store of its own, with its own key.
    const other = testBackend();
    other.close();
    renameSync(`${to}.key`, `${to}.elsewhere`);
    const refused = await cli(['restore', to, '--db', other.dbPath]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('зашифрован ключом, которого здесь нет');
    renameSync(`${to}.elsewhere`, `${to}.key`);
    expect((await cli(['restore', to, '--db', other.dbPath])).code).toBe(0);
    // The restored store takes the workstation's key: its earlier backups still open with it.
    const restored = testBackend(other.dbPath);
    expect(restored.snapshot()).toBe(saved);
    restored.close();
    expect(readFileSync(keyFileOf(other.dbPath), 'utf8')).not.toBe(readFileSync(`${to}.key`, 'utf8'));
  });
});

describe('personal data', () => {
  it('never stores names, phone numbers or IINs in clear, whatever columns the export has', async () => {
    const b = testBackend();
    const iin = makeIin(1987, 4, 12, 'female', 4321);
    const grid = [
      ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'ФИО заявителя', 'Телефон', 'ИИН', 'Email'],
      [
        'P-1',
        excelDate(2026, 7, 1),
        'Астана',
        'Газ',
        'Жумабекова Айгерим Сериковна',
        '+7 701 555 12 34',
        iin,
        'aigerim@mail.kz',
      ],
    ];
    const path = writeFixture(b.dir, 'с данными.xlsx', workbookBytes({ S: grid }));
    await b.call('imports.run', { paths: [path], center: CENTER });
    // Everything the store holds, decrypted, table by table.
    const tables = b.store.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    const dump = JSON.stringify(tables.map((t) => b.store.sqlite.prepare(`SELECT * FROM "${t}"`).all()));
    expect(dump).toContain('P-1');
    for (const secret of ['Жумабекова', 'Айгерим', '701 555', '7015551234', iin, iin.slice(1), 'aigerim@']) {
      expect(dump, secret).not.toContain(secret);
    }
    // Its age and sex are what is kept of the IIN.
    expect(b.store.sqlite.prepare("SELECT sex, age FROM requests WHERE reg_number = 'P-1'").get()).toEqual({
      sex: 'female',
      age: 39,
    });
    b.close();
  });
});
