// Files from many systems, some broken and some hostile. Each is refused with a clear message that
// names the file and the place, leaves the store exactly as it was, and the next import still works;
// or, where the file is odd but sound, it is read right.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { translator } from '../../src-main/i18n';
import type { AppError } from '../../src-main/shared/errors';
import { csvText, excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { handBook, NS, worksheet } from '../fixtures/spreadsheetml';
import { testBackend, type TestBackend } from '../fixtures/store';

const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];
const CSV_HEADER = HEADER.join(';');

let b: TestBackend;
let before: string;

beforeEach(async () => {
  b = testBackend();
  const seed = writeFixture(
    b.dir,
    'seed.xlsx',
    workbookBytes({ S: [HEADER, ['S-1', excelDate(2024, 7, 1), 'г. Астана', 'Отопление']] }),
  );
  await b.call('imports.run', { paths: [seed] });
  before = b.snapshot();
});
afterEach(() => b.close());

/** Imports one file expecting a refusal; checks the store is untouched and still takes a good file. */
async function refusal(name: string, bytes: Buffer | Uint8Array | string): Promise<AppError> {
  const path = writeFixture(b.dir, name, typeof bytes === 'string' ? bytes : Buffer.from(bytes));
  const error = await b.refused('imports.run', { paths: [path] });
  expect(b.snapshot()).toBe(before);
  for (const lang of ['ru', 'kk'] as const) {
    const message = translator(lang)(`errors:${error.code}`, error.params);
    expect(message).toContain(name);
    expect(message).not.toMatch(/\{\{|errors:/);
  }
  const next = writeFixture(b.dir, `next-${name}.csv`, `${CSV_HEADER}\r\nN-1;02.07.2024;Астана;Газ\r\n`);
  await b.call('imports.run', { paths: [next] });
  return error;
}

/** The rows a file stored, in file order. */
async function stored(name: string, bytes: Buffer | Uint8Array | string) {
  const path = writeFixture(b.dir, name, typeof bytes === 'string' ? bytes : Buffer.from(bytes));
  const report = await b.call('imports.run', { paths: [path] });
  const batch = report.files[0]?.sheets[0]?.batchId;
  expect(batch).toBeDefined();
  return b.store.sqlite
    .prepare(
      `SELECT source_row AS row, reg_number AS reg, received_at AS at, region_code AS region,
              region_raw AS regionRaw, t.name AS topic
       FROM requests r JOIN topics t ON t.id = r.topic_id WHERE batch_id = ? ORDER BY source_row`,
    )
    .all(batch) as { row: number; reg: string; at: string; region: string | null; topic: string }[];
}

describe('damaged and disguised workbooks', () => {
  it('refuses a truncated XLSX as damaged', async () => {
    const whole = workbookBytes({ S: [HEADER, ['A-1', excelDate(2024, 7, 1), 'Астана', 'Газ']] });
    const error = await refusal('обрыв.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(error).toMatchObject({ code: 'corruptFile', params: { file: 'обрыв.xlsx' } });
  });

  it('refuses a password-protected workbook and says how to remove the password', async () => {
    // Excel's "Encrypt with password" writes an OLE container holding EncryptionInfo and the package.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
    const error = await refusal('под паролем.xlsx', XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    expect(error).toEqual({ code: 'passwordProtected', params: { file: 'под паролем.xlsx' } });
    expect(translator('ru')('errors:passwordProtected', error.params)).toContain('Снимите защиту');
  });

  it('reads an XLSB workbook', async () => {
    const rows = await stored(
      'binary.xlsb',
      workbookBytes({ S: [HEADER, ['B-1', excelDate(2024, 8, 5), 'Шымкент', 'Газ']] }, 'xlsb'),
    );
    expect(rows).toEqual([
      { row: 2, reg: 'B-1', at: '2024-08-05 00:00:00', region: 'KZ-79', regionRaw: 'Шымкент', topic: 'Газ' },
    ]);
  });

  it('refuses a cell placed past column XFD, which would otherwise grow a row without bound', async () => {
    const xml = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="ZZZZZ1"><v>1</v></c></row>`,
    );
    const book = handBook({
      sheets: [{ name: 'S', path: 'xl/worksheets/s.xml', target: 'worksheets/s.xml', xml }],
    });
    const error = await refusal('подделка.xlsx', book);
    expect(error).toMatchObject({ code: 'corruptFile', params: { file: 'подделка.xlsx' } });
    expect(error.params.detail).toMatch(/XFD/);
  });
});

describe('sheets of extreme shape', () => {
  it('imports a sheet 16,384 columns wide', async () => {
    const filler = Array.from({ length: 16_384 - HEADER.length }, (_, i) => `Колонка ${i + 1}`);
    const grid: Grid = [
      [...HEADER, ...filler],
      ['W-1', excelDate(2024, 7, 3), 'Актобе', 'Дороги', ...filler.map(() => 'x')],
    ];
    const rows = await stored('широкий.xlsx', workbookBytes({ S: grid }));
    expect(rows).toMatchObject([{ row: 2, reg: 'W-1', region: 'KZ-15', topic: 'Дороги' }]);
  });

  it('reads past a million empty formatted rows to the data, keeping row numbers', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const data = (r: number, reg: string, serial: number) =>
      `<row r="${r}">${cell(`A${r}`, reg)}<c r="B${r}"><v>${serial}</v></c>${cell(`C${r}`, 'Караганда')}${cell(`D${r}`, 'Свет')}</row>`;
    const empty: string[] = [];
    for (let r = 3; r < 1_048_576; r++)
      empty.push(`<row r="${r}" s="1" customFormat="1" ht="15"><c r="A${r}" s="1"/></row>`);
    const xml =
      `<?xml version="1.0"?><worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/><sheetData>` +
      `<row r="1">${HEADER.map((h, i) => cell(`${'ABCD'[i]}1`, h)).join('')}</row>` +
      data(2, 'E-1', 45474) +
      empty.join('') +
      data(1_048_576, 'E-2', 45475) +
      `</sheetData></worksheet>`;
    const book = handBook({
      sheets: [{ name: 'S', path: 'xl/worksheets/s.xml', target: 'worksheets/s.xml', xml }],
    });
    expect(book.length).toBeLessThan(8 << 20);
    const rows = await stored('пустые строки.xlsx', book);
    expect(rows.map((r) => [r.row, r.reg, r.at])).toEqual([
      [2, 'E-1', '2024-07-01 00:00:00'],
      [1_048_576, 'E-2', '2024-07-02 00:00:00'],
    ]);
  });

  it('refuses a cell of a megabyte, quoting only its start', async () => {
    const huge = 'ж'.repeat(1 << 20);
    const error = await refusal(
      'мегабайт.csv',
      csvText([HEADER, ['M-1', '01.07.2024', 'Астана', huge]], ';'),
    );
    expect(error.code).toBe('invalidRows');
    const problem = error.problems?.[0];
    expect(problem).toMatchObject({ file: 'мегабайт.csv', row: 2, column: 'D', reason: 'cellTooLong' });
    expect(problem?.value.length).toBeLessThan(300);
    expect(translator('kk')('problems:cellTooLong', problem?.params)).toContain('32767');
  });
});

describe('formulas and their errors', () => {
  it('takes a formula’s value, and refuses a row whose date is a formula error', async () => {
    const grid: Grid = [
      HEADER,
      ['F-1', { t: 'n', v: 45474, f: 'DATE(2024,7,1)' }, { t: 's', v: 'Павлодар', f: '"Павлодар"' }, 'Газ'],
      ['F-2', { t: 'e', v: 0x07, f: '1/0' }, 'Павлодар', 'Газ'],
    ];
    const error = await refusal('формулы.xlsx', workbookBytes({ S: grid }));
    expect(error.problems).toEqual([
      {
        file: 'формулы.xlsx',
        sheet: 'S',
        row: 3,
        column: 'B',
        header: 'Дата поступления',
        value: '#DIV/0!',
        reason: 'cellError',
        params: { error: '#DIV/0!' },
      },
    ]);
  });

  it('stores a row whose region is a formula error as of no region, with a remark', async () => {
    const grid: Grid = [HEADER, ['F-3', excelDate(2024, 7, 9), { t: 'e', v: 0x2a, f: 'NA()' }, 'Газ']];
    const path = writeFixture(b.dir, 'na.xlsx', workbookBytes({ S: grid }));
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.sheets[0]?.warnings).toEqual([
      expect.objectContaining({ row: 2, column: 'C', value: '#N/A', reason: 'cellError' }),
    ]);
    const row = b.store.sqlite
      .prepare("SELECT region_code, region_raw FROM requests WHERE reg_number = 'F-3'")
      .get();
    expect(row).toEqual({ region_code: null, region_raw: null });
  });
});

describe('entity declarations', () => {
  const laughs =
    '<!DOCTYPE lolz [<!ENTITY lol "lololololol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
    ']>';

  it('refuses an XML Spreadsheet 2003 that declares entities (billion laughs)', async () => {
    const xml =
      `<?xml version="1.0"?>${laughs}<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ` +
      `xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row>` +
      HEADER.map((h) => `<Cell><Data ss:Type="String">${h}</Data></Cell>`).join('') +
      `</Row><Row><Cell><Data ss:Type="String">L-1</Data></Cell><Cell><Data ss:Type="String">01.07.2024</Data></Cell>` +
      `<Cell><Data ss:Type="String">Астана</Data></Cell><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row>` +
      `</Table></Worksheet></Workbook>`;
    const error = await refusal('смех.xml', xml);
    expect(error).toMatchObject({ code: 'dtdRefused', params: { file: 'смех.xml' } });
  });

  it('refuses an HTML table saved as .xls that declares entities', async () => {
    const html =
      `<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">]><html><body><table><tr>${HEADER.map((h) => `<td>${h}</td>`).join('')}` +
      `</tr><tr><td>H-1</td><td>01.07.2024</td><td>Астана</td><td>&a;</td></tr></table></body></html>`;
    expect(await refusal('таблица.xls', html)).toMatchObject({ code: 'dtdRefused' });
  });

  it('refuses an XLSX whose shared strings carry a DTD, naming the part', async () => {
    const sst = `<?xml version="1.0"?>${laughs}<sst xmlns="${NS}"><si><t>&lol9;</t></si></sst>`;
    const xml = worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    const book = handBook({
      sheets: [{ name: 'S', path: 'xl/worksheets/s.xml', target: 'worksheets/s.xml', xml }],
      sst,
    });
    const error = await refusal('dtd.xlsx', book);
    expect(error).toEqual({ code: 'dtdRefused', params: { file: 'dtd.xlsx', part: 'xl/sharedStrings.xml' } });
  });
});

describe('CSV of every make', () => {
  it('reads CRLF, LF and lone CR line breaks in one file, each a record', async () => {
    const text = `${CSV_HEADER}\r\nC-1;01.07.2024;Астана;Газ\nC-2;02.07.2024;Атырау;Газ\rC-3;03.07.2024;Туркестан;Свет\r\n`;
    const rows = await stored('концы строк.csv', text);
    expect(rows.map((r) => [r.row, r.reg, r.region])).toEqual([
      [2, 'C-1', 'KZ-71'],
      [3, 'C-2', 'KZ-23'],
      [4, 'C-3', 'KZ-61'],
    ]);
  });

  it('numbers records right after a lone CR when refusing one of them', async () => {
    const text = `${CSV_HEADER}\rC-1;01.07.2024;Астана;Газ\rC-2;31.13.2024;Астана;Газ\r`;
    const error = await refusal('старый мак.csv', text);
    expect(error.problems?.[0]).toMatchObject({ row: 3, column: 'B', reason: 'dateImpossible' });
  });

  it('refuses an unbalanced quote, naming the record where it opens', async () => {
    const text = `${CSV_HEADER}\r\nQ-1;01.07.2024;Астана;Газ\r\nQ-2;02.07.2024;"Астана;Газ\r\nQ-3;03.07.2024;Астана;Газ\r\n`;
    const error = await refusal('кавычка.csv', text);
    expect(error).toEqual({ code: 'csvUnclosedQuote', params: { file: 'кавычка.csv', row: 3, limit: 16 } });
  });

  it('stops at an unbalanced quote in a big file before holding the rest of it', async () => {
    const line = 'Q-9;01.07.2024;Астана;Газ\r\n';
    const text = `${CSV_HEADER}\r\n"${line}${line.repeat((24 << 20) / line.length)}`;
    const error = await refusal('большая кавычка.csv', text);
    expect(error).toMatchObject({ code: 'csvUnclosedQuote', params: { row: 2 } });
  });

  it('refuses NUL bytes, naming the record', async () => {
    const text = `${CSV_HEADER}\r\nN-1;01.07.2024;Астана;Газ\r\nN-2;02.07.2024;Аста\0на;Газ\r\n\0\0\0\0\r\n`;
    const error = await refusal('нули.csv', text);
    expect(error).toEqual({ code: 'csvNulBytes', params: { file: 'нули.csv', row: 3 } });
  });

  it.each([
    ['utf-16le', true],
    ['utf-16le', false],
    ['utf-16be', true],
    ['utf-16be', false],
  ] as const)('reads %s (BOM: %s)', async (encoding, bom) => {
    const text = `${CSV_HEADER}\r\nU-1;01.07.2024;Алматы;Газ\r\n`;
    let bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
    if (encoding === 'utf-16be') bytes = Buffer.from(bytes).swap16();
    const rows = await stored(`юникод-${encoding}-${bom}.csv`, bytes);
    expect(rows).toMatchObject([{ row: 2, reg: 'U-1', region: 'KZ-75', topic: 'Газ' }]);
  });
});

describe('values that cannot be true', () => {
  it('refuses dates after the day of the import and before 1990, with their places', async () => {
    const text = csvText(
      [
        HEADER,
        ['D-1', '24.11.2026', 'Астана', 'Газ'],
        ['D-2', '23.11.2026 23:59', 'Астана', 'Газ'],
        ['D-3', '31.12.1989', 'Астана', 'Газ'],
        ['D-4', '01.01.1990', 'Астана', 'Газ'],
      ],
      ';',
    );
    const error = await refusal('даты.csv', text);
    expect(error.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'B',
        value: '24.11.2026',
        reason: 'dateInFuture',
        params: { today: '23.11.2026' },
      }),
      expect.objectContaining({
        row: 4,
        column: 'B',
        value: '31.12.1989',
        reason: 'dateTooEarly',
        params: { year: 1990 },
      }),
    ]);
    expect(translator('ru')('problems:dateInFuture', { today: '23.11.2026' })).toContain('23.11.2026');
  });

  it('refuses a registration number repeated inside one file, pointing at its first row', async () => {
    const text = csvText(
      [
        HEADER,
        ['R-1', '01.07.2024', 'Астана', 'Газ'],
        ['R-2', '01.07.2024', 'Астана', 'Газ'],
        ['r-1 ', '02.07.2024', 'Астана', 'Свет'],
      ],
      ';',
    );
    const error = await refusal('повтор.csv', text);
    expect(error.problems).toEqual([
      expect.objectContaining({ row: 4, column: 'A', reason: 'duplicateInFile', params: { first: 'CSV!2' } }),
    ]);
  });
});

describe('a file that is no spreadsheet at all', () => {
  it('refuses binary bytes under a .csv name', async () => {
    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Array.from({ length: 500 }, (_, i) => i % 256),
    ]);
    expect(await refusal('картинка.csv', png)).toEqual({
      code: 'notSpreadsheet',
      params: { file: 'картинка.csv' },
    });
  });

  it('refuses an empty file', async () => {
    writeFileSync(join(b.dir, 'placeholder'), '');
    const error = await refusal('пусто.csv', '');
    expect(['noDataRows', 'noRecognisedColumns']).toContain(error.code);
  });
});
