// The quarter's calendar screen over the real handlers, in Russian and Kazakh: the deadlines with
// their working days, a missed one announced as an alert, the steps with date and user, and the posting
// mark, which waits for the first head's approval.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osUser } from '../../src-main/db/audit';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { readyForApproval } from '../fixtures/rich-text';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
let clock = '2026-11-23 10:00:00';

// Any i18n key shown instead of its text.
const RAW_KEY = /\b(ui|common|errors|calendar|nav|steps|warning)[:.][a-zA-Z]/;

const shot = (name: string) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  b = testBackend(undefined, { now: () => clock });
  await importSample(b);
  clock = '2026-10-02 15:30:00';
  await b.call('spravka.setStatus', { quarter: '2026-Q3', status: 'submitted' });
  clock = '2026-10-20 11:00:00';
  await readyForApproval(b, { quarter: '2026-Q3', lang: 'ru' });
  await b.call('spravka.approve', { quarter: '2026-Q3', lang: 'ru' });
  // Monday 26 October 2026: the posting deadline, Friday 23, has passed.
  clock = '2026-10-26 09:30:00';
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('the quarter’s calendar screen', () => {
  it('shows the deadlines, a missed one as an alert, and the steps, in Russian', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Сроки', exact: true }).click();
    await page.getByRole('heading', { name: /Сроки квартала/ }).waitFor();
    const rows = page.locator('table.data tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('05.10.2026');
    expect(await rows.nth(0).textContent()).toContain('Выполнено 02.10.2026 15:30');
    expect(await rows.nth(1).textContent()).toContain('14.10.2026');
    expect(await rows.nth(2).textContent()).toContain('23.10.2026');
    expect(await rows.nth(2).textContent()).toContain('25.10.2026 — нерабочий день');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Срок «Размещение справки в ИПГО» пропущен: 23.10.2026.',
    );
    const steps = (await page.locator('ol.steps').textContent()) ?? '';
    expect(steps).toContain('Внесена на рассмотрение первому руководителю — 02.10.2026 15:30');
    expect(steps).toContain(`утверждена 20.10.2026 11:00, пользователь ${osUser()} (на русском языке)`);
    expect(
      await page.getByRole('button', { name: 'Отметить: внесена первому руководителю' }).isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Отметить: размещена в ИПГО' }).isEnabled()).toBe(true);
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('calendar-ru');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads in Kazakh, and records the posting with the date and the user', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByRole('heading', { name: /Тоқсанның мерзімдері/ }).waitFor();
    const body = (await page.textContent('body')) ?? '';
    expect(body).not.toMatch(RAW_KEY);
    for (const ru of ['Сроки', 'Срок', 'Справка', 'Отметить', 'Выполнено']) expect(body).not.toContain(ru);
    expect(await page.getByRole('alert').textContent()).toBe(
      '«Анықтаманы МОИП-та орналастыру» мерзімі өтіп кетті: 23.10.2026.',
    );
    await shot('calendar-kk');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Белгілеу: МОИП-та орналастырылды' }).click();
    await page.getByText('«Құжаттар кітапханасы» папкасында орналастырылды деп белгілейсіз бе?').waitFor();
    await page.getByRole('button', { name: 'Белгілеу', exact: true }).click();
    await page.getByText('26.10.2026 09:30 кешігіп орындалды').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Белгілеу: МОИП-та орналастырылды' }).isDisabled()).toBe(
      true,
    );
    await shot('calendar-kk-posted');
    const stored = await b.call('calendar.quarter', { quarter: '2026-Q3' });
    expect(stored.status).toBe('posted');
    expect(stored.events.at(-1)).toEqual({ status: 'posted', at: '2026-10-26 09:30:00', by: osUser() });
  });
});
