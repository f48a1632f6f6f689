// The copy before an import that failed in the background, as the window shows it: over the real handlers.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir } from '../../src-main/db/backup';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;

async function importOne(n: number): Promise<void> {
  const path = join(b.dir, `one-${n}.csv`);
  writeFileSync(path, `Рег. номер;Дата поступления;Регион;Тематика\r\nB-${n};0${n}.07.2026;Астана;Газ\r\n`);
  const r = await b.invoke('imports.run', { paths: [path], center: 'Единый контакт-центр 1414' });
  expect(r.ok).toBe(true);
  await b.backups.settled();
}

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  // A file where the backups folder should be: the copy before the next import cannot be written.
  writeFileSync(backupsDir(b.dbPath), 'not a folder');
  await importOne(1);
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

describe('a failed copy of the store', () => {
  it('is shown in the top bar with its reason, in both languages, until a copy is made again', async () => {
    const { page } = app;
    const alert = page.locator('.backup-failed');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Резервная копия не создана');
    const hint = (await alert.getAttribute('title')) ?? '';
    expect(hint).toContain('(23.11.2026 10:00)');
    expect(hint).toContain('ENOTDIR');
    expect(await page.locator('.store-check').getAttribute('title')).toContain('Резервных копий пока нет');
    await page.screenshot({ path: join(SCREENSHOTS, 'backup-failed-ru.png') });
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByText('Сақтық көшірме жасалмады').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'backup-failed-kk.png') });
    expect(await alert.getAttribute('title')).toContain('Жүктеу алдында');

    rmSync(backupsDir(b.dbPath));
    await importOne(2);
    await page.reload();
    // The top bar has read the backups folder once its check's tooltip tells the copy made.
    const check = page.locator('.store-check');
    await page.waitForFunction(() =>
      document.querySelector('.store-check')?.getAttribute('title')?.includes('backups қалтасындағы'),
    );
    expect(await check.getAttribute('title')).toMatch(
      /сақтық көшірмелер: 1 \(\d+ МБ\), соңғысы — \d\d\.\d\d\.\d{4}/,
    );
    expect(await page.locator('.backup-failed').count()).toBe(0);
  });
});
