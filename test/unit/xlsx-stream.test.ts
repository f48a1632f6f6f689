import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { handBook, NS, worksheet } from '../fixtures/spreadsheetml';
import * as XLSX from 'xlsx';
import type { Cell } from '../../src-main/import/read/types';
import { readWorkbook } from '../../src-main/import/read/workbook';
import { xlsxFailure } from '../../src-main/import/read/source';
import {
  openXlsxStream,
  PART_LIMITS,
  PartDamaged,
  PartTooLarge,
} from '../../src-main/import/read/xlsx-stream';
import { translator } from '../../src-main/i18n';
import { SharedStringsScanner, SheetScanner } from '../../src-main/import/read/xlsx-stream/scan';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

function save(bytes: Uint8Array): string {
  const path = join(dir, `book${++fileNo}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

type Positioned = [row: number, col: number, value: Cell];

interface SheetCells {
  name: string;
  date1904: boolean;
  cells: Positioned[];
}

function nonNull(row: number, col0: number, cells: Cell[]): Positioned[] {
  const out: Positioned[] = [];
  cells.forEach((v, c) => {
    if (v !== null) out.push([row, col0 + c, v]);
  });
  return out;
}

/** readWorkbook's grids are relative to the sheet range; compare on absolute positions. */
function expected(bytes: Uint8Array): SheetCells[] {
  return readWorkbook(bytes).sheets.map((s) => ({
    name: s.name,
    date1904: s.date1904,
    cells: s.rows.flatMap((cells, r) => nonNull(s.origin.row + r, s.origin.col, cells)),
  }));
}

async function streamed(path: string): Promise<SheetCells[]> {
  const book = await openXlsxStream(path);
  try {
    const out: SheetCells[] = [];
    for (const sheet of book.sheets) {
      const cells: Positioned[] = [];
      let last = -1;
      for await (const { row, cells: values } of sheet.rows()) {
        expect(row).toBeGreaterThan(last);
        last = row;
        cells.push(...nonNull(row, 0, values));
      }
      expect(sheet.progress()).toBe(1);
      out.push({ name: sheet.name, date1904: sheet.date1904, cells });
    }
    return out;
  } finally {
    await book.close();
  }
}

async function expectSameAsSheetJs(bytes: Uint8Array): Promise<SheetCells[]> {
  const got = await streamed(save(bytes));
  expect(got).toEqual(expected(bytes));
  return got;
}

function sheetJsBook(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const requests = XLSX.utils.aoa_to_sheet(
    [
      ['Выгрузка обращений за 2024 год'],
      [],
      ['№', 'Дата', 'ИИН', 'Регион', 'Текст', 'Срочно', 'Сумма'],
      [1, 45306.4375, '870101350123', 'г. Алматы', 'Прошу <разъяснить> & "срочно"', true, -12.5],
      [2, 45307, '000000000001', 'Жамбылская обл.', '  пробелы по краям  ', false, 1e-7],
      [3, new Date(Date.UTC(2024, 0, 15, 10, 30)), null, 'Астана', 'строка 1\nстрока 2', null, 1.5e21],
      [4, null, { t: 'e', v: 0x07 }, { t: 'e', v: 0x2a }, "it's", 'TRUE', 0],
    ],
    { cellDates: true },
  );
  requests['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  requests['B4'] = { t: 'n', v: 45306.4375, z: 'dd.mm.yyyy hh:mm' };
  requests['H4'] = { t: 'n', v: 3, f: 'A4+2' };
  requests['I4'] = { t: 's', v: 'формула', f: 'LOWER("ФОРМУЛА")' };
  requests['J4'] = { t: 'b', v: false, f: 'A4>5' };
  requests['K4'] = { t: 'e', v: 0x0f, f: 'SQRT(-1)' };
  requests['!ref'] = 'A1:K7';
  XLSX.utils.book_append_sheet(wb, requests, 'Обращения');

  // A sheet whose range does not start at A1.
  const offset = XLSX.utils.sheet_add_aoa(
    XLSX.utils.aoa_to_sheet([]),
    [
      ['Регион', 'Всего'],
      ['Шымкент', 10],
      [null, null],
      ['Итого', 10],
    ],
    { origin: 'C4' },
  );
  XLSX.utils.book_append_sheet(wb, offset, 'Сводка & итоги');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Пусто');
  return wb;
}

describe('openXlsxStream matches readWorkbook on SheetJS-written files', () => {
  it.each([true, false])('bookSST %s', async (bookSST) => {
    const bytes = XLSX.write(sheetJsBook(), { type: 'buffer', bookType: 'xlsx', bookSST, cellDates: true });
    const got = await expectSameAsSheetJs(bytes);
    expect(got.map((s) => s.name)).toEqual(['Обращения', 'Сводка & итоги', 'Пусто']);
    const first = got[0]?.cells ?? [];
    expect(first).toContainEqual([3, 1, 45306.4375]);
    expect(first).toContainEqual([3, 4, 'Прошу <разъяснить> & "срочно"']);
    expect(first).toContainEqual([3, 8, 'формула']);
    // Error values read as their text, which the row's normalisation reports.
    expect(first).toContainEqual([6, 2, '#DIV/0!']);
    expect(first).toContainEqual([6, 3, '#N/A']);
    expect(got[1]?.cells[0]).toEqual([3, 2, 'Регион']);
  });

  it('streams a sheet that spans many inflate chunks', async () => {
    const aoa: (string | number)[][] = [['Номер', 'Текст', 'Значение']];
    for (let i = 0; i < 12_000; i++)
      aoa.push([i, `Обращение № ${i} &amp; <тест> ${'ж'.repeat(i % 40)}`, i / 7]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Большой');
    for (const bookSST of [true, false]) {
      const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST, compression: true });
      const path = save(bytes);
      const book = await openXlsxStream(path);
      const sheet = book.sheets[0];
      if (!sheet) throw new Error('no sheet');
      const seen: number[] = [];
      let count = 0;
      for await (const row of sheet.rows()) {
        if (count++ % 2000 === 0) seen.push(sheet.progress());
        expect(row.row).toBe(count - 1);
      }
      await book.close();
      expect(count).toBe(12_001);
      expect(seen[0]).toBeLessThan(1);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(sheet.progress()).toBe(1);
      expect(await streamed(path)).toEqual(expected(bytes));
    }
  });
});

const SST = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="6" uniqueCount="6">
<si><t>Заголовок</t></si>
<si><r><rPr><b/></rPr><t>Жирный</t></r><r><t xml:space="preserve"> и обычный</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>
<si><t>перенос_x000D_
строки</t></si>
<si><t>&lt;тег&gt; &amp; &quot;кавычки&quot; &apos;апостроф&apos; &#1040;&#x411; _x0041_</t></si>
<si><t/></si>
<si><t xml:space="preserve">  с пробелами  </t></si>
</sst>`;

describe('openXlsxStream on hand-written SpreadsheetML', () => {
  it('rich text, phonetic runs, entities, _xHHHH_ escapes, inline and formula strings', async () => {
    const data =
      `<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c></row>` +
      `<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c>` +
      `<c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>Инлайн &amp; строка</t></is></c>` +
      `<c r="B4" t="inlineStr"><is><r><t>Бо</t></r><r><rPr><i/></rPr><t>гатый</t></r><rPh><t>x</t></rPh></is></c>` +
      `<c r="C4" t="str"><f>A4&amp;"!"</f><v>Инлайн &amp; строка!</v></c>` +
      `<c r="D4"><f>1/3</f><v>0.33333333333333331</v></c><c r="E4" t="b"><f>TRUE()</f><v>1</v></c></row>` +
      `<row r="5"><c r="A5" s="3"/><c r="B5" t="e"><f>NA()</f><v>#N/A</v></c><c r="C5" t="inlineStr"><is><t>_x000D_</t></is></c>` +
      `<c r="E5" t="n"><v>1.5E+3</v></c></row>` +
      `<row r="6"><c r="B6" t="d"><v>2024-03-01T08:15:30</v></c><c r="C6" t="d"><v>2024-03-01</v></c></row>` +
      `<row r="7" hidden="1"/>` +
      `<row r="9"><c r="A9"><v>-0.5</v></c></row>`;
    const sheets = [
      {
        name: 'Данные',
        path: 'xl/worksheets/data.xml',
        target: '/xl/worksheets/data.xml',
        xml: worksheet(data),
      },
    ];
    const got = await expectSameAsSheetJs(handBook({ sheets, sst: SST }));
    expect(got[0]?.cells).toEqual([
      [0, 0, 'Заголовок'],
      [2, 0, 'Жирный и обычный'],
      [2, 1, 'перенос\nстроки'],
      [2, 2, `<тег> & "кавычки" 'апостроф' АБ A`],
      [2, 3, ''],
      [2, 4, '  с пробелами  '],
      [3, 0, 'Инлайн & строка'],
      [3, 1, 'Богатый'],
      [3, 2, 'Инлайн & строка!'],
      [3, 3, 0.3333333333333333],
      [3, 4, true],
      [4, 1, '#N/A'],
      [4, 2, '\r'],
      [4, 4, 1500],
      [5, 1, 45352.34409722222],
      [5, 2, 45352],
      [8, 0, -0.5],
    ]);
  });

  it('cells and rows without r attributes, namespace prefixes, stored entries, date1904', async () => {
    const x = 'x:';
    const data =
      `<x:row><x:c t="inlineStr"><x:is><x:t>Номер</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Дата</x:t></x:is></x:c></x:row>` +
      `<x:row><x:c><x:v>1</x:v></x:c><x:c s="1"><x:v>100.25</x:v></x:c></x:row>` +
      `<x:row r="5"><x:c r="C5"><x:v>7</x:v></x:c><x:c><x:v>8</x:v></x:c></x:row>` +
      `<x:row><x:c r="B6" t="d"><x:v>2024-03-01</x:v></x:c></x:row>`;
    const sheets = [
      {
        name: 'Второй',
        path: 'xl/worksheets/sheet2.xml',
        target: 'worksheets/sheet2.xml',
        xml: worksheet(data, x),
      },
      {
        name: 'Первый',
        path: 'xl/worksheets/sheet1.xml',
        target: 'worksheets/sheet1.xml',
        xml: worksheet(''),
      },
    ];
    const bytes = handBook({ sheets, workbookPr: '<workbookPr date1904="1"/>', level: 0 });
    const got = await expectSameAsSheetJs(bytes);
    expect(got.map((s) => [s.name, s.date1904])).toEqual([
      ['Второй', true],
      ['Первый', true],
    ]);
    expect(got[0]?.cells).toEqual([
      [0, 0, 'Номер'],
      [0, 1, 'Дата'],
      [1, 0, 1],
      [1, 1, 100.25],
      [4, 2, 7],
      [4, 3, 8],
      [5, 1, 43890],
    ]);
  });
});

describe('the XML scanner', () => {
  it('gives the same rows however the text is cut into chunks', () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Ёлка &amp; _x000D_ &#1040;</t></is></c><!-- a > b --><c r="B1"><v>12.5</v></c></row>` +
        `<row r="2"><c r="C2" t="str"><v><![CDATA[<сырой> & _x0041_]]></v></c><c r="D2" t="s"><v>1</v></c></row>`,
    );
    const scan = (step: number): unknown => {
      const scanner = new SheetScanner(['ноль', 'один'], false);
      for (let i = 0; i < xml.length; i += step) scanner.push(xml.slice(i, i + step));
      scanner.finish();
      return scanner.takeRows();
    };
    const whole = scan(xml.length);
    expect(whole).toEqual([
      { row: 0, cells: ['Ёлка & \r А', 12.5] },
      // t="str" values are unescaped twice, as SheetJS does.
      { row: 1, cells: [null, null, '<сырой> & A', 'один'] },
    ]);
    for (const step of [1, 2, 3, 5, 7, 13]) expect(scan(step)).toEqual(whole);
  });

  it('reads shared strings cut at any point', () => {
    const whole = new SharedStringsScanner();
    whole.push(SST);
    for (const step of [1, 4, 9]) {
      const cut = new SharedStringsScanner();
      for (let i = 0; i < SST.length; i += step) cut.push(SST.slice(i, i + step));
      expect(cut.strings).toEqual(whole.strings);
    }
    expect(whole.strings).toHaveLength(6);
  });
});

describe('errors', () => {
  it('rejects a file that is not a zip', async () => {
    const path = save(strToU8('Дата;Регион\r\n01.07.2024;Алматы\r\n'));
    await expect(openXlsxStream(path)).rejects.toThrow(/zip/i);
  });

  it('rejects a truncated zip', async () => {
    const bytes = XLSX.write(sheetJsBook(), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await expect(openXlsxStream(save(bytes.subarray(0, bytes.length - 100)))).rejects.toBeInstanceOf(Error);
  });

  it('rejects a zip without a workbook', async () => {
    const path = save(zipSync({ 'readme.txt': strToU8('not a workbook') }));
    await expect(openXlsxStream(path)).rejects.toThrow(/workbook/i);
  });

  it('rejects a sheet whose compressed data is damaged', async () => {
    const aoa = Array.from({ length: 3000 }, (_, i) => [i, `строка ${i}`, i * 2]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Лист');
    const bytes = Buffer.from(
      XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
    );
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    // Local header: 30 bytes + name + extra field; garble the deflate stream right after it.
    const at = bytes.indexOf(name) + name.length + bytes.readUInt16LE(bytes.indexOf(name) - 2);
    for (let i = at + 10; i < at + 400; i++) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    const book = await openXlsxStream(save(bytes));
    const read = async (): Promise<number> => {
      const rows: unknown[] = [];
      for await (const row of book.sheets[0]?.rows() ?? []) rows.push(row);
      return rows.length;
    };
    // Damaged on the disk or on its way, not malformed: the part is named, and the file refused as damaged.
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartDamaged);
    expect(error).toMatchObject({ part: 'xl/worksheets/sheet1.xml' });
    await book.close();
  });
});

describe('decompression bombs', () => {
  // 4 MiB of one repeated row inflate from a few kilobytes: the shape of a zip bomb, at a size a test
  // can afford, against limits scaled down to match.
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const bomb = handBook({
    sheets: [
      {
        name: 'Б',
        path: 'xl/worksheets/sheet1.xml',
        target: 'worksheets/sheet1.xml',
        xml: worksheet(row.repeat((4 << 20) / row.length)),
      },
    ],
    sst: `<sst xmlns="${NS}">${'<si><t>строка</t></si>'.repeat(200_000)}</sst>`,
    level: 6,
  });
  const limits = { ...PART_LIMITS, sheet: 1 << 20, sharedStrings: 8 << 20, other: 1 << 20 };

  it('stops reading a sheet once it inflates past its limit, naming the part', async () => {
    expect(bomb.length).toBeLessThan(200_000);
    const book = await openXlsxStream(save(bomb), limits);
    const read = async () => {
      for await (const r of book.sheets[0]?.rows() ?? []) void r;
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartTooLarge);
    expect(error).toMatchObject({ part: 'xl/worksheets/sheet1.xml', limit: 1 << 20 });
    await book.close();
  });

  it('refuses shared strings past their limit before holding them', async () => {
    const book = await openXlsxStream(save(bomb), { ...limits, sheet: 64 << 20, sharedStrings: 1 << 20 });
    const read = async () => {
      for await (const r of book.sheets[0]?.rows() ?? []) void r;
    };
    await expect(read()).rejects.toMatchObject({ part: 'xl/sharedStrings.xml' });
    await book.close();
  });

  it('is told to the analyst as a refusal that names the file, the part and the limit', () => {
    const failure = xlsxFailure(
      'выгрузка.xlsx',
      new PartTooLarge('xl/worksheets/sheet1.xml', PART_LIMITS.sheet),
    );
    expect(failure.error).toEqual({
      code: 'partTooLarge',
      params: { file: 'выгрузка.xlsx', part: 'xl/worksheets/sheet1.xml', limit: 4096 },
    });
    expect(translator('ru')('errors:partTooLarge', failure.error.params)).toContain(
      'Файл «выгрузка.xlsx» отклонен: его часть «xl/worksheets/sheet1.xml» после распаковки больше 4096 МБ',
    );
  });
});
