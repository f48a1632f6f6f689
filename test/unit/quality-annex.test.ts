// The quality annex of the справка, rendered to a real PDF and read back in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../src-main/analysis/build';
import { translator } from '../../src-main/i18n';
import { appendixForm } from '../../src-main/report/appendix-form';
import { renderPdf } from '../../src-main/report/pdf/render';
import { qualityAnnex } from '../../src-main/report/quality-annex';
import {
  criterionCalc,
  districtsByRegion,
  missingFields,
  qualityParts,
} from '../../src-main/shared/quality-view';
import { outlineToPdf } from '../../src-main/report/document/pdf';
import { spravkaDocument } from '../../src-main/report/spravka-doc';
import type { Lang } from '../../src-main/shared/domain';
import type { QualityAnalysis } from '../../src-main/shared/quality';
import { extractPdfText, pdfPageSizes } from '../fixtures/pdf-text';
import { channelOnlyFixture, LONG_TOPIC, qualityFixture } from '../fixtures/quality-analysis';
import { NO_VALUE_ALIASES } from '../../src-main/shared/value-aliases';

const CREATED = new Date(Date.UTC(2026, 9, 5, 9, 0, 0));
const RAW_KEY = /\b(report|analysis|ui|common):[a-zA-Z]/;

/** SARAPTAMA_ANNEX_OUT=folder keeps the PDFs for a look (pdftoppm), which text extraction cannot judge. */
function keep(name: string, pdf: Buffer): void {
  const dir = process.env['SARAPTAMA_ANNEX_OUT'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), pdf);
}

async function annexText(lang: Lang, s: QualityAnalysis, name?: string): Promise<string> {
  const t = translator(lang);
  const doc: TDocumentDefinitions = outlineToPdf({
    title: 'annex',
    createdAt: CREATED,
    size: 14,
    sections: [{ orientation: 'portrait', blocks: qualityAnnex(t, lang, s) }],
  });
  const pdf = await renderPdf(doc);
  if (name) keep(name, pdf);
  const pages = await extractPdfText(pdf);
  expect(pages[0]).not.toBe('');
  // Lines joined: a cell's text may wrap, so figures are looked for with spaces normalised.
  return pages.join('\n');
}

// A hyphenated word wrapped at its hyphen ("процедурно-\nпроцессуальным") is read back whole.
const flat = (text: string) => text.replace(/(\p{L})-\n/gu, '$1-').replace(/\s+/g, ' ');

describe('quality annex: which parts', () => {
  it('shows every part the fixture has data for and names the one missing field', () => {
    const s = qualityFixture();
    const parts = qualityParts(s);
    expect(Object.values(parts).every(Boolean)).toBe(true);
    expect(missingFields(s)).toEqual(['deadline']);
  });

  it('hides the parts whose fields the export lacks', () => {
    const parts = qualityParts(channelOnlyFixture());
    expect(parts.channels).toBe(true);
    for (const p of [
      'languages',
      'categories',
      'types',
      'repeats',
      'answers',
      'quality',
      'districts',
      'selfAssessment',
    ] as const)
      expect(parts[p], p).toBe(false);
  });

  it('groups districts by region in the official order, the unspecified region last', () => {
    const groups = districtsByRegion(qualityFixture().districts);
    expect(groups.map((g) => g.region)).toEqual(['KZ-71', 'KZ-75', 'KZ-79', 'unspecified']);
    expect(groups[1]).toMatchObject({ count: 108, previousCount: 91 });
  });

  it('writes each criterion out as its formula with the numbers', () => {
    const sa = qualityFixture().selfAssessment;
    expect(criterionCalc(sa.timeliness)).toBe('40 × 88,3 % = 35,3');
    expect(criterionCalc(sa.repeated, true)).toBe('40 × (1 − 7,5 %) = 37');
    expect(criterionCalc(sa.satisfied)).toBe('20 × 35,7 % = 7,1');
    expect(criterionCalc({ points: null, max: 40, percent: null, base: 0 })).toBe('');
  });
});

describe('quality annex rendered', () => {
  it('reads in Russian: headings, figures, the statutory terms and the estimate with its formulas', async () => {
    const text = flat(await annexText('ru', qualityFixture(), 'quality-annex-ru.pdf'));
    expect(text).not.toMatch(RAW_KEY);
    expect(text).toContain('Приложение');
    expect(text).toContain('Качество обслуживания контакт-центра и обращения граждан');
    expect(text).toContain('за 3 квартал 2026 года (период сравнения — 2 квартал 2026 года)');
    expect(text).toContain('Всего запросов: 1 250 (в периоде сравнения — 1 100).');
    expect(text).toContain('В выгрузке квартала нет полей: срок рассмотрения.');
    for (const h of [
      '1. В разрезе каналов связи',
      '2. В разрезе языка запроса',
      '3. В разрезе категорий вопросов',
      '4. В разрезе видов обращений',
      '5. Повторные и множественные обращения',
      '6. Сроки и результаты рассмотрения',
      '7. Качество обслуживания на линии',
      '8. В разрезе районов и городов (карта проблемных вопросов)',
      '9. Самооценка по направлению «Рассмотрение жалоб и заявлений граждан» — расчетная оценка',
    ])
      expect(text).toContain(h);
    // A channel row: name, the two quarters and the change.
    expect(text).toMatch(/Телефон 820 700 \+17,1/);
    expect(text).toMatch(/Портал «электронного правительства» 120 90 \+33,3/);
    expect(text).toContain('Поле «категория вопроса» заполнено у 1 100 из 1 250 запросов.');
    expect(text).toMatch(/Всего повторных 75 61/);
    expect(text).toContain(LONG_TOPIC.slice(0, 40));
    expect(text).toContain('Тема не указана');
    expect(text).toMatch(/Доля рассмотренных в срок 88,5 % 85,2 %/);
    expect(text).toContain(
      'заявления, предложения, запросы и отклики — 15 рабочих дней, жалобы — 20 рабочих дней',
    );
    expect(text).toContain('Административным процедурно-процессуальным кодексом');
    // By type, with the statutory term: a complaint's 20 working days, a consultation not judged.
    expect(text).toMatch(/Жалоба 20 210 166 20 10 14 84,7/);
    expect(text).toMatch(/Консультация на линии не оценивается/);
    expect(text).toMatch(/Среднее время ожидания на линии \(норматив соблюден\) 34,6 с 41,2 с/);
    expect(text).toMatch(/Доля звонков с ожиданием не более 40 с 72,4 % 63,5 %/);
    expect(text).toContain('не более 40 секунд (Правила деятельности единого контакт-центра 1414)');
    expect(text).toMatch(/Средняя оценка консультанта \(по пятибалльной шкале\) 4,36 4,18/);
    expect(text).toMatch(/Оценка «5» 371 60,8 285/);
    expect(text).toMatch(/июль 2026 г\. 260 31,2 65 75 200 4,4/);
    // Districts under their region.
    expect(text).toMatch(
      /город Астана 85 73 \+16,4 район Байконур Детские сады: очередь — 14 55 40 \+37,5 район Есиль 30 33 −9,1/,
    );
    expect(text).toContain(
      'Алатауский район Отопление — 21; Жилищные вопросы — 9; Водоснабжение — 6 60 41 +46,3',
    );
    expect(text).toMatch(/Регион не указан 5 2 \+150 Сарыагашский район/);
    expect(text).toContain('40 × доля рассмотренных в срок');
    expect(text).toContain('40 × 88,3 % = 35,3');
    expect(text).toContain('40 × (1 − доля повторных)');
    expect(text).toContain('40 × (1 − 7,5 %) = 37');
    expect(text).toContain('20 × доля удовлетворенных');
    expect(text).toContain('20 × 35,7 % = 7,1');
    expect(text).toMatch(/Итого 79,4 100/);
    expect(text).toContain('Расчетная оценка. Баллы исчислены пропорционально');
  });

  it('reads in Kazakh with the Methodology’s terms', async () => {
    const text = flat(await annexText('kk', qualityFixture(), 'quality-annex-kk.pdf'));
    expect(text).not.toMatch(RAW_KEY);
    expect(text).toContain('Анықтамаға қосымша');
    expect(text).toContain('Байланыс орталығының қызмет көрсету сапасы және азаматтардың өтініштері');
    expect(text).toContain('2026 жылғы 3-тоқсан бойынша (салыстыру кезеңі — 2026 жылғы 2-тоқсан)');
    expect(text).toContain('Сұрау салулардың жалпы саны: 1 250');
    expect(text).toContain('Тоқсанның экспорт файлдарында мына өрістер жоқ: қарау мерзімі.');
    for (const h of [
      '1. Байланыс арналары бөлінісінде',
      '2. Сұрау салу тілі бөлінісінде',
      '5. Қайталама және көп реттік өтініштер',
      '6. Қарау мерзімдері мен нәтижелері',
      '7. Желідегі қызмет көрсету сапасы',
      '8. Аудандар мен қалалар бөлінісінде (өзекті мәселелер картасы)',
      '9. «Азаматтардың шағымдары мен өтініштерін қарау» бағыты бойынша өзін-өзі бағалау — есептік бағалау',
    ])
      expect(text).toContain(h);
    expect(text).toMatch(/Телефон 820 700 \+17,1/);
    expect(text).toMatch(/Қазақ тілі 540 440 \+22,7/);
    expect(text).toContain('Әкімшілік рәсімдік-процестік кодексінде');
    expect(text).toContain('шағымдар — 20 жұмыс күні');
    expect(text).toMatch(/Шағым 20 210 166 20 10 14 84,7/);
    expect(text).toMatch(/Желідегі консультация бағаланбайды/);
    expect(text).toContain('1414 бірыңғай байланыс орталығы қызметінің қағидалары');
    expect(text).toMatch(/Астана қаласы 85 73 \+16,4/);
    expect(text).toMatch(/2026 ж\. шілде 260/);
    expect(text).toContain('40 × мерзімінде қаралғандардың үлесі');
    expect(text).toContain('40 × (1 − қайталамалардың үлесі)');
    expect(text).toContain('20 × қанағаттандырылғандардың үлесі');
    expect(text).toContain('40 × 88,3 % = 35,3');
    expect(text).toMatch(/Барлығы 79,4 100/);
    expect(text).toContain('Есептік бағалау. Балдар');
  });

  it('leaves out the parts without data and says which fields the export lacks', async () => {
    const text = flat(await annexText('ru', channelOnlyFixture()));
    expect(text).toContain('1. В разрезе каналов связи');
    expect(text).not.toContain('2.');
    expect(text).not.toContain('Самооценка');
    expect(text).toContain(
      'В выгрузке квартала нет полей: язык запроса, категория вопроса, вид обращения, отметка о повторности, ' +
        'ИИН или телефон заявителя, дата ответа, срок рассмотрения, результат рассмотрения, время ожидания на линии, ' +
        'оценка консультанта, район.',
    );
  });

  it('lists the five largest districts of a region and sums the rest on one line', async () => {
    const s = qualityFixture();
    s.districts = Array.from({ length: 8 }, (_, i) => ({
      region: 'KZ-35' as const,
      district: `Район ${i + 1}`,
      count: 20 - i,
      previousCount: 10,
      leading: [],
    }));
    const text = flat(await annexText('ru', s));
    expect(text).toContain(
      'По каждому региону приведены 5 районов (городов) с наибольшим количеством запросов',
    );
    expect(text).toMatch(/Карагандинская область 132 80 \+65 Район 1 20 10 \+100/);
    expect(text).toMatch(/Район 5 16 10 \+60 прочие районы и города \(3\) 42 30 \+40/);
    expect(text).not.toContain('Район 6');
  });

  it('says so when retention removed the quarter’s records', async () => {
    const s = { ...qualityFixture(), purged: { quarter: true, previous: false } };
    const text = flat(await annexText('kk', s));
    expect(text).toContain(
      'Сақтау мерзімі өткендіктен сұрау салулардың жазбалары жойылған (2026 жылғы 3-тоқсан)',
    );
    expect(text).not.toContain('1. ');
  });
});

describe('the справка with the annex', () => {
  const analysis = buildAnalysis(
    {
      quarter: '2026-Q3',
      previousQuarter: '2026-Q2',
      compare: 'previous',
      center: 'Единый контакт-центр 1414',
    },
    {
      valueAliases: NO_VALUE_ALIASES,
      current: { total: 3, byRegion: [{ key: 'KZ-71', n: 3 }], byTopic: [{ key: 1, n: 3 }] },
      previous: { total: 2, byRegion: [{ key: 'KZ-71', n: 2 }], byTopic: [{ key: 1, n: 2 }] },
      topicNames: new Map([[1, 'Жилищные вопросы']]),
      regionTopic: [{ region: 'KZ-71', topic: 1, n: 3 }],
      ages: [],
      sex: [],
      socialStatus: [],
      maritalStatus: [],
      education: [],
      occupation: [],
      dynamics: [
        { quarter: '2026-Q2', n: 2 },
        { quarter: '2026-Q3', n: 3 },
      ],
    },
  );
  const render = (quality?: QualityAnalysis) => {
    const t = translator('ru');
    return renderPdf(
      spravkaDocument(t, {
        lang: 'ru',
        analysis,
        doc: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Тенденции' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Количество запросов выросло.' }] },
          ],
        },
        fallbacks: new Set(),
        form: appendixForm(t, 'ru', analysis, { name: 'Единый контакт-центр 1414', phone: '1414' }),
        holderName: 'Министерство',
        centerName: 'Единый контакт-центр 1414',
        registration: { number: '', date: '' },
        settings: {
          body: { kk: '', ru: 'Министерство' },
          signatory: {
            position: { kk: '', ru: 'Заместитель министра' },
            name: { kk: '', ru: 'А. Б. Иванов' },
          },
        },
        charts: [],
        createdAt: CREATED,
        ...(quality ? { quality } : {}),
      }),
    );
  };

  it('is the second annex, on portrait pages after the regions’ annex, when the input carries the analysis', async () => {
    const [plain, annexed] = await Promise.all([render(), render(qualityFixture())]);
    const plainPages = await extractPdfText(plain);
    const pages = await extractPdfText(annexed);
    expect(plainPages.join('\n')).not.toContain('Качество обслуживания контакт-центра');
    expect(pages.length).toBeGreaterThan(plainPages.length);
    // Both parts are unchanged; the regions' annex, the only one without it, becomes the first of two.
    const sizes = await pdfPageSizes(annexed);
    const afterForm = sizes.findIndex(
      (s, i) => i > 0 && s.width < s.height && (sizes[i - 1]?.width ?? 0) > (sizes[i - 1]?.height ?? 0),
    );
    expect(pages.slice(0, afterForm)).toEqual(plainPages.slice(0, afterForm));
    // Each page but the first carries its number, which the text layer reads after the page's own text.
    const text = (list: string[], i: number) => (list[i] ?? '').replace(new RegExp(`\\n${i + 1}$`), '');
    expect(text(plainPages, afterForm)).toMatch(/^Приложение\nк справке\n/);
    expect(text(pages, afterForm)).toMatch(/^Приложение 1\nк справке\n/);
    expect(text(pages, plainPages.length)).toMatch(
      /^Приложение 2\nк справке\nКачество обслуживания контакт-центра/,
    );
    const form = sizes[afterForm - 1] ?? { width: 0, height: 0 };
    expect(form.width).toBeGreaterThan(form.height);
    for (const s of sizes.slice(afterForm)) expect(s.width).toBeLessThan(s.height);
  });
});
