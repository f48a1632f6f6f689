// Files damaged on the way (a bit flipped on a disk or in a download, a copy cut short), files made to
// flood, and paths that are no file at all. Each damaged file is refused as damaged, naming the file and
// the place, with nothing stored; a flood is read in bounded memory or refused at a stated limit; a path
// that is not a regular file is refused for what it is, without waiting on it.
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, constants, openSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { openFailure, xlsxFailure } from '../../src-main/import/read/source';
import { openXlsxStream, PART_LIMITS } from '../../src-main/import/read/xlsx-stream';
import type { AppError } from '../../src-main/shared/errors';
import { csvText, excelDate, workbookBytes, writeFixture, type Grid } from '../fixtures/build';
import { handBook, NS, worksheet } from '../fixtures/spreadsheetml';
import { testBackend, type TestBackend } from '../fixtures/store';
import { within } from '../fixtures/time-limit';
import type { ImportOptions } from '../../src-main/shared/commands/imports';

const HEADER = ['Рег. номер', 'Дата поступления', 'Текст обращения', 'Регион', 'Тематика'];
const CSV_HEADER = HEADER.join(';');
const REGIONS = ['г. Астана', 'г. Алматы', 'Карагандинская область', 'Павлодарская область'];

let b: TestBackend;
beforeEach(() => {
  b = testBackend();
});
afterEach(() => b.close());

function grid(rows: number): Grid {
  const g: Grid = [HEADER];
  for (let i = 1; i <= rows; i++) {
    g.push([
      `Д-${1000 + i}`,
      excelDate(2026, 7 + (i % 3), 1 + (i % 28), 9 + (i % 8)),
      `Прошу проверить начисление за отопление по адресу ул. Абая, ${i}, кв. ${i % 90}`,
      REGIONS[i % REGIONS.length] as string,
      `Тема ${i % 9}`,
    ]);
  }
  return g;
}

/** The requests as a CSV export writes them: dates as text, ';', CRLF. */
function csvRows(rows: number): string {
  return csvText(
    grid(rows).map((r, i) =>
      i === 0
        ? (r as string[])
        : r.map((c, j) => (j === 1 ? `0${1 + (i % 9)}.07.2026 10:00` : (c as string))),
    ),
    ';',
  );
}

/** Imports expecting a refusal that leaves the store as it was and reads as a sentence naming the file. */
async function refused(path: string, options: Partial<ImportOptions> = {}): Promise<AppError> {
  const before = b.snapshot();
  const error = await b.refused('imports.run', { paths: [path], ...options });
  expect(b.snapshot()).toBe(before);
  for (const lang of ['ru', 'kk'] as const) {
    const message = translator(lang)(`errors:${error.code}`, error.params);
    expect(message).toContain(basename(path));
    expect(message).not.toMatch(/\{\{|\$t\(|errors:/);
  }
  return error;
}

/** Where each zip entry's data lies, read from its local file header. */
function entryData(zip: Buffer, name: string): { start: number; size: number; method: number } {
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50;) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === name) return { start, size, method };
    at = start + size;
  }
  throw new Error(`no entry ${name}`);
}

/** The zip with one bit flipped at `fraction` of the way through an entry's (compressed) data. */
function flipped(zip: Buffer, name: string, fraction: number, bit: number): Buffer {
  const { start, size } = entryData(zip, name);
  expect(size).toBeGreaterThan(100);
  const out = Buffer.from(zip);
  const at = start + Math.floor(size * fraction);
  out[at] = (out[at] as number) ^ (1 << bit);
  return out;
}

const TRIALS = [0.07, 0.23, 0.41, 0.58, 0.76, 0.93];

describe('workbook parts checked against their CRC-32 and size', () => {
  const made = {
    deflated: () => workbookBytes({ Обращения: grid(150) }, 'xlsx', { bookSST: true, compression: true }),
    stored: () => workbookBytes({ Обращения: grid(150) }, 'xlsx', { bookSST: true }),
  };

  it.each([
    ['deflated', 'xl/worksheets/sheet1.xml'],
    ['deflated', 'xl/sharedStrings.xml'],
    ['stored', 'xl/worksheets/sheet1.xml'],
    ['stored', 'xl/sharedStrings.xml'],
  ] as const)('refuses an XLSX (%s) with one bit flipped in %s, naming the part', async (kind, part) => {
    const whole = made[kind]();
    expect(entryData(whole, part).method).toBe(kind === 'deflated' ? 8 : 0);
    for (const [i, fraction] of TRIALS.entries()) {
      const path = writeFixture(b.dir, `бит-${i}.xlsx`, flipped(whole, part, fraction, i % 8));
      const error = await refused(path, { skipInvalid: i % 2 === 1 });
      expect(error, `flip at ${fraction}`).toEqual({
        code: 'fileDamaged',
        params: { file: `бит-${i}.xlsx`, part },
      });
    }
    // The intact file is read whole.
    const path = writeFixture(b.dir, 'целый.xlsx', whole);
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 150, rowsValid: 150, rowsRejected: 0 });
  });

  it.each([
    ['stored', {}],
    ['deflated', { compression: true }],
  ] as const)(
    'refuses an ODS (%s) with one bit flipped in content.xml before SheetJS reads it',
    async (_, write) => {
      const whole = workbookBytes({ Обращения: grid(60) }, 'ods', write);
      for (const [i, fraction] of TRIALS.entries()) {
        const path = writeFixture(
          b.dir,
          `бит-${i}.ods`,
          flipped(whole, 'content.xml', fraction, (i + 3) % 8),
        );
        const error = await refused(path, { skipInvalid: true });
        expect(error, `flip at ${fraction}`).toEqual({
          code: 'fileDamaged',
          params: { file: `бит-${i}.ods`, part: 'content.xml' },
        });
      }
      const report = await b.call('imports.run', { paths: [writeFixture(b.dir, 'целый.ods', whole)] });
      expect(report.files[0]).toMatchObject({ format: 'ods', sheets: [{ rowsRead: 60, rowsValid: 60 }] });
    },
  );

  it('refuses an XLSB zip with a flipped bit in its sheet', async () => {
    const whole = workbookBytes({ Обращения: grid(40) }, 'xlsb');
    const path = writeFixture(b.dir, 'бит.xlsb', flipped(whole, 'xl/worksheets/sheet1.bin', 0.5, 2));
    expect(await refused(path)).toEqual({
      code: 'fileDamaged',
      params: { file: 'бит.xlsb', part: 'xl/worksheets/sheet1.bin' },
    });
  });

  it('says in both languages that the file is damaged and is to be exported again', () => {
    const params = { file: 'выгрузка.xlsx', part: 'xl/sharedStrings.xml' };
    const ru = translator('ru')('errors:fileDamaged', params);
    const kk = translator('kk')('errors:fileDamaged', params);
    expect(ru).toMatch(/«выгрузка\.xlsx».*поврежден.*«xl\/sharedStrings\.xml».*CRM/s);
    for (const word of ['файл', 'бөлігі', 'бүлінген', 'экспорттаңыз', 'xl/sharedStrings.xml'])
      expect(kk).toContain(word);
  });
});

describe('a CSV cut in the middle of a record', () => {
  const whole = csvRows(40);
  const lastLine = whole.trimEnd().split('\r\n').at(-1) as string;
  // Cut inside the text of the last request: its region and topic are gone, and so is the line break.
  const cut = whole.slice(0, whole.lastIndexOf(lastLine) + lastLine.indexOf('отопление'));

  it('is refused as truncated, naming the record', async () => {
    const path = writeFixture(b.dir, 'обрыв.csv', cut);
    expect(await refused(path)).toEqual({ code: 'fileTruncated', params: { file: 'обрыв.csv', row: 41 } });
  });

  it.each([
    ['with a BOM', true],
    ['without a BOM', false],
  ])('is refused as truncated when its bytes end inside a letter (UTF-8 %s)', async (_, bom) => {
    // The cut falls in the last field (all fields are there), between the two bytes of «а» in «Тема».
    const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${whole.trimEnd().replace(/ \d+$/, '')}`, 'utf8');
    const path = writeFixture(b.dir, `байт-${bom}.csv`, bytes.subarray(0, bytes.length - 1));
    expect(await refused(path)).toEqual({
      code: 'fileTruncated',
      params: { file: `байт-${bom}.csv`, row: 41 },
    });
  });

  it('under --skip-invalid stores the rows before it and rejects the cut one, which the whole file then brings', async () => {
    const path = writeFixture(b.dir, 'обрыв.csv', cut);
    const report = await b.call('imports.run', { paths: [path], skipInvalid: true });
    const sheet = report.files[0]?.sheets[0];
    expect(sheet).toMatchObject({ rowsRead: 40, rowsValid: 39, rowsRejected: 1 });
    expect(sheet?.errors).toEqual([expect.objectContaining({ row: 41, reason: 'rowTruncated' })]);
    for (const lang of ['ru', 'kk'] as const)
      expect(translator(lang)('problems:rowTruncated')).not.toBe('rowTruncated');
    const again = await b.call('imports.run', { paths: [writeFixture(b.dir, 'целый.csv', whole)] });
    expect(again.files[0]?.sheets[0]).toMatchObject({ rowsRead: 40, rowsValid: 40, rowsRejected: 0 });
    const texts = b.store.sqlite.prepare("SELECT reg_number FROM requests WHERE reg_number = 'Д-1040'").all();
    expect(texts).toHaveLength(1);
  });

  it('imports a file whose complete last record has no line break', async () => {
    const path = writeFixture(b.dir, 'без перевода.csv', whole.trimEnd());
    const report = await b.call('imports.run', { paths: [path] });
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 40, rowsValid: 40 });
  });
});

/** The highest resident memory seen while `run` runs, above what it was before. */
async function peakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: (peak - start) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

describe('floods', () => {
  it('reads 30 MB of empty lines without building rows for them, numbering the records right', async () => {
    const line = (reg: string) => `${reg};01.07.2026 10:00;Текст;г. Астана;Газ\r\n`;
    const text =
      `${CSV_HEADER}\r\n${line('П-1')}` +
      '\r\n'.repeat(12 << 20) +
      line('П-2') +
      ';;;;\r\n'.repeat(1 << 20) +
      line('П-3');
    const path = writeFixture(b.dir, 'пустые строки.csv', text);
    const { value: report, peakMb } = await peakRss(() => b.call('imports.run', { paths: [path] }));
    expect(report.files[0]?.sheets[0]).toMatchObject({ rowsRead: 3, rowsValid: 3 });
    const rows = b.store.sqlite.prepare('SELECT source_row AS row FROM requests ORDER BY source_row').all();
    expect(rows).toEqual([{ row: 2 }, { row: 3 + (12 << 20) }, { row: 4 + (12 << 20) + (1 << 20) }]);
    // Building a row per empty line took gigabytes; the file itself is 30 MB.
    expect(peakMb).toBeLessThan(300);
  });

  it('refuses a shared-string table of more items than its stated limit, before holding them', async () => {
    expect(PART_LIMITS.sharedStringItems).toBe(8_000_000);
    // Eight million and one empty strings: 40 MB of XML that zips to a few hundred kilobytes.
    const sst = `<sst xmlns="${NS}">${'<si/>'.repeat(PART_LIMITS.sharedStringItems + 1)}</sst>`;
    const xml = worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    const book = handBook({
      sheets: [{ name: 'S', path: 'xl/worksheets/sheet1.xml', target: 'worksheets/sheet1.xml', xml }],
      sst,
    });
    const path = writeFixture(b.dir, 'строки.xlsx', Buffer.from(book));
    expect(await refused(path)).toEqual({
      code: 'tooManyStrings',
      params: { file: 'строки.xlsx', part: 'xl/sharedStrings.xml', limit: 8_000_000 },
    });
    expect(translator('ru')('errors:tooManyStrings', { file: 'a', part: 'b', limit: 8_000_000 })).toMatch(
      /8\s000\s000/,
    );
  });

  it('stops counting shared strings at the limit it is given', async () => {
    const sst = `<sst xmlns="${NS}">${'<si><t>ж</t></si>'.repeat(1001)}</sst>`;
    const xml = worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    const book = handBook({
      sheets: [{ name: 'S', path: 'xl/worksheets/sheet1.xml', target: 'worksheets/sheet1.xml', xml }],
      sst,
    });
    const stream = await openXlsxStream(writeFixture(b.dir, 'мало.xlsx', Buffer.from(book)), {
      ...PART_LIMITS,
      sharedStringItems: 1000,
    });
    const read = async () => {
      for await (const r of stream.sheets[0]?.rows() ?? []) void r;
    };
    const error = await read().catch((e: unknown) => e);
    await stream.close();
    expect(xlsxFailure('мало.xlsx', error).error).toEqual({
      code: 'tooManyStrings',
      params: { file: 'мало.xlsx', part: 'xl/sharedStrings.xml', limit: 1000 },
    });
  });
});

const POSIX = process.platform !== 'win32';
const ROOT = process.getuid?.() === 0;

describe('paths that are not a regular file', () => {
  it.runIf(POSIX)('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(b.dir, 'канал.csv');
    execFileSync('mkfifo', [fifo]);
    try {
      const error = await within(3000, 'import of a FIFO', refused(fifo));
      expect(error).toEqual({
        code: 'notRegularFile',
        params: { file: 'канал.csv', path: fifo, kind: 'fifo' },
      });
      expect(translator('ru')('errors:notRegularFile', error.params)).toContain('FIFO');
    } finally {
      // A reader blocked in open() is let go, should there be one.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // No reader: nothing to let go.
      }
    }
  });

  it.runIf(POSIX)('refuses a device', async () => {
    expect(await refused('/dev/null')).toEqual({
      code: 'notRegularFile',
      params: { file: 'null', path: '/dev/null', kind: 'device' },
    });
  });

  it('refuses a directory with a message of its own', async () => {
    const error = await refused(b.dir);
    expect(error).toEqual({
      code: 'notRegularFile',
      params: { file: basename(b.dir), path: b.dir, kind: 'directory' },
    });
    const ru = translator('ru')('errors:notRegularFile', error.params);
    const kk = translator('kk')('errors:notRegularFile', error.params);
    expect(ru).toContain('папка');
    expect(kk).toContain('қалта');
    expect(ru).not.toBe(translator('ru')('errors:notRegularFile', { ...error.params, kind: 'fifo' }));
  });

  it.runIf(POSIX)('refuses a symlink loop as such', async () => {
    const first = join(b.dir, 'петля-1.csv');
    const second = join(b.dir, 'петля-2.csv');
    symlinkSync(second, first);
    symlinkSync(first, second);
    expect(await refused(first)).toEqual({ code: 'fileLoop', params: { file: 'петля-1.csv', path: first } });
  });

  it.runIf(POSIX && !ROOT)('refuses a file it may not read as a matter of permission', async () => {
    const path = writeFixture(b.dir, 'закрыт.csv', csvRows(2));
    chmodSync(path, 0o000);
    expect(await refused(path)).toEqual({ code: 'filePermission', params: { file: 'закрыт.csv', path } });
  });

  it('tells a missing permission, a loop and a vanished file apart (also where tests run as root)', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    const as = (code: string) => openFailure('ф.csv', '/д/ф.csv', errno(code)).error.code;
    expect(['EACCES', 'EPERM', 'ELOOP', 'ENOENT', 'ENOTDIR', 'EIO'].map(as)).toEqual([
      'filePermission',
      'filePermission',
      'fileLoop',
      'fileNotFound',
      'fileNotFound',
      'fileUnreadable',
    ]);
    for (const code of ['filePermission', 'fileLoop']) {
      const ru = translator('ru')(`errors:${code}`, { file: 'ф.csv', path: '/д/ф.csv' });
      expect(ru).toContain('ф.csv');
      expect(ru).not.toBe(translator('ru')('errors:fileUnreadable', { file: 'ф.csv', path: '/д/ф.csv' }));
    }
  });
});
