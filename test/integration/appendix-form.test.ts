import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src-main/i18n';
import { appendixForm } from '../../src-main/report/appendix-form';
import { appendixXlsx } from '../../src-main/report/appendix-xlsx';
import type { Analysis } from '../../src-main/shared/analysis';
import { csvText, writeFixture } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';

let b: TestBackend;
let analysis: Analysis;

beforeAll(async () => {
  b = testBackend();
  const rows = [
    ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'],
    ['1', '01.07.2024', 'г. Астана', 'Отопление'],
    ['2', '02.07.2024', 'г. Астана', 'Отопление'],
    ['3', '03.07.2024', 'СКО', '=Жилье'],
    ['4', '04.07.2024', 'Москва', null],
  ];
  await b.call('imports.run', { paths: [writeFixture(b.dir, 'f.csv', csvText(rows, ';'))] });
  analysis = await b.call('analysis.quarter', { quarter: '2024-Q3' });
});
afterAll(() => b.close());

const center = { name: 'Единый контакт-центр', phone: '1414' };

function readBack(buffer: Buffer) {
  const wb = XLSX.read(buffer, { type: 'buffer' });
  const name = wb.SheetNames[0] as string;
  const ws = wb.Sheets[name] as XLSX.WorkSheet;
  return {
    name,
    ws,
    rows: XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, defval: null }),
  };
}

describe('the Appendix form', () => {
  it('in Russian: the title, the six headings and numbers, the data and the signature line', () => {
    const form = appendixForm(translator('ru'), 'ru', analysis, center);
    const { name, ws, rows } = readBack(appendixXlsx(form));
    expect(name).toBe('Форма');
    expect(rows[0]?.[0]).toBe(
      'Статистическая информация по запросам, поступившим в контакт-центр за 3 квартал 2024 года',
    );
    expect(rows[1]).toEqual([
      'Наименование контакт-центра, с указанием номера телефона',
      'Общее количество поступивших запросов в отчетном периоде',
      'В разрезе тем',
      null,
      'В разрезе регионов',
      null,
    ]);
    expect(rows[2]).toEqual([
      null,
      null,
      'Тематика запросов',
      'Количество поступивших запросов по данной теме в отчетном периоде',
      'Регион (область, город республиканского значения, столица)',
      'Количество поступивших запросов от заявителей данного региона в отчетном периоде',
    ]);
    expect(rows[3]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[4]?.slice(0, 4)).toEqual(['Единый контакт-центр, тел. 1414', 4, 'Отопление', 2]);
    // A topic that looks like a formula is written as text.
    expect(rows[5]?.slice(2, 4)).toEqual(["'=Жилье", 1]);
    expect(rows[6]?.slice(2, 4)).toEqual(['Тема не указана', 1]);
    const regions = rows.slice(4).filter((r) => typeof r[5] === 'number');
    expect(regions).toHaveLength(21);
    expect(regions[0]?.slice(4)).toEqual(['Абайская область', 0]);
    expect(regions.find((r) => r[4] === 'город Астана')?.[5]).toBe(2);
    expect(regions.at(-1)?.slice(4)).toEqual(['Регион не указан', 1]);
    expect(regions.reduce((s, r) => s + (r[5] as number), 0)).toBe(4);
    expect(rows.at(-1)?.[0]).toBe(
      '(Ф.И.О. и подпись заместителя первого руководителя государственного органа)',
    );
    expect(ws['!merges']).toEqual(
      expect.arrayContaining([
        { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
        { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
        { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
        { s: { r: 4, c: 0 }, e: { r: 24, c: 0 } },
      ]),
    );
  });

  it('in Kazakh, with the Kazakh wording of the Methodology', () => {
    const form = appendixForm(translator('kk'), 'kk', analysis, center);
    const { name, rows } = readBack(appendixXlsx(form));
    expect(name).toBe('Нысан');
    expect(rows[0]?.[0]).toBe(
      'Байланыс орталығына 2024 жылғы 3-тоқсанда келіп түскен сұрау салулар жөніндегі статистикалық ақпарат',
    );
    expect(rows[1]?.[0]).toBe('Телефон нөмірін көрсете отырып, байланыс орталығының атауы');
    expect(rows[2]?.[4]).toBe('Өңір (облыс, республикалық маңызы бар қала, астана)');
    expect(rows.slice(4).some((r) => r[4] === 'Астана қаласы' && r[5] === 2)).toBe(true);
    expect(rows.slice(4).some((r) => r[4] === 'Өңір көрсетілмеген')).toBe(true);
    expect(rows.at(-1)?.[0]).toBe('(Мемлекеттік органның бірінші басшысы орынбасарының Т.А.Ә. және қолы)');
  });
});
