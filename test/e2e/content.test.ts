// The content screen over the real handlers: topics suggested for vague requests, assigned
// only for the rows the analyst marks, and the quarter's new issues, in Kazakh and Russian.
import { join } from 'node:path';
import { formatCount } from '../../src-main/shared/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src-main/shared/rich-text';
import { importSample, testBackend, vagueRequestsInQ3, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
const RAW_KEY = /\b(ui|common|errors|content|nav)[:.][a-zA-Z]/;
const shot = (name: string) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  app = await openApp(b, 'kk-KZ');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('the content screen', () => {
  it('suggests topics, assigns only the marked ones, and finds new issues', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Мәтіндерді талдау', exact: true }).click();
    await page.getByRole('button', { name: 'Тақырып ұсыну' }).click();
    // The measured precision and coverage, on the analyst's own held-out requests; no generated-data figure.
    const status = page.locator('.suggestion-quality');
    await status
      .getByText(/оқытудан тыс қалдырылған .* сұрау салу бойынша тексерілді/)
      .waitFor({ timeout: 60_000 });
    const data = await b.call('content.suggestions', { quarter: '2026-Q3' });
    // The figures are those measured on this store's labelled requests, and say how many were held out.
    expect(await status.textContent()).toContain(formatCount(data.quality?.heldOut ?? -1));
    const precision = data.quality?.heldOutPrecision ?? 0;
    const figure = (Math.round(precision * 1000) / 10).toString().replace('.', '[.,]');
    expect(await status.textContent()).toMatch(new RegExp(`${figure}\\s%`));
    const before = vagueRequestsInQ3(b);
    const rows = page.locator('table.suggestions tbody tr');
    // Only the suggestions above the threshold by default; the rest when asked for, marked unreliable.
    const shownCount = data.items.filter((i) => i.shown).length;
    await expect.poll(() => rows.count()).toBe(shownCount);
    await page.getByRole('checkbox', { name: 'Қалған ұсыныстарды көрсету (сенімсіз)' }).check();
    await expect.poll(() => rows.count()).toBe(before);
    expect(await page.locator('table.suggestions tbody tr.unreliable').count()).toBe(before - shownCount);
    // Two rows marked by hand: exactly those two change topic.
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Белгіленгендерге тағайындау (2)' }).click();
    await page.getByText('Сұрау салуларға тақырыптар тағайындалды: 2.').waitFor({ timeout: 60_000 });
    expect(vagueRequestsInQ3(b)).toBe(before - 2);
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(before - 2);
    await page.getByRole('button', { name: 'Жаңа мәселелерді табу' }).click();
    await page.locator('ol.issues > li').first().waitFor({ timeout: 60_000 });
    // The first group made a topic of its own, by name.
    const topicsBefore = (await b.call('topics.list', {})).length;
    await page
      .getByLabel('1-топқа арналған жаңа тақырыптың атауы', { exact: true })
      .fill('Жаңа тақырып (тест)');
    await page
      .getByRole('button', { name: /^Тақырып құрып, оған топтың сұрау салуларын жатқызу/ })
      .first()
      .click();
    await page.getByText(/«Жаңа тақырып \(тест\)» тақырыбы құрылды/).waitFor({ timeout: 60_000 });
    expect((await b.call('topics.list', {})).length).toBe(topicsBefore + 1);
    await page.getByRole('button', { name: 'Түйінді сөздерді көрсету' }).click();
    await page.getByRole('heading', { name: 'Өңірлер бойынша' }).waitFor();
    // Heating's key words go into the draft of the analytical part when the analyst ticks them.
    const tick = page.getByRole('checkbox', {
      name: '«Отопление» түйінді сөздерін талдамалық бөлімнің жобасына енгізу',
    });
    await tick.click();
    await expect
      .poll(
        async () =>
          (await b.call('content.keywords', { quarter: '2026-Q3' })).byTopic.find(
            (w) => w.topic === 'Отопление',
          )?.inDraft,
      )
      .toBe(true);
    expect(plainText((await b.call('spravka.text', { quarter: '2026-Q3', lang: 'kk' })).doc)).toContain(
      // The Kazakh справка names the topic in Kazakh.
      '«Жылыту»: ',
    );
    await expect.poll(() => tick.isChecked()).toBe(true);
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('content-kk');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByText('Анализ содержания запросов').waitFor();
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('content-ru');
  }, 180_000);
});
