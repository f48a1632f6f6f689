// The service-quality screen over the real handlers and the bundled sample,
// in Russian and Kazakh, accessible; and the справка's annex asked for from its screen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFields, qualityParts, type QualityPart } from '../../src-main/shared/quality-view';
import { formatCount } from '../../src-main/shared/format';
import type { QualityAnalysis } from '../../src-main/shared/quality';
import { extractPdfText } from '../fixtures/pdf-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
let quality: QualityAnalysis;

const RAW_KEY = /\b(ui|common|errors|analysis|report|qualityAnnex|quality)[:.][a-zA-Z]/;
const shot = (name: string) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

const PARTS: QualityPart[] = [
  'channels',
  'languages',
  'categories',
  'types',
  'repeats',
  'answers',
  'quality',
  'districts',
  'selfAssessment',
];

const TEXT = {
  ru: {
    heading: 'Качество обслуживания и обращения',
    total: (s: QualityAnalysis) =>
      `Всего запросов: ${formatCount(s.total)} (в периоде сравнения — ${formatCount(s.previousTotal)}).`,
    part: {
      channels: 'В разрезе каналов связи',
      languages: 'В разрезе языка запроса',
      categories: 'В разрезе категорий вопросов',
      types: 'В разрезе видов обращений',
      repeats: 'Повторные и множественные обращения',
      answers: 'Сроки и результаты рассмотрения',
      quality: 'Качество обслуживания на линии',
      districts: 'В разрезе районов и городов (карта проблемных вопросов)',
      selfAssessment: 'Самооценка по направлению «Рассмотрение жалоб и заявлений граждан»',
    } satisfies Record<QualityPart, string>,
    missing: 'В выгрузке квартала нет полей:',
    estimate: 'Расчетная оценка',
    formulas: ['40 × доля рассмотренных в срок', '40 × (1 − доля повторных)', '20 × доля удовлетворенных'],
    statutory: 'заявления, предложения, запросы и отклики — 15 рабочих дней, жалобы — 20 рабочих дней',
    norm: 'не более 40 секунд (Правила деятельности единого контакт-центра 1414)',
  },
  kk: {
    heading: 'Қызмет көрсету сапасы және өтініштер',
    total: (s: QualityAnalysis) =>
      `Сұрау салулардың жалпы саны: ${formatCount(s.total)} (салыстыру кезеңінде — ${formatCount(s.previousTotal)}).`,
    part: {
      channels: 'Байланыс арналары бөлінісінде',
      languages: 'Сұрау салу тілі бөлінісінде',
      categories: 'Мәселе санаттары бөлінісінде',
      types: 'Өтініш түрлері бөлінісінде',
      repeats: 'Қайталама және көп реттік өтініштер',
      answers: 'Қарау мерзімдері мен нәтижелері',
      quality: 'Желідегі қызмет көрсету сапасы',
      districts: 'Аудандар мен қалалар бөлінісінде (өзекті мәселелер картасы)',
      selfAssessment: '«Азаматтардың шағымдары мен өтініштерін қарау» бағыты бойынша өзін-өзі бағалау',
    } satisfies Record<QualityPart, string>,
    missing: 'Тоқсанның экспорт файлдарында мына өрістер жоқ:',
    estimate: 'Есептік бағалау',
    formulas: [
      '40 × мерзімінде қаралғандардың үлесі',
      '40 × (1 − қайталамалардың үлесі)',
      '20 × қанағаттандырылғандардың үлесі',
    ],
    statutory: 'шағымдар — 20 жұмыс күні',
    norm: '40 секундтан аспауы тиіс (1414 бірыңғай байланыс орталығы қызметінің қағидалары)',
  },
} as const;

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  quality = await b.call('analysis.quality', { quarter: '2026-Q3' });
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

const parts = () => qualityParts(quality);

async function checkSection(lang: 'ru' | 'kk') {
  const { page } = app;
  const x = TEXT[lang];
  const section = page.getByRole('region', { name: x.heading, exact: true });
  await section.getByText(x.total(quality)).waitFor({ timeout: 60_000 });
  const parts = qualityParts(quality);
  for (const p of PARTS) {
    const heading = section.getByRole('heading', { name: x.part[p] });
    expect(await heading.count(), `${lang} ${p}`).toBe(parts[p] ? 1 : 0);
  }
  const text = (await section.textContent()) ?? '';
  expect(text).not.toMatch(RAW_KEY);
  if (missingFields(quality).length) expect(text).toContain(x.missing);
  else expect(text).not.toContain(x.missing);
  if (parts.timeliness) expect(text).toContain(x.statutory);
  if (parts.wait) expect(text).toContain(x.norm);
  if (parts.selfAssessment) {
    expect(text).toContain(x.estimate);
    for (const f of x.formulas) expect(text).toContain(f);
  }
  if (parts.channels) {
    // The first channel's row: its count as `analyze` has it.
    const first = quality.byChannel[0];
    if (first) {
      const rows = section.locator('table').first().locator('tbody tr').first();
      expect(await rows.textContent()).toContain(formatCount(first.count));
    }
  }
  if (parts.rating) await section.getByRole('img').first().waitFor();
  await section.scrollIntoViewIfNeeded();
}

describe('the service-quality section', () => {
  it('the sample carries the fields the section is made of', () => {
    // The sample (resources/sample) has the new columns: most parts have data.
    const parts = qualityParts(quality);
    expect(PARTS.filter((p) => parts[p]).length).toBeGreaterThanOrEqual(6);
  });

  it('shows on its own screen in Russian and Kazakh, accessible', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Качество обслуживания', exact: true }).click();
    await checkSection('ru');
    // Districts: one closed disclosure per region, its districts on request.
    if (parts().districts) {
      const group = page.locator('details.district-group').first();
      expect(await page.locator('details.district-group[open]').count()).toBe(0);
      expect(await group.locator('table.districts tbody tr').first().isVisible()).toBe(false);
      await group.locator('summary').click();
      expect(await group.locator('table.districts tbody tr').first().isVisible()).toBe(true);
    }
    await shot('quality-ru');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await checkSection('kk');
    await shot('quality-kk');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 180_000);

  it('goes into the справка as an annex when the box on its screen is ticked', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Анықтама', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Анықтаманы алдын ала қарау' });
    await expect.poll(() => preview.getByRole('img').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => preview.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    const plain = await preview.getByRole('img').count();
    await page.getByRole('checkbox', { name: 'Қызмет көрсету сапасы туралы қосымшаны қосу' }).check();
    await expect.poll(() => preview.getByRole('img').count(), { timeout: 60_000 }).toBeGreaterThan(plain);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The same document from the backend: the annex after the main parts, in Kazakh.
    const r = await b.call('report.preview', { quarter: '2026-Q3', lang: 'kk', qualityAnnex: true });
    const pages = await extractPdfText(Buffer.from(r.pdf, 'base64'));
    // The regions' top 10 is the first annex, the quality the second.
    const annex = pages.findIndex((p) => p.includes('Анықтамаға\n2-қосымша'));
    expect(annex).toBeGreaterThan(0);
    expect(pages.slice(annex).join('\n')).toContain('Байланыс орталығының қызмет көрсету сапасы');
  }, 180_000);
});
