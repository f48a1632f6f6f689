import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvText, excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];
const good = (n: number, month = 7): Grid[number] => [
  `G-${n}`,
  excelDate(2024, month, n),
  'г. Астана',
  'Отопление',
];

let b: TestBackend;
let before: string;

/** Each refusal starts from a store that already holds an import, and must leave it exactly so. */
beforeEach(async () => {
  b = testBackend();
  const seed = writeFixture(b.dir, 'seed.xlsx', workbookBytes({ S: [HEADER, good(1), good(2)] }));
  await b.call('imports.run', { paths: [seed] });
  before = b.snapshot();
});
afterEach(() => b.close());

describe('refusals leave the store unchanged', () => {
  it('refuses a file with invalid rows as a whole and lists every problem with its place', async () => {
    const grid: Grid = [
      ['Выгрузка'],
      HEADER,
      good(3),
      ['B-4', '31.02.2024 10:00', 'г. Астана', 'Отопление'],
      ['B-5', 'вчера', 'г. Астана', 'Отопление'],
      ['B-6', null, 'г. Астана', 'Отопление'],
      ['G-3', excelDate(2024, 7, 9), 'г. Астана', 'Отопление'],
    ];
    const path = writeFixture(b.dir, 'bad.xlsx', workbookBytes({ Лист1: grid }));
    const error = await b.refused('imports.run', { paths: [path] });
    expect(error.code).toBe('invalidRows');
    expect(error.params.count).toBe(4);
    expect(
      error.problems?.map((p) => [p.file, p.sheet, p.row, p.column, p.header, p.value, p.reason]),
    ).toEqual([
      ['bad.xlsx', 'Лист1', 4, 'B', 'Дата поступления', '31.02.2024 10:00', 'dateImpossible'],
      ['bad.xlsx', 'Лист1', 5, 'B', 'Дата поступления', 'вчера', 'dateUnparseable'],
      ['bad.xlsx', 'Лист1', 6, 'B', 'Дата поступления', '', 'dateMissing'],
      ['bad.xlsx', 'Лист1', 7, 'A', 'Рег. номер', 'G-3', 'duplicateInFile'],
    ]);
    expect(error.problems?.[3]?.params).toEqual({ first: 'Лист1!3' });
    expect(b.snapshot()).toBe(before);
  });

  it('refuses every file of the command when one of them is refused', async () => {
    const ok = writeFixture(b.dir, 'ok.xlsx', workbookBytes({ S: [HEADER, good(10), good(11)] }));
    const bad = writeFixture(b.dir, 'bad.csv', csvText([HEADER, ['X-1', '99.99.2024', 'СКО', 'Газ']], ';'));
    const error = await b.refused('imports.run', { paths: [ok, bad] });
    expect(error.code).toBe('invalidRows');
    expect(error.problems?.[0]).toMatchObject({
      file: 'bad.csv',
      sheet: 'CSV',
      row: 2,
      column: 'B',
      value: '99.99.2024',
    });
    expect(b.snapshot()).toBe(before);
  });

  it.each([
    [
      'a truncated XLSX',
      'cut.xlsx',
      () => workbookBytes({ S: [HEADER, good(5)] }).subarray(0, 300),
      'corruptFile',
    ],
    [
      'an image',
      'photo.xlsx',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'notSpreadsheet',
    ],
    [
      'a table with no known columns',
      'other.csv',
      () =>
        csvText(
          [
            ['Фамилия', 'Оценка'],
            ['Иванов', '5'],
          ],
          ';',
        ),
      'noRecognisedColumns',
    ],
    [
      'requests without a date column',
      'nodate.csv',
      () =>
        csvText(
          [
            ['Регион', 'Тема'],
            ['СКО', 'Газ'],
          ],
          ';',
        ),
      'noDateColumn',
    ],
    ['a header with no rows under it', 'empty.csv', () => csvText([HEADER], ';'), 'noDataRows'],
  ])('refuses %s with an error naming the file', async (_what, name, bytes, code) => {
    const path = writeFixture(b.dir, name, bytes());
    const error = await b.refused('imports.run', { paths: [path] });
    expect(error.code).toBe(code);
    expect(error.params.file).toBe(name);
    expect(b.snapshot()).toBe(before);
  });

  it('previews a sheet without a date column so it can be mapped, and refuses to store it', async () => {
    const path = writeFixture(
      b.dir,
      'undated.csv',
      csvText(
        [
          ['Регион', 'Тема', 'Когда'],
          ['СКО', 'Газ', '01.08.2024'],
        ],
        ';',
      ),
    );
    const preview = await b.call('imports.preview', { paths: [path] });
    expect(preview.files[0]?.sheets[0]).toMatchObject({
      headerRow: 1,
      rowsRead: 0,
      missingFields: ['receivedAt'],
    });
    expect(preview.files[0]?.sheets[0]?.columns.map((c) => c.field)).toEqual(['region', 'topic', null]);
    expect((await b.refused('imports.run', { paths: [path] })).code).toBe('noDateColumn');
    expect(b.snapshot()).toBe(before);
    const mapped = await b.call('imports.run', { paths: [path], map: { Когда: 'receivedAt' } });
    expect(mapped.files[0]?.sheets[0]?.stored).toBe(1);
  });

  it('refuses a missing file', async () => {
    const error = await b.refused('imports.run', { paths: [`${b.dir}/nowhere.xlsx`] });
    expect(error).toMatchObject({ code: 'fileNotFound', params: { file: 'nowhere.xlsx' } });
    expect(b.snapshot()).toBe(before);
  });

  it('refuses a malformed payload at the registry, before any work', async () => {
    const error = await b.refused('imports.run', { paths: [] });
    expect(error.code).toBe('invalidPayload');
    expect(b.snapshot()).toBe(before);
  });
});

describe('--skip-invalid', () => {
  it('stores the valid rows and writes the rejected ones with reasons to a CSV beside the database', async () => {
    const grid: Grid = [HEADER, good(20), ['B-1', '32.07.2024', 'СКО', '=HYPERLINK("x")'], good(21)];
    const path = writeFixture(b.dir, 'mixed.xlsx', workbookBytes({ S: grid }));
    const report = await b.call('imports.run', { paths: [path], skipInvalid: true, lang: 'ru' });
    expect(report.files[0]?.sheets[0]).toMatchObject({
      rowsRead: 3,
      rowsValid: 2,
      rowsRejected: 1,
      stored: 2,
    });
    expect(report.rejectedCsv).toBeDefined();
    const csvPath = report.rejectedCsv as string;
    expect(dirname(dirname(csvPath))).toBe(dirname(b.dbPath));
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFFФайл;Лист;Строка;Причина;Рег. номер')).toBe(true);
    expect(csv).toContain('mixed.xlsx;S;3;B: такой даты не существует;B-1;32.07.2024;СКО');
    // Formulas from an untrusted file are written as text.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(
      b.store.sqlite.prepare("SELECT count(*) AS n FROM requests WHERE reg_number = 'B-1'").get(),
    ).toEqual({ n: 0 });
  });
});

describe('idempotency', () => {
  it('never stores the same file twice', async () => {
    const path = writeFixture(b.dir, 'seed-again.xlsx', workbookBytes({ S: [HEADER, good(1), good(2)] }));
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.sheets[0]?.alreadyImportedAt).toBe('2026-11-23 10:00:00');
    expect(b.snapshot()).toBe(before);
  });

  it('counts overlapping requests of another export once, by registration number', async () => {
    const overlap = writeFixture(
      b.dir,
      'overlap.csv',
      csvText(
        [HEADER, ['g-2', '02.07.2024 00:00', 'г. Астана', 'Отопление'], ['G-7', '07.07.2024', 'СКО', 'Газ']],
        ';',
      ),
    );
    const report = await b.call('imports.run', { paths: [overlap] });
    expect(report.files[0]?.sheets[0]).toMatchObject({ stored: 1, duplicates: 1 });
    const stats = await b.call('stats.get', {});
    expect(stats.total).toBe(3);
    expect(stats.byQuarter).toEqual({ '2024-Q3': 3 });
    expect(stats.batches.map((x) => [x.file, x.rows, x.duplicates])).toEqual([
      ['seed.xlsx', 2, 0],
      ['overlap.csv', 1, 1],
    ]);
  });

  it('identifies requests without a registration number by the file they came in', async () => {
    const grid = [
      ['Дата', 'Регион'],
      ['01.08.2024', 'СКО'],
      ['01.08.2024', 'СКО'],
    ];
    const a = writeFixture(b.dir, 'noreg.csv', csvText(grid, ';'));
    await b.call('imports.run', { paths: [a], allowMissing: ['topic'] });
    // Same bytes under another name: still the same file.
    const again = writeFixture(b.dir, 'noreg-copy.csv', csvText(grid, ';'));
    const report = await b.call('imports.run', { paths: [again], allowMissing: ['topic'] });
    expect(report.files[0]?.sheets[0]?.alreadyImportedAt).toBeDefined();
    expect((await b.call('stats.get', {})).total).toBe(4);
  });

  it('stores a file given twice in one command once, with one batch', async () => {
    const grid = [
      ['Дата', 'Регион'],
      ['02.08.2024', 'ЗКО'],
    ];
    const first = writeFixture(b.dir, 'twice.csv', csvText(grid, ';'));
    const copy = writeFixture(b.dir, 'twice-copy.csv', csvText(grid, ';'));
    const before = await b.call('stats.get', {});
    const report = await b.call('imports.run', { paths: [first, copy], allowMissing: ['topic'] });
    expect(report.files.map((f) => f.sheets[0]?.stored)).toEqual([1, undefined]);
    expect(report.files[1]?.sheets[0]?.alreadyImportedAt).toBe('2026-11-23 10:00:00');
    const stats = await b.call('stats.get', {});
    expect(stats.total).toBe(before.total + 1);
    expect(stats.batches).toHaveLength(before.batches.length + 1);
  });
});

describe('column mapping', () => {
  const grid = [
    ['Когда', 'Где', 'Что'],
    ['01.08.2024 10:00', 'СКО', 'Газ'],
  ];

  it('takes a mapping given for unknown headers and remembers it for the same source', async () => {
    const first = writeFixture(b.dir, 'custom-1.csv', csvText(grid, ';'));
    expect((await b.refused('imports.run', { paths: [first] })).code).toBe('noRecognisedColumns');
    const map = { Когда: 'receivedAt', Где: 'region', Что: 'topic' } as const;
    const report = await b.call('imports.run', { paths: [first], map });
    expect(report.files[0]?.sheets[0]?.columns.map((c) => [c.field, c.source])).toEqual([
      ['receivedAt', 'given'],
      ['region', 'given'],
      ['topic', 'given'],
    ]);
    const second = writeFixture(
      b.dir,
      'custom-2.csv',
      csvText([...grid, ['02.08.2024 11:00', 'ЗКО', 'Свет']], ';'),
    );
    const next = await b.call('imports.run', { paths: [second] });
    expect(next.files[0]?.sheets[0]).toMatchObject({ stored: 2 });
    expect(next.files[0]?.sheets[0]?.columns.map((c) => c.source)).toEqual([
      'remembered',
      'remembered',
      'remembered',
    ]);
  });

  it('lets a given mapping ignore a recognised column', async () => {
    const path = writeFixture(
      b.dir,
      'ignore.csv',
      csvText([HEADER, ['I-1', '01.08.2024', 'СКО', 'Газ']], ';'),
    );
    // Without its topic column the file is stored only once the analyst agrees to go without the topic.
    expect((await b.refused('imports.run', { paths: [path], map: { Тематика: null } })).code).toBe(
      'missingColumns',
    );
    await b.call('imports.run', { paths: [path], map: { Тематика: null }, allowMissing: ['topic'] });
    expect(b.store.sqlite.prepare("SELECT topic_id FROM requests WHERE reg_number = 'I-1'").get()).toEqual({
      topic_id: null,
    });
  });

  it('refuses a mapping for a header that no file has', async () => {
    const path = writeFixture(b.dir, 'x.csv', csvText([HEADER, ['I-2', '01.08.2024', 'СКО', 'Газ']], ';'));
    const error = await b.refused('imports.run', { paths: [path], map: { 'Нет такой': 'topic' } });
    expect(error.code).toBe('unknownHeader');
    expect(b.snapshot()).toBe(before);
    expect(existsSync(path)).toBe(true);
  });
});

describe('undo', () => {
  it('removes one import and only the requests it stored', async () => {
    const second = writeFixture(b.dir, 'second.xlsx', workbookBytes({ S: [HEADER, good(2), good(3)] }));
    const report = await b.call('imports.run', { paths: [second] });
    const batchId = report.files[0]?.sheets[0]?.batchId as number;
    expect((await b.call('stats.get', {})).total).toBe(3);
    // G-2 came with the seed import, so undoing the second one removes only G-3.
    expect(await b.call('imports.undo', { batchId })).toEqual({ batchId, removed: 1 });
    expect(b.snapshot()).toBe(before);
    expect((await b.refused('imports.undo', { batchId })).code).toBe('unknownBatch');
  });
});
