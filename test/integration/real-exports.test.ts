// Exports shaped like the ones Kazakh contact centers really produce, written as real files (XLSX, BIFF8 .xls,
// ODS, HTML-as-.xls, Windows-1251 CSV), imported through the real backend; every figure is the one a careful
// analyst reading the file would count.
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
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
import type { ImportOptions } from '../../src-main/shared/commands/imports';
import type { ImportReport } from '../../src-main/shared/imports';

let b: TestBackend;
afterEach(() => b?.close());

function rows(sql: string, ...params: unknown[]) {
  return b.store.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
}

/** `SELECT key, count(*)` as an object, nulls under 'null'. */
function tally(expr: string, where = '1 = 1'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows(
    `SELECT ${expr} AS k, count(*) AS n FROM requests r LEFT JOIN topics t ON t.id = r.topic_id
     WHERE ${where} GROUP BY 1`,
  )) {
    out[r.k === null ? 'null' : String(r.k)] = Number(r.n);
  }
  return out;
}

async function importBytes(
  name: string,
  bytes: Buffer | string,
  options: Omit<ImportOptions, 'paths'> = {},
): Promise<ImportReport> {
  const path = writeFixture(b.dir, name, bytes);
  return b.call('imports.run', { paths: [path], ...options });
}

const quarter = (q: string): Promise<Analysis> => b.call('analysis.quarter', { quarter: q });

/** The analysis's counts by region, regions with no requests left out. */
const byRegion = (a: Analysis): Record<string, number> =>
  Object.fromEntries(a.byRegion.filter((r) => r.count > 0).map((r) => [r.code, r.count]));

/** The analysis's counts by topic, with the requests without one under '—'. */
const byTopic = (a: Analysis): Record<string, number> => {
  const out: Record<string, number> = Object.fromEntries(
    a.byTopic.filter((t) => t.count > 0).map((t) => [t.topic, t.count]),
  );
  if (a.topicNotSpecified.count > 0) out['—'] = a.topicNotSpecified.count;
  return out;
};

/** Expands [value…, count] specs into that many rows, in order. */
function expand<T extends unknown[]>(spec: readonly [...T, number][]): T[] {
  return spec.flatMap((s) => {
    const n = s[s.length - 1] as number;
    const values = s.slice(0, -1) as T;
    return Array.from({ length: n }, () => values);
  });
}

interface SheetSpec {
  name: string;
  grid: Grid;
  hidden?: boolean;
  hiddenCols?: number[];
  merges?: string[];
}

/** A workbook written by SheetJS with the sheet and column properties workbookBytes has no say in. */
function bookBytes(sheets: SheetSpec[], bookType: XLSX.BookType = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.grid);
    if (s.hiddenCols) {
      const width = Math.max(...s.grid.map((r) => r.length));
      ws['!cols'] = Array.from({ length: width }, (_, i) =>
        s.hiddenCols?.includes(i) ? { hidden: true } : {},
      );
    }
    if (s.merges) ws['!merges'] = s.merges.map((r) => XLSX.utils.decode_range(r));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return XLSX.write(wb, { type: 'buffer', bookType }) as Buffer;
}

/** A valid BIN: registration year and month, 4 (a resident legal entity), 0 (head office), a serial, a check. */
function makeBin(yy: number, mm: number, serial = 12345): string {
  for (let s = serial; ; s++) {
    const body = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}40${String(s % 100_000).padStart(5, '0')}`;
    const digits = [...body].map(Number);
    let c = digits.reduce((a, v, i) => a + v * (i + 1), 0) % 11;
    if (c === 10) c = digits.reduce((a, v, i) => a + v * (((i + 2) % 11) + 1), 0) % 11;
    if (c !== 10) return body + c;
  }
}

/** What Windows-1251 makes of Kazakh text: the eight letters it lacks become «?». */
const throughCp1251 = (s: string): string => s.replace(/[ӘәҒғҚқҢңӨөҰұҮүҺһ]/g, '?');

const pad = (n: number) => String(n).padStart(2, '0');

describe('Kazakh-only export with the Methodology headings', () => {
  it('counts by topic and region, and reads sex, language and the birth date from Kazakh headers', async () => {
    b = testBackend();
    const spec = expand<[string, string]>([
      ['Астана қ.', 'Тұрғын үй мәселелері', 4],
      ['Астана қ.', 'Әлеуметтік төлемдер', 2],
      ['Алматы қаласы', 'Тұрғын үй мәселелері', 3],
      ['Алматы қаласы', 'Жол құрылысы', 2],
      ['Қарағанды облысы', 'Әлеуметтік төлемдер', 3],
      ['Түркістан облысы', 'Денсаулық сақтау', 2],
      ['Шымкент қ.', 'Жол құрылысы', 1],
      ['Шығыс Қазақстан облысы', 'Денсаулық сақтау', 1],
    ]);
    const statuses = ['зейнеткер', 'жалдамалы жұмыскер', 'студент'];
    const grid: Grid = [
      ['Бірыңғай байланыс орталығына түскен сұрау салулар тізілімі'],
      ['2024 жылғы 3-тоқсан'],
      [
        'Р/с №',
        'Тіркеу нөмірі',
        'Келіп түскен күні',
        'Өңір',
        'Сұрау салулардың тақырыбы',
        'Жынысы (ер/әйел)',
        'Тілі (қаз/орыс)',
        'Туган куни',
        'Әлеуметтік мәртебесі',
      ],
      ...spec.map(([region, topic], i) => [
        i + 1,
        `ҚР-${1000 + i}`,
        excelDate(2024, 7 + (i % 3), 1 + i, 9 + (i % 8), 15),
        region,
        topic,
        i % 2 === 0 ? 'ер' : 'әйел',
        i % 3 === 0 ? 'орыс' : 'қаз',
        i < 6 ? '01.01.1960' : '20.10.1995',
        statuses[Math.floor(i / 6)] as string,
      ]),
    ];
    const report = await importBytes('kk-methodology.xlsx', workbookBytes({ Парақ1: grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ headerRow: 3, rowsRead: 18, stored: 18 });
    expect(sheet?.missingFields ?? []).toEqual([]);

    const a = await quarter('2024-Q3');
    expect(a.total).toBe(18);
    expect(byRegion(a)).toEqual({ 'KZ-71': 6, 'KZ-75': 5, 'KZ-35': 3, 'KZ-61': 2, 'KZ-79': 1, 'KZ-63': 1 });
    expect(byTopic(a)).toEqual({
      'Тұрғын үй мәселелері': 7,
      'Әлеуметтік төлемдер': 5,
      'Жол құрылысы': 3,
      'Денсаулық сақтау': 3,
    });
    expect(a.portrait.sex).toEqual({ female: 9, male: 9, unknown: 0 });
    expect(tally('r.language')).toEqual({ ru: 6, kk: 12 });
    // Born 1 January 1960: 64 in the third quarter of 2024; born 20 October 1995: 28 until 20 October.
    expect(tally('r.age')).toEqual({ 64: 6, 28: 12 });
    expect(tally('r.social_status')).toEqual({ pensioner: 6, employee: 6, student: 6 });
  });
});

describe('city 109 register', () => {
  it('reads «Город» as the region, «Категория» as the topic, «Подкатегория» as the subtopic, keeps districts', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Алмалинский', 'ЖКХ', 'Отсутствие горячей воды', 3],
      ['Бостандыкский', 'ЖКХ', 'Отсутствие горячей воды', 2],
      ['Бостандыкский', 'ЖКХ', 'Протечка кровли', 2],
      ['Ауэзовский', 'Благоустройство', 'Вывоз мусора', 3],
      ['Медеуский', 'Благоустройство', 'Освещение улиц', 2],
      ['Алатауский', 'Транспорт', 'Работа общественного транспорта', 3],
      ['Турксибский', 'Транспорт', 'Ремонт дорог', 2],
      ['Жетысуский', 'ЖКХ', 'Протечка кровли', 1],
      ['Наурызбайский', 'Благоустройство', 'Вывоз мусора', 2],
    ]);
    const states = ['Исполнено', 'В работе', 'Закрыто'];
    const grid: Grid = [
      ['№', 'Номер заявки', 'Дата создания', 'Город', 'Район', 'Категория', 'Подкатегория', 'Статус заявки'],
      ...spec.map(([district, category, sub], i) => [
        i + 1,
        `109-${240700 + i * 7}`,
        excelDate(2024, 7 + (i % 3), 2 + i, 8 + (i % 10), 5 * (i % 12)),
        'Алматы',
        district,
        category,
        sub,
        states[i % 3] as string,
      ]),
    ];
    const report = await importBytes('109-almaty.xlsx', workbookBytes({ Заявки: grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 20, stored: 20 });
    const field = (h: string) => sheet?.columns.find((c) => c.header === h)?.field;
    expect([field('Город'), field('Район'), field('Категория'), field('Подкатегория')]).toEqual([
      'region',
      'district',
      'topic',
      'subtopic',
    ]);

    const a = await quarter('2024-Q3');
    expect(a.total).toBe(20);
    expect(byRegion(a)).toEqual({ 'KZ-75': 20 });
    expect(byTopic(a)).toEqual({ ЖКХ: 8, Благоустройство: 7, Транспорт: 5 });
    expect(tally('r.subtopic')).toEqual({
      'Отсутствие горячей воды': 5,
      'Протечка кровли': 3,
      'Вывоз мусора': 5,
      'Освещение улиц': 2,
      'Работа общественного транспорта': 3,
      'Ремонт дорог': 2,
    });
    // Every request keeps its district, as written.
    expect(tally('r.district')).toEqual({
      Алмалинский: 3,
      Бостандыкский: 4,
      Ауэзовский: 3,
      Медеуский: 2,
      Алатауский: 3,
      Турксибский: 2,
      Жетысуский: 1,
      Наурызбайский: 2,
    });
    // «Категория» here is the topic, not the strategic/typical/complaint category.
    expect(tally('r.category')).toEqual({ null: 20 });
  });
});

describe('monthly workbook', () => {
  it('reads every month sheet, skips the pivot and the hidden lookup and names them', async () => {
    b = testBackend();
    const header = ['№', 'Дата обращения', 'Регион', 'Тема обращения', 'Пол', 'Возраст'];
    const month = (m: number, title: string, spec: [string, string, number][], subtotal: string): Grid => {
      const data = expand<[string, string]>(spec).map(([region, topic], i) => [
        i + 1,
        excelDate(2024, m, 1 + i * 3, 10, 30),
        region,
        topic,
        i % 3 === 0 ? 'Ж' : 'М',
        25 + i * 4,
      ]);
      return [[title], header, ...data, [subtotal, null, null, null, null, null]];
    };
    const july = month(
      7,
      'Обращения за июль 2024 г.',
      [
        ['г. Астана', 'Коммунальные услуги', 3],
        ['Карагандинская область', 'Пособия и выплаты', 3],
        ['г. Алматы', 'Коммунальные услуги', 2],
      ],
      'Итого за июль',
    );
    const august = month(
      8,
      'Обращения за август 2024 г.',
      [
        ['г. Астана', 'Пособия и выплаты', 2],
        ['Павлодарская область', 'Коммунальные услуги', 3],
        ['г. Алматы', 'Трудоустройство', 2],
      ],
      'Итого за август',
    );
    const september = month(
      9,
      'Обращения за сентябрь 2024 г.',
      [
        ['Карагандинская область', 'Трудоустройство', 2],
        ['г. Астана', 'Коммунальные услуги', 4],
      ],
      'Итого за сентябрь',
    );
    const pivot: Grid = [
      ['Регион', 'Количество'],
      ['г. Астана', 9],
      ['Карагандинская область', 5],
      ['г. Алматы', 4],
      ['Павлодарская область', 3],
      ['Всего', 21],
    ];
    const lookup: Grid = [
      ['Код', 'Регион', 'Тема обращения'],
      ['KZ-71', 'г. Астана', 'Коммунальные услуги'],
      ['KZ-75', 'г. Алматы', 'Пособия и выплаты'],
      ['KZ-35', 'Карагандинская область', 'Трудоустройство'],
      ['KZ-55', 'Павлодарская область', 'Газоснабжение'],
    ];
    const bytes = bookBytes([
      { name: 'Июль', grid: july },
      { name: 'Август', grid: august },
      { name: 'Сентябрь', grid: september },
      { name: 'Свод', grid: pivot },
      { name: 'Справочник', grid: lookup, hidden: true },
    ]);
    const report = await importBytes('2024-Q3-by-month.xlsx', bytes);
    const f = report.files[0];
    expect(
      f?.sheets.map((s) => [s.sheet, s.rowsRead, s.stored, s.totalsRowsSkipped + s.rowsSkipped.notes]),
    ).toEqual([
      ['Июль', 8, 8, 1],
      ['Август', 7, 7, 1],
      ['Сентябрь', 6, 6, 1],
    ]);
    expect([...(f?.skippedSheets ?? [])].sort()).toEqual(['Свод', 'Справочник']);
    expect(f?.sheetNotes?.map((n) => n.sheet).sort()).toEqual(['Свод', 'Справочник']);
    expect(f?.sheetNotes?.find((n) => n.sheet === 'Справочник')?.reason).toBe('hidden');
    expect(['noDate', 'noHeader']).toContain(f?.sheetNotes?.find((n) => n.sheet === 'Свод')?.reason);

    const a = await quarter('2024-Q3');
    expect(a.total).toBe(21);
    expect(byRegion(a)).toEqual({ 'KZ-71': 9, 'KZ-35': 5, 'KZ-75': 4, 'KZ-55': 3 });
    expect(byTopic(a)).toEqual({ 'Коммунальные услуги': 12, 'Пособия и выплаты': 5, Трудоустройство: 4 });
    expect(tally('substr(r.received_at, 1, 7)')).toEqual({ '2024-07': 8, '2024-08': 7, '2024-09': 6 });
  });
});

describe('two-row header with a numbering row and a signature', () => {
  it('reads the group headings, skips the numbers, the total and the signatures, and refuses nothing', async () => {
    b = testBackend();
    const spec = expand<[string, string, number, string, string, string]>([
      ['женский', 'Пенсионер', 67, 'Тарифы на коммунальные услуги', 'Разъяснено', 'x', 3],
      ['мужской', 'Безработный', 34, 'Трудоустройство', 'Удовлетворено', 'x', 3],
      ['женский', 'Многодетная семья', 38, 'Адресная социальная помощь', 'Удовлетворено', 'x', 2],
      ['мужской', 'Индивидуальный предприниматель', 45, 'Налоги', 'Отказано', 'x', 2],
      ['женский', 'Студент', 20, 'Трудоустройство', 'Разъяснено', 'x', 2],
    ]);
    const data: Grid = spec.map(([sex, status, age, topic, result], i) => [
      i + 1,
      excelDate(2024, 7, 3 + i * 2, 9, 0),
      sex,
      age,
      status,
      topic,
      // Answered a week after the request came.
      excelDate(2024, 7, 10 + i * 2, 16, 0),
      result,
    ]);
    const grid: Grid = [
      ['Реестр обращений граждан за III квартал 2024 года'],
      [],
      ['№', 'Дата поступления', 'Заявитель', null, null, 'Тема', 'Ответ', null],
      [null, null, 'Пол', 'Возраст', 'Соц. статус', null, 'Дата', 'Результат'],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ...data,
      ['Итого', 12, null, null, null, null, null, null],
      [],
      ['Исполнитель: Ахметова А.'],
      ['Руководитель ________ Сейтов Б.'],
    ];
    const bytes = bookBytes([
      { name: 'Реестр', grid, merges: ['A1:H1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:H3'] },
    ]);
    // The file has no region column: the analyst agrees to go on without it.
    const report = await importBytes('two-row-header.xlsx', bytes, { allowMissing: ['region'] });
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({
      rowsRead: 12,
      rowsValid: 12,
      rowsRejected: 0,
      stored: 12,
      totalsRowsSkipped: 1,
    });
    expect(sheet?.rowsSkipped).toMatchObject({ numbering: 1, footer: 2 });
    expect(sheet?.errors).toEqual([]);

    const stored = rows(
      `SELECT received_at, answered_at, sex, age, social_status, result, t.name AS topic
       FROM requests r LEFT JOIN topics t ON t.id = r.topic_id ORDER BY source_row`,
    );
    expect(stored).toHaveLength(12);
    expect(stored[0]).toEqual({
      received_at: '2024-07-03 09:00:00',
      answered_at: '2024-07-10 16:00:00',
      sex: 'female',
      age: 67,
      social_status: 'pensioner',
      result: 'explained',
      topic: 'Тарифы на коммунальные услуги',
    });
    expect(stored[11]).toMatchObject({
      received_at: '2024-07-25 09:00:00',
      answered_at: '2024-08-01 16:00:00',
    });
    expect(tally('r.result')).toEqual({ explained: 5, satisfied: 5, refused: 2 });
    expect(tally('r.social_status')).toEqual({
      pensioner: 3,
      unemployed: 3,
      largeFamily: 2,
      entrepreneur: 2,
      student: 2,
    });
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(12);
    expect(byRegion(a)).toEqual({ unspecified: 12 });
    expect(byTopic(a)).toEqual({
      'Тарифы на коммунальные услуги': 3,
      Трудоустройство: 5,
      'Адресная социальная помощь': 2,
      Налоги: 2,
    });
    expect(a.portrait.sex).toEqual({ female: 7, male: 5, unknown: 0 });
  });
});

describe('one file as XLSX, BIFF8 and ODS', () => {
  const spec = expand<[string, string, string, number, string]>([
    ['Акмолинская область', 'Земельные отношения', 'Мужской', 52, 'Наемный работник', 3],
    ['г. Шымкент', 'Газификация', 'Женский', 41, 'Многодетная мать', 4],
    ['Жамбылская область', 'Земельные отношения', 'Мужской', 63, 'Пенсионер', 2],
    ['г. Шымкент', 'Образование', 'Женский', 29, 'Наемный работник', 3],
    ['Кызылординская область', 'Газификация', 'Мужской', 35, 'Безработный', 2],
  ]);
  const grid: Grid = [
    ['Отчет контакт-центра «1414» за июль–сентябрь 2024 года'],
    ['Номер обращения', 'Дата обращения', 'Область', 'Тема обращения', 'Пол', 'Возраст', 'Социальный статус'],
    ...spec.map(([region, topic, sex, age, status], i) => [
      `1414-${5000 + i}`,
      excelDate(2024, 7 + (i % 3), 4 + i, 11, 20),
      region,
      topic,
      sex,
      age,
      status,
    ]),
    ['Всего', 14],
  ];

  it('gives the same figures whatever the format', async () => {
    const results: Record<string, unknown> = {};
    for (const [ext, bookType] of [
      ['xlsx', 'xlsx'],
      ['xls', 'biff8'],
      ['ods', 'ods'],
    ] as const) {
      b = testBackend();
      const report = await importBytes(`export.${ext}`, workbookBytes({ Обращения: grid }, bookType));
      expect(report.files[0]?.format).toBe(ext);
      expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 14, stored: 14, totalsRowsSkipped: 1 });
      const a = await quarter('2024-Q3');
      results[ext] = {
        total: a.total,
        byRegion: byRegion(a),
        byTopic: byTopic(a),
        sex: a.portrait.sex,
        status: tally('r.social_status'),
        ages: tally('r.age'),
        received: rows('SELECT received_at FROM requests ORDER BY reg_number').map((r) => r.received_at),
      };
      b.close();
    }
    expect(results.xlsx).toMatchObject({
      total: 14,
      byRegion: { 'KZ-11': 3, 'KZ-79': 7, 'KZ-31': 2, 'KZ-43': 2 },
      byTopic: { 'Земельные отношения': 5, Газификация: 6, Образование: 3 },
      sex: { female: 7, male: 7, unknown: 0 },
      status: { employee: 6, largeFamily: 4, pensioner: 2, unemployed: 2 },
    });
    expect(results.xls).toEqual(results.xlsx);
    expect(results.ods).toEqual(results.xlsx);
  });
});

describe('HTML table saved as .xls', () => {
  it('finds the header under a title block and reads the text dates', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Северо-Казахстанская область', 'Ветеринария', 'муж', 4],
      ['Костанайская область', 'Ветеринария', 'жен', 2],
      ['Костанайская область', 'Субсидии сельскому хозяйству', 'муж', 3],
      ['Атырауская область', 'Субсидии сельскому хозяйству', 'жен', 2],
      ['Мангистауская область', 'Водоснабжение', 'жен', 3],
    ]);
    const grid: (string | number | null)[][] = [
      ['Министерство сельского хозяйства Республики Казахстан'],
      ['Отчет по обращениям за период с 01.07.2024 по 30.09.2024'],
      ['Сформирован: 01.10.2024 09:00:12'],
      [null],
      ['№', 'Рег. номер', 'Дата и время поступления', 'Регион', 'Тематика', 'Пол', 'Канал'],
      ...spec.map(([region, topic, sex], i) => [
        i + 1,
        `МСХ-${300 + i}`,
        `${pad(1 + i)}.0${7 + (i % 3)}.2024 ${pad(8 + (i % 9))}:${pad((i * 7) % 60)}:00`,
        region,
        topic,
        sex,
        i % 2 === 0 ? 'Телефон' : 'Портал',
      ]),
      ['Итого: 14', null, null, null, null, null, null],
    ];
    const report = await importBytes('msh-report.xls', htmlTableXls(grid));
    expect(report.files[0]?.format).toBe('html');
    expect(report.files[0]?.sheets[0]).toMatchObject({ headerRow: 5, rowsRead: 14, stored: 14 });
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(14);
    expect(byRegion(a)).toEqual({ 'KZ-59': 4, 'KZ-39': 5, 'KZ-23': 2, 'KZ-47': 3 });
    expect(byTopic(a)).toEqual({ Ветеринария: 6, 'Субсидии сельскому хозяйству': 5, Водоснабжение: 3 });
    expect(a.portrait.sex).toEqual({ female: 7, male: 7, unknown: 0 });
    expect(rows("SELECT received_at FROM requests WHERE reg_number = 'МСХ-301'")).toEqual([
      { received_at: '2024-08-02 09:07:00' },
    ]);
  });
});

describe('Kazakh CSV saved through Windows-1251', () => {
  const spec = expand<[string, string, string]>([
    ['Түркістан облысы', 'Көп балалы отбасы', 'әйел', 3],
    ['Түркістан облысы', 'Білімі жоқ адам', 'ер', 2],
    ['Қарағанды облысы', 'Жұмыссыз', 'ер', 3],
    ['Шымкент қаласы', 'Зейнеткер', 'әйел', 2],
    ['Алматы қаласы', 'Студент', 'ер', 2],
    ['Ақмола облысы', 'Білімі жоқ адам', 'әйел', 1],
    ['Ұлытау облысы', 'Жұмыссыз', 'ер', 1],
    ['Шығыс Қазақстан облысы', 'Мүгедек', 'ер', 1],
    ['Батыс Қазақстан облысы', 'Көп балалы отбасы', 'әйел', 1],
  ]);
  const topics = ['Тұрғын үй', 'Жер қатынастары', 'Әлеуметтік көмек'];
  const RU_HEADER = [
    'Рег. номер',
    'Дата поступления',
    'Регион',
    'Тематика',
    'Пол',
    'Возраст',
    'Социальный статус',
  ];
  const damaged = (header: string[]) =>
    encodeCp1251(
      throughCp1251(
        csvText(
          [
            header,
            ...spec.map(([region, status, sex], i) => [
              `Ө-${700 + i}`,
              `${pad(5 + i)}.0${7 + (i % 3)}.2024 10:${pad(i * 3)}`,
              region,
              topics[i % 3] as string,
              sex,
              20 + i * 3,
              status,
            ]),
          ],
          ';',
        ),
      ),
    );

  async function expectFigures(report: ImportReport) {
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 16, stored: 16 });
    expect(sheet?.lostLetters?.ambiguous ?? 0).toBe(0);
    expect(sheet?.unmapped).toEqual([]);
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(16);
    expect(byRegion(a)).toEqual({
      'KZ-61': 5,
      'KZ-35': 3,
      'KZ-79': 2,
      'KZ-75': 2,
      'KZ-11': 1,
      'KZ-62': 1,
      'KZ-63': 1,
      'KZ-27': 1,
    });
    expect(tally('r.social_status')).toEqual({
      largeFamily: 4,
      noEducation: 3,
      unemployed: 4,
      pensioner: 2,
      student: 2,
      disability: 1,
    });
    expect(a.portrait.socialStatus.educated).toBe(0);
    expect(a.portrait.socialStatus.noEducation).toBe(3);
    expect(a.portrait.sex).toEqual({ female: 7, male: 9, unknown: 0 });
    // Three topics of 6, 5 and 5 requests, however their «?» were read.
    expect(Object.values(byTopic(a)).sort((x, y) => y - x)).toEqual([6, 5, 5]);
  }

  it('reads a Kazakh file whose headers and values both lost their letters', async () => {
    b = testBackend();
    const header = [
      'Тіркеу нөмірі',
      'Түскен күні',
      'Өңір',
      'Тақырыбы',
      'Жынысы',
      'Жасы',
      'Әлеуметтік мәртебесі',
    ];
    // The headers come as «Т?скен к?ні», «??ір», «Та?ырыбы», «?леуметтік м?ртебесі».
    await expectFigures(await importBytes('kk-1251.csv', damaged(header)));
  });

  it('reads Kazakh values that lost their letters under Russian headers', async () => {
    b = testBackend();
    await expectFigures(await importBytes('ru-kk-1251.csv', damaged(RU_HEADER)));
  });

  it('judges the damaged values as plausible as the undamaged ones in the preview', async () => {
    b = testBackend();
    const intact = csvText(
      [
        RU_HEADER,
        ...spec.map(([region, status, sex], i) => [
          `Ө-${i}`,
          '05.07.2024',
          region,
          'Тұрғын үй',
          sex,
          30,
          status,
        ]),
      ],
      ';',
    );
    const confidences = async (name: string, bytes: Buffer) => {
      const path = writeFixture(b.dir, name, bytes);
      const preview = await b.call('imports.preview', { paths: [path] });
      const columns = preview.files[0]?.sheets[0]?.columns ?? [];
      return Object.fromEntries(
        ['Регион', 'Пол', 'Социальный статус'].map((h) => [
          h,
          columns.find((c) => c.header === h)?.confidence,
        ]),
      );
    };
    const undamaged = await confidences('intact.csv', Buffer.from(intact, 'utf8'));
    expect(undamaged).toEqual({ Регион: 1, Пол: 1, 'Социальный статус': 1 });
    // «Т?ркістан облысы» is as much a region as «Түркістан облысы», once its letters are put back.
    expect(await confidences('damaged.csv', encodeCp1251(throughCp1251(intact)))).toEqual(undamaged);
  });
});

describe('ISO 8601 timestamps with offsets', () => {
  it('moves instants with an offset to Asia/Almaty time and leaves local values alone', async () => {
    b = testBackend();
    const stamps: [string, string, string][] = [
      ['2024-06-30T19:40:00Z', '2024-07-01 00:40:00', '2024-Q3'],
      ['2024-06-30T23:30:00+06:00', '2024-06-30 22:30:00', '2024-Q2'],
      ['2024-06-30T23:59:00', '2024-06-30 23:59:00', '2024-Q2'],
      ['2024-06-30T20:00:00.000Z', '2024-07-01 01:00:00', '2024-Q3'],
      ['2024-07-01T00:10:00+05:00', '2024-07-01 00:10:00', '2024-Q3'],
      ['2024-09-30T18:59:59Z', '2024-09-30 23:59:59', '2024-Q3'],
      ['2024-09-30T19:30:00Z', '2024-10-01 00:30:00', '2024-Q4'],
      ['2024-03-31T19:30:00Z', '2024-04-01 00:30:00', '2024-Q2'],
      // Before 1 March 2024 Almaty kept UTC+06:00.
      ['2023-12-31T18:30:00Z', '2024-01-01 00:30:00', '2024-Q1'],
      ['2024-08-15T04:00:00+00:00', '2024-08-15 09:00:00', '2024-Q3'],
      ['2024-08-15T09:00:00', '2024-08-15 09:00:00', '2024-Q3'],
      ['2024-08-16T12:00:00+03:00', '2024-08-16 14:00:00', '2024-Q3'],
    ];
    const grid = [
      ['ID', 'Дата создания', 'Регион', 'Тема'],
      ...stamps.map(([stamp], i) => [`CRM-${9000 + i}`, stamp, 'г. Астана', 'Электроснабжение']),
    ];
    const report = await importBytes('crm-iso.csv', Buffer.from(csvText(grid, ','), 'utf8'));
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 12, stored: 12 });
    expect(rows('SELECT reg_number, received_at, quarter FROM requests ORDER BY reg_number')).toEqual(
      stamps.map(([, local, q], i) => ({ reg_number: `CRM-${9000 + i}`, received_at: local, quarter: q })),
    );
    expect((await quarter('2024-Q3')).total).toBe(7);
    expect((await quarter('2024-Q2')).total).toBe(3);
  });
});

describe('region only in the address', () => {
  it('derives the region from the city the address names, and no region from a street', async () => {
    b = testBackend();
    const spec = expand<[string, string]>([
      ['г. Семей, ул. Абая 12', 'Отопление', 3],
      ['Қонаев қ., Абай көшесі 3', 'Отопление', 2],
      ['мкр. Самал-2, д. 14', 'Водоснабжение', 2],
      ['г. Талдыкорган, ул. Тауелсиздик 45', 'Отопление', 2],
      ['Жезқазған қ., Алашахан даңғылы 8', 'Водоснабжение', 1],
      ['г. Астана, пр. Мангилик Ел 55, кв. 10', 'Отопление', 2],
      ['Алматы қ., Абай даңғылы 150', 'Водоснабжение', 2],
      ['г. Караганда, ул. Ерубаева 20', 'Вывоз мусора', 2],
      ['Шымкент, мкр. Нурсат, 12', 'Вывоз мусора', 1],
      ['г. Усть-Каменогорск, ул. Казахстан 70', 'Отопление', 1],
      ['ул. Абая 5', 'Вывоз мусора', 1],
      ['Туркестанская обл., Сайрамский р-н, с. Карабулак', 'Водоснабжение', 1],
    ]);
    const grid: Grid = [
      ['Дата обращения', 'Адрес заявителя', 'Тема обращения'],
      ...spec.map(([address, topic], i) => [excelDate(2024, 8, 1 + i, 12), address, topic]),
    ];
    const report = await importBytes('addresses.xlsx', workbookBytes({ Лист1: grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 20, stored: 20 });
    expect(sheet?.columns.find((c) => c.header === 'Адрес заявителя')?.field).toBe('address');
    const a = await quarter('2024-Q3');
    expect(byRegion(a)).toEqual({
      'KZ-10': 3,
      'KZ-19': 2,
      'KZ-33': 2,
      'KZ-62': 1,
      'KZ-71': 2,
      'KZ-75': 2,
      'KZ-35': 2,
      'KZ-79': 1,
      'KZ-63': 1,
      'KZ-61': 1,
      unspecified: 3,
    });
    expect(byTopic(a)).toEqual({ Отопление: 10, Водоснабжение: 6, 'Вывоз мусора': 4 });
    // The address itself is never stored.
    expect(b.snapshot()).not.toContain('Ерубаева');
  });
});

describe('IINs that Excel turned into numbers', () => {
  it('puts back up to three leading zeros, and reads a BIN as a legal entity', async () => {
    b = testBackend();
    // Each IIN with the sex and the age on 15.08.2024 it encodes; one that begins with 0 goes in as a number.
    const people: [string, string, number][] = [
      [makeIin(2000, 1, 5, 'female'), 'female', 24], // 000105…: three zeros lost
      [makeIin(2000, 10, 20, 'male'), 'male', 23], // 001020…: two
      [makeIin(2005, 3, 14, 'female'), 'female', 19], // 050314…: one
      [makeIin(2009, 12, 31, 'male'), 'male', 14],
      [makeIin(2001, 8, 15, 'male'), 'male', 23], // birthday on the request day
      [makeIin(2001, 8, 16, 'female'), 'female', 22], // the day after
      [makeIin(1985, 6, 1, 'male'), 'male', 39],
      [makeIin(1958, 2, 28, 'female'), 'female', 66],
      [makeIin(2000, 2, 29, 'female', 4321), 'female', 24],
      [makeIin(2003, 1, 1, 'male', 77), 'male', 21],
    ];
    const bin = makeBin(15, 4);
    const grid: Grid = [
      ['Дата обращения', 'Регион', 'Тема обращения', 'ИИН/БИН заявителя'],
      ...people.map(([iin], i) => [
        excelDate(2024, 8, 15, 10 + i),
        'Павлодарская область',
        'Пособия',
        iin.startsWith('0') ? Number(iin) : iin,
      ]),
      [excelDate(2024, 8, 15, 21), 'Павлодарская область', 'Налоги', Number(bin)],
      [excelDate(2024, 8, 15, 22), 'Павлодарская область', 'Налоги', bin],
    ];
    const report = await importBytes('iin-numbers.xlsx', workbookBytes({ Лист1: grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 12, stored: 12 });
    expect(sheet?.warnings.filter((w) => w.reason.startsWith('iin'))).toEqual([]);
    const stored = rows('SELECT sex, age, social_status, iin_hash FROM requests ORDER BY source_row');
    expect(stored.map((r) => [r.sex, r.age])).toEqual([
      ...people.map(([, sex, age]) => [sex, age]),
      [null, null],
      [null, null],
    ]);
    expect(stored.map((r) => r.social_status)).toEqual([...people.map(() => 'unknown'), 'other', 'other']);
    // Every IIN hashed; the BIN as a number and as text is one applicant.
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(String(r.iin_hash)))).toBe(true);
    expect(stored[10]?.iin_hash).toBe(stored[11]?.iin_hash);
    const a = await quarter('2024-Q3');
    expect(a.portrait.sex).toEqual({ female: 5, male: 5, unknown: 2 });
  });
});

describe('a deadline given as a number of days', () => {
  it('counts the term in calendar days from the request date', async () => {
    b = testBackend();
    const cases: [number, number, number, number, string][] = [
      [2024, 7, 1, 15, '2024-07-16'],
      [2024, 7, 20, 15, '2024-08-04'],
      [2024, 7, 31, 30, '2024-08-30'],
      [2024, 8, 25, 30, '2024-09-24'],
      [2024, 9, 20, 15, '2024-10-05'],
      [2024, 9, 30, 30, '2024-10-30'],
      [2024, 8, 1, 15, '2024-08-16'],
      [2024, 8, 2, 30, '2024-09-01'],
      [2024, 9, 1, 15, '2024-09-16'],
      [2024, 9, 16, 30, '2024-10-16'],
    ];
    const grid: Grid = [
      ['Рег. номер', 'Дата регистрации', 'Регион', 'Тематика', 'Срок исполнения (дней)'],
      ...cases.map(([y, m, d, term], i) => [
        `СР-${i + 1}`,
        excelDate(y, m, d, 14, 45),
        'Западно-Казахстанская область',
        'Дороги',
        term,
      ]),
    ];
    await importBytes('terms.xlsx', workbookBytes({ Лист1: grid }));
    expect(rows('SELECT deadline FROM requests ORDER BY source_row').map((r) => r.deadline)).toEqual(
      cases.map((c) => c[4]),
    );
  });
});

describe('a topic column no header names', () => {
  const header = ['№', 'Дата поступления', 'Регион', 'Пол', 'Графа 5'];
  const grafa = (offset: number, spec: [string, string, number][]): Grid => [
    ['Форма 1. Сведения о поступивших обращениях'],
    header,
    ...expand<[string, string]>(spec).map(([region, topic], i) => [
      offset + i + 1,
      excelDate(2024, 7, 1 + i, 10 + (offset % 5)),
      region,
      i % 2 ? 'ж' : 'м',
      topic,
    ]),
  ];
  const first = grafa(0, [
    ['Жамбылская область', 'Водоснабжение', 4],
    ['Жамбылская область', 'Ремонт дорог', 3],
    ['Туркестанская область', 'Водоснабжение', 3],
  ]);
  const second = grafa(100, [
    ['Туркестанская область', 'Ремонт дорог', 5],
    ['Жамбылская область', 'Газоснабжение', 5],
  ]);

  it('refuses it naming the file and sheet, stores it once mapped, and remembers the mapping', async () => {
    b = testBackend();
    const before = b.snapshot();
    const path = writeFixture(b.dir, 'forma-1.xlsx', workbookBytes({ 'Форма 1': first }));
    const error = await b.refused('imports.run', { paths: [path] });
    expect(error.code).toBe('missingColumns');
    expect(error.params).toMatchObject({ file: 'forma-1.xlsx', sheet: 'Форма 1' });
    expect(String(error.params.fields)).toContain('topic');
    expect(String(error.params.columns)).toContain('Графа 5');
    expect(b.snapshot()).toBe(before);

    const mapped = await b.call('imports.run', { paths: [path], map: { 'Графа 5': 'topic' } });
    expect(mapped.files[0]?.sheets[0]?.stored).toBe(10);
    expect(byTopic(await quarter('2024-Q3'))).toEqual({ Водоснабжение: 7, 'Ремонт дорог': 3 });

    const next = await importBytes('forma-1-august.xlsx', workbookBytes({ 'Форма 1': second }));
    expect(next.files[0]?.sheets[0]?.stored).toBe(10);
    expect(next.files[0]?.sheets[0]?.columns.find((c) => c.header === 'Графа 5')).toMatchObject({
      field: 'topic',
      source: 'remembered',
    });
    const a = await quarter('2024-Q3');
    expect(byTopic(a)).toEqual({ Водоснабжение: 7, 'Ремонт дорог': 8, Газоснабжение: 5 });
    expect(byRegion(a)).toEqual({ 'KZ-31': 12, 'KZ-61': 8 });
  });

  it('stores it without the topic once allowed, and remembers that for the same shape', async () => {
    b = testBackend();
    const report = await importBytes('forma-1.xlsx', workbookBytes({ 'Форма 1': first }), {
      allowMissing: ['topic'],
    });
    expect(report.files[0]?.sheets[0]).toMatchObject({ stored: 10, allowedMissing: ['topic'] });
    const next = await importBytes('forma-1-august.xlsx', workbookBytes({ 'Форма 1': second }));
    expect(next.files[0]?.sheets[0]).toMatchObject({ stored: 10, allowedMissing: ['topic'] });
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(20);
    expect(byTopic(a)).toEqual({ '—': 20 });
    expect(byRegion(a)).toEqual({ 'KZ-31': 12, 'KZ-61': 8 });
  });
});

describe('two region columns', () => {
  it('flags the rival column in the preview', async () => {
    b = testBackend();
    const regions = ['г. Астана', 'Акмолинская область', 'Костанайская область', 'г. Алматы'];
    const grid: Grid = [
      ['Дата обращения', 'Регион', 'Область заявителя', 'Тема обращения'],
      ...Array.from({ length: 16 }, (_, i) => [
        excelDate(2024, 9, 1 + i, 15),
        regions[i % 4] as string,
        // The applicant lives elsewhere now and then.
        (i % 5 === 0 ? regions[(i + 1) % 4] : regions[i % 4]) as string,
        i % 2 ? 'Пенсии' : 'Медицина',
      ]),
    ];
    const path = writeFixture(b.dir, 'two-regions.xlsx', workbookBytes({ Лист1: grid }));
    const preview = await b.call('imports.preview', { paths: [path] });
    const columns = preview.files[0]?.sheets[0]?.columns ?? [];
    const chosen = columns.filter((c) => c.field === 'region');
    expect(chosen).toHaveLength(1);
    const rival = chosen[0]?.header === 'Регион' ? 'Область заявителя' : 'Регион';
    expect(chosen[0]?.alternative).toMatchObject({ field: 'region', header: rival });
    expect(rows('SELECT count(*) AS n FROM requests')).toEqual([{ n: 0 }]);
  });
});

describe('a hidden column beside a visible one of the same meaning', () => {
  it('reads the visible column', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Алматинская область', 'Жетысуская область', 'Дороги', 4],
      ['Восточно-Казахстанская область', 'Абайская область', 'Дороги', 3],
      ['Карагандинская область', 'Улытауская область', 'Отопление', 3],
      ['Алматинская область', 'Алматинская область', 'Отопление', 2],
    ]);
    const grid: Grid = [
      ['Рег. номер', 'Дата обращения', 'Регион', 'Регион (уточн.)', 'Тема обращения'],
      ...spec.map(([old, now, topic], i) => [`Р-${i + 1}`, excelDate(2024, 7, 10 + i, 9), old, now, topic]),
    ];
    const report = await importBytes(
      'hidden-column.xlsx',
      bookBytes([{ name: 'Лист1', grid, hiddenCols: [2] }]),
    );
    const columns = report.files[0]?.sheets[0]?.columns ?? [];
    expect(columns.find((c) => c.header === 'Регион (уточн.)')?.field).toBe('region');
    expect(columns.find((c) => c.header === 'Регион')).toMatchObject({ hidden: true });
    expect(columns.find((c) => c.header === 'Регион')?.field).not.toBe('region');
    expect(byRegion(await quarter('2024-Q3'))).toEqual({ 'KZ-33': 4, 'KZ-10': 3, 'KZ-62': 3, 'KZ-19': 2 });
  });
});

describe('e-Otinish export', () => {
  it('reads «Характер вопроса» as the topic and «Вид обращения» as the type of request', async () => {
    b = testBackend();
    const spec = expand<[string, string, string, string, string]>([
      ['Заявление', 'Предоставление жилья очередникам', 'г. Астана', 'Русский', 'Разъяснено', 4],
      ['Жалоба', 'Действия (бездействие) должностных лиц', 'г. Астана', 'Казахский', 'Отказано', 2],
      ['Жалоба', 'Предоставление жилья очередникам', 'Акмолинская область', 'Русский', 'Удовлетворено', 3],
      ['Предложение', 'Благоустройство дворов', 'Акмолинская область', 'Казахский', 'Разъяснено', 2],
      ['Запрос', 'Благоустройство дворов', 'г. Астана', 'Казахский', 'Направлено по компетенции', 2],
      [
        'Отклик',
        'Действия (бездействие) должностных лиц',
        'Северо-Казахстанская область',
        'Русский',
        'Разъяснено',
        1,
      ],
    ]);
    const grid: Grid = [
      ['Реестр обращений физических и юридических лиц (e-Otinish)'],
      ['Период: 3 квартал 2024 года'],
      [
        '№ п/п',
        'Регистрационный номер',
        'Дата регистрации',
        'Вид обращения',
        'Характер вопроса',
        'Регион',
        'Язык обращения',
        'Результат рассмотрения',
      ],
      ...spec.map(([kind, question, region, lang, result], i) => [
        i + 1,
        `ЖТ-Т-2024-${pad(i + 1)}${String(10000 + i * 37)}`,
        `${pad(2 + i)}.0${7 + (i % 3)}.2024 ${pad(9 + (i % 8))}:00:00`,
        kind,
        question,
        region,
        lang,
        result,
      ]),
    ];
    const report = await importBytes('e-otinish.xlsx', workbookBytes({ Обращения: grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 14, stored: 14 });
    expect(sheet?.columns.find((c) => c.header === 'Характер вопроса')?.field).toBe('topic');
    expect(sheet?.columns.find((c) => c.header === 'Вид обращения')?.field).toBe('requestType');
    const a = await quarter('2024-Q3');
    expect(byTopic(a)).toEqual({
      'Предоставление жилья очередникам': 7,
      'Действия (бездействие) должностных лиц': 3,
      'Благоустройство дворов': 4,
    });
    expect(byRegion(a)).toEqual({ 'KZ-71': 8, 'KZ-11': 5, 'KZ-59': 1 });
    expect(tally('r.request_type')).toEqual({
      application: 4,
      complaint: 5,
      proposal: 2,
      request: 2,
      response: 1,
    });
    expect(tally('r.language')).toEqual({ ru: 8, kk: 6 });
    expect(tally('r.result')).toEqual({ explained: 7, refused: 2, satisfied: 3, forwarded: 2 });
  });
});

describe('headers with line breaks and numbering', () => {
  it('reads «1. Дата\\nпоступления» and its kin', async () => {
    b = testBackend();
    const spec = expand<[string, string, string, number, string]>(
      [
        ['г. Шымкент', 'Электроснабжение', 'М', 44, 'Рабочий'],
        ['Туркестанская область', 'Электроснабжение', 'Ж', 71, 'Пенсионерка'],
        ['Туркестанская область', 'Питьевая вода', 'М', 36, 'ИП'],
        ['г. Шымкент', 'Питьевая вода', 'Ж', 30, 'Многодетная мать'],
        ['Кызылординская область', 'Электроснабжение', 'М', 19, 'Студент'],
      ].map((r) => [...r, 3] as [string, string, string, number, string, number]),
    );
    const grid: Grid = [
      [
        '1. №\nп/п',
        '2. Дата\nпоступления',
        '3. Регион\n(область,\nгород)',
        '4. Тематика\nобращения',
        '5. Пол\n(М/Ж)',
        '6. Возраст,\nлет',
        '7. Социальный\nстатус',
      ],
      ...spec.map(([region, topic, sex, age, status], i) => [
        i + 1,
        excelDate(2024, 7 + (i % 3), 5 + i),
        region,
        topic,
        sex,
        age,
        status,
      ]),
    ];
    const report = await importBytes('numbered-headers.xlsx', workbookBytes({ Лист1: grid }));
    expect(report.files[0]?.sheets[0]?.columns.map((c) => c.field)).toEqual([
      null,
      'receivedAt',
      'region',
      'topic',
      'sex',
      'age',
      'socialStatus',
    ]);
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(15);
    expect(byRegion(a)).toEqual({ 'KZ-79': 6, 'KZ-61': 6, 'KZ-43': 3 });
    expect(byTopic(a)).toEqual({ Электроснабжение: 9, 'Питьевая вода': 6 });
    expect(a.portrait.sex).toEqual({ female: 6, male: 9, unknown: 0 });
    expect(tally('r.social_status')).toEqual({
      employee: 3,
      pensioner: 3,
      entrepreneur: 3,
      largeFamily: 3,
      student: 3,
    });
  });
});

describe('Kazakh headers and values in the Latin alphabet', () => {
  it('reads «Tüsken küni», «Öñir», «Taqyryby», «Jynysy»', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Almaty qalasy', 'Turğyn üi', 'er', 3],
      ['Astana qalasy', 'Turğyn üi', 'äiel', 2],
      ['Qarağandy oblysy', 'Jol qurylysy', 'er', 3],
      ['Almaty qalasy', 'Jol qurylysy', 'äiel', 2],
      ['Şymkent qalasy', 'Densaulyq saqtau', 'äiel', 2],
    ]);
    const grid: Grid = [
      ['Tirkeu nömiri', 'Tüsken küni', 'Öñir', 'Taqyryby', 'Jynysy', 'Jasy'],
      ...spec.map(([region, topic, sex], i) => [
        `T-${i + 1}`,
        excelDate(2024, 8, 1 + i, 11),
        region,
        topic,
        sex,
        30 + i,
      ]),
    ];
    const report = await importBytes('latin.xlsx', workbookBytes({ Sheet1: grid }));
    expect(report.files[0]?.sheets[0]?.columns.map((c) => c.field)).toEqual([
      'regNumber',
      'receivedAt',
      'region',
      'topic',
      'sex',
      'age',
    ]);
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(12);
    expect(byRegion(a)).toEqual({ 'KZ-75': 5, 'KZ-71': 2, 'KZ-35': 3, 'KZ-79': 2 });
    expect(byTopic(a)).toEqual({ 'Turğyn üi': 5, 'Jol qurylysy': 5, 'Densaulyq saqtau': 2 });
    expect(a.portrait.sex).toEqual({ female: 6, male: 6, unknown: 0 });
  });
});

describe('CRM export with the time in its own column', () => {
  it('takes the date column for the request date and counts the quarters by it', async () => {
    b = testBackend();
    const calls: [string, string, string][] = [
      ['30.06.2024', '23:50', 'Q2'],
      ['30.06.2024', '18:05', 'Q2'],
      ['01.07.2024', '00:05', 'Q3'],
      ['01.07.2024', '09:12', 'Q3'],
      ['15.07.2024', '14:30', 'Q3'],
      ['02.08.2024', '10:00', 'Q3'],
      ['19.08.2024', '16:45', 'Q3'],
      ['30.09.2024', '23:59', 'Q3'],
      ['01.10.2024', '00:01', 'Q4'],
      ['03.10.2024', '12:00', 'Q4'],
    ];
    const grid = [
      ['ID звонка', 'Дата', 'Время', 'Длительность', 'Регион', 'Тема', 'Оператор'],
      ...calls.map(([d, t], i) => [
        `${771000 + i}`,
        d,
        t,
        `00:0${1 + (i % 8)}:${pad((i * 13) % 60)}`,
        i % 2 ? 'Жетысуская область' : 'Алматинская область',
        i % 3 ? 'Пенсии' : 'Пособия',
        `Оператор ${1 + (i % 4)}`,
      ]),
    ];
    const report = await importBytes('crm-calls.csv', encodeCp1251(csvText(grid, ';')));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 10, stored: 10 });
    expect(sheet?.columns.find((c) => c.header === 'Дата')?.field).toBe('receivedAt');
    expect(sheet?.byQuarter).toEqual({ '2024-Q2': 2, '2024-Q3': 6, '2024-Q4': 2 });
    expect(rows('SELECT substr(received_at, 1, 10) AS day FROM requests ORDER BY source_row')).toEqual(
      calls.map(([d]) => ({ day: `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}` })),
    );
    expect(byRegion(await quarter('2024-Q3'))).toEqual({ 'KZ-19': 3, 'KZ-33': 3 });
  });
});

describe('header on row 7 under a long title block', () => {
  it('finds the header and reads the bilingual headings', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Павлодар облысы', 'Жылу беру / Теплоснабжение', 'Зейнеткер', 4],
      ['Павлодарская область', 'Жылу беру / Теплоснабжение', 'Пенсионер', 2],
      ['Солтүстік Қазақстан облысы', 'Көлік / Транспорт', 'Жұмыссыз', 3],
      ['Қостанай облысы', 'Көлік / Транспорт', 'Жалдамалы жұмыскер', 3],
      ['Қостанай облысы', 'Жылу беру / Теплоснабжение', 'Мүгедек', 2],
    ]);
    const grid: Grid = [
      ['Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі'],
      ['Министерство труда и социальной защиты населения Республики Казахстан'],
      ['Байланыс орталығына түскен өтініштер туралы мәлімет'],
      ['Сведения об обращениях, поступивших в контакт-центр'],
      ['Кезең / Период: 01.07.2024 – 30.09.2024'],
      ['Құрастырылған күні / Дата формирования: 02.10.2024'],
      [
        'Р/с № / № п/п',
        'Түскен күні / Дата поступления',
        'Өңір / Регион',
        'Тақырыбы / Тематика',
        'Әлеуметтік мәртебесі / Социальный статус',
      ],
      ...spec.map(([region, topic, status], i) => [
        i + 1,
        excelDate(2024, 9, 1 + i, 13, 10),
        region,
        topic,
        status,
      ]),
      ['Барлығы / Итого', 14, null, null, null],
    ];
    const report = await importBytes('mintrud.xlsx', workbookBytes({ Есеп: grid }));
    expect(report.files[0]?.sheets[0]).toMatchObject({
      headerRow: 7,
      rowsRead: 14,
      stored: 14,
      totalsRowsSkipped: 1,
    });
    const a = await quarter('2024-Q3');
    expect(byRegion(a)).toEqual({ 'KZ-55': 6, 'KZ-59': 3, 'KZ-39': 5 });
    expect(byTopic(a)).toEqual({ 'Жылу беру / Теплоснабжение': 8, 'Көлік / Транспорт': 6 });
    expect(tally('r.social_status')).toEqual({ pensioner: 6, unemployed: 3, employee: 3, disability: 2 });
  });
});

describe('Astana districts that share a name with a city', () => {
  it('keeps the region column over a district named «Алматы»', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['г. Астана', 'район Алматы', 'Вывоз снега', 4],
      ['г. Астана', 'Есильский район', 'Вывоз снега', 3],
      ['г. Астана', 'район Байконыр', 'Ремонт подъездов', 2],
      ['г. Астана', 'Сарыаркинский район', 'Ремонт подъездов', 2],
      ['г. Астана', 'район Нура', 'Вывоз снега', 1],
      ['Алматинская область', 'Илийский район', 'Ремонт подъездов', 2],
    ]);
    const grid: Grid = [
      ['Рег. номер', 'Дата обращения', 'Регион', 'Район', 'Тема обращения'],
      ...spec.map(([region, district, topic], i) => [
        `А-${i + 1}`,
        excelDate(2024, 8, 1 + i, 10),
        region,
        district,
        topic,
      ]),
    ];
    const report = await importBytes('astana-districts.xlsx', workbookBytes({ Лист1: grid }));
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 14, stored: 14 });
    const a = await quarter('2024-Q3');
    expect(byRegion(a)).toEqual({ 'KZ-71': 12, 'KZ-19': 2 });
    expect(tally('r.region_code', "r.district = 'район Алматы'")).toEqual({ 'KZ-71': 4 });
  });
});

describe('no region column: the city or the district names the place', () => {
  it('places each request by its town, with the 2022 regions', async () => {
    b = testBackend();
    const spec = expand<[string, string]>([
      ['Семей', 'KZ-10', 3],
      ['Талдыкорган', 'KZ-33', 2],
      ['Жезказган', 'KZ-62', 2],
      ['Конаев', 'KZ-19', 1],
      ['Караганда', 'KZ-35', 2],
      ['Актобе', 'KZ-15', 2],
      ['Уральск', 'KZ-27', 1],
      ['Кокшетау', 'KZ-11', 1],
      ['Туркестан', 'KZ-61', 1],
      ['Шымкент', 'KZ-79', 1],
    ]);
    const grid: Grid = [
      ['Дата обращения', 'Населенный пункт', 'Тема обращения', 'Пол'],
      ...spec.map(([town], i) => [
        excelDate(2024, 7, 1 + i, 12),
        town,
        i % 2 ? 'Пенсии' : 'Газ',
        i % 2 ? 'Ж' : 'М',
      ]),
    ];
    const report = await importBytes('towns.xlsx', workbookBytes({ Лист1: grid }));
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 16, stored: 16 });
    expect(report.files[0]?.sheets[0]?.missingFields ?? []).toEqual([]);
    expect(byRegion(await quarter('2024-Q3'))).toEqual({
      'KZ-10': 3,
      'KZ-33': 2,
      'KZ-62': 2,
      'KZ-19': 1,
      'KZ-35': 2,
      'KZ-15': 2,
      'KZ-27': 1,
      'KZ-11': 1,
      'KZ-61': 1,
      'KZ-79': 1,
    });
  });

  it('places each request by its rural district', async () => {
    b = testBackend();
    const spec = expand<[string, string]>([
      ['Сайрамский район', 'Водоснабжение', 3],
      ['Толебийский район', 'Газоснабжение', 2],
      ['Илийский район', 'Водоснабжение', 3],
      ['Карасайский район', 'Газоснабжение', 2],
      ['Бурабайский район', 'Водоснабжение', 1],
      ['Зерендинский район', 'Газоснабжение', 1],
    ]);
    const grid: Grid = [
      ['Дата обращения', 'Район', 'Тема обращения'],
      ...spec.map(([district, topic], i) => [excelDate(2024, 9, 2 + i, 9), district, topic]),
    ];
    const report = await importBytes('districts.xlsx', workbookBytes({ Лист1: grid }));
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 12, stored: 12 });
    expect(byRegion(await quarter('2024-Q3'))).toEqual({ 'KZ-61': 5, 'KZ-19': 5, 'KZ-11': 2 });
    expect(tally('r.district')).toEqual({
      'Сайрамский район': 3,
      'Толебийский район': 2,
      'Илийский район': 3,
      'Карасайский район': 2,
      'Бурабайский район': 1,
      'Зерендинский район': 1,
    });
  });
});

describe('one sheet for the quarter with month headings and subtotals', () => {
  it('skips the headings, the subtotals and the grand total, and counts every request once', async () => {
    b = testBackend();
    const header = ['№', 'Дата поступления', 'Регион', 'Тематика', 'Язык обращения'];
    const section = (m: number, name: string, spec: [string, string, number][]): Grid => [
      [name, null, null, null, null],
      ...expand<[string, string]>(spec).map(([region, topic], i) => [
        i + 1,
        excelDate(2024, m, 3 + i * 2, 15, 30),
        region,
        topic,
        i % 2 ? 'казахский' : 'русский',
      ]),
      [`Итого за ${name.toLowerCase()}`, spec.reduce((n, s) => n + s[2], 0), null, null, null],
    ];
    const grid: Grid = [
      ['Информация о поступивших обращениях за III квартал 2024 года'],
      header,
      ...section(7, 'Июль', [
        ['Атырауская область', 'Экология', 3],
        ['Мангистауская область', 'Занятость', 2],
      ]),
      ...section(8, 'Август', [
        ['Атырауская область', 'Занятость', 4],
        ['Западно-Казахстанская область', 'Экология', 1],
      ]),
      ...section(9, 'Сентябрь', [
        ['Мангистауская область', 'Экология', 3],
        ['Атырауская область', 'Экология', 2],
      ]),
      ['Всего за квартал', 15, null, null, null],
      ['Барлығы', 15, null, null, null],
    ];
    const report = await importBytes('q3-sections.xlsx', workbookBytes({ 'III кв.': grid }));
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ headerRow: 2, rowsRead: 15, rowsValid: 15, stored: 15, rowsRejected: 0 });
    expect(sheet?.errors).toEqual([]);
    // Three month headings and three subtotals amid the data, two totals after it.
    expect(
      (sheet?.rowsSkipped.notes ?? 0) + (sheet?.totalsRowsSkipped ?? 0) + (sheet?.rowsSkipped.footer ?? 0),
    ).toBe(8);
    const a = await quarter('2024-Q3');
    expect(a.total).toBe(15);
    expect(byRegion(a)).toEqual({ 'KZ-23': 9, 'KZ-47': 5, 'KZ-27': 1 });
    expect(byTopic(a)).toEqual({ Экология: 9, Занятость: 6 });
    expect(tally('r.language')).toEqual({ ru: 9, kk: 6 });
  });
});

describe('a «Категория» that is the Methodology category', () => {
  it('stays the strategic/typical/complaint category beside the topic column', async () => {
    b = testBackend();
    const spec = expand<[string, string, string]>([
      ['Стратегический', 'Качество медицинской помощи', 'Жамбылская область', 2],
      ['Типовой', 'Качество медицинской помощи', 'Жамбылская область', 5],
      ['Типовой', 'Лекарственное обеспечение', 'Кызылординская область', 4],
      ['Жалоба', 'Лекарственное обеспечение', 'Кызылординская область', 3],
    ]);
    const grid: Grid = [
      ['Рег. номер', 'Дата поступления', 'Регион', 'Категория', 'Тема обращения'],
      ...spec.map(([category, topic, region], i) => [
        `МЗ-${i + 1}`,
        excelDate(2024, 7, 2 + i, 11),
        region,
        category,
        topic,
      ]),
    ];
    const report = await importBytes('mz-categories.xlsx', workbookBytes({ Лист1: grid }));
    const columns = report.files[0]?.sheets[0]?.columns ?? [];
    expect(columns.find((c) => c.header === 'Категория')?.field).toBe('category');
    expect(columns.find((c) => c.header === 'Тема обращения')?.field).toBe('topic');
    expect(tally('r.category')).toEqual({ strategic: 2, typical: 9, complaint: 3 });
    const a = await quarter('2024-Q3');
    expect(byTopic(a)).toEqual({ 'Качество медицинской помощи': 7, 'Лекарственное обеспечение': 7 });
    expect(byRegion(a)).toEqual({ 'KZ-31': 7, 'KZ-43': 7 });
  });
});
