import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, excelDate, requestsCsv, workbookBytes, type Grid } from '../fixtures/build';
import { testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'sample');

let b: TestBackend;
let app: Harness;
beforeAll(async () => {
  b = testBackend();
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

/** A real drop event carrying a real File, as when the analyst drags it from the file manager. */
async function drop(page: Page, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      return dt;
    },
    { name, b64: bytes.toString('base64') },
  );
  await page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
}

/** Puts bytes where the window's file bridge would, and returns that path. */
async function stage(page: Page, name: string, text: string): Promise<string> {
  return page.evaluate(
    ({ name, text }) =>
      (window as unknown as { api: { pathForFile(f: File): Promise<string> } }).api.pathForFile(
        new File([text], name),
      ),
    { name, text },
  );
}

describe('importing from the window', () => {
  it('opens on the import screen, previews a dropped file, stores it, and the overview shows it', async () => {
    const { page } = app;
    await page.getByText('Перетащите сюда выгрузки запросов').waitFor();
    await drop(page, '1414_2026-Q2_ru.xlsx', readFileSync(join(SAMPLE, '1414_2026-Q2_ru.xlsx')));
    await page.getByText('лист «Обращения», строка заголовков 4').waitFor();
    expect(await page.getByLabel('Рег. номер').inputValue()).toBe('regNumber');
    expect(await page.getByLabel('№ п/п').inputValue()).toBe('');
    expect((await b.call('stats.get', {})).total).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview-ru.png'), fullPage: true });

    await page.getByRole('button', { name: 'Загрузить в базу' }).click();
    await page.getByText('сохранено новых запросов: 1 804').waitFor();
    expect((await b.call('stats.get', {})).total).toBe(1804);
    await page.getByRole('button', { name: 'Сводка квартала' }).click();
    await expect.poll(() => page.locator('.figure-value').first().textContent()).toBe('1\u00a0804');
  });

  it('shows a bad file its error, in place, while the stored data stays', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByRole('button', { name: 'Жүктеу' }).click();
    const bad = csvText(
      [
        ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика'],
        ['X-1', '31.02.2026', 'СКО', 'Газ'],
      ],
      ';',
    );
    await drop(page, 'bad.csv', Buffer.from(bad, 'utf8'));
    await page.getByText('күнтізбеде мұндай күн жоқ').first().waitFor();
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Жүктеу қабылданбады');
    expect(await alert.textContent()).toContain('«bad.csv», «CSV» парағы, 2-жол, B бағаны');
    expect((await b.call('stats.get', {})).total).toBe(1804);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-error-kk.png'), fullPage: true });
  });

  it('lets the analyst fix a column mapping before storing, and remembers it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Болдырмау', exact: true }).click();
    const odd = csvText(
      [
        ['Рег. номер', 'Когда', 'Регион', 'Тематика'],
        ['M-1', '05.08.2026 10:00', 'СКО', 'Газ'],
        ['M-2', '06.08.2026 11:00', 'ЗКО', 'Газ'],
      ],
      ';',
    );
    await drop(page, 'odd.csv', Buffer.from(odd, 'utf8'));
    // «Когда» over two dates is too little to go by: the preview says so and offers the choice.
    const select = page.getByLabel('Когда', { exact: true });
    await select.waitFor();
    expect(await select.inputValue()).toBe('');
    await page.getByText('Келіп түскен күні бар баған табылмады').waitFor();
    expect(await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).isDisabled()).toBe(true);
    await select.selectOption('receivedAt');
    await page.getByText('оқылған жолдар: 2, дұрысы: 2').waitFor();
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    await page.getByText('сақталған жаңа сұрау салулар: 2').waitFor();
    expect((await b.call('stats.get', {})).total).toBe(1806);
    // The next export with the same header row needs no fixing.
    const again = csvText(
      [
        ['Рег. номер', 'Когда', 'Регион', 'Тематика'],
        ['M-3', '07.08.2026 09:00', 'СКО', 'Газ'],
      ],
      ';',
    );
    const report = await b.call('imports.preview', { paths: [await stage(page, 'odd2.csv', again)] });
    expect(report.files[0]?.sheets[0]?.columns[1]).toMatchObject({
      field: 'receivedAt',
      source: 'remembered',
    });
  });

  it('asks before storing a file without a topic column, and keeps the decision for its shape', async () => {
    const { page } = app;
    const bare = csvText(
      [
        ['Рег. номер', 'Дата поступления', 'Регион', 'Область заявителя', 'Примечание'],
        ['N-1', '05.08.2026 10:00', 'СКО', 'СКО', 'перезвонить'],
        ['N-2', '06.08.2026 11:00', 'ЗКО', 'ЗКО', ''],
      ],
      ';',
    );
    await drop(page, 'notopic.csv', Buffer.from(bare, 'utf8'));
    // Nothing names the topic: the sheet says so in red, and storing waits for the analyst's decision.
    const missing = page.getByRole('alert').filter({ hasText: '«тақырып (мәселе)» бағаны табылмады' });
    await missing.waitFor();
    expect(await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).isDisabled()).toBe(true);
    // Two columns name the region: the one not taken says which field it looks like and who took it.
    await page
      .getByText(/«өңір» өрісіне ұқсайды/)
      .first()
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-missing-topic-kk.png'), fullPage: true });
    await page.getByLabel('«тақырып (мәселе)» бағанынсыз жүктеу').check();
    // The preview is taken again in a worker thread with the decision: the button waits for it.
    await expect
      .poll(() => page.getByRole('button', { name: 'Дерекқорға жүктеу' }).isDisabled(), { timeout: 15_000 })
      .toBe(false);
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    await page.getByText('сақталған жаңа сұрау салулар: 2').waitFor();

    // The decision is listed on the reference screen, and can be taken back there.
    await page.getByRole('button', { name: 'Каталогтар' }).click();
    const shape = page.getByRole('row').filter({ hasText: 'мына бағандарсыз жүктеледі: тақырып (мәселе)' });
    await shape.waitFor();
    expect(await shape.textContent()).toContain('«регион» → өңір');
    await page.screenshot({ path: join(SCREENSHOTS, 'reference-shapes-kk.png'), fullPage: true });
    await shape.getByRole('button', { name: 'Ұмыту' }).click();
    await shape.waitFor({ state: 'detached' });
    expect((await b.call('imports.shapes', {})).some((x) => x.allowMissing.length > 0)).toBe(false);

    await page.getByRole('button', { name: 'Жүктеу' }).click();
    await page.getByRole('button', { name: 'Жүктелгенді жою: notopic.csv' }).click();
    await expect.poll(async () => (await b.call('stats.get', {})).total).toBe(1806);
  });

  it('undoes an import from the history', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Жүктелгенді жою: 1414_2026-Q2_ru.xlsx' }).click();
    await expect.poll(async () => (await b.call('stats.get', {})).total).toBe(2);
    await page.getByRole('button', { name: 'Жүктелгенді жою: odd.csv' }).click();
    await page.getByText('Әзірге жүктеулер жоқ.').waitFor();
    expect((await b.call('stats.get', {})).total).toBe(0);
  });

  it('shows the progress of a long import, and a cancel leaves the store as it was', async () => {
    const { page } = app;
    const paths = readdirSync(SAMPLE)
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .map((f) => join(SAMPLE, f));
    await b.call('imports.run', { paths, center: 'Единый контакт-центр 1414', newCenter: true });
    const before = b.snapshot();
    // Two contact centers are stored now: the import says whose requests these are, chosen from the list.
    await page.reload();
    await page.getByRole('button', { name: 'Жүктеу', exact: true }).click();
    await page
      .getByLabel('Осы сұрау салуларды қабылдаған байланыс орталығы')
      .selectOption('Единый контакт-центр 1414');
    await drop(page, 'big.csv', Buffer.from(requestsCsv(100_000), 'utf8'));
    await page.getByText(/оқылған жолдар: 100\s000, дұрысы: 100\s000/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    const bar = page.getByRole('progressbar', { name: /«big\.csv» файлынан дерекқорға жазылуда: \d/ });
    await bar.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'import-progress-kk.png'), fullPage: true });
    await page.getByRole('button', { name: 'Тоқтату' }).click();
    await page.getByText('Операция тоқтатылды; дерекқорда ештеңе өзгерген жоқ.').waitFor();
    expect(b.snapshot()).toBe(before);
    // The preview stays: the analyst can store the file after all.
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    await page.getByText(/сақталған жаңа сұрау салулар: 100\s000/).waitFor({ timeout: 30_000 });
    expect((await b.call('stats.get', {})).total).toBe(4094 + 100_000);
  }, 120_000);
});

describe('the import screen: the center from the list, unrecognised values mapped in the preview', () => {
  let own: TestBackend;
  let window: Harness;
  const HEADER = ['Рег. номер', 'Дата поступления', 'Регион', 'Тематика', 'Социальный статус', 'Пол'];
  const portrait = (rows: string[][]): Buffer => {
    const grid: Grid = [
      HEADER,
      ...rows.map(([reg, status, sex], i) => [
        reg ?? '',
        excelDate(2026, 8, 3 + i, 10, 0),
        'Астана',
        'Отопление',
        status ?? '',
        sex ?? '',
      ]),
    ];
    return workbookBytes({ Обращения: grid });
  };
  beforeAll(async () => {
    own = testBackend();
    const seed = (name: string, center: string) =>
      own.call('imports.run', {
        paths: [join(own.dir, name)],
        center,
        newCenter: true,
      });
    writeFileSync(join(own.dir, 'a.xlsx'), portrait([['S-1', 'пенсионер', 'мужской']]));
    writeFileSync(join(own.dir, 'b.xlsx'), portrait([['S-2', 'пенсионер', 'женский']]));
    await seed('a.xlsx', 'Центр 109');
    await seed('b.xlsx', 'Единый контакт-центр 1414');
    window = await openApp(own, 'ru-RU');
  });
  afterAll(async () => {
    await window?.close();
    own?.close();
  });

  it('picks the center from the list, maps «домохозяйка» and «самозанятый» on the spot, and stores their codes', async () => {
    const { page } = window;
    await page.getByRole('button', { name: 'Загрузка', exact: true }).click();
    const center = page.getByLabel('Контакт-центр, принявший эти запросы');
    // Nothing to type a center into: the stored ones are listed.
    expect(await center.locator('option').allTextContents()).toEqual([
      '— выберите контакт-центр —',
      'Единый контакт-центр 1414',
      'Центр 109',
    ]);
    await center.selectOption('Центр 109');
    await drop(
      page,
      'portrait.xlsx',
      portrait([
        ['P-1', 'домохозяйка', 'женский'],
        ['P-2', 'домохозяйка', 'әйел кісі'],
        ['P-3', 'самозанятый', 'мужской'],
        ['P-4', 'пенсионер', 'мужской'],
        ['P-5', 'многодетная мать', 'женский'],
      ]),
    );
    const table = page.locator('.unmapped');
    await table.getByText('«домохозяйка»').waitFor();
    expect(await table.getByRole('row').allTextContents()).toEqual([
      'ПолеЗначение в файлеЗапросовСчитать как',
      expect.stringMatching(/^социальный статус«домохозяйка»2/),
      expect.stringMatching(/^пол«әйел кісі»1/),
      expect.stringMatching(/^социальный статус«самозанятый»1/),
    ]);
    const status = page.getByLabel('Считать как: домохозяйка');
    expect(await status.locator('option').allTextContents()).toContain('многодетные семьи');
    await status.selectOption('other');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-unmapped-ru.png'), fullPage: true });
    expect((await accessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Сопоставить: домохозяйка' }).click();
    await table.getByText('«домохозяйка»').waitFor({ state: 'detached' });
    await page.getByLabel('Считать как: самозанятый').selectOption('entrepreneur');
    await page.getByRole('button', { name: 'Сопоставить: самозанятый' }).click();
    await table.getByText('«самозанятый»').waitFor({ state: 'detached' });
    await page.getByLabel('Считать как: әйел кісі').selectOption('female');
    await page.getByRole('button', { name: 'Сопоставить: әйел кісі' }).click();
    await table.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Загрузить в базу' }).click();
    await page.getByText('сохранено новых запросов: 5').waitFor();
    const rows = own.store.sqlite
      .prepare(
        `SELECT r.reg_number AS reg, r.social_status AS status, r.sex, c.name AS center
         FROM requests r JOIN contact_centers c ON c.id = r.center_id WHERE r.reg_number IN ('P-1', 'P-2', 'P-3') ORDER BY 1`,
      )
      .all();
    expect(rows).toEqual([
      { reg: 'P-1', status: 'other', sex: 'female', center: 'Центр 109' },
      { reg: 'P-2', status: 'other', sex: 'female', center: 'Центр 109' },
      { reg: 'P-3', status: 'entrepreneur', sex: 'male', center: 'Центр 109' },
    ]);
  });

  it('in Kazakh: a new center only through its own form, and the preview maps what it does not know', async () => {
    const { page } = window;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByRole('button', { name: 'Жаңа байланыс орталығы…' }).click();
    await page.getByLabel('Атауы', { exact: true }).fill('Центр 110');
    await page.getByLabel('Қазақ тіліндегі атауы (анықтама үшін)').fill('110 байланыс орталығы');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-new-center-kk.png'), fullPage: true });
    expect((await accessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Жүктеу үшін таңдау' }).click();
    await page.getByText('«Центр 110» байланыс орталығы жүктеу кезінде құрылады.').waitFor();
    expect(await page.getByLabel('Осы сұрау салуларды қабылдаған байланыс орталығы').inputValue()).toBe(
      'Центр 110',
    );
    // What was mapped before is known: only the new spelling is asked about.
    await drop(
      page,
      'kk.xlsx',
      portrait([
        ['K-1', 'Домохозяйка', 'ер кісі'],
        ['K-2', 'зейнеткер', 'ер кісі'],
      ]),
    );
    const table = page.locator('.unmapped');
    await table.getByText('«ер кісі»').waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Қай мән ретінде есепке алу: ер кісі').selectOption('male');
    await page.screenshot({ path: join(SCREENSHOTS, 'import-unmapped-kk.png'), fullPage: true });
    expect((await accessibilityViolations(page)).map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Сәйкестендіру: ер кісі' }).click();
    await table.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Дерекқорға жүктеу' }).click();
    await page.getByText('сақталған жаңа сұрау салулар: 2').waitFor();
    const centers = await own.call('centers.list', {});
    expect(centers.find((c) => c.name === 'Центр 110')?.nameKk).toBe('110 байланыс орталығы');
    expect(
      own.store.sqlite
        .prepare(`SELECT social_status, sex FROM requests WHERE reg_number LIKE 'K-%' ORDER BY reg_number`)
        .raw()
        .all(),
    ).toEqual([
      ['other', 'male'],
      ['pensioner', 'male'],
    ]);
  });
});
