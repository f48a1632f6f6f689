import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbook } from '../../src-main/import/read/workbook';
import { lastRecordEnd } from '../../src-main/import/read/csv-stream';
import { fileFacts } from '../../src-main/import/read/file-facts';
import { sniffFormat } from '../../src-main/import/read/sniff';
import type { SourceRow } from '../../src-main/import/read/sheet-source';
import { openSource } from '../../src-main/import/read/source';
import { encodeCp1251, tempDir } from '../fixtures/build';

describe('format sniffing', () => {
  it.each([
    ['xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14]],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]],
    ['html', [...Buffer.from('\uFEFF  <html><body><table>')]],
    ['html', [...Buffer.from('<table><tr><td>1</td></tr></table>')]],
    ['csv', [...Buffer.from('Дата;Регион\r\n')]],
    [null, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]],
  ])('%s', (format, bytes) => expect(sniffFormat(Uint8Array.from(bytes))).toBe(format));
});

/** Every row of the file's first sheet, as the import reads it. */
async function csvRows(bytes: Buffer): Promise<SourceRow[]> {
  const path = join(tempDir(), 'export.csv');
  writeFileSync(path, bytes);
  const source = await openSource(path);
  const rows: SourceRow[] = [];
  for await (const r of (source.sheets[0] as { rows(): AsyncIterable<SourceRow> }).rows()) rows.push(r);
  await source.close();
  return rows;
}
const cells = (rows: SourceRow[]) => rows.map((r) => r.cells);

describe('text decoding', () => {
  const text = 'Рег. номер;Өңір\r\nА-1;Шымкент\r\n';
  const expected = [
    ['Рег. номер', 'Өңір'],
    ['А-1', 'Шымкент'],
  ];
  it('UTF-8 with and without BOM', async () => {
    expect(cells(await csvRows(Buffer.from('\uFEFF' + text)))).toEqual(expected);
    expect(cells(await csvRows(Buffer.from(text)))).toEqual(expected);
  });
  it('UTF-16 with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(cells(await csvRows(le))).toEqual(expected);
  });
  it('Windows-1251 when the bytes are not UTF-8', async () => {
    const ru = 'Дата поступления;Регион\r\n01.07.2024;Ёлкино «№5»\r\n';
    expect(cells(await csvRows(encodeCp1251(ru)))).toEqual([
      ['Дата поступления', 'Регион'],
      ['01.07.2024', 'Ёлкино «№5»'],
    ]);
  });
  it('knows UTF-8 across chunk boundaries, and its absence anywhere in the file', async () => {
    const dir = tempDir();
    // 4 MiB chunks: a two-byte letter straddles the first boundary.
    const valid = Buffer.concat([Buffer.alloc((1 << 22) - 1, 0x61), Buffer.from('Ж\n')]);
    writeFileSync(join(dir, 'a.csv'), valid);
    expect((await fileFacts(join(dir, 'a.csv'))).validUtf8).toBe(true);
    const late = Buffer.concat([Buffer.alloc(5 << 20, 0x61), encodeCp1251('Ж')]);
    writeFileSync(join(dir, 'b.csv'), late);
    expect((await fileFacts(join(dir, 'b.csv'))).validUtf8).toBe(false);
  });
});

describe('CSV', () => {
  it('counts blank lines so row numbers match the file, without making rows of them', async () => {
    const rows = await csvRows(Buffer.from('a;b\r\n1;2\r\n\r\n3;"x;y"\r\n\r\n'));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 4, cells: ['3', 'x;y'] },
    ]);
  });
  it('counts runs of blank records of every kind: empty, spaces, delimiters, CRLF, LF and lone CR', async () => {
    const text = '\r\n \n;;\ra;b\r\n\r\n\n\r;\t;\r\n1;2\n"x\n\n\ny";3\r\n\r\n;;;\r\n4;5';
    expect(await csvRows(Buffer.from(text))).toEqual([
      { row: 4, cells: ['a', 'b'] },
      { row: 9, cells: ['1', '2'] },
      // Blank lines inside quotes are the cell's text.
      { row: 10, cells: ['x\n\n\ny', '3'] },
      { row: 13, cells: ['4', '5'] },
    ]);
  });
  it('numbers records after blank runs that straddle the chunks a big file is read in', async () => {
    // 4 MiB chunks: runs of empty CRLF lines and of delimiters cross the boundaries, a CR held between two.
    const blank = '\r\n'.repeat(3 << 20);
    const text = `a;b\r\n${blank}1;2\r\n${';;\r\n'.repeat(1 << 20)}3;4\r\n${blank}`;
    const rows = await csvRows(Buffer.from(text));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2 + (3 << 20), cells: ['1', '2'] },
      { row: 3 + (3 << 20) + (1 << 20), cells: ['3', '4'] },
    ]);
  });
  it('marks a last record cut short: fewer fields and no line break, or bytes that end inside a letter', async () => {
    const cut = await csvRows(Buffer.from('a;b;c\r\n1;2;3\r\n4;5'));
    expect(cut.at(-1)).toEqual({ row: 3, cells: ['4', '5'], truncated: true });
    const whole = await csvRows(Buffer.from('a;b;c\r\n1;2;3\r\n4;5;6'));
    expect(whole.at(-1)).toEqual({ row: 3, cells: ['4', '5', '6'] });
    const letter = Buffer.from('a;b\r\n1;Жас');
    expect((await csvRows(letter.subarray(0, letter.length - 1))).at(-1)).toEqual({
      row: 2,
      cells: ['1', 'Жа\uFFFD'],
      truncated: true,
    });
    // A blank last record is no cut record.
    expect((await csvRows(Buffer.from('a;b;c\r\n1;2;3\r\n;;'))).at(-1)).toEqual({
      row: 2,
      cells: ['1', '2', '3'],
    });
  });
  it('guesses the comma and the tab', async () => {
    expect(cells(await csvRows(Buffer.from('a,b\n1,2\n')))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cells(await csvRows(Buffer.from('a\tb\n1\t2')))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('cuts streamed text only between records, never inside a quoted line break', () => {
    expect(lastRecordEnd('a;b\n1;"x\ny"\n2;z')).toBe(12);
    expect(lastRecordEnd('a;b\n1;"x\ny')).toBe(4);
    expect(lastRecordEnd('1;"say ""hi""\nthere"')).toBe(-1);
    expect(lastRecordEnd('no break yet')).toBe(-1);
  });
  it('numbers records across chunks, with quoted line breaks kept in their cell', async () => {
    // Over 4 MiB in all: the file is read in more than one chunk.
    const PAD = 'х'.repeat(40);
    const lines = ['№;Текст'];
    for (let i = 1; i <= 60_000; i++)
      lines.push(i % 7 ? `${i};обычный текст ${i} ${PAD}` : `${i};"две\nстроки; ""кавычки"""`);
    const rows = await csvRows(Buffer.from(lines.join('\r\n') + '\r\n'));
    expect(rows).toHaveLength(60_001);
    expect(rows[7]).toEqual({ row: 8, cells: ['7', 'две\nстроки; "кавычки"'] });
    expect(rows.at(-1)).toEqual({ row: 60_001, cells: ['60000', `обычный текст 60000 ${PAD}`] });
  });
});

describe('workbooks', () => {
  it('reads an XLSB (a zip of binary parts) through SheetJS, row for row', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Дата', 'Регион'],
        ['01.07.2026', 'Шымкент'],
      ]),
      'Лист',
    );
    const path = join(tempDir(), 'export.xlsb');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsb' }) as Buffer);
    const source = await openSource(path);
    const rows: SourceRow[] = [];
    for await (const r of source.sheets[0]?.rows() ?? []) rows.push(r);
    expect(source.format).toBe('xlsx');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Дата', 'Регион'],
      ['01.07.2026', 'Шымкент'],
    ]);
  });

  it('reads an ODS with a million repeated empty formatted rows as the rows that hold cells', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Дата', 'Регион'],
        ['01.07.2026', 'Шымкент'],
      ]),
      'S',
    );
    const files = unzipSync(XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer);
    const content = strFromU8(files['content.xml'] as Uint8Array);
    const end = content.indexOf('</table:table>');
    // A few bytes that spell 1,048,570 × 1,020 empty cells.
    const repeated =
      '<table:table-row table:number-rows-repeated="1048570">' +
      '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>';
    files['content.xml'] = strToU8(content.slice(0, end) + repeated + content.slice(end));
    const { sheets } = readWorkbook(zipSync(files));
    expect(sheets[0]?.rows).toEqual([
      ['Дата', 'Регион'],
      ['01.07.2026', 'Шымкент'],
    ]);
  });
});
