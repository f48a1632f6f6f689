// §18: the top 10 of the republic and of each region as the FAQ of the official site and the e-Appeals
// knowledge base, with a place for each answer: XLSX read back with SheetJS, HTML parsed as strict XML;
// and its CLI command.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
import { cli } from '../fixtures/cli';
import { csvText, tempDir, writeFixture } from '../fixtures/build';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

const CENTER = 'Единый контакт-центр 1414';
const FORMULA = '=HYPERLINK("http://example.com","x")';
const MARKUP = '<b>Газ & "свет"</b> <script>alert(1)</script>';

let b: TestBackend;
let analysis: Analysis;
beforeAll(async () => {
  b = testBackend();
  await importSample(b, CENTER);
  analysis = await b.call('analysis.quarter', { quarter: '2026-Q3' });
}, 60_000);
afterAll(() => b.close());

interface Question {
  id: string;
  topic: string;
  count: string;
  /** The answer's place: its text, which should be empty. */
  answer: string | null;
}
interface Area {
  id: string;
  heading: string;
  questions: Question[];
  none: boolean;
}
interface Page {
  lang: string | undefined;
  title: string;
  text: string;
  areas: Area[];
  tags: Set<string>;
  /** Every attribute value that could load something. */
  urls: string[];
}

/** The page parsed as XML: any unescaped < or &, or an unclosed tag, throws. */
function parse(html: string): Page {
  const parser = new SaxesParser();
  const page: Page = { lang: undefined, title: '', text: '', areas: [], tags: new Set(), urls: [] };
  const open: { name: string; cls: string }[] = [];
  let area: Area | undefined;
  let question: Question | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attr = (k: string) => {
      const v = tag.attributes[k];
      return typeof v === 'string' ? v : undefined;
    };
    const cls = attr('class') ?? '';
    page.tags.add(tag.name);
    for (const k of ['src', 'href', 'action', 'srcset']) if (attr(k)) page.urls.push(attr(k) as string);
    if (tag.name === 'html') page.lang = attr('lang');
    if (tag.name === 'section') {
      area = { id: attr('id') ?? '', heading: '', questions: [], none: false };
      page.areas.push(area);
    }
    if (tag.name === 'li' && cls === 'question') {
      question = { id: attr('id') ?? '', topic: '', count: '', answer: null };
      area?.questions.push(question);
    }
    if (cls === 'answer-text' && question) question.answer = '';
    if (cls === 'none' && area) area.none = true;
    open.push({ name: tag.name, cls });
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => {
    page.text += text;
    const inside = (p: (t: { name: string; cls: string }) => boolean) => open.some(p);
    if (inside((t) => t.name === 'title')) page.title += text;
    if (area && inside((t) => t.name === 'h2')) area.heading += text;
    if (question && inside((t) => t.cls === 'topic')) question.topic += text;
    if (question && inside((t) => t.cls === 'count')) question.count += text;
    if (question && inside((t) => t.cls === 'answer-text')) question.answer += text;
  });
  parser.write(html).close();
  return page;
}

function regionList(a: Analysis, code: string) {
  return a.top10ByRegion[code as keyof Analysis['top10ByRegion']] ?? [];
}

describe('the FAQ list (§18) as HTML', () => {
  it('in Russian: a standalone page with the republic’s ten questions and each region’s, an empty answer under each', async () => {
    const out = join(b.dir, 'faq-ru.html');
    const r = await b.call('report.faq', { quarter: '2026-Q3', lang: 'ru', out });
    const questions =
      analysis.top10.length +
      analysis.byRegion.reduce(
        (n, x) => n + (x.code === 'unspecified' ? 0 : regionList(analysis, x.code).length),
        0,
      );
    expect(r).toEqual({ out, format: 'html', questions });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    const page = parse(html);
    expect(page.lang).toBe('ru');
    expect(page.title).toBe('Часто задаваемые вопросы — 2026-Q3');
    // Nothing runs and nothing is fetched.
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'form'])
      expect(page.tags).not.toContain(tag);
    expect(page.urls).toEqual([]);
    expect(html).not.toMatch(/url\(|@import|https?:/);
    expect(html).toContain('@media print');
    expect(page.text).toContain(
      '10 наиболее интересующих граждан вопросов за 3 квартал 2026 года: по республике и в разрезе регионов',
    );
    expect(page.text).toContain(
      'Для раздела «Часто задаваемые вопросы» официального интернет-ресурса и базы знаний ИАС «Электронные обращения»',
    );

    const regions = analysis.byRegion.filter((x) => x.code !== 'unspecified');
    expect(page.areas.map((a) => a.id)).toEqual(['republic', ...regions.map((x) => x.code)]);
    const [republic, ...rest] = page.areas as [Area, ...Area[]];
    expect(republic.heading).toBe('По республике — 2\u00a0290');
    expect(republic.questions.map((q) => [q.topic, q.count])).toEqual(
      analysis.top10.map((x) => [x.topic, `(запросов: ${x.count})`]),
    );
    rest.forEach((area, i) => {
      const region = regions[i] as (typeof regions)[number];
      expect(area.heading.startsWith(`${region.nameRu} — `)).toBe(true);
      expect(area.questions.map((q) => q.topic)).toEqual(
        regionList(analysis, region.code).map((x) => x.topic),
      );
      expect(area.none).toBe(area.questions.length === 0);
    });
    const all = page.areas.flatMap((a) => a.questions);
    expect(all).toHaveLength(questions);
    expect(all.every((q) => q.answer === '')).toBe(true);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
  });

  it('in Kazakh: lang="kk", the regions’ Kazakh names, no Russian interface word', async () => {
    const out = join(b.dir, 'faq-kk.html');
    await b.call('report.faq', { quarter: '2026-Q3', lang: 'kk', out });
    const page = parse(readFileSync(out, 'utf8'));
    expect(page.lang).toBe('kk');
    expect(page.title).toBe('Жиі қойылатын сұрақтар — 2026-Q3');
    expect(page.areas[0]?.heading).toBe('Республика бойынша — 2\u00a0290');
    const almaty = page.areas.find((a) => a.id === 'KZ-75');
    expect(almaty?.heading.startsWith('Алматы қаласы — ')).toBe(true);
    expect(page.text).toContain('Әр сұрақтың астына жауап мәтінін жазыңыз.');
    expect(page.text).toContain('Жауап:');
    expect(page.areas[0]?.questions[0]?.count).toBe(`(сұрау салулар: ${analysis.top10[0]?.count})`);
    // Topic names and the contact center's name are data, in the language they were written in.
    const topics = new Set(page.areas.flatMap((a) => a.questions.map((q) => q.topic)));
    let ui = page.text.replaceAll(CENTER, '');
    for (const topic of topics) ui = ui.replaceAll(topic, '');
    for (const ru of ['Ответ', 'запрос', 'вопрос', 'Часто', 'По республике', 'область', 'город', 'Впишите'])
      expect(ui, ru).not.toContain(ru);
  });
});

describe('the FAQ list as a spreadsheet', () => {
  it('one row per question with an empty answer cell, the republic first, then each region', async () => {
    const out = join(b.dir, 'faq-ru.xlsx');
    const r = await b.call('report.faq', { quarter: '2026-Q3', lang: 'ru', out });
    expect(r.format).toBe('xlsx');
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['Вопросы']);
    const ws = wb.Sheets['Вопросы'] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<(string | number | undefined)[]>(ws, { header: 1 });
    expect(rows[0]).toEqual(['Часто задаваемые вопросы']);
    const head = rows.findIndex((row) => row[0] === 'Территория');
    expect(rows[head]).toEqual(['Территория', '№', 'Вопрос (тема)', 'Количество запросов', 'Ответ']);
    expect(ws['!autofilter']).toEqual({ ref: `A${head + 1}:E${rows.length}` });
    const questions = rows.slice(head + 1).filter((row) => typeof row[1] === 'number');
    expect(questions).toHaveLength(r.questions);
    expect(questions.every((row) => row[4] === '')).toBe(true);
    expect(questions.slice(0, 10).map((row) => [row[0], row[1], row[2], row[3]])).toEqual(
      analysis.top10.map((x) => ['По республике', x.rank, x.topic, x.count]),
    );
    const astana = analysis.byRegion.find((x) => x.code === 'KZ-71');
    expect(questions.filter((row) => row[0] === astana?.nameRu).map((row) => row[2])).toEqual(
      regionList(analysis, 'KZ-71').map((x) => x.topic),
    );
    // A topic tied with the tenth is named under its list, not left out silently.
    const tied = Object.keys(analysis.top10ByRegionTies)[0] as string;
    const name = analysis.byRegion.find((x) => x.code === tied)?.nameRu;
    expect(
      rows.some(
        (row) => row[0] === name && row[1] === undefined && String(row[2]).startsWith('Столько же запросов'),
      ),
    ).toBe(true);

    const kk = join(b.dir, 'faq-kk.xlsx');
    await b.call('report.faq', { quarter: '2026-Q3', lang: 'kk', out: kk });
    const kkBook = XLSX.read(readFileSync(kk));
    expect(kkBook.SheetNames).toEqual(['Сұрақтар']);
    expect(
      XLSX.utils.sheet_to_json<unknown[]>(kkBook.Sheets['Сұрақтар'] as XLSX.WorkSheet, { header: 1 }),
    ).toContainEqual(['Аумақ', '№', 'Тақырып (мәселе)', 'Сұрау салулар саны', 'Жауап']);
  });

  it('refuses a file that is neither .xlsx nor .html, writing nothing', async () => {
    const out = join(b.dir, 'faq.pdf');
    const error = await b.refused('report.faq', { quarter: '2026-Q3', lang: 'ru', out });
    expect(error).toEqual({
      code: 'usage',
      params: { detail: `список вопросов сохраняется в файл .xlsx или .html, а не в «${out}»` },
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe('the FAQ list from a file of our own', () => {
  let own: TestBackend;
  beforeAll(async () => {
    own = testBackend();
    const dir = tempDir();
    const rows = [
      ...Array.from({ length: 3 }, (_, i) => [`F-${i}`, '01.08.2026', 'г. Астана', FORMULA]),
      ...Array.from({ length: 2 }, (_, i) => [`M-${i}`, '02.08.2026', 'г. Астана', MARKUP]),
    ];
    const path = writeFixture(
      dir,
      'own.csv',
      csvText([['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'], ...rows], ';'),
    );
    await own.call('imports.run', { paths: [path], center: 'КЦ' });
  });
  afterAll(() => own.close());

  it('escapes markup in topic names in the HTML', async () => {
    const out = join(own.dir, 'faq.html');
    await own.call('report.faq', { quarter: '2026-Q3', lang: 'ru', out });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(
      '&lt;b&gt;Газ &amp; &quot;свет&quot;&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(html).not.toContain('<b>');
    const page = parse(html);
    expect(page.tags).not.toContain('script');
    expect(page.areas[0]?.questions.map((q) => q.topic)).toEqual([FORMULA, MARKUP]);
    expect(page.areas.find((a) => a.id === 'KZ-71')?.questions.map((q) => q.topic)).toEqual([
      FORMULA,
      MARKUP,
    ]);
  });

  it('neutralises a topic that reads as a formula in the spreadsheet', async () => {
    const out = join(own.dir, 'faq.xlsx');
    await own.call('report.faq', { quarter: '2026-Q3', lang: 'ru', out });
    const ws = XLSX.read(readFileSync(out), { cellFormula: true }).Sheets['Вопросы'] as XLSX.WorkSheet;
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!')) as [string, XLSX.CellObject][];
    expect(cells.every(([, c]) => c.f === undefined)).toBe(true);
    const formula = cells.filter(([, c]) => typeof c.v === 'string' && c.v.includes('HYPERLINK'));
    expect(formula.length).toBe(2); // the republic's list and Astana's
    for (const [, c] of formula) expect(c).toMatchObject({ t: 's', v: `'${FORMULA}` });
  });
});

describe('saraptama faq', () => {
  it('writes XLSX or HTML by the extension, says so, and exits 2 on anything else', async () => {
    const dir = tempDir();
    const db = join(dir, 'f.db');
    const sample = join(import.meta.dirname, '..', '..', 'resources', 'sample');
    const files = readdirSync(sample)
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .map((f) => join(sample, f));
    expect((await cli(['import', ...files, '--center', CENTER, '--db', db])).code).toBe(0);
    const args = ['faq', '--db', db, '--quarter', '2026-Q3'];
    const html = join(dir, 'сұрақтар.html');
    const kk = await cli([...args, '--lang', 'kk', '--out', html]);
    expect(kk.code).toBe(0);
    expect(kk.out).toMatch(
      new RegExp(
        `^Жиі қойылатын сұрақтар \\(HTML\\) жазылды: ${html.replace(/[.]/g, '\\.')} \\(сұрақтар саны: \\d+\\)\n$`,
      ),
    );
    expect(parse(readFileSync(html, 'utf8')).lang).toBe('kk');
    const xlsx = join(dir, 'faq.xlsx');
    const ru = await cli([...args, '--lang', 'ru', '--out', xlsx]);
    expect(ru.code).toBe(0);
    expect(ru.out).toContain(`Часто задаваемые вопросы (XLSX) записаны: ${xlsx} (вопросов: `);
    const json = await cli([...args, '--lang', 'ru', '--out', xlsx, '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ out: xlsx, format: 'xlsx' });

    const pdf = await cli([...args, '--lang', 'ru', '--out', join(dir, 'faq.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain('список вопросов сохраняется в файл .xlsx или .html');
    expect(pdf.err).toContain('npx saraptama faq --quarter 2024-Q3 --lang kk|ru --out ФАЙЛ.xlsx|ФАЙЛ.html');
    expect(existsSync(join(dir, 'faq.pdf'))).toBe(false);
    expect((await cli([...args, '--lang', 'ru'])).code).toBe(2);
    expect((await cli(['faq', '--db', db, '--out', xlsx])).code).toBe(2);
    expect((await cli([...args, '--out', xlsx, '--xlsx', xlsx])).code).toBe(2);
    expect((await cli([...args, '--out', xlsx, '--compare', 'month'])).code).toBe(2);
  });
});
