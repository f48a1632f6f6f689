import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src-main/import/read/csv';
import { sniffFormat } from '../../src-main/import/read/sniff';
import { decodeText } from '../../src-main/import/read/text-encoding';
import { encodeCp1251 } from '../fixtures/build';

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

describe('text decoding', () => {
  const text = 'Рег. номер;Өңір\r\nА-1;Шымкент';
  it('UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from('\uFEFF' + text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
  });
  it('UTF-16 with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
  });
  it('Windows-1251 when the bytes are not UTF-8', () => {
    const ru = 'Дата поступления;Регион\r\n01.07.2024;Ёлкино «№5»';
    expect(decodeText(encodeCp1251(ru))).toEqual({ text: ru, encoding: 'windows-1251' });
  });
});

describe('CSV', () => {
  it('keeps blank lines so row numbers match the file, and drops trailing ones', () => {
    const sheet = readCsv(Buffer.from('a;b\r\n1;2\r\n\r\n3;"x;y"\r\n\r\n'), 'CSV');
    expect(sheet.rows).toEqual([['a', 'b'], ['1', '2'], [null], ['3', 'x;y']]);
  });
  it('guesses the comma and the tab', () => {
    expect(readCsv(Buffer.from('a,b\n1,2\n'), 'CSV').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv(Buffer.from('a\tb\n1\t2\n'), 'CSV').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
