import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  app = await openApp(b.registry, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('the renderer over the real handlers', () => {
  it('shows what the store holds, in Russian and then in Kazakh, and asks nothing of the network', async () => {
    const { page } = app;
    expect((await b.call('stats.get', {})).total).toBe(4094);
    await expect.poll(() => page.textContent('h2')).toBe('Запросов в базе: 4\u00a0094');
    expect(await page.locator('tbody tr').allTextContents()).toEqual(
      ['2026-Q21 804', '2026-Q32 290'].map((s) => s.replace(/ /g, '\u00a0')),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'store-ru.png') });

    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect.poll(() => page.textContent('h2')).toBe('Дерекқордағы сұрау салулар: 4\u00a0094');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    const text = (await page.textContent('body')) ?? '';
    expect(text).not.toMatch(/\b(ui|common|errors):/);
    await page.screenshot({ path: join(SCREENSHOTS, 'store-kk.png') });

    expect(app.requests.every((u) => u.startsWith(app.origin))).toBe(true);
  });
});
