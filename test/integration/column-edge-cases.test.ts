// Exports where a column's header and its values pull apart, or say too little: an empty column with the right
// header, an address that names no settlement, a city in a district column, two columns of one header.
import { afterEach, describe, expect, it } from 'vitest';
import { parseSocialStatus } from '../../src-main/import/normalise/social-status';
import { csvText, workbookBytes, writeFixture } from '../fixtures/build';
import { cli } from '../fixtures/cli';
import { testBackend, type TestBackend } from '../fixtures/store';

let b: TestBackend;
afterEach(() => b?.close());

const rows = (n: number, row: (i: number) => (string | number | null)[]) =>
  Array.from({ length: n }, (_, i) => row(i));
const TOPICS = ['ЖКХ', 'Транспорт', 'Газ', 'ЖКХ', 'Благоустройство'];

describe('an empty column whose header names a field', () => {
  it('gives way to a filled one that the values name', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'empty-topic.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Тема', 'Категория'],
          ...rows(30, (i) => [`E-${i}`, '02.07.2026', 'СКО', null, TOPICS[i % 5] as string]),
        ],
        ';',
      ),
    );
    const report = await b.call('imports.run', { paths: [path] });
    const columns = report.files[0]?.sheets[0]?.columns ?? [];
    expect(columns.find((c) => c.header === 'Категория')?.field).toBe('topic');
    expect(columns.find((c) => c.header === 'Тема')?.field).toBeNull();
    const named = b.store.sqlite
      .prepare('SELECT count(*) AS n FROM requests WHERE topic_id IS NOT NULL')
      .get();
    expect(named).toEqual({ n: 30 });
  });
});

describe('a place column that gives no request its region', () => {
  it('is as missing as no column: an address of streets only is refused, unless the analyst agrees', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'streets.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Адрес', 'Тематика'],
          ...rows(12, (i) => [`S-${i}`, '02.07.2026', `ул. Абая ${i + 1}, кв. ${i + 3}`, 'Газ']),
        ],
        ';',
      ),
    );
    const refused = await b.refused('imports.run', { paths: [path] });
    expect(refused).toMatchObject({
      code: 'missingColumns',
      params: { file: 'streets.csv', fields: 'region' },
    });
    expect(b.store.sqlite.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 0 });
    const stored = await b.call('imports.run', { paths: [path], allowMissing: ['region'] });
    expect(stored.files[0]?.sheets[0]?.stored).toBe(12);
  });

  it('keeps a region column whose values need placing by hand: they are the region as written', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'villages.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'],
          ...rows(6, (i) => [`V-${i}`, '02.07.2026', 'пос. Нурлы Жол', 'Газ']),
        ],
        ';',
      ),
    );
    const stored = await b.call('imports.run', { paths: [path] });
    expect(stored.files[0]?.sheets[0]?.stored).toBe(6);
    expect(await b.call('regions.unplaced', {})).toEqual([{ value: 'пос. Нурлы Жол', count: 6 }]);
  });
});

describe('a city where a district stands', () => {
  it('is the city: «г. Астана» in a «Район/город» column is the capital, not a district of Aktobe', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'district-city.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Район/город', 'Тематика'],
          ...rows(10, (i) => [`D-${i}`, '02.07.2026', i % 2 ? 'г. Астана' : 'Алмалинский район', 'Газ']),
        ],
        ';',
      ),
    );
    await b.call('imports.run', { paths: [path] });
    const byRegion = b.store.sqlite
      .prepare('SELECT region_code AS code, count(*) AS n FROM requests GROUP BY 1 ORDER BY 1')
      .all();
    expect(byRegion).toEqual([
      { code: 'KZ-71', n: 5 },
      { code: 'KZ-75', n: 5 },
    ]);
  });

  it('a second column of region names is no district, and is shown as the region’s rival', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'two-regions.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Область', 'Тематика'],
          ...rows(10, (i) => [`R-${i}`, '02.07.2026', 'г. Алматы', 'Жетісу облысы', 'Газ']),
        ],
        ';',
      ),
    );
    const preview = await b.call('imports.preview', { paths: [path] });
    const columns = preview.files[0]?.sheets[0]?.columns ?? [];
    expect(columns.find((c) => c.header === 'Область')?.field).not.toBe('district');
    expect(columns.some((c) => c.alternative?.field === 'region')).toBe(true);
  });
});

describe('a deadline given in days', () => {
  it('counts calendar days unless its header says working days as a word («обработки» is not «рабочих»)', async () => {
    b = testBackend();
    const make = (header: string, name: string) =>
      writeFixture(
        b.dir,
        name,
        csvText(
          [
            ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', header],
            [`${name}-1`, '03.07.2026', 'СКО', 'Газ', 10],
          ],
          ';',
        ),
      );
    await b.call('imports.run', {
      paths: [make('Срок обработки (дней)', 'cal'), make('Срок исполнения (рабочих дней)', 'work')],
    });
    const deadlines = b.store.sqlite
      .prepare('SELECT reg_number AS n, deadline AS d FROM requests ORDER BY 1')
      .all();
    // 03.07.2026 is a Friday: ten calendar days is the 13th; ten working days, past two weekends and the
    // Capital's day (Monday 6 July), the 20th.
    expect(deadlines).toEqual([
      { n: 'cal-1', d: '2026-07-13' },
      { n: 'work-1', d: '2026-07-20' },
    ]);
  });
});

describe('sheets of one shape', () => {
  it('are not decided by an empty template sheet', async () => {
    b = testBackend();
    const header = ['Рег. номер', 'Дата поступления', 'Регион', 'Категория'];
    const july = [header, ...rows(25, (i) => [`J-${i}`, '02.07.2026', 'СКО', TOPICS[i % 5] as string])];
    const path = writeFixture(b.dir, 'months.xlsx', workbookBytes({ Шаблон: [header], Июль: july }));
    const report = await b.call('imports.run', { paths: [path] });
    const sheet = report.files[0]?.sheets.find((s) => s.sheet === 'Июль');
    expect(sheet?.columns.find((c) => c.header === 'Категория')?.field).toBe('topic');
  });
});

describe('people and their names', () => {
  it('never shows a column of names as examples, whatever its header', async () => {
    b = testBackend();
    const names = ['Иванов Иван Иванович', 'Ахметова А.', 'Сейтов Б.Н.', 'Жумабаева Гульнара'];
    const path = writeFixture(
      b.dir,
      'names.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Ф.И.О.', 'Заявитель', 'Кто обратился'],
          ...rows(8, (i) => [
            `N-${i}`,
            '02.07.2026',
            'СКО',
            'Газ',
            names[i % 4] as string,
            names[(i + 1) % 4] as string,
            names[(i + 2) % 4] as string,
          ]),
        ],
        ';',
      ),
    );
    const preview = await b.call('imports.preview', { paths: [path] });
    const text = JSON.stringify(preview);
    for (const n of names) expect(text).not.toContain(n);
  });
});

describe('the analyst’s mapping', () => {
  it('names a mistyped header before the field it left missing', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'g5.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Графа 5'],
          ['1', '02.07.2026', 'СКО', 'Газ'],
        ],
        ';',
      ),
    );
    const refused = await b.refused('imports.run', { paths: [path], map: { 'Графа 6': 'topic' } });
    expect(refused).toMatchObject({ code: 'unknownHeader', params: { header: 'графа 6' } });
  });

  it('says so when two columns of one header both get its field', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'twice.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Регион', 'Тематика'],
          ['1', '02.07.2026', 'СКО', 'ВКО', 'Газ'],
        ],
        ';',
      ),
    );
    const preview = await b.call('imports.preview', { paths: [path], map: { Регион: 'region' } });
    const regions = (preview.files[0]?.sheets[0]?.columns ?? []).filter((c) => c.header === 'Регион');
    expect(regions.map((c) => c.field)).toEqual(['region', null]);
    expect(regions.every((c) => c.alternative?.field === 'region')).toBe(true);
  });

  it('keeps a center’s phone when only its time zone is set', async () => {
    b = testBackend();
    const path = writeFixture(
      b.dir,
      'tz.csv',
      csvText(
        [
          ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'],
          ['1', '02.07.2026', 'СКО', 'Газ'],
        ],
        ';',
      ),
    );
    await b.call('imports.run', { paths: [path], center: 'Ақмола  облысының КЦ' });
    await cli(['settings', '--center', 'Ақмола облысының КЦ', '--phone', '1414', '--db', b.dbPath]);
    const run = await cli([
      'settings',
      '--center',
      'ақмола облысының кц',
      '--time-zone',
      'Asia/Almaty',
      '--json',
      '--db',
      b.dbPath,
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).centers).toEqual([
      expect.objectContaining({ name: 'Ақмола  облысының КЦ', phone: '1414', timeZone: 'Asia/Almaty' }),
    ]);
  });
});

describe('a social status denied', () => {
  it.each(['Мүгедек емес', 'Не имеет инвалидности', 'не пенсионер', 'мүгедектігі жоқ'])(
    '«%s» is no category of §13',
    (v) => expect(parseSocialStatus(v)).toEqual({ value: 'other', recognised: false }),
  );

  it.each([
    ['Пенсионер (не работает)', 'pensioner'],
    ['Білімі жоқ адам', 'noEducation'],
    ['не работает', 'unemployed'],
  ])('«%s» is still %s', (v, status) => expect(parseSocialStatus(v).value).toBe(status));
});
