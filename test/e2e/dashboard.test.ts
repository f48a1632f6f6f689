// The overview as a dashboard over the real handlers and the bundled sample: cross-filtering by a region and by
// a topic, sorting, an exported table read back, sections no taller than two screens, and the quality screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src-main/shared/analysis';
import { formatCount } from '../../src-main/shared/format';
import { changePercent } from '../../src-main/shared/percent';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
let analysis: Analysis;
const SCREEN = { width: 1280, height: 800 };

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  analysis = await b.call('analysis.quarter', { quarter: '2026-Q3' });
  app = await openApp(b, 'ru-RU');
}, 60_000);
afterAll(async () => {
  await app?.close();
  b?.close();
});

const shot = (name: string, fullPage = true) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });

const topics = () => app.page.getByRole('table', { name: 'В разрезе тем', exact: true });
const regions = () => app.page.getByRole('table', { name: 'В разрезе регионов', exact: true });
/** A data row's cells, its heading cell first. */
const cellsOf = async (table: ReturnType<typeof topics>, name: string) =>
  table
    .locator('tbody tr', { has: app.page.getByRole('rowheader', { name, exact: false }) })
    .first()
    .locator('th, td')
    .allTextContents();

describe('the overview as a dashboard', () => {
  it('filters topics by a region clicked in the table, and clears it', async () => {
    const { page } = app;
    await page.getByText('Поступило запросов').waitFor();
    await page.setViewportSize(SCREEN);
    const heating = analysis.byTopic.find((t) => t.topic === 'Отопление');
    const before = await cellsOf(topics(), 'Отопление');
    expect(before[1]).toBe(formatCount(heating?.count ?? -1));
    await shot('dashboard-ru');
    const astana = await b.call('analysis.slice', { quarter: '2026-Q3', region: 'KZ-71' });
    await regions().getByRole('button', { name: 'город Астана', exact: true }).click();
    const chip = page.getByRole('list', { name: 'Действующий отбор' });
    await chip.getByText('город Астана').waitFor();
    const inAstana = astana.byTopic.find((t) => t.topic === 'Отопление')?.count ?? 0;
    await expect.poll(async () => (await cellsOf(topics(), 'Отопление'))[1]).toBe(formatCount(inAstana));
    expect(inAstana).not.toBe(heating?.count);
    expect(await page.locator('.summary-strip .figure-value').first().textContent()).toBe(
      formatCount(astana.total),
    );
    expect(await page.locator('[data-region="KZ-71"]').getAttribute('aria-pressed')).toBe('true');
    await shot('dashboard-filtered-ru');
    await page.getByRole('button', { name: 'Сбросить все' }).click();
    await expect.poll(async () => (await cellsOf(topics(), 'Отопление'))[1]).toBe(before[1]);
    expect(await page.getByRole('list', { name: 'Действующий отбор' }).count()).toBe(0);
  });

  it('filters regions by a topic, and the requests follow the filters', async () => {
    const { page } = app;
    const slice = await b.call('analysis.slice', { quarter: '2026-Q3', topic: 'Отопление' });
    const astana = slice.byRegion.find((r) => r.code === 'KZ-71')?.count ?? -1;
    await topics()
      .getByRole('button', { name: /^Отопление/ })
      .click();
    await expect.poll(async () => (await cellsOf(regions(), 'город Астана'))[1]).toBe(formatCount(astana));
    // A region from the map as well: both filters at once.
    await page.locator('[data-region="KZ-71"]').click();
    await page.getByRole('list', { name: 'Действующий отбор' }).getByText('город Астана').waitFor();
    await expect
      .poll(() => page.locator('.summary-strip .figure-value').first().textContent())
      .toBe(formatCount(astana));
    await page.getByRole('button', { name: /^Показать запросы/ }).click();
    await page
      .getByRole('dialog')
      .getByText(`запросов: ${formatCount(astana)}`)
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Сбросить все' }).click();
  });

  it('sorts a table by a column, "not specified" kept last', async () => {
    const { page } = app;
    const table = regions();
    const header = table.locator('thead th').first();
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const names = await table.locator('tbody th').allTextContents();
    const known = names.slice(0, -1);
    expect(known).toEqual([...known].sort((x, y) => y.localeCompare(x, 'ru')));
    expect(names.at(-1)).toBe('Регион не указан');
    const count = table.locator('thead th').nth(1);
    await count.getByRole('button').click();
    const values = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).slice(0, -1);
    const numbers = values.map((v) => Number(v.replace(/\s/g, '')));
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    await page.getByLabel('Поиск в таблице').nth(1).fill('обл');
    expect(await table.locator('tbody tr').count()).toBeLessThan(names.length);
    await page.getByLabel('Поиск в таблице').nth(1).fill('');
  });

  it('exports a table as shown, read back as a spreadsheet', async () => {
    const { page } = app;
    const panel = page.locator('#ov-topics');
    await panel.getByRole('combobox', { name: 'Изменение' }).selectOption('over30');
    const shown = await topics().locator('tbody tr').count();
    await panel.getByRole('button', { name: 'Экспорт в XLSX' }).click();
    await panel.getByText('Таблица сохранена').waitFor();
    const path = app.saved.at(-1) as string;
    expect(path.endsWith('Темы_2026-Q3.xlsx')).toBe(true);
    const wb = XLSX.read(readFileSync(path));
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(
      wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet,
      {
        header: 1,
        defval: null,
      },
    );
    const heads = await topics().locator('thead th').allTextContents();
    expect(rows[0]).toEqual(heads.map((h) => h.replace(/[▲▼↕]$/, '')));
    // The shown rows, then the total.
    expect(rows.length).toBe(1 + shown + 1);
    const first = await topics().locator('tbody tr').first().locator('th, td').allTextContents();
    const over = analysis.byTopic.filter((t) => t.growthOver30);
    expect(rows[1]?.[0]).toBe(over[0]?.topic);
    expect(first[0]).toContain(String(rows[1]?.[0]));
    expect(rows[1]?.[1]).toBe(over[0]?.count);
    expect(typeof rows[1]?.[1]).toBe('number');
    expect(rows.slice(1, -1).every((r) => over.some((t) => t.topic === r[0]))).toBe(true);
    await panel.getByRole('combobox', { name: 'Изменение' }).selectOption('all');
  });

  it('totals what a search keeps, on the screen and in the export alike', async () => {
    const { page } = app;
    const panel = page.locator('#ov-topics');
    await panel.getByLabel('Поиск в таблице').fill('очеред');
    const kept = analysis.byTopic.filter((t) => t.topic.toLowerCase().includes('очеред'));
    expect(kept.length).toBeGreaterThan(1);
    await expect.poll(() => topics().locator('tbody tr').count()).toBe(kept.length);
    const count = kept.reduce((a, t) => a + t.count, 0);
    const previous = kept.reduce((a, t) => a + t.previousCount, 0);
    const onScreen = await topics().locator('tfoot tr').first().locator('th, td').allTextContents();
    expect(onScreen[0]).toBe('Итого');
    expect(onScreen[1]).toBe(formatCount(count));
    expect(onScreen[3]).toBe(formatCount(previous));

    await panel.getByRole('button', { name: 'Экспорт в XLSX' }).click();
    await panel.getByText('Таблица сохранена').waitFor();
    const wb = XLSX.read(readFileSync(app.saved.at(-1) as string));
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(
      wb.Sheets[wb.SheetNames[0] as string] as XLSX.WorkSheet,
      { header: 1, defval: null },
    );
    const body = rows.slice(1, -1);
    const total = rows.at(-1) ?? [];
    expect(body.length).toBe(kept.length);
    const sum = (col: number) => body.reduce((a, r) => a + Number(r[col] ?? 0), 0);
    expect(total[0]).toBe('Итого');
    expect(total[1]).toBe(sum(1));
    expect(total[1]).toBe(count);
    expect(total[3]).toBe(sum(3));
    // The share of the slice the shown rows make up; the change of their summed counts.
    expect(Number(total[2])).toBeCloseTo(sum(2), 0);
    expect(Number(total[2])).toBeLessThan(100);
    expect(total[4]).toBe(changePercent(count, previous));
    await panel.getByLabel('Поиск в таблице').fill('');
    await expect
      .poll(async () => (await topics().locator('tfoot tr th, tfoot tr td').allTextContents())[1])
      .toBe(formatCount(analysis.total));
  });

  it('starts another quarter unfiltered', async () => {
    const { page } = app;
    await topics()
      .getByRole('button', { name: /^Отопление/ })
      .click();
    const chips = page.getByRole('list', { name: 'Действующий отбор' });
    await chips.waitFor();
    const q2 = await b.call('analysis.quarter', { quarter: '2026-Q2' });
    await page.getByLabel('Отчетный период').selectOption('2026-Q2');
    await expect
      .poll(() => page.locator('.summary-strip .figure-value').first().textContent())
      .toBe(formatCount(q2.total));
    expect(await chips.count()).toBe(0);
    await page.getByLabel('Отчетный период').selectOption('2026-Q3');
    await expect
      .poll(() => page.locator('.summary-strip .figure-value').first().textContent())
      .toBe(formatCount(analysis.total));
  });

  it('keeps every section within two screens, the strip pinned', async () => {
    const { page } = app;
    const heights = await page
      .locator('.ov-section')
      .evaluateAll((els) => els.map((e) => ({ id: e.id, h: e.getBoundingClientRect().height })));
    expect(heights.length).toBe(6);
    for (const s of heights) expect(s.h, s.id).toBeLessThanOrEqual(2 * SCREEN.height);
    await page
      .getByRole('navigation', { name: 'Разделы сводки' })
      .getByRole('link', { name: 'Портрет заявителя' })
      .click();
    await page.waitForTimeout(200);
    const strip = await page.locator('.summary-strip').boundingBox();
    expect(strip?.y).toBeLessThanOrEqual(1);
    await shot('dashboard-portrait-ru', false);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('in Kazakh, with the tabs reached by their keys', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.keyboard.press('Control+2');
    await page.getByText('Келіп түскен сұрау салулар').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('dashboard-kk');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Русский' }).click();
  });

  it('shows service quality on a screen of its own, districts collapsed per region', async () => {
    const { page } = app;
    expect(await page.locator('.overview').getByText('Качество обслуживания и обращения').count()).toBe(0);
    const tab = page.getByRole('button', { name: 'Качество обслуживания', exact: true });
    expect(await tab.getAttribute('aria-keyshortcuts')).toBe('Control+3');
    await tab.click();
    const region = page.getByRole('region', { name: 'Качество обслуживания и обращения', exact: true });
    const groups = region.locator('details.district-group');
    await groups.first().waitFor({ timeout: 60_000 });
    const n = await groups.count();
    expect(n).toBeGreaterThan(1);
    expect(await region.locator('details.district-group[open]').count()).toBe(0);
    expect(await groups.first().locator('table.districts').isVisible()).toBe(false);
    await groups.first().locator('summary').click();
    expect(await groups.first().locator('table.districts tbody tr').first().isVisible()).toBe(true);
    await shot('quality-screen-ru');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
