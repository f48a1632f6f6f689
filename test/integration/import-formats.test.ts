import { afterEach, describe, expect, it } from 'vitest';
import {
  csvText,
  encodeCp1251,
  excelDate,
  htmlTableXls,
  makeIin,
  workbookBytes,
  writeFixture,
  type Grid,
} from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const RU_HEADER = [
  '№ п/п',
  'Рег. номер',
  'Дата поступления',
  'Регион',
  'Тематика',
  'Пол',
  'Возраст',
  'ИИН',
  'Социальный статус',
];

let b: TestBackend;
afterEach(() => b?.close());

function rows(sql: string, ...params: unknown[]) {
  return b.store.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
}

describe('XLSX with title rows, a totals row and Russian headers', () => {
  it('finds the header under the titles, skips the totals and normalises every field', async () => {
    b = testBackend();
    const iin2005 = makeIin(2005, 3, 14, 'female'); // begins with 0: Excel keeps it as a number without it
    const iin1960 = makeIin(1960, 12, 1, 'male');
    const grid: Grid = [
      ['Выгрузка обращений граждан'],
      ['Период: 01.04.2024 – 30.09.2024'],
      [],
      RU_HEADER,
      [
        1,
        'РК-001',
        excelDate(2024, 6, 30, 23, 59, 59),
        'г. Астана',
        'Жилищные вопросы',
        'Ж',
        45,
        null,
        'пенсионер',
      ],
      [
        2,
        'РК-002',
        excelDate(2024, 7, 1, 0, 0, 0),
        'ВКО',
        '  жилищные   ВОПРОСЫ ',
        null,
        null,
        Number(iin2005),
        'студент',
      ],
      [3, 'РК-003', '15.08.2024 10:30', 'Абай облысы', 'Отопление', null, null, iin1960, 'ИП'],
      [
        4,
        'РК-004',
        excelDate(2024, 9, 30, 12, 0),
        'Москва',
        'Отопление',
        'муж',
        '33 года',
        null,
        'домохозяйка',
      ],
      ['Итого', 4, null, null, null, null, null, null, null],
    ];
    const path = writeFixture(b.dir, 'export.xlsx', workbookBytes({ Лист1: grid }));
    const report = await b.call('imports.run', { paths: [path], center: 'КЦ 1414' });

    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ headerRow: 4, rowsRead: 4, rowsValid: 4, totalsRowsSkipped: 1, stored: 4 });
    expect(sheet?.byQuarter).toEqual({ '2024-Q2': 1, '2024-Q3': 3 });
    expect(sheet?.columns.find((c) => c.header === '№ п/п')?.field).toBeNull();
    expect(sheet?.unmapped).toEqual(
      expect.arrayContaining([
        { field: 'region', value: 'Москва', count: 1 },
        { field: 'socialStatus', value: 'домохозяйка', count: 1 },
      ]),
    );

    const stored = rows(
      `SELECT r.reg_number, r.received_at, r.quarter, r.region_code, r.region_raw, t.name AS topic, r.topic_raw,
              r.sex, r.age, r.social_status, r.iin_hash
       FROM requests r LEFT JOIN topics t ON t.id = r.topic_id ORDER BY r.reg_number`,
    );
    expect(stored.map((r) => [r.reg_number, r.received_at, r.quarter])).toEqual([
      ['РК-001', '2024-06-30 23:59:59', '2024-Q2'],
      ['РК-002', '2024-07-01 00:00:00', '2024-Q3'],
      ['РК-003', '2024-08-15 10:30:00', '2024-Q3'],
      ['РК-004', '2024-09-30 12:00:00', '2024-Q3'],
    ]);
    expect(stored.map((r) => r.region_code)).toEqual(['KZ-71', 'KZ-63', 'KZ-10', null]);
    expect(stored[3]?.region_raw).toBe('Москва');
    // One topic, whatever the case and spacing; each request keeps the spelling it came with.
    expect(stored.map((r) => r.topic)).toEqual([
      'Жилищные вопросы',
      'Жилищные вопросы',
      'Отопление',
      'Отопление',
    ]);
    expect(stored[1]?.topic_raw).toBe('жилищные ВОПРОСЫ');
    // Age and sex decoded from the IIN (leading zero restored) when the columns are empty.
    expect(stored.map((r) => [r.sex, r.age])).toEqual([
      ['female', 45],
      ['female', 19],
      ['male', 63],
      ['male', 33],
    ]);
    expect(stored.map((r) => r.social_status)).toEqual(['pensioner', 'student', 'entrepreneur', 'other']);
    // The IIN is never stored in clear.
    const dump = b.snapshot();
    expect(dump).not.toContain(iin2005);
    expect(dump).not.toContain(iin2005.slice(1));
    expect(dump).not.toContain(iin1960);
    expect(String(stored[1]?.iin_hash)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Kazakh headers, several sheets', () => {
  it('imports every sheet that holds requests and skips a summary sheet', async () => {
    b = testBackend();
    const header = [
      'Тіркеу нөмірі',
      'Түскен күні',
      'Өңір',
      'Тақырып',
      'Жынысы',
      'Туған күні',
      'Әлеуметтік мәртебесі',
      'Тілі',
    ];
    const wb = workbookBytes({
      Шілде: [
        ['Байланыс орталығына түскен сұрау салулар'],
        header,
        [
          'Ж-1',
          '02.07.2024 09:15',
          'Алматы қ.',
          'Зейнетақы',
          'әйел',
          '10.07.1960',
          'зейнеткер',
          'қазақ тілі',
        ],
        ['Ж-2', '03.07.2024 11:00', 'Алматы облысы', 'Зейнетақы', 'ер', '03.07.2000', 'жұмыссыз', 'орыс'],
        ['Барлығы', 2],
      ],
      Жиынтық: [
        ['Өңір', 'Саны'],
        ['Алматы қ.', 1],
      ],
      Тамыз: [
        header,
        ['Ж-3', '2024-08-01T08:00:00', 'Шымкент қаласы', 'Тұрғын үй', 'ер', '', 'көп балалы отбасы', 'kk'],
      ],
    });
    const path = writeFixture(b.dir, 'kk.xlsx', wb);
    const report = await b.call('imports.run', { paths: [path] });
    const f = report.files[0];
    expect(f?.sheets.map((s) => [s.sheet, s.headerRow, s.stored])).toEqual([
      ['Шілде', 2, 2],
      ['Тамыз', 1, 1],
    ]);
    expect(f?.skippedSheets).toEqual(['Жиынтық']);
    expect(
      rows('SELECT reg_number, region_code, sex, age, social_status, language FROM requests ORDER BY 1'),
    ).toEqual([
      {
        reg_number: 'Ж-1',
        region_code: 'KZ-75',
        sex: 'female',
        age: 63,
        social_status: 'pensioner',
        language: 'kk',
      },
      // Birthday on the request date: 24 full years that day.
      {
        reg_number: 'Ж-2',
        region_code: 'KZ-19',
        sex: 'male',
        age: 24,
        social_status: 'unemployed',
        language: 'ru',
      },
      {
        reg_number: 'Ж-3',
        region_code: 'KZ-79',
        sex: 'male',
        age: null,
        social_status: 'largeFamily',
        language: 'kk',
      },
    ]);
  });
});

describe('CSV encodings and delimiters', () => {
  const grid = [
    ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Содержание обращения'],
    ['C-1', '01.10.2024 08:00', 'Карагандинская обл.', 'Отопление', 'Нет тепла; прошу "срочно" помочь'],
    ['C-2', '31.12.2024 23:59:59', 'СКО', 'Отопление', 'Холодно в квартире'],
  ];

  it.each([
    ['Windows-1251 with ;', (g: typeof grid) => encodeCp1251(csvText(g, ';'))],
    ['UTF-8 with BOM and ,', (g: typeof grid) => Buffer.from('\uFEFF' + csvText(g, ','), 'utf8')],
    ['UTF-8 without BOM, tab, LF', (g: typeof grid) => Buffer.from(csvText(g, '\t', '\n'), 'utf8')],
  ])('%s', async (_name, encode) => {
    b = testBackend();
    const path = writeFixture(b.dir, 'export.csv', encode(grid));
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.format).toBe('csv');
    expect(rows('SELECT reg_number, quarter, region_code, text FROM requests ORDER BY 1')).toEqual([
      {
        reg_number: 'C-1',
        quarter: '2024-Q4',
        region_code: 'KZ-35',
        text: 'Нет тепла; прошу "срочно" помочь',
      },
      { reg_number: 'C-2', quarter: '2024-Q4', region_code: 'KZ-59', text: 'Холодно в квартире' },
    ]);
  });
});

describe('other workbook formats', () => {
  const grid: Grid = [
    ['Отчет контакт-центра'],
    ['Номер обращения', 'Дата обращения', 'Область', 'Тема обращения', 'Пол', 'Возраст'],
    ['H-1', '05.01.2025 10:00', 'Туркестанская область', 'Газификация', 'Женский', '71'],
    ['H-2', '06.01.2025 10:00', 'г. Шымкент', 'Газификация', 'Мужской', '18'],
    ['Всего', '2'],
  ];

  it('reads an HTML table saved as .xls', async () => {
    b = testBackend();
    const path = writeFixture(b.dir, 'crm-export.xls', htmlTableXls(grid as (string | null)[][]));
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.format).toBe('html');
    expect(report.files[0]?.sheets[0]).toMatchObject({ headerRow: 2, stored: 2, totalsRowsSkipped: 1 });
    expect(rows('SELECT region_code, sex, age, quarter FROM requests ORDER BY reg_number')).toEqual([
      { region_code: 'KZ-61', sex: 'female', age: 71, quarter: '2025-Q1' },
      { region_code: 'KZ-79', sex: 'male', age: 18, quarter: '2025-Q1' },
    ]);
  });

  it.each([
    ['xls', 'biff8'],
    ['ods', 'ods'],
  ] as const)('reads %s', async (ext, bookType) => {
    b = testBackend();
    const withDates: Grid = grid.map((r, i) =>
      i === 2 ? ['H-1', excelDate(2025, 1, 5, 10), ...r.slice(2)] : r,
    );
    const path = writeFixture(b.dir, `export.${ext}`, workbookBytes({ Обращения: withDates }, bookType));
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.format).toBe(ext);
    expect(rows('SELECT reg_number, received_at, region_code FROM requests ORDER BY 1')).toEqual([
      { reg_number: 'H-1', received_at: '2025-01-05 10:00:00', region_code: 'KZ-61' },
      { reg_number: 'H-2', received_at: '2025-01-06 10:00:00', region_code: 'KZ-79' },
    ]);
  });
});
