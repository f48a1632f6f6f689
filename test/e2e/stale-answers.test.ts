// A screen shows the answer to its current selection only: over the real handlers, the reads of one
// selection are made to answer late, after the analyst has chosen another, and must never be shown.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/app/backend';
import { formatCount } from '../../src-main/shared/format';
import { queryKey } from '../../src-renderer/src/hooks/query-state';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { openApp, type Harness } from './harness';

const LATE_MS = 2500;

let b: TestBackend;
let app: Harness;
/** The reads that answer late, named as the renderer keys them; armed once the screen stands. */
const late = new Set<string>();
/** The late reads the backend has answered, so a test knows their answers have left for the page. */
const answered = new Set<string>();

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  const slow: Backend = {
    ...b,
    invoke: async (name, payload, job) => {
      const key = queryKey(name, payload);
      if (!late.has(key)) return b.invoke(name, payload, job);
      await sleep(LATE_MS);
      const result = await b.invoke(name, payload, job);
      answered.add(key);
      return result;
    },
  };
  app = await openApp(slow, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

/**
 * What `read` gives every 50 ms until the late read `key` was answered and a second more: a late
 * answer shown even for a moment is among them.
 */
async function watch(read: () => Promise<string>, key: string): Promise<string[]> {
  const seen: string[] = [];
  for (const end = Date.now() + 60_000; !answered.has(key) && Date.now() < end; await sleep(50))
    seen.push(await read());
  expect(answered.has(key), `${key} was never answered`).toBe(true);
  for (const end = Date.now() + 1000; Date.now() < end; await sleep(50)) seen.push(await read());
  return seen;
}

/** Once `expected` is shown, nothing else is, and it is what stays. */
function settledOn(seen: string[], expected: string) {
  const first = seen.indexOf(expected);
  expect(first, `never showed ${expected}: ${[...new Set(seen)].join(' | ')}`).toBeGreaterThanOrEqual(0);
  expect([...new Set(seen.slice(first))]).toEqual([expected]);
}

describe('an answer that arrives after the selection changed', () => {
  it('is not shown: the overview’s figures and the service quality stay those of the selection', async () => {
    const { page } = app;
    const quarter = page.getByLabel('Отчетный период');
    const compare = page.getByLabel('Сравнение');
    const total = () => page.locator('.overview .figure-value').first().innerText();
    await expect.poll(total, { timeout: 30_000 }).toBe(formatCount(2290));

    // The analysis of 2026-Q3 against a year before answers late; 2026-Q2 is chosen meanwhile.
    const q2 = await b.call('analysis.quarter', { quarter: '2026-Q2', compare: 'year' });
    const q3 = await b.call('analysis.quarter', { quarter: '2026-Q3', compare: 'year' });
    expect(q2.total).not.toBe(q3.total);
    const lateAnalysis = queryKey('analysis.quarter', { quarter: '2026-Q3', compare: 'year' });
    late.add(lateAnalysis);
    await compare.selectOption('year');
    await quarter.selectOption('2026-Q2');
    settledOn(await watch(total, lateAnalysis), formatCount(q2.total));
    expect(await page.locator('.overview').getAttribute('data-stale')).toBeNull();

    // The service quality of 2026-Q3 against the previous quarter answers late (its job starts once its
    // screen stands); the comparison with a year before is chosen meanwhile.
    late.clear();
    const lateQuality = queryKey('analysis.quality', { quarter: '2026-Q3', compare: 'previous' });
    late.add(lateQuality);
    const line = (s: { total: number; previousTotal: number }) =>
      `Всего запросов: ${formatCount(s.total)} (в периоде сравнения — ${formatCount(s.previousTotal)}).`;
    const previous = await b.call('analysis.quality', { quarter: '2026-Q3' });
    const year = await b.call('analysis.quality', { quarter: '2026-Q3', compare: 'year' });
    expect(line(previous)).not.toBe(line(year));
    await page.getByRole('button', { name: 'Качество обслуживания' }).click();
    await compare.selectOption('previous');
    await quarter.selectOption('2026-Q3');
    await page.getByText('Показатели качества обслуживания рассчитываются…').waitFor();
    await compare.selectOption('year');
    const quality = page.locator('.quality-total');
    const shown = async () => ((await quality.count()) ? quality.innerText() : '');
    settledOn(await watch(shown, lateQuality), line(year));
    await page.getByRole('button', { name: 'Сводка квартала' }).click();
    await expect.poll(total, { timeout: 30_000 }).toBe(formatCount(q3.total));
  }, 120_000);
});
