// §11: the information-explanatory work plan for every topic that grew by more than 30 %, as a PDF read
// back with pdf.js and a spreadsheet read back with SheetJS, in both languages; and its CLI command.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
import type { RegionCode } from '../../src-main/shared/domain';
import { cli } from '../fixtures/cli';
import { csvText, tempDir, writeFixture } from '../fixtures/build';
import { extractPdfText } from '../fixtures/pdf-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { readyForApproval } from '../fixtures/rich-text';

const CENTER = 'Единый контакт-центр 1414';
const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'];
const FORMULA = '=HYPERLINK("http://example.com","x")';

let b: TestBackend;
let analysis: Analysis;
beforeAll(async () => {
  b = testBackend();
  await importSample(b, CENTER);
  await b.call('spravka.saveSettings', {
    body: {
      ru: 'Министерство культуры и информации Республики Казахстан',
      kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
    },
    signatory: {
      position: { ru: 'Заместитель министра', kk: 'Вице-министр' },
      name: { ru: 'А. Б. Сериков', kk: 'А. Б. Сериков' },
    },
  });
  analysis = await b.call('analysis.quarter', { quarter: '2026-Q3' });
}, 60_000);
afterAll(() => b.close());

/** The PDF's text as one line: pdfmake breaks lines anywhere, and after hyphens. */
async function pdfText(path: string): Promise<string> {
  const pages = await extractPdfText(readFileSync(path));
  const text = pages.join(' ').replace(/\s+/g, ' ').replace(/- /g, '-');
  // A translation key printed instead of its text.
  expect(text).not.toMatch(/\b(plan|doc|draft|analysis|report)\.[a-zA-Z]/);
  return text;
}

type Row = (string | number | undefined)[];
function sheetRows(path: string, sheet: string): { rows: Row[]; ws: XLSX.WorkSheet } {
  const wb = XLSX.read(readFileSync(path));
  expect(wb.SheetNames).toEqual([sheet]);
  const ws = wb.Sheets[sheet] as XLSX.WorkSheet;
  return { ws, rows: XLSX.utils.sheet_to_json<Row>(ws, { header: 1, defval: undefined }) };
}

/** Requests stored for a topic in a region and quarter, counted from the request rows themselves. */
async function stored(quarter: string, topic: string, region: RegionCode): Promise<number> {
  return (await b.call('requests.list', { quarter, topic, region, offset: 0, limit: 1 })).total;
}

const regionName = (code: string, lang: 'kk' | 'ru') => {
  const r = analysis.byRegion.find((x) => x.code === code);
  return lang === 'kk' ? r?.nameKk : r?.nameRu;
};

describe('the work plan (§11)', () => {
  it('in Russian: one section per topic over 30 %, its growth, the regions driving it, a row per channel', async () => {
    const out = join(b.dir, 'plan-ru.pdf');
    const xlsx = join(b.dir, 'plan-ru.xlsx');
    const r = await b.call('report.plan', { quarter: '2026-Q3', lang: 'ru', out, xlsx });
    expect(r).toEqual({ pdf: out, xlsx, pages: 2, topics: 2 });
    expect(analysis.byTopic.filter((x) => x.growthOver30).map((x) => x.topic)).toEqual([
      'Отопление',
      'Детские сады: очередь',
    ]);
    const text = await pdfText(out);
    for (const s of [
      'Министерство культуры и информации Республики Казахстан',
      CENTER,
      'ПЛАН ИНФОРМАЦИОННО-РАЗЪЯСНИТЕЛЬНОЙ РАБОТЫ',
      'по темам, по которым количество запросов, поступивших в контакт-центр за 3 квартал 2026 года, выросло более чем на 30 % (пункт 11 Методики)',
      '(период сравнения — 2 квартал 2026 года)',
      '23.11.2026',
      '1. «Отопление»',
      'Количество запросов: 190 (в предыдущем периоде — 55; рост +245,5 %).',
      'Рост обусловлен прежде всего запросами заявителей следующих регионов: город Алматы: 5 → 24 (+19);',
      '2. «Детские сады: очередь»',
      'Количество запросов: 131 (в предыдущем периоде — 100; рост +31 %).',
      'Мероприятия',
      'Канал информирования',
      'Содержание мероприятия',
      'Ответственный',
      'Срок исполнения',
      'Средства массовой информации',
      'Публикация разъяснения по вопросу «Отопление» в средствах массовой информации, в том числе в региональных (город Алматы, Павлодарская область,',
      'Разъяснение по вопросу «Отопление» в социальных сетях',
      'Размещение разъяснения по вопросу «Отопление» на официальном интернет-ресурсе',
      'Включение вопроса «Детские сады: очередь» с ответом в раздел «Часто задаваемые вопросы» официального интернет-ресурса',
      'Дополнение базы знаний ИАС «Электронные обращения» ответом по вопросу «Детские сады: очередь»',
      'Графы «Ответственный» и «Срок исполнения» заполняются при утверждении плана',
    ]) {
      expect(text, s).toContain(s);
    }
    // +30,0 % exactly is not over 30 %: no section, no measure.
    expect(text).not.toContain('Образование: зачисление в школу');
    expect(text.match(/Социальные сети/g)).toHaveLength(2);

    const { rows, ws } = sheetRows(xlsx, 'План');
    expect(rows[0]).toEqual(['ПЛАН ИНФОРМАЦИОННО-РАЗЪЯСНИТЕЛЬНОЙ РАБОТЫ']);
    expect(rows[3]).toEqual(['Министерство культуры и информации Республики Казахстан — ' + CENTER]);
    const head = rows.findIndex((row) => row[0] === 'Тема (вопрос)');
    expect(rows[head]).toEqual([
      'Тема (вопрос)',
      'Количество запросов',
      'В предыдущем периоде',
      'Рост, %',
      'Регионы, обусловившие рост',
      '№',
      'Канал информирования',
      'Содержание мероприятия',
      'Ответственный',
      'Срок исполнения',
    ]);
    const body = rows.slice(head + 1, head + 11);
    expect(body.map((row) => row[0] ?? null)).toEqual([
      'Отопление',
      null,
      null,
      null,
      null,
      'Детские сады: очередь',
      null,
      null,
      null,
      null,
    ]);
    expect(body[0]?.slice(1, 4)).toEqual([190, 55, 245.5]);
    expect(body[5]?.slice(1, 4)).toEqual([131, 100, 31]);
    expect(body.map((row) => row[5])).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(body.slice(0, 5).map((row) => row[6])).toEqual([
      'Средства массовой информации',
      'Социальные сети',
      'Официальный интернет-ресурс',
      'Раздел «Часто задаваемые вопросы»',
      'База знаний ИАС «Электронные обращения»',
    ]);
    // Responsible and due date: present, empty, and the sheet unprotected, so the analyst types in them.
    for (const row of body) expect([row[8], row[9]]).toEqual(['', '']);
    expect(ws['!protect']).toBeUndefined();
    expect(ws['!merges']).toContainEqual({ s: { r: head + 1, c: 0 }, e: { r: head + 5, c: 0 } });

    // The driving regions, each figure checked against the stored requests themselves.
    const drivers = String(body[0]?.[4]).split('; ');
    expect(drivers).toHaveLength(5);
    let last = Infinity;
    for (const d of drivers) {
      const m = /^(.+): (\d+) → (\d+) \(\+(\d+)\)$/.exec(d);
      expect(m, d).not.toBeNull();
      const [, name, before, now, delta] = m as unknown as [string, string, string, string, string];
      const code = analysis.byRegion.find((x) => x.nameRu === name)?.code as RegionCode;
      expect(code, name).toBeDefined();
      expect(await stored('2026-Q3', 'Отопление', code)).toBe(Number(now));
      expect(await stored('2026-Q2', 'Отопление', code)).toBe(Number(before));
      expect(Number(delta)).toBe(Number(now) - Number(before));
      expect(Number(delta)).toBeLessThanOrEqual(last);
      last = Number(delta);
    }
    expect(drivers[0]).toBe(`${regionName('KZ-75', 'ru')}: 5 → 24 (+19)`);
  });

  it('in Kazakh: the Methodology’s terms, the same figures, not a word of the Russian interface', async () => {
    const out = join(b.dir, 'plan-kk.pdf');
    const xlsx = join(b.dir, 'plan-kk.xlsx');
    const r = await b.call('report.plan', { quarter: '2026-Q3', lang: 'kk', out, xlsx });
    expect(r.topics).toBe(2);
    const text = await pdfText(out);
    for (const s of [
      'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
      'АҚПАРАТТЫҚ-ТҮСІНДІРУ ЖҰМЫСЫНЫҢ ЖОСПАРЫ',
      'байланыс орталығына 2026 жылғы 3-тоқсанда келіп түскен сұрау салулардың саны 30 %-дан астам өскен тақырыптар бойынша (Әдістеменің 11-тармағы)',
      '(салыстыру кезеңі — 2026 жылғы 2-тоқсан)',
      '1. «Жылыту»',
      'Сұрау салулар саны: 190 (алдыңғы кезеңде — 55; өсу +245,5 %).',
      `Өсуге негізінен мына өңірлердің өтініш берушілерінен келіп түскен сұрау салулар әсер етті: ${regionName('KZ-75', 'kk')}: 5 → 24 (+19);`,
      'Сұрау салулар саны: 131 (алдыңғы кезеңде — 100; өсу +31 %).',
      'Іс-шаралар',
      'Ақпарат беру арнасы',
      'Іс-шараның мазмұны',
      'Жауапты',
      'Орындау мерзімі',
      'Бұқаралық ақпарат құралдары',
      'Әлеуметтік желілер',
      'Ресми интернет-ресурс',
      '«Жиі қойылатын сұрақтар» бөлімі',
      '«Электрондық өтініштер» АТЖ білім базасы',
      '«Жылыту» мәселесі бойынша түсіндірмені әлеуметтік желілерде жариялау',
      '«Электрондық өтініштер» АТЖ білім базасын «Балабақшалар: кезек» мәселесі бойынша жауаппен толықтыру',
    ]) {
      expect(text, s).toContain(s);
    }
    // Topic names and the contact center's name are in Kazakh too: the catalogue's.
    expect(text).not.toContain('Отопление');
    expect(text).not.toContain(CENTER);
    const ui = text;
    for (const ru of [
      'План',
      'ПЛАН',
      'Канал',
      'Ответствен',
      'Срок',
      'Мероприят',
      'запрос',
      'Количество',
      'регион',
      'Рост',
      'период',
      'Разъяснени',
      'Средства',
      'вопрос',
      'город',
      'область',
    ])
      expect(ui, ru).not.toContain(ru);
    const { rows } = sheetRows(xlsx, 'Жоспар');
    expect(rows[0]).toEqual(['АҚПАРАТТЫҚ-ТҮСІНДІРУ ЖҰМЫСЫНЫҢ ЖОСПАРЫ']);
    expect(rows).toContainEqual([
      'Тақырып (мәселе)',
      'Сұрау салулар саны',
      'Алдыңғы кезеңде',
      'Өсу, %',
      'Өсуге әсер еткен өңірлер',
      '№',
      'Ақпарат беру арнасы',
      'Іс-шараның мазмұны',
      'Жауапты',
      'Орындау мерзімі',
    ]);
  });

  it('says in one sentence that no plan is due when no topic grew by more than 30 %', async () => {
    const out = join(b.dir, 'plan-none.pdf');
    const xlsx = join(b.dir, 'plan-none.xlsx');
    // 2026-Q2 against a quarter with no requests: every topic is new, none grew.
    expect(await b.call('report.plan', { quarter: '2026-Q2', lang: 'ru', out, xlsx })).toEqual({
      pdf: out,
      xlsx,
      pages: 1,
      topics: 0,
    });
    const sentence =
      'В 2 квартале 2026 года тем, по которым количество запросов выросло более чем на 30 % в сравнении с предыдущим периодом, не выявлено: план информационно-разъяснительной работы не требуется.';
    const text = await pdfText(out);
    expect(text).toContain(sentence);
    expect(text).not.toContain('Мероприятия');
    expect(sheetRows(xlsx, 'План').rows.at(-1)).toEqual([sentence]);
    const kk = join(b.dir, 'plan-none-kk.pdf');
    await b.call('report.plan', { quarter: '2026-Q2', lang: 'kk', out: kk });
    expect(await pdfText(kk)).toContain(
      '2026 жылғы 2-тоқсанда алдыңғы кезеңмен салыстырғанда сұрау салулардың саны 30 %-дан астам өскен тақырыптар анықталған жоқ, сондықтан ақпараттық-түсіндіру жұмысының жоспары талап етілмейді.',
    );
  });

  it('refuses a path it cannot write, with the path named', async () => {
    const error = await b.refused('report.plan', { quarter: '2026-Q3', lang: 'ru', out: '/proc/nope/x.pdf' });
    expect(error.code).toBe('fileUnwritable');
    expect(error.params.path).toBe('/proc/nope/x.pdf');
  });
});

describe('the work plan from a file of our own', () => {
  let own: TestBackend;
  let dir: string;
  const importRows = async (rows: [string, string, string][], name: string) => {
    const grid = [HEADER, ...rows.map(([date, region, topic], i) => [`${name}-${i}`, date, region, topic])];
    const path = writeFixture(dir, `${name}.csv`, csvText(grid, ';'));
    await own.call('imports.run', { paths: [path], center: 'КЦ' });
  };
  const times = (n: number, row: [string, string, string]) => Array.from({ length: n }, () => row);
  beforeAll(async () => {
    own = testBackend();
    dir = tempDir();
    await importRows(
      [
        ...times(2, ['10.04.2026', 'г. Астана', FORMULA]),
        ...times(5, ['11.04.2026', 'СКО', 'Вода']),
        ...times(4, ['01.08.2026', 'г. Астана', FORMULA]),
        ...times(1, ['02.08.2026', 'СКО', FORMULA]),
        ...times(5, ['03.08.2026', 'СКО', 'Вода']),
      ],
      'base',
    );
  });
  afterAll(() => own.close());

  it('neutralises a topic that reads as a formula in the spreadsheet', async () => {
    const out = join(own.dir, 'plan.pdf');
    const xlsx = join(own.dir, 'plan.xlsx');
    expect((await own.call('report.plan', { quarter: '2026-Q3', lang: 'ru', out, xlsx })).topics).toBe(1);
    const wb = XLSX.read(readFileSync(xlsx), { cellFormula: true });
    const ws = wb.Sheets['План'] as XLSX.WorkSheet;
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!')) as [string, XLSX.CellObject][];
    expect(cells.every(([, c]) => c.f === undefined)).toBe(true);
    const topic = cells.find(
      ([, c]) => typeof c.v === 'string' && c.v.includes('HYPERLINK') && c.v.length < 40,
    );
    expect(topic?.[1]).toMatchObject({ t: 's', v: `'${FORMULA}` });
    expect(await pdfText(out)).toContain(`1. «${FORMULA}»`);
  });

  it('keeps the numbers an approved справка was signed with, and follows the store again once withdrawn', async () => {
    const q = { quarter: '2026-Q3', lang: 'ru' } as const;
    const growth = (n: number, delta: number) =>
      `Количество запросов: ${n} (в предыдущем периоде — 2; рост +${delta} %).`;
    await readyForApproval(own, q);
    await own.call('spravka.approve', q);
    await importRows(times(5, ['04.08.2026', 'г. Астана', FORMULA]), 'later');
    const out = join(own.dir, 'frozen.pdf');
    await own.call('report.plan', { ...q, out });
    const frozen = await pdfText(out);
    expect(frozen).toContain(growth(5, 150));
    expect(frozen).toContain('город Астана: 2 → 4 (+2); Северо-Казахстанская область: 0 → 1 (+1)');
    await own.call('spravka.withdraw', q);
    await own.call('report.plan', { ...q, out });
    const live = await pdfText(out);
    expect(live).toContain(growth(10, 400));
    expect(live).toContain('город Астана: 2 → 9 (+7)');
  });
});

describe('saraptama plan', () => {
  it('writes the plan where asked, says so, and exits 2 on wrong usage', async () => {
    const dir = tempDir();
    const db = join(dir, 'p.db');
    const sample = join(import.meta.dirname, '..', '..', 'resources', 'sample');
    const files = readdirSync(sample)
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .map((f) => join(sample, f));
    expect((await cli(['import', ...files, '--center', CENTER, '--db', db])).code).toBe(0);
    const out = join(dir, 'жоспар.pdf');
    const xlsx = join(dir, 'жоспар.xlsx');
    const args = ['plan', '--db', db, '--quarter', '2026-Q3'];
    const kk = await cli([...args, '--lang', 'kk', '--out', out, '--xlsx', xlsx]);
    expect(kk.code).toBe(0);
    expect(kk.out).toBe(
      `Ақпараттық-түсіндіру жұмысының жоспары жазылды: ${out} (беттер саны: 2, 30 %-дан астам өскен тақырыптар: 2)\n` +
        `Жоспар (XLSX) жазылды: ${xlsx}\n`,
    );
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(XLSX.read(readFileSync(xlsx)).SheetNames).toEqual(['Жоспар']);
    const ru = await cli([...args, '--lang', 'ru', '--out', join(dir, 'plan.pdf'), '--json']);
    expect(ru.code).toBe(0);
    expect(JSON.parse(ru.out)).toEqual({ pdf: join(dir, 'plan.pdf'), pages: 2, topics: 2 });

    const usage = await cli([...args, '--lang', 'ru']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('npx saraptama plan --quarter 2024-Q3 --lang kk|ru --out ФАЙЛ.pdf');
    const wrong = (extra: string[]) => cli(['plan', '--db', db, '--out', join(dir, 'x.pdf'), ...extra]);
    expect((await wrong([])).code).toBe(2);
    expect((await wrong(['--quarter', '2026-Q9'])).code).toBe(2);
    expect((await wrong(['--quarter', '2026-Q3', '--compare', 'month'])).code).toBe(2);
    expect((await wrong(['--quarter', '2026-Q3', '--center', 'Нет такого'])).code).toBe(2);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    expect((await cli(['plan', '--db', db, '--quarter', '2026-Q3', '--out', '/proc/nope/x.pdf'])).code).toBe(
      1,
    );
  });
});
