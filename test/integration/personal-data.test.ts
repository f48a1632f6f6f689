// Personal data (Law No. 94-V) outside the encrypted store: the rejected-rows CSV, the import's
// report and messages, the request texts as stored, the backups folder.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../src-main/db/backup';
import { csvText, makeIin, tempDir, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

const IIN = makeIin(1985, 4, 12, 'male');
const IIN_2 = makeIin(1990, 11, 3, 'female', 4321);
/** Twelve digits one off a valid IIN: its checksum fails. */
const WRONG_IIN = IIN.slice(0, 11) + String((Number(IIN.slice(11)) + 1) % 10);
const masked = (iin: string) => `${iin.slice(0, 4)}••••••${iin.slice(-2)}`;

const HEADER = [
  'Рег. номер',
  'Дата поступления',
  'Регион',
  'Тематика',
  'ФИО заявителя',
  'ИИН',
  'Телефон',
  'E-mail',
  'Адрес',
  'Текст обращения',
];

/** A request of 2026-Q3 with everything that names its applicant. */
const request = (reg: string, date: string, text: string, more: Partial<Record<string, string>> = {}) => [
  reg,
  date,
  'г. Алматы',
  'Коммунальные услуги',
  more['name'] ?? 'Иванов Иван Иванович',
  more['iin'] ?? IIN,
  more['phone'] ?? '+7 701 555 12 34',
  more['email'] ?? 'ivanov.ivan@mail.kz',
  more['address'] ?? 'ул. Абая, 10, кв. 5',
  text,
];

const clockAt = { now: '2026-11-23 10:00:00' };
let b: TestBackend;
const opened: TestBackend[] = [];
const open = (dbPath?: string, upkeep = false) => {
  b = testBackend(dbPath, { now: () => clockAt.now, upkeep });
  opened.push(b);
};
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
  clockAt.now = '2026-11-23 10:00:00';
});

const csvFile = (name: string, rows: string[][]) =>
  writeFixture(b.dir, name, csvText([HEADER, ...rows], ';'));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the rejected-rows CSV', () => {
  it('holds no name, IIN, phone, e-mail or address in clear, and is readable by its owner only', async () => {
    open();
    const path = csvFile('mixed.csv', [
      request('P-1', '01.08.2026 10:00', 'Нет отопления'),
      request('P-2', '32.08.2026', `Перезвоните на 8(702)7654321, мой ИИН ${IIN_2}, почта anna.p@inbox.kz`, {
        name: 'Петрова Анна Сергеевна',
        iin: IIN_2,
        phone: '+7 777 123 45 67',
        email: 'anna.petrova@mail.kz',
        address: 'мкр. Самал-2, д. 33',
      }),
    ]);
    const report = await b.call('imports.run', { paths: [path], skipInvalid: true, lang: 'ru' });
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsValid: 1, rowsRejected: 1 });
    const csvPath = report.rejectedCsv as string;
    const csv = readFileSync(csvPath, 'utf8');
    for (const personal of [
      'Петрова',
      IIN_2,
      '777 123 45 67',
      '7654321',
      'anna.petrova@mail.kz',
      'anna.p@inbox.kz',
      'Самал',
    ]) {
      expect(csv, personal).not.toContain(personal);
    }
    // The row can still be found and fixed: its number, its bad date, the ends of its identifiers.
    expect(csv).toContain('mixed.csv;CSV;3;');
    expect(csv).toContain(`P-2;32.08.2026;г. Алматы;Коммунальные услуги;•••;${masked(IIN_2)};`);
    expect(csv).toContain('+7 777 ••• •• 67;•••;•••;');
    expect(csv).toContain(`Перезвоните на +7 702 ••• •• 21, мой ИИН ${masked(IIN_2)}, почта a•••@•••.kz`);
    expect(mode(csvPath)).toBe(0o600);
    expect(mode(join(b.dir, 'rejected'))).toBe(0o700);
  });

  it('is named uniquely: two imports in the same second keep both files', async () => {
    open();
    const first = await b.call('imports.run', {
      paths: [csvFile('a.csv', [request('A-1', '01.08.2026', 'а'), request('A-2', '32.08.2026', 'а')])],
      skipInvalid: true,
    });
    const second = await b.call('imports.run', {
      paths: [csvFile('b.csv', [request('B-1', '02.08.2026', 'б'), request('B-2', '33.08.2026', 'б')])],
      skipInvalid: true,
    });
    expect(first.rejectedCsv).toBeDefined();
    expect(second.rejectedCsv).toBeDefined();
    expect(second.rejectedCsv).not.toBe(first.rejectedCsv);
    expect(readFileSync(first.rejectedCsv as string, 'utf8')).toContain('A-2;32.08.2026');
    expect(readFileSync(second.rejectedCsv as string, 'utf8')).toContain('B-2;33.08.2026');
    expect(readdirSync(join(b.dir, 'rejected'))).toHaveLength(2);
  });

  it('is removed once its import falls out of the retention period', async () => {
    open();
    const old = await b.call('imports.run', {
      paths: [csvFile('old.csv', [request('O-1', '01.08.2026', 'о'), request('O-2', '32.08.2026', 'о')])],
      skipInvalid: true,
    });
    clockAt.now = '2029-02-01 10:00:00';
    const recent = await b.call('imports.run', {
      paths: [csvFile('new.csv', [request('N-1', '15.01.2029', 'н'), request('N-2', '32.01.2029', 'н')])],
      skipInvalid: true,
    });
    // A file of no import at all (a name the app never writes) is the analyst's: it stays.
    const own = writeFixture(join(b.dir, 'rejected'), 'мои заметки.csv', 'x');
    utimesSync(own, new Date('2020-01-01'), new Date('2020-01-01'));
    // Two years from 2029-Q1 keep 2027-Q1 on: the import of 2026-11-23 held rows of purged quarters only.
    await b.call('retention.set', { years: 2 });
    expect(existsSync(old.rejectedCsv as string)).toBe(false);
    expect(existsSync(recent.rejectedCsv as string)).toBe(true);
    expect(existsSync(own)).toBe(true);
  });

  it('is removed at the start of the app too, even when no request row is left to purge', async () => {
    open();
    await b.call('retention.set', { years: 1 });
    const r = await b.call('imports.run', {
      paths: [csvFile('gone.csv', [request('G-1', '01.08.2026', 'г'), request('G-2', '32.08.2026', 'г')])],
      skipInvalid: true,
    });
    // The request it stored is taken back: only the CSV still holds rows of that import.
    await b.call('imports.undo', { batchId: r.files[0]?.sheets[0]?.batchId as number });
    opened.pop()?.close();
    clockAt.now = '2028-03-01 09:00:00';
    open(b.dbPath, true);
    expect(existsSync(r.rejectedCsv as string)).toBe(false);
  });
});

describe('reports and messages', () => {
  it('show identifiers masked: a failed-checksum IIN and an unreadable phone in import --json', async () => {
    const dir = tempDir();
    const path = writeFixture(
      dir,
      'checksum.csv',
      csvText(
        [
          HEADER,
          request('C-1', '01.08.2026', 'текст', { iin: WRONG_IIN, phone: '8 701 555 12' }),
          request('C-2', '32.08.2026', 'текст', { iin: WRONG_IIN }),
        ],
        ';',
      ),
    );
    const db = join(dir, 'saraptama.db');
    const json = await cli(['import', path, '--db', db, '--json', '--skip-invalid']);
    expect(json.code).toBe(0);
    expect(json.out).not.toContain(WRONG_IIN);
    expect(json.out).not.toContain('8 701 555 12');
    const report = JSON.parse(json.out) as {
      files: { sheets: { warnings: { header: string; value: string; reason: string }[] }[] }[];
    };
    const warnings = report.files[0]?.sheets[0]?.warnings ?? [];
    expect(warnings).toContainEqual(
      expect.objectContaining({ header: 'ИИН', value: masked(WRONG_IIN), reason: 'iinChecksum' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ header: 'Телефон', value: '•••••••12', reason: 'phoneInvalid' }),
    );
    // Refused without --skip-invalid: the message names the rows, never the identifiers.
    const again = writeFixture(dir, 'checksum-2.csv', readFileSync(path, 'utf8').replace(/C-/g, 'D-'));
    const refused = await cli(['import', again, '--db', db, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.out + refused.err).not.toContain(WRONG_IIN);
  });
});

describe('request texts', () => {
  it('are stored with IINs, phone numbers and e-mails masked, and the import counts them', async () => {
    open();
    const path = csvFile('texts.csv', [
      request(
        'T-1',
        '01.08.2026 10:00',
        `Мой ИИН ${IIN}, звоните +7 701 123 45 67 или 8(702)7654321, пишите на aigerim.n@mail.kz`,
      ),
      request(
        'T-2',
        '02.08.2026 11:00',
        `Повторно: 87011234567 и 7475554433. Заявка № ЖТ-2024-0012345 от 15.07.2024 на сумму 1 500 000 тенге, ` +
          `лицевой счёт ${WRONG_IIN}, договор 7011234567890, время 10:30`,
      ),
      request('T-3', '03.08.2026 12:00', 'Без личных данных'),
    ]);
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.sheets[0]?.masked).toEqual({ iin: 1, phone: 4, email: 1 });
    const texts = b.store.sqlite
      .prepare('SELECT reg_number AS reg, text FROM requests ORDER BY reg_number')
      .all() as { reg: string; text: string }[];
    expect(texts).toEqual([
      {
        reg: 'T-1',
        text: `Мой ИИН ${masked(IIN)}, звоните +7 701 ••• •• 67 или +7 702 ••• •• 21, пишите на a•••@•••.kz`,
      },
      {
        reg: 'T-2',
        text:
          'Повторно: +7 701 ••• •• 67 и +7 747 ••• •• 33. Заявка № ЖТ-2024-0012345 от 15.07.2024 на сумму 1 500 000 ' +
          `тенге, лицевой счёт ${WRONG_IIN}, договор 7011234567890, время 10:30`,
      },
      { reg: 'T-3', text: 'Без личных данных' },
    ]);
    // Nothing of them anywhere in the store's text columns.
    const all = JSON.stringify(b.store.sqlite.prepare('SELECT * FROM requests').all());
    for (const personal of [IIN, '123 45 67', '7654321', 'aigerim', '87011234567', '7475554433'])
      expect(all, personal).not.toContain(personal);
  });

  it('are counted in what the CLI prints, in Russian and in Kazakh', async () => {
    const dir = tempDir();
    const rows = [
      request('K-1', '01.08.2026', `ИИН ${IIN}, тел. 87011234567, e-mail a.b@mail.kz, 8 701 765 43 21`),
    ];
    const ru = await cli([
      'import',
      writeFixture(dir, 'ru.csv', csvText([HEADER, ...rows], ';')),
      '--db',
      join(dir, 'ru.db'),
      '--lang',
      'ru',
    ]);
    expect(ru.out).toContain(
      'в текстах запросов скрыто персональных данных: ИИН — 1, номеров телефонов — 2, адресов электронной почты — 1',
    );
    const kk = await cli([
      'import',
      writeFixture(dir, 'kk.csv', csvText([HEADER, ...rows], ';')),
      '--db',
      join(dir, 'kk.db'),
      '--lang',
      'kk',
    ]);
    expect(kk.out).toContain(
      'сұрау салулар мәтіндеріндегі дербес деректер жасырылды: ЖСН — 1, телефон нөмірлері — 2, электрондық пошта мекенжайлары — 1',
    );
  });
});

describe('the backups folder', () => {
  it('is readable by its owner only, like the key files', async () => {
    open();
    await importSample(b);
    // The store holds requests now: the next import copies it aside first.
    await b.call('imports.run', { paths: [csvFile('more.csv', [request('M-1', '01.08.2026', 'м')])] });
    expect(readdirSync(backupsDir(b.dbPath)).length).toBeGreaterThan(0);
    expect(mode(backupsDir(b.dbPath))).toBe(0o700);
  });
});
