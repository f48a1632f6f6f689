// The analytical part edited as in Word, over the real handlers: formatting by shortcut and toolbar, paste from
// Word, figures that follow the data, the gaps that hold back approval, and the preview following the cursor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpravkaQuery } from '../../src-main/shared/commands/spravka';
import type { SpravkaText } from '../../src-main/shared/spravka';
import {
  inlineText,
  type Block,
  type InlineNode,
  type RichDoc,
  type Table,
} from '../../src-main/shared/rich-text';
import { importSample, testBackend, type TestBackend } from '../fixtures/store';
import { accessibilityViolations, openApp, SCREENSHOTS, type Harness } from './harness';

let b: TestBackend;
let app: Harness;
const Q: SpravkaQuery = { quarter: '2026-Q3', lang: 'ru' };
const RAW_KEY = /\b(ui|common|errors|editor|spravka)[:.][a-zA-Z]/;

const shot = (name: string) =>
  app.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  b = testBackend();
  await importSample(b);
  app = await openApp(b, 'ru-RU');
});
afterAll(async () => {
  await app?.close();
  b?.close();
});

const stored = () => b.call('spravka.text', Q);

/** Every block of the document, lists and tables opened up, in reading order. */
function blocks(doc: RichDoc): Block[] {
  const out: Block[] = [];
  const walk = (list: readonly Block[]) => {
    for (const x of list) {
      out.push(x);
      if (x.type === 'bulletList' || x.type === 'orderedList') for (const i of x.content) walk(i.content);
      if (x.type === 'table') for (const r of x.content) for (const c of r.content) walk(c.content);
    }
  };
  walk(doc.content);
  return out;
}
const inlines = (x: Block): InlineNode[] =>
  x.type === 'paragraph' || x.type === 'heading' ? (x.content ?? []) : [];
const textOf = (x: Block): string =>
  x.type === 'paragraph' || x.type === 'heading'
    ? inlineText(x.content)
    : blocks({ type: 'doc', content: [x] })
        .slice(1)
        .map(textOf)
        .join(' ');
const blockWith = (doc: RichDoc, text: string) => blocks(doc).find((x) => textOf(x).includes(text));
const tables = (doc: RichDoc) => blocks(doc).filter((x): x is Table => x.type === 'table');
/** How many fields of the stored text the analysis now gives another value than the one the analyst saw. */
const unseen = (s: SpravkaText) =>
  blocks(s.doc)
    .flatMap(inlines)
    .filter(
      (n) =>
        n.type === 'field' &&
        typeof s.live[n.attrs.key] === 'string' &&
        s.live[n.attrs.key] !== n.attrs.value,
    ).length;

/** The page's editor, the справка switched to Russian. */
async function openEditor() {
  const { page } = app;
  await page.getByRole('button', { name: 'Справка', exact: true }).click();
  await page.getByLabel('Язык справки').selectOption('ru');
  const editor = page.getByRole('textbox', { name: 'Аналитическая часть' });
  await expect
    .poll(() => editor.textContent(), { timeout: 30_000 })
    .toContain('Характер поступивших запросов');
  return editor;
}

/** The cursor on a new paragraph at the end of the text. */
async function atEnd(editor: Awaited<ReturnType<typeof openEditor>>) {
  await editor.click();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.press('Enter');
}

const saved = () => app.page.getByRole('status').filter({ hasText: 'сохранено' }).waitFor();

describe('the analytical part, edited as in Word', () => {
  it('saves bold typed under Ctrl+B, a list, a table, and takes a step back with Ctrl+Z', async () => {
    const { page } = app;
    const editor = await openEditor();
    expect(await editor.getAttribute('spellcheck')).toBe('true');
    expect(await editor.getAttribute('lang')).toBe('ru');
    await atEnd(editor);
    // A heading by Word's shortcut, then a paragraph with a bold start.
    await page.keyboard.type('Выводы аналитика');
    await page.keyboard.press('Control+Alt+2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Главный вывод');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(': число запросов выросло.');
    await expect.poll(async () => blockWith((await stored()).doc, 'Главный вывод')).toBeDefined();
    const para = blockWith((await stored()).doc, 'Главный вывод');
    expect(para && inlines(para)).toEqual([
      { type: 'text', text: 'Главный вывод', marks: [{ type: 'bold' }] },
      { type: 'text', text: ': число запросов выросло.' },
    ]);
    const heading = blockWith((await stored()).doc, 'Выводы аналитика');
    expect(heading?.type === 'heading' && heading.attrs.level).toBe(2);

    // A bulleted list by Word's shortcut, two items.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Первый пункт');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Второй пункт');
    await expect
      .poll(async () => {
        const list = (await stored()).doc.content.find(
          (x) => x.type === 'bulletList' && textOf(x).includes('Первый пункт'),
        );
        return list?.type === 'bulletList' ? list.content.map((i) => i.content.map(textOf).join('')) : null;
      })
      .toEqual(['Первый пункт', 'Второй пункт']);

    // A table from the toolbar, its header typed in, a row added, and the addition undone.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const before = tables((await stored()).doc).length;
    await page.getByRole('button', { name: 'Вставить таблицу' }).click();
    await page.keyboard.type('Мера');
    const ours = async () => tables((await stored()).doc).find((x) => textOf(x).includes('Мера'));
    // Saved, so the row added next is an undo step of its own.
    await expect.poll(async () => (await ours())?.content.length).toBe(3);
    await page.getByRole('button', { name: 'Добавить строку' }).click();
    await expect.poll(async () => (await ours())?.content.length).toBe(4);
    const table = await ours();
    expect(table?.content[0]?.content.map((c) => c.type)).toEqual([
      'tableHeader',
      'tableHeader',
      'tableHeader',
    ]);
    expect(tables((await stored()).doc).length).toBe(before + 1);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await ours())?.content.length).toBe(3);
    await page.keyboard.press('Control+Y');
    await expect.poll(async () => (await ours())?.content.length).toBe(4);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await ours())?.content.length).toBe(3);
    expect(blockWith((await stored()).doc, 'Главный вывод')).toBeDefined();
    await shot('spravka-editor-ru');
  }, 120_000);

  it('keeps the structure of text pasted from Word', async () => {
    const editor = await openEditor();
    await atEnd(editor);
    // What Word puts on the clipboard: its lists are paragraphs with typed bullets, its tables MsoTableGrid.
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
      <h2>Меры по разъяснению</h2>
      <p class=MsoNormal><b>Важно:</b> разъяснить порядок <i>получения</i> <u>пособий</u>.</p>
      <ul><li>Публикации в СМИ</li><li>Раздел FAQ</li></ul>
      <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Первый шаг</p>
      <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Второй шаг</p>
      <table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Тема</p></td><td><p class=MsoNormal>Срок</p></td></tr>
      <tr><td><p class=MsoNormal>Отопление</p></td><td><p class=MsoNormal>IV квартал</p></td></tr></table>
      <!--EndFragment--></body></html>`;
    await editor.evaluate((el, h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'Меры по разъяснению');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect
      .poll(async () => blockWith((await stored()).doc, 'Меры по разъяснению')?.type)
      .toBe('heading');
    await expect
      .poll(async () => tables((await stored()).doc).some((x) => textOf(x).includes('Отопление')))
      .toBe(true);
    const doc = (await stored()).doc;
    const heading = blockWith(doc, 'Меры по разъяснению');
    expect(heading?.type === 'heading' && heading.attrs.level).toBe(2);
    const para = blockWith(doc, 'Важно:');
    expect(para && inlines(para).filter((n) => n.type === 'text' && n.marks)).toEqual([
      { type: 'text', text: 'Важно:', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'получения', marks: [{ type: 'italic' }] },
      { type: 'text', text: 'пособий', marks: [{ type: 'underline' }] },
    ]);
    const listOf = (type: 'bulletList' | 'orderedList', first: string) => {
      const list = doc.content.find((x) => x.type === type && textOf(x).includes(first));
      return list?.type === type ? list.content.map((i) => i.content.map(textOf).join('').trim()) : null;
    };
    expect(listOf('bulletList', 'Публикации в СМИ')).toEqual(['Публикации в СМИ', 'Раздел FAQ']);
    // Word's typed numbers are gone: the list numbers itself.
    expect(listOf('orderedList', 'Первый шаг')).toEqual(['Первый шаг', 'Второй шаг']);
    const table = tables(doc).find((x) => textOf(x).includes('Отопление'));
    expect(table?.content.map((r) => r.content.map((c) => c.content.map(textOf).join('')))).toEqual([
      ['Тема', 'Срок'],
      ['Отопление', 'IV квартал'],
    ]);
  }, 60_000);

  it('shows a figure the data changed, highlighted until seen, and a figure the data lost, struck', async () => {
    const { page } = app;
    await openEditor();
    const before = await stored();
    expect(before.isDraft).toBe(false);
    expect(await page.locator('.rt-field-changed').count()).toBe(0);
    // The data changes under the saved text: two merges of topics. «Жилищные вопросы», which the text names,
    // goes; «Социальная помощь и пособия», named in several places, grows.
    const topics = await b.call('topics.list', {});
    const id = (name: string) => {
      const topic = topics.find((x) => x.name === name);
      if (!topic) throw new Error(`the sample has «${name}»`);
      return topic.id;
    };
    await b.call('topics.merge', { from: id('Жилищные вопросы'), into: id('ЖКХ: тарифы и качество услуг') });
    await b.call('topics.merge', { from: id('Прочие вопросы'), into: id('Социальная помощь и пособия') });
    // The screen reads the справка afresh when it is opened again.
    await page.getByRole('button', { name: 'Сводка квартала', exact: true }).click();
    await openEditor();
    const changed = page.locator('.rt-field-changed');
    await expect.poll(() => changed.count()).toBeGreaterThan(0);
    const now = await stored();
    expect(unseen(now)).toBeGreaterThan(1);
    expect(await changed.count()).toBe(unseen(now));
    // It shows the new value and says the old one.
    const first = changed.first();
    const key = (await first.getAttribute('data-key')) as string;
    expect(await first.textContent()).toBe(now.live[key]);
    const old = blocks(now.doc)
      .flatMap(inlines)
      .find((n) => n.type === 'field' && n.attrs.key === key);
    expect(await first.getAttribute('title')).toContain(
      `было: ${old?.type === 'field' ? old.attrs.value : ''}`,
    );
    // The merged topic's own figures and name are no longer in the analysis: struck, and said so.
    const gone = page.locator('.rt-field-gone');
    expect(await gone.count()).toBeGreaterThan(0);
    expect(await gone.first().getAttribute('title')).toContain('больше нет');
    expect(Object.values(now.live)).toContain(null);
    await shot('spravka-editor-changed-ru');
    await page
      .locator('.spravka-columns')
      .screenshot({ path: join(SCREENSHOTS, 'spravka-editor-pane-ru.png') });

    // Clicking one is seeing it: that one is saved with its new value and no longer highlighted.
    const count = await changed.count();
    await first.click();
    await expect.poll(() => changed.count()).toBe(count - 1);
    await expect.poll(async () => unseen(await stored())).toBe(count - 1);
    // The rest at once, from the toolbar.
    await page.getByRole('button', { name: /^Отметить все изменения как просмотренные/ }).click();
    await expect.poll(() => changed.count()).toBe(0);
    await expect.poll(async () => unseen(await stored())).toBe(0);
    // Seen stays seen after a reload.
    await page.getByRole('button', { name: 'Сводка квартала', exact: true }).click();
    await openEditor();
    expect(await page.locator('.rt-field-changed').count()).toBe(0);
  }, 120_000);

  it('follows the paragraph being edited in the preview', async () => {
    const { page } = app;
    const editor = await openEditor();
    const preview = page.getByRole('region', { name: 'Предпросмотр справки' });
    await expect.poll(() => preview.getByRole('img').count(), { timeout: 60_000 }).toBeGreaterThan(1);
    await expect.poll(() => preview.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
    await editor.getByText('Характер поступивших запросов').click();
    await expect
      .poll(() => preview.locator('img[aria-current="page"]').getAttribute('alt'))
      .toMatch(/^Страница 1 из/);
    // The analyst's own table, far down the text, is printed on a later page.
    await editor.getByText('Второй шаг').click();
    await expect
      .poll(() => preview.locator('img[aria-current="page"]').getAttribute('alt'), { timeout: 30_000 })
      .not.toMatch(/^Страница 1 из/);
  }, 120_000);

  it('holds back approval while a placeholder remains, and approves once everything is filled', async () => {
    const { page } = app;
    await openEditor();
    const approve = page.getByRole('button', { name: 'Утвердить справку' });
    const gaps = page.getByRole('region', { name: 'Что ещё не заполнено' });
    await gaps.waitFor();
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute('title')).toMatch(/^Утвердить пока нельзя/);
    // Names the document's language lacks are typed on the reference screen; here, straight into the store.
    for (const gap of (await stored()).gaps) {
      if (gap.kind === 'topicName') {
        const topic = (await b.call('topics.list', {})).find((x) => x.name === gap.topic);
        if (topic) await b.call('topics.names', { id: topic.id, ru: gap.topic });
      }
      if (gap.kind === 'centerName') await b.call('centers.update', { name: gap.name, nameRu: gap.name });
    }
    // The details, in the window.
    const details: [string, string][] = [
      [
        'Обладатель информации (государственный орган)',
        'Министерство труда и социальной защиты населения Республики Казахстан',
      ],
      ['Должность подписанта', 'Вице-министр'],
      ['Инициалы и фамилия подписанта', 'А. Серикбаев'],
    ];
    for (const [label, value] of details) {
      const input = page.getByLabel(label, { exact: true });
      if ((await input.inputValue()) === '') {
        await input.fill(value);
        await input.blur();
      }
    }
    await page.getByLabel('Исходящий номер').fill('01-12/345');
    await page.getByLabel('Дата исходящего').fill('24.11.2026');
    await page.getByLabel('Дата исходящего').blur();
    await expect
      .poll(async () => (await stored()).registration)
      .toEqual({ number: '01-12/345', date: '24.11.2026' });
    // What was filled in leaves the list without the screen being opened again.
    await expect
      .poll(() => gaps.getByRole('button', { name: /подписанта на языке справки$/ }).count())
      .toBe(0);
    await shot('spravka-editor-gaps-ru');

    // Each placeholder is reached from the list: selected in the text, and typed over.
    const placeholders = gaps.getByRole('button', { name: /^В тексте: \[/ });
    const total = await placeholders.count();
    expect(total).toBeGreaterThan(0);
    for (let left = total; left > 0; left--) {
      if (left === 1) expect(await approve.isDisabled()).toBe(true);
      await placeholders.first().click();
      await expect.poll(() => page.locator('.rich .ProseMirror-selectednode.rt-placeholder').count()).toBe(1);
      await page.keyboard.type('рост связан с началом отопительного сезона');
      await expect.poll(() => placeholders.count()).toBe(left - 1);
    }
    // The figures of topics merged away above are stale: each is reached from the list and typed over.
    await saved();
    const stale = gaps.getByRole('button', { name: /больше не следует из данных/ });
    for (let left = await stale.count(); left > 0; left--) {
      await stale.first().click();
      await expect.poll(() => page.locator('.rich .ProseMirror-selectednode').count()).toBe(1);
      await page.keyboard.type('несколько');
      await saved();
      await expect.poll(() => stale.count()).toBe(left - 1);
    }
    await expect
      .poll(async () => (await stored()).gaps.filter((g) => g.kind !== 'portraitValue'))
      .toEqual([]);
    await expect.poll(() => approve.isDisabled()).toBe(false);
    await approve.click();
    await page.getByRole('button', { name: 'Да, утвердить' }).click();
    await page.getByText(/Справка утверждена .*: цифры и текст заморожены/).waitFor();
    const editor = page.getByRole('textbox', { name: 'Аналитическая часть' });
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await editor.getAttribute('aria-readonly')).toBe('true');
    expect((await stored()).approval).not.toBeNull();
    await shot('spravka-editor-approved-ru');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);

  it('reads in Kazakh, with the Kazakh words of the toolbar and the gaps', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await page.getByRole('button', { name: 'Анықтама', exact: true }).click();
    await page.getByLabel('Анықтаманың тілі').selectOption('kk');
    const editor = page.getByRole('textbox', { name: 'Талдамалық бөлім' });
    await expect
      .poll(() => editor.textContent(), { timeout: 30_000 })
      .toContain('Келіп түскен сұрау салулардың сипаты');
    expect(await editor.getAttribute('lang')).toBe('kk');
    await page.getByRole('toolbar', { name: 'Мәтінді безендіру' }).waitFor();
    await page.getByRole('button', { name: 'Кесте кірістіру' }).waitFor();
    await page.getByRole('region', { name: 'Әлі толтырылмағаны' }).waitFor();
    expect(await page.textContent('body')).not.toMatch(RAW_KEY);
    await shot('spravka-editor-kk');
    // The справка and the work plan as DOCX, through the save dialog.
    await page.getByRole('button', { name: 'DOCX-ке экспорттау', exact: true }).click();
    await page.getByText('Анықтама (DOCX) жазылды').waitFor({ timeout: 60_000 });
    const docx = app.saved.at(-1) as string;
    expect(docx.endsWith('.docx')).toBe(true);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: 'Жоспарды DOCX-ке экспорттау' }).click();
    await page
      .getByText('Ақпараттық-түсіндіру жұмысының жоспары (DOCX) жазылды')
      .waitFor({ timeout: 60_000 });
    expect(
      readFileSync(app.saved.at(-1) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 60_000);
});
