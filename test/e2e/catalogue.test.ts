// The topic catalogue on the reference screen, over the real handlers: a topic found by search, merged after a
// preview whose numbers are the analysis's own, unmerged, and catalogue edits taken back with Ctrl+Z.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../src-main/db/audit';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
const RAW_KEY = /\b(ui|common|errors|reference|names|nav)[:.][a-zA-Z]/;
// The dialog is fixed to the window: the window is what shows it as the analyst sees it.
const shot = (name: string) => app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

const FROM = 'Адресная социальная помощь (АСП)';
const INTO = 'Социальная помощь и пособия';
const QUARTERS = ['2026-Q2', '2026-Q3'];

const topics = () => b.call('topics.list', {});
const named = async (name: string) => (await topics()).find((t) => t.name === name);
/** The topic's count in each quarter, as the analysis gives it. */
const counts = async (name: string) =>
  Promise.all(
    QUARTERS.map(
      async (quarter) =>
        (await b.call('analysis.quarter', { quarter })).byTopic.find((t) => t.topic === name)?.count ?? 0,
    ),
  );
const nbsp = (n: number) => n.toLocaleString('ru-RU').replace(/\s/g, '\u00a0');

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('the topic catalogue', () => {
  it('finds a topic by search, merges it after a preview of its counts, and unmerges it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Справочники', exact: true }).click();
    const rows = page.locator('table.topics tbody tr');
    const all = (await topics()).length;
    await expect.poll(() => rows.count()).toBe(all);
    const search = page.getByLabel('Поиск по каталогу');
    // Any case; the Kazakh name typed without Kazakh letters.
    await search.fill('ОТОПЛЕНИЕ');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Жылыту');
    await search.fill('сумен жабдыктау');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByLabel('Тема: Водоснабжение', { exact: true }).count()).toBe(1);
    await search.fill('асп');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Найдено тем' }).textContent()).toBe(
      `Найдено тем: 1 из ${all}`,
    );

    const fromCounts = await counts(FROM);
    const intoCounts = await counts(INTO);
    await page.getByLabel(`Объединить с темой: ${FROM}`).selectOption({ label: INTO });
    await rows.first().getByRole('button', { name: 'Объединить' }).click();
    const dialog = page.getByRole('dialog', { name: `Объединить тему «${FROM}» с темой «${INTO}»?` });
    const body = dialog.locator('.merge-counts tbody tr');
    await expect.poll(() => body.count()).toBe(2);
    for (const [i, quarter] of ['2 квартал 2026 года', '3 квартал 2026 года'].entries()) {
      const cells = await body.nth(i).locator('th, td').allTextContents();
      const [f, n] = [fromCounts[i] ?? 0, intoCounts[i] ?? 0];
      expect(cells).toEqual([quarter, nbsp(f), nbsp(n), nbsp(f + n)]);
    }
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
    expect(await dialog.locator('.merge-counts tfoot td').allTextContents()).toEqual([
      nbsp(sum(fromCounts)),
      nbsp(sum(intoCounts)),
      nbsp(sum(fromCounts) + sum(intoCounts)),
    ]);
    expect(await dialog.textContent()).toContain('адресная социальная помощь (асп)');
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('catalogue-merge-ru');
    expect(await accessibilityViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Объединить' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await named(FROM)) === undefined).toBe(true);
    expect(await counts(INTO)).toEqual(intoCounts.map((n, i) => n + (fromCounts[i] ?? 0)));
    // The spelling went with the requests: the search now finds the topic it went into.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('адресная социальная помощь (асп)');
    await expect.poll(() => page.getByLabel(`Тема: ${INTO}`, { exact: true }).count()).toBe(1);

    const merged = page.locator('table.merges tbody tr');
    await expect.poll(() => merged.count()).toBe(1);
    expect(await merged.first().textContent()).toContain(INTO);
    await page.locator('.merged-topics').scrollIntoViewIfNeeded();
    await shot('catalogue-merged-ru');
    await page.getByRole('button', { name: `Отменить объединение: ${FROM}` }).click();
    await expect.poll(() => merged.count()).toBe(0);
    await expect.poll(async () => (await named(FROM))?.requests).toBe(sum(fromCounts));
    expect(await counts(FROM)).toEqual(fromCounts);
    expect(await counts(INTO)).toEqual(intoCounts);
    // And the spelling came back with it.
    await expect.poll(() => page.getByLabel(`Тема: ${FROM}`, { exact: true }).count()).toBe(1);
    expect(await rows.count()).toBe(1);

    // Ctrl+Z takes the unmerge back (the topics are merged again), a second takes back the merge.
    await page.locator('h2', { hasText: 'Каталог тем' }).click();
    const undo = page.locator('button.undo');
    expect(await undo.textContent()).toBe(`Отменить: отмена объединения «${FROM}» с «${INTO}»`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await named(FROM)) === undefined).toBe(true);
    await expect.poll(() => undo.textContent()).toBe(`Отменить: объединение «${FROM}» с «${INTO}»`);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await named(FROM))?.requests).toBe(sum(fromCounts));
    expect(await counts(INTO)).toEqual(intoCounts);
    await search.fill('');
    await expect.poll(() => rows.count()).toBe(all);
  }, 120_000);

  it('renames a topic and takes the rename back with Ctrl+Z, and forward again with Ctrl+Shift+Z', async () => {
    const { page } = app;
    const field = page.getByLabel('Тема: Отопление', { exact: true });
    await field.fill('Отопление и теплоснабжение');
    await field.press('Enter');
    await expect.poll(async () => (await named('Отопление и теплоснабжение'))?.requests).toBeGreaterThan(0);
    const undo = page.locator('button.undo');
    await expect
      .poll(() => undo.textContent())
      .toBe('Отменить: переименование «Отопление» в «Отопление и теплоснабжение»');
    // Right after Enter the focus has left the field: Ctrl+Z is the catalogue's.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await named('Отопление'))?.requests).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByLabel('Тема: Отопление', { exact: true }).inputValue())
      .toBe('Отопление');
    const redo = page.locator('button.redo');
    expect(await redo.textContent()).toBe(
      'Вернуть: переименование «Отопление» в «Отопление и теплоснабжение»',
    );
    // In a field being typed in, Ctrl+Z takes back the typing only, there; in a field left as it was, it is
    // the catalogue's again (never the browser's, whose undo spans every field of the page).
    const other = page.getByLabel('Тема: Водоснабжение', { exact: true });
    await other.fill('Водоснабжение и канализация');
    await page.keyboard.press('Control+z');
    expect(await other.inputValue()).toBe('Водоснабжение');
    expect(await named('Водоснабжение')).toBeDefined();
    expect(await named('Отопление')).toBeDefined();
    expect(await redo.count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await named('Отопление и теплоснабжение')) !== undefined).toBe(true);
    expect(await other.inputValue()).toBe('Водоснабжение');
    await page.locator('h2', { hasText: 'Каталог тем' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await named('Отопление')) !== undefined).toBe(true);
    // Each undo went through the commands, so the log has it.
    const actions = readAudit(b.store).map((e) => e.action);
    expect(actions.filter((a) => a === 'topics.rename')).toHaveLength(4);
    expect(actions.filter((a) => a === 'topics.unmerge')).toHaveLength(2);
  }, 120_000);

  it('shows the merge preview in Kazakh', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    const search = page.getByLabel('Каталогтан іздеу');
    // Kazakh typed in the Latin alphabet finds the Kazakh name.
    await search.fill('Atauly áleýmettik');
    const rows = page.locator('table.topics tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel(`Мына тақырыппен біріктіру: ${FROM}`).selectOption({ label: INTO });
    await rows.first().getByRole('button', { name: 'Біріктіру' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('.merge-counts tbody tr').count()).toBe(2);
    const text = (await page.textContent('body')) ?? '';
    expect(text).not.toMatch(RAW_KEY);
    expect(text).toContain('2026 жылғы 3-тоқсан');
    for (const ru of ['Квартал', 'Объединить', 'Всего', 'Отмена', 'Поиск']) expect(text).not.toContain(ru);
    await shot('catalogue-merge-kk');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Болдырмау' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await named(FROM)).toBeDefined();
  }, 120_000);
});
