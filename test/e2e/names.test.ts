// The names of topics and contact centers in Kazakh and Russian on the reference screen, over the real
// handlers: what is still missing is counted and can be filtered to, a name typed in place is stored as the
// analyst's, and the built-in catalogue's proposals become the analyst's names when accepted.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, writeFixture } from '../fixtures/build';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
const RAW_KEY = /\b(ui|common|errors|reference|names|nav)[:.][a-zA-Z]/;
const shot = (name: string) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

// Topics no catalogue knows: one exported in Russian, one in Kazakh; each lacks the other language's name.
const RU_ONLY = 'Подтопление подвалов многоэтажных домов';
const KK_ONLY = 'Ауыл көшелерін жарықтандыру';
const KK_TYPED = 'Көп қабатты үйлердің жертөлелерін су басу';
const CENTER = 'Единый контакт-центр 1414';

const topic = async (name: string) => {
  const found = (await b.call('topics.list', {})).find((t) => t.name === name);
  if (!found) throw new Error(`no topic ${name}`);
  return found;
};

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  const grid: (string | number)[][] = [['Дата обращения', 'Регион', 'Тема обращения', 'Пол', 'Возраст']];
  for (let i = 0; i < 4; i++) {
    grid.push([`1${i}.09.2026 10:00`, 'г. Алматы', i % 2 ? KK_ONLY : RU_ONLY, i % 2 ? 'жен' : 'муж', 30 + i]);
  }
  const path = writeFixture(b.dir, 'new-topics.csv', csvText(grid, ';'));
  await b.call('imports.run', { paths: [path], center: CENTER });
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('names in both languages on the reference screen', () => {
  it('counts the missing names, stores a typed one and the accepted proposals as the analyst’s', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Справочники', exact: true }).click();
    const missing = page.locator('.names-missing');
    await expect.poll(() => missing.textContent()).toBe('Без наименования на казахском: 1, на русском: 1');

    const rows = page.locator('table.topics tbody tr');
    const all = (await b.call('topics.list', {})).length;
    await expect.poll(() => rows.count()).toBe(all);
    await page.getByLabel('Только без наименования').check();
    await expect.poll(() => rows.count()).toBe(2);
    // A common topic has the catalogue's Kazakh name, so the filter leaves it out.
    const heating = rows.filter({ has: page.getByLabel('Тема: Отопление', { exact: true }) });
    expect(await heating.count()).toBe(0);

    const kk = page.getByLabel(`Наименование на казахском: ${RU_ONLY}`, { exact: true });
    await kk.fill(KK_TYPED);
    await kk.press('Enter');
    await expect.poll(async () => (await topic(RU_ONLY)).nameKk).toBe(KK_TYPED);
    expect((await topic(RU_ONLY)).sources).toEqual({ kk: 'analyst', ru: 'data' });
    expect((await topic(RU_ONLY)).name).toBe(RU_ONLY);
    await expect.poll(() => missing.textContent()).toBe('Без наименования на казахском: 0, на русском: 1');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Только без наименования').uncheck();
    await expect.poll(() => rows.count()).toBe(all);
    // That name is printed, but marked as the catalogue's proposal.
    expect(await heating.textContent()).toContain('из каталога');
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('names-ru');
    expect(await accessibilityViolations(page)).toEqual([]);

    const proposed = (await b.call('topics.list', {})).filter((t) => t.sources.kk === 'catalogue');
    expect(proposed.length).toBeGreaterThan(30);
    await page.getByRole('button', { name: `Принять все предложения каталога (${proposed.length})` }).click();
    await page.getByRole('button', { name: 'Принять все предложения каталога (0)' }).waitFor();
    const after = await b.call('topics.list', {});
    for (const p of proposed) {
      const now = after.find((t) => t.id === p.id);
      expect(now?.nameKk).toBe(p.nameKk);
      expect(now?.sources.kk).toBe('analyst');
    }
    expect(after.filter((t) => t.sources.kk === 'catalogue' || t.sources.ru === 'catalogue')).toEqual([]);
    // The name typed before is kept, not replaced by anything.
    expect(after.find((t) => t.name === RU_ONLY)?.nameKk).toBe(KK_TYPED);
    expect(await heating.textContent()).not.toContain('из каталога');
  }, 120_000);

  it('reads in Kazakh, and a contact center’s proposed name is accepted as the analyst’s', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    const missing = page.locator('.names-missing');
    await expect
      .poll(() => missing.textContent())
      .toBe('Қазақ тіліндегі атауы жоқ: 0, орыс тіліндегі атауы жоқ: 1');
    const body = (await page.textContent('body')) ?? '';
    expect(body).not.toMatch(RAW_KEY);
    for (const ru of ['Наименование', 'Принять', 'из каталога', 'Без наименования'])
      expect(body).not.toContain(ru);
    const center = (await b.call('centers.list', {})).find((c) => c.name === CENTER);
    expect(center?.sources.kk).toBe('catalogue');
    await shot('names-kk');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: `Каталог ұсынысын қабылдау: Қазақ тіліндегі атауы: ${CENTER}` })
      .click();
    await expect
      .poll(async () => (await b.call('centers.list', {})).find((c) => c.name === CENTER)?.sources.kk)
      .toBe('analyst');
    expect((await b.call('centers.list', {})).find((c) => c.name === CENTER)?.nameKk).toBe(center?.nameKk);
    // A Russian name given in place is stored for the topic exported in Kazakh.
    const ru = page.getByLabel(`Орыс тіліндегі атауы: ${KK_ONLY}`, { exact: true });
    await ru.fill('Освещение улиц в сёлах');
    await ru.blur();
    await expect.poll(async () => (await topic(KK_ONLY)).nameRu).toBe('Освещение улиц в сёлах');
    await expect
      .poll(() => missing.textContent())
      .toBe('Қазақ тіліндегі атауы жоқ: 0, орыс тіліндегі атауы жоқ: 0');
  }, 120_000);
});
