// The appeals and service-quality columns of real XLSX exports, Russian and Kazakh, through the
// backend's import into the store: every value as stored, every unreadable one a remark on its row and column,
// and the applicant's phone nowhere in the database but as its salted hash.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type * as XLSX from 'xlsx';
import type { RowProblem } from '../../src-main/shared/errors';
import { excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { fieldsOf, headersOf, KK_APPEAL_COLUMNS, RU_APPEAL_COLUMNS } from '../fixtures/export-headers';
import { testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Единый контакт-центр 1414';

let b: TestBackend;
afterEach(() => b?.close());

/** An Excel time cell, as a CRM writes a duration: a fraction of a day shown as h:mm:ss. */
const excelTime = (seconds: number): XLSX.CellObject => ({ t: 'n', v: seconds / 86_400, z: '[h]:mm:ss' });

/** The HMAC the store must hold for a phone: the IIN's salt, over 'phone:' and the ten digits. */
const phoneHash = (tenDigits: string) =>
  createHmac('sha256', readFileSync(join(b.dir, 'iin-salt.key'), 'utf8').trim())
    .update(`phone:${tenDigits}`)
    .digest('hex');

const APPEAL_COLUMNS = `reg_number, received_at, channel, category, request_type, repeat_flag, answered_at, deadline,
  result, wait_seconds, call_seconds, rating, phone_hash`;
const stored = () =>
  b.store.sqlite.prepare(`SELECT ${APPEAL_COLUMNS} FROM requests ORDER BY reg_number`).all() as Record<
    string,
    unknown
  >[];

/** Every table of the store, decrypted, as text. */
const everything = () => {
  const tables = b.store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => b.store.sqlite.prepare(`SELECT * FROM "${t}"`).all()));
};

const where = (p: RowProblem) => [p.row, p.column, p.header, p.value, p.reason];

describe('appeal fields from a Russian export', () => {
  it('stores every field normalised, remarks on what it cannot read, and keeps no phone number', async () => {
    b = testBackend();
    const grid: Grid = [
      ['Выгрузка обращений за 3 квартал 2026 года'],
      [],
      [
        'Рег. номер',
        'Дата поступления',
        'Канал поступления',
        'Регион',
        'Тематика',
        ...headersOf(RU_APPEAL_COLUMNS),
      ],
      [
        'S-1',
        excelDate(2026, 7, 1, 9, 15),
        'Телефон 1414',
        'Астана',
        'Газоснабжение',
        'Типовой',
        'Запрос информации',
        'Нет',
        excelDate(2026, 7, 3, 14, 0),
        excelDate(2026, 7, 22),
        'Разъяснено',
        35,
        excelTime(190),
        5,
        '+7 701 555 12 34',
      ],
      [
        'S-2',
        '02.07.2026 10:00',
        'WhatsApp',
        'Алматы',
        'Газоснабжение',
        'Жалоба',
        'жалоба',
        'Да',
        '10.07.2026',
        '24.07.2026 18:00',
        'Удовлетворено',
        '1 мин 5 сек',
        '0:04:00',
        '4 (хорошо)',
        87_015_551_234,
      ],
      [
        'S-3',
        '03.07.2026 11:00',
        'e-Otinish',
        'Караганда',
        'Дороги',
        'Стратегический',
        'Предложение',
        1,
        null,
        '25.07.2026',
        'Направлено по компетенции',
        '00:00:50',
        120,
        'отлично',
        '8 (7172) 55-12-34',
      ],
      [
        'S-4',
        '05.07.2026 12:00',
        'Сигнальный костер',
        'Астана',
        'Дороги',
        'Срочный',
        'Звонок',
        'может быть',
        '01.07.2026',
        '04.07.2026',
        'В работе',
        '-5',
        '25:00:00',
        6,
        '555-12-34',
      ],
      [
        'S-5',
        '06.07.2026 13:00',
        null,
        'Астана',
        'Дороги',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ];
    const path = writeFixture(b.dir, 'обращения.xlsx', workbookBytes({ Обращения: grid }));
    const report = await b.call('imports.run', { paths: [path], center: CENTER });
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ headerRow: 3, rowsRead: 5, rowsValid: 5, rowsRejected: 0, stored: 5 });
    expect(sheet?.errors).toEqual([]);
    expect(sheet?.columns.map((c) => c.field)).toEqual([
      'regNumber',
      'receivedAt',
      'channel',
      'region',
      'topic',
      ...fieldsOf(RU_APPEAL_COLUMNS),
    ]);

    const phone = phoneHash('7015551234');
    expect(stored()).toEqual([
      {
        reg_number: 'S-1',
        received_at: '2026-07-01 09:15:00',
        channel: 'phone',
        category: 'typical',
        request_type: 'request',
        repeat_flag: 0,
        answered_at: '2026-07-03 14:00:00',
        deadline: '2026-07-22',
        result: 'explained',
        wait_seconds: 35,
        call_seconds: 190,
        rating: 5,
        phone_hash: phone,
      },
      {
        reg_number: 'S-2',
        received_at: '2026-07-02 10:00:00',
        channel: 'messenger',
        category: 'complaint',
        request_type: 'complaint',
        repeat_flag: 1,
        answered_at: '2026-07-10 00:00:00',
        deadline: '2026-07-24',
        result: 'satisfied',
        wait_seconds: 65,
        call_seconds: 240,
        rating: 4,
        // The same number written another way is the same applicant.
        phone_hash: phone,
      },
      {
        reg_number: 'S-3',
        received_at: '2026-07-03 11:00:00',
        channel: 'egov',
        category: 'strategic',
        request_type: 'proposal',
        repeat_flag: 1,
        answered_at: null,
        deadline: '2026-07-25',
        result: 'forwarded',
        wait_seconds: 50,
        call_seconds: 120,
        rating: 5,
        phone_hash: phoneHash('7172551234'),
      },
      {
        reg_number: 'S-4',
        received_at: '2026-07-05 12:00:00',
        channel: 'other',
        category: null,
        request_type: null,
        repeat_flag: null,
        answered_at: null,
        deadline: null,
        result: null,
        wait_seconds: null,
        call_seconds: null,
        rating: null,
        phone_hash: null,
      },
      {
        reg_number: 'S-5',
        received_at: '2026-07-06 13:00:00',
        channel: null,
        category: null,
        request_type: null,
        repeat_flag: null,
        answered_at: null,
        deadline: null,
        result: null,
        wait_seconds: null,
        call_seconds: null,
        rating: null,
        phone_hash: null,
      },
    ]);

    // Each unreadable value: a warning naming its row, column and header; the row itself is stored.
    expect(sheet?.warnings.map(where)).toEqual([
      [7, 'C', 'Канал поступления', 'Сигнальный костер', 'channelUnrecognised'],
      [7, 'F', 'Категория', 'Срочный', 'categoryUnrecognised'],
      [7, 'G', 'Вид обращения', 'Звонок', 'requestTypeUnrecognised'],
      [7, 'H', 'Повторное', 'может быть', 'repeatUnrecognised'],
      [7, 'I', 'Дата ответа', '01.07.2026', 'answerBeforeReceived'],
      [7, 'J', 'Срок исполнения', '04.07.2026', 'deadlineBeforeReceived'],
      [7, 'K', 'Результат рассмотрения', 'В работе', 'resultUnrecognised'],
      [7, 'L', 'Время ожидания, сек', '-5', 'durationInvalid'],
      [7, 'M', 'Длительность разговора, сек', '25:00:00', 'durationInvalid'],
      [7, 'N', 'Оценка консультанта', '6', 'ratingInvalid'],
      // Quoted by its last two digits, like every phone outside the store (personal data, Law No. 94-V).
      [7, 'O', 'Телефон', '•••••34', 'phoneInvalid'],
    ]);
    expect(sheet?.warnings.find((w) => w.reason === 'answerBeforeReceived')?.params).toEqual({
      received: '05.07.2026',
    });
    expect(sheet?.warningsTotal).toBe(11);
    expect(sheet?.unmapped).toEqual([
      { field: 'result', value: 'В работе', count: 1 },
      { field: 'requestType', value: 'Звонок', count: 1 },
      { field: 'channel', value: 'Сигнальный костер', count: 1 },
      { field: 'category', value: 'Срочный', count: 1 },
    ]);

    // The phone is nowhere in the store, in any spelling, valid or not; only its hash is.
    const dump = everything();
    expect(dump).toContain(phone);
    for (const secret of [
      '7015551234',
      '701 555',
      '(701)',
      '7172551234',
      '55-12-34',
      '5551234',
      '555-12-34',
    ]) {
      expect(dump, secret).not.toContain(secret);
    }
  });
});

describe('appeal fields from a Kazakh export', () => {
  it('reads the Kazakh headers and values', async () => {
    b = testBackend();
    const grid: Grid = [
      ['Тіркеу нөмірі', 'Түскен күні', 'Байланыс арнасы', 'Өңір', 'Тақырып', ...headersOf(KK_APPEAL_COLUMNS)],
      [
        'K-1',
        '14.08.2026 09:30',
        'Сайт',
        'Шымкент',
        'Жол',
        'Үлгілік',
        'Сұрау салу',
        'Иә',
        '20.08.2026 16:45',
        '04.09.2026',
        'Түсіндірілді',
        '40 сек',
        '3 мин 20 сек',
        'Өте жақсы',
        '7771112233',
      ],
      [
        'K-2',
        excelDate(2026, 9, 1, 15, 0),
        'Instagram',
        'Абай облысы',
        'Жол',
        'Шағым',
        'Шағым',
        'Жоқ',
        excelDate(2026, 9, 10, 11, 0),
        excelDate(2026, 9, 29),
        'Бас тартылды',
        excelTime(12),
        excelTime(95),
        'нашар',
        '+7 (777) 111-22-33',
      ],
      [
        'K-3',
        '20.11.2026 10:00',
        'Жеке қабылдау',
        'Шымкент',
        'Жол',
        'Стратегиялық',
        'Ұсыныс',
        'Қайталанған',
        '01.12.2026',
        '05.12.2026',
        'Қараусыз қалдырылды',
        '1 мин',
        '2 мин',
        '3',
        '+7 747 000 00 01',
      ],
    ];
    const path = writeFixture(b.dir, 'өтініштер.xlsx', workbookBytes({ Парақ1: grid }));
    const report = await b.call('imports.run', { paths: [path], center: CENTER });
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ headerRow: 1, rowsRead: 3, rowsValid: 3, stored: 3 });
    expect(sheet?.columns.every((c) => c.field !== null && c.source === 'recognised')).toBe(true);

    const phone = phoneHash('7771112233');
    expect(stored()).toEqual([
      {
        reg_number: 'K-1',
        received_at: '2026-08-14 09:30:00',
        channel: 'website',
        category: 'typical',
        request_type: 'request',
        repeat_flag: 1,
        answered_at: '2026-08-20 16:45:00',
        deadline: '2026-09-04',
        result: 'explained',
        wait_seconds: 40,
        call_seconds: 200,
        rating: 5,
        phone_hash: phone,
      },
      {
        reg_number: 'K-2',
        received_at: '2026-09-01 15:00:00',
        channel: 'socialNetwork',
        category: 'complaint',
        request_type: 'complaint',
        repeat_flag: 0,
        answered_at: '2026-09-10 11:00:00',
        deadline: '2026-09-29',
        result: 'refused',
        wait_seconds: 12,
        call_seconds: 95,
        rating: 2,
        phone_hash: phone,
      },
      {
        reg_number: 'K-3',
        received_at: '2026-11-20 10:00:00',
        channel: 'visit',
        category: 'strategic',
        request_type: 'proposal',
        repeat_flag: 1,
        // The import runs on 23.11.2026: an answer dated December has not been given yet.
        answered_at: null,
        deadline: '2026-12-05',
        result: 'other',
        wait_seconds: 60,
        call_seconds: 120,
        rating: 3,
        phone_hash: phoneHash('7470000001'),
      },
    ]);
    expect(sheet?.warnings.map(where)).toEqual([
      [4, 'I', 'Жауап берілген күн', '01.12.2026', 'answerInFuture'],
    ]);
    expect(sheet?.warnings[0]?.params).toEqual({ today: '23.11.2026' });
    expect(sheet?.unmapped).toEqual([]);

    const dump = everything();
    for (const secret of ['7771112233', '777) 111', '111-22-33', '7470000001', '747 000']) {
      expect(dump, secret).not.toContain(secret);
    }
  });

  it('links an applicant across a Russian and a Kazakh file by the phone alone', async () => {
    b = testBackend();
    const ru = writeFixture(
      b.dir,
      'ru.xlsx',
      workbookBytes({
        S: [
          ['Рег. номер', 'Дата поступления', 'Номер телефона'],
          ['R-1', '01.07.2026', '8 701 555 12 34'],
        ],
      }),
    );
    const kk = writeFixture(
      b.dir,
      'kk.xlsx',
      workbookBytes({
        S: [
          ['Тіркеу нөмірі', 'Түскен күні', 'Телефон нөмірі'],
          ['Q-1', '02.07.2026', 7_015_551_234],
        ],
      }),
    );
    await b.call('imports.run', { paths: [ru, kk], center: CENTER, allowMissing: ['topic', 'region'] });
    const hashes = b.store.sqlite
      .prepare('SELECT phone_hash FROM requests ORDER BY reg_number')
      .pluck()
      .all();
    expect(hashes).toEqual([phoneHash('7015551234'), phoneHash('7015551234')]);
  });
});
