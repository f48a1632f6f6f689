import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText } from '../fixtures/pdf-text';
import { filled, textOf } from '../fixtures/rich-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';

let b: TestBackend;
beforeAll(async () => {
  b = testBackend();
  await importSample(b);
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
});
afterAll(() => b.close());

/** The PDF's text as one line: pdfmake breaks lines anywhere, and after hyphens. */
async function pdfText(path: string): Promise<string> {
  const pages = await extractPdfText(readFileSync(path));
  const text = pages.join(' ').replace(/\s+/g, ' ').replace(/- /g, '-');
  // A translation key printed instead of its text.
  expect(text).not.toMatch(/\b(draft|doc|form|analysis|common|report)\.[a-zA-Z]/);
  return text;
}

describe('the справка', () => {
  it('in Russian: the analytical part, the form with its title and six headings, the figures', async () => {
    const out = join(b.dir, 'ru.pdf');
    const xlsx = join(b.dir, 'ru.xlsx');
    const result = await b.call('report.write', { quarter: '2026-Q3', lang: 'ru', out, xlsx });
    expect(result.pages).toBeGreaterThan(3);
    const text = await pdfText(out);
    for (const s of [
      'Министерство культуры и информации Республики Казахстан',
      'СПРАВКА',
      'по результатам анализа запросов граждан, поступивших в контакт-центр за 3 квартал 2026 года',
      '(период сравнения — 2 квартал 2026 года)',
      'I. Аналитическая часть',
      'За 3 квартал 2026 года в контакт-центр поступило 2 290 запросов, что на 486 запросов (26,9 %) больше, чем за 2 квартал 2026 года (1 804).',
      '«Отопление» — 190 (в предыдущем периоде — 55; +245,5 %).',
      'По теме «Весенне-полевые работы» запросов в отчетном периоде не поступало.',
      'Разработать планы информационно-разъяснительной работы по темам: «Отопление», «Детские сады: очередь».',
      'Семейное положение: ',
      'II. Статистическая часть',
      'Статистическая информация по запросам, поступившим в контакт-центр за 3 квартал 2026 года',
      'Наименование контакт-центра, с указанием номера телефона',
      'Общее количество поступивших запросов в отчетном периоде',
      'Тематика запросов',
      'Количество поступивших запросов по данной теме в отчетном периоде',
      'Регион (область, город республиканского значения, столица)',
      'Количество поступивших запросов от заявителей данного региона в отчетном периоде',
      '(Ф.И.О. и подпись заместителя первого руководителя государственного органа)',
      'Заместитель министра',
      'А. Б. Сериков',
      'город Астана — 230',
    ]) {
      expect(text, s).toContain(s);
    }
    const rows = XLSX.utils.sheet_to_json<unknown[]>(
      XLSX.read(readFileSync(xlsx)).Sheets['Форма'] as XLSX.WorkSheet,
      { header: 1 },
    );
    expect(rows[0]).toEqual([
      'Статистическая информация по запросам, поступившим в контакт-центр за 3 квартал 2026 года',
    ]);
    expect(rows[4]?.slice(0, 4)).toEqual(['Единый контакт-центр 1414', 2290, 'Отопление', 190]);
    // Only the shipped serif is embedded.
    const fonts = new Set(
      readFileSync(out)
        .toString('latin1')
        .match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g)
        ?.map((f) => f.slice(18)),
    );
    expect([...fonts].every((f) => f.startsWith('LiberationSerif'))).toBe(true);
  });

  it('in Kazakh, entirely in Kazakh but for the data', async () => {
    const out = join(b.dir, 'kk.pdf');
    await b.call('report.write', { quarter: '2026-Q3', lang: 'kk', out });
    const text = await pdfText(out);
    for (const s of [
      'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
      'АНЫҚТАМА',
      'I. Талдамалық бөлім',
      '2026 жылғы 3-тоқсанда байланыс орталығына 2 290 сұрау салу келіп түсті',
      'Азаматтарды барынша қызықтыратын 10 мәселе',
      'Есепті кезеңде «Көктемгі дала жұмыстары» тақырыбы бойынша сұрау салулар түскен жоқ.',
      'Отбасылық жағдайы: ',
      'II. Статистикалық бөлім',
      'Байланыс орталығына 2026 жылғы 3-тоқсанда келіп түскен сұрау салулар жөніндегі статистикалық ақпарат',
      'Телефон нөмірін көрсете отырып, байланыс орталығының атауы',
      'Есепті кезеңде келіп түскен сұрау салулардың жалпы саны',
      'Сұрау салулардың тақырыбы',
      'Есепті кезеңде аталған тақырып бойынша келіп түскен сұрау салулардың саны',
      'Өңір (облыс, республикалық маңызы бар қала, астана)',
      'Есепті кезеңде аталған өңірдің өтініш берушілерінен келіп түскен сұрау салулардың саны',
      '(Мемлекеттік органның бірінші басшысы орынбасарының Т.А.Ә. және қолы)',
      'Астана қаласы — 230',
    ]) {
      expect(text, s).toContain(s);
    }
    for (const ru of ['Справка', 'Аналитическая', 'Статистическая', 'запросов', 'Регион'])
      expect(text).not.toContain(ru);
  });

  it('in Kazakh with the quality annex: not a Russian word, names of topics, districts and values included', async () => {
    const out = join(b.dir, 'kk-annex.pdf');
    await b.call('report.write', { quarter: '2026-Q3', lang: 'kk', out, qualityAnnex: true });
    const text = (await pdfText(out)).replace(/\s+/g, ' ');
    // Russian words the sample's data would bring in: topic names, districts, marital statuses.
    for (const ru of [' и ', ' по ', ' на ', 'вопрос', 'Отопление', 'район', 'замужем', 'женат', 'Прочие'])
      expect(text, ru).not.toContain(ru);
    expect(text).toContain('Аягөз ауданы');
    expect(text).toContain('некеде тұрған');
  });

  it('prints what the analyst wrote, not the draft, once it is saved', async () => {
    const draft = await b.call('spravka.text', { quarter: '2026-Q3', lang: 'ru' });
    expect(draft.isDraft).toBe(true);
    expect(draft.doc.content[0]).toMatchObject({ type: 'heading' });
    expect(textOf(draft.doc)).toContain('Характер поступивших запросов');
    const edited = filled(draft.doc, 'начало выплат из Национального фонда детям с 1 июля');
    const saved = await b.call('spravka.saveText', { quarter: '2026-Q3', lang: 'ru', doc: edited });
    expect(saved).toMatchObject({ isDraft: false, updatedAt: '2026-11-23 10:00:00' });
    expect((await b.call('spravka.text', { quarter: '2026-Q3', lang: 'ru' })).doc).toEqual(edited);
    // The Kazakh text is separate.
    expect((await b.call('spravka.text', { quarter: '2026-Q3', lang: 'kk' })).isDraft).toBe(true);
    const out = join(b.dir, 'edited.pdf');
    await b.call('report.write', { quarter: '2026-Q3', lang: 'ru', out });
    expect(await pdfText(out)).toContain('начало выплат из Национального фонда детям с 1 июля.');
  });

  it('refuses a path it cannot write, with the path named', async () => {
    const error = await b.refused('report.write', {
      quarter: '2026-Q3',
      lang: 'ru',
      out: '/proc/nope/x.pdf',
    });
    expect(error.code).toBe('fileUnwritable');
    expect(error.params.path).toBe('/proc/nope/x.pdf');
  });
});

describe('the top-10 lists as a spreadsheet', () => {
  it("holds the republic's ten and every region's, ranked as the analysis ranks them", async () => {
    const out = join(b.dir, 'top10-kk.xlsx');
    const analysis = await b.call('analysis.quarter', { quarter: '2026-Q3' });
    expect(await b.call('report.top10', { quarter: '2026-Q3', lang: 'kk', out })).toEqual({ xlsx: out });
    const wb = XLSX.read(readFileSync(out));
    expect(wb.SheetNames).toEqual(['10 мәселе']);
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['10 мәселе'] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows[1]).toEqual(['Аумақ', '№', 'Тақырып (мәселе)', 'Сұрау салулар саны']);
    const republic = rows.filter((r) => r[0] === 'Республика бойынша' && typeof r[1] === 'number');
    expect(republic.map((r) => [r[1], r[2], r[3]])).toEqual(
      analysis.top10.map((t) => [t.rank, analysis.topicNames[t.topic]?.kk, t.count]),
    );
    expect(republic[0]?.[2]).toBe('Жылыту');
    const almaty = analysis.byRegion.find((r) => r.code !== 'unspecified' && r.count > 0);
    const listed = rows.filter((r) => r[0] === almaty?.nameKk && typeof r[1] === 'number');
    expect(listed.map((r) => r[2])).toEqual(
      (analysis.top10ByRegion[almaty?.code as keyof typeof analysis.top10ByRegion] ?? []).map(
        (t) => analysis.topicNames[t.topic]?.kk,
      ),
    );
    expect(listed.length).toBeGreaterThan(0);
  });
});
